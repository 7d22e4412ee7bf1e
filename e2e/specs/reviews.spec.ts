import type { Page } from "playwright-core"
import { byTestId, gotoAdmin, openAdmin, settle, type Admin } from "../helpers/browser"
import { env } from "../helpers/env"
import { customerByEmail } from "../helpers/fixtures"
import { adminApi, customerToken, eventually, request, storeApi, type Json } from "../helpers/http"
import { productByHandle, usRegion } from "../helpers/orders"
import { snap } from "../helpers/snap"
import { gotoShop, openShop, shopSnap, tid, type Shop } from "../helpers/storefront"

// Issue 18: a promoter with a Gmail address buys as a guest through her own link, writing her
// e-mail as a variant (`name+deal@googlemail.com`, dots dropped); the risk checks put her level-1
// commission on review. In Admin › Review the queue shows it with its evidence; one is approved
// from the command bar (it stays pending and settles on its schedule), another rejected with a
// reason (voided); the order widget and the promoter's storefront account show the reason.

const address = {
  first_name: "Guest",
  last_name: "Buyer",
  address_1: "9 Side St",
  city: "Austin",
  postal_code: "73301",
  country_code: "us",
}

/** A new customer (store API sign-up) and her referral code. */
async function newPromoter(email: string) {
  const { token } = await request("POST", "/auth/customer/emailpass/register", {
    body: { email, password: "supersecret" },
  })
  const headers = { "x-publishable-api-key": env.publishableKey, authorization: `Bearer ${token}` }
  await request("POST", "/store/customers", {
    headers,
    body: { email, first_name: "Pia", last_name: "Promoter" },
  })
  // The sign-up token names no customer yet: log in again for one that does.
  const { referral } = await request("GET", "/store/customers/me/referral", {
    headers: {
      ...headers,
      authorization: `Bearer ${await customerToken({ email, password: "supersecret" })}`,
    },
  })
  return { customer: await customerByEmail(email), code: referral.code as string }
}

/** A guest order through the promoter's `code`, with `email` on the cart. */
async function guestReferredOrder(email: string, code: string): Promise<Json> {
  const store = storeApi()
  const [region, product] = await Promise.all([usRegion(), productByHandle("classic-tee")])
  const { cart } = await store.post("/store/carts", {
    region_id: region.id,
    email,
    items: [{ variant_id: product.variants[0].id, quantity: 1 }],
    shipping_address: address,
    billing_address: address,
  })
  await store.post(`/store/carts/${cart.id}/rebate-referral`, { code })
  const { shipping_options } = await store.get("/store/shipping-options", { cart_id: cart.id })
  await store.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: shipping_options[0].id,
  })
  const { payment_collection } = await store.post("/store/payment-collections", {
    cart_id: cart.id,
  })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await store.post(`/store/carts/${cart.id}/complete`)
  if (completed.type !== "order") throw new Error(`cart ${cart.id} was not completed`)
  return completed.order
}

/** The order's rewards on review (accrual runs in the order.placed subscriber). */
const reviewsOf = (orderId: string, status = "on_review") =>
  eventually(
    () => adminApi.get("/admin/rebate-reviews", { order_id: orderId, status }),
    (r: Json) => r.count > 0
  ).then((r) => r.rebate_reviews as Json[])

const rewardNow = async (id: string) =>
  (await adminApi.get(`/admin/rebate-reviews/${id}`)).rebate_review as Json

/** The queue's row of one reward (its amount cell carries the id). */
const queueRow = (page: Page, id: string) =>
  byTestId(page, "rebate-reviews-table").locator("tr", {
    has: page.locator(`[data-id="${id}"]`),
  })

/** Ticks a row's checkbox and runs a command of the bar ("Approve", "Reject"). */
async function decideFromBar(page: Page, id: string, command: string) {
  await queueRow(page, id).getByRole("checkbox").click()
  // The bar's button is named by its label and its shortcut key ("Approve A").
  await page
    .getByRole("button", { name: new RegExp(`^${command}\\b`) })
    .first()
    .click()
  await page.getByRole("alertdialog").waitFor()
}

