import { RISK_RULES, riskSettingsOf } from "../../engine/risk"
import { resolveOptions } from "../../options-check"
import { SETTING_KEYS } from "../definitions"
import {
  effectiveSettings,
  planSettingChanges,
  readSettingsUpdate,
  settingDefaults,
} from "../resolve"

const defaults = settingDefaults(resolveOptions({}))

const errorOf = (body: unknown) => {
  const read = readSettingsUpdate(body)
  return "error" in read ? read.error : null
}
const valuesOf = (body: unknown) => {
  const read = readSettingsUpdate(body)
  if ("error" in read) throw new Error(read.error)
  return read.value
}

describe("setting defaults", () => {
  it("are the resolved plugin options", () => {
    expect(defaults).toEqual({
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
    })
    const custom = settingDefaults(
      resolveOptions({
        settlement_window_days: 14,
        fulfillment_settlement_delay_days: 3,
        attribution_model: "first_touch",
        reward_expiry_days: 365,
        min_withdrawal: [{ currency_code: "USD", amount: 10 }],
        terms: "https://shop.test/terms",
      })
    )
    expect(custom).toMatchObject({
      settlement_window_days: 14,
      fulfillment_settlement_delay_days: 3,
      attribution_model: "first_touch",
      reward_expiry_days: 365,
      min_withdrawal: [{ currency_code: "usd", amount: 10 }],
      terms: "https://shop.test/terms",
    })
  })
})

describe("readSettingsUpdate", () => {
  it("accepts every setting, normalising currency codes and amounts", () => {
    expect(
      valuesOf({
        settlement_window_days: 0,
        fulfillment_settlement_delay_days: null,
        attribution_window_days: 3650,
        attribution_model: "first_touch",
        level1_priority: "attribution",
        binding_validity_days: 90,
        min_withdrawal: [
          { currency_code: "USD", amount: "10.50" },
          { currency_code: "jpy", amount: 1000 },
        ],
        reward_expiry_days: null,
        terms: "Cashback settles 7 days after delivery.",
        reset: [],
      })
    ).toEqual({
      values: {
        settlement_window_days: 0,
        fulfillment_settlement_delay_days: null,
        attribution_window_days: 3650,
        attribution_model: "first_touch",
        level1_priority: "attribution",
        binding_validity_days: 90,
        min_withdrawal: [
          { currency_code: "usd", amount: 10.5 },
          { currency_code: "jpy", amount: 1000 },
        ],
        reward_expiry_days: null,
        terms: "Cashback settles 7 days after delivery.",
      },
      reset: [],
    })
    expect(valuesOf(undefined)).toEqual({ values: {}, reset: [] })
    expect(valuesOf({})).toEqual({ values: {}, reset: [] })
    expect(valuesOf({ reset: ["terms", "terms"] })).toEqual({ values: {}, reset: ["terms"] })
  })

  it.each([
    [{ settlement_window_days: -1 }, /^settlement_window_days: must be a whole number/],
    [{ settlement_window_days: 1.5 }, /^settlement_window_days: /],
    [{ settlement_window_days: "7" }, /^settlement_window_days: /],
    [{ settlement_window_days: 3651 }, /^settlement_window_days: .*0 to 3650/],
    [{ settlement_window_days: null }, /^settlement_window_days: /],
    [{ attribution_window_days: Number.NaN }, /^attribution_window_days: /],
    [{ fulfillment_settlement_delay_days: -2 }, /^fulfillment_settlement_delay_days: .*or null/],
    [{ binding_validity_days: 1e9 }, /^binding_validity_days: /],
    [{ attribution_model: "middle_touch" }, /^attribution_model: must be one of last_touch/],
    [{ level1_priority: null }, /^level1_priority: must be one of binding, attribution/],
    [{ min_withdrawal: {} }, /^min_withdrawal: must be a list/],
    [{ min_withdrawal: [null] }, /^min_withdrawal\.0: /],
    [
      { min_withdrawal: [{ currency_code: "dollars", amount: 1 }] },
      /^min_withdrawal\.0\.currency_code/,
    ],
    [{ min_withdrawal: [{ currency_code: "usd", amount: -1 }] }, /^min_withdrawal\.0\.amount: /],
    [{ min_withdrawal: [{ currency_code: "usd", amount: "1e3" }] }, /^min_withdrawal\.0\.amount/],
    [{ min_withdrawal: [{ currency_code: "usd", amount: 1.23456 }] }, /^min_withdrawal\.0\.amount/],
    [{ min_withdrawal: [{ currency_code: "usd" }] }, /^min_withdrawal\.0\.amount: /],
    [
      { min_withdrawal: [{ currency_code: "usd", amount: 1, note: "x" }] },
      /^min_withdrawal\.0\.note/,
    ],
    [
      {
        min_withdrawal: [
          { currency_code: "usd", amount: 1 },
          { currency_code: "USD", amount: 2 },
        ],
      },
      /^min_withdrawal\.1\.currency_code: usd is listed twice/,
    ],
    [{ terms: 5 }, /^terms: /],
    [
      { settlement_window_dayz: 3 },
      /^settlement_window_dayz: unknown setting .*did you mean settlement_window_days/,
    ],
    [{ hash_secret: "x".repeat(40) }, /^hash_secret: unknown setting/],
    [{ reset: "terms" }, /^reset: must be a list/],
    [{ reset: ["terms", "nope"] }, /^reset\.1: unknown setting nope/],
    [{ terms: "a", reset: ["terms"] }, /^reset\.0: terms cannot be both set and reset/],
    [[], /^body: /],
    ["text", /^body: /],
  ])("refuses %j, naming the field", (body, message) => {
    expect(errorOf(body)).toMatch(message)
  })
})

