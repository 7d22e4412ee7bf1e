import { decisionRoute } from "../decide"

/** POST /admin/rebate-adjustment-requests/:id/reject `{ reason }` — nothing is posted. */
export const POST = decisionRoute((body) => ({ action: "reject", reason: body.reason }))