describe("Risk review", () => {
  let admin: Admin
  let shop: Shop | undefined
  let promoter: Json
  // Her own address, e.g. pia.promo.123@gmail.com; the variants reach the same Gmail inbox.
  const tag = String(Date.now() % 1_000_000)
  const promoterEmail = `pia.promo.${tag}@gmail.com`
  let approveOrder: Json
  let rejectOrder: Json
  let toApprove: Json
  let toReject: Json
  const reason = `Self-referral: the buyer is the promoter (${Date.now() % 100000})`

  beforeAll(async () => {
    const created = await newPromoter(promoterEmail)
    promoter = created.customer
    approveOrder = await guestReferredOrder(`piapromo${tag}+deal@googlemail.com`, created.code)
    rejectOrder = await guestReferredOrder(`Pia.Promo.${tag}+again@gmail.com`, created.code)
    ;[toApprove] = (await reviewsOf(approveOrder.id)).filter((r) => r.customer_id === promoter.id)
    ;[toReject] = (await reviewsOf(rejectOrder.id)).filter((r) => r.customer_id === promoter.id)
    admin = await openAdmin()
  })
  afterAll(async () => {
    if (shop?.errors.length) console.log(`storefront errors:\n${shop.errors.join("\n")}`)
    await shop?.close()
    await admin?.close()
  })

  it("puts the promoter's commission on review with the matching e-mail as hashed evidence", async () => {
    for (const review of [toApprove, toReject]) {
      expect(review).toMatchObject({
        role: "level1",
        review_status: "on_review",
        status: "pending",
      })
      expect(review.review_findings.map((f: Json) => f.rule)).toContain("self_referral_email")
      expect(JSON.stringify(review.review_findings)).not.toMatch(/pia|promo|gmail/i)
    }

    const { page } = admin
    await gotoAdmin(page, `/rebates/reviews?customer_id=${promoter.id}`)
    const row = queueRow(page, toApprove.id)
    await row.first().waitFor()
    expect(await row.locator('[data-testid="review-status"]').innerText()).toBe("On review")
    expect(await row.locator('[data-testid="review-rule"]').first().innerText()).toBe("Same e-mail")
    await queueRow(page, toReject.id).first().waitFor()
    await snap(page, "reviews-queue", {
      ready: (p) => queueRow(p, toApprove.id).first().waitFor(),
    })

    await row.locator("td").nth(3).click()
    await page.waitForURL((u) => u.pathname.endsWith(`/rebates/reviews/${toApprove.id}`))
    const finding = byTestId(page, "review-findings").locator('[data-rule="self_referral_email"]')
    await finding.waitFor()
    const match = finding.locator('[data-testid="review-evidence-match"]')
    const hash = toApprove.review_findings.find((f: Json) => f.rule === "self_referral_email")
      .evidence.email_hash as string
    // Buyer and promoter side by side: the same keyed hash of the normalised e-mail.
    expect(await match.locator("code").count()).toBe(2)
    for (const code of await match.locator("code").all()) {
      expect(await code.getAttribute("title")).toBe(hash)
    }
    // Medusa keeps a guest's e-mail on its customer record (read after the review itself); the
    // evidence holds only the hash.
    await finding.getByText(`Buyer: piapromo${tag}+deal@googlemail.com`).waitFor()
    const text = await finding.innerText()
    expect(text).toContain(`Promoter: ${promoter.first_name}`)
    expect(await byTestId(page, "review-history").innerText()).toContain("Put on review")
    await snap(page, "reviews-detail", {
      ready: (p) => byTestId(p, "review-findings").locator("[data-rule]").first().waitFor(),
    })
  })

  it("approves one from the command bar: it stays pending and settles on its schedule", async () => {
    const { page } = admin
    await gotoAdmin(page, `/rebates/reviews?customer_id=${promoter.id}`)
    await queueRow(page, toApprove.id).first().waitFor()
    await decideFromBar(page, toApprove.id, "Approve")
    await snap(page, "reviews-approve-prompt", {
      langs: ["en"],
    })
    await page.getByRole("alertdialog").getByTestId("review-decision-confirm").click()
    await page.getByRole("alertdialog").waitFor({ state: "hidden" })

    const approved = await eventually(
      () => rewardNow(toApprove.id),
      (r) => r.review_status === "approved"
    )
    expect(approved).toMatchObject({ review_status: "approved", status: "pending" })
    expect(approved.history.map((e: Json) => e.decision)).toEqual(["flagged", "approved"])
    // Off the default queue (on review only), still there under "Approved".
    await queueRow(page, toApprove.id).first().waitFor({ state: "detached" })
    const { count } = await adminApi.get("/admin/rebate-reviews", {
      order_id: approveOrder.id,
      status: "approved",
    })
    expect(count).toBeGreaterThan(0)
  })

  it("rejects another with the reason the promoter sees; it is voided", async () => {
    const { page } = admin
    await gotoAdmin(page, `/rebates/reviews?customer_id=${promoter.id}`)
    await queueRow(page, toReject.id).first().waitFor()
    await decideFromBar(page, toReject.id, "Reject")
    const dialog = page.getByRole("alertdialog")
    // No reason: refused in the prompt, nothing sent.
    await dialog.getByTestId("review-decision-confirm").click()
    await dialog.getByRole("alert").waitFor()
    expect(await dialog.getByRole("alert").innerText()).toContain("Say why")
    expect((await rewardNow(toReject.id)).review_status).toBe("on_review")
    await dialog.getByTestId("review-decision-reason").fill(reason)
    await dialog.getByTestId("review-decision-confirm").click()
    await dialog.waitFor({ state: "hidden" })

    const rejected = await eventually(
      () => rewardNow(toReject.id),
      (r) => r.review_status === "rejected"
    )
    expect(rejected).toMatchObject({ status: "voided", review_reason: reason })
    expect(rejected.history.at(-1)).toMatchObject({
      decision: "rejected",
      reason,
      actor_type: "user",
    })

    await gotoAdmin(page, `/rebates/reviews/${toReject.id}`)
    await byTestId(page, "review-reason").waitFor()
    expect(await byTestId(page, "review-reason").innerText()).toBe(reason)
    const history = await byTestId(page, "review-history").innerText()
    expect(history).toContain("Rejected")
    expect(history).toContain(reason)
    await snap(page, "reviews-rejected", { ready: (p) => byTestId(p, "review-reason").waitFor() })

    // The order page's widget: the reward's review with the reason.
    await gotoAdmin(page, `/orders/${rejectOrder.id}`)
    const badge = page.locator(`[data-testid="rebate-order-review"][data-value="rejected"]`)
    await badge.first().waitFor({ timeout: 60000 })
    expect(await badge.first().innerText()).toBe(`Rejected: ${reason}`)
    await settle(page)
  })

  it("shows the promoter the rejection's reason on her storefront account", async () => {
    shop = await openShop("en")
    const { page } = shop
    await gotoShop(page, "/sign-in?next=/account")
    await tid(page, "sign-in-email").fill(promoterEmail)
    await tid(page, "sign-in-password").fill("supersecret")
    await tid(page, "sign-in-submit").click()
    await page.waitForURL(/\/account/)
    const order = page.locator(`[data-order-id="${rejectOrder.id}"]`)
    await order.waitFor()
    const reward = order.locator('[data-review="rejected"]')
    expect(await reward.locator('[data-testid="rebate-review-reason"]').innerText()).toBe(
      `Not approved: ${reason}`
    )
    const approved = page.locator(`[data-order-id="${approveOrder.id}"]`)
    expect(await approved.count()).toBe(1)
    expect(await approved.locator("[data-review]").count()).toBe(0)
    await shopSnap(page, "review-rejected", async (p) => {
      await p.locator(`[data-order-id="${rejectOrder.id}"]`).scrollIntoViewIfNeeded()
    })
  })
})
