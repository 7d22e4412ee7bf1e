import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebateIntegrationTestRunner } from "./helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import { signedBearer, storeHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { capture, fulfil, lineOf, placeOrder } from "./helpers/orders"
import { createLoggedInCustomer, createOrderSpecSetup } from "./helpers/store-fixtures"
import { updateRebateSettingsStep } from "../../src/workflows/settings/steps/update-rebate-settings"

jest.setTimeout(180 * 1000)

const DAY = 86_400_000

/** What the test app's options (medusa-config.ts: hash_secret only) give every setting. */
const DEFAULTS = {
  settlement_window_days: 7,
  fulfillment_settlement_delay_days: null,
  attribution_window_days: 30,
  attribution_model: "last_touch",
  level1_priority: "binding",
  binding_validity_days: null,
  min_withdrawal: [],
  reward_expiry_days: null,
  terms: null,
  withdrawal_daily_count: null,
  withdrawal_daily_amount: [],
  withdrawal_dual_control_above: [],
  adjustment_dual_control_above: [],
  redemption_enabled: true,
  redemption_hold_minutes: 60,
  risk_checks_enabled: true,
  risk_rules_disabled: [],
  risk_velocity_window_hours: 24,
  risk_velocity_max_per_promoter: 50,
  risk_velocity_max_per_ip: 10,
  risk_velocity_max_per_device: 10,
  risk_farming_window_days: 7,
  risk_farming_max_new_accounts: 3,
  risk_new_account_days: 7,
  risk_internal_sales_channel_ids: [],
  visit_retention_days: 90,
}

// A step after the update fails: the workflow's compensation must put the settings back.
const failStep = createStep("test-settings-forced-failure", async () => {
  throw new Error("forced failure after the settings update")
})
const updateThenFail = createWorkflow(
  "test-update-settings-then-fail",
  (input: Parameters<typeof updateRebateSettingsStep>[0]) => {
    updateRebateSettingsStep(input)
    failStep()
    return new WorkflowResponse(undefined)
  }
)

