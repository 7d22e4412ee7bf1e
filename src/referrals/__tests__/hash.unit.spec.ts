import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, resolveReferralSettings } from "../../modules/rebate"
import { hashIdentifier, visitorHashes } from "../hash"

const JWT_SECRET = "supersecret"

/** A request whose container has the Rebate module (with `options`) and a JWT secret. */
const requestWith = (options: Parameters<typeof resolveReferralSettings>[0]) => {
  const settings = resolveReferralSettings(options)
  const services: Record<string, unknown> = {
    [REBATE_MODULE]: { getReferralSettings: () => settings },
    [ContainerRegistrationKeys.CONFIG_MODULE]: {
      projectConfig: { http: { jwtSecret: JWT_SECRET } },
    },
  }
  return {
    ip: "203.0.113.7",
    scope: { resolve: (key: string) => services[key] },
  } as unknown as MedusaRequest
}

describe("visitor hashes", () => {
  const hashSecret = "a-store-own-key-of-at-least-32-characters"

  it("are keyed with hash_secret, not the JWT secret", () => {
    const hashes = visitorHashes(requestWith({ hash_secret: hashSecret }), "device-1")
    expect(hashes).toEqual({
      ip_hash: hashIdentifier("ip:203.0.113.7", hashSecret),
      device_hash: hashIdentifier("device:device-1", hashSecret),
    })
    expect(hashes.ip_hash).not.toBe(hashIdentifier("ip:203.0.113.7", JWT_SECRET))
    expect(hashes.device_hash).not.toBe(hashIdentifier("device:device-1", JWT_SECRET))
  })

  it("without hash_secret (outside production) still differ from the JWT-keyed ones", () => {
    const { ip_hash } = visitorHashes(requestWith({}), null)
    expect(ip_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(ip_hash).not.toBe(hashIdentifier("ip:203.0.113.7", JWT_SECRET))
    expect(ip_hash).not.toBe(hashIdentifier("ip:203.0.113.7", "medusa-rebates"))
  })

  it("rotating the key makes old hashes incomparable with new ones", () => {
    const before = visitorHashes(requestWith({ hash_secret: hashSecret }), "device-1")
    const after = visitorHashes(requestWith({ hash_secret: `${hashSecret}-rotated` }), "device-1")
    expect(after.device_hash).not.toBe(before.device_hash)
  })
})
