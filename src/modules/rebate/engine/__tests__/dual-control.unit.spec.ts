import { adjustmentNeedsSecondAdmin } from "../dual-control"

const thresholds = [
  { currency_code: "usd", amount: 100 },
  { currency_code: "jpy", amount: 10000 },
]

describe("adjustmentNeedsSecondAdmin", () => {
  it("asks for a second admin above the currency's threshold, credit or debit", () => {
    expect(adjustmentNeedsSecondAdmin("100.01", "usd", thresholds)).toBe(true)
    expect(adjustmentNeedsSecondAdmin("-100.01", "USD", thresholds)).toBe(true)
    expect(adjustmentNeedsSecondAdmin(10001, "jpy", thresholds)).toBe(true)
  })

  it("posts at once at or below the threshold", () => {
    expect(adjustmentNeedsSecondAdmin("100", "usd", thresholds)).toBe(false)
    expect(adjustmentNeedsSecondAdmin("-100.00", "usd", thresholds)).toBe(false)
    expect(adjustmentNeedsSecondAdmin("0.01", "usd", thresholds)).toBe(false)
  })

  it("needs no second admin in a currency the setting does not list, or with no setting", () => {
    expect(adjustmentNeedsSecondAdmin("1000000", "eur", thresholds)).toBe(false)
    expect(adjustmentNeedsSecondAdmin("1000000", "usd", [])).toBe(false)
  })

  it("compares exact decimals, not floats", () => {
    const tiny = [{ currency_code: "usd", amount: 0.3 }]
    // 0.1 + 0.2 as a float is 0.30000000000000004; the decimal "0.30" is not above 0.3.
    expect(adjustmentNeedsSecondAdmin("0.30", "usd", tiny)).toBe(false)
    expect(adjustmentNeedsSecondAdmin("0.31", "usd", tiny)).toBe(true)
  })
})
