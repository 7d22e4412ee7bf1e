import type { BigNumberInput } from "@medusajs/framework/types"
import { toAmount } from "./ledger/money"
import type { AccountBalancesDTO, LedgerEntryDTO } from "./types/ledger"
import type { EntryRow } from "./repositories/ledger"
import type { Posted } from "./services/ledger"

/** A stored entry as the module returns it: amounts in major units as JSON numbers. */
export function toEntryDTO(row: EntryRow, replayed = false): LedgerEntryDTO {
  return {
    id: row.id,
    account_id: row.account_id,
    customer_id: row.customer_id,
    currency_code: row.currency_code,
    type: row.type,
    bucket_from: row.bucket_from,
    bucket_to: row.bucket_to,
    amount: toAmount(row.amount),
    earned_delta: toAmount(row.earned_delta),
    idempotency_key: row.idempotency_key,
    pending_id: row.pending_id,
    reversal_of_id: row.reversal_of_id,
    order_id: row.order_id,
    reward_id: row.reward_id,
    campaign_id: row.campaign_id,
    withdrawal_id: row.withdrawal_id,
    reason: row.reason,
    actor_type: row.actor_type,
    actor_id: row.actor_id,
    metadata: row.metadata,
    created_at: new Date(row.created_at),
    replayed,
  }
}

/** What a ledger operation wrote (or replayed), as its DTO. */
export const postedDTO = ({ row, replayed }: Posted) => toEntryDTO(row, replayed)

export function toBalancesDTO(account: Record<string, unknown>): AccountBalancesDTO {
  const amount = (column: string) => toAmount(account[column] as BigNumberInput)
  return {
    id: account.id as string,
    customer_id: account.customer_id as string,
    currency_code: account.currency_code as string,
    pending: amount("pending"),
    available: amount("available"),
    held: amount("held"),
    paid_out: amount("paid_out"),
    redeemed: amount("redeemed"),
    expired: amount("expired"),
    lifetime_earned: amount("lifetime_earned"),
  }
}