it("refuses terms over 2000 characters", () => {
  expect(errorOf({ terms: "x".repeat(2000) })).toBeNull()
  expect(errorOf({ terms: "x".repeat(2001) })).toMatch(/^terms: .*2000/)
})

describe("effectiveSettings", () => {
  it("puts stored overrides over the defaults and ignores what it cannot read", () => {
    const { settings, overridden } = effectiveSettings(defaults, {
      settlement_window_days: 14,
      reward_expiry_days: null,
      attribution_window_days: -5, // a value a later check refuses: the default applies
      retired_setting: true, // a key this version does not know
    })
    expect(settings).toEqual({ ...defaults, settlement_window_days: 14 })
    expect(overridden).toEqual(["settlement_window_days", "reward_expiry_days"])
  })
})

describe("planSettingChanges", () => {
  const plan = (stored: Record<string, unknown>, body: unknown) =>
    planSettingChanges(defaults, stored, valuesOf(body))

  it("changes only keys whose value really changes, from the value in force", () => {
    expect(plan({}, { settlement_window_days: 7, attribution_window_days: 10 })).toEqual([
      { key: "attribution_window_days", from: 30, to: 10, action: "set" },
    ])
    expect(plan({ settlement_window_days: 14 }, { settlement_window_days: 14 })).toEqual([])
    expect(plan({ settlement_window_days: 14 }, { settlement_window_days: 7 })).toEqual([
      { key: "settlement_window_days", from: 14, to: 7, action: "set" },
    ])
  })

  it("resets only overridden keys, to the default", () => {
    expect(plan({}, { reset: ["settlement_window_days"] })).toEqual([])
    expect(plan({ settlement_window_days: 14 }, { reset: ["settlement_window_days"] })).toEqual([
      { key: "settlement_window_days", from: 14, to: 7, action: "reset" },
    ])
  })

  it("compares lists by value", () => {
    const usd = [{ currency_code: "usd", amount: 10 }]
    expect(
      plan({ min_withdrawal: usd }, { min_withdrawal: [{ currency_code: "USD", amount: "10" }] })
    ).toEqual([])
    expect(plan({}, { min_withdrawal: usd })).toEqual([
      { key: "min_withdrawal", from: [], to: usd, action: "set" },
    ])
  })

  it("knows every setting", () => {
    expect(SETTING_KEYS).toHaveLength(Object.keys(defaults).length)
  })
})

