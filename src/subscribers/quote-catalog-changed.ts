import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PricingEvents } from "@medusajs/framework/utils"
import { invalidateCatalog } from "../evaluation/cache/catalog"

/** Any change to what a quote reads from the catalog: the next quote reads it afresh. */
export default async function quoteCatalogChanged({ container }: SubscriberArgs) {
  await invalidateCatalog(container)
}

const catalogEvents = ["product", "product-variant", "product-category", "product-collection"]
  .concat(["product-type", "product-tag", "region"])
  .flatMap((entity) => ["created", "updated", "deleted"].map((action) => `${entity}.${action}`))

export const config: SubscriberConfig = {
  event: [...catalogEvents, ...Object.values(PricingEvents)],
  context: { subscriberId: "medusa-rebates-quote-catalog-changed" },
}
