import Medusa from "@medusajs/js-sdk"
import { createRebatesClient, type RebatesClient } from "../client"
import { fakeSdk } from "./fake-sdk"

describe("createRebatesClient", () => {
  it("unwraps each GET route and sends its query", async () => {
    const table = [
      {
        run: (c: RebatesClient) => c.program(),
        path: "/store/rebates/program",
        query: {},
        envelope: "rebate_program",
      },
      {
        run: (c: RebatesClient) =>
          c.quote({ variant_id: "variant_1", region_id: "reg_1", quantity: 2 }),
        path: "/store/rebates/quote",
        query: { variant_id: "variant_1", region_id: "reg_1", quantity: 2 },
        envelope: "rebate_quote",
      },
      {
        run: (c: RebatesClient) =>
          c.quotes({ product_id: ["prod_1", "prod_2"], currency_code: "usd" }),
        path: "/store/rebates/quotes",
        query: { product_id: ["prod_1", "prod_2"], currency_code: "usd" },
        envelope: "rebate_quotes",
      },
      {
        run: (c: RebatesClient) => c.cartEstimate("cart_1"),
        path: "/store/carts/cart_1/rebate",
        query: {},
        envelope: "rebate_estimate",
      },
      {
        run: (c: RebatesClient) => c.orderRebate("order_1"),
        path: "/store/orders/order_1/rebate",
        query: {},
        envelope: "order_rebate",
      },
      {
        run: (c: RebatesClient) => c.accounts(),
        path: "/store/customers/me/rebate-accounts",
        query: {},
        envelope: "rebate_accounts",
      },
      {
        run: (c: RebatesClient) => c.referral({ url: "https://shop.test/p/1" }),
        path: "/store/customers/me/referral",
        query: { url: "https://shop.test/p/1" },
        envelope: "referral",
      },
    ]
    for (const { run, path, query, envelope } of table) {
      const body = { marker: envelope }
      const { calls, rebates } = fakeSdk({ [envelope]: body })
      await expect(run(rebates)).resolves.toBe(body)
      expect(calls).toEqual([{ input: path, init: { method: "GET", query } }])
    }
  })

  it("escapes ids in paths", async () => {
    const { calls, rebates } = fakeSdk({ rebate_estimate: {} })
    await rebates.cartEstimate("cart/../x?y")
    expect(calls[0].input).toBe("/store/carts/cart%2F..%2Fx%3Fy/rebate")
  })

  it("returns pages of entries and rewards with their counts", async () => {
    const entry = { id: "rle_1" }
    const { calls, rebates } = fakeSdk({
      rebate_entries: [entry],
      count: 51,
      offset: 50,
      limit: 50,
    })
    await expect(
      rebates.entries({
        type: ["settle", "accrue"],
        created_at: { $gte: "2026-01-01" },
        offset: 50,
      })
    ).resolves.toEqual({ items: [entry], count: 51, offset: 50, limit: 50 })
    expect(calls[0]).toEqual({
      input: "/store/customers/me/rebate-entries",
      init: {
        method: "GET",
        query: { type: ["settle", "accrue"], created_at: { $gte: "2026-01-01" }, offset: 50 },
      },
    })

    const order = { order_id: "order_1" }
    const rewards = fakeSdk({ rebate_rewards: [order], count: 1, offset: 0, limit: 20 })
    await expect(rewards.rebates.rewards({ order_id: "order_1" })).resolves.toEqual({
      items: [order],
      count: 1,
      offset: 0,
      limit: 20,
    })
    expect(rewards.calls[0].init.query).toEqual({ order_id: "order_1" })
  })

  it("filters invitees by level on the client (the route has no filter)", async () => {
    const list = [
      { level: 1, name: "A***" },
      { level: 2, name: "B***" },
    ]
    const { calls, rebates } = fakeSdk({ referral_invitees: list, count: 2 })
    await expect(rebates.invitees()).resolves.toEqual(list)
    await expect(rebates.invitees({ level: 2 })).resolves.toEqual([list[1]])
    expect(calls[1]).toEqual({
      input: "/store/customers/me/referral/invitees",
      init: { method: "GET", query: {} },
    })
  })

  it("posts the bodies of the write routes and unwraps their answers", async () => {
    const attach = fakeSdk({ rebate_referral: { code: "ANNA" } })
    await expect(attach.rebates.attachCartReferral("cart_1", "ANNA")).resolves.toEqual({
      code: "ANNA",
    })
    await attach.rebates.attachCartReferral("cart_1", { code: "ANNA", visit_id: "rvis_1" })
    expect(attach.calls.map((c) => [c.input, c.init])).toEqual([
      ["/store/carts/cart_1/rebate-referral", { method: "POST", body: { code: "ANNA" } }],
      [
        "/store/carts/cart_1/rebate-referral",
        { method: "POST", body: { code: "ANNA", visit_id: "rvis_1" } },
      ],
    ])

    const visit = fakeSdk({ referral_visit: { id: "rvis_1" } })
    const body = { code: "ANNA", landing_url: "https://shop.test/?ref=ANNA", device_id: "dev" }
    await expect(visit.rebates.recordReferralVisit(body)).resolves.toEqual({ id: "rvis_1" })
    expect(visit.calls[0]).toEqual({
      input: "/store/rebates/referral-visits",
      init: { method: "POST", body },
    })

    const bind = fakeSdk({ referral_binding: { code: "ANNA" } })
    await expect(bind.rebates.bindReferral("ANNA")).resolves.toEqual({ code: "ANNA" })
    expect(bind.calls[0]).toEqual({
      input: "/store/customers/me/referral/bind",
      init: { method: "POST", body: { code: "ANNA" } },
    })
  })

  it("passes init through and merges its query over the method's", async () => {
    const controller = new AbortController()
    const { calls, rebates } = fakeSdk({ rebate_quote: {} })
    await rebates.quote(
      { product_id: "prod_1", currency_code: "usd" },
      {
        headers: { "x-forwarded-for": "203.0.113.7" },
        cache: "no-store",
        signal: controller.signal,
        query: { fields: "x" },
      }
    )
    expect(calls[0].init).toEqual({
      method: "GET",
      headers: { "x-forwarded-for": "203.0.113.7" },
      cache: "no-store",
      signal: controller.signal,
      query: { product_id: "prod_1", currency_code: "usd", fields: "x" },
    })
  })

  it("asks for the poster as an image and returns its Blob", async () => {
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" })
    const { calls, rebates } = fakeSdk(
      new Response(png, { headers: { "content-type": "image/png" } })
    )
    const blob = await rebates.referralPoster({ product_id: "prod_1" }, { headers: { x: "1" } })
    expect(blob.type).toBe("image/png")
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]))
    expect(calls[0]).toEqual({
      input: "/store/customers/me/referral/poster.png",
      init: {
        method: "GET",
        query: { product_id: "prod_1" },
        headers: { accept: "image/png", x: "1" },
      },
    })
  })
})

