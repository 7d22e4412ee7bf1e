import { decisionRoute } from "../decide"

/** POST /admin/rebate-withdrawals/:id/mark-paid `{ reference }` — a manual payout was made. */
export const POST = decisionRoute((body) => ({ action: "mark_paid", reference: body.reference }))
