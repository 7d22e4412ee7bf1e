import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../modules/rebate"
import type { WithdrawalRow } from "../../modules/rebate/types/withdrawals"

type WithdrawalLike = Omit<WithdrawalRow, "amount"> & { amount: unknown }

/**
 * Withdrawals as the API shows them, with their history (oldest first). The store view shows
 * the destination as the provider describes it (masked) and no keys; the admin view has the
 * destination as stored.
 */
export async function withdrawalViews(
  scope: MedusaContainer,
  rows: WithdrawalLike[],
  audience: "store" | "admin"
) {
  if (!rows.length) return []
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const events = await rebate.listRebateWithdrawalEvents(
    { withdrawal_id: rows.map((r) => r.id) },
    { order: { created_at: "ASC", id: "ASC" }, take: null }
  )
  return rows.map((w) => {
    const destination = destinationText(rebate, w.provider_id, w.destination)
    return {
      id: w.id,
      ...(audience === "admin" && { account_id: w.account_id }),
      customer_id: w.customer_id,
      currency_code: w.currency_code,
      amount: MathBN.convert(w.amount as string).toNumber(),
      provider_id: w.provider_id,
      ...(audience === "admin" ? { destination: w.destination } : {}),
      destination_label: destination,
      status: w.status,
      approvals: audience === "admin" ? w.approvals : w.approvals.map(({ at }) => ({ at })),
      approvals_required: w.approvals_required,
      reference: w.reference,
      rejection_reason: w.rejection_reason,
      failure_reason: audience === "admin" ? w.failure_reason : null,
      requested_at: w.created_at,
      approved_at: w.approved_at,
      paid_at: w.paid_at,
      rejected_at: w.rejected_at,
      failed_at: w.failed_at,
      history: events
        .filter((e) => e.withdrawal_id === w.id)
        .map((e) => ({
          from_status: e.from_status,
          to_status: e.to_status,
          actor_type: e.actor_type,
          ...(audience === "admin" && { actor_id: e.actor_id }),
          reason: audience === "admin" || e.to_status === "rejected" ? e.reason : null,
          created_at: e.created_at,
        })),
    }
  })
}

/**
 * A destination in one line as its provider writes it: masked ("Bank transfer …3000"), or in full
 * for the admins' payout batch. A provider no longer registered: its id, or the raw JSON in full.
 */
export function destinationText(
  rebate: RebateModuleService,
  providerId: string,
  destination: Record<string, unknown>,
  { full = false } = {}
) {
  try {
    const provider = rebate.payoutProvider(providerId)
    if (full && provider.formatDestination) return provider.formatDestination(destination)
    return provider.describeDestination(destination)
  } catch {
    return full ? JSON.stringify(destination) : providerId
  }
}
