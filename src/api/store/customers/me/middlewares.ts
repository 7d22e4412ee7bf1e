import { authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetRebateEntriesParams, StoreGetRebateRewardsParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

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
        defaults: [
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
        ],
        allowed: [
          "id",
          "type",
          "bucket_from",
          "bucket_to",
          "amount",
          "currency_code",
          "order_id",
          "reward_id",
          "campaign_id",
          "reason",
          "created_at",
        ],
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
]
