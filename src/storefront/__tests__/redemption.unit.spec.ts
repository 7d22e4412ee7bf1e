import Medusa from "@medusajs/js-sdk"
import { createRebatesClient } from "../client"
import { applyRebateRedemption, getRebateRedemption, removeRebateRedemption } from "../index"
import { fakeSdk } from "./fake-sdk"

const state = {
  rebate_redemption: {
    id: "rred_1",
    cart_id: "cart_1",
    currency_code: "usd",
    amount: 12.5,
    status: "held",
    expires_at: "2026-12-02T10:00:00.000Z",
  },
  currency_code: "usd",
  available: 7.5,
  applicable: 20,
  enabled: true,
  cart_total: 27.49,
}

describe("redemption in the client", () => {
  it("reads, applies and removes on the cart's route, answering the state as it comes", async () => {
    const { calls, rebates } = fakeSdk(state)
    await expect(rebates.getRebateRedemption("cart_1")).resolves.toBe(state)
    await expect(rebates.applyRebateRedemption("cart_1", "12.50")).resolves.toBe(state)
    await expect(rebates.removeRebateRedemption("cart_1")).resolves.toBe(state)
    const route = "/store/carts/cart_1/rebate-redemption"
    expect(calls).toEqual([
      { input: route, init: { method: "GET", query: {} } },
      { input: route, init: { method: "POST", body: { amount: "12.50" } } },
      { input: route, init: { method: "DELETE" } },
    ])
  })

  it("applies all it can without an amount, and keeps the caller's options", async () => {
    const { calls, rebates } = fakeSdk(state)
    await rebates.applyRebateRedemption("cart_1")
    await rebates.applyRebateRedemption("cart 2/x", 3, {
      headers: { "x-forwarded-for": "203.0.113.7" },
      cache: "no-store",
    })
    expect(calls[0].init).toEqual({ method: "POST", body: {} })
    expect(calls[1]).toEqual({
      input: "/store/carts/cart%202%2Fx/rebate-redemption",
      init: {
        method: "POST",
        body: { amount: 3 },
        headers: { "x-forwarded-for": "203.0.113.7" },
        cache: "no-store",
      },
    })
  })

  it("exports the same calls as functions over an sdk", async () => {
    const { calls } = fakeSdk(state)
    const sdk = {
      client: {
        fetch: async <T>(input: string, init?: object) => {
          calls.push({ input, init: init ?? {} })
          return state as T
        },
      },
    }
    const signal = new AbortController().signal
    await getRebateRedemption(sdk, "cart_1", { signal, query: { fields: "id" } })
    await applyRebateRedemption(sdk, "cart_1", 1.25)
    await removeRebateRedemption(sdk, "cart_1")
    expect(calls.map((c) => [c.init.method, c.input])).toEqual([
      ["GET", "/store/carts/cart_1/rebate-redemption"],
      ["POST", "/store/carts/cart_1/rebate-redemption"],
      ["DELETE", "/store/carts/cart_1/rebate-redemption"],
    ])
    expect(calls[0].init).toEqual({ method: "GET", signal, query: { fields: "id" } })
  })
})

describe("redemption over the real js-sdk", () => {
  const realFetch = global.fetch
  let requests: Request[] = []
  let answer: () => Response
  beforeEach(() => {
    requests = []
    global.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init))
      return answer()
    }) as typeof fetch
  })
  afterEach(() => {
    global.fetch = realFetch
  })

  const client = async () => {
    const sdk = new Medusa({
      baseUrl: "http://api.test",
      publishableKey: "pk_test",
      auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    })
    await sdk.client.setToken("jwt_1")
    return createRebatesClient(sdk)
  }

  it("sends the customer's token and the amount as JSON", async () => {
    answer = () => Response.json(state)
    const rebates = await client()
    await expect(rebates.applyRebateRedemption("cart_1", "12.50")).resolves.toEqual(state)
    await rebates.removeRebateRedemption("cart_1")
    const [post, del] = requests
    expect(post.method).toBe("POST")
    expect(new URL(post.url).pathname).toBe("/store/carts/cart_1/rebate-redemption")
    expect(post.headers.get("authorization")).toBe("Bearer jwt_1")
    expect(post.headers.get("x-publishable-api-key")).toBe("pk_test")
    expect(await post.json()).toEqual({ amount: "12.50" })
    expect(del.method).toBe("DELETE")
  })

  it("throws the store's refusal with its status and message", async () => {
    answer = () =>
      Response.json(
        { type: "not_allowed", message: "Insufficient available balance: 7.5 USD available" },
        { status: 409 }
      )
    const rebates = await client()
    await expect(rebates.applyRebateRedemption("cart_1", 99)).rejects.toMatchObject({
      status: 409,
      message: "Insufficient available balance: 7.5 USD available",
    })
  })
})
