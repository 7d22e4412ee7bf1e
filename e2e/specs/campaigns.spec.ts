import type { Page } from "playwright-core"
import { byTestId, gotoAdmin, openAdmin, settle, type Admin } from "../helpers/browser"
import { chooseOption, field, fillCurrencyAmount, pick } from "../helpers/forms"
import { adminApi, type Json } from "../helpers/http"
import { productByHandle } from "../helpers/orders"
import { openCreateForm } from "../helpers/pages"

const run = Date.now().toString(36)

/** Saves the open form; the new campaign's detail page opens. Returns the campaign id. */
async function save(page: Page) {
  await byTestId(page, "campaign-save").click()
  await page.waitForURL(/\/rebates\/campaigns\/[^/]+$/, { timeout: 30000 })
  return page.url().split("/").pop()!
}

describe("Campaigns", () => {
  let admin: Admin
  let tee: Json
  let shell: Json
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    ;[tee, shell] = await Promise.all([
      productByHandle("classic-tee"),
      productByHandle("rain-shell"),
    ])
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("creates a percentage campaign on one product through the form", async () => {
    const { page } = admin
    await openCreateForm(page)
    await field(page, "name").fill(`E2E 7% on the tee ${run}`)
    await chooseOption(page, "campaign-type", "percentage", /percentage/i)
    await field(page, "reward.rate").fill("7")
    await pick(page, "picker-product_ids", "Classic", "Classic Tee")
    ids.percentage = await save(page)
  })

  it("creates a tiered campaign with two bands through the form", async () => {
    const { page } = admin
    await openCreateForm(page)
    await field(page, "name").fill(`E2E tiers on the shell ${run}`)
    await chooseOption(page, "campaign-type", "tiered", /tier/i)
    await fillCurrencyAmount(page, "reward.tiers.0.min_amount", "usd", "50")
    await field(page, "reward.tiers.0.rate").fill("3")
    await byTestId(page, "tier-add").click()
    await fillCurrencyAmount(page, "reward.tiers.1.min_amount", "usd", "100")
    await field(page, "reward.tiers.1.rate").fill("6")
    await pick(page, "picker-product_ids", "Rain", "Rain Shell")
    ids.tiered = await save(page)
  })

  it("lists both campaigns", async () => {
    const { page } = admin
    await gotoAdmin(page, "/rebates/campaigns")
    const table = byTestId(page, "rebate-campaigns-table")
    for (const name of [`E2E 7% on the tee ${run}`, `E2E tiers on the shell ${run}`]) {
      await table.getByText(name).first().waitFor()
      expect(await table.getByText(name).count()).toBe(1)
    }
  })

  it("activates the percentage campaign from its detail page", async () => {
    const { page } = admin
    await gotoAdmin(page, `/rebates/campaigns/${ids.percentage}`)
    await byTestId(page, "campaign-activate").click()
    await byTestId(page, "campaign-pause").waitFor() // shown once the campaign is active
    await settle(page)
    const { rebate_campaign } = await adminApi.get(`/admin/rebate-campaigns/${ids.percentage}`)
    expect(rebate_campaign.status).toBe("active")
  })

  it("stored the rewards and conditions chosen in the forms", async () => {
    const [{ rebate_campaign: percentage }, { rebate_campaign: tiered }] = await Promise.all([
      adminApi.get(`/admin/rebate-campaigns/${ids.percentage}`),
      adminApi.get(`/admin/rebate-campaigns/${ids.tiered}`),
    ])
    expect(percentage).toMatchObject({ type: "percentage", conditions: { product_ids: [tee.id] } })
    expect(Number(percentage.reward.rate)).toBe(7)
    expect(tiered).toMatchObject({
      type: "tiered",
      status: "draft",
      conditions: { product_ids: [shell.id] },
    })
    const tiers = tiered.reward.tiers.map((t: { min_amount: { usd: string }; rate: string }) => [
      Number(t.min_amount.usd),
      Number(t.rate),
    ])
    expect(tiers).toEqual([
      [50, 3],
      [100, 6],
    ])
  })
})
