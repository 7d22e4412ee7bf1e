import { adminApi, eventually, request } from "../helpers/http"
import { env } from "../helpers/env"
import {
  addToCart,
  checkOut,
  customerHeaders,
  gotoShop,
  openShop,
  register,
  shopSnap,
  shownAmount,
  tid,
  type Shop,
} from "../helpers/storefront"

// The guest's way (issue 16): a guest buys, sees the reward on the confirmation page with "create
// an account to collect it", registers, moves the order through Medusa's order transfer and finds
// the reward in the new account; the guest record keeps nothing. Pages in both languages.
describe("demo storefront: a guest collects the reward", () => {
  let shop: Shop
  afterEach(async () => {
    if (shop.errors.length) console.log(`storefront errors:\n${shop.errors.join("\n")}`)
    await shop?.close()
  })

  it("shows the guest's reward, and moves it to the account the order is transferred to", async () => {
    shop = await openShop("zh-CN")
    const { page } = shop
    // Through Alice's link: the visit is recorded once and travels with the cart to the order.
    await gotoShop(page, "/?ref=ALICE")
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem("rebate_ref") ?? "{}").visit_id
    )
    const badge = await addToCart(page, "classic-tee", "M")
    const email = `guest-${Date.now()}@example.com`
    const orderId = await checkOut(page, email)
    expect(await shownAmount(page, "order-rebate-amount")).toEqual(badge)
    // Signed out: the component's own "create an account to collect it" with its links.
    await page.locator('.mr-order-rebate[data-guest="true"] .mr-order-rebate__register').waitFor()
    await shopSnap(page, "order-guest", (p) => tid(p, "order-rebate-amount").waitFor())
    // What the confirmation page read: the order's id is the guest's only key, and no e-mail.
    const { order_rebate } = await request("GET", `/store/orders/${orderId}/rebate`, {
      headers: { "x-publishable-api-key": env.publishableKey },
    })
    expect(order_rebate).toMatchObject({ guest: true, amount: badge, status: "pending" })
    expect(JSON.stringify(order_rebate)).not.toContain(email)
    const { rebate_order } = await eventually(
      () => adminApi.get(`/admin/rebate-orders/${orderId}`),
      (r) => r.rebate_order?.attribution != null
    )
    expect(rebate_order.attribution).toMatchObject({
      source: "attribution",
      code: "ALICE",
      visit_id: expect.stringMatching(/\S/),
    })

    await page.locator(".mr-order-rebate__register").click()
    await register(page, email)
    await tid(page, "register-submit").click()
    await page.waitForURL(/\/transfer/)
    await tid(page, "transfer-request").waitFor()
    await shopSnap(page, "transfer", (p) => tid(p, "transfer-request").waitFor())
    await tid(page, "transfer-request").click()
    await tid(page, "transfer-requested").waitFor()
    // The playground's stand-in for the e-mail with the token (demo-mailbox.ts).
    await tid(page, "transfer-demo-token").click()
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="transfer-token"]') as HTMLInputElement).value
    )
    await tid(page, "transfer-accept").click()
    await tid(page, "transfer-done").waitFor()
    await shopSnap(page, "transfer-done", (p) => tid(p, "transfer-done").waitFor())

    await tid(page, "transfer-to-account").click()
    // The move runs right after Medusa's accept answers: reload until the account shows it.
    const headers = await customerHeaders(email)
    for (let i = 0; i < 40; i++) {
      const { rebate_accounts } = await request("GET", "/store/customers/me/rebate-accounts", {
        headers,
      })
      if (rebate_accounts[0]?.pending === badge) break
      await page.waitForTimeout(500)
    }
    await page.reload()
    expect(await shownAmount(page, "rebate-pending")).toEqual(badge)
    await shopSnap(page, "account-after-transfer", (p) => tid(p, "rebate-pending").waitFor())
    const { rebate_rewards } = await request("GET", "/store/customers/me/rebate-rewards", {
      headers,
    })
    expect(rebate_rewards).toMatchObject([{ order_id: orderId, amount: badge }])
    // The order's id alone no longer shows it: it belongs to a registered customer now.
    await expect(
      request("GET", `/store/orders/${orderId}/rebate`, {
        headers: { "x-publishable-api-key": env.publishableKey },
      })
    ).rejects.toMatchObject({ status: 404 })
  })
})
