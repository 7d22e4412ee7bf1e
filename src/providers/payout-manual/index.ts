import { ModuleProvider } from "@medusajs/framework/utils"
import { PAYOUT_PROVIDER_MODULE } from "../../modules/rebate/payouts/keys"
import { ManualPayoutService } from "./service"

/** The `manual` payout provider of the rebate module (registered by the plugin itself). */
export default ModuleProvider(PAYOUT_PROVIDER_MODULE, { services: [ManualPayoutService] })

export { ManualPayoutService }
