import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { toAmount } from "./ledger/money"
import { postedDTO, toEntryDTO } from "./serialize"
import { closedWriter } from "./service-base"
import { RebateRedemptionsService } from "./service-redemptions"
import * as requests from "./services/adjustment-requests"
import * as settings from "./services/settings"
import type {
  AdjustAccountInput,
  AdjustAccountResult,
  AdjustmentDecision,
  AdjustmentRequestDTO,
  AdjustmentRequestRow,
} from "./types/adjustment-requests"

const ADJUSTMENT_WRITER = "the adjustment request operations (request, approve, reject)"

/**
 * The part of the facade for manual adjustments under dual control: above the setting
 * adjustment_dual_control_above an adjustment is a request a second, different admin approves.
 * Each method is one transaction over services/adjustment-requests.ts. The generated writers of
 * requests are closed: a request's status moves only with its entry.
 */
export class RebateAdjustmentsService extends RebateRedemptionsService {
  override createRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override updateRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override deleteRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override softDeleteRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override restoreRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )

  /**
   * A manual credit (amount > 0) or debit (< 0) of `available`: posted at once at or below the
   * currency's dual-control threshold, a pending request above it. Replays a used key.
   */
  @InjectTransactionManager()
  async adjustAccount(
    input: AdjustAccountInput,
    @MedusaContext() ctx: Context = {}
  ): Promise<AdjustAccountResult> {
    const manager = this.manager(ctx)
    const { adjustment_dual_control_above } = await settings.currentSettings(
      manager,
      this.settingDefaults_
    )
    const done = await requests.adjustAccount(manager, input, adjustment_dual_control_above)
    return done.outcome === "posted"
      ? { outcome: "posted", entry: postedDTO(done.posted) }
      : { outcome: "requested", request: toRequestDTO(done.row), changed: done.changed }
  }

  /** A second, different admin's approval: posts the adjustment once (see the service). */
  @InjectTransactionManager()
  async approveAdjustmentRequest(
    id: string,
    admin_id: string,
    @MedusaContext() ctx: Context = {}
  ): Promise<AdjustmentDecision> {
    return toDecision(await requests.approveAdjustmentRequest(this.manager(ctx), id, admin_id))
  }

  /** Rejects a pending request with the reason; nothing is posted. */
  @InjectTransactionManager()
  async rejectAdjustmentRequest(
    id: string,
    admin_id: string,
    reason: string,
    @MedusaContext() ctx: Context = {}
  ): Promise<AdjustmentDecision> {
    return toDecision(
      await requests.rejectAdjustmentRequest(this.manager(ctx), id, admin_id, reason)
    )
  }

  /** Withdraws a request nobody decided yet: the compensation of the workflow that made it. */
  @InjectTransactionManager()
  async discardAdjustmentRequest(id: string, @MedusaContext() ctx: Context = {}) {
    await requests.discardRequest(this.manager(ctx), id)
  }
}

/** A stored request as the module returns it: the signed amount in major units. */
export function toRequestDTO(row: AdjustmentRequestRow): AdjustmentRequestDTO {
  return {
    id: row.id,
    account_id: row.account_id,
    customer_id: row.customer_id,
    currency_code: row.currency_code,
    amount: toAmount(row.amount),
    reason: row.reason,
    status: row.status,
    requested_by: row.requested_by,
    decided_by: row.decided_by,
    decided_at: row.decided_at && new Date(row.decided_at),
    decision_reason: row.decision_reason,
    entry_id: row.entry_id,
    idempotency_key: row.idempotency_key,
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
  }
}

function toDecision(done: requests.DecisionOutcome): AdjustmentDecision {
  return {
    request: toRequestDTO(done.row),
    changed: done.changed,
    entry: done.entry ? toEntryDTO(done.entry) : null,
  }
}
