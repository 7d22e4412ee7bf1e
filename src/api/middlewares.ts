import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRebateAccountsMiddlewares } from "./admin/rebate-accounts/middlewares"
import { adminRebateCampaignsMiddlewares } from "./admin/rebate-campaigns/middlewares"
import { adminRebateReferralsMiddlewares } from "./admin/rebate-referrals/middlewares"
import { adminRebateSyncFailuresMiddlewares } from "./admin/rebate-sync-failures/middlewares"
import { storeCustomerRebateMiddlewares } from "./store/customers/me/middlewares"
import { storeRebatesMiddlewares } from "./store/rebates/middlewares"
import { referralRateLimitMiddlewares } from "./store/rebates/referral-visits/middlewares"
import { PLUGIN_ROUTES, rejectNulBytes } from "./utils/reject-nul-bytes"

export default defineMiddlewares({
  routes: [
    // Before every route's own validation: no string with a NUL byte reaches PostgreSQL.
    { matcher: PLUGIN_ROUTES, middlewares: [rejectNulBytes] },
    ...referralRateLimitMiddlewares, // before the same routes' own middlewares
    ...adminRebateAccountsMiddlewares,
    ...adminRebateCampaignsMiddlewares,
    ...adminRebateReferralsMiddlewares,
    ...adminRebateSyncFailuresMiddlewares,
    ...storeRebatesMiddlewares,
    ...storeCustomerRebateMiddlewares,
  ],
})