describe("createRebatesClient over the real js-sdk", () => {
  const realFetch = global.fetch
  let requests: Request[] = []
  beforeEach(() => {
    requests = []
    global.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      requests.push(request)
      const poster = request.url.includes("poster.png")
      return poster
        ? new Response(new Uint8Array([1, 2, 3]), { headers: { "content-type": "image/png" } })
        : Response.json({ rebate_quotes: [{ product_id: "prod_1" }], referral_visit: { id: "v" } })
    }) as typeof fetch
  })
  afterEach(() => {
    global.fetch = realFetch
  })

  const sdk = () =>
    new Medusa({
      baseUrl: "http://api.test",
      publishableKey: "pk_test",
      auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    })

  it("builds the URL with the query string and the publishable key", async () => {
    const rebates = createRebatesClient(sdk())
    await expect(
      rebates.quotes({ product_id: ["prod_1", "prod_2"], region_id: "reg_1" })
    ).resolves.toEqual([{ product_id: "prod_1" }])
    const url = new URL(requests[0].url)
    expect(url.pathname).toBe("/store/rebates/quotes")
    expect(url.searchParams.getAll("product_id[0]")).toEqual(["prod_1"])
    expect(url.searchParams.getAll("product_id[1]")).toEqual(["prod_2"])
    expect(url.searchParams.get("region_id")).toBe("reg_1")
    expect(requests[0].headers.get("x-publishable-api-key")).toBe("pk_test")
  })

  it("sends JSON bodies and the customer's token", async () => {
    const medusa = sdk()
    await medusa.client.setToken("jwt_1")
    await createRebatesClient(medusa).recordReferralVisit({ code: "ANNA", device_id: "d" })
    expect(requests[0].method).toBe("POST")
    expect(requests[0].headers.get("authorization")).toBe("Bearer jwt_1")
    expect(await requests[0].json()).toEqual({ code: "ANNA", device_id: "d" })
  })

  it("gets the poster as a Blob, not parsed as JSON", async () => {
    const blob = await createRebatesClient(sdk()).referralPoster({ url: "https://shop.test/" })
    expect(requests[0].headers.get("accept")).toBe("image/png")
    expect(new URL(requests[0].url).searchParams.get("url")).toBe("https://shop.test/")
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
  })
})
