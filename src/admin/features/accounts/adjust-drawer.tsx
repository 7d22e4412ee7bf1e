import { zodResolver } from "../../lib/zod-resolver"
import { Button, Drawer, Input, Label, Text, Textarea, clx, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { errorMessage, newIdempotencyKey } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { apiAmount, adjustmentSchema, minorDigits, type AdjustmentValues } from "./adjust-schema"
import { useAdjustAccount } from "./api"
import { FieldError } from "./field-error"
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
      const { rebate_entry } = await adjust.mutateAsync({
        amount: apiAmount(values.amount),
        reason: values.reason.trim(),
        idempotencyKey,
      })
      const signed = Number(apiAmount(values.amount))
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
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="rebate-adjust">
          {t("rebates.accounts.adjust.open")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>{t("rebates.accounts.adjust.title")}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              {t("rebates.accounts.adjust.description")}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
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
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="rebate-adjust-reason" size="small" weight="plus">
                {t("rebates.fields.reason")}
              </Label>
              <Textarea
                id="rebate-adjust-reason"
                rows={3}
                placeholder={t("rebates.accounts.adjust.reasonPlaceholder")}
                aria-invalid={!!errors.reason}
                aria-describedby="rebate-adjust-reason-error"
                {...form.register("reason")}
              />
              <FieldError id="rebate-adjust-reason-error" message={errors.reason?.message} />
            </div>
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
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("rebates.actions.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={adjust.isPending}
              disabled={adjust.isPending}
              data-testid="adjust-submit"
            >
              {t("rebates.accounts.adjust.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
