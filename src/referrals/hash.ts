import { createHmac } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * IPs and device ids are kept only as keyed hashes (DESIGN.md §7): equal inputs still compare
 * equal for risk checks, but a hash cannot be turned back into an address without the secret.
 * The key is the store's JWT secret, so no new secret needs configuring.
 */
export function hashIdentifier(value: string, secret: string): string {
  return createHmac("sha256", secret).update(value).digest("hex")
}

export function visitorHashes(req: MedusaRequest, deviceId?: string | null) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = String(config.projectConfig.http.jwtSecret ?? "medusa-rebates")
  return {
    ip_hash: req.ip ? hashIdentifier(`ip:${req.ip}`, secret) : null,
    device_hash: deviceId ? hashIdentifier(`device:${deviceId}`, secret) : null,
  }
}
