import type { Page } from "playwright-core"
import { byTestId, gotoAdmin, openAdmin, settle, type Admin } from "../helpers/browser"
import { env } from "../helpers/env"
import { field } from "../helpers/forms"
import { adminApi, eventually, HttpError, request, type Json } from "../helpers/http"
import { snap } from "../helpers/snap"
import { accountNow, fundedAccount } from "../helpers/withdrawals"

/** The second admin: invited by the seeded one and signed up with a password, once per store. */
const SECOND = { email: "second-admin@medusa-rebates.test", password: "supersecret-2" }

/** The second admin's bearer token, creating the admin (invite, register, accept) if needed. */
async function secondAdminToken(): Promise<string> {
  const login = () =>
    request("POST", "/auth/user/emailpass", { body: SECOND }).then((r) => r.token as string)
  try {
    return await login()
  } catch {
    const { invite } = await adminApi.post("/admin/invites", { email: SECOND.email })
    const { token } = await request("POST", "/auth/user/emailpass/register", { body: SECOND })
    await request("POST", "/admin/invites/accept", {
      query: { token: invite.token },
      body: { first_name: "Second", last_name: "Admin" },
      headers: { authorization: `Bearer ${token}` },
    })
    return login()
  }
}

/** A browser logged in as the second admin, through the login form. */
async function openSecondAdmin(): Promise<Admin> {
  const admin = await openAdmin()
  await admin.context.clearCookies()
  const { page } = admin
  await page.goto(`${env.baseUrl}/app/login`)
  await page.locator('input[name="email"]').fill(SECOND.email)
  await page.fill('input[name="password"]', SECOND.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.includes("/login"), { timeout: 60000 })
  return admin
}

const pendingRow = (page: Page, reason: string) =>
  byTestId(page, "adjustment-requests").locator("tr", { hasText: reason }).first()

describe("Adjustments under dual control", () => {
  let first: Admin
  let second: Admin | undefined
  let account: Json

  beforeAll(async () => {
    account = await fundedAccount(undefined, 20)
    first = await openAdmin()
  })
  afterAll(async () => {
    await adminApi
      .post("/admin/rebate-settings", { reset: ["adjustment_dual_control_above"] })
      .catch(() => {})
    await second?.close()
    await first?.close()
  })

  it("sets the dual-control threshold and the redemption settings on the Settings page", async () => {
    const { page } = first
    await gotoAdmin(page, "/rebates/settings")
    await byTestId(page, "settings-adjustment-dual-control-above-add").click()
    await field(page, "adjustment_dual_control_above.0.currency_code").fill("USD")
    await field(page, "adjustment_dual_control_above.0.amount").fill("50")
    await byTestId(page, "setting-redemption_hold_minutes").waitFor()
    await byTestId(page, "setting-redemption_enabled").waitFor()
    await byTestId(page, "settings-save").click()
    const { rebate_settings: settings } = await eventually(
      () => adminApi.get("/admin/rebate-settings"),
      (r) => r.rebate_settings.adjustment_dual_control_above.length > 0
    )
    expect(settings.adjustment_dual_control_above).toEqual([{ currency_code: "usd", amount: 50 }])

    // A hold time out of range is shown under its field, and nothing is saved.
    await field(page, "redemption_hold_minutes").fill("2")
    await byTestId(page, "settings-save").click()
    await byTestId(page, "setting-redemption_hold_minutes")
      .getByText(/5 to 10080|5 到 10080/)
      .waitFor()
    expect(
      (await adminApi.get("/admin/rebate-settings")).rebate_settings.redemption_hold_minutes
    ).toBe(60)
    await field(page, "redemption_hold_minutes").fill("60")
    await byTestId(page, "setting-adjustment_dual_control_above").scrollIntoViewIfNeeded()
    await snap(page, "settings-dual-control-redemption")
  })

  it("admin A's large adjustment waits for admin B, who approves it: the balance moves once", async () => {
    const { page } = first
    const amount = 60 + Math.floor(Math.random() * 90 + 10) / 100
    const reason = `E2E migration credit ${Date.now()}`
    const before = await accountNow(account.id)

    await gotoAdmin(page, `/rebates/accounts/${account.id}`)
    await byTestId(page, "rebate-adjust").click()
    await page.locator("#rebate-adjust-amount").fill(amount.toFixed(2))
    await page.locator("#rebate-adjust-reason").fill(reason)
    await byTestId(page, "adjust-submit").click()
    await page
      .getByText(/sent for a second admin's approval/)
      .first()
      .waitFor()

    // Pending, shown under the balances; nothing moved; the requester cannot approve it.
    const row = pendingRow(page, reason)
    await row.waitFor()
    expect(await row.innerText()).toContain(amount.toFixed(2))
    const approve = row.locator('[data-testid="adjustment-request-approve"]')
    expect(await approve.isDisabled()).toBe(true)
    await row.locator('[data-testid="adjustment-request-own-note"]').waitFor()
    expect((await accountNow(account.id)).available).toBeCloseTo(before.available, 2)
    const { rebate_adjustment_requests: pending } = await adminApi.get(
      "/admin/rebate-adjustment-requests",
      { account_id: account.id, status: "pending" }
    )
    const asked = pending.find((r: Json) => r.reason === reason)
    expect(asked).toMatchObject({ amount, status: "pending" })
    const own = await adminApi
      .post(`/admin/rebate-adjustment-requests/${asked.id}/approve`, {})
      .then(
        () => null,
        (e: HttpError) => e
      )
    expect([own?.status, own?.body.message]).toEqual([
      400,
      expect.stringMatching(/nobody approves their own adjustment/),
    ])
    await settle(page)
    await snap(page, "adjustment-request-pending", {
      ready: async (p) => {
        await pendingRow(p, reason).waitFor()
      },
    })

    // Admin B sees the same request with Approve enabled, and approves it.
    const secondToken = await secondAdminToken()
    second = await openSecondAdmin()
    const other = second.page
    await gotoAdmin(other, `/rebates/accounts/${account.id}`)
    const theirs = pendingRow(other, reason)
    await theirs.waitFor()
    const theirApprove = theirs.locator('[data-testid="adjustment-request-approve"]')
    expect(await theirApprove.isDisabled()).toBe(false)
    await theirApprove.click()
    await other.getByRole("alertdialog").getByRole("button", { name: "Approve and post" }).click()
    await theirs.waitFor({ state: "detached" })

    const after = await eventually(
      () => accountNow(account.id),
      (a) => Math.abs(a.available - (before.available + amount)) < 0.001
    )
    expect(after.available).toBeCloseTo(before.available + amount, 2)
    const decided = (await adminApi.get(`/admin/rebate-adjustment-requests/${asked.id}`))
      .rebate_adjustment_request
    const me = (await getAs("/admin/users/me", secondToken)).user
    expect(decided).toMatchObject({ status: "approved", decided_by: me.id })
    const { rebate_entries } = await adminApi.get(`/admin/rebate-accounts/${account.id}/entries`, {
      type: "adjust",
      limit: 5,
    })
    const entry = rebate_entries.find((e: Json) => e.id === decided.entry_id)
    expect(entry).toMatchObject({
      amount,
      reason,
      actor_id: me.id,
      metadata: { adjustment_request_id: asked.id, requested_by: asked.requested_by },
    })
    await settle(other)
    await snap(other, "adjustment-request-approved")
  })
})

/** A GET with a given admin's token. */
const getAs = (path: string, token: string) =>
  request("GET", path, { headers: { authorization: `Bearer ${token}` } })
