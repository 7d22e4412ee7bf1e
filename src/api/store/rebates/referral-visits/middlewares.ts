import type { MiddlewareRoute } from "@medusajs/framework/http"
import { referralRateLimit } from "../../../../referrals/rate-limit"

/**
 * Per-IP rate limits of the referral routes anyone can call (option `rate_limits`). Visits and
 * cart codes answer 404 to an unknown code, so their limits also bound code enumeration.
 *
 * No `methods`: Medusa sorts method-less middlewares first, so a rejected request costs no
 * validation or database work (each path has a single method; CORS answers preflights earlier).
 */
export const referralRateLimitMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/rebates/referral-visits",
    middlewares: [referralRateLimit("visits_per_minute")],
  },
  {
    matcher: "/store/carts/:id/rebate-referral",
    middlewares: [referralRateLimit("cart_codes_per_minute")],
  },
  {
    matcher: "/store/customers/me/referral/poster.png",
    middlewares: [referralRateLimit("images_per_minute")],
  },
  {
    matcher: "/store/customers/me/referral/qr.svg",
    middlewares: [referralRateLimit("images_per_minute")],
  },
]
