import { env } from "../helpers/env"
import { eventually, request } from "../helpers/http"
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

// The promoter's way (issue 16): a shopper opens Alice's link, registers with her code, buys a
// product whose page shows the badge, sees the same amount on the confirmation page and pending
// in the account; Alice's referral centre counts the order. Every page in both languages.
describe("demo storefront: a referral link to a first order", () => {
  let shop: Shop
  afterEach(async () => {
    if (shop.errors.length) console.log(`storefront errors:\n${shop.errors.join("\n")}`)
    await shop?.close()
  })

  const aliceStats = async () => {
    const { referral } = await request("GET", "/store/customers/me/referral", {
      headers: await customerHeaders(env.customers.alice.email),
    })
    return referral.stats as { orders: number; invitees: number }
  }

  it("carries the same amount from the badge to the account and counts it for the inviter", async () => {
    const before = await aliceStats()
    shop = await openShop("en")
    const { page } = shop
    await gotoShop(page, "/?ref=ALICE")
    await page.waitForFunction(() => localStorage.getItem("rebate_ref"))
    await shopSnap(page, "products", (p) => tid(p, "rebate-badge").waitFor())

    await gotoShop(page, "/register")
    expect(await tid(page, "register-referral-code").inputValue()).toEqual("ALICE")
    const email = `invitee-${Date.now()}@example.com`
    await register(page, email)
    await shopSnap(page, "register")
    await tid(page, "register-submit").click()
    await page.waitForURL(/\/account/)
    // Registration bound the shopper to Alice (the plugin's customer.created subscriber).
    const bound = await eventually(aliceStats, (s) => s.invitees > before.invitees)
    expect(bound.invitees).toEqual(before.invitees + 1)

    const badge = await addToCart(page, "rain-shell", "L")
    expect(badge).toBeGreaterThan(0)
    await shopSnap(page, "product", (p) => tid(p, "rebate-badge").waitFor())
    await tid(page, "nav-cart").click()
    expect(await shownAmount(page, "cart-rebate-total")).toEqual(badge)
    await shopSnap(page, "cart", (p) => tid(p, "cart-rebate-total").waitFor())

    const orderId = await checkOut(page, null)
    expect(orderId).toMatch(/^order_/)
    expect(await shownAmount(page, "order-rebate-amount")).toEqual(badge)
    await shopSnap(page, "order", (p) => tid(p, "order-rebate-amount").waitFor())

    await tid(page, "nav-account").click()
    expect(await shownAmount(page, "rebate-pending")).toEqual(badge)
    await shopSnap(page, "account", (p) => tid(p, "rebate-pending").waitFor())

    // Alice's referral centre, in her own browser.
    await shop.close()
    shop = await openShop("en")
    await gotoShop(shop.page, "/sign-in")
    await tid(shop.page, "sign-in-email").fill(env.customers.alice.email)
    await tid(shop.page, "sign-in-password").fill(env.customers.alice.password)
    await tid(shop.page, "sign-in-submit").click()
    await tid(shop.page, "referral-orders").waitFor()
    expect(Number(await tid(shop.page, "referral-orders").getAttribute("data-value"))).toEqual(
      before.orders + 1
    )
    expect(Number(await tid(shop.page, "referral-invitees").getAttribute("data-value"))).toEqual(
      before.invitees + 1
    )
    await shopSnap(shop.page, "referral-centre", (p) => tid(p, "referral-code").waitFor())

    await gotoShop(shop.page, "/terms")
    await shop.page.locator(".mr-rebate-program-terms").waitFor()
    await shopSnap(shop.page, "terms")
  })
})
