import { Container } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState, QueryState } from "./query-state"

/**
 * What a detail page shows until its record is there: the skeleton, the error with a retry, or,
 * when the API answered 404, the title under the key `notFound` and its hint under `${notFound}Hint`.
 */
export const DetailFallback = ({
  query: { isLoading, error, refetch },
  notFound,
}: {
  /** The page's query. */
  query: { isLoading: boolean; error: unknown; refetch: () => unknown }
  notFound: string
}) => {
  const { t } = useTranslation()
  return (
    <Container className="p-0">
      {(error as { status?: number } | null)?.status === 404 ? (
        <EmptyState title={t(notFound)} description={t(`${notFound}Hint`)} />
      ) : (
        <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()} rows={6} />
      )}
    </Container>
  )
}

/**
 * Medusa's two-column detail page: the main column and a 440 px side column side by side from
 * `xl` up (stacked below), then the full-width sections under both.
 */
export const TwoColumnLayout = ({
  main,
  side,
  children,
}: {
  main: ReactNode
  side: ReactNode
  children?: ReactNode
}) => (
  <div className="flex w-full flex-col gap-y-3">
    <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
      <div className="flex w-full min-w-0 flex-col gap-y-3">{main}</div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">{side}</div>
    </div>
    {children}
  </div>
)
