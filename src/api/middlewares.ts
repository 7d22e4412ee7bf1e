import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRebateAccountsMiddlewares } from "./admin/rebate-accounts/middlewares"

export default defineMiddlewares({
  routes: [...adminRebateAccountsMiddlewares],
})
