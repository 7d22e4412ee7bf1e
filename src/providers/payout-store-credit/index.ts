import { ModuleProvider } from "@medusajs/framework/utils"
import { PAYOUT_PROVIDER_MODULE } from "../../modules/rebate/payouts/keys"
import { StoreCreditPayoutService } from "./service"

/** The `store_credit` payout provider of the rebate module (registered by the plugin itself). */
export default ModuleProvider(PAYOUT_PROVIDER_MODULE, { services: [StoreCreditPayoutService] })

export { StoreCreditPayoutService }
