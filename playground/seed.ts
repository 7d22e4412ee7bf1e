// Seeds the playground store once: `npm run dev` runs it through `medusa exec`. On a database that is
// already seeded it only brings the demo products' pictures and descriptions up to date (a store
// seeded before they existed, or a storefront on another URL) and reports the credentials again.
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createCustomerAccountWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateProductsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  bindRebateReferralWorkflow,
  createRebateCampaignsWorkflow,
  setRebateReferralCodeWorkflow,
} from "../src/workflows"
import {
  DEMO_CATALOG,
  DEMO_CUSTOMERS,
  DEMO_PROMOTER_CODE,
  DEMO_SALES_CHANNEL,
  playgroundAdmin,
  productImageUrl,
  storefrontUrl,
} from "./demo-data"
import { createShippingSetup } from "./shipping"

type Container = ExecArgs["container"]

export default async function seedPlayground({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannelModule.listSalesChannels({ name: DEMO_SALES_CHANNEL })

  if (existing) {
    logger.info("Playground already seeded; reusing its data.")
    const updated = await syncProductPresentation(container)
    if (updated) logger.info(`Updated the pictures of ${updated} demo products.`)
  } else {
    logger.info("Seeding the playground store (first run)...")
    await seedStore(container)
  }
  writeBanner(await readPublishableKey(container))
}

async function seedStore(container: Container) {
  const { result: salesChannels } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [{ name: DEMO_SALES_CHANNEL, description: "medusa-rebates demo" }],
    },
  })
  const salesChannel = salesChannels[0]

  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Rebates Demo Store",
        supported_currencies: [
          { currency_code: "usd", is_default: true },
          { currency_code: "eur" },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const { result: apiKeys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Playground storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKeys[0].id, add: [salesChannel.id] },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "United States",
          currency_code: "usd",
          countries: ["us"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "us", provider_id: "tp_system" }],
  })

  const { shippingProfileId } = await createShippingSetup(container, {
    regionId: regions[0].id,
    salesChannelId: salesChannel.id,
    locationName: "Demo warehouse",
  })
  await seedCatalog(container, salesChannel.id, shippingProfileId)
  await seedPeople(container)
  await seedRebates(container)
}

/** Two collections, two categories and a dozen products priced in USD and EUR. */
async function seedCatalog(
  container: Container,
  salesChannelId: string,
  shippingProfileId: string
) {
  const { result: collections } = await createCollectionsWorkflow(container).run({
    input: {
      collections: DEMO_CATALOG.collections.map((c) => ({ title: c.title, handle: c.handle })),
    },
  })
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: DEMO_CATALOG.categories.map((c) => ({
        name: c.name,
        handle: c.handle,
        is_active: true,
      })),
    },
  })
  const collectionId = (handle: string) => collections.find((c) => c.handle === handle)!.id
  const categoryId = (handle: string) => categories.find((c) => c.handle === handle)!.id

  await createProductsWorkflow(container).run({
    input: {
      products: DEMO_CATALOG.products.map((p) => ({
        title: p.title,
        handle: p.handle,
        description: p.description,
        thumbnail: productImageUrl(p.handle),
        images: [{ url: productImageUrl(p.handle) }],
        status: "published" as const,
        collection_id: collectionId(p.collection),
        category_ids: [categoryId(p.category)],
        shipping_profile_id: shippingProfileId,
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Size", values: p.sizes }],
        variants: p.sizes.map((size) => ({
          title: size,
          sku: `${p.handle}-${size}`.toUpperCase(),
          options: { Size: size },
          manage_inventory: false,
          prices: [
            { currency_code: "usd", amount: p.price_usd },
            { currency_code: "eur", amount: p.price_eur },
          ],
        })),
      })),
    },
  })
}

/**
 * The demo products' description, thumbnail and image as the catalog has them now; only products
 * that differ are written, so a second run changes nothing. Returns how many were updated.
 */
