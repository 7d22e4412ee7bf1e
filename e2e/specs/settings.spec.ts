import { byTestId, gotoAdmin, openAdmin, settle, type Admin } from "../helpers/browser"
import { field, pick } from "../helpers/forms"
import { adminApi, eventually, storeApi } from "../helpers/http"
import { snap } from "../helpers/snap"
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

  it("saves the risk control section: a rule off, a threshold and an internal sales channel", async () => {
    const { page } = admin
    const RISK_KEYS = [
      "risk_rules_disabled",
      "risk_velocity_max_per_promoter",
      "risk_internal_sales_channel_ids",
    ]
    const { sales_channels } = await adminApi.get("/admin/sales-channels?limit=1")
    const channel = sales_channels[0]
    try {
      await gotoAdmin(page, "/rebates/settings")
      const section = byTestId(page, "settings-risk")
      await section.scrollIntoViewIfNeeded()
      await snap(page, "settings-risk", { langs: ["en"] })

      // Untick "shared device": the rule is stored as disabled, the others stay on.
      await section.locator('[data-rule="shared_device"]').click()
      await field(page, "risk_velocity_max_per_promoter").fill("7")
      await pick(page, "settings-risk-sales-channels", channel.name)
      await byTestId(page, "settings-save").click()

      const { rebate_settings } = await eventually(
        () => adminApi.get("/admin/rebate-settings"),
        (r) => r.rebate_settings.risk_velocity_max_per_promoter === 7
      )
      expect(rebate_settings.risk_rules_disabled).toEqual(["shared_device"])
      expect(rebate_settings.risk_internal_sales_channel_ids).toEqual([channel.id])

      // After a reload the form shows what was stored.
      await gotoAdmin(page, "/rebates/settings")
      await expect(
        byTestId(page, "settings-risk")
          .locator('[data-rule="shared_device"]')
          .getAttribute("data-state")
      ).resolves.toBe("unchecked")
      await expect(
        byTestId(page, "settings-risk")
          .locator('[data-rule="velocity_ip"]')
          .getAttribute("data-state")
      ).resolves.toBe("checked")
      await expect(field(page, "risk_velocity_max_per_promoter").inputValue()).resolves.toBe("7")
      await expect(
        byTestId(page, "picker-selected-sales_channel").first().innerText()
      ).resolves.toContain(channel.name)
      await snap(page, "settings-risk-saved")
    } finally {
      // Other specs place orders through this channel: it must not stay marked internal.
      await adminApi.post("/admin/rebate-settings", { reset: RISK_KEYS })
    }
  })
})
