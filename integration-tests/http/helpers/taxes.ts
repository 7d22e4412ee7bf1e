import type { MedusaContainer } from "@medusajs/framework/types"
import { createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"

/** A `rate`% sales tax on everything shipped to the US (Medusa's system tax provider). */
export async function createUsSalesTax(container: MedusaContainer, rate: number) {
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "us",
        provider_id: "tp_system",
        default_tax_rate: { rate, code: "sales", name: "Sales tax" },
      },
    ],
  })
}
