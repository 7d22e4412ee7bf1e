import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { createShippingSetup } from "../../../playground/shipping"
import { invalidateActiveCampaigns } from "../../../src/evaluation/cache/active-campaigns"
import { REBATE_MODULE, type RebateModuleService } from "../../../src/modules/rebate"
import { signedBearer } from "./auth"

/**
 * A small store: a USD region with the system payment provider, a sales channel with its
 * publishable key, and products in a collection and a category.
 *  - tee: one variant at 20.00
 *  - mug: variants "S" 10.00 and "L" 30.00 (in category "kitchen")
 *  - socks: 26.99, in collection "essentials"
 */
export async function createStoreFixtures(
  container: MedusaContainer,
  { shipping = false }: { shipping?: boolean } = {}
) {
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "US",
          currency_code: "usd",
          countries: ["us"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Web" }] },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "web", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [salesChannel.id] },
  })
  const {
    result: [collection],
  } = await createCollectionsWorkflow(container).run({
    input: { collections: [{ title: "Essentials", handle: "essentials" }] },
  })
  const {
    result: [category],
  } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name: "Kitchen", handle: "kitchen", is_active: true }] },
  })

  const fulfillment = shipping
    ? await createShippingSetup(container, {
        regionId: region.id,
        salesChannelId: salesChannel.id,
        locationName: "Warehouse",
      })
    : null
  const product = (
    title: string,
    prices: Record<string, number>,
    extra: Record<string, unknown> = {}
  ) => ({
    title,
    status: "published" as const,
    sales_channels: [{ id: salesChannel.id }],
    ...(fulfillment && { shipping_profile_id: fulfillment.shippingProfileId }),
    options: [{ title: "Size", values: Object.keys(prices) }],
    variants: Object.entries(prices).map(([size, amount]) => ({
      title: `${title} ${size}`,
      sku: `${title}-${size}`.toUpperCase(),
      options: { Size: size },
      manage_inventory: false,
      prices: [{ amount, currency_code: "usd" }],
    })),
    ...extra,
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product("Tee", { M: 20 }),
        product("Mug", { S: 10, L: 30 }, { category_ids: [category.id] }),
        product("Socks", { One: 26.99 }, { collection_id: collection.id }),
      ],
    },
  })
  const byTitle = (title: string) => products.find((p) => p.title === title)!
  const variant = (title: string, size: string) =>
    byTitle(title).variants.find((v) => v.title === `${title} ${size}`)!

  return {
    region,
    salesChannel,
    fulfillment,
    collection,
    category,
    storeHeaders: { "x-publishable-api-key": key.token },
    tee: byTitle("Tee"),
    teeM: variant("Tee", "M"),
    mug: byTitle("Mug"),
    mugS: variant("Mug", "S"),
    mugL: variant("Mug", "L"),
    socks: byTitle("Socks"),
    socksOne: variant("Socks", "One"),
  }
}

/** A registered customer and the bearer token the storefront would hold for them. */
export async function createLoggedInCustomer(container: MedusaContainer, email: string) {
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ email, has_account: true })
  const authorization = await signedBearer(container, {
    type: "customer",
    id: customer.id,
    email,
  })
  return { customer, authorization }
}

/**
 * Where the order specs start: no campaign cached from an earlier test, a store that ships, a
 * logged-in buyer (buyer@example.com) and the Rebate module.
 */
export async function createOrderSpecSetup(container: MedusaContainer) {
  await invalidateActiveCampaigns(container)
  const store = await createStoreFixtures(container, { shipping: true })
  const buyer = await createLoggedInCustomer(container, "buyer@example.com")
  return { store, buyer, rebate: container.resolve<RebateModuleService>(REBATE_MODULE) }
}
