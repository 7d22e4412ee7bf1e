import type { MedusaRequest } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"
import { hashIdentifier } from "../modules/rebate/referral/hash"

export { hashIdentifier }

/** The request's IP (Express `req.ip`, see `trust proxy`) and device id, hashed. */
export function visitorHashes(req: MedusaRequest, deviceId?: string | null) {
  const secret = req.scope
    .resolve<RebateModuleService>(REBATE_MODULE)
    .getReferralSettings().hash_secret
  return {
    ip_hash: req.ip ? hashIdentifier(`ip:${req.ip}`, secret) : null,
    device_hash: deviceId ? hashIdentifier(`device:${deviceId}`, secret) : null,
  }
}
