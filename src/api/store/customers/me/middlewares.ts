import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  StoreGetReferralParams,
  StoreGetReferralPosterParams,
  StorePostReferralBind,
} from "../../rebates/referral-validators"
import { StoreGetRebateEntriesParams, StoreGetRebateRewardsParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

// What a customer sees of a ledger line (no idempotency keys, actors or internal links).
const ENTRY_FIELDS = [
  "id",
  "type",
  "bucket_from",
  "bucket_to",
  "amount",
  "currency_code",
  "order_id",
  "campaign_id",
  "reason",
  "created_at",
]

export const storeCustomerRebateMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/rebate-accounts",
    middlewares: [customer],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/rebate-entries",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetRebateEntriesParams, {
        defaults: ENTRY_FIELDS,
        allowed: [...ENTRY_FIELDS, "reward_id"],
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/rebate-rewards",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetRebateRewardsParams, { isList: true, defaultLimit: 20 }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/referral",
    middlewares: [customer, validateAndTransformQuery(StoreGetReferralParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/referral/qr.svg",
    middlewares: [customer, validateAndTransformQuery(StoreGetReferralParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/referral/poster.png",
    middlewares: [customer, validateAndTransformQuery(StoreGetReferralPosterParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/referral/invitees",
    middlewares: [customer],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/referral/bind",
    middlewares: [customer, validateAndTransformBody(StorePostReferralBind)],
  },
]
