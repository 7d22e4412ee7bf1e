import { useI18n } from "../i18n"
import { errorMessage } from "../medusa"

export function Loading() {
  const { t } = useI18n()
  return (
    <p className="muted" aria-busy="true">
      {t("common.loading")}
    </p>
  )
}

/** An error as a sentence: `text` when given, else "Something went wrong: <message>". */
export function ErrorNote({ error, text }: { error?: unknown; text?: string }) {
  const { t } = useI18n()
  return (
    <p className="notice notice--error" role="alert" data-testid="page-error">
      {text ?? t("common.error", { message: errorMessage(error) })}
    </p>
  )
}
