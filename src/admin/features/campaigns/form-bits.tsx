import { Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { get, type FieldErrors } from "react-hook-form"
import { useTranslation } from "react-i18next"
import type { CampaignFormValues } from "./schema"

/**
 * The message of a field's error: a client check's key (`rate`) translated, or the server's own
 * words as they came.
 */
export function useErrorText(errors: FieldErrors<CampaignFormValues>) {
  const { t } = useTranslation()
  return (path: string): string | undefined => {
    const message = (get(errors, path) as { message?: string } | undefined)?.message
    if (!message) return undefined
    return t(`rebates.campaigns.errors.${message}`, { defaultValue: message })
  }
}

export const ErrorText = ({ id, children }: { id?: string; children?: ReactNode }) =>
  children ? (
    <Text id={id} size="small" leading="compact" className="text-ui-fg-error" role="alert">
      {children}
    </Text>
  ) : null

/** A labelled field as Medusa's forms lay it out: label, optional hint, control, error. */
export const Field = ({
  id,
  label,
  hint,
  optional,
  error,
  group,
  children,
}: {
  id: string
  label: string
  hint?: string
  optional?: boolean
  error?: string
  /** Several controls (a per-currency editor): a labelled group rather than a label for one input. */
  group?: boolean
  children: ReactNode
}) => {
  const { t } = useTranslation()
  return (
    <div
      className="flex flex-col gap-y-2"
      role={group ? "group" : undefined}
      aria-labelledby={group ? `${id}-label` : undefined}
    >
      <div className="flex items-center gap-x-1">
        <Label id={`${id}-label`} htmlFor={group ? undefined : id} size="small" weight="plus">
          {label}
        </Label>
        {optional && (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            ({t("rebates.campaigns.form.optional")})
          </Text>
        )}
      </div>
      {/* A group's hint comes first: below several rows and an "Add" button it would be lost. */}
      {group && hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {children}
      {!group && hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </div>
  )
}

/** `aria-*` of an input inside a Field. */
export const describedBy = (id: string, error?: string, hint?: boolean) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby":
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined,
})

/** A titled group of fields inside the form, separated like the dashboard's create forms. */
export const FormSection = ({
  title,
  description,
  children,
}: {
  title: string
  description?: string
  children: ReactNode
}) => (
  <section className="flex flex-col gap-y-4" aria-label={title}>
    <div>
      <Text size="base" weight="plus" leading="compact">
        {title}
      </Text>
      {description && (
        <Text size="small" className="text-ui-fg-subtle mt-1">
          {description}
        </Text>
      )}
    </div>
    {children}
  </section>
)
