import { zodResolver } from "../../lib/zod-resolver"
import { Label, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Controller, useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FieldError } from "../../components/field-error"
import { FormDrawer } from "../../components/form-drawer"
import { ReasonField } from "../../components/reason-field"
import { RemotePicker } from "../../components/remote-picker"
import { errorMessage } from "../../lib/api"
import { useChangeBinding } from "./api"

type Values = { inviter_id: string; reason: string }

/**
 * "Change inviter" (pick another customer) or "Remove binding", each with the reason the audit
 * trail keeps. Removal asks once more before it is sent: the inviter stops earning on this
 * customer's orders from then on.
 */
export const BindingDrawer = ({
  mode,
  customerId,
  currentInviterId,
  customerName,
}: {
  mode: "change" | "remove"
  customerId: string
  currentInviterId: string | null
  customerName: string
}) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [open, setOpen] = useState(false)
  const change = useChangeBinding(customerId)
  const k = (key: string) => `rebates.referrals.binding.${mode}.${key}`

  const schema = useMemo(
    () =>
      z.object({
        inviter_id:
          mode === "remove"
            ? z.string()
            : z
                .string()
                .min(1, t("rebates.referrals.binding.errors.inviterRequired"))
                .refine((v) => v !== customerId, t("rebates.referrals.binding.errors.self"))
                .refine((v) => v !== currentInviterId, t("rebates.referrals.binding.errors.same")),
        reason: z
          .string()
          .trim()
          .min(3, t("rebates.referrals.binding.errors.reasonShort"))
          .max(500, t("rebates.referrals.binding.errors.reasonLong")),
      }),
    [mode, customerId, currentInviterId, t]
  )
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { inviter_id: "", reason: "" },
  })
  const { errors } = form.formState

  const onOpenChange = (next: boolean) => {
    if (next) form.reset({ inviter_id: "", reason: "" })
    setOpen(next)
  }
  const onSubmit = form.handleSubmit(async (values) => {
    if (mode === "remove") {
      const confirmed = await prompt({
        title: t(k("confirmTitle")),
        description: t(k("confirmDescription"), { name: customerName }),
        confirmText: t(k("confirm")),
        cancelText: t("rebates.actions.cancel"),
        variant: "danger",
      })
      if (!confirmed) return
    }
    try {
      await change.mutateAsync({
        inviter_id: mode === "remove" ? null : values.inviter_id,
        reason: values.reason.trim(),
      })
      toast.success(t(k("done")))
      setOpen(false)
    } catch (e) {
      toast.error(t("rebates.referrals.binding.failed"), { description: errorMessage(e) })
    }
  })

  const testId = mode === "remove" ? "referral-remove-binding" : "referral-change-binding"
  const opensNew = mode === "change" && !currentInviterId
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={t(opensNew ? k("openNew") : k("open"))}
      triggerTestId={testId}
      title={t(opensNew ? k("openNew") : k("title"))}
      description={t(k("description"), { name: customerName })}
      onSubmit={onSubmit}
      submitLabel={t(k("submit"))}
      submitTestId={`${testId}-submit`}
      submitVariant={mode === "remove" ? "danger" : "primary"}
      isPending={change.isPending}
    >
      {mode === "change" && (
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="referral-inviter-input" size="small" weight="plus">
            {t("rebates.referrals.binding.newInviter")}
          </Label>
          <Controller
            control={form.control}
            name="inviter_id"
            render={({ field }) => (
              <RemotePicker
                kind="customer"
                single
                id="referral-inviter-input"
                label={t("rebates.referrals.binding.newInviter")}
                placeholder={t("rebates.referrals.picker.placeholder")}
                value={field.value ? [field.value] : []}
                onChange={(ids) => field.onChange(ids[0] ?? "")}
                testId="referral-inviter-picker"
              />
            )}
          />
          <FieldError id="referral-inviter-error" message={errors.inviter_id?.message} />
        </div>
      )}
      <ReasonField
        id={`referral-${mode}-reason`}
        placeholder={t("rebates.referrals.binding.reasonPlaceholder")}
        error={errors.reason?.message}
        registration={form.register("reason")}
      />
    </FormDrawer>
  )
}
