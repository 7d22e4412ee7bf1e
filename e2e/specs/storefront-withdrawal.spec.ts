import crypto from "node:crypto"
import type { Page } from "playwright-core"
import { env } from "../helpers/env"
import { customerByEmail } from "../helpers/fixtures"
import { adminApi, eventually, request, type Json } from "../helpers/http"
import { placeOrder, productByHandle } from "../helpers/orders"
import {
  customerHeaders,
  gotoShop,
  openShop,
  shopSnap,
  shownAmount,
  tid,
  type Shop,
} from "../helpers/storefront"

// Issue 17: a customer withdraws available cashback from the demo storefront's account page.
// Alice is credited through the admin API (her rewards are still pending), sees what she can
// withdraw, is refused with the store's own 409 and 400 messages next to the fields they name,
// then withdraws: once despite a double click, listed as requested, the balance lowered.
describe("demo storefront: withdrawing cashback", () => {
  let shop: Shop
  afterEach(async () => {
    if (shop?.errors.length) console.log(`storefront errors:\n${shop.errors.join("\n")}`)
    await shop?.close()
  })

  const alice = env.customers.alice
  const storeGet = async (path: string, query?: Record<string, string | number>) =>
    request("GET", path, { headers: await customerHeaders(alice.email), query })
  const available = async () => {
    const { rebate_accounts } = await storeGet("/store/customers/me/rebate-accounts")
    return (rebate_accounts as Json[]).find((a) => a.currency_code === "usd")?.available as number
  }
  const withdrawalCount = async () =>
    (await storeGet("/store/customers/me/rebate-withdrawals", { limit: 1 })).count as number

  /**
   * Credits Alice's USD account so that she has something to withdraw (her rewards are still
   * pending); her first order opens the account when she has none yet.
   */
  async function credit(amount: number) {
    const customer = await customerByEmail(alice.email)
    const accounts = async () =>
      (
        await adminApi.get("/admin/rebate-accounts", {
          customer_id: customer.id,
          currency_code: "usd",
        })
      ).rebate_accounts as Json[]
    let [account] = await accounts()
    if (!account) {
      const product = await productByHandle("classic-tee")
      await placeOrder({
        items: [{ variant_id: product.variants[0].id, quantity: 1 }],
        customer: alice,
      })
      ;[account] = await eventually(accounts, (list) => list.length > 0)
    }
    if (!account) throw new Error("Alice has no USD rebate account")
    await adminApi.post(
      `/admin/rebate-accounts/${account.id}/adjustments`,
      { amount: String(amount), reason: "E2E: cashback to withdraw from the storefront" },
      { "Idempotency-Key": crypto.randomUUID() }
    )
  }

  /** Waits for `id`, then scrolls to the top: a full-page shot draws the sticky header where the
   * page was scrolled to. */
  const ready = (id: string) => async (page: Page) => {
    await page.locator(id).first().waitFor()
    await page.evaluate(() => window.scrollTo(0, 0))
  }
  const fieldError = (page: Page, field: string) =>
    page.locator(`[data-testid="withdrawal-error"][data-field="${field}"]`)
  const destination = (page: Page, name: string) =>
    tid(page, "withdrawal-form").locator(`[name="destination.${name}"]`)

  it("withdraws available cashback once and lists it as requested", async () => {
    await credit(40)
    const before = await available()
    const countBefore = await withdrawalCount()
    expect(before).toBeGreaterThanOrEqual(40)

    shop = await openShop("en")
    const { page } = shop
    await gotoShop(page, "/sign-in?next=/account")
    await tid(page, "sign-in-email").fill(alice.email)
    await tid(page, "sign-in-password").fill(alice.password)
    await tid(page, "sign-in-submit").click()
    await page.waitForURL(/\/account/)
    expect(await shownAmount(page, "withdrawal-available")).toEqual(before)
    expect(await shownAmount(page, "rebate-available")).toEqual(before)
    await shopSnap(page, "withdraw", ready('[data-testid="withdrawal-available"]'))

    // More than the available balance: the store's 409, next to the amount.
    await tid(page, "withdrawal-amount").fill(String(before + 100))
    await destination(page, "account_name").fill("Alice Example")
    await destination(page, "account").fill("NL91 ABNA 0417 1643 00")
    await tid(page, "withdrawal-submit").click()
    await expect(fieldError(page, "amount").textContent()).resolves.toMatch(
      /Insufficient available balance/
    )
    await expect(tid(page, "withdrawal-amount").getAttribute("aria-invalid")).resolves.toBe("true")
    await shopSnap(page, "withdraw-refused", ready('[data-testid="withdrawal-error"]'))

    // A required destination field left empty: the store's 400, next to that field.
    await tid(page, "withdrawal-amount").fill("12.34")
    await destination(page, "account_name").fill("")
    await tid(page, "withdrawal-submit").click()
    await expect(fieldError(page, "destination.account_name").textContent()).resolves.toBe(
      "destination.account_name: required"
    )
    expect(await fieldError(page, "amount").count()).toBe(0)

    // A double click sends one request (one Idempotency-Key for the opened form).
    await destination(page, "account_name").fill("Alice Example")
    await tid(page, "withdrawal-submit").dblclick()
    const done = page.locator(".mr-withdrawal-form__done")
    const id = await done.getAttribute("data-withdrawal-id")
    expect(id).toMatch(/^rwd_/)
    const row = page.locator(`[data-testid="withdrawal-row"][data-id="${id}"]`)
    await row.waitFor()
    await expect(row.getAttribute("data-status")).resolves.toBe("requested")
    await expect(
      row.locator(".mr-rebate-withdrawals__amount").getAttribute("data-amount")
    ).resolves.toBe("12.34")
    await expect(row.textContent()).resolves.toContain("Bank transfer …4300")

    const after = Math.round((before - 12.34) * 100) / 100
    await page.waitForFunction(
      (value) =>
        document.querySelector('[data-testid="rebate-available"]')?.getAttribute("data-amount") ===
        String(value),
      after
    )
    expect(await shownAmount(page, "withdrawal-available")).toEqual(after)
    expect(await available()).toEqual(after)
    expect(await withdrawalCount()).toEqual(countBefore + 1)
    expect(await tid(page, "withdrawal-amount").inputValue()).toBe("")
    await shopSnap(page, "withdraw-requested", ready('[data-testid="withdrawal-row"]'))
  })
})
