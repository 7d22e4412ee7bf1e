import { zodResolver } from "../../lib/zod-resolver"
import { Input, Label, Text, clx, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { FieldError } from "../../components/field-error"
import { FormDrawer } from "../../components/form-drawer"
import { ReasonField } from "../../components/reason-field"
import { errorMessage, newIdempotencyKey } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { apiAmount, adjustmentSchema, minorDigits, type AdjustmentValues } from "./adjust-schema"
import { useAdjustAccount } from "./api"
import type { RebateAccount } from "./types"

/**
 * "Adjust balance": a manual credit (positive) or debit (negative) of the available balance, with
 * a reason for the audit trail. One idempotency key per opened form: a double click, or a retry
 * after a lost response, is the same adjustment and never a second one.
 */
export const AdjustDrawer = ({ account }: { account: RebateAccount }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const [open, setOpen] = useState(false)
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey)
  const adjust = useAdjustAccount(account.id)
  const currency = account.currency_code

  const schema = useMemo(
    () =>
      adjustmentSchema(currency, {
        amountRequired: t("rebates.accounts.adjust.errors.amountRequired"),
        amountFormat: t("rebates.accounts.adjust.errors.amountFormat"),
        amountDecimals: t("rebates.accounts.adjust.errors.amountDecimals", {
          count: minorDigits(currency),
        }),
        amountZero: t("rebates.accounts.adjust.errors.amountZero"),
        amountTooLarge: t("rebates.accounts.adjust.errors.amountTooLarge"),
        reasonShort: t("rebates.accounts.adjust.errors.reasonShort"),
        reasonLong: t("rebates.accounts.adjust.errors.reasonLong"),
      }),
    [currency, t]
  )
  const form = useForm<AdjustmentValues>({
    resolver: zodResolver(schema),
    defaultValues: { amount: "", reason: "" },
  })
  const { errors } = form.formState
  const amount = Number(apiAmount(form.watch("amount") ?? ""))
  const preview = Number.isFinite(amount) && amount !== 0 ? account.available + amount : null

  const onOpenChange = (next: boolean) => {
    if (next) {
      // A new form is a new adjustment: a fresh key, empty fields.
      setIdempotencyKey(newIdempotencyKey())
      form.reset({ amount: "", reason: "" })
      adjust.reset()
    }
    setOpen(next)
  }

  const onSubmit = form.handleSubmit(async (values) => {
    if (adjust.isPending) return
    try {
      const { rebate_entry, rebate_adjustment_request } = await adjust.mutateAsync({
        amount: apiAmount(values.amount),
        reason: values.reason.trim(),
        idempotencyKey,
      })
      const signed = Number(apiAmount(values.amount))
      if (rebate_adjustment_request) {
        // Above the dual-control threshold nothing moved yet: a second admin must approve it.
        toast.info(
          t("rebates.accounts.adjust.sentForApproval", {
            amount: format.money(signed, currency),
          }),
          { description: t("rebates.accounts.adjust.sentForApprovalHint") }
        )
        setOpen(false)
        return
      }
      toast.success(
        t(signed > 0 ? "rebates.accounts.adjust.credited" : "rebates.accounts.adjust.debited", {
          amount: format.money(Math.abs(signed), currency),
        }),
        { description: rebate_entry?.reason ?? values.reason }
      )
      setOpen(false)
    } catch (e) {
      toast.error(t("rebates.accounts.adjust.failed"), { description: errorMessage(e) })
    }
  })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={t("rebates.accounts.adjust.open")}
      triggerTestId="rebate-adjust"
      title={t("rebates.accounts.adjust.title")}
      description={t("rebates.accounts.adjust.description")}
      onSubmit={onSubmit}
      submitLabel={t("rebates.accounts.adjust.submit")}
      submitTestId="adjust-submit"
      isPending={adjust.isPending}
    >
      <div className="bg-ui-bg-subtle flex items-center justify-between rounded-lg px-4 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {t("rebates.accounts.adjust.currentAvailable")}
        </Text>
        <Text size="small" weight="plus" className="tabular-nums">
          {format.money(account.available, currency)}
        </Text>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="rebate-adjust-amount" size="small" weight="plus">
          {t("rebates.accounts.adjust.amount", { currency: currency.toUpperCase() })}
        </Label>
        <Input
          id="rebate-adjust-amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder={t("rebates.accounts.adjust.amountPlaceholder")}
          aria-invalid={!!errors.amount}
          aria-describedby="rebate-adjust-amount-hint rebate-adjust-amount-error"
          {...form.register("amount")}
        />
        <Text id="rebate-adjust-amount-hint" size="small" className="text-ui-fg-subtle">
          {t("rebates.accounts.adjust.amountHint")}
        </Text>
        <FieldError id="rebate-adjust-amount-error" message={errors.amount?.message} />
      </div>
      <ReasonField
        id="rebate-adjust-reason"
        placeholder={t("rebates.accounts.adjust.reasonPlaceholder")}
        error={errors.reason?.message}
        registration={form.register("reason")}
      />
      {preview !== null && !errors.amount && (
        <div className="flex items-center justify-between border-t pt-4" aria-live="polite">
          <Text size="small" className="text-ui-fg-subtle">
            {t("rebates.accounts.adjust.newAvailable")}
          </Text>
          <Text
            size="small"
            weight="plus"
            className={clx("tabular-nums", preview < 0 && "text-ui-fg-error")}
          >
            {format.money(preview, currency)}
          </Text>
        </div>
      )}
    </FormDrawer>
  )
}
