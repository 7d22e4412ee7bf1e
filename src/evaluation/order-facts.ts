import { MathBN } from "@medusajs/framework/utils"
import {
  FulfillmentFacts,
  OrderProgress,
  windowStart,
  type LineState,
  type SnapshotLine,
} from "../modules/rebate"
import { linePaid, PAID_LINE_FIELDS, PaidLineItem } from "./paid-lines"
import { productDimensions, ProductDimensionsRow } from "./product-dimensions"

type Amount = number | string | null | undefined

/** The fields of an order that rewards depend on, as `query.graph` returns them. */
export type OrderRecord = {
  id: string
  status: string
  is_draft_order?: boolean | null
  currency_code: string
  customer_id: string | null
  email?: string | null
  region_id: string | null
  sales_channel_id: string | null
  created_at: string | Date
  canceled_at?: string | Date | null
  items: (PaidLineItem & {
    quantity: number
    detail?: {
      fulfilled_quantity?: Amount
      return_requested_quantity?: Amount
      return_received_quantity?: Amount
      /** Received as damaged: returned all the same (Medusa's totals count them too). */
      return_dismissed_quantity?: Amount
    } | null
  })[]
  fulfillments?: {
    created_at: string | Date
    shipped_at?: string | Date | null
    delivered_at?: string | Date | null
    canceled_at?: string | Date | null
    items?: { line_item_id: string; quantity: Amount }[] | null
  }[]
  /** The cart the order was completed from (none for draft orders). */
  cart?: { id: string } | null
  /** Captured and refunded so far, as the order module records its payment transactions. */
  summary?: { paid_total?: Amount; refunded_total?: Amount } | null
  payment_collections?: {
    payments?: {
      captured_at?: string | Date | null
      refunds?: { amount: Amount }[] | null
    }[]
  }[]
}

/** The ordered products by id, with the fields campaign conditions look at. */
export type ProductFacts = Record<string, ProductDimensionsRow>

/** The order and its lines (the order module alone). */
export const ORDER_FIELDS = [
  "id",
  "status",
  "is_draft_order",
  "currency_code",
  "customer_id",
  "email",
  "region_id",
  "sales_channel_id",
  "created_at",
  "canceled_at",
  ...PAID_LINE_FIELDS,
  // An order line's quantity and price live on its versioned detail row (order edits change them).
  "items.detail.quantity",
  "items.detail.unit_price",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
  "items.detail.fulfilled_quantity",
  "summary.paid_total",
  "summary.refunded_total",
]

/** Fulfilments and payments, read through links to other modules (a second, parallel query). */
export const ORDER_LINKED_FIELDS = [
  "id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.refunds.amount",
]

const date = (d: string | Date | null | undefined) => (d ? new Date(d) : null)
const latest = (dates: (Date | null)[]) => {
  const times = dates.filter((d): d is Date => !!d).map((d) => d.getTime())
  return times.length ? new Date(Math.max(...times)) : null
}

/** Units back from the customer: received, or received as damaged (dismissed). */
const returnedUnits = (item: OrderRecord["items"][number]) =>
  Number(item.detail?.return_received_quantity ?? 0) +
  Number(item.detail?.return_dismissed_quantity ?? 0)

export function lineStates(order: OrderRecord): Record<string, LineState> {
  return Object.fromEntries(
    order.items.map((item) => [
      item.id,
      {
        quantity: Number(item.quantity),
        returned_quantity: returnedUnits(item),
        return_open_quantity: Number(item.detail?.return_requested_quantity ?? 0),
      },
    ])
  )
}

export function snapshotLines(order: OrderRecord, products: ProductFacts): SnapshotLine[] {
  return order.items.map((item) => {
    return {
      id: item.id,
      variant_id: item.variant_id,
      product_id: item.product_id,
      ...productDimensions(item.product_id ? products[item.product_id] : null),
      quantity: Number(item.quantity),
      paid_amount: linePaid(item).base,
    }
  })
}

export function refundedTotal(order: OrderRecord): string {
  let sum = MathBN.convert(0)
  for (const pc of order.payment_collections ?? []) {
    for (const payment of pc?.payments ?? []) {
      for (const refund of payment?.refunds ?? []) {
        sum = MathBN.add(sum, refund?.amount ?? 0)
      }
    }
  }
  return sum.toFixed()
}

export function fulfillmentFacts(order: OrderRecord): FulfillmentFacts[] {
  return (order.fulfillments ?? []).map((f) => ({
    created_at: new Date(f.created_at),
    shipped_at: date(f.shipped_at),
    delivered_at: date(f.delivered_at),
    canceled_at: date(f.canceled_at),
    items: (f.items ?? []).map((i) => ({
      line_item_id: i.line_item_id,
      quantity: Number(i.quantity),
    })),
  }))
}

export function orderProgress(order: OrderRecord): Omit<OrderProgress, "placed_at"> {
  const live = fulfillmentFacts(order).filter((f) => !f.canceled_at)
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? [])
  return {
    paid_at: latest(payments.map((p) => date(p?.captured_at))),
    shipped_at: latest(live.map((f) => f.shipped_at)),
    delivered_at: latest(live.map((f) => f.delivered_at)),
    canceled_at: order.status === "canceled" ? (date(order.canceled_at) ?? new Date()) : null,
  }
}

/** When the after-sales window starts: every unit kept is delivered (or fulfilled + delay). */
export function orderWindowStart(order: OrderRecord, fulfilledDelayDays: number | null) {
  const kept = Object.fromEntries(
    Object.entries(lineStates(order)).map(([id, l]) => [id, l.quantity - l.returned_quantity])
  )
  return windowStart(kept, fulfillmentFacts(order), fulfilledDelayDays)
}

/**
 * True when the order is as it was placed: not canceled, nothing captured, fulfilled, returned or
 * refunded. Syncing such an order writes only what a freshly recorded one already holds. Read from
 * the order module alone (fulfilled quantities, the payment summary), so that the run which
 * accrues a new order needs no read of its fulfilments and payments.
 */
export function isAsPlaced(order: OrderRecord): boolean {
  return (
    order.status !== "canceled" &&
    !order.canceled_at &&
    MathBN.eq(order.summary?.paid_total ?? 0, 0) &&
    MathBN.eq(order.summary?.refunded_total ?? 0, 0) &&
    order.items.every((i) => Number(i.detail?.fulfilled_quantity ?? 0) === 0) &&
    Object.values(lineStates(order)).every(
      (l) => l.returned_quantity === 0 && l.return_open_quantity === 0
    )
  )
}
