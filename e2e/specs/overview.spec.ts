import { byTestId, dataValue, gotoAdmin, openAdmin, type Admin } from "../helpers/browser"
import { orderWithRewards } from "../helpers/fixtures"
import { adminApi, type Json } from "../helpers/http"

const SUB_ITEMS = [
  ["campaigns", "Campaigns"],
  ["accounts", "Accounts"],
  ["referrals", "Referrals"],
  ["settings", "Settings"],
  ["health", "Ledger health"],
]
const TOTALS = [
  "rebate_cost",
  "gmv",
  "orders",
  "customers",
  "promoters",
  "accrued",
  "settled",
  "voided",
  "clawed_back",
]
const BUCKETS = ["pending", "available", "held", "total"]

describe("Rebates overview", () => {
  let admin: Admin

  beforeAll(async () => {
    await orderWithRewards() // something to count
    admin = await openAdmin({ form: true }) // through the login form
  })
  afterAll(() => admin?.close())

  it("has Rebates in the sidebar, with its pages as sub-items", async () => {
    const { page } = admin
    await gotoAdmin(page, "/rebates")
    const nav = page.locator("aside nav, nav").first()
    await expect(nav.locator('a[href="/app/rebates"]').first().innerText()).resolves.toContain(
      "Rebates"
    )
    const missing: string[] = []
    for (const [path, label] of SUB_ITEMS) {
      const link = nav.locator(`a[href="/app/rebates/${path}"]`)
      if (!(await link.count()) || !(await link.first().innerText()).includes(label)) {
        missing.push(`${path} (${label})`)
      }
    }
    expect(missing).toEqual([])
  })

  it("shows the figures of GET /admin/rebate-stats for the period it asks for", async () => {
    const { page } = admin
    const response = page.waitForResponse(
      (r) => r.url().includes("/admin/rebate-stats") && r.request().method() === "GET"
    )
    await gotoAdmin(page, "/rebates")
    const asked = new URL((await response).url()).searchParams
    await byTestId(page, "rebates-overview").waitFor()

    const { rebate_stats: stats } = await adminApi.get(
      "/admin/rebate-stats",
      Object.fromEntries(asked.entries())
    )
    const usd = stats.totals.find((t: Json) => t.currency_code === "usd")
    expect(usd?.orders).toBeGreaterThanOrEqual(1)

    const shown: Record<string, number> = {}
    const expected: Record<string, number> = {}
    for (const totals of stats.totals) {
      for (const field of TOTALS) {
        const id = `stat-${field}-${totals.currency_code}`
        expected[id] = totals[field]
        shown[id] = await dataValue(page, id)
      }
    }
    for (const row of stats.liability) {
      for (const bucket of BUCKETS) {
        const id = `liability-${bucket}-${row.currency_code}`
        expected[id] = row[bucket]
        shown[id] = await dataValue(page, id)
      }
    }
    expect(shown).toEqual(expected)
  })
})
