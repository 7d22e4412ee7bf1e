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

type DemoProduct = {
  title: string
  handle: string
  collection: string
  category: string
  sizes: string[]
  price_usd: number
  price_eur: number
}

const apparel = (title: string, handle: string, collection: string, usd: number): DemoProduct => ({
  title,
  handle,
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
  usd: number
): DemoProduct => ({
  title,
  handle,
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
    apparel("Classic Tee", "classic-tee", "everyday-essentials", 20),
    apparel("Oxford Shirt", "oxford-shirt", "everyday-essentials", 49.99),
    apparel("Crew Sweatshirt", "crew-sweatshirt", "everyday-essentials", 39),
    apparel("Chino Trousers", "chino-trousers", "everyday-essentials", 59),
    accessory("Canvas Tote", "canvas-tote", "everyday-essentials", 26.99),
    accessory("Wool Socks", "wool-socks", "everyday-essentials", 12.5),
    apparel("Rain Shell", "rain-shell", "outdoor", 129),
    apparel("Fleece Jacket", "fleece-jacket", "outdoor", 89),
    apparel("Trail Shorts", "trail-shorts", "outdoor", 35),
    accessory("Daypack 20L", "daypack-20l", "outdoor", 75),
    accessory("Water Bottle", "water-bottle", "outdoor", 18),
    accessory("Sun Cap", "sun-cap", "outdoor", 22),
  ],
}
