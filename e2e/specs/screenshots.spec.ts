import type { Page } from "playwright-core"
import { gotoAdmin, LANGS, openAdmin, setLanguage, type Admin } from "../helpers/browser"
import { customerByEmail, orderWithRewards } from "../helpers/fixtures"
import { chooseOption } from "../helpers/forms"
import { adminApi, type Json } from "../helpers/http"
import { env } from "../helpers/env"
import { openCreateForm } from "../helpers/pages"
import { snap } from "../helpers/snap"
import { someWithdrawal } from "../helpers/withdrawals"

const CAMPAIGN_TYPES = ["percentage", "tiered", "fixed", "referral", "distribution"]

type Shot = { name: string; open: (page: Page) => Promise<void> }

/** Every page of the plugin, and Medusa's pages that carry its widgets. */
async function shots(): Promise<Shot[]> {
  const [{ order, product }, alice, bob, { rebate_campaigns }] = await Promise.all([
    orderWithRewards("fleece-jacket", 1),
    customerByEmail(env.customers.alice.email),
    customerByEmail(env.customers.bob.email),
    adminApi.get("/admin/rebate-campaigns", { q: "5% cashback" }),
  ])
  const withdrawal = await someWithdrawal()
  const { rebate_accounts } = await adminApi.get("/admin/rebate-accounts", {
    customer_id: alice.id,
    currency_code: "usd",
  })
  const at = (name: string, route: string): Shot => ({
    name,
    open: (page) => gotoAdmin(page, route, { spa: true }),
  })
  return [
    at("overview", "/rebates"),
    at("campaigns-list", "/rebates/campaigns"),
    // One form, its type switched: each type's reward fields.
    ...CAMPAIGN_TYPES.map((type, i) => ({
      name: `campaign-form-${type}`,
      open: async (page: Page) => {
        if (i === 0) await openCreateForm(page)
        await chooseOption(page, "campaign-type", type)
      },
    })),
    at("campaign-detail", `/rebates/campaigns/${(rebate_campaigns as Json[])[0].id}`),
    at("accounts-list", "/rebates/accounts"),
    at("account-detail", `/rebates/accounts/${rebate_accounts[0].id}`),
    at("withdrawals-list", "/rebates/withdrawals"),
    at("withdrawal-detail", `/rebates/withdrawals/${withdrawal.id}`),
    at("referrals", "/rebates/referrals"),
    at("referrals-customer", `/rebates/referrals?customer_id=${alice.id}`),
    at("settings", "/rebates/settings"),
    at("health", "/rebates/health"),
    at("product-widget", `/products/${product.id}`),
    at("order-widget", `/orders/${order.id}`),
    at("customer-widget", `/customers/${bob.id}`),
  ]
}

describe("Screenshots", () => {
  let admin: Admin
  let all: Shot[]

  beforeAll(async () => {
    all = await shots()
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  for (const lang of LANGS) {
    it(`of every page in ${lang}`, async () => {
      const { page } = admin
      await setLanguage(page, lang)
      const failed: string[] = []
      for (const shot of all) {
        try {
          await shot.open(page)
          await snap(page, shot.name, { langs: [lang] })
        } catch (error) {
          failed.push(`${shot.name}: ${(error as Error).message.split("\n")[0]}`)
        }
      }
      expect(failed).toEqual([])
    }, 300000)
  }
})
