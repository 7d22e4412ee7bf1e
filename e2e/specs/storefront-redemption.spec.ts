import crypto from "node:crypto"
import type { Page } from "playwright-core"
import { env } from "../helpers/env"
import { customerByEmail } from "../helpers/fixtures"
import { adminApi, customerToken, eventually, request, storeApi, type Json } from "../helpers/http"
import { placeOrder, productByHandle } from "../helpers/orders"
import { gotoShop, openShop, shopSnap, tid, type Shop } from "../helpers/storefront"

// Issue 17: paying with cashback at checkout in the demo storefront. A new customer with 60.00
// available (an admin credit) spends all of it on a cart and takes it back (Remove), is refused
// an amount the cart cannot take, pays 12.34 with the balance and the rest with the system
// provider, and finds "Paid with balance" on the confirmation; a second cart the balance covers
// completes without the payment step. Every figure the pages show is checked against the API.
describe("demo storefront: paying with cashback at checkout", () => {
  let shop: Shop
  afterEach(async () => {
    if (shop?.errors.length) console.log(`storefront errors:\n${shop.errors.join("\n")}`)
    await shop?.close()
  })

  const shopper = { email: `redeemer-${Date.now()}@example.com`, password: "supersecret" }
  const cents = (amount: number) => Math.round(amount * 100)
  const store = async () => storeApi(await customerToken(shopper))
  const balances = async () => {
    const { rebate_accounts } = await (await store()).get("/store/customers/me/rebate-accounts")
    const usd = (rebate_accounts as Json[]).find((a) => a.currency_code === "usd")
    if (!usd) throw new Error(`${shopper.email} has no USD rebate account`)
    return usd as { available: number; held: number; redeemed: number }
  }
  const redemption = async (cartId: string) =>
    (await store()).get(`/store/carts/${cartId}/rebate-redemption`)
  const cartNow = async (cartId: string) =>
    (
      await (
        await store()
      ).get(`/store/carts/${cartId}`, { fields: "id,total,credit_line_total,*credit_lines" })
    ).cart as Json

  /** A new customer (store API sign-up), whose first order opens the USD account, credited. */
  beforeAll(async () => {
    const { token } = await request("POST", "/auth/customer/emailpass/register", {
      body: shopper,
    })
    await request("POST", "/store/customers", {
      headers: { "x-publishable-api-key": env.publishableKey, authorization: `Bearer ${token}` },
      body: { email: shopper.email, first_name: "Rita", last_name: "Redeemer" },
    })
    const tee = await productByHandle("classic-tee")
    await placeOrder({
      items: [{ variant_id: tee.variants[0].id, quantity: 1 }],
      customer: shopper,
    })
    const customer = await customerByEmail(shopper.email)
    const accounts = async () =>
      (
        await adminApi.get("/admin/rebate-accounts", {
          customer_id: customer.id,
          currency_code: "usd",
        })
      ).rebate_accounts as Json[]
    const [account] = await eventually(accounts, (list) => list.length > 0)
    if (!account) throw new Error(`the order of ${shopper.email} opened no rebate account`)
    const credited = await adminApi.post(
      `/admin/rebate-accounts/${account.id}/adjustments`,
      { amount: "60.00", reason: "E2E: cashback to pay with at checkout" },
      { "Idempotency-Key": crypto.randomUUID() }
    )
    if (!credited.rebate_entry) {
      throw new Error(`the credit was not posted at once: ${JSON.stringify(credited)}`)
    }
  })

  async function signIn(page: Page) {
    await gotoShop(page, "/sign-in?next=/account")
    await tid(page, "sign-in-email").fill(shopper.email)
    await tid(page, "sign-in-password").fill(shopper.password)
    await tid(page, "sign-in-submit").click()
    // The sign-in page's own URL names /account (its next): wait for the account page itself.
    await page.waitForURL((url) => url.pathname === "/account")
  }

  /** One unit of `handle` into the cart from its page (its first size, if it has sizes). */
  async function addProduct(page: Page, handle: string) {
    await gotoShop(page, "/")
    await page.click(`[data-testid="product-card"][data-handle="${handle}"]`)
    await tid(page, "add-to-cart").waitFor()
    const sizes = page.locator('[data-testid="variant-option"]')
    if (await sizes.count()) await sizes.first().click()
    await tid(page, "add-to-cart").click()
    await tid(page, "added-to-cart").waitFor()
  }

  /** From the cart to a checkout with the address saved and shipping chosen; the cart's id. */
  async function toPayment(page: Page) {
    await tid(page, "nav-cart").click()
    await tid(page, "go-to-checkout").click()
    await tid(page, "checkout-email").waitFor()
    const address: [string, string][] = [
      ["checkout-email", shopper.email],
      ["checkout-first-name", "Rita"],
      ["checkout-last-name", "Redeemer"],
      ["checkout-address-1", "1 Market Street"],
      ["checkout-city", "San Francisco"],
      ["checkout-province", "CA"],
      ["checkout-postal-code", "94105"],
    ]
    for (const [id, value] of address) {
      if (!(await tid(page, id).inputValue())) await tid(page, id).fill(value)
    }
    await tid(page, "checkout-continue").click()
    await tid(page, "shipping-option").check()
    await page.waitForFunction(
      () => !(document.querySelector('[data-testid="place-order"]') as HTMLButtonElement).disabled
    )
    return (await page.evaluate(() => localStorage.getItem("demo_cart_id")))!
  }

  /** Waits until the element `id` carries `value` in `attribute` (data-amount, data-value). */
  const waitFor = (page: Page, id: string, attribute: string, value: number) =>
    page.waitForFunction(
      ([id, attribute, value]) =>
        Number(
          document.querySelector(`[data-testid="${id}"]`)?.getAttribute(attribute as string)
        ) === value,
      [id, attribute, value] as const
    )
  const shown = async (page: Page, id: string, attribute = "data-amount") =>
    Number(await tid(page, id).getAttribute(attribute))
  const ready = (selector: string) => async (page: Page) => {
    await page.locator(selector).first().waitFor()
    await page.evaluate(() => window.scrollTo(0, 0))
  }
  const fieldError = (page: Page, field: string) =>
    page.locator(`[data-testid="redemption-error"][data-field="${field}"]`)

  it("takes balance off the total, gives it back on Remove, and spends exactly what was applied", async () => {
    const before = await balances()
    expect(cents(before.available)).toBeGreaterThanOrEqual(6000)
    shop = await openShop("en")
    const { page } = shop
    await signIn(page)
    await addProduct(page, "classic-tee")
    const cartId = await toPayment(page)

    await waitFor(page, "redemption-available", "data-amount", before.available)
    const total = (await cartNow(cartId)).total as number
    expect(await shown(page, "totals-total", "data-value")).toEqual(total)
    expect((await redemption(cartId)).applicable).toEqual(Math.min(before.available, total))

    // All the cart can take: the total drops to 0, the payment step goes.
    await tid(page, "redemption-use-all").click()
    await waitFor(page, "redemption-applied", "data-amount", total)
    await waitFor(page, "totals-total", "data-value", 0)
    await tid(page, "payment-covered").waitFor()
    expect((await balances()).available).toEqual((cents(before.available) - cents(total)) / 100)

    // Remove: the balance is back to the cent, the cart pays in full again.
    await tid(page, "redemption-remove").click()
    await waitFor(page, "totals-total", "data-value", total)
    await waitFor(page, "redemption-available", "data-amount", before.available)
    expect(await tid(page, "redemption-applied").count()).toBe(0)
    await tid(page, "payment-provider").waitFor()
    expect((await balances()).available).toEqual(before.available)
    expect((await redemption(cartId)).rebate_redemption).toBeNull()
    expect(cents((await cartNow(cartId)).credit_line_total ?? 0)).toBe(0)

    // More than the cart has left to pay: the store's refusal under the amount, nothing held.
    await tid(page, "redemption-amount").fill("999")
    await tid(page, "redemption-apply").click()
    await fieldError(page, "amount").waitFor()
    expect(await fieldError(page, "amount").textContent()).toMatch(/\S/)
    expect((await redemption(cartId)).rebate_redemption).toBeNull()
    expect((await balances()).available).toEqual(before.available)
    await shopSnap(page, "checkout-redemption-refused", ready('[data-testid="redemption-error"]'))

    // Part of it: 12.34 off the total, the rest paid with the system provider.
    await tid(page, "redemption-amount").fill("12.34")
    await tid(page, "redemption-apply").click()
    await waitFor(page, "redemption-applied", "data-amount", 12.34)
    const rest = (cents(total) - 1234) / 100
    await waitFor(page, "totals-total", "data-value", rest)
    expect(await shown(page, "totals-paid-with-balance", "data-value")).toEqual(12.34)
    const left = (cents(before.available) - 1234) / 100
    await waitFor(page, "redemption-available", "data-amount", left)
    expect(await shown(page, "redemption-cart-total")).toEqual(rest)
    const state = await redemption(cartId)
    expect(state.rebate_redemption).toMatchObject({ amount: 12.34, status: "held" })
    expect(state).toMatchObject({ available: left, cart_total: rest })
    const cart = await cartNow(cartId)
    expect(cart.total).toEqual(rest)
    expect(cart.credit_line_total).toEqual(12.34)
    expect(await tid(page, "payment-provider").count()).toBe(1)
    await shopSnap(page, "checkout-redemption", ready('[data-testid="redemption-applied"]'))

    await tid(page, "place-order").click()
    await page.waitForURL(/\/order\//, { timeout: 90000 })
    const orderId = (await tid(page, "order-id").getAttribute("data-value"))!
    await waitFor(page, "totals-paid-with-balance", "data-value", 12.34)
    expect(await shown(page, "totals-total", "data-value")).toEqual(rest)
    const { order } = await (
      await store()
    ).get(`/store/orders/${orderId}`, { fields: "id,total,*credit_lines" })
    expect(order.total).toEqual(rest)
    const lines = (order.credit_lines as Json[]).filter((l) => l.reference === "rebate-redemption")
    expect(lines.map((l) => l.amount)).toEqual([12.34])
    // The hold became redeemed: available stays down by exactly what was spent.
    const after = await eventually(
      balances,
      (b) => cents(b.redeemed) === cents(before.redeemed) + 1234
    )
    expect(after.redeemed).toEqual((cents(before.redeemed) + 1234) / 100)
    expect(after.available).toEqual(left)
    expect(after.held).toEqual(before.held)
    await shopSnap(page, "order-redemption", ready('[data-testid="totals-paid-with-balance"]'))
  })

  it("completes a cart the balance covers without the payment step", async () => {
    const before = await balances()
    shop = await openShop("zh-CN")
    const { page } = shop
    await signIn(page)
    await addProduct(page, "wool-socks")
    const cartId = await toPayment(page)
    const total = (await cartNow(cartId)).total as number
    expect(cents(total)).toBeLessThanOrEqual(cents(before.available))

    await waitFor(page, "redemption-available", "data-amount", before.available)
    await tid(page, "redemption-use-all").click()
    await waitFor(page, "redemption-applied", "data-amount", total)
    await waitFor(page, "totals-total", "data-value", 0)
    await tid(page, "payment-covered").waitFor()
    expect(await tid(page, "payment-provider").count()).toBe(0)
    expect(await tid(page, "redemption-use-all").isDisabled()).toBe(true)
    const cart = await cartNow(cartId)
    expect(cart.total).toEqual(0)
    expect(cart.credit_line_total).toEqual(total)
    await shopSnap(page, "checkout-redemption-covered", ready('[data-testid="payment-covered"]'))

    await tid(page, "place-order").click()
    await page.waitForURL(/\/order\//, { timeout: 90000 })
    const orderId = (await tid(page, "order-id").getAttribute("data-value"))!
    await waitFor(page, "totals-paid-with-balance", "data-value", total)
    expect(await shown(page, "totals-total", "data-value")).toEqual(0)
    // No payment step: the order has no payment collection at all.
    const { order } = await adminApi.get(`/admin/orders/${orderId}`, {
      fields: "id,total,*payment_collections",
    })
    expect(order.total).toEqual(0)
    expect(order.payment_collections ?? []).toEqual([])
    const after = await eventually(
      balances,
      (b) => cents(b.redeemed) === cents(before.redeemed) + cents(total)
    )
    expect(after.available).toEqual((cents(before.available) - cents(total)) / 100)
    expect(after.held).toEqual(before.held)
    await shopSnap(
      page,
      "order-redemption-covered",
      ready('[data-testid="totals-paid-with-balance"]')
    )
  })
})
