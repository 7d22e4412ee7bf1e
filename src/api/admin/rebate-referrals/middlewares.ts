import { validateAndTransformBody } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminPostReferralBinding, AdminPostReferralCode } from "./validators"

export const adminRebateReferralsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/rebate-referrals/:customer_id/binding",
    middlewares: [validateAndTransformBody(AdminPostReferralBinding)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-referrals/:customer_id/code",
    middlewares: [validateAndTransformBody(AdminPostReferralCode)],
  },
]