describe("risk settings", () => {
  it("accepts each key at its bounds, normalising the lists", () => {
    expect(
      valuesOf({
        risk_checks_enabled: false,
        risk_rules_disabled: ["shared_ip", "self_referral_email", "shared_ip"],
        risk_velocity_window_hours: 720,
        risk_velocity_max_per_promoter: 100000,
        risk_velocity_max_per_ip: 1,
        risk_velocity_max_per_device: 1,
        risk_farming_window_days: 365,
        risk_farming_max_new_accounts: 1000,
        risk_new_account_days: 0,
        risk_internal_sales_channel_ids: [" sc_staff ", "sc_b2b", "sc_staff"],
        visit_retention_days: 1,
      }).values
    ).toEqual({
      risk_checks_enabled: false,
      // RISK_RULES order, once each, whatever order they were given in.
      risk_rules_disabled: ["self_referral_email", "shared_ip"],
      risk_velocity_window_hours: 720,
      risk_velocity_max_per_promoter: 100000,
      risk_velocity_max_per_ip: 1,
      risk_velocity_max_per_device: 1,
      risk_farming_window_days: 365,
      risk_farming_max_new_accounts: 1000,
      risk_new_account_days: 0,
      risk_internal_sales_channel_ids: ["sc_b2b", "sc_staff"],
      visit_retention_days: 1,
    })
  })

  it.each([
    [{ risk_checks_enabled: "yes" }, /^risk_checks_enabled: must be true or false/],
    [{ risk_rules_disabled: "shared_ip" }, /^risk_rules_disabled: must be a list/],
    [
      { risk_rules_disabled: ["shared_ip", "self_referral_name"] },
      /^risk_rules_disabled\.1: unknown risk rule self_referral_name; rules: self_referral_email/,
    ],
    [{ risk_rules_disabled: [7] }, /^risk_rules_disabled\.0: unknown risk rule 7/],
    [{ risk_velocity_window_hours: 0 }, /^risk_velocity_window_hours: .*of hours from 1 to 720/],
    [{ risk_velocity_window_hours: 721 }, /^risk_velocity_window_hours: .*1 to 720/],
    [{ risk_velocity_window_hours: 1.5 }, /^risk_velocity_window_hours: /],
    [{ risk_velocity_max_per_promoter: 0 }, /^risk_velocity_max_per_promoter: .*1 to 100000/],
    [{ risk_velocity_max_per_promoter: 100001 }, /^risk_velocity_max_per_promoter: /],
    [{ risk_velocity_max_per_ip: "10" }, /^risk_velocity_max_per_ip: .*1 to 100000/],
    [{ risk_velocity_max_per_device: null }, /^risk_velocity_max_per_device: .*1 to 100000/],
    [{ risk_farming_window_days: 0 }, /^risk_farming_window_days: .*of days from 1 to 365/],
    [{ risk_farming_window_days: 366 }, /^risk_farming_window_days: /],
    [{ risk_farming_max_new_accounts: 0 }, /^risk_farming_max_new_accounts: .*1 to 1000/],
    [{ risk_farming_max_new_accounts: 1001 }, /^risk_farming_max_new_accounts: /],
    [{ risk_new_account_days: -1 }, /^risk_new_account_days: .*0 to 365/],
    [{ risk_new_account_days: 366 }, /^risk_new_account_days: /],
    [
      { risk_internal_sales_channel_ids: "sc_1" },
      /^risk_internal_sales_channel_ids: must be a list/,
    ],
    [{ risk_internal_sales_channel_ids: ["sc_1", " "] }, /^risk_internal_sales_channel_ids\.1: /],
    [
      { risk_internal_sales_channel_ids: [{ id: "sc_1" }] },
      /^risk_internal_sales_channel_ids\.0: /,
    ],
    [
      { risk_internal_sales_channel_ids: ["x".repeat(101)] },
      /^risk_internal_sales_channel_ids\.0: /,
    ],
    [{ visit_retention_days: 0 }, /^visit_retention_days: .*of days from 1 to 3650/],
    [{ visit_retention_days: 3651 }, /^visit_retention_days: /],
  ])("refuses %j, naming the field", (body, message) => {
    expect(errorOf(body)).toMatch(message)
  })

  it("accepts 200 sales channels and every rule switched off", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `sc_${String(i).padStart(3, "0")}`)
    expect(valuesOf({ risk_internal_sales_channel_ids: ids }).values).toEqual({
      risk_internal_sales_channel_ids: ids,
    })
    expect(errorOf({ risk_internal_sales_channel_ids: [...ids, "sc_200"] })).toMatch(
      /^risk_internal_sales_channel_ids: .*at most 200/
    )
    expect(valuesOf({ risk_rules_disabled: [...RISK_RULES].reverse() }).values).toEqual({
      risk_rules_disabled: [...RISK_RULES],
    })
  })

  it("gives the checks their settings", () => {
    const stored = {
      risk_checks_enabled: false,
      risk_rules_disabled: ["order_unpaid"],
      risk_velocity_max_per_ip: 25,
      risk_internal_sales_channel_ids: ["sc_staff"],
    }
    const { settings } = effectiveSettings(defaults, stored)
    expect(riskSettingsOf(settings)).toEqual({
      enabled: false,
      disabled_rules: ["order_unpaid"],
      velocity_window_hours: 24,
      velocity_max_per_promoter: 50,
      velocity_max_per_ip: 25,
      velocity_max_per_device: 10,
      farming_window_days: 7,
      farming_max_new_accounts: 3,
      new_account_days: 7,
      internal_sales_channel_ids: ["sc_staff"],
    })
  })

  it("compares the risk lists by value, so a reordered list is no change", () => {
    const stored = { risk_rules_disabled: ["self_referral_email", "shared_ip"] }
    expect(
      planSettingChanges(
        defaults,
        stored,
        valuesOf({ risk_rules_disabled: ["shared_ip", "self_referral_email"] })
      )
    ).toEqual([])
  })
})
