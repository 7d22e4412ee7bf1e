import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebateIntegrationTestRunner } from "./helpers/runner"
import { Resvg } from "@resvg/resvg-js"
import jsQR from "jsqr"
import {
  REBATE_MODULE,
  type BindReferralInput,
  type RebateModuleService,
} from "../../src/modules/rebate"
import { invalidateActiveCampaigns } from "../../src/evaluation/cache/active-campaigns"
import { posterSvg } from "../../src/referrals/poster"
import { bindRebateReferralStep } from "../../src/workflows/referrals/steps/bind-rebate-referral"
import {
  changeRebateReferralBindingStep,
  ChangeReferralBindingInput,
} from "../../src/workflows/referrals/steps/change-rebate-referral-binding"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { capture, fulfil, lineOf, placeOrder, prepareCart, readOrder } from "./helpers/orders"
import { createLoggedInCustomer, createStoreFixtures } from "./helpers/store-fixtures"
import { Modules } from "@medusajs/framework/utils"
import {
  completeCartWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"

jest.setTimeout(180 * 1000)

type Customer = Awaited<ReturnType<typeof createLoggedInCustomer>>

/** Decodes the QR code in an image: SVG text, or PNG bytes (drawn through an SVG <image>). */
const decodeQr = (image: string | Buffer) => {
  const svg =
    typeof image === "string"
      ? image
      : `<svg xmlns="http://www.w3.org/2000/svg" width="${pngSize(image).width}" height="${pngSize(image).height}"><image width="100%" height="100%" href="data:image/png;base64,${image.toString("base64")}"/></svg>`
  const rendered = new Resvg(svg, { fitTo: { mode: "width", value: 600 } }).render()
  return jsQR(new Uint8ClampedArray(rendered.pixels), rendered.width, rendered.height)?.data
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
const pngSize = (bytes: Buffer) => {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR")
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

// A step after the binding fails: the workflow's compensation must undo the binding.
const failStep = createStep("test-referral-forced-failure", async () => {
  throw new Error("forced failure after the binding")
})
const bindThenFail = createWorkflow("test-bind-referral-then-fail", (input: BindReferralInput) => {
  bindRebateReferralStep(input)
  failStep()
  return new WorkflowResponse(undefined)
})
const changeThenFail = createWorkflow(
  "test-change-referral-then-fail",
  (input: ChangeReferralBindingInput) => {
    changeRebateReferralBindingStep(input)
    failStep().config({ name: "test-referral-forced-failure-2" })
    return new WorkflowResponse(undefined)
  }
)

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreFixtures>>
    let rebate: RebateModuleService
    let admin: { headers: Record<string, string> }
    let root: Customer // level 2
    let promoter: Customer // level 1, invited by root
    let buyer: Customer

    // `ip`: the client address as a proxy reports it (Medusa trusts one X-Forwarded-For hop), so
    // that each test has its own rate-limit budget and visit de-duplication.
    const as = (customer: Customer | null, ip?: string) => ({
      headers: {
        ...store.storeHeaders,
        ...(customer ? { authorization: customer.authorization } : {}),
        ...(ip ? { "x-forwarded-for": ip } : {}),
      },
    })
    const codeOf = async (customer: Customer) =>
      (await api.get("/store/customers/me/referral", as(customer))).data.referral.code as string
    const rewardsOf = async (orderId: string) =>
      (await rebate.listRebateRewards({ order_id: orderId }))
        .map((r) => [r.beneficiary_role, r.customer_id, Number(r.amount)])
        .sort()
    const tee = (quantity = 1) => [{ variant_id: store.teeM.id, quantity }]

    beforeEach(async () => {
      const container = getContainer()
      await invalidateActiveCampaigns(container)
      store = await createStoreFixtures(container, { shipping: true })
      rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
      admin = await adminHeaders(container)
      root = await createLoggedInCustomer(container, "root@example.com")
      promoter = await createLoggedInCustomer(container, "promoter@example.com")
      buyer = await createLoggedInCustomer(container, "buyer@example.com")
      await api.post(
        "/store/customers/me/referral/bind",
        { code: await codeOf(root) },
        as(promoter)
      )
      await api.post(
        "/admin/rebate-campaigns",
        {
          name: "Distribution 10% / 5%",
          type: "distribution",
          status: "active",
          reward: { level1_rate: 10, level2_rate: 5 },
        },
        admin
      )
    })

    it("visit → cart → order: attributes the order and credits level 1 and level 2", async () => {
      const code = await codeOf(promoter)
      const { data: visit } = await api.post(
        "/store/rebates/referral-visits",
        {
          code: code.toLowerCase(),
          landing_url: "http://localhost:8000/products/tee",
          device_id: "dev-1",
        },
        as(null)
      )
      expect(visit.referral_visit).toMatchObject({ id: expect.any(String), code })
      const expires = new Date(visit.referral_visit.expires_at).getTime()
      expect(expires - Date.now()).toBeGreaterThan(29.9 * 86_400_000) // 30-day default window

      const cartId = await prepareCart(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: tee(),
      })
      const { data } = await api.post(
        `/store/carts/${cartId}/rebate-referral`,
        { code, visit_id: visit.referral_visit.id },
        as(buyer)
      )
      expect(data.rebate_referral).toMatchObject({ cart_id: cartId, code, replaced: true })

      const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
      await eventually(async () => expect((await rewardsOf(result.id)).length).toBe(2))
      // 20.00 paid: level 1 earns 10% (2.00), level 2 (the promoter's inviter) 5% (1.00).
      expect(await rewardsOf(result.id)).toEqual(
        [
          ["level1", promoter.customer.id, 2],
          ["level2", root.customer.id, 1],
        ].sort()
      )
      const [order] = await rebate.listRebateOrders({ order_id: result.id })
      expect(order).toMatchObject({
        level1_id: promoter.customer.id,
        level2_id: root.customer.id,
        level1_source: "attribution",
      })
      const [attribution] = await rebate.listRebateAttributions({ cart_id: cartId })
      expect(attribution.order_id).toBe(result.id)

      // The promoter's dashboard: stats, and the buyer as... not an invitee (attributed, not bound).
      const { data: mine } = await api.get("/store/customers/me/referral", as(promoter))
      expect(mine.referral.stats).toEqual({
        invitees: 0,
        level2_invitees: 0,
        orders: 1,
        visits: 1,
        pending_amount: [{ currency_code: "usd", amount: 2 }],
        settled_amount: [{ currency_code: "usd", amount: 0 }],
      })
      expect(mine.referral.inviter).toMatchObject({ email: "r***@example.com" })
      const { data: rootView } = await api.get("/store/customers/me/referral", as(root))
      expect(rootView.referral.stats).toMatchObject({ invitees: 1, orders: 1 })
      expect(rootView.referral.stats.pending_amount).toEqual([{ currency_code: "usd", amount: 1 }])

      // Delivered and past the after-sales window: the promoters' earnings are settled.
      await capture(getContainer(), result.id)
      const placed = await readOrder(getContainer(), result.id)
      await fulfil(getContainer(), store, result.id, [
        { id: lineOf(placed, store.teeM.id), quantity: 1 },
      ])
      await eventually(async () =>
        expect(
          (await rebate.listRebateRewards({ order_id: result.id }))[0].settles_at
        ).not.toBeNull()
      )
      await rebate.settleMaturedRewards({ now: new Date(Date.now() + 30 * 86_400_000) })
      const { data: settled } = await api.get("/store/customers/me/referral", as(promoter))
      expect(settled.referral.stats).toMatchObject({
        pending_amount: [{ currency_code: "usd", amount: 0 }],
        settled_amount: [{ currency_code: "usd", amount: 2 }],
      })
    })

    it("a bound buyer's orders credit their inviter as level 1 and the referral campaign's inviter and invitee", async () => {
      await api.post(
        "/admin/rebate-campaigns",
        {
          name: "Invite a friend",
          type: "referral",
          status: "active",
          reward: { inviter_rate: 3, invitee_rate: 2, orders: "first" },
        },
        admin
      )
      const { data } = await api.post(
        "/store/customers/me/referral/bind",
        { code: await codeOf(promoter) },
        as(buyer)
      )
      expect(data.referral_binding).toMatchObject({ expires_at: null })
      // The product page now shows the invitee's own referral reward (2% of 20.00) to the buyer.
      const quote = async (customer: Customer | null) =>
        (
          await api.get(
            `/store/rebates/quote?variant_id=${store.teeM.id}&region_id=${store.region.id}`,
            as(customer)
          )
        ).data.rebate_quote
      expect(await quote(buyer)).toMatchObject({ amount: 0.4 })
      expect(await quote(null)).toMatchObject({ amount: 0 })
      const order = await placeOrder(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: tee(),
      })
      await eventually(async () => expect((await rewardsOf(order.id)).length).toBe(4))
      expect(await rewardsOf(order.id)).toEqual(
        [
          ["inviter", promoter.customer.id, 0.6],
          ["invitee", buyer.customer.id, 0.4],
          ["level1", promoter.customer.id, 2],
          ["level2", root.customer.id, 1],
        ].sort()
      )
      const { data: invitees } = await api.get("/store/customers/me/referral/invitees", as(root))
      // Root sees the promoter (level 1) and the buyer (level 2), masked, with contributions.
      expect(invitees.referral_invitees).toEqual([
        expect.objectContaining({
          level: 1,
          email: "p***@example.com",
          contribution: { pending_amount: [], settled_amount: [] },
        }),
        expect.objectContaining({
          level: 2,
          email: "b***@example.com",
          contribution: {
            pending_amount: [{ currency_code: "usd", amount: 1 }],
            settled_amount: [{ currency_code: "usd", amount: 0 }],
          },
        }),
      ])
    })

    it("refuses self-referral and expired attribution with a reason, and binding twice", async () => {
      const code = await codeOf(promoter)
      const selfVisit = await api
        .post("/store/rebates/referral-visits", { code }, as(promoter))
        .catch(errorResponse)
      expect(selfVisit.status).toBe(400)
      expect(selfVisit.data).toMatchObject({ code: "self_referral" })

      const ownCart = await prepareCart(getContainer(), store, {
        customer_id: promoter.customer.id,
        email: "promoter@example.com",
        items: tee(),
      })
      const selfCart = await api
        .post(`/store/carts/${ownCart}/rebate-referral`, { code }, as(promoter))
        .catch(errorResponse)
      expect(selfCart.status).toBe(400)
      expect(selfCart.data).toMatchObject({ code: "self_referral" })
      // A guest cart with the promoter's own e-mail address is the promoter too. (Medusa puts a
      // registered customer's account on a cart made with their address, so this guest record
      // is what a storefront has when the promoter once checked out as a guest.)
      const guest = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "promoter@example.com", has_account: false })
      const guestCart = await prepareCart(getContainer(), store, {
        customer_id: guest.id,
        email: "PROMOTER@example.com",
        items: tee(),
      })
      const selfGuest = await api
        .post(`/store/carts/${guestCart}/rebate-referral`, { code }, as(null))
        .catch(errorResponse)
      expect(selfGuest.data).toMatchObject({ code: "self_referral" })

      const { data: visit } = await api.post("/store/rebates/referral-visits", { code }, as(null))
      await rebate.updateRebateReferralVisits({
        id: visit.referral_visit.id,
        expires_at: new Date(Date.now() - 1000),
      })
      const cartId = await prepareCart(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: tee(),
      })
      const expired = await api
        .post(
          `/store/carts/${cartId}/rebate-referral`,
          { code, visit_id: visit.referral_visit.id },
          as(buyer)
        )
        .catch(errorResponse)
      expect(expired.status).toBe(400)
      expect(expired.data).toMatchObject({ code: "attribution_expired" })

      const unknown = await api
        .post(`/store/carts/${cartId}/rebate-referral`, { code: "NOSUCH22" }, as(buyer))
        .catch(errorResponse)
      expect(unknown.status).toBe(404)
      expect(unknown.data).toMatchObject({ code: "unknown_code" })

      const selfBind = await api
        .post("/store/customers/me/referral/bind", { code }, as(promoter))
        .catch(errorResponse)
      // The promoter is already bound to root: binding again is refused before anything else.
      expect(selfBind.status).toBe(409)
      expect(selfBind.data).toMatchObject({ code: "already_bound" })
      const cycle = await api
        .post("/store/customers/me/referral/bind", { code }, as(root))
        .catch(errorResponse)
      expect(cycle.data).toMatchObject({ code: "referral_cycle" })

      await api.post("/store/customers/me/referral/bind", { code }, as(buyer))
      const twice = await api
        .post("/store/customers/me/referral/bind", { code: await codeOf(root) }, as(buyer))
        .catch(errorResponse)
      expect(twice.status).toBe(409)
      expect(twice.data).toMatchObject({ code: "already_bound" })
      expect((await rebate.bindingOf(buyer.customer.id))?.inviter_id).toBe(promoter.customer.id)

      const invalid = await api
        .post("/store/customers/me/referral/bind", { code: "" }, as(buyer))
        .catch(errorResponse)
      expect(invalid.status).toBe(400)
      expect(invalid.data.message).toMatch(/code/)
    })

    it("an attribution that expired before the order was placed credits nobody", async () => {
      const code = await codeOf(promoter)
      const cartId = await prepareCart(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: tee(),
      })
      await api.post(`/store/carts/${cartId}/rebate-referral`, { code }, as(buyer))
      const [attribution] = await rebate.listRebateAttributions({ cart_id: cartId })
      await rebate.updateRebateAttributions({
        id: attribution.id,
        expires_at: new Date(Date.now() - 1000),
      })
      const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
      await eventually(async () =>
        expect(await rebate.listRebateOrders({ order_id: result.id })).toHaveLength(1)
      )
      const [order] = await rebate.listRebateOrders({ order_id: result.id })
      expect(order).toMatchObject({ level1_id: null, level2_id: null, attribution_id: null })
      expect(await rewardsOf(result.id)).toEqual([])
    })

    it("registering with a code binds the new customer to the code's owner", async () => {
      const code = await codeOf(promoter)
      const { data: registered } = await api.post("/auth/customer/emailpass/register", {
        email: "newbie@example.com",
        password: "secret-password",
      })
      const { data } = await api.post(
        "/store/customers",
        { email: "newbie@example.com", metadata: { referral_code: code } },
        { headers: { ...store.storeHeaders, authorization: `Bearer ${registered.token}` } }
      )
      await eventually(async () =>
        expect(await rebate.bindingOf(data.customer.id)).toMatchObject({
          inviter_id: promoter.customer.id,
          source: "registration",
        })
      )
      const [audit] = await rebate.listRebateReferralAudits({ invitee_id: data.customer.id })
      expect(audit).toMatchObject({ action: "bound", actor_type: "system" })
    })

    it("the QR code decodes back to the link, and the poster is a PNG of the declared size", async () => {
      const { data } = await api.get(
        "/store/customers/me/referral?url=http://localhost:8000/products/tee",
        as(promoter)
      )
      const { code, link, qr_svg, share_links } = data.referral
      expect(link).toBe(`http://localhost:8000/products/tee?ref=${code}`)
      expect(decodeQr(qr_svg)).toBe(link)
      expect(share_links.x).toContain(encodeURIComponent(link))

      const svg = await api.get(data.referral.qr_svg_url, as(promoter))
      expect(svg.headers["content-type"]).toMatch(/image\/svg\+xml/)
      expect(decodeQr(svg.data)).toBe(link)

      const poster = await api.get(
        `/store/customers/me/referral/poster.png?product_id=${store.tee.id}&currency_code=usd`,
        { ...as(promoter), responseType: "arraybuffer" }
      )
      expect(poster.headers["content-type"]).toBe("image/png")
      const bytes = Buffer.from(poster.data)
      expect(pngSize(bytes)).toEqual({ width: 750, height: 1334 })
      expect(decodeQr(bytes)).toBe(`http://localhost:8000/?ref=${code}`)

      const elsewhere = await api
        .get("/store/customers/me/referral?url=https://evil.example/", as(promoter))
        .catch(errorResponse)
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.data.message).toMatch(/url: must be a page of the storefront/)
      const anonymous = await api.get("/store/customers/me/referral", as(null)).catch(errorResponse)
      expect(anonymous.status).toBe(401)
    })

    it("admin sees the tree, changes and removes a binding with an audit entry, and sets a vanity code", async () => {
      const oldCode = await codeOf(promoter)
      await api.post("/store/customers/me/referral/bind", { code: oldCode }, as(buyer))
      // root ← promoter ← buyer: neither root nor an admin may make buyer root's inviter.
      const ring = await api
        .post("/store/customers/me/referral/bind", { code: await codeOf(buyer) }, as(root))
        .catch(errorResponse)
      expect(ring.status).toBe(400)
      expect(ring.data).toMatchObject({ code: "referral_cycle" })
      const adminRing = await api
        .post(
          `/admin/rebate-referrals/${root.customer.id}/binding`,
          { inviter_id: buyer.customer.id, reason: "closing a ring" },
          admin
        )
        .catch(errorResponse)
      expect(adminRing.status).toBe(400)
      expect(adminRing.data).toMatchObject({ code: "referral_cycle" })
      const { data: tree } = await api.get(`/admin/rebate-referrals/${promoter.customer.id}`, admin)
      expect(tree.rebate_referral).toMatchObject({
        code: oldCode,
        binding: { inviter_id: root.customer.id, inviter: { email: "root@example.com" } },
        invitees: [
          expect.objectContaining({
            level: 1,
            customer: expect.objectContaining({ email: "buyer@example.com" }),
          }),
        ],
      })

      const noReason = await api
        .post(
          `/admin/rebate-referrals/${buyer.customer.id}/binding`,
          { inviter_id: root.customer.id },
          admin
        )
        .catch(errorResponse)
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)

      const { data: changed } = await api.post(
        `/admin/rebate-referrals/${buyer.customer.id}/binding`,
        { inviter_code: await codeOf(root), reason: "customer service ticket 42" },
        admin
      )
      expect(changed.rebate_referral.binding).toMatchObject({
        inviter_id: root.customer.id,
        source: "admin",
      })
      expect(changed.rebate_referral.audit[0]).toMatchObject({
        action: "changed",
        from_inviter_id: promoter.customer.id,
        to_inviter_id: root.customer.id,
        actor_type: "admin",
        actor_id: expect.any(String),
        reason: "customer service ticket 42",
      })

      const { data: removed } = await api.post(
        `/admin/rebate-referrals/${buyer.customer.id}/binding`,
        { inviter_id: null, reason: "fraudulent invite" },
        admin
      )
      expect(removed.rebate_referral.binding).toMatchObject({ inviter_id: null })
      expect(removed.rebate_referral.audit.map((a: { action: string }) => a.action)).toEqual([
        "removed",
        "changed",
        "bound",
      ])
      // A binding the store removed cannot be made again by the customer.
      const rebind = await api
        .post("/store/customers/me/referral/bind", { code: oldCode }, as(buyer))
        .catch(errorResponse)
      expect(rebind.data).toMatchObject({ code: "already_bound" })

      const { data: vanity } = await api.post(
        `/admin/rebate-referrals/${promoter.customer.id}/code`,
        { code: "summer-26" },
        admin
      )
      expect(vanity.rebate_referral.code).toBe("SUMMER26")
      expect(await codeOf(promoter)).toBe("SUMMER26")
      // The old code still attributes to the same promoter.
      expect((await rebate.findReferralCode(oldCode))?.customer_id).toBe(promoter.customer.id)
      const taken = await api
        .post(`/admin/rebate-referrals/${root.customer.id}/code`, { code: "SUMMER26" }, admin)
        .catch(errorResponse)
      expect(taken.status).toBe(409)
      expect(taken.data).toMatchObject({ code: "code_taken" })
      const missing = await api
        .get(`/admin/rebate-referrals/cus_missing`, admin)
        .catch(errorResponse)
      expect(missing.status).toBe(404)
    })

    it("the last touch replaces a cart's code by default, and a completed cart takes none", async () => {
      const cartId = await prepareCart(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: tee(),
      })
      await api.post(
        `/store/carts/${cartId}/rebate-referral`,
        { code: await codeOf(root) },
        as(buyer)
      )
      const { data } = await api.post(
        `/store/carts/${cartId}/rebate-referral`,
        { code: await codeOf(promoter) },
        as(buyer)
      )
      expect(data.rebate_referral).toMatchObject({ code: await codeOf(promoter), replaced: true })
      // A completed cart takes no code.
      await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
      const done = await api
        .post(`/store/carts/${cartId}/rebate-referral`, { code: await codeOf(root) }, as(buyer))
        .catch(errorResponse)
      expect(done.data).toMatchObject({ code: "cart_completed" })
    })

    it("a registered customer's cart takes a code only from that customer; a guest cart from whoever has its id", async () => {
      const thief = await createLoggedInCustomer(getContainer(), "thief@example.com")
      const thiefCode = await codeOf(thief)
      const ip = "198.51.100.8"
      const cartId = await prepareCart(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: tee(),
      })
      for (const someoneElse of [thief, null]) {
        const stolen = await api
          .post(`/store/carts/${cartId}/rebate-referral`, { code: thiefCode }, as(someoneElse, ip))
          .catch(errorResponse)
        // As for a cart that does not exist: the answer does not confirm a guessed id.
        expect(stolen.status).toBe(404)
        expect(stolen.data.message).toBe(`Cart with id '${cartId}' not found`)
      }
      expect(await rebate.listRebateAttributions({ cart_id: cartId })).toEqual([])
      const own = await api.post(
        `/store/carts/${cartId}/rebate-referral`,
        { code: await codeOf(promoter) },
        as(buyer, ip)
      )
      expect(own.data.rebate_referral).toMatchObject({ cart_id: cartId, replaced: true })

      // A guest cart (its customer has no account): the cart id is the guest's key.
      const guestCart = await prepareCart(getContainer(), store, {
        email: "guest@example.com",
        items: tee(),
      })
      const byGuest = await api.post(
        `/store/carts/${guestCart}/rebate-referral`,
        { code: await codeOf(promoter) },
        as(null, ip)
      )
      expect(byGuest.status).toBe(200)
      const byCustomer = await api.post(
        `/store/carts/${guestCart}/rebate-referral`,
        { code: thiefCode },
        as(thief, ip)
      )
      expect(byCustomer.data.rebate_referral).toMatchObject({ code: thiefCode })
    })

    it("a workflow that fails after binding puts the binding back and appends to the audit trail", async () => {
      const code = await codeOf(promoter)
      const { errors } = await bindThenFail(getContainer()).run({
        input: { invitee_id: buyer.customer.id, code, source: "bind" },
        throwOnError: false,
      })
      expect(errors[0]?.error?.message).toMatch(/forced failure/)
      expect(await rebate.bindingOf(buyer.customer.id)).toBeNull()
      const trail = await rebate.listRebateReferralAudits(
        { invitee_id: buyer.customer.id },
        { order: { created_at: "ASC" } }
      )
      expect(
        trail.map((a) => [a.action, a.from_inviter_id, a.to_inviter_id, a.actor_type])
      ).toEqual([
        ["bound", null, promoter.customer.id, "customer"],
        ["removed", promoter.customer.id, null, "system"],
      ])
      expect(trail[1].reason).toContain(trail[0].id)
      // Undone, the customer can still bind.
      await api.post("/store/customers/me/referral/bind", { code }, as(buyer))
      expect((await rebate.bindingOf(buyer.customer.id))?.inviter_id).toBe(promoter.customer.id)

      // An admin's change that fails afterwards: the earlier inviter comes back.
      await changeThenFail(getContainer()).run({
        input: {
          invitee_id: buyer.customer.id,
          inviter_id: root.customer.id,
          reason: "support ticket",
          actor_id: "user_test",
        },
        throwOnError: false,
      })
      expect((await rebate.bindingOf(buyer.customer.id))?.inviter_id).toBe(promoter.customer.id)
      const after = await rebate.listRebateReferralAudits(
        { invitee_id: buyer.customer.id },
        { order: { created_at: "ASC" } }
      )
      expect(after.map((a) => [a.action, a.to_inviter_id, a.actor_type])).toEqual([
        ["bound", promoter.customer.id, "customer"],
        ["removed", null, "system"],
        ["bound", promoter.customer.id, "customer"],
        ["changed", root.customer.id, "admin"],
        ["changed", promoter.customer.id, "system"],
      ])
    })

    it("the poster shows only products published in the key's sales channels", async () => {
      const container = getContainer()
      const {
        result: [elsewhere],
      } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Wholesale" }] },
      })
      const product = (title: string, status: "draft" | "published", channelId: string) => ({
        title,
        status,
        sales_channels: [{ id: channelId }],
        options: [{ title: "Size", values: ["One"] }],
        variants: [
          {
            title: `${title} One`,
            options: { Size: "One" },
            manage_inventory: false,
            prices: [{ amount: 999, currency_code: "usd" }],
          },
        ],
      })
      const {
        result: [draft, wholesale],
      } = await createProductsWorkflow(container).run({
        input: {
          products: [
            product("SECRET UNRELEASED PHONE", "draft", store.salesChannel.id),
            product("WHOLESALE ONLY CRATE", "published", elsewhere.id),
          ],
        },
      })
      const code = await codeOf(promoter)
      const settings = rebate.getReferralSettings()
      const svgOf = (productId: string) =>
        posterSvg(container, settings, {
          code,
          link: `http://localhost:8000/?ref=${code}`,
          product_id: productId,
          currency_code: "usd",
          sales_channel_ids: [store.salesChannel.id],
        })
      for (const hidden of [draft, wholesale]) {
        const { svg, product } = await svgOf(hidden.id)
        expect(product).toBeNull()
        expect(svg).not.toMatch(/SECRET|WHOLESALE|999/)
      }
      const visible = await svgOf(store.tee.id)
      expect(visible.product).toMatchObject({ title: "Tee", price: "$20.00" })
      expect(visible.svg).toContain(">Tee<")

      // Over HTTP: a hidden product's poster is the very image of a poster without a product.
      const ip = "198.51.100.12"
      const poster = async (query: string) =>
        Buffer.from(
          (
            await api.get(`/store/customers/me/referral/poster.png${query}`, {
              ...as(promoter, ip),
              responseType: "arraybuffer",
            })
          ).data
        )
      const plain = await poster("")
      expect(await poster(`?product_id=${draft.id}&currency_code=usd`)).toEqual(plain)
      expect(await poster(`?product_id=${wholesale.id}&currency_code=usd`)).toEqual(plain)
      expect(await poster(`?product_id=${store.tee.id}&currency_code=usd`)).not.toEqual(plain)
    })

    it("a repeated visit is the same visit and counts once", async () => {
      const code = await codeOf(promoter)
      const ip = "198.51.100.20"
      const first = await api.post(
        "/store/rebates/referral-visits",
        { code, device_id: "phone-1" },
        as(null, ip)
      )
      expect(first.status).toBe(201)
      const again = await api.post(
        "/store/rebates/referral-visits",
        { code: code.toLowerCase(), device_id: "phone-1" },
        as(null, "198.51.100.21")
      )
      expect(again.status).toBe(200)
      expect(again.data.referral_visit.id).toBe(first.data.referral_visit.id)
      // Without a device id, the IP address is the visitor.
      const other = "198.51.100.22"
      const byIp = await api.post("/store/rebates/referral-visits", { code }, as(null, other))
      const byIpAgain = await api.post("/store/rebates/referral-visits", { code }, as(null, other))
      expect(byIpAgain.data.referral_visit.id).toBe(byIp.data.referral_visit.id)
      const { data } = await api.get("/store/customers/me/referral", as(promoter))
      expect(data.referral.stats.visits).toBe(2)
    })

    it("a burst of visits from one IP past the limit gets 429 with Retry-After", async () => {
      const code = await codeOf(promoter)
      const limit = rebate.getReferralSettings().rate_limits.visits_per_minute
      const ip = "198.51.100.30"
      const statuses: number[] = []
      let rejected: Awaited<ReturnType<typeof errorResponse>> | undefined
      for (let i = 0; i <= limit; i++) {
        const response = await api
          .post("/store/rebates/referral-visits", { code, device_id: `d${i}` }, as(null, ip))
          .catch(errorResponse)
        statuses.push(response.status)
        if (response.status === 429) rejected = response
      }
      expect(statuses.slice(0, limit).every((s) => s === 201)).toBe(true)
      expect(statuses[limit]).toBe(429)
      expect(Number(rejected!.headers["retry-after"])).toBeGreaterThan(0)
      expect(rejected!.data).toMatchObject({ code: "rate_limited" })
      // Unknown codes cost the same budget: no enumerating codes through 404 vs 201.
      const unknown = await api
        .post("/store/rebates/referral-visits", { code: "NOSUCH22" }, as(null, ip))
        .catch(errorResponse)
      expect(unknown.status).toBe(429)
      // Another address has its own budget.
      const other = await api.post(
        "/store/rebates/referral-visits",
        { code, device_id: "x" },
        as(null, "198.51.100.31")
      )
      expect(other.status).toBe(201)
    })
  },
})
