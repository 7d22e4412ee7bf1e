import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { rebateIntegrationTestRunner } from "./helpers/runner"
import { invalidateActiveCampaigns } from "../../src/evaluation/cache/active-campaigns"
import { ORDER_FIELDS, type OrderRecord } from "../../src/evaluation/order-facts"
import { assessRisk } from "../../src/evaluation/risk-facts"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { fulfil, prepareCart } from "./helpers/orders"
import { createLoggedInCustomer, createStoreFixtures } from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000
type Customer = Awaited<ReturnType<typeof createLoggedInCustomer>>

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreFixtures>>
    let rebate: RebateModuleService
    let admin: { headers: Record<string, string> }
    let promoter: Customer

    const as = (customer: Customer | null, ip?: string) => ({
      headers: {
        ...store.storeHeaders,
        ...(customer ? { authorization: customer.authorization } : {}),
        ...(ip ? { "x-forwarded-for": ip } : {}),
      },
    })
    const codeOf = async (customer: Customer) =>
      (await api.get("/store/customers/me/referral", as(customer))).data.referral.code as string

    beforeEach(async () => {
      const container = getContainer()
      await invalidateActiveCampaigns(container)
      store = await createStoreFixtures(container, { shipping: true })
      rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
      admin = await adminHeaders(container)
      promoter = await createLoggedInCustomer(container, "ada.lovelace@gmail.com")
      await api.post(
        "/admin/rebate-campaigns",
        {
          name: "Level 1: 10%",
          type: "distribution",
          status: "active",
          reward: { level1_rate: 10 },
        },
        admin
      )
    })

    /** A guest order through the promoter's link, from `ip` with `device`, paid and delivered. */
    const referredOrder = async (email: string, ip: string, device: string) => {
      const code = await codeOf(promoter)
      const { data: visit } = await api.post(
        "/store/rebates/referral-visits",
        { code, landing_url: "http://localhost:8000/", device_id: device },
        as(null, ip)
      )
      const cartId = await prepareCart(getContainer(), store, {
        email,
        items: [{ variant_id: store.teeM.id, quantity: 1 }],
      })
      await api.post(
        `/store/carts/${cartId}/rebate-referral`,
        { code, visit_id: visit.referral_visit.id },
        as(null, ip)
      )
      const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
      await eventually(async () =>
        expect((await rebate.listRebateRewards({ order_id: result.id })).length).toBe(1)
      )
      return result.id
    }
    const queue = async (query = "") =>
      (await api.get(`/admin/rebate-reviews${query}`, admin)).data as {
        rebate_reviews: {
          id: string
          order_id: string
          customer_id: string
          review_status: string
          status: string
          review_findings: { rule: string; beneficiary_id: string | null; evidence: object }[]
        }[]
        count: number
      }

    it("puts a self-referral by an e-mail variant on review, with hashed evidence, and settles it only once approved", async () => {
      const flagged = await referredOrder("adalovelace+deal@googlemail.com", "10.0.0.1", "dev-a")
      const normal = await referredOrder("grace@example.com", "10.0.0.2", "dev-b")

      const { rebate_reviews, count } = await queue()
      expect(count).toBe(1)
      const [review] = rebate_reviews
      expect(review).toMatchObject({
        order_id: flagged,
        customer_id: promoter.customer.id,
        review_status: "on_review",
        status: "pending",
      })
      expect(review.review_findings.map((f) => f.rule)).toEqual(["self_referral_email"])
      expect(review.review_findings[0].beneficiary_id).toBe(promoter.customer.id)
      const evidence = JSON.stringify(review.review_findings)
      expect(evidence).not.toMatch(/lovelace|googlemail|gmail/)
      expect((await queue("?rule=shared_ip")).count).toBe(0)
      expect((await queue(`?customer_id=${promoter.customer.id}`)).count).toBe(1)

      // Both orders delivered; past the window only the normal one settles.
      for (const orderId of [flagged, normal]) {
        const [line] = (await rebate.listRebateRewards({ order_id: orderId })).map(
          (r) => r.line_item_id
        )
        await fulfil(getContainer(), store, orderId, [{ id: line, quantity: 1 }])
      }
      const later = new Date(Date.now() + 30 * DAY)
      await eventually(async () => {
        await rebate.settleMaturedRewards({ now: later })
        const [n] = await rebate.listRebateRewards({ order_id: normal })
        expect(n.status).toBe("settled")
      })
      expect((await rebate.listRebateRewards({ order_id: flagged }))[0].status).toBe("pending")

      // Approved (twice: harmless), it settles on the next run.
      const approve = () =>
        api.post("/admin/rebate-reviews/approve", { ids: [review.id], reason: "checked" }, admin)
      expect((await approve()).data.results).toEqual([
        { id: review.id, ok: true, changed: true, review_status: "approved", status: "pending" },
      ])
      expect((await approve()).data.results[0]).toMatchObject({ ok: true, changed: false })
      await rebate.settleMaturedRewards({ now: later })
      expect((await rebate.listRebateRewards({ order_id: flagged }))[0].status).toBe("settled")
      // Rejecting it now is a 409 in its result; nothing moves.
      const { data } = await api.post(
        "/admin/rebate-reviews/reject",
        { ids: [review.id, "rrw_unknown"], reason: "too late" },
        admin
      )
      expect(data.results).toEqual([
        {
          id: review.id,
          ok: false,
          error: { status: 409, message: expect.stringMatching(/approved/) },
        },
        { id: "rrw_unknown", ok: false, error: { status: 404, message: expect.any(String) } },
      ])
      const { data: detail } = await api.get(`/admin/rebate-reviews/${review.id}`, admin)
      expect(detail.rebate_review.history.map((h: { decision: string }) => h.decision)).toEqual([
        "flagged",
        "approved",
      ])
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })

    it("rejecting voids the reward with the reason the promoter sees; refusals name the field", async () => {
      const orderId = await referredOrder("a.d.a.lovelace@gmail.com", "10.0.0.3", "dev-c")
      const [review] = (await queue()).rebate_reviews
      expect(review.order_id).toBe(orderId)
      const bad = await api
        .post("/admin/rebate-reviews/reject", { ids: [review.id] }, admin)
        .catch(errorResponse)
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/reason/)])
      expect(
        (await api.post("/admin/rebate-reviews/approve", { ids: [] }, admin).catch(errorResponse))
          .status
      ).toBe(400)
      expect(
        (await api.get("/admin/rebate-reviews?status=nope", admin).catch(errorResponse)).status
      ).toBe(400)

      const reject = () =>
        api.post(
          "/admin/rebate-reviews/reject",
          { ids: [review.id], reason: "Own purchase" },
          admin
        )
      expect((await reject()).data.results[0]).toMatchObject({
        ok: true,
        changed: true,
        status: "voided",
      })
      expect((await reject()).data.results[0]).toMatchObject({ ok: true, changed: false })
      const [reward] = await rebate.listRebateRewards({ order_id: orderId })
      expect(reward).toMatchObject({
        status: "voided",
        review_status: "rejected",
        review_reason: "Own purchase",
      })
      const voids = (await listEntries(rebate, { reward_id: reward.id, type: "void" }))[0]
      expect(voids.map((e) => e.amount)).toEqual([2])
      const [account] = await rebate.getBalances({ customer_id: promoter.customer.id })
      expect(account).toMatchObject({ pending: 0, available: 0 })
      expect((await queue()).count).toBe(0)
      expect((await queue("?status=rejected")).count).toBe(1)
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })

    it("farming: ten fresh accounts ordering through one promoter from one device end on review", async () => {
      const orders: string[] = []
      for (let i = 0; i < 10; i++) {
        const buyer = await createLoggedInCustomer(getContainer(), `farm${i}@example.com`)
        const code = await codeOf(promoter)
        const { data: visit } = await api.post(
          "/store/rebates/referral-visits",
          { code, landing_url: "http://localhost:8000/", device_id: "one-phone" },
          as(buyer, `10.1.0.${i + 1}`)
        )
        const cartId = await prepareCart(getContainer(), store, {
          customer_id: buyer.customer.id,
          email: `farm${i}@example.com`,
          items: [{ variant_id: store.teeM.id, quantity: 1 }],
        })
        await api.post(
          `/store/carts/${cartId}/rebate-referral`,
          { code, visit_id: visit.referral_visit.id },
          as(buyer, `10.1.0.${i + 1}`)
        )
        const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
        await eventually(async () =>
          expect((await rebate.listRebateRewards({ order_id: result.id })).length).toBe(1)
        )
        orders.push(result.id)
      }
      const rewards = await rebate.listRebateRewards({ order_id: orders })
      const onReview = rewards.filter((r) => r.review_status === "on_review")
      // Up to the threshold (3 fresh accounts from one device) they pass; past it, on review.
      expect(onReview.length).toBe(7)
      const rules = new Set(
        onReview.flatMap((r) =>
          (r.review_findings as unknown as { rule: string }[]).map((f) => f.rule)
        )
      )
      expect(rules.has("new_account_farming")).toBe(true)
      // All delivered and past the window: the three that passed settle, the seven wait.
      for (const r of rewards) {
        await fulfil(getContainer(), store, r.order_id, [{ id: r.line_item_id, quantity: 1 }])
      }
      await eventually(async () => {
        await rebate.settleMaturedRewards({ now: new Date(Date.now() + 365 * DAY) })
        const [account] = await rebate.getBalances({ customer_id: promoter.customer.id })
        expect(account).toMatchObject({ available: 6, pending: 14 })
      })
    })

    it("keeps visit data only as long as visit_retention_days says", async () => {
      const code = await codeOf(promoter)
      await api.post(
        "/store/rebates/referral-visits",
        { code, landing_url: "http://localhost:8000/", device_id: "dev-r" },
        as(null, "10.2.0.1")
      )
      const visits = await rebate.listRebateReferralVisits({ promoter_id: promoter.customer.id })
      expect(visits).toHaveLength(1)
      // Hashes only: neither the IP nor the device id is stored as given.
      expect(JSON.stringify(visits)).not.toMatch(/10\.2\.0\.1|dev-r/)
      expect(await rebate.purgeExpiredVisits({ now: new Date(Date.now() + 89 * DAY) })).toBe(0)
      await api.post("/admin/rebate-settings", { visit_retention_days: 30 }, admin)
      expect(await rebate.purgeExpiredVisits({ now: new Date(Date.now() + 31 * DAY) })).toBe(1)
      expect(await rebate.listRebateReferralVisits({ promoter_id: promoter.customer.id })).toEqual(
        []
      )
    })

    it("compares the cards paid with where the provider stores a fingerprint", async () => {
      const container = getContainer()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      // What a provider kept as the payment's data (Medusa's system provider keeps none): Stripe's
      // PaymentIntent with its latest charge or its payment method expanded.
      const setPaymentData = (orderId: string, data: object) =>
        pg("payment")
          .update({ data: JSON.stringify(data) })
          .whereIn(
            "payment_collection_id",
            pg("order_payment_collection")
              .select("payment_collection_id")
              .where({ order_id: orderId })
          )
      const charge = (fingerprint: string) => ({
        object: "payment_intent",
        latest_charge: { payment_method_details: { card: { fingerprint } } },
      })
      const ownCart = await prepareCart(container, store, {
        customer_id: promoter.customer.id,
        email: "ada.lovelace@gmail.com",
        items: [{ variant_id: store.teeM.id, quantity: 1 }],
      })
      const { result: own } = await completeCartWorkflow(container).run({ input: { id: ownCart } })
      const sameCard = await referredOrder("charles.babbage@example.com", "10.0.0.21", "dev-m")
      const otherCard = await referredOrder("mary.somerville@example.com", "10.0.0.22", "dev-n")
      await setPaymentData(own.id, charge("fp_ada_visa"))
      await setPaymentData(sameCard, charge("fp_ada_visa"))
      await setPaymentData(otherCard, { payment_method: { card: { fingerprint: "fp_mary_mc" } } })

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const assess = async (orderId: string) => {
        const settings = await rebate.retrieveSettings()
        const {
          data: [order],
        } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
        return assessRisk(
          container,
          order as unknown as OrderRecord,
          [promoter.customer.id],
          settings
        )
      }
      const findings = await assess(sameCard)
      expect(findings.map((f) => [f.rule, f.beneficiary_id])).toEqual([
        ["self_referral_payment", promoter.customer.id],
      ])
      expect(JSON.stringify(findings)).not.toContain("fp_ada")
      expect(await assess(otherCard)).toEqual([])

      // Switched off, the rule no longer trips.
      await api.post(
        "/admin/rebate-settings",
        { risk_rules_disabled: ["self_referral_payment"] },
        admin
      )
      expect(await assess(sameCard)).toEqual([])
    })
  },
})
