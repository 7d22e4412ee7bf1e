import { generateEntityId } from "@medusajs/framework/utils"
import type { ReviewFinding, RewardRow } from "../types/order-rewards"
import type { ReviewDecision, ReviewRewardRow } from "../types/reviews"
import { textArray } from "./bind"
import type { SqlManager } from "./manager"

/** Puts rewards on review with the findings that concern each; returns them. */
export async function markOnReview(
  manager: SqlManager,
  flagged: { id: string; findings: ReviewFinding[] }[]
) {
  if (!flagged.length) return [] as RewardRow[]
  return manager.execute<RewardRow[]>(
    `update rebate_reward r set review_status = 'on_review', review_findings = f.findings::jsonb,
       updated_at = now()
     from unnest(?::text[], ?::text[]) as f(id, findings)
     where r.id = f.id
     returning r.*`,
    [textArray(flagged.map((f) => f.id)), textArray(flagged.map((f) => JSON.stringify(f.findings)))]
  )
}

export async function lockRewardForReview(manager: SqlManager, id: string) {
  const [row] = await manager.execute<ReviewRewardRow[]>(
    `select * from rebate_reward where id = ? and deleted_at is null for update`,
    [id]
  )
  return row
}

export async function writeReviewDecision(
  manager: SqlManager,
  id: string,
  decision: { status: "approved" | "rejected"; by: string; reason: string | null; at: Date }
) {
  const [row] = await manager.execute<ReviewRewardRow[]>(
    `update rebate_reward set review_status = ?, reviewed_by = ?, review_reason = ?,
       reviewed_at = ?, updated_at = now()
     where id = ? returning *`,
    [decision.status, decision.by, decision.reason, decision.at, id]
  )
  return row
}

/** Appends to the review audit trail. */
export async function insertReviewEvents(
  manager: SqlManager,
  events: {
    reward_id: string
    order_id: string
    decision: ReviewDecision
    actor_type: string
    actor_id: string | null
    reason: string | null
    findings: ReviewFinding[] | null
  }[]
) {
  if (!events.length) return
  await manager.execute(
    `insert into rebate_review_event
       (id, reward_id, order_id, decision, actor_type, actor_id, reason, findings)
     values ${events.map(() => "(?, ?, ?, ?, ?, ?, ?, ?::jsonb)").join(", ")}`,
    events.flatMap((e) => [
      generateEntityId(undefined, "rrve"),
      e.reward_id,
      e.order_id,
      e.decision,
      e.actor_type,
      e.actor_id,
      e.reason,
      e.findings ? JSON.stringify(e.findings) : null,
    ])
  )
}

export type ReviewQueueFilter = {
  review_status: string[]
  rule?: string[]
  customer_id?: string[]
  order_id?: string[]
  take: number
  skip: number
}

/** One page of the review queue (newest first), filtered by rule, promoter and order. */
export async function reviewQueuePage(manager: SqlManager, f: ReviewQueueFilter) {
  const where = [`r.review_status = any(?::text[])`, `r.deleted_at is null`]
  const params: unknown[] = [textArray(f.review_status)]
  if (f.rule?.length) {
    where.push(
      `exists (select 1 from jsonb_array_elements(r.review_findings) x where x->>'rule' = any(?::text[]))`
    )
    params.push(textArray(f.rule))
  }
  if (f.customer_id?.length) {
    where.push(`r.customer_id = any(?::text[])`)
    params.push(textArray(f.customer_id))
  }
  if (f.order_id?.length) {
    where.push(`r.order_id = any(?::text[])`)
    params.push(textArray(f.order_id))
  }
  const rows = await manager.execute<{ id: string; total: string }[]>(
    `select r.id, count(*) over () as total from rebate_reward r
     where ${where.join(" and ")}
     order by r.created_at desc, r.id desc limit ? offset ?`,
    [...params, f.take, f.skip]
  )
  return { ids: rows.map((r) => r.id), count: rows.length ? Number(rows[0].total) : 0 }
}
