import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Handler<Req extends MedusaRequest> = (req: Req, res: MedusaResponse) => Promise<void>

/**
 * Medusa's error handler answers every CONFLICT with a generic "retry with the Idempotency-Key"
 * message. For ledger conflicts the reason is the useful part ("Insufficient available balance",
 * "only 3 is left"), so these routes send the 409 themselves, in Medusa's error shape.
 */
export function keepConflictMessage<Req extends MedusaRequest>(
  handler: Handler<Req>
): Handler<Req> {
  return async (req, res) => {
    try {
      await handler(req, res)
    } catch (error) {
      const e = error as { type?: string; code?: string; message?: string }
      if (e?.type !== MedusaError.Types.CONFLICT) {
        throw error
      }
      res
        .status(409)
        .json({ type: e.type, code: e.code ?? "invalid_state_error", message: e.message })
    }
  }
}