/** An admin with a name, so that the audit trail can show who changed what. */
async function namedAdmin(container: MedusaContainer) {
  const email = "ops@test.dev"
  const user = await container
    .resolve(Modules.USER)
    .createUsers({ email, first_name: "Olga", last_name: "Ops" })
  const authorization = await signedBearer(container, { type: "user", id: user.id, email })
  return { user, headers: { authorization } }
}

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof namedAdmin>>

    beforeEach(async () => {
      admin = await namedAdmin(getContainer())
    })

    const settings = async () => (await api.get("/admin/rebate-settings", admin)).data
    const post = (body: unknown) => api.post("/admin/rebate-settings", body, admin)
    const changes = async (query = "") =>
      (await api.get(`/admin/rebate-settings/changes${query}`, admin)).data

    it("starts at the plugin options, and a change applies at once with an audit row", async () => {
      expect(await settings()).toEqual({
        rebate_settings: DEFAULTS,
        defaults: DEFAULTS,
        overridden: [],
      })
      const store = await storeHeaders(getContainer())
      const program = async () =>
        (await api.get("/store/rebates/program", store)).data.rebate_program
      expect(await program()).toMatchObject({
        settlement_window_days: 7,
        min_withdrawal: [],
        expiry: null,
      })

      const res = await post({
        settlement_window_days: 14,
        min_withdrawal: [{ currency_code: "USD", amount: "10.50" }],
        reward_expiry_days: 365,
        attribution_model: "last_touch", // already in force: no change, no audit row
      })
      expect(res.status).toBe(200)
      const changed = {
        ...DEFAULTS,
        settlement_window_days: 14,
        min_withdrawal: [{ currency_code: "usd", amount: 10.5 }],
        reward_expiry_days: 365,
      }
      expect(res.data).toEqual({
        rebate_settings: changed,
        defaults: DEFAULTS,
        overridden: ["settlement_window_days", "min_withdrawal", "reward_expiry_days"],
      })
      expect(await settings()).toEqual(res.data)
      // The storefront sees it on the next request: no process keeps a copy.
      expect(await program()).toMatchObject({
        settlement_window_days: 14,
        min_withdrawal: [{ currency_code: "usd", amount: 10.5 }],
        expiry: { days: 365 },
      })
      const rebate = getContainer().resolve<RebateModuleService>(REBATE_MODULE)
      expect(await rebate.retrieveSettings()).toEqual(changed)

      const trail = await changes()
      expect(trail).toMatchObject({ count: 3, offset: 0, limit: 20 })
      expect(trail.rebate_setting_changes).toHaveLength(3)
      expect(trail.rebate_setting_changes).toEqual(
        expect.arrayContaining([
          {
            id: expect.stringMatching(/^rsch_/),
            key: "settlement_window_days",
            from_value: 7,
            to_value: 14,
            actor_type: "user",
            actor_id: admin.user.id,
            actor: {
              id: admin.user.id,
              email: "ops@test.dev",
              first_name: "Olga",
              last_name: "Ops",
            },
            created_at: expect.any(String),
          },
          expect.objectContaining({
            key: "min_withdrawal",
            from_value: [],
            to_value: [{ currency_code: "usd", amount: 10.5 }],
          }),
          expect.objectContaining({ key: "reward_expiry_days", from_value: null, to_value: 365 }),
        ])
      )

      // The same values again change nothing and write no audit row; so does an empty body.
      expect((await post({ settlement_window_days: 14, reward_expiry_days: 365 })).data).toEqual(
        res.data
      )
      expect((await post({})).status).toBe(200)
      expect((await changes()).count).toBe(3)

      // Reset: back to the default, audited from the override to the default.
      const reset = await post({ reset: ["settlement_window_days", "terms"] })
      expect(reset.data.rebate_settings.settlement_window_days).toBe(7)
      expect(reset.data.overridden).toEqual(["min_withdrawal", "reward_expiry_days"])
      expect(await program()).toMatchObject({ settlement_window_days: 7 })
      const after = await changes("?limit=1")
      expect(after).toMatchObject({ count: 4, limit: 1, offset: 0 })
      expect(after.rebate_setting_changes).toEqual([
        expect.objectContaining({
          key: "settlement_window_days",
          from_value: 14,
          to_value: 7,
          actor_id: admin.user.id,
        }),
      ])
      expect((await changes("?limit=2&offset=3")).rebate_setting_changes).toHaveLength(1)
    })

    it("refuses bad input with a 400 naming the field, and changes nothing", async () => {
      await post({ settlement_window_days: 10 })
      const before = await settings()
      const cases: [unknown, RegExp][] = [
        [{ settlement_window_days: -1 }, /settlement_window_days: must be a whole number/],
        [{ settlement_window_days: "14" }, /settlement_window_days: /],
        [{ attribution_window_days: 3651 }, /attribution_window_days: .*0 to 3650/],
        [{ attribution_model: "middle_touch" }, /attribution_model: must be one of/],
        [
          { terms: "ok", min_withdrawal: [{ currency_code: "usd", amount: -5 }] },
          /min_withdrawal\.0\.amount: /,
        ],
        [
          { min_withdrawal: [{ currency_code: "dollars", amount: 5 }] },
          /min_withdrawal\.0\.currency_code/,
        ],
        [
          { settlement_window_dayz: 3 },
          /settlement_window_dayz: unknown setting .*settlement_window_days/,
        ],
        [{ hash_secret: "x".repeat(40) }, /hash_secret: unknown setting/],
        [{ reset: ["nope"] }, /reset\.0: unknown setting nope/],
        [{ terms: "x", reset: ["terms"] }, /reset\.0: terms cannot be both set and reset/],
        [[1, 2], /body: must be an object/],
        [
          { adjustment_dual_control_above: [{ currency_code: "usd", amount: "abc" }] },
          /adjustment_dual_control_above\.0\.amount: /,
        ],
        [
          {
            adjustment_dual_control_above: [
              { currency_code: "usd", amount: 100 },
              { currency_code: "USD", amount: 200 },
            ],
          },
          /adjustment_dual_control_above\.1\.currency_code: usd is listed twice/,
        ],
        [{ adjustment_dual_control_above: { usd: 100 } }, /adjustment_dual_control_above: /],
        [{ redemption_enabled: "yes" }, /redemption_enabled: must be true or false/],
        [{ redemption_hold_minutes: 4 }, /redemption_hold_minutes: .*5 to 10080/],
        [{ redemption_hold_minutes: 10081 }, /redemption_hold_minutes: .*5 to 10080/],
        [{ redemption_hold_minutes: 30.5 }, /redemption_hold_minutes: /],
      ]
      for (const [body, message] of cases) {
        const res = await post(body).catch(errorResponse)
        expect([res.status, res.data.type]).toEqual([400, "invalid_data"])
        expect(res.data.message).toMatch(message)
      }
      expect(await settings()).toEqual(before)
      expect((await changes()).count).toBe(1)
      // The list's own parameters are checked too.
      const bad = await api
        .get("/admin/rebate-settings/changes?limit=0", admin)
        .catch(errorResponse)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/limit/)
    })

    it("takes the dual-control threshold for adjustments and the redemption settings", async () => {
      const res = await post({
        adjustment_dual_control_above: [{ currency_code: "EUR", amount: "250.50" }],
        redemption_enabled: false,
        redemption_hold_minutes: 5,
      })
      expect(res.data.rebate_settings).toEqual({
        ...DEFAULTS,
        adjustment_dual_control_above: [{ currency_code: "eur", amount: 250.5 }],
        redemption_enabled: false,
        redemption_hold_minutes: 5,
      })
      const reset = await post({ reset: ["redemption_enabled", "redemption_hold_minutes"] })
      expect(reset.data.rebate_settings).toMatchObject({
        redemption_enabled: true,
        redemption_hold_minutes: 60,
      })
    })

    it("a failed workflow puts the settings back, with the undo in the audit trail", async () => {
      await post({ settlement_window_days: 10 })
      const before = await settings()
      const { errors } = await updateThenFail(getContainer()).run({
        input: {
          values: { settlement_window_days: 20, attribution_window_days: 5 },
          actor_type: "user",
          actor_id: admin.user.id,
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toMatch(/forced failure/)
      expect(await settings()).toEqual(before)
      const trail = await changes()
      expect(trail.count).toBe(5)
      expect(
        trail.rebate_setting_changes
          .filter((c: { actor_type: string }) => c.actor_type === "system")
          .map((c: { key: string; from_value: unknown; to_value: unknown }) => [
            c.key,
            c.from_value,
            c.to_value,
          ])
          .sort()
      ).toEqual([
        ["attribution_window_days", 5, 30],
        ["settlement_window_days", 20, 10],
      ])
    })

    it("needs an admin", async () => {
      for (const call of [
        api.get("/admin/rebate-settings"),
        api.post("/admin/rebate-settings", { settlement_window_days: 1 }),
        api.get("/admin/rebate-settings/changes"),
      ]) {
        expect((await call.catch(errorResponse)).status).toBe(401)
      }
      const customer = await createLoggedInCustomer(getContainer(), "shopper@example.com")
      const asCustomer = { headers: { authorization: customer.authorization } }
      const res = await api.get("/admin/rebate-settings", asCustomer).catch(errorResponse)
      expect(res.status).toBe(401)
    })

    it("the next order's rewards use the settlement window and fulfilment delay in force", async () => {
      const container = getContainer()
      const { store, buyer, rebate } = await createOrderSpecSetup(container)
      await api.post(
        "/admin/rebate-campaigns",
        { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 } },
        admin
      )
      await post({ settlement_window_days: 14, fulfillment_settlement_delay_days: 2 })
      const order = await placeOrder(container, store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: [{ variant_id: store.teeM.id, quantity: 1 }],
      })
      const [accrued] = await eventually(async () => {
        const rows = await rebate.listRebateRewards({ order_id: order.id })
        expect(rows).toHaveLength(1)
        return rows
      })
      expect(accrued.settlement_window_days).toBe(14)
      // Never marked delivered: the window starts 2 days after the fulfilment, then runs 14 days.
      await capture(container, order.id)
      await fulfil(
        container,
        store,
        order.id,
        [{ id: lineOf(order, store.teeM.id), quantity: 1 }],
        { ship: false, deliver: false }
      )
      const [reward] = await eventually(async () => {
        const rows = await rebate.listRebateRewards({ order_id: order.id })
        expect(rows[0].settles_at).not.toBeNull()
        return rows
      })
      const window = new Date(reward.settles_at!).getTime() - Date.now()
      expect(window).toBeGreaterThan(15.9 * DAY)
      expect(window).toBeLessThan(16.1 * DAY)
    })

    it("referral visits attribute for the attribution window in force", async () => {
      const container = getContainer()
      const promoter = await createLoggedInCustomer(container, "promoter@example.com")
      const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
      const { code } = await rebate.ensureReferralCode(promoter.customer.id)
      const store = await storeHeaders(container)
      const visit = async (device_id: string) => {
        const { data } = await api.post(
          "/store/rebates/referral-visits",
          { code, device_id },
          store
        )
        return new Date(data.referral_visit.expires_at).getTime() - Date.now()
      }
      expect(await visit("phone-1")).toBeGreaterThan(29.9 * DAY)
      await post({ attribution_window_days: 3 })
      const days = await visit("phone-2")
      expect(days).toBeGreaterThan(2.9 * DAY)
      expect(days).toBeLessThan(3.1 * DAY)
      await post({ reset: ["attribution_window_days"] })
      expect(await visit("phone-3")).toBeGreaterThan(29.9 * DAY)
    })
  },
})
