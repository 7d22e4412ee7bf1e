import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { rebateIntegrationTestRunner } from "../http/helpers/runner"
import { adminHeaders } from "../http/helpers/auth"
import { errorResponse } from "../http/helpers/http"
import { createOrderSpecSetup } from "../http/helpers/store-fixtures"
import { expectNoDrift } from "./helpers/ledger"
import { faultsSizes } from "./helpers/scale"
import { BANK } from "./helpers/world"

jest.setTimeout(15 * 60 * 1000)

/**
 * Issue 19's parallel spend: N withdrawals and N redemptions (N = 200) race for one account with
 * a known available balance. Exactly the affordable number succeed, every other one is a 409 or
 * 400 and never a 5xx, and the balances equal the sums of the entries afterwards.
 */
rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { parallelRequests: n } = faultsSizes()
    let setup: Awaited<ReturnType<typeof createOrderSpecSetup>>
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let shopper: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      setup = await createOrderSpecSetup(container)
      admin = await adminHeaders(container)
      shopper = {
        headers: { ...setup.store.storeHeaders, authorization: setup.buyer.authorization },
      }
    })

    /** `amount` settled into the buyer's account (an accrual, then its settlement). */
    const fund = async (amount: string) => {
      const accrued = await setup.rebate.accrue({
        customer_id: setup.buyer.customer.id,
        currency_code: "usd",
        amount,
        idempotency_key: "parallel:fund",
      })
      await setup.rebate.settle({ pending_id: accrued.id, idempotency_key: "parallel:settle" })
    }
    const balances = async () => {
      const [a] = await setup.rebate.getBalances({ customer_id: setup.buyer.customer.id })
      return { available: Number(a.available), held: Number(a.held) }
    }
    /** `count` carts of the buyer (3 tees, 60.00), made a few at a time. */
    const carts = async (count: number) => {
      const ids: string[] = []
      while (ids.length < count) {
        const batch = Array.from({ length: Math.min(8, count - ids.length) }, () =>
          createCartWorkflow(getContainer()).run({
            input: {
              region_id: setup.store.region.id,
              sales_channel_id: setup.store.salesChannel.id,
              currency_code: "usd",
              customer_id: setup.buyer.customer.id,
              email: "buyer@example.com",
              items: [{ variant_id: setup.store.teeM.id, quantity: 3 }],
            },
          })
        )
        ids.push(...(await Promise.all(batch)).map(({ result }) => result.id))
      }
      return ids
    }
    const status = (p: Promise<{ status: number }>) =>
      p.then(
        (r) => r.status,
        (e) => errorResponse(e).status
      )
    const withdraw = (amount: string, i: number) =>
      status(
        api.post(
          "/store/customers/me/rebate-withdrawals",
          { currency_code: "usd", amount, provider_id: "manual", destination: BANK },
          { headers: { ...shopper.headers, "idempotency-key": `parallel-${i}` } }
        )
      )
    const redeem = (cartId: string, amount: string) =>
      status(api.post(`/store/carts/${cartId}/rebate-redemption`, { amount }, shopper))
    const tally = (statuses: number[]) =>
      statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {})

    it(`holds exactly what is affordable under ${n} parallel withdrawals`, async () => {
      // 73.50 in 0.75 withdrawals: 98 fit, 0.00 is left.
      await fund("73.50")
      const started = Date.now()
      const statuses = await Promise.all(Array.from({ length: n }, (_, i) => withdraw("0.75", i)))
      console.log(`${n} parallel withdrawals in ${Date.now() - started} ms:`, tally(statuses))
      expect(statuses.filter((s) => s === 201)).toHaveLength(98)
      expect(statuses.filter((s) => s !== 201 && s !== 409 && s !== 400)).toEqual([])
      expect(await balances()).toEqual({ available: 0, held: 73.5 })
      await expectNoDrift(api, admin)
    })

    it(`holds exactly what is affordable under ${n} redemptions and ${n} withdrawals at once`, async () => {
      // 150.00 and 2n requests of 1.00 each: 150 of them fit, whichever kind they are.
      await fund("150")
      const cartIds = await carts(n)
      const started = Date.now()
      const [redeemed, withdrawn] = await Promise.all([
        Promise.all(cartIds.map((id) => redeem(id, "1"))),
        Promise.all(Array.from({ length: n }, (_, i) => withdraw("1", i))),
      ])
      console.log(`${n} redemptions + ${n} withdrawals in ${Date.now() - started} ms:`, {
        redemptions: tally(redeemed),
        withdrawals: tally(withdrawn),
      })
      const ok =
        redeemed.filter((s) => s === 200).length + withdrawn.filter((s) => s === 201).length
      expect(ok).toEqual(150)
      const others = [...redeemed.filter((s) => s !== 200), ...withdrawn.filter((s) => s !== 201)]
      expect(others.filter((s) => s !== 409 && s !== 400)).toEqual([])
      expect(await balances()).toEqual({ available: 0, held: 150 })
      await expectNoDrift(api, admin)
    })
  },
})
