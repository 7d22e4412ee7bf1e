import { approvalsRequired, startOfUtcDay, withdrawalRefusal } from "../withdrawal-limits"

const limits = {
  min_withdrawal: [{ currency_code: "usd", amount: 10 }],
  daily_count: 3,
  daily_amount: [{ currency_code: "usd", amount: 500 }],
}
const none = { count: 0, amount: "0" }

describe("withdrawalRefusal", () => {
  it("lets a request within every limit through", () => {
    expect(withdrawalRefusal({ amount: "10", currency_code: "usd" }, limits, none)).toBeNull()
    expect(
      withdrawalRefusal({ amount: "100", currency_code: "usd" }, limits, {
        count: 2,
        amount: "400",
      })
    ).toBeNull()
    // A currency without limits has none.
    expect(withdrawalRefusal({ amount: "1", currency_code: "eur" }, limits, none)).toBeNull()
  })

  it("refuses below the minimum as invalid input, naming the amount", () => {
    expect(withdrawalRefusal({ amount: "9.99", currency_code: "USD" }, limits, none)).toEqual({
      kind: "invalid",
      field: "amount",
      message: "amount: the minimum withdrawal is 10 USD",
    })
  })

  it("refuses past the daily count and the daily amount, saying what is left", () => {
    expect(
      withdrawalRefusal({ amount: "10", currency_code: "usd" }, limits, { count: 3, amount: "30" })
    ).toMatchObject({ kind: "conflict", message: expect.stringContaining("3 requests a day") })
    expect(
      withdrawalRefusal({ amount: "100.01", currency_code: "usd" }, limits, {
        count: 1,
        amount: "400",
      })
    ).toMatchObject({ kind: "conflict", message: expect.stringContaining("100 USD left today") })
    expect(
      withdrawalRefusal(
        { amount: "100", currency_code: "usd" },
        { ...limits, daily_count: null },
        {
          count: 99,
          amount: "400",
        }
      )
    ).toBeNull()
  })
})

describe("approvalsRequired", () => {
  it("asks for a second admin only above the currency's threshold", () => {
    const above = [{ currency_code: "usd", amount: 1000 }]
    expect(approvalsRequired({ amount: "1000", currency_code: "usd" }, above)).toEqual(1)
    expect(approvalsRequired({ amount: "1000.01", currency_code: "usd" }, above)).toEqual(2)
    expect(approvalsRequired({ amount: "5000", currency_code: "eur" }, above)).toEqual(1)
    expect(approvalsRequired({ amount: "5000", currency_code: "usd" }, [])).toEqual(1)
  })
})

it("counts the day from UTC midnight", () => {
  expect(startOfUtcDay(new Date("2026-12-02T23:59:59+08:00")).toISOString()).toEqual(
    "2026-12-02T00:00:00.000Z"
  )
})