async function syncProductPresentation(container: Container) {
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts(
      { handle: DEMO_CATALOG.products.map((p) => p.handle) },
      { select: ["id", "handle", "description", "thumbnail"], relations: ["images"] }
    )
  const updates = products.flatMap((product) => {
    const demo = DEMO_CATALOG.products.find((p) => p.handle === product.handle)!
    const url = productImageUrl(demo.handle)
    const current = product.images?.map((image) => image.url) ?? []
    const same =
      product.thumbnail === url &&
      product.description === demo.description &&
      current.length === 1 &&
      current[0] === url
    return same
      ? []
      : [{ id: product.id, description: demo.description, thumbnail: url, images: [{ url }] }]
  })
  if (updates.length) {
    await updateProductsWorkflow(container).run({ input: { products: updates } })
  }
  return updates.length
}

/** The admin user and the demo customers, each able to log in with email and password. */
async function seedPeople(container: Container) {
  const auth = container.resolve(Modules.AUTH)
  const register = async (email: string, password: string) => {
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (error || !authIdentity) {
      throw new Error(`Could not register ${email}: ${error}`)
    }
    return authIdentity.id
  }

  const admin = playgroundAdmin()
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: await register(admin.email, admin.password),
      userData: { email: admin.email },
    },
  })
  for (const customer of DEMO_CUSTOMERS) {
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: await register(customer.email, customer.password),
        customerData: {
          email: customer.email,
          first_name: customer.first_name,
          last_name: customer.last_name,
        },
      },
    })
  }
}

/**
 * Demo campaigns (cashback, invite-a-friend, two-level commission) and a referral: Alice promotes
 * with the vanity code ALICE, Bob is bound to her. Through the plugin's own workflows.
 */
async function seedRebates(container: Container) {
  await createRebateCampaignsWorkflow(container).run({
    input: {
      campaigns: [
        {
          name: "5% cashback",
          type: "percentage",
          status: "active",
          reward: { type: "percentage", rate: "5" },
        },
        {
          name: "Invite a friend",
          type: "referral",
          status: "active",
          reward: { type: "referral", inviter_rate: "3", invitee_rate: "2", orders: "first" },
        },
        {
          name: "Promoter commission",
          type: "distribution",
          status: "active",
          reward: { type: "distribution", level1_rate: "5", level2_rate: "2" },
        },
      ],
    },
  })
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: DEMO_CUSTOMERS.map((c) => c.email) })
  const byEmail = new Map(customers.map((c) => [c.email, c.id]))
  const [promoter, buyer] = DEMO_CUSTOMERS.map((c) => byEmail.get(c.email)!)
  await setRebateReferralCodeWorkflow(container).run({
    input: { customer_id: promoter, code: DEMO_PROMOTER_CODE },
  })
  await bindRebateReferralWorkflow(container).run({
    input: { invitee_id: buyer, code: DEMO_PROMOTER_CODE, source: "bind" },
  })
}

async function readPublishableKey(container: Container) {
  const keys = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: "Playground storefront", type: "publishable" })
  const key = keys.find((k) => !k.revoked_at)
  return key?.token ?? "(none: the playground key was revoked)"
}

/** Written for `npm run dev`, which prints it once the server answers. */
function writeBanner(publishableKey: string) {
  const admin = playgroundAdmin()
  const server = `http://localhost:${process.env.PORT || 9000}`
  const lines = [
    `Admin:            ${server}/app`,
    `Admin login:      ${admin.email} / ${admin.password}`,
    `Publishable key:  ${publishableKey}`,
    `Customers:        ${DEMO_CUSTOMERS.map((c) => `${c.email} / ${c.password}`).join(", ")}`,
    `Try:              curl -H "x-publishable-api-key: ${publishableKey}" ${server}/store/rebates/program`,
    `Referral link:    ${storefrontUrl()}/?ref=${DEMO_PROMOTER_CODE} (Alice's code; Bob is bound to her)`,
  ]
  const target = process.env.PLAYGROUND_BANNER_FILE
  if (target) {
    fs.writeFileSync(target, lines.join("\n") + "\n")
  }
  console.log(lines.join("\n"))
}
