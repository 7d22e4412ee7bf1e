import { CheckCircle } from "@medusajs/icons"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { useWithdrawalAction } from "./api"
import { useProviderLabel } from "./destination"
import type { RebateWithdrawal } from "./types"

/**
 * What approving does now: records the first of two approvals (dual control), hands the payout
 * to the provider (store credit pays at once), or leaves a manual payout to be made outside.
 */
function approveEffect(w: RebateWithdrawal) {
  if (w.approvals.length + 1 < w.approvals_required) return "first"
  return w.provider_id === "manual" ? "manual" : "provider"
}

/**
 * "Approve", asked once more in a prompt. Disabled, with the reason beside it, when this admin
 * already gave one of the approvals: dual control needs a second, different admin (the API
 * refuses it too).
 */
export const ApproveButton = ({
  withdrawal,
  alreadyApproved,
}: {
  withdrawal: RebateWithdrawal
  alreadyApproved: boolean
}) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const format = useFormat()
  const provider = useProviderLabel()
  const approve = useWithdrawalAction(withdrawal.id)
  const amount = format.money(withdrawal.amount, withdrawal.currency_code)

  const onClick = async () => {
    const ok = await prompt({
      title: t("rebates.withdrawals.approve.title", { amount }),
      description: t(`rebates.withdrawals.approve.effect.${approveEffect(withdrawal)}`, {
        amount,
        provider: provider(withdrawal.provider_id),
      }),
      confirmText: t("rebates.withdrawals.approve.confirm"),
      cancelText: t("rebates.actions.cancel"),
      variant: "confirmation",
    })
    if (!ok) return
    try {
      const { rebate_withdrawal: next } = await approve.mutateAsync({ action: "approve" })
      // Still requested: the first of two approvals; otherwise what the provider made of it.
      const done = !next || next.status === "requested" ? "first" : next.status
      const toastFn = done === "failed" ? toast.error : toast.success
      toastFn(t(`rebates.withdrawals.approve.done.${done}`, { amount }), {
        description: next?.failure_reason ?? next?.reference ?? undefined,
      })
    } catch (e) {
      toast.error(t("rebates.withdrawals.approve.failed"), { description: errorMessage(e) })
    }
  }

  return (
    <Button
      size="small"
      onClick={onClick}
      isLoading={approve.isPending}
      disabled={alreadyApproved || approve.isPending}
      aria-describedby={alreadyApproved ? "withdrawal-approve-note" : undefined}
      data-testid="withdrawal-approve"
    >
      <CheckCircle />
      {t("rebates.withdrawals.approve.open")}
    </Button>
  )
}
