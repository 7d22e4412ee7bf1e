import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRebateAccountsMiddlewares } from "./admin/rebate-accounts/middlewares"
import { adminRebateAdjustmentRequestsMiddlewares } from "./admin/rebate-adjustment-requests/middlewares"
import { adminRebateCampaignsMiddlewares } from "./admin/rebate-campaigns/middlewares"
import { adminRebateProductsMiddlewares } from "./admin/rebate-products/middlewares"
import { adminRebateReferralsMiddlewares } from "./admin/rebate-referrals/middlewares"
import { adminRebateReportsMiddlewares } from "./admin/rebate-reports/middlewares"
import { adminRebateReviewsMiddlewares } from "./admin/rebate-reviews/middlewares"
import { adminRebateRewardsMiddlewares } from "./admin/rebate-rewards/middlewares"
import { adminRebateSettingsMiddlewares } from "./admin/rebate-settings/middlewares"
import { adminRebateStatsMiddlewares } from "./admin/rebate-stats/middlewares"
import { adminRebateSyncFailuresMiddlewares } from "./admin/rebate-sync-failures/middlewares"
import { adminRebateWithdrawalsMiddlewares } from "./admin/rebate-withdrawals/middlewares"
import { storeCartRebateMiddlewares } from "./store/carts/middlewares"
import { storeCustomerRebateMiddlewares } from "./store/customers/me/middlewares"
import { storeOrderRebateMiddlewares } from "./store/orders/middlewares"
import { storeRebatesMiddlewares } from "./store/rebates/middlewares"
import { referralRateLimitMiddlewares } from "./store/rebates/referral-visits/middlewares"
import { PLUGIN_ROUTES, rejectNulBytes } from "./utils/reject-nul-bytes"

export default defineMiddlewares({
  routes: [
    // Before every route's own validation: no string with a NUL byte reaches PostgreSQL.
    { matcher: PLUGIN_ROUTES, middlewares: [rejectNulBytes] },
    ...referralRateLimitMiddlewares, // before the same routes' own middlewares
    ...adminRebateAccountsMiddlewares,
    ...adminRebateAdjustmentRequestsMiddlewares,
    ...adminRebateCampaignsMiddlewares,
    ...adminRebateProductsMiddlewares,
    ...adminRebateReferralsMiddlewares,
    ...adminRebateReportsMiddlewares,
    ...adminRebateReviewsMiddlewares,
    ...adminRebateRewardsMiddlewares,
    ...adminRebateSettingsMiddlewares,
    ...adminRebateStatsMiddlewares,
    ...adminRebateSyncFailuresMiddlewares,
    ...adminRebateWithdrawalsMiddlewares,
    ...storeRebatesMiddlewares,
    ...storeCartRebateMiddlewares,
    ...storeCustomerRebateMiddlewares,
    ...storeOrderRebateMiddlewares,
  ],
})
