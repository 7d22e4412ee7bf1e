import { parse } from "csv-parse/sync"
import fs from "node:fs"
import { byTestId, gotoAdmin, openAdmin, type Admin } from "../helpers/browser"
import { chooseOption, field } from "../helpers/forms"
import { adminApi, eventually, type Json } from "../helpers/http"
import { openCreateForm } from "../helpers/pages"
import { snap } from "../helpers/snap"
import { fundedAccount } from "../helpers/withdrawals"

const FIGURES = ["pending", "available", "held", "total", "debt"]
const MONEY = ["rebate_cost", "settled", "gmv"]

describe("Rebates reports", () => {
  let admin: Admin

  beforeAll(async () => {
    await fundedAccount(undefined, 20) // rewards, and settled money for the reconciliation
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("sets a campaign's funding in the form and shows it on the campaign", async () => {
    const { page } = admin
    await openCreateForm(page)
    await field(page, "name").fill(`E2E merchant-funded ${Date.now().toString(36)}`)
    await field(page, "reward.rate").fill("3")
    await chooseOption(page, "campaign-funding", "merchant", /merchant/i)
    await byTestId(page, "campaign-save").click()
    await page.waitForURL(/\/rebates\/campaigns\/[^/]+$/, { timeout: 30000 })
    const id = page.url().split("/").pop()!
    const { rebate_campaign: campaign } = await adminApi.get(`/admin/rebate-campaigns/${id}`)
    expect(campaign.funding).toBe("merchant")
    expect(await byTestId(page, "campaign-funding-value").innerText()).toContain("Merchant")
    await byTestId(page, "campaign-edit").click()
    await byTestId(page, "campaign-funding").waitFor()
    expect(await byTestId(page, "campaign-funding").innerText()).toContain("Merchant")
    await snap(page, "campaign-funding-form", {
      ready: async (p) => {
        await byTestId(p, "campaign-edit").click()
        await byTestId(p, "campaign-funding").waitFor()
      },
    })
  })

  it("shows the liability and the campaign cost of GET /admin/rebate-reports", async () => {
    const { page } = admin
    const asked = page.waitForResponse(
      (r) => r.url().includes("/admin/rebate-reports/campaigns") && r.request().method() === "GET"
    )
    await gotoAdmin(page, "/rebates/reports")
    await byTestId(page, "rebates-reports").waitFor()
    const nav = page.locator('a[href="/app/rebates/reports"]').first()
    expect(await nav.innerText()).toContain("Reports")

    const { rebate_liability: liability } = await adminApi.get("/admin/rebate-reports/liability")
    const usd = liability.liability.find((l: Json) => l.currency_code === "usd")
    expect(Number(usd.total)).toBeGreaterThan(0)
    await byTestId(page, "reports-liability-usd").waitFor()
    for (const row of liability.liability) {
      for (const figure of FIGURES) {
        const cell = byTestId(page, `reports-liability-${figure}-${row.currency_code}`)
        expect(await cell.getAttribute("data-value")).toEqual(row[figure])
      }
    }

    const query = Object.fromEntries(new URL((await asked).url()).searchParams.entries())
    expect(Object.keys(query).sort()).toEqual(["from", "to"])
    const { rebate_campaign_report: report } = await adminApi.get(
      "/admin/rebate-reports/campaigns",
      query
    )
    expect(report.totals.length).toBeGreaterThan(0)
    for (const totals of report.totals) {
      const id = `reports-campaign-total-${totals.currency_code}`
      await byTestId(page, id).waitFor()
      for (const figure of MONEY) {
        expect(await byTestId(page, `${id}-${figure}`).getAttribute("data-value")).toEqual(
          totals[figure]
        )
      }
    }
    for (const row of report.campaigns) {
      const id = `reports-campaign-${row.campaign_id ?? "none"}-${row.currency_code}`
      expect(await byTestId(page, `${id}-rebate_cost`).getAttribute("data-value")).toEqual(
        row.rebate_cost
      )
    }
  })

  it("runs the reconciliation export to done and downloads the file", async () => {
    const { page } = admin
    await gotoAdmin(page, "/rebates/reports")
    const started = page.waitForResponse(
      (r) => r.url().includes("/admin/rebate-reports/exports") && r.request().method() === "POST"
    )
    await byTestId(page, "report-export-start").click()
    const response = await started
    expect(response.status()).toBe(202)
    const { rebate_report_export: created } = (await response.json()) as Json

    const current = byTestId(page, "report-export-current")
    await current.waitFor()
    expect(await current.getAttribute("data-id")).toEqual(created.id)
    await current
      .locator('[data-testid="report-export-status"]', { hasText: "Done" })
      .waitFor({ timeout: 60000 })
    expect(
      await current.locator('[data-testid="report-export-progress"]').getAttribute("data-value")
    ).toBe("100")

    const done = await eventually(
      async () =>
        (await adminApi.get(`/admin/rebate-reports/exports/${created.id}`))
          .rebate_report_export as Json,
      (e) => e.status === "done"
    )
    expect(done.status).toBe("done")
    expect(done.rows_done).toEqual(done.rows_total)
    expect(done.rows_total).toBeGreaterThan(0)
    const rowsText = await current.locator('[data-testid="report-export-rows"]').innerText()
    expect(rowsText).toContain(String(done.rows_total))

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      current.locator(`[data-testid="report-export-download-${created.id}"]`).click(),
    ])
    expect(download.suggestedFilename()).toEqual(done.filename)
    const records: Record<string, string>[] = parse(
      fs.readFileSync((await download.path())!, "utf8"),
      { columns: true }
    )
    expect(records).toHaveLength(done.rows_total)
    expect(records.every((r) => r.entry_id.startsWith("rle_"))).toBe(true)
    expect(records.some((r) => r.type === "settle" || r.type === "adjust")).toBe(true)

    // The list of exports shows it, newest first, with its own download.
    const list = byTestId(page, "report-exports-list")
    await list.locator(`[data-testid="report-export-${created.id}"]`).waitFor()

    await snap(page, "reports", {
      ready: async (p) => {
        await byTestId(p, "reports-liability-usd").waitFor()
        await byTestId(p, "report-exports-list").waitFor()
      },
    })
  })
})
