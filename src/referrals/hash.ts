import { createHmac } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"

/**
 * IPs and device ids are kept only as keyed hashes (DESIGN.md §7): equal inputs still compare
 * equal for risk checks, but a hash cannot be turned back into an address without the key.
 * The key is the plugin's own `hash_secret`, never the JWT secret: a key that signs tokens, or a
 * framework default, would let anyone who knows it recompute every IPv4 address's hash.
 */
export function hashIdentifier(value: string, secret: string): string {
  return createHmac("sha256", secret).update(value).digest("hex")
}

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
