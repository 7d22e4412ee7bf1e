import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { QueryState } from "../../components/query-state"
import { SectionRow } from "../../components/section"

/**
 * A side card the way Medusa's own detail pages draw them: a Container with an h2 header and
 * divided rows; loading and error states inside, so the page layout does not jump.
 */
export const WidgetCard = ({
  testId,
  title,
  action,
  isLoading,
  error,
  onRetry,
  children,
}: {
  testId: string
  title: string
  action?: ReactNode
  isLoading: boolean
  error: unknown
  onRetry: () => void
  children?: ReactNode
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex items-center justify-between gap-x-2 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {action}
    </div>
    {isLoading || error ? (
      <QueryState isLoading={isLoading} error={error} onRetry={onRetry} rows={2} />
    ) : (
      children
    )}
  </Container>
)

/** A label and its value on one row, as in Medusa's general sections. */
export const WidgetRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <SectionRow label={label} className="gap-x-2" valueClassName="text-right">
    {children}
  </SectionRow>
)

/** A section title inside a card. */
export const WidgetSubheading = ({ children }: { children: ReactNode }) => (
  <Text size="small" leading="compact" weight="plus" className="text-ui-fg-base">
    {children}
  </Text>
)

export const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
