import { model } from "@medusajs/framework/utils"

export const REWARD_STATUSES = ["pending", "settled", "voided", "reversed"] as const
export const BENEFICIARY_ROLES = ["buyer", "inviter", "invitee", "level1", "level2"] as const
/** Risk review (DESIGN.md §7): a reward on review stays pending and does not settle. */
export const REVIEW_STATUSES = ["none", "on_review", "approved", "rejected"] as const

/**
 * One reward earned on an order: per line, campaign and beneficiary, with the base and the rule
 * snapshot it was computed from (never recomputed from the order later: Medusa rewrites a line's
 * totals after a return). `reversed_amount` is everything voided or clawed back so far; the
 * lifecycle drives it to the target the order's state implies.
 */
const RebateReward = model
  .define("rebate_reward", {
    id: model.id({ prefix: "rrw" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    campaign_id: model.text(),
    beneficiary_role: model.enum([...BENEFICIARY_ROLES]),
    customer_id: model.text(),
    buyer_id: model.text().nullable(),
    currency_code: model.text(),
    quantity: model.number(),
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
    reversed_amount: model.bigNumber().default(0),
    rule: model.json(),
    status: model.enum([...REWARD_STATUSES]).default("pending"),
    accrue_entry_id: model.text(),
    settlement_window_days: model.number(),
    /** Null until the after-sales window has a start (delivery, or fulfilment plus a delay). */
    settles_at: model.dateTime().nullable(),
    /** A return of this reward's line is open: the window does not close. */
    held: model.boolean().default(false),
    settled_at: model.dateTime().nullable(),
    review_status: model.enum([...REVIEW_STATUSES]).default("none"),
    /** The risk checks that failed at accrual: `[{ rule, beneficiary_id, evidence }]` (hashed). */
    review_findings: model.json().nullable(),
    /** Why it was rejected, shown to the promoter with the voided reward. */
    review_reason: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      on: ["order_id", "line_item_id", "campaign_id", "beneficiary_role", "customer_id"],
      unique: true,
    },
    { on: ["customer_id", "created_at"] },
    // The admin stats' period filter and the rewards list's default order (newest first).
    { on: ["created_at"] },
    // The settle job's scan: matured pending rewards not on hold.
    { on: ["settles_at"], where: "status = 'pending' AND held = false" },
    // The review queue.
    { on: ["review_status", "created_at"], where: "review_status = 'on_review'" },
  ])

export default RebateReward
