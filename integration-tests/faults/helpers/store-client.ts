// The store and admin HTTP calls of an order's life (/work/shared/medusa-2.21-order-flow.md), for
// suites that drive a running store from outside, as a storefront and an admin would.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string
  ) {
    super(`${what} -> ${status} ${JSON.stringify(body)}`)
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const address = {
  first_name: "Faults",
  last_name: "Buyer",
  address_1: "1 Main St",
  city: "Austin",
  postal_code: "73301",
  country_code: "us",
}

export type StoreClient = ReturnType<typeof storeClient>

/**
 * A client of one running store. A refused connection or a 502/503 (a server restarting, Redis
 * reconnecting) is retried for up to `retryForMs`; an HTTP error is not.
 */
export function storeClient(baseUrl: string, publishableKey: string, retryForMs = 60_000) {
  let adminToken: Promise<string> | null = null

  async function request(method: string, path: string, body?: unknown, headers = {}) {
    const until = Date.now() + retryForMs
    for (;;) {
      let res: Response
      try {
        res = await fetch(baseUrl + path, {
          method,
          headers: { "content-type": "application/json", ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      } catch (error) {
        if (Date.now() < until) {
          await sleep(500)
          continue
        }
        throw error
      }
      if ((res.status === 502 || res.status === 503) && Date.now() < until) {
        await sleep(500)
        continue
      }
      const data = (await res.json().catch(() => ({}))) as Json
      if (!res.ok) throw new HttpError(res.status, data, `${method} ${path}`)
      return data
    }
  }

  const store = (token?: string) => ({
    "x-publishable-api-key": publishableKey,
    ...(token && { authorization: `Bearer ${token}` }),
  })
  const admin = async () => {
    adminToken ??= request("POST", "/auth/user/emailpass", {
      email: process.env.PLAYGROUND_ADMIN_EMAIL || "admin@medusa-rebates.test",
      password: process.env.PLAYGROUND_ADMIN_PASSWORD || "supersecret",
    }).then((r) => r.token as string)
    return { authorization: `Bearer ${await adminToken}` }
  }
  const adminGet = async (path: string) => request("GET", path, undefined, await admin())
  const adminPost = async (path: string, body: unknown = {}) =>
    request("POST", path, body, await admin())

  async function paymentId(orderId: string) {
    const { order } = await adminGet(
      `/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`
    )
    const payment = order.payment_collections?.[0]?.payments?.[0]
    if (!payment) throw new Error(`order ${orderId} has no payment`)
    return payment.id as string
  }

  return {
    request,
    /** A customer's bearer token, logging in with emailpass. */
    async login(email: string, password: string) {
      return (await request("POST", "/auth/customer/emailpass", { email, password })).token
    },
    /** Registers a customer (auth identity, then the customer) and logs them in. */
    async register(email: string, password: string) {
      const { token } = await request("POST", "/auth/customer/emailpass/register", {
        email,
        password,
      })
      await request(
        "POST",
        "/store/customers",
        { email, first_name: "F", last_name: "B" },
        {
          ...store(token),
        }
      )
      return (await request("POST", "/auth/customer/emailpass", { email, password })).token
    },
    /** Binds the logged-in customer to a promoter's code. */
    bind: (token: string, code: string) =>
      request("POST", "/store/customers/me/referral/bind", { code }, store(token)),
    async usRegionId() {
      const { regions } = await request("GET", "/store/regions?limit=50", undefined, store())
      return regions.find((r: Json) => r.currency_code === "usd").id as string
    },
    /** Every published variant id (the seeded catalog). */
    async variantIds() {
      const { products } = await request(
        "GET",
        "/store/products?limit=100&fields=id,*variants",
        undefined,
        store()
      )
      return products.flatMap((p: Json) => p.variants.map((v: Json) => v.id as string))
    },
    /**
     * A storefront's checkout: cart with items and addresses, the cart's shipping option, a
     * payment collection and a system-provider session, then completion (`order.placed`).
     */
    async placeOrder(input: {
      regionId: string
      email: string
      token?: string
      items: { variant_id: string; quantity: number }[]
    }) {
      const h = store(input.token)
      const { cart } = await request(
        "POST",
        "/store/carts",
        {
          region_id: input.regionId,
          email: input.email,
          items: input.items,
          shipping_address: address,
          billing_address: address,
        },
        h
      )
      const { shipping_options } = await request(
        "GET",
        `/store/shipping-options?cart_id=${cart.id}`,
        undefined,
        h
      )
      const option = shipping_options.find((o: Json) => o.amount != null) ?? shipping_options[0]
      await request("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, h)
      const { payment_collection } = await request(
        "POST",
        "/store/payment-collections",
        { cart_id: cart.id },
        h
      )
      await request(
        "POST",
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        h
      )
      const completed = await request("POST", `/store/carts/${cart.id}/complete`, {}, h)
      if (completed.type !== "order") {
        throw new Error(`cart ${cart.id} was not completed: ${JSON.stringify(completed)}`)
      }
      return completed.order as Json
    },
    async locationId() {
      const { stock_locations } = await adminGet("/admin/stock-locations?limit=10")
      return stock_locations[0].id as string
    },
    cancel: (orderId: string) => adminPost(`/admin/orders/${orderId}/cancel`),
    async capture(orderId: string) {
      const id = await paymentId(orderId)
      await adminPost(`/admin/payments/${id}/capture`)
      return id
    },
    refund: (paymentIdValue: string, amount: number) =>
      adminPost(`/admin/payments/${paymentIdValue}/refund`, { amount }),
    /** Fulfils the items; with `deliver`, also marks the fulfilment delivered. */
    async fulfil(
      orderId: string,
      locationId: string,
      items: { id: string; quantity: number }[],
      deliver = false
    ) {
      const { order } = await adminPost(
        `/admin/orders/${orderId}/fulfillments?fields=id,*fulfillments`,
        { items, location_id: locationId }
      )
      const fulfillment = order.fulfillments[order.fulfillments.length - 1]
      if (deliver) {
        await adminPost(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/mark-as-delivered`)
      }
      return fulfillment.id as string
    },
    /** The admin's return flow: request the items, then receive them (`return_received`). */
    async returnItems(
      orderId: string,
      locationId: string,
      items: { id: string; quantity: number }[]
    ) {
      const { return: ret } = await adminPost("/admin/returns", {
        order_id: orderId,
        location_id: locationId,
      })
      await adminPost(`/admin/returns/${ret.id}/request-items`, { items })
      await adminPost(`/admin/returns/${ret.id}/request`)
      await adminPost(`/admin/returns/${ret.id}/receive`)
      await adminPost(`/admin/returns/${ret.id}/receive-items`, { items })
      await adminPost(`/admin/returns/${ret.id}/receive/confirm`)
      return ret.id as string
    },
    /** POST /admin/rebate-ledger/verify: every balance recomputed from its entries. */
    verifyLedger: () => adminPost("/admin/rebate-ledger/verify"),
  }
}
