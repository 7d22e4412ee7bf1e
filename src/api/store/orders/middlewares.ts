import { authenticate } from "@medusajs/framework/http"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { runOrderRebateSync } from "../../../workflows/order-rebates/run-sync"

/**
 * After Medusa accepted an order transfer (`POST /store/orders/:id/transfer/accept` answered
 * 2xx), sync the order so that its buyer's rewards move to the new customer at once. Medusa 2.21
 * emits no event for the accept; a failure here is recorded for the retry job like any sync, and
 * the catch-up-rebate-order-transfers job finds a transfer whose sync never started.
 */
export function syncAfterTransferAccept(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const orderId = req.params.id
  res.once("finish", () => {
    if (res.statusCode < 200 || res.statusCode >= 300) return
    void runOrderRebateSync(req.scope, orderId, "order.transfer_accepted").catch(() => {
      // runOrderRebateSync logs and records its own failures; only that record's write can
      // throw here, and the catch-up sweep covers it.
    })
  })
  next()
}

export const storeOrderRebateMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/orders/:id/rebate",
    // Guests see a guest order's rewards with its id, as Medusa's GET /store/orders/:id lets
    // them; the order of a registered customer shows to that customer only (route.ts).
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  {
    methods: ["POST"],
    matcher: "/store/orders/:id/transfer/accept",
    middlewares: [syncAfterTransferAccept],
  },
]
