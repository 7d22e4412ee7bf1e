import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRebateAccountsMiddlewares } from "./admin/rebate-accounts/middlewares"
import { adminRebateCampaignsMiddlewares } from "./admin/rebate-campaigns/middlewares"
import { adminRebateReferralsMiddlewares } from "./admin/rebate-referrals/middlewares"
import { storeCustomerRebateMiddlewares } from "./store/customers/me/middlewares"
import { storeRebatesMiddlewares } from "./store/rebates/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminRebateAccountsMiddlewares,
    ...adminRebateCampaignsMiddlewares,
    ...adminRebateReferralsMiddlewares,
    ...storeRebatesMiddlewares,
    ...storeCustomerRebateMiddlewares,
  ],
})
