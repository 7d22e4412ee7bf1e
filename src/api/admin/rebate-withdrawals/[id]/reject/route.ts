import { decisionRoute } from "../decide"

/** POST /admin/rebate-withdrawals/:id/reject `{ reason }` — the customer sees the reason. */
export const POST = decisionRoute((body) => ({ action: "reject", reason: body.reason }))
