import { decisionRoute } from "../decide"

/**
 * POST /admin/rebate-adjustment-requests/:id/approve — a second, different admin's approval
 * posts the adjustment (once, however often it is sent); the requester's own is a 400.
 */
export const POST = decisionRoute(() => ({ action: "approve" }))
