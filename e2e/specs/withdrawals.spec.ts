import { parse } from "csv-parse/sync"
import fs from "node:fs"
import type { Page } from "playwright-core"
import { byTestId, gotoAdmin, openAdmin, settle, type Admin } from "../helpers/browser"
import { field } from "../helpers/forms"
import { adminApi, eventually, HttpError, type Json } from "../helpers/http"
import { accountNow, fundedAccount, requestWithdrawal } from "../helpers/withdrawals"

/** A USD amount with cents, so that a rounding slip shows in the balances. */
const uniqueAmount = (base: number) =>
  Number((base + Math.floor(Math.random() * 90 + 10) / 100).toFixed(2))

/** The withdrawal by id, through the admin API. */
const withdrawalNow = async (id: string) =>
  (await adminApi.get(`/admin/rebate-withdrawals/${id}`)).rebate_withdrawal as Json

/** Waits for the detail page's status badge to say `text`. */
const statusIs = (page: Page, text: string) =>
  byTestId(page, "withdrawal-status").filter({ hasText: text }).first().waitFor()

/** Confirms the open prompt (Medusa's usePrompt) with its `confirm` button. */
const confirmPrompt = (page: Page, confirm: string) =>
  page.getByRole("alertdialog").getByRole("button", { name: confirm }).click()

