import { useRebatesI18n } from "./context"
import type { RebatesResource } from "./use-rebates-data"

/** Props of `RebatesPager`. */
export type RebatesPagerProps = {
  count: number
  offset: number
  limit: number
  /** Called with the offset of the page asked for. */
  onPage: (offset: number) => void
  label?: string
}

/** Previous / "Page 1 of 3" / Next; nothing when everything fits on one page. */
export function RebatesPager({ count, offset, limit, onPage, label }: RebatesPagerProps) {
  const { t, count: number } = useRebatesI18n()
  if (limit <= 0 || count <= limit) return null
  const pages = Math.ceil(count / limit)
  const page = Math.floor(offset / limit) + 1
  return (
    <nav className="mr-pager" aria-label={label}>
      <button
        type="button"
        className="mr-pager__previous"
        disabled={page <= 1}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        {t("previous")}
      </button>{" "}
      <span className="mr-pager__page">
        {t("page", { page: number(page), pages: number(pages) })}
      </span>{" "}
      <button
        type="button"
        className="mr-pager__next"
        disabled={page >= pages}
        onClick={() => onPage(offset + limit)}
      >
        {t("next")}
      </button>
    </nav>
  )
}

/**
 * What a section shows before its data: "Loading…" (a live status) or the error with a retry
 * button; null once there is data.
 */
export function ResourceStatus({ resource }: { resource: RebatesResource<unknown> }) {
  const { t } = useRebatesI18n()
  if (resource.error !== undefined) {
    return (
      <p className="mr-error" role="alert">
        {t("loadError")}{" "}
        <button type="button" className="mr-error__retry" onClick={resource.reload}>
          {t("retry")}
        </button>
      </p>
    )
  }
  if (resource.loading) {
    return (
      <p className="mr-loading" role="status">
        {t("loading")}
      </p>
    )
  }
  return null
}
