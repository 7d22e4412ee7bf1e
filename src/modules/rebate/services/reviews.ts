import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { movementOf } from "../ledger/postings"
import type { SqlManager } from "../repositories/manager"
import {
  insertReviewEvents,
  lockRewardForReview,
  markOnReview,
  writeReviewDecision,
} from "../repositories/reviews"
import { writeRewardState } from "../repositories/rewards"
import type { ReviewFinding, RewardRow } from "../types/order-rewards"
import type { ReviewChange } from "../types/reviews"
import { resolvePending } from "./ledger"

/** The findings that concern a reward: its beneficiary's, and those about the whole order. */
export function findingsFor(reward: Pick<RewardRow, "customer_id">, findings: ReviewFinding[]) {
  return findings.filter(
    (f) => f.beneficiary_id === null || f.beneficiary_id === reward.customer_id
  )
}

/**
 * At accrual, in the same transaction: every reward some failed check concerns goes on review
 * with its findings (it stays pending and does not settle), and the trail records why.
 */
export async function flagForReview(
  manager: SqlManager,
  rewards: RewardRow[],
  findings: ReviewFinding[]
): Promise<RewardRow[]> {
  if (!findings.length) return []
  const flagged = rewards.flatMap((r) => {
    const mine = findingsFor(r, findings)
    return mine.length ? [{ id: r.id, findings: mine, order_id: r.order_id }] : []
  })
  const rows = await markOnReview(manager, flagged)
  await insertReviewEvents(
    manager,
    flagged.map((f) => ({
      reward_id: f.id,
      order_id: f.order_id,
      decision: "flagged" as const,
      actor_type: "system",
      actor_id: null,
      reason: [...new Set(f.findings.map((x) => x.rule))].join(", "),
      findings: f.findings,
    }))
  )
  return rows
}

/**
 * An admin lets a reward on review settle on its schedule. The same decision again changes
 * nothing; approving a rejected reward is a 409.
 */
export async function approveReview(
  manager: SqlManager,
  id: string,
  adminId: string,
  reason: string | null,
  now = new Date()
): Promise<ReviewChange> {
  const current = await reviewable(manager, id, "approved")
  if (current.review_status === "approved") return { reward: current, changed: false }
  const reward = await writeReviewDecision(manager, id, {
    status: "approved",
    by: adminId,
    reason,
    at: now,
  })
  await record(manager, reward, "approved", adminId, reason)
  return { reward, changed: true }
}

/**
 * An admin rejects a reward on review: what is still pending is voided (keyed by the reward, so
 * a second rejection writes nothing) and the reason is shown to the promoter.
 */
export async function rejectReview(
  manager: SqlManager,
  id: string,
  adminId: string,
  reason: string,
  now = new Date()
): Promise<ReviewChange> {
  if (!reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason: a rejection needs a reason")
  }
  const current = await reviewable(manager, id, "rejected")
  if (current.review_status === "rejected") return { reward: current, changed: false }
  const left = MathBN.sub(current.amount, current.reversed_amount)
  if (current.status === "pending" && MathBN.gt(left, 0)) {
    await resolvePending(manager, "void", movementOf("void"), {
      pending_id: current.accrue_entry_id,
      amount: left.toFixed(),
      idempotency_key: `reward:${id}:review-rejected`,
      reason: `rejected on review: ${reason}`,
      actor_type: "user",
      actor_id: adminId,
    })
    await writeRewardState(manager, id, {
      reversed: current.amount,
      status: "voided",
      held: current.held,
      settles_at: current.settles_at,
    })
  }
  const reward = await writeReviewDecision(manager, id, {
    status: "rejected",
    by: adminId,
    reason,
    at: now,
  })
  await record(manager, reward, "rejected", adminId, reason)
  return { reward, changed: true }
}

async function reviewable(manager: SqlManager, id: string, decision: "approved" | "rejected") {
  const current = await lockRewardForReview(manager, id)
  if (!current) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reward ${id} was not found`)
  }
  const opposite = decision === "approved" ? "rejected" : "approved"
  if (current.review_status === "none") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Reward ${id} is not on review`)
  }
  if (current.review_status === opposite) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Reward ${id} was already ${opposite} on review`
    )
  }
  return current
}

async function record(
  manager: SqlManager,
  reward: RewardRow,
  decision: "approved" | "rejected",
  adminId: string,
  reason: string | null
) {
  await insertReviewEvents(manager, [
    {
      reward_id: reward.id,
      order_id: reward.order_id,
      decision,
      actor_type: "user",
      actor_id: adminId,
      reason,
      findings: null,
    },
  ])
}
