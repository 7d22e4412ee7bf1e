import Medusa from "@medusajs/js-sdk"
import { createRebatesClient } from "../client"
import { fakeSdk } from "./fake-sdk"

const body = {
  amount: 12.5,
  currency_code: "usd",
  provider_id: "manual",
  destination: { method: "bank_transfer", account_name: "Alice", account: "DE89370400440532" },
}

describe("withdrawals in the client", () => {
  it("lists a page of withdrawals with its filters", async () => {
    const withdrawal = { id: "rwd_1" }
    const { calls, rebates } = fakeSdk({
      rebate_withdrawals: [withdrawal],
      count: 21,
      offset: 20,
      limit: 20,
    })
    await expect(
      rebates.withdrawals({ status: ["requested", "approved"], currency_code: "usd", offset: 20 })
    ).resolves.toEqual({ items: [withdrawal], count: 21, offset: 20, limit: 20 })
    expect(calls).toEqual([
      {
        input: "/store/customers/me/rebate-withdrawals",
        init: {
          method: "GET",
          query: { status: ["requested", "approved"], currency_code: "usd", offset: 20 },
        },
      },
    ])
  })

  it("posts a withdrawal with its Idempotency-Key and unwraps the answer", async () => {
    const { calls, rebates } = fakeSdk({ rebate_withdrawal: { id: "rwd_1" } })
    await expect(rebates.requestWithdrawal(body, { idempotencyKey: "mrw_1" })).resolves.toEqual({
      id: "rwd_1",
    })
    expect(calls[0]).toEqual({
      input: "/store/customers/me/rebate-withdrawals",
      init: { method: "POST", body, headers: { "Idempotency-Key": "mrw_1" } },
    })
  })

  it("keeps the caller's headers beside the key, and sends no key header without one", async () => {
    const { calls, rebates } = fakeSdk({ rebate_withdrawal: {} })
    await rebates.requestWithdrawal(
      body,
      { idempotencyKey: "mrw_2" },
      { headers: { "x-forwarded-for": "203.0.113.7" }, cache: "no-store" }
    )
    await rebates.requestWithdrawal(body)
    expect(calls[0].init).toEqual({
      method: "POST",
      body,
      cache: "no-store",
      headers: { "x-forwarded-for": "203.0.113.7", "Idempotency-Key": "mrw_2" },
    })
    expect(calls[1].init).toEqual({ method: "POST", body })
  })

  it("lists the payout providers", async () => {
    const providers = [{ id: "manual", destination_fields: [] }]
    const { calls, rebates } = fakeSdk({ payout_providers: providers })
    await expect(rebates.payoutProviders()).resolves.toBe(providers)
    expect(calls[0]).toEqual({
      input: "/store/rebates/payout-providers",
      init: { method: "GET", query: {} },
    })
  })
})

describe("withdrawals over the real js-sdk", () => {
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

  it("sends the key header, the customer's token and the JSON body", async () => {
    answer = () => Response.json({ rebate_withdrawal: { id: "rwd_1" } }, { status: 201 })
    const rebates = await client()
    await expect(rebates.requestWithdrawal(body, { idempotencyKey: "mrw_3" })).resolves.toEqual({
      id: "rwd_1",
    })
    const [request] = requests
    expect(request.method).toBe("POST")
    expect(new URL(request.url).pathname).toBe("/store/customers/me/rebate-withdrawals")
    expect(request.headers.get("idempotency-key")).toBe("mrw_3")
    expect(request.headers.get("authorization")).toBe("Bearer jwt_1")
    expect(request.headers.get("x-publishable-api-key")).toBe("pk_test")
    expect(await request.json()).toEqual(body)
  })

  it("throws the store's refusal with its status and message", async () => {
    answer = () =>
      Response.json(
        { type: "conflict", message: "Insufficient available balance: 12.5 USD available" },
        { status: 409 }
      )
    const rebates = await client()
    await expect(rebates.requestWithdrawal({ ...body, amount: 99 })).rejects.toMatchObject({
      status: 409,
      message: "Insufficient available balance: 12.5 USD available",
    })
  })
})
