import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label/value row of a detail section, as the dashboard's general sections lay them out. */
export const Row = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <div className="txt-compact-small min-w-0 break-words" data-testid={testId}>
      {children ?? "-"}
    </div>
  </div>
)

/** A detail section: a Container with a heading and divided rows. */
export const Section = ({
  title,
  actions,
  children,
  testId,
}: {
  title: ReactNode
  actions?: ReactNode
  children: ReactNode
  testId?: string
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
      {typeof title === "string" ? <Heading level="h2">{title}</Heading> : title}
      {actions}
    </div>
    {children}
  </Container>
)
