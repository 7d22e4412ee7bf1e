import { resolveProgram, resolveReferralSettings } from "../options"

describe("resolveProgram", () => {
  it("fills in the documented defaults", () => {
    expect(resolveProgram()).toEqual({
      terms: null,
      settlement_window_days: 7,
      attribution_window_days: 30,
      levels: 2,
      min_withdrawal: [],
      expiry: null,
    })
  })

  it("keeps the store's own settings and normalises currency codes", () => {
    const program = resolveProgram({
      terms: "https://shop.example/cashback",
      settlement_window_days: 14,
      attribution_window_days: 0,
      reward_expiry_days: 365,
      min_withdrawal: [{ currency_code: "USD", amount: 10 }],
    })
    expect(program).toMatchObject({
      terms: "https://shop.example/cashback",
      settlement_window_days: 14,
      attribution_window_days: 0,
      expiry: { days: 365 },
      min_withdrawal: [{ currency_code: "usd", amount: 10 }],
    })
  })

  it.each([
    [{ settlement_window_days: -1 }, /settlement_window_days/],
    [{ settlement_window_days: 1.5 }, /settlement_window_days/],
    [{ attribution_window_days: Number.NaN }, /attribution_window_days/],
    [{ reward_expiry_days: -3 }, /reward_expiry_days/],
    [{ min_withdrawal: [{ currency_code: "dollars", amount: 5 }] }, /min_withdrawal/],
    [{ min_withdrawal: [{ currency_code: "usd", amount: -5 }] }, /min_withdrawal/],
  ])("refuses %j at boot", (options, message) => {
    expect(() => resolveProgram(options)).toThrow(message)
  })
})

describe("resolveReferralSettings", () => {
  it("fills in the documented defaults", () => {
    expect(resolveReferralSettings({ storefront_url: "https://shop.example" })).toEqual({
      attribution_window_days: 30,
      binding_validity_days: null,
      attribution_model: "last_touch",
      level1_priority: "binding",
      storefront_url: "https://shop.example",
      poster: { width: 750, height: 1334, template_path: null, font_files: [] },
    })
  })

  it("refuses settings that cannot work, naming the option", () => {
    expect(() => resolveReferralSettings({ binding_validity_days: -1 })).toThrow(
      /binding_validity_days/
    )
    expect(() =>
      resolveReferralSettings({ attribution_model: "middle_touch" as "first_touch" })
    ).toThrow(/attribution_model/)
    expect(() => resolveReferralSettings({ level1_priority: "x" as "binding" })).toThrow(
      /level1_priority/
    )
    expect(() => resolveReferralSettings({ storefront_url: "shop.example" })).toThrow(
      /storefront_url/
    )
    expect(() => resolveReferralSettings({ poster: { width: 50 } })).toThrow(/poster.width/)
  })
})
