import { zodResolver } from "../../lib/zod-resolver"
import { Badge, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FieldError } from "../../components/field-error"
import { FormDrawer } from "../../components/form-drawer"
import { EmptyState } from "../../components/query-state"
import { errorMessage } from "../../lib/api"
import { useSetReferralCode } from "./api"
import type { RebateReferral } from "./types"

/** How the server compares codes: case, spaces and dashes do not matter (normalizeCode). */
export const normalizeCode = (input: string) => input.replace(/[\s-]+/g, "").toUpperCase()
const VANITY_CODE = /^[A-Z0-9]{4,32}$/

/** "Set vanity code": makes a code the customer's primary one; earlier codes keep working. */
const SetCodeDrawer = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const setCode = useSetReferralCode(customerId)
  const schema = useMemo(
    () =>
      z.object({
        code: z
          .string()
          .refine((v) => VANITY_CODE.test(normalizeCode(v)), t("rebates.referrals.code.invalid")),
      }),
    [t]
  )
  const form = useForm<{ code: string }>({
    resolver: zodResolver(schema),
    defaultValues: { code: "" },
  })
  const typed = normalizeCode(form.watch("code") ?? "")
  const error = form.formState.errors.code?.message

  const onOpenChange = (next: boolean) => {
    if (next) form.reset({ code: "" })
    setOpen(next)
  }
  const onSubmit = form.handleSubmit(async ({ code }) => {
    try {
      await setCode.mutateAsync({ code: normalizeCode(code) })
      toast.success(t("rebates.referrals.code.saved", { code: normalizeCode(code) }))
      setOpen(false)
    } catch (e) {
      if ((e as { status?: number }).status === 409) {
        form.setError("code", { message: t("rebates.referrals.code.taken") })
      } else {
        toast.error(t("rebates.referrals.code.failed"), { description: errorMessage(e) })
      }
    }
  })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={t("rebates.referrals.code.set")}
      triggerTestId="referral-set-code"
      title={t("rebates.referrals.code.setTitle")}
      description={t("rebates.referrals.code.setDescription")}
      onSubmit={onSubmit}
      submitLabel={t("rebates.actions.save")}
      submitTestId="referral-set-code-submit"
      isPending={setCode.isPending}
      bodyClassName="flex flex-col gap-y-2"
    >
      <Label htmlFor="referral-code-input" size="small" weight="plus">
        {t("rebates.referrals.code.label")}
      </Label>
      <Input
        id="referral-code-input"
        autoComplete="off"
        placeholder={t("rebates.referrals.code.placeholder")}
        aria-invalid={!!error}
        aria-describedby="referral-code-hint referral-code-error"
        {...form.register("code")}
      />
      <Text id="referral-code-hint" size="small" className="text-ui-fg-subtle">
        {typed && typed !== form.watch("code")
          ? t("rebates.referrals.code.savedAs", { code: typed })
          : t("rebates.referrals.code.hint")}
      </Text>
      <FieldError id="referral-code-error" message={error} />
    </FormDrawer>
  )
}

/** The customer's promoter codes: the primary one first, then the aliases that still attribute. */
export const CodeSection = ({ referral }: { referral: RebateReferral }) => {
  const { t } = useTranslation()
  const codes = [...referral.codes].sort((a, b) => Number(b.is_primary) - Number(a.is_primary))
  return (
    <Container className="divide-y p-0" data-testid="referral-codes">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t("rebates.referrals.code.title")}</Heading>
        <SetCodeDrawer customerId={referral.customer_id} />
      </div>
      {codes.length === 0 ? (
        <EmptyState
          title={t("rebates.referrals.code.none")}
          description={t("rebates.referrals.code.noneHint")}
        />
      ) : (
        <ul className="divide-y">
          {codes.map((c) => (
            <li key={c.code} className="flex items-center justify-between gap-x-2 px-6 py-3">
              <Text size="small" weight="plus" className="font-mono" data-testid="referral-code">
                {c.code}
              </Text>
              <div className="flex items-center gap-x-1">
                <Badge size="2xsmall" color={c.kind === "vanity" ? "purple" : "grey"}>
                  {t(`rebates.referrals.code.kinds.${c.kind}`, { defaultValue: c.kind })}
                </Badge>
                {c.is_primary ? (
                  <Badge size="2xsmall" color="green">
                    {t("rebates.referrals.code.primary")}
                  </Badge>
                ) : (
                  <Badge size="2xsmall">{t("rebates.referrals.code.alias")}</Badge>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
