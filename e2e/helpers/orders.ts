import { env } from "./env"
import { adminApi, customerToken, storeApi, type Json } from "./http"

const address = {
  first_name: "Bob",
  last_name: "Buyer",
  address_1: "1 Main St",
  city: "Austin",
  postal_code: "73301",
  country_code: "us",
}

/** The seeded US region (USD, the system payment provider). */
export async function usRegion(): Promise<Json> {
  const { regions } = await storeApi().get("/store/regions", { limit: 50 })
  const region = regions.find((r: Json) => r.currency_code === "usd")
  if (!region) throw new Error("the playground has no USD region")
  return region
}

/** A seeded product by handle (playground/demo-data.ts), with its variants, through the admin API. */
export async function productByHandle(handle: string): Promise<Json> {
  const { products } = await adminApi.get("/admin/products", {
    handle,
    fields: "id,title,handle,*variants",
  })
  if (!products.length) throw new Error(`no product with handle ${handle}`)
  return products[0]
}

/**
 * A real order through the store API, as a storefront places it: a cart of the logged-in
 * customer (default Bob, who is bound to Alice), the first shipping option, a payment collection
 * with the system provider, completion (which emits `order.placed`).
 */
export async function placeOrder({
  items,
  customer = env.customers.bob,
}: {
  items: { variant_id: string; quantity: number }[]
  customer?: { email: string; password: string }
}): Promise<Json> {
  const store = storeApi(await customerToken(customer))
  const region = await usRegion()
  const { cart } = await store.post("/store/carts", {
    region_id: region.id,
    email: customer.email,
    items,
    shipping_address: address,
    billing_address: address,
  })
  const { shipping_options } = await store.get("/store/shipping-options", { cart_id: cart.id })
  if (!shipping_options.length) throw new Error(`no shipping option for cart ${cart.id}`)
  await store.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: shipping_options[0].id,
  })
  const { payment_collection } = await store.post("/store/payment-collections", {
    cart_id: cart.id,
  })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await store.post(`/store/carts/${cart.id}/complete`)
  if (completed.type !== "order") {
    throw new Error(`cart ${cart.id} was not completed: ${JSON.stringify(completed)}`)
  }
  return completed.order
}
