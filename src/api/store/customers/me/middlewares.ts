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
import {
  STORE_ENTRY_FIELDS,
  StoreGetRebateEntriesParams,
  StoreGetRebateRewardsParams,
} from "./validators"
import {
  StoreGetRebateWithdrawalsParams,
  StorePostRebateWithdrawal,
} from "./rebate-withdrawals/validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeCustomerRebateMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/customers/me/rebate-withdrawals",
    middlewares: [customer, validateAndTransformBody(StorePostRebateWithdrawal)],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/rebate-withdrawals",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetRebateWithdrawalsParams, {
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/rebate-accounts",
    middlewares: [customer],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/rebate-entries",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetRebateEntriesParams, {
        defaults: STORE_ENTRY_FIELDS,
        allowed: [...STORE_ENTRY_FIELDS, "reward_id"],
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/rebate-rewards",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetRebateRewardsParams, { isList: true, defaultLimit: 20 }),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/referral",
    middlewares: [customer, validateAndTransformQuery(StoreGetReferralParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/referral/qr.svg",
    middlewares: [customer, validateAndTransformQuery(StoreGetReferralParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/referral/poster.png",
    middlewares: [customer, validateAndTransformQuery(StoreGetReferralPosterParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/referral/invitees",
    middlewares: [customer],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/referral/bind",
    middlewares: [customer, validateAndTransformBody(StorePostReferralBind)],
  },
]
