import { adminApi, eventually, type Json } from "./http"
import { placeOrder, productByHandle } from "./orders"

/**
 * An order by Bob (bound to Alice) whose rewards have accrued: the seeded campaigns pay Bob's
 * cashback and Alice's commission. Returns the order and GET /admin/rebate-orders/:id.
 */
export async function orderWithRewards(handle = "classic-tee", quantity = 2) {
  const product = await productByHandle(handle)
  const order = await placeOrder({ items: [{ variant_id: product.variants[0].id, quantity }] })
  // order.placed is handled asynchronously by the plugin's subscriber.
  const { rebate_order } = await eventually(
    () => adminApi.get(`/admin/rebate-orders/${order.id}`),
    (r: Json) => r.rebate_order.rewards.length > 0
  )
  if (!rebate_order.rewards.length) throw new Error(`order ${order.id} earned no reward`)
  return { order, product, rebateOrder: rebate_order as Json }
}

/** The seeded customer by email, through the admin API. */
export async function customerByEmail(email: string): Promise<Json> {
  const { customers } = await adminApi.get("/admin/customers", { email })
  if (!customers.length) throw new Error(`no customer ${email}`)
  return customers[0]
}
