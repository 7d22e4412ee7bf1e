import { useRef, useState } from "react"
import type { RebateWithdrawalsQuery } from "../storefront/client"
import type { StoreRebatePage, StoreRebateWithdrawal } from "../storefront/types"
import { useReloadOnRebatesChange } from "./changes"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import type { RebatesI18n } from "./i18n"
import { RebatesPager, ResourceStatus } from "./status"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"
import { payoutProviderName } from "./withdrawal-form-view"

/** A page of the logged-in customer's withdrawals, loaded again after a new request. */
export function useRebateWithdrawals(
  query: RebateWithdrawalsQuery = {}
): RebatesResource<StoreRebatePage<StoreRebateWithdrawal>> {
  const resource = useRebatesData(JSON.stringify(query), (client, signal) =>
    client.withdrawals(query, { signal })
  )
  useReloadOnRebatesChange(resource.reload)
  return resource
}

/** Where the money goes, as the store shows it to the customer (masked, "Bank transfer …0532");
 * null when the store only has the provider's id. */
function destinationText(w: StoreRebateWithdrawal): string | null {
  const label = w.destination_label?.trim()
  return label && label !== w.provider_id ? label : null
}

/** The notes under a withdrawal: what happens next, or how it ended. */
function withdrawalNotes(w: StoreRebateWithdrawal, { t, date }: RebatesI18n) {
  const notes: { part: string; text: string }[] = []
  if (w.status === "requested") notes.push({ part: "next", text: t("withdrawals.review") })
  if (w.status === "approved") notes.push({ part: "next", text: t("withdrawals.paying") })
  if (w.status === "paid") {
    if (w.paid_at)
      notes.push({ part: "paid", text: t("withdrawals.paidOn", { date: date(w.paid_at) }) })
    if (w.reference) {
      notes.push({
        part: "reference",
        text: t("withdrawals.reference", { reference: w.reference }),
      })
    }
  }
  if (w.status === "rejected" && w.rejection_reason) {
    notes.push({ part: "reason", text: t("withdrawals.reason", { reason: w.rejection_reason }) })
  }
  if (w.status === "rejected" || w.status === "failed") {
    notes.push({ part: "released", text: t("withdrawals.released") })
  }
  return notes
}

/** Props of `RebateWithdrawalsView`. */
export type RebateWithdrawalsViewProps = {
  page: StoreRebatePage<StoreRebateWithdrawal>
  onPage?: (offset: number) => void
  className?: string
}

/**
 * The customer's withdrawals, newest first: amount, status, when and where to, the store's reason
 * when it rejected one, and the payout reference once paid.
 */
export function RebateWithdrawalsView({
  page,
  onPage = () => {},
  className,
}: RebateWithdrawalsViewProps) {
  const i18n = useRebatesI18n()
  const { t, amount, date } = i18n
  return (
    <section className={cx("mr-rebate-withdrawals", className)}>
      <h3 className="mr-rebate-withdrawals__title">{t("withdrawals.title")}</h3>
      {page.items.length === 0 ? (
        <p className="mr-rebate-withdrawals__empty">{t("withdrawals.empty")}</p>
      ) : (
        <ul className="mr-rebate-withdrawals__list">
          {page.items.map((w) => {
            return (
              <li
                key={w.id}
                className="mr-rebate-withdrawals__withdrawal"
                data-testid="withdrawal-row"
                data-status={w.status}
                data-id={w.id}
              >
                <p className="mr-rebate-withdrawals__head">
                  <span className="mr-rebate-withdrawals__amount" data-amount={w.amount}>
                    {amount(w.amount, w.currency_code)}
                  </span>{" "}
                  <span className="mr-rebate-withdrawals__status">
                    {t(`withdrawalStatus.${w.status}`)}
                  </span>
                </p>
                <p className="mr-rebate-withdrawals__meta">
                  <time dateTime={w.requested_at}>
                    {t("withdrawals.requestedOn", { date: date(w.requested_at) })}
                  </time>{" "}
                  <span
                    className="mr-rebate-withdrawals__destination"
                    data-provider={w.provider_id}
                  >
                    {destinationText(w) ?? payoutProviderName(i18n, w.provider_id)}
                  </span>
                </p>
                {withdrawalNotes(w, i18n).map((note) => (
                  <p key={note.part} className={`mr-rebate-withdrawals__${note.part}`}>
                    {note.text}
                  </p>
                ))}
              </li>
            )
          })}
        </ul>
      )}
      <RebatesPager {...page} onPage={onPage} label={t("withdrawals.title")} />
    </section>
  )
}

/** Props of `RebateWithdrawals`. */
export type RebateWithdrawalsProps = {
  /** Withdrawals per page (default 10). */
  pageSize?: number
  className?: string
}

/** The logged-in customer's withdrawal history with statuses, paginated. */
export function RebateWithdrawals({ pageSize = 10, className }: RebateWithdrawalsProps) {
  const { t } = useRebatesI18n()
  const [offset, setOffset] = useState(0)
  const withdrawals = useRebateWithdrawals({ limit: pageSize, offset })
  // The page shown while the next one loads.
  const shown = useRef(withdrawals.data)
  if (withdrawals.data) shown.current = withdrawals.data
  if (!shown.current) {
    return (
      <section className={cx("mr-rebate-withdrawals", className)} aria-busy={withdrawals.loading}>
        <h3 className="mr-rebate-withdrawals__title">{t("withdrawals.title")}</h3>
        <ResourceStatus resource={withdrawals} />
      </section>
    )
  }
  return (
    <>
      <RebateWithdrawalsView page={shown.current} onPage={setOffset} className={className} />
      {withdrawals.error !== undefined && <ResourceStatus resource={withdrawals} />}
    </>
  )
}