describe("Withdrawals", () => {
  let admin: Admin
  let account: Json

  beforeAll(async () => {
    account = await fundedAccount(undefined, 60)
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("shows a requested withdrawal in the queue and exports it in the CSV batch", async () => {
    const { page } = admin
    const amount = uniqueAmount(3)
    const withdrawal = await requestWithdrawal(amount)
    expect(withdrawal.status).toBe("requested")

    await gotoAdmin(page, "/rebates/withdrawals")
    const table = byTestId(page, "rebate-withdrawals-table")
    const row = table.locator("tr", { has: page.locator(`[data-id="${withdrawal.id}"]`) })
    await row.first().waitFor()
    expect(await row.locator('[data-testid="withdrawal-status"]').innerText()).toBe("Requested")
    const text = await row.innerText()
    expect(text).toContain("Manual payout")
    expect(text).toContain("bob@example.com")
    expect(text).toContain("…4300") // the account, masked

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      byTestId(page, "withdrawals-export").click(),
    ])
    const records: Record<string, string>[] = parse(
      fs.readFileSync((await download.path())!, "utf8"),
      { columns: true }
    )
    const cells = records.find((r) => r.id === withdrawal.id)
    expect(cells).toMatchObject({
      customer_email: "bob@example.com",
      currency_code: "USD",
      amount: String(amount),
      provider_id: "manual",
      status: "requested",
    })

    await row.click()
    await page.waitForURL((u) => u.pathname.endsWith(`/rebates/withdrawals/${withdrawal.id}`))
    await statusIs(page, "Requested")
  })

  it("rejects with a reason: the hold goes back to available", async () => {
    const { page } = admin
    const before = await accountNow(account.id)
    const amount = uniqueAmount(4)
    const withdrawal = await requestWithdrawal(amount)
    const held = await accountNow(account.id)
    expect(held.available).toBeCloseTo(before.available - amount, 2)
    expect(held.held).toBeCloseTo(before.held + amount, 2)

    await gotoAdmin(page, `/rebates/withdrawals/${withdrawal.id}`)
    await byTestId(page, "withdrawal-reject").click()
    await byTestId(page, "withdrawal-reject-submit").click()
    // A reason is required: the form refuses to send without one.
    await page.getByRole("alert").first().waitFor()
    expect((await withdrawalNow(withdrawal.id)).status).toBe("requested")

    const reason = `E2E: holder name does not match ${Date.now().toString(36)}`
    await field(page, "reason").fill(reason)
    await byTestId(page, "withdrawal-reject-submit").click()
    await statusIs(page, "Rejected")
    await byTestId(page, "withdrawal-rejection-reason").filter({ hasText: reason }).waitFor()
    await byTestId(page, "withdrawal-history").getByText(reason).first().waitFor()

    const after = await withdrawalNow(withdrawal.id)
    expect(after.status).toBe("rejected")
    expect(after.rejection_reason).toBe(reason)
    const released = await eventually(
      () => accountNow(account.id),
      (a) => Math.abs(a.available - before.available) < 0.005
    )
    expect(released.available).toBeCloseTo(before.available, 2)
    expect(released.held).toBeCloseTo(before.held, 2)
  })

  it("approves a manual payout, then marks it paid with the bank's reference", async () => {
    const { page } = admin
    const before = await accountNow(account.id)
    const amount = uniqueAmount(5)
    const withdrawal = await requestWithdrawal(amount)

    await gotoAdmin(page, `/rebates/withdrawals/${withdrawal.id}`)
    // Mark paid is for an approved withdrawal only.
    expect(await byTestId(page, "withdrawal-mark-paid").count()).toBe(0)
    await byTestId(page, "withdrawal-approve").click()
    await confirmPrompt(page, "Approve")
    await statusIs(page, "Approved")
    expect((await withdrawalNow(withdrawal.id)).status).toBe("approved")

    const reference = `E2E-TRF-${Date.now().toString(36).toUpperCase()}`
    await byTestId(page, "withdrawal-mark-paid").click()
    await field(page, "reference").fill(reference)
    await byTestId(page, "withdrawal-mark-paid-submit").click()
    await statusIs(page, "Paid")
    await byTestId(page, "withdrawal-reference").filter({ hasText: reference }).waitFor()
    expect(await byTestId(page, "withdrawal-reject").count()).toBe(0)

    const paid = await withdrawalNow(withdrawal.id)
    expect(paid.status).toBe("paid")
    expect(paid.reference).toBe(reference)
    expect(paid.approvals).toHaveLength(1)
    const after = await accountNow(account.id)
    expect(after.available).toBeCloseTo(before.available - amount, 2)
    expect(after.held).toBeCloseTo(before.held, 2)
    expect(after.paid_out).toBeCloseTo(before.paid_out + amount, 2)
  })

  it("approves a store-credit withdrawal: the loyalty plugin pays it at once", async () => {
    const { page } = admin
    const before = await accountNow(account.id)
    const amount = uniqueAmount(2)
    const withdrawal = await requestWithdrawal(amount, { provider: "store_credit" })

    await gotoAdmin(page, `/rebates/withdrawals/${withdrawal.id}`)
    await byTestId(page, "withdrawal-approve").click()
    await confirmPrompt(page, "Approve")
    await statusIs(page, "Paid")
    expect(await byTestId(page, "withdrawal-mark-paid").count()).toBe(0)

    const paid = await withdrawalNow(withdrawal.id)
    expect(paid.status).toBe("paid")
    expect(paid.reference).toBeTruthy() // the store-credit transaction
    await byTestId(page, "withdrawal-reference").filter({ hasText: paid.reference }).waitFor()
    const after = await accountNow(account.id)
    expect(after.paid_out).toBeCloseTo(before.paid_out + amount, 2)
    expect(after.held).toBeCloseTo(before.held, 2)
  })

  it("under dual control keeps the first approval and refuses the same admin's second", async () => {
    const { page } = admin
    let id: string | undefined
    try {
      // The threshold (and a daily count far above what the tests use) set on the Settings page.
      await gotoAdmin(page, "/rebates/settings")
      await byTestId(page, "settings-withdrawal-dual-control-above-add").click()
      await field(page, "withdrawal_dual_control_above.0.currency_code").fill("USD")
      await field(page, "withdrawal_dual_control_above.0.amount").fill("5")
      await field(page, "withdrawal_daily_count").fill("500")
      await byTestId(page, "settings-save").click()
      const { rebate_settings: settings } = await eventually(
        () => adminApi.get("/admin/rebate-settings"),
        (r) => r.rebate_settings.withdrawal_dual_control_above.length > 0
      )
      expect(settings.withdrawal_dual_control_above).toEqual([{ currency_code: "usd", amount: 5 }])
      expect(settings.withdrawal_daily_count).toBe(500)

      const withdrawal = await requestWithdrawal(uniqueAmount(8))
      id = withdrawal.id
      expect(withdrawal.approvals_required).toBe(2)

      await gotoAdmin(page, `/rebates/withdrawals/${withdrawal.id}`)
      await byTestId(page, "withdrawal-approve").click()
      await confirmPrompt(page, "Approve")
      await byTestId(page, "withdrawal-approve-note").waitFor()
      await settle(page)
      expect(await byTestId(page, "withdrawal-approve").isDisabled()).toBe(true)
      await statusIs(page, "Requested")
      await byTestId(page, "withdrawal-approvals-section").getByText("Approval 1").waitFor()

      const once = await withdrawalNow(withdrawal.id)
      expect(once.status).toBe("requested")
      expect(once.approvals).toHaveLength(1)
      const second = await adminApi
        .post(`/admin/rebate-withdrawals/${withdrawal.id}/approve`, {})
        .then(
          () => null,
          (e: HttpError) => e
        )
      expect(second).toBeInstanceOf(HttpError)
      expect(second!.status).toBeGreaterThanOrEqual(400)
      expect(second!.status).toBeLessThan(500)
      expect(second!.body.message).toMatch(/second, different admin/)
      expect((await withdrawalNow(withdrawal.id)).approvals).toHaveLength(1)

      // The queue shows where it stands.
      await gotoAdmin(page, "/rebates/withdrawals")
      const table = byTestId(page, "rebate-withdrawals-table")
      const row = table.locator("tr", { has: page.locator(`[data-id="${withdrawal.id}"]`) })
      await row.getByText("1 of 2").first().waitFor()
    } finally {
      if (id) {
        await adminApi
          .post(`/admin/rebate-withdrawals/${id}/reject`, { reason: "E2E clean-up" })
          .catch(() => {})
      }
      await adminApi.post("/admin/rebate-settings", {
        reset: ["withdrawal_dual_control_above", "withdrawal_daily_count"],
      })
    }
  })
})
