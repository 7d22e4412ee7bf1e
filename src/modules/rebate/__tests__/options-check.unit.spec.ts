import { assertOptionShapes, nearestName, placeholderWarnings } from "../options-check"
import { resolveProgram } from "../options"

describe("assertOptionShapes", () => {
  it("accepts every documented option", () => {
    expect(() =>
      assertOptionShapes({
        terms: "https://shop.test/terms",
        settlement_window_days: 7,
        catch_up_days: 7,
        fulfillment_settlement_delay_days: null,
        attribution_window_days: 30,
        min_withdrawal: [{ currency_code: "eur", amount: 10 }],
        reward_expiry_days: null,
        binding_validity_days: null,
        attribution_model: "last_touch",
        level1_priority: "binding",
        storefront_url: "https://shop.test",
        poster: { width: 750, height: 1334, template_path: null, font_files: [] },
        hash_secret: "x".repeat(32),
        visit_dedup_minutes: 30,
        rate_limits: { visits_per_minute: 30, cart_codes_per_minute: 20, images_per_minute: 20 },
      })
    ).not.toThrow()
    expect(() => assertOptionShapes(undefined)).not.toThrow()
    expect(() => assertOptionShapes({ terms: undefined })).not.toThrow()
    // Medusa adds the shared connection to every module's options.
    expect(() => assertOptionShapes({ database: { clientUrl: "postgres://x" } })).not.toThrow()
  })

  it("stops boot on an unknown option, naming the nearest known one and listing them all", () => {
    expect(() => assertOptionShapes({ settlement_window_dayz: 7 })).toThrow(
      /Unknown rebate option settlement_window_dayz \(did you mean settlement_window_days\?\)\. Known options: terms, settlement_window_days, .*rate_limits/
    )
    expect(() => assertOptionShapes({ poster: { widht: 700 } })).toThrow(
      /Unknown rebate option poster\.widht \(did you mean poster\.width\?\)\. Known options of poster: width, height/
    )
    expect(() => assertOptionShapes({ rate_limit: {} })).toThrow(/did you mean rate_limits\?/)
    expect(() => assertOptionShapes({ colour: "red" })).toThrow(
      /^Unknown rebate option colour\. Known/
    )
    expect(() => assertOptionShapes({ min_withdrawal: [{ currency: "usd", amount: 10 }] })).toThrow(
      /min_withdrawal\[0\]\.currency \(did you mean min_withdrawal\[0\]\.currency_code\?\)/
    )
  })

  it("names the type it got when a value has the wrong type", () => {
    expect(() => assertOptionShapes({ settlement_window_days: "7" })).toThrow(
      'Invalid rebate option settlement_window_days: expected a whole number of days, got the string "7"'
    )
    expect(() => assertOptionShapes({ reward_expiry_days: "never" })).toThrow(
      /expected a whole number of days or null, got the string "never"/
    )
    expect(() => assertOptionShapes({ poster: "big" })).toThrow(
      /poster: expected an object, got the string "big"/
    )
    expect(() => assertOptionShapes({ min_withdrawal: { usd: 10 } })).toThrow(
      /min_withdrawal: expected a list of \{ currency_code, amount \}, got an object/
    )
    expect(() =>
      assertOptionShapes({ min_withdrawal: [{ currency_code: "usd", amount: "10" }] })
    ).toThrow(/min_withdrawal\[0\]\.amount: expected a number .*, got the string "10"/)
    expect(() => assertOptionShapes([])).toThrow(/expected an object, got an array/)
  })

  it("shows the type in range errors too", () => {
    expect(() => resolveProgram({ settlement_window_days: 1.5 })).toThrow(
      "expected a whole number of days >= 0, got the number 1.5"
    )
  })
})

describe("nearestName", () => {
  it("suggests only what looks like a typo", () => {
    expect(nearestName("storefronturl", ["storefront_url", "terms"])).toEqual("storefront_url")
    expect(nearestName("TERMS", ["storefront_url", "terms"])).toEqual("terms")
    expect(nearestName("colour", ["storefront_url", "terms"])).toBeNull()
  })
})

describe("placeholderWarnings", () => {
  it("warns about the README's placeholders and about localhost links in production", () => {
    expect(
      placeholderWarnings({
        storefront_url: "https://your-store.example",
        terms: "https://your-store.example/cashback-terms",
      })
    ).toEqual([
      expect.stringContaining("storefront_url is a placeholder"),
      expect.stringContaining("terms is a placeholder"),
    ])
    const saved = process.env.STOREFRONT_URL
    delete process.env.STOREFRONT_URL
    try {
      expect(placeholderWarnings({}, "production")).toEqual([
        expect.stringContaining("no storefront_url option"),
      ])
      expect(placeholderWarnings({ storefront_url: "https://shop.test" }, "production")).toEqual([])
      expect(placeholderWarnings({}, "development")).toEqual([])
    } finally {
      if (saved !== undefined) process.env.STOREFRONT_URL = saved
    }
  })
})
