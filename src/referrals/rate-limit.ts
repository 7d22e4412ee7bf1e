import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type Redis from "ioredis"
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible"
import { REBATE_MODULE, type RebateModuleService, type ReferralRateLimits } from "../modules/rebate"

export type ReferralRateLimit = keyof ReferralRateLimits

const limiters = new Map<string, RateLimiterAbstract>()
const redisClients = new Map<string, Redis>()

/**
 * Per-IP request budget (a minute) of one anonymous referral route. With Redis configured
 * (`projectConfig.redisUrl`) the count is shared by every server process; a Redis outage falls
 * back to counting in this process rather than failing requests.
 */
function limiterFor(req: MedusaRequest, name: ReferralRateLimit): RateLimiterAbstract | null {
  const points = req.scope.resolve<RebateModuleService>(REBATE_MODULE).getReferralSettings()
    .rate_limits[name]
  if (!points) return null
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const redisUrl = projectConfig.redisUrl
  const cacheKey = `${name}:${points}:${redisUrl ?? ""}`
  let limiter = limiters.get(cacheKey)
  if (!limiter) {
    const options = { keyPrefix: `rebate_rl_${name}`, points, duration: 60 }
    const client = redisUrl ? redisClient(redisUrl, projectConfig.redisOptions) : null
    limiter = client
      ? new RateLimiterRedis({
          ...options,
          storeClient: client,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options)
    limiters.set(cacheKey, limiter)
  }
  return limiter
}

/** One client per URL; null when ioredis (an optional peer of @medusajs/framework) is missing. */
function redisClient(url: string, options: object | undefined): Redis | null {
  let client = redisClients.get(url)
  if (!client) {
    let RedisClient: typeof Redis
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      RedisClient = require("ioredis")
    } catch {
      return null
    }
    // No offline queue: while Redis is down a command fails at once and the insurance limiter counts.
    client = new RedisClient(url, { ...options, enableOfflineQueue: false })
    client.on("error", () => undefined) // the insurance limiter covers outages; ioredis reconnects
    redisClients.set(url, client)
  }
  return client
}

/**
 * Middleware: answers 429 with `Retry-After` once the caller's IP (`req.ip`, so Express's
 * `trust proxy` decides which X-Forwarded-For entry counts) has used the route's budget.
 */
export function referralRateLimit(name: ReferralRateLimit) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const limiter = limiterFor(req, name)
    if (!limiter) return next()
    try {
      await limiter.consume(req.ip ?? "unknown")
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection)
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({
        type: "not_allowed",
        code: "rate_limited",
        message: `Too many requests; try again in ${seconds} s`,
      })
      return
    }
    next()
  }
}
