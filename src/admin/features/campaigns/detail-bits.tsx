import { Container, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"
import { SectionRow } from "../../components/section"

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
  <SectionRow
    label={label}
    className="items-start gap-x-4"
    valueClassName="break-words"
    testId={testId}
  >
    {children ?? "-"}
  </SectionRow>
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
