import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { buyerRewards, campaignBreakdown, sumAmounts } from "../../../../../quotes/buyer-quote"
import { loadCartForRebate } from "../../../../../evaluation/cart-facts"
import { evaluateFor } from "../../../../../evaluation/evaluate-for"
import { loggedInCustomerId } from "../../../rebates/customer"

/**
 * GET /store/carts/:id/rebate — what the shopper earns if they complete this cart now: on what each
 * line will actually cost (promotions applied, tax excluded).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const cart = await loadCartForRebate(req.scope, req.params.id)
  const {
    rewardSets: [rewards],
    campaigns,
  } = await evaluateFor(req.scope, {
    lineSets: [cart.lines],
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    sales_channel_id: cart.sales_channel_id,
    customer_id: cart.customer_id ?? loggedInCustomerId(req),
  })
  const mine = buyerRewards(rewards)
  res.json({
    rebate_estimate: {
      currency_code: cart.currency_code,
      amount: sumAmounts(mine),
      lines: cart.lines.map((line) => ({
        line_item_id: line.id,
        amount: mine
          .filter((r) => r.line_id === line.id)
          .reduce((acc, r) => MathBN.add(acc, r.amount), MathBN.convert(0))
          .toNumber(),
      })),
      campaigns: campaignBreakdown(mine, campaigns),
    },
  })
}
