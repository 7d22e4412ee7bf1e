import { decisionRoute } from "../decide"

/**
 * POST /admin/rebate-withdrawals/:id/approve — one admin's approval; above the dual-control
 * threshold a second, different admin must approve too. The completing approval hands the
 * withdrawal to its payout provider (store credit pays at once; manual waits for mark-paid).
 */
export const POST = decisionRoute(() => ({ action: "approve" }))
