// The demo store's data. Prices are in major units (Medusa 2 convention).

export const DEMO_SALES_CHANNEL = "Rebates Demo Store"

/** Admin credentials: overridable so a shared playground need not use the well-known default. */
export function playgroundAdmin() {
  return {
    email: process.env.PLAYGROUND_ADMIN_EMAIL || "admin@medusa-rebates.test",
    password: process.env.PLAYGROUND_ADMIN_PASSWORD || "supersecret",
  }
}

/** Alice's vanity promoter code in the playground. */
export const DEMO_PROMOTER_CODE = "ALICE"

export const DEMO_CUSTOMERS = [
  {
    email: "alice@example.com",
    password: "supersecret",
    first_name: "Alice",
    last_name: "Promoter",
  },
  { email: "bob@example.com", password: "supersecret", first_name: "Bob", last_name: "Buyer" },
]

/** Where the demo storefront runs (the plugin's referral links use the same variable). */
export function storefrontUrl() {
  return (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
}

/** A product's illustration, served by the demo storefront from playground/storefront/public. */
export function productImageUrl(handle: string) {
  return `${storefrontUrl()}/images/${handle}.svg`
}

type DemoProduct = {
  title: string
  handle: string
  description: string
  collection: string
  category: string
  sizes: string[]
  price_usd: number
  price_eur: number
}

const apparel = (
  title: string,
  handle: string,
  collection: string,
  usd: number,
  description: string
): DemoProduct => ({
  title,
  handle,
  description,
  collection,
  category: "apparel",
  sizes: ["S", "M", "L"],
  price_usd: usd,
  price_eur: Math.round(usd * 0.92 * 100) / 100,
})

const accessory = (
  title: string,
  handle: string,
  collection: string,
  usd: number,
  description: string
): DemoProduct => ({
  title,
  handle,
  description,
  collection,
  category: "accessories",
  sizes: ["One size"],
  price_usd: usd,
  price_eur: Math.round(usd * 0.92 * 100) / 100,
})

export const DEMO_CATALOG = {
  collections: [
    { title: "Everyday Essentials", handle: "everyday-essentials" },
    { title: "Outdoor", handle: "outdoor" },
  ],
  categories: [
    { name: "Apparel", handle: "apparel" },
    { name: "Accessories", handle: "accessories" },
  ],
  products: [
    apparel(
      "Classic Tee",
      "classic-tee",
      "everyday-essentials",
      20,
      "Soft organic cotton, a relaxed fit and a collar that keeps its shape."
    ),
    apparel(
      "Oxford Shirt",
      "oxford-shirt",
      "everyday-essentials",
      49.99,
      "A button-down in brushed oxford cloth, smart enough for the office."
    ),
    apparel(
      "Crew Sweatshirt",
      "crew-sweatshirt",
      "everyday-essentials",
      39,
      "Loopback cotton fleece with ribbed cuffs and hem."
    ),
    apparel(
      "Chino Trousers",
      "chino-trousers",
      "everyday-essentials",
      59,
      "Stretch twill chinos with a tapered leg."
    ),
    accessory(
      "Canvas Tote",
      "canvas-tote",
      "everyday-essentials",
      26.99,
      "Heavy canvas, long handles, room for the weekly shop."
    ),
    accessory(
      "Wool Socks",
      "wool-socks",
      "everyday-essentials",
      12.5,
      "Merino blend socks with a cushioned heel and toe."
    ),
    apparel(
      "Rain Shell",
      "rain-shell",
      "outdoor",
      129,
      "A packable waterproof shell with taped seams and a peaked hood."
    ),
    apparel(
      "Fleece Jacket",
      "fleece-jacket",
      "outdoor",
      89,
      "Warm recycled fleece with a stand-up collar and zip pockets."
    ),
    apparel(
      "Trail Shorts",
      "trail-shorts",
      "outdoor",
      35,
      "Quick-dry shorts with an elastic waist and a drawcord."
    ),
    accessory(
      "Daypack 20L",
      "daypack-20l",
      "outdoor",
      75,
      "A 20-litre pack with a padded back and a front organiser pocket."
    ),
    accessory(
      "Water Bottle",
      "water-bottle",
      "outdoor",
      18,
      "Insulated steel bottle that keeps drinks cold for 24 hours."
    ),
    accessory(
      "Sun Cap",
      "sun-cap",
      "outdoor",
      22,
      "A lightweight cap with a curved brim and a breathable crown."
    ),
  ],
}
