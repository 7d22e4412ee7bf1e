import { currencyDecimals, isMinorUnitExact, roundToMinorUnit, toRawAmount } from "../money"

describe("currencyDecimals (ISO 4217 minor units)", () => {
  it.each([
    ["usd", 2],
    ["EUR", 2],
    ["jpy", 0],
    ["KRW", 0],
    ["vnd", 0],
    ["clp", 0],
    ["kwd", 3],
    ["BHD", 3],
    ["omr", 3],
    ["tnd", 3],
    ["clf", 4],
  ])("%s has %i decimals", (code, decimals) => {
    expect(currencyDecimals(code)).toEqual(decimals)
  })
})

describe("roundToMinorUnit: once, half away from zero", () => {
  it.each([
    // DESIGN.md §2 worked examples
    ["2.7", "usd", "2.7"], // 5% of 54.00
    ["1.3495", "usd", "1.35"], // 5% of 26.99
    ["59.97", "jpy", "60"], // 3% of ¥1,999
    // ties go away from zero, in both directions
    ["0.125", "usd", "0.13"],
    ["-0.125", "usd", "-0.13"],
    ["0.124999", "usd", "0.12"],
    ["2.5", "jpy", "3"],
    ["-2.5", "krw", "-3"],
    ["1.0005", "kwd", "1.001"],
    ["1.0004", "bhd", "1"],
    ["0.00049", "kwd", "0"],
    // no float ever: 0.1 + 0.2 style inputs stay exact
    ["0.3000000000000000444", "usd", "0.3"],
    ["123456789012.345", "usd", "123456789012.35"],
  ])("%s %s -> %s", (input, currency, expected) => {
    expect(roundToMinorUnit(input, currency).toFixed()).toEqual(expected)
  })
})

describe("isMinorUnitExact", () => {
  it.each([
    ["1.23", "usd", true],
    ["1.230", "usd", true],
    ["1.235", "usd", false],
    ["100", "jpy", true],
    ["100.5", "jpy", false],
    ["1.234", "kwd", true],
    ["1.2345", "kwd", false],
    ["NaN", "usd", false],
    ["Infinity", "usd", false],
  ])("%s %s -> %s", (amount, currency, exact) => {
    expect(isMinorUnitExact(amount, currency)).toEqual(exact)
  })
})

describe("toRawAmount", () => {
  it("stores the exact decimal string in Medusa's raw form", () => {
    expect(toRawAmount(roundToMinorUnit("1.3495", "usd"))).toEqual({ value: "1.35", precision: 20 })
  })
})
