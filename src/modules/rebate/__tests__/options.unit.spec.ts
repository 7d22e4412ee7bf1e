import { resolveHashSecret, resolveProgram, resolveReferralSettings } from "../options"

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
      hash_secret: expect.any(String),
      visit_dedup_minutes: 30,
      rate_limits: { visits_per_minute: 30, cart_codes_per_minute: 20, images_per_minute: 20 },
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
    expect(() => resolveReferralSettings({ visit_dedup_minutes: -5 })).toThrow(
      /visit_dedup_minutes/
    )
    expect(() => resolveReferralSettings({ rate_limits: { visits_per_minute: 2.5 } })).toThrow(
      /rate_limits.visits_per_minute/
    )
    expect(() =>
      resolveReferralSettings({
        rate_limits: { per_hour: 5 } as unknown as { visits_per_minute: number },
      })
    ).toThrow(/rate_limits.per_hour/)
  })

  it("keeps the store's own limits; 0 switches one off", () => {
    expect(
      resolveReferralSettings({ visit_dedup_minutes: 0, rate_limits: { images_per_minute: 0 } })
    ).toMatchObject({
      visit_dedup_minutes: 0,
      rate_limits: { visits_per_minute: 30, cart_codes_per_minute: 20, images_per_minute: 0 },
    })
  })
})

describe("hash_secret", () => {
  const secret = "k".repeat(32)

  it("is the store's own key when given, at least 32 characters", () => {
    expect(resolveHashSecret({ hash_secret: secret }, "production")).toBe(secret)
    expect(resolveReferralSettings({ hash_secret: secret }).hash_secret).toBe(secret)
    expect(() => resolveHashSecret({ hash_secret: "short" }, "development")).toThrow(
      /hash_secret: expected at least 32 characters/
    )
    expect(() => resolveHashSecret({ hash_secret: "" }, "production")).toThrow(/hash_secret/)
  })

  it("refuses to start in production without one, naming the option", () => {
    expect(() => resolveHashSecret({}, "production")).toThrow(
      /hash_secret is required in production/
    )
    const env = process.env.NODE_ENV
    process.env.NODE_ENV = "production"
    try {
      // The service resolves its settings when Medusa constructs it: a missing key stops the boot.
      expect(() => resolveReferralSettings({ storefront_url: "https://shop.example" })).toThrow(
        /hash_secret/
      )
    } finally {
      process.env.NODE_ENV = env
    }
  })

  it("outside production falls back to a development key", () => {
    expect(resolveHashSecret({}, "development")).toHaveLength(resolveHashSecret({}, "test").length)
    expect(resolveHashSecret({}, "development").length).toBeGreaterThanOrEqual(32)
  })
})
