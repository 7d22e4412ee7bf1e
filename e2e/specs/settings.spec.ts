import { byTestId, gotoAdmin, openAdmin, settle, type Admin } from "../helpers/browser"
import { field } from "../helpers/forms"
import { adminApi, eventually, storeApi } from "../helpers/http"
import settingsEn from "../../src/admin/i18n/en/settings.json"

const label = settingsEn.fields.settlement_window_days.label

describe("Settings", () => {
  let admin: Admin

  beforeAll(async () => {
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("changes the settlement window: the storefront's program terms and the audit trail follow", async () => {
    const { page } = admin
    const { rebate_program: before } = await storeApi().get("/store/rebates/program")
    const next = before.settlement_window_days === 11 ? 12 : 11

    await gotoAdmin(page, "/rebates/settings")
    await field(page, "settlement_window_days").fill(String(next))
    await byTestId(page, "settings-save").click()

    const { rebate_program: after } = await eventually(
      () => storeApi().get("/store/rebates/program"),
      (r) => r.rebate_program.settlement_window_days === next
    )
    expect(after.settlement_window_days).toBe(next)
    const { rebate_settings } = await adminApi.get("/admin/rebate-settings")
    expect(rebate_settings.settlement_window_days).toBe(next)

    await settle(page)
    // The newest audit row (the trail is newest first): this setting, now `next` days.
    const changes = byTestId(page, "settings-changes")
    const newest = changes.locator("tbody tr").first()
    const shown = await eventually(
      async () => ({
        setting: await newest.locator("td").nth(0).innerText(),
        to: await newest.locator("td").nth(2).innerText(),
      }),
      (row) => row.to.trim().startsWith(`${next} `),
      { timeout: 20000 }
    )
    expect(shown.setting).toBe(label)
    expect(shown.to).toMatch(new RegExp(`^${next}\\b`))
  })
})
