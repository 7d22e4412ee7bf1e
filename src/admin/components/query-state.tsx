import { Button, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../lib/api"

/** Loading and error states of a section, as Medusa's own pages show them. */
export const QueryState = ({
  isLoading,
  error,
  onRetry,
  rows = 3,
}: {
  isLoading: boolean
  error: unknown
  onRetry?: () => void
  rows?: number
}) => {
  const { t } = useTranslation()
  if (isLoading) {
    return (
      <div
        className="flex flex-col gap-y-2 px-6 py-4"
        aria-busy="true"
        aria-label={t("rebates.states.loading")}
      >
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-5 w-full" />
        ))}
      </div>
    )
  }
  if (error) {
    return (
      <div role="alert" className="flex flex-col items-center gap-y-2 px-6 py-8 text-center">
        <Text weight="plus">{t("rebates.states.error")}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t("rebates.states.errorHint", { message: errorMessage(error) })}
        </Text>
        {onRetry && (
          <Button size="small" variant="secondary" onClick={onRetry}>
            {t("rebates.actions.retry")}
          </Button>
        )}
      </div>
    )
  }
  return null
}

/** The empty state of a list or section. */
export const EmptyState = ({ title, description }: { title: string; description?: string }) => (
  <div className="flex flex-col items-center gap-y-1 px-6 py-10 text-center">
    <Text weight="plus" size="small">
      {title}
    </Text>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)
