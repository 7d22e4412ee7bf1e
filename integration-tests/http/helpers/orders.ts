import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  beginClaimOrderWorkflow,
  beginExchangeOrderWorkflow,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  confirmClaimRequestWorkflow,
  confirmExchangeRequestWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  dismissItemReturnRequestWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  orderClaimItemWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import type { createStoreFixtures } from "./store-fixtures"

type Store = Awaited<ReturnType<typeof createStoreFixtures>>
type Items = { id: string; quantity: number }[]

const address = {
  first_name: "Ada",
  last_name: "Buyer",
  address_1: "1 Main St",
  city: "Austin",
  postal_code: "73301",
  country_code: "us",
}

type CartInput = {
  customer_id?: string
  email: string
  items: { variant_id: string; quantity: number }[]
}

/**
 * A real order through Medusa's own workflows: `prepareCart`, then `completeCartWorkflow` (which
 * emits `order.placed`).
 */
export async function placeOrder(container: MedusaContainer, store: Store, input: CartInput) {
  const cartId = await prepareCart(container, store, input)
  const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
  return readOrder(container, result.id)
}

/** A cart ready to complete: items, addresses, shipping method, system-provider payment session. */
export async function prepareCart(container: MedusaContainer, store: Store, input: CartInput) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.region.id,
      sales_channel_id: store.salesChannel.id,
      currency_code: "usd",
      customer_id: input.customer_id,
      email: input.email,
      shipping_address: address,
      billing_address: address,
      items: input.items,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: store.fulfillment!.shippingOptionId }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  return cart.id
}

export async function readOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "fulfillments.id",
      "payment_collections.payments.id",
      "returns.id",
      "returns.status",
    ],
    filters: { id: orderId },
  })
  return order as unknown as {
    id: string
    items: { id: string; variant_id: string; quantity: number }[]
    fulfillments: { id: string }[]
    payment_collections: { payments: { id: string }[] }[]
    returns: { id: string; status: string }[]
  }
}

export const lineOf = (order: { items: { id: string; variant_id: string }[] }, variantId: string) =>
  order.items.find((i) => i.variant_id === variantId)!.id

export async function capture(container: MedusaContainer, orderId: string) {
  const order = await readOrder(container, orderId)
  const payment = order.payment_collections[0].payments[0]
  await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  return payment.id
}

export async function refund(container: MedusaContainer, paymentId: string, amount: number) {
  await refundPaymentWorkflow(container).run({ input: { payment_id: paymentId, amount } })
}

/** Fulfils, ships and (optionally) marks delivered the given items; returns the fulfilment id. */
export async function fulfil(
  container: MedusaContainer,
  store: Store,
  orderId: string,
  items: Items,
  { ship = true, deliver = true } = {}
) {
  const before = new Set((await readOrder(container, orderId)).fulfillments.map((f) => f.id))
  await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: orderId, items, location_id: store.fulfillment!.locationId },
  })
  const fulfillmentId = (await readOrder(container, orderId)).fulfillments.find(
    (f) => !before.has(f.id)
  )!.id
  if (ship) {
    await createOrderShipmentWorkflow(container).run({
      input: { order_id: orderId, fulfillment_id: fulfillmentId, items },
    })
  }
  if (deliver) {
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({
      input: { orderId, fulfillmentId },
    })
  }
  return fulfillmentId
}

/** Requests a return of `items` (emits `order.return_requested`); returns the return's id. */
export async function requestReturn(
  container: MedusaContainer,
  store: Store,
  orderId: string,
  items: Items
) {
  const before = new Set((await readOrder(container, orderId)).returns.map((r) => r.id))
  await beginReturnOrderWorkflow(container).run({
    input: { order_id: orderId, location_id: store.fulfillment!.locationId },
  })
  const returnId = (await readOrder(container, orderId)).returns.find((r) => !before.has(r.id))!.id
  await requestItemReturnWorkflow(container).run({ input: { return_id: returnId, items } })
  await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
  return returnId
}

/** Receives the returned items, or with `damaged` dismisses them (emits `order.return_received`). */
export async function receiveReturn(
  container: MedusaContainer,
  returnId: string,
  items: Items,
  { damaged = false } = {}
) {
  await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
  const receive = damaged ? dismissItemReturnRequestWorkflow : receiveItemReturnRequestWorkflow
  await receive(container).run({ input: { return_id: returnId, items } })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
}

export async function cancelOrder(container: MedusaContainer, orderId: string) {
  await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
}

/**
 * An exchange: `items` come back (a return, received later with `receiveReturn`), `newItems` go
 * out. Confirming it emits `order.exchange_created`; returns the exchange's return id.
 */
export async function requestExchange(
  container: MedusaContainer,
  store: Store,
  orderId: string,
  items: Items,
  newItems: { variant_id: string; quantity: number }[]
) {
  const { result: change } = await beginExchangeOrderWorkflow(container).run({
    input: { order_id: orderId },
  })
  const exchangeId = change.exchange_id!
  const { result: preview } = await orderExchangeRequestItemReturnWorkflow(container).run({
    input: {
      exchange_id: exchangeId,
      return_id: undefined as unknown as string,
      location_id: store.fulfillment!.locationId,
      items,
    },
  })
  await orderExchangeAddNewItemWorkflow(container).run({
    input: { exchange_id: exchangeId, items: newItems },
  })
  await confirmExchangeRequestWorkflow(container).run({ input: { exchange_id: exchangeId } })
  return preview.order_change.return_id as string
}

/** A claim without a return (the customer keeps the item): emits `order.claim_created`. */
export async function claim(
  container: MedusaContainer,
  orderId: string,
  type: "refund" | "replace",
  items: Items
) {
  const { result: change } = await beginClaimOrderWorkflow(container).run({
    input: { order_id: orderId, type },
  })
  await orderClaimItemWorkflow(container).run({
    input: {
      claim_id: change.claim_id!,
      items: items.map((i) => ({ ...i, reason: "production_failure" as const })),
    },
  })
  await confirmClaimRequestWorkflow(container).run({ input: { claim_id: change.claim_id! } })
}
