import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { reviewQueuePage, type ReviewQueueFilter } from "./repositories/reviews"
import { deleteVisitsBefore, riskHistory, type RiskHistoryInput } from "./repositories/risk"
import * as settings from "./services/settings"
import { RebateAdjustmentsService } from "./service-adjustments"
import { closedWriter } from "./service-base"
import * as reviews from "./services/reviews"

const REVIEW_WRITER = "the risk review operations (flag at accrual, approve, reject)"

/**
 * The part of the facade for the risk review (DESIGN.md §7): rewards a failed check put on review
 * at accrual wait for an admin, who lets them settle or rejects them (voided, with the reason the
 * promoter sees). Each decision is one transaction; the audit trail is append-only.
 */
export class RebateReviewsService extends RebateAdjustmentsService {
  override createRebateReviewEvents = closedWriter("rebate_review_event", REVIEW_WRITER)
  override updateRebateReviewEvents = closedWriter("rebate_review_event", REVIEW_WRITER)
  override deleteRebateReviewEvents = closedWriter("rebate_review_event", REVIEW_WRITER)
  override softDeleteRebateReviewEvents = closedWriter("rebate_review_event", REVIEW_WRITER)
  override restoreRebateReviewEvents = closedWriter("rebate_review_event", REVIEW_WRITER)

  /** Lets a reward on review settle on its schedule; approving again changes nothing. */
  @InjectTransactionManager()
  async approveRewardReview(
    id: string,
    admin_id: string,
    reason: string | null = null,
    @MedusaContext() ctx: Context = {}
  ) {
    return reviews.approveReview(this.manager(ctx), id, admin_id, reason)
  }

  /** Voids a reward on review, with the reason shown to the promoter; again: no change. */
  @InjectTransactionManager()
  async rejectRewardReview(
    id: string,
    admin_id: string,
    reason: string,
    @MedusaContext() ctx: Context = {}
  ) {
    return reviews.rejectReview(this.manager(ctx), id, admin_id, reason)
  }

  /** What the module's tables know for an order's risk checks: visit hashes and recent orders. */
  @InjectManager()
  async riskHistory(input: RiskHistoryInput, @MedusaContext() ctx: Context = {}) {
    return riskHistory(this.manager(ctx), input)
  }

  /** One page of the review queue's reward ids (newest first) and the count. */
  @InjectManager()
  async listReviewQueue(filter: ReviewQueueFilter, @MedusaContext() ctx: Context = {}) {
    return reviewQueuePage(this.manager(ctx), filter)
  }

  /**
   * Deletes referral visits (their IP and device hashes) older than the setting
   * visit_retention_days, batch after batch, each batch its own transaction; returns how many.
   */
  @InjectManager()
  async purgeExpiredVisits(
    { now = new Date(), batch_size = 1000 }: { now?: Date; batch_size?: number } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    const days = (await settings.currentSettings(this.manager(ctx), this.settingDefaults_))
      .visit_retention_days
    const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
    let deleted = 0
    for (;;) {
      const n = await this.transaction_((m) => deleteVisitsBefore(m, before, batch_size), ctx)
      deleted += n
      if (n < batch_size) return deleted
    }
  }
}
