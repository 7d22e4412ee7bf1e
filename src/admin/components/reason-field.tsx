import { Label, Textarea } from "@medusajs/ui"
import type { UseFormRegisterReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { FieldError } from "./field-error"

/** The "Reason" a manual change keeps in its audit trail: a textarea with its error under it. */
export const ReasonField = ({
  id,
  placeholder,
  error,
  registration,
}: {
  id: string
  placeholder: string
  error?: string
  /** `form.register("reason")`. */
  registration: UseFormRegisterReturn
}) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {t("rebates.fields.reason")}
      </Label>
      <Textarea
        id={id}
        rows={3}
        placeholder={placeholder}
        aria-invalid={!!error}
        aria-describedby={`${id}-error`}
        {...registration}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
