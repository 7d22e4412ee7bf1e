import { Input, Label, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FieldError } from "../../components/field-error"
import { FormDrawer } from "../../components/form-drawer"
import { ReasonField } from "../../components/reason-field"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { zodResolver } from "../../lib/zod-resolver"
import { useWithdrawalAction } from "./api"
import type { RebateWithdrawal } from "./types"

type Mode = "reject" | "mark-paid"
type Values = { reason: string; reference: string }
const EMPTY: Values = { reason: "", reference: "" }

/** What each drawer asks for, and how long the API lets it be. */
const FIELD: Record<Mode, { name: "reason" | "reference"; min: number; max: number }> = {
  reject: { name: "reason", min: 3, max: 500 },
  "mark-paid": { name: "reference", min: 1, max: 200 },
}

/**
 * "Reject" (with the reason the customer is shown; the hold goes back to available) or "Mark
 * paid" (with the payout's reference, for a manual payout made outside the store). An error the
 * API words for the field is shown under it, every other one in a toast.
 */
export const ReviewDrawer = ({
  mode,
  withdrawal,
}: {
  mode: Mode
  withdrawal: RebateWithdrawal
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const [open, setOpen] = useState(false)
  const action = useWithdrawalAction(withdrawal.id)
  const field = FIELD[mode]
  const k = (key: string) =>
    `rebates.withdrawals.${mode === "reject" ? "reject" : "markPaid"}.${key}`

  const schema = useMemo(() => {
    const asked = z
      .string()
      .trim()
      .min(field.min, t(k("errors.short"), { count: field.min }))
      .max(field.max, t(k("errors.long"), { count: field.max }))
    return z.object({
      reason: mode === "reject" ? asked : z.string(),
      reference: mode === "mark-paid" ? asked : z.string(),
    })
  }, [mode, t])
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: EMPTY })
  const error = form.formState.errors[field.name]?.message

  const onOpenChange = (next: boolean) => {
    if (next) {
      form.reset(EMPTY)
      action.reset()
    }
    setOpen(next)
  }

  const onSubmit = form.handleSubmit(async (values) => {
    if (action.isPending) return
    const value = values[field.name].trim()
    try {
      await action.mutateAsync(
        mode === "reject"
          ? { action: "reject", reason: value }
          : { action: "mark-paid", reference: value }
      )
      toast.success(t(k("done")), { description: value })
      setOpen(false)
    } catch (e) {
      const message = errorMessage(e)
      const named = new RegExp(`^(?:Invalid request: )?${field.name}: (.+)$`, "s").exec(message)
      if (named) form.setError(field.name, { type: "server", message: named[1] })
      toast.error(t(k("failed")), { description: message })
    }
  })

  const testId = mode === "reject" ? "withdrawal-reject" : "withdrawal-mark-paid"
  const amount = format.money(withdrawal.amount, withdrawal.currency_code)
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={t(k("open"))}
      triggerTestId={testId}
      title={t(k("title"), { amount })}
      description={t(k("description"))}
      onSubmit={onSubmit}
      submitLabel={t(k("submit"))}
      submitTestId={`${testId}-submit`}
      submitVariant={mode === "reject" ? "danger" : "primary"}
      isPending={action.isPending}
    >
      {mode === "reject" ? (
        <ReasonField
          id="withdrawal-reject-reason"
          placeholder={t(k("placeholder"))}
          error={error}
          registration={form.register("reason")}
        />
      ) : (
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="withdrawal-reference" size="small" weight="plus">
            {t("rebates.withdrawals.fields.reference")}
          </Label>
          <Input
            id="withdrawal-reference"
            autoComplete="off"
            placeholder={t(k("placeholder"))}
            aria-invalid={!!error}
            aria-describedby="withdrawal-reference-hint withdrawal-reference-error"
            {...form.register("reference")}
          />
          <Text id="withdrawal-reference-hint" size="small" className="text-ui-fg-subtle">
            {t(k("hint"))}
          </Text>
          <FieldError id="withdrawal-reference-error" message={error} />
        </div>
      )}
    </FormDrawer>
  )
}
