import { Container, Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

// The parts of a page section as Medusa's own pages draw them.

/**
 * A page's or section's title with the line that explains it, as Medusa's headers have them.
 * A fragment: the caller's wrapper lays it out beside its actions.
 */
export const SectionHeading = ({
  title,
  subtitle,
  level = "h2",
  id,
}: {
  title: ReactNode
  subtitle?: ReactNode
  level?: "h1" | "h2"
  /** The heading's id, for a region's `aria-labelledby`. */
  id?: string
}) => (
  <>
    <Heading level={level} id={id}>
      {title}
    </Heading>
    {subtitle && (
      <Text size="small" className="text-ui-fg-subtle">
        {subtitle}
      </Text>
    )}
  </>
)

/**
 * A section: a Container whose heading row and content are divided. `actions` sit at the end of
 * the heading row (wrapping under the heading on a narrow screen); `headingId` also labels the
 * section (`aria-labelledby`).
 */
export const SectionCard = ({
  title,
  subtitle,
  actions,
  testId,
  headingId,
  children,
}: {
  title: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  testId?: string
  headingId?: string
  children: ReactNode
}) => {
  const heading = <SectionHeading title={title} subtitle={subtitle} id={headingId} />
  return (
    <Container className="divide-y p-0" data-testid={testId} aria-labelledby={headingId}>
      {actions ? (
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>{heading}</div>
          {actions}
        </div>
      ) : (
        <div className="px-6 py-4">{heading}</div>
      )}
      {children}
    </Container>
  )
}

/**
 * A label and its value on one row of a section, as in Medusa's general sections. `className`
 * adds to the row (a gap, another alignment), `valueClassName` to the value (truncate,
 * right-align); `testId` names the value.
 */
export const SectionRow = ({
  label,
  children,
  className,
  valueClassName,
  testId,
}: {
  label: string
  children: ReactNode
  className?: string
  valueClassName?: string
  testId?: string
}) => (
  <div className={clx("text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4", className)}>
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <div className={clx("txt-compact-small min-w-0", valueClassName)} data-testid={testId}>
      {children}
    </div>
  </div>
)
