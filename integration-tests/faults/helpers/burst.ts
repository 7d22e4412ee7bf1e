// A burst of real orders through the store API, many in flight, with some of them canceled,
// returned, refunded or delivered through the admin API right after, and what the playground's
// campaigns (playground/seed.ts) must have earned for them.
import type { RewardKey } from "./ledger-checks"
import type { StoreClient } from "./store-client"

export const PROMOTER_CODE = "ALICE"
export const CAMPAIGNS = {
  cashback: "5% cashback",
  referral: "Invite a friend",
  distribution: "Promoter commission",
}

export type Buyer = { email: string; token?: string; bound: boolean }
export type Line = { id: string; quantity: number }
export type Operation = "none" | "cancel" | "return" | "refund" | "deliver"
export type PlacedOrder = {
  id: string
  buyer: Buyer
  lines: Line[]
  operation: Operation
  /** When the store answered the cart's completion (ms since epoch, this machine's clock). */
  completedAt: number
}

/** Which admin operation follows order i: 1 in 20 each is canceled, returned, refunded, delivered. */
export function operationOf(i: number): Operation {
  return (
    (["cancel", "return", "refund", "deliver"] as const)[[3, 7, 11, 15].indexOf(i % 20)] ?? "none"
  )
}

/** `count` registered customers, each bound to Alice's code (Bob is bound by the seed). */
export async function registerBoundBuyers(client: StoreClient, count: number, tag: string) {
  const buyers: Buyer[] = []
  for (let i = 0; i < count; i++) {
    const email = `buyer-${tag}-${i}@faults.test`
    const token = await client.register(email, "supersecret")
    await client.bind(token, PROMOTER_CODE)
    buyers.push({ email, token, bound: true })
  }
  return buyers
}

export type BurstContext = {
  client: StoreClient
  regionId: string
  locationId: string
  variantIds: string[]
  buyers: Buyer[]
}

/** What every burst reads from the store first, and `buyers` bound buyers registered as `tag`. */
export async function burstContext(
  client: StoreClient,
  buyers: number,
  tag: string
): Promise<BurstContext> {
  return {
    client,
    regionId: await client.usRegionId(),
    locationId: await client.locationId(),
    variantIds: await client.variantIds(),
    buyers: await registerBoundBuyers(client, buyers, tag),
  }
}

/** Order i's buyer: every fourth a guest, the others the registered buyers in turn. */
function buyerOf(ctx: BurstContext, i: number, tag: string): Buyer {
  if (i % 4 === 0) return { email: `guest-${tag}-${i}@faults.test`, bound: false }
  return ctx.buyers[i % ctx.buyers.length]
}

/** One or two lines of 1 to 3 units of the seeded variants. */
function itemsOf(ctx: BurstContext, i: number) {
  const v = ctx.variantIds
  const items = [{ variant_id: v[i % v.length], quantity: (i % 3) + 1 }]
  if (i % 2 === 0) items.push({ variant_id: v[(i + 5) % v.length], quantity: 2 })
  return items
}

/** The admin operation of an order, right after it was placed (events may overtake each other). */
async function operate(ctx: BurstContext, order: PlacedOrder) {
  const { client, locationId } = ctx
  if (order.operation === "cancel") {
    await client.cancel(order.id)
    return
  }
  if (order.operation === "none") return
  const paymentId = await client.capture(order.id)
  if (order.operation === "refund") {
    await client.refund(paymentId, 1)
    return
  }
  const all = order.lines.map((l) => ({ id: l.id, quantity: l.quantity }))
  await client.fulfil(order.id, locationId, all, true)
  if (order.operation === "return") {
    await client.returnItems(order.id, locationId, [{ id: order.lines[0].id, quantity: 1 }])
  }
}

/**
 * Places orders `from` … `from + count - 1` with `concurrency` in flight, each followed by its
 * operation. `onPlaced` sees each order as soon as it exists (a fault can be timed on it).
 */
export async function placeBurst(
  ctx: BurstContext,
  opts: {
    from?: number
    count: number
    concurrency: number
    tag: string
    onPlaced?: (order: PlacedOrder, n: number) => void | Promise<void>
    /** No admin operations (a suite that breaks Redis must not repeat a refund it cannot see). */
    placeOnly?: boolean
    /** Keep trying an order that failed (a new cart each time) for this long: infrastructure down. */
    retryForMs?: number
  }
) {
  const from = opts.from ?? 0
  const placed: PlacedOrder[] = []
  let next = from
  let failedCheckouts = 0
  // One checkout per customer at a time: Medusa 2.21 creates a customer's payment account holder
  // on their first payment session, and two first sessions at once fail the second ("Account
  // holder … already exists"). A storefront customer checks out one cart at a time anyway.
  const busy = new Map<string, Promise<unknown>>()
  const oneCheckoutAtATime = <T>(email: string, run: () => Promise<T>) => {
    const turn = (busy.get(email) ?? Promise.resolve()).catch(() => {}).then(run)
    busy.set(email, turn)
    return turn
  }
  const started = Date.now()
  const lane = async () => {
    while (next < from + opts.count) {
      const i = next++
      const buyer = buyerOf(ctx, i, opts.tag)
      const order = await oneCheckoutAtATime(buyer.email, () =>
        retrying(
          opts.retryForMs ?? 0,
          () =>
            ctx.client.placeOrder({
              regionId: ctx.regionId,
              email: buyer.email,
              token: buyer.token,
              items: itemsOf(ctx, i),
            }),
          () => failedCheckouts++
        )
      )
      const entry: PlacedOrder = {
        id: order.id,
        buyer,
        lines: order.items.map((item: { id: string; quantity: number }) => ({
          id: item.id,
          quantity: item.quantity,
        })),
        operation: opts.placeOnly ? "none" : operationOf(i),
        completedAt: Date.now(),
      }
      placed.push(entry)
      await opts.onPlaced?.(entry, placed.length)
      await operate(ctx, entry)
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency }, lane))
  const seconds = (Date.now() - started) / 1000
  return { placed, seconds, ordersPerSecond: opts.count / seconds, failedCheckouts }
}

/** `run` again after each failure until `forMs` is over; the last failure is thrown. */
async function retrying<T>(forMs: number, run: () => Promise<T>, onFailure: () => void) {
  const until = Date.now() + forMs
  for (;;) {
    try {
      return await run()
    } catch (error) {
      onFailure()
      if (Date.now() > until) throw error
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
}

/**
 * The rewards the seeded campaigns owe, except the referral's: 5% cashback to the buyer on every
 * line, and the two-level commission's level 1 to Alice on every line of a buyer bound to her
 * (Alice has no inviter: no level 2). `customerOf` is each order's customer (guests included).
 */
export function expectedRewards(
  orders: { id: string; buyer: { bound: boolean } }[],
  customerOf: Map<string, { customer_id: string; lines: string[] }>,
  aliceId: string
): RewardKey[] {
  return orders.flatMap((order) => {
    const facts = customerOf.get(order.id)
    if (!facts) throw new Error(`order ${order.id} is not in the database`)
    return facts.lines.flatMap((line) => [
      {
        order_id: order.id,
        line_item_id: line,
        campaign: CAMPAIGNS.cashback,
        role: "buyer",
        customer_id: facts.customer_id,
      },
      ...(order.buyer.bound
        ? [
            {
              order_id: order.id,
              line_item_id: line,
              campaign: CAMPAIGNS.distribution,
              role: "level1",
              customer_id: aliceId,
            },
          ]
        : []),
    ])
  })
}

/** Half away from zero, to the cent: the module's rounding (DESIGN.md §2). */
export function roundCents(value: number) {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100
}
