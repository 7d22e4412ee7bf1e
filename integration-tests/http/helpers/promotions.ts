import type { MedusaContainer } from "@medusajs/framework/types"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"

/** An automatic store-wide `percent`% off items (AUTO10 for 10), applied to every new cart. */
export async function createAutomaticItemsPromotion(container: MedusaContainer, percent: number) {
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: `AUTO${percent}`,
          type: "standard",
          status: "active",
          is_automatic: true,
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: percent,
            currency_code: "usd",
          },
        },
      ],
    },
  })
}
