import { useQuery } from "@tanstack/react-query"
import { adminGet } from "../../lib/api"
import type { RebateAccount } from "../accounts/types"
import type { RebateReferral } from "../referrals/types"
import type { RebateOrder, RebateProductQuotes } from "./types"

/** What one unit of each variant earns per region, and the campaigns covering the product. */
export function useProductQuotes(productId: string | undefined) {
  return useQuery({
    queryKey: ["rebates", "product-quotes", productId],
    queryFn: () =>
      adminGet<{ rebate_product_quotes: RebateProductQuotes }>(
        `/admin/rebate-products/${encodeURIComponent(productId!)}/quotes`
      ).then((r) => r.rebate_product_quotes),
    enabled: !!productId,
  })
}

/** One order's rebate: rewards, progress, attribution and any sync failure. */
export function useRebateOrder(orderId: string | undefined) {
  return useQuery({
    queryKey: ["rebates", "order", orderId],
    queryFn: () =>
      adminGet<{ rebate_order: RebateOrder }>(
        `/admin/rebate-orders/${encodeURIComponent(orderId!)}`
      ).then((r) => r.rebate_order),
    enabled: !!orderId,
  })
}

/** A customer's rebate accounts (one per currency). */
export function useCustomerAccounts(customerId: string | undefined) {
  return useQuery({
    queryKey: ["rebates", "accounts", { customer_id: customerId }],
    queryFn: () =>
      adminGet<{ rebate_accounts: RebateAccount[] }>("/admin/rebate-accounts", {
        customer_id: customerId,
        limit: 50,
      }).then((r) => r.rebate_accounts),
    enabled: !!customerId,
  })
}

/** A customer's place in the referral tree: code, inviter and invitee counts. */
export function useCustomerReferral(customerId: string | undefined) {
  return useQuery({
    queryKey: ["rebates", "referral", customerId],
    queryFn: () =>
      adminGet<{ rebate_referral: RebateReferral }>(
        `/admin/rebate-referrals/${encodeURIComponent(customerId!)}`
      ).then((r) => r.rebate_referral),
    enabled: !!customerId,
  })
}
