import type { StoreRebateWithdrawal } from "../../storefront/types"
import {
  currencyDecimals,
  newIdempotencyKey,
  parseWithdrawalAmount,
  withdrawalAllowance,
  withdrawalBlocked,
  withdrawalErrorField,
  withdrawalsToday,
} from "../withdrawal-rules"
import { createWithdrawalSubmitter } from "../withdrawal-submit"
import { account } from "./fixtures"
import { limits, withdrawal } from "./withdrawal-fixtures"

describe("withdrawalsToday", () => {
  it("keeps today's (UTC) requests that still count, as the store counts them", () => {
    const now = new Date("2026-03-05T23:30:00.000Z")
    const list = [
      withdrawal("rwd_1", { requested_at: "2026-03-05T00:00:00.000Z" }),
      withdrawal("rwd_2", { requested_at: "2026-03-04T23:59:59.999Z" }),
      withdrawal("rwd_3", { requested_at: "2026-03-05T10:00:00.000Z", status: "rejected" }),
      withdrawal("rwd_4", { requested_at: "2026-03-05T11:00:00.000Z", status: "failed" }),
      withdrawal("rwd_5", { requested_at: "2026-03-05T12:00:00.000Z", status: "paid" }),
    ]
    expect(withdrawalsToday(list, now).map((w) => w.id)).toEqual(["rwd_1", "rwd_5"])
  })
})

describe("withdrawalAllowance", () => {
  const today = (...amounts: [number, string?][]): StoreRebateWithdrawal[] =>
    amounts.map(([amount, currency_code = "usd"], i) =>
      withdrawal(`rwd_${i}`, { amount, currency_code })
    )

  it("takes the available balance within what is left today", () => {
    expect(withdrawalAllowance(account, limits, today([20.1], [0.2], [99, "eur"]))).toEqual({
      currency_code: "usd",
      available: 12.5,
      minimum: 5,
      countLeft: 0,
      countLimit: 3,
      amountLeft: 29.7,
      amountLimit: 50,
      max: 0,
    })
    const allowance = withdrawalAllowance({ ...account, available: 80 }, limits, today([45]))
    expect(allowance).toMatchObject({ countLeft: 2, amountLeft: 5, max: 5 })
    expect(withdrawalBlocked(allowance)).toBeNull()
  })

  it("has no limits where the store set none", () => {
    const none = { daily_count: null, daily_amount: [], min_withdrawal: [] }
    expect(withdrawalAllowance(account, none, today([5]))).toMatchObject({
      minimum: null,
      countLeft: null,
      amountLeft: null,
      max: 12.5,
    })
    expect(withdrawalAllowance({ ...account, available: -1 }, null, []).max).toBe(0)
  })

  it("says why a request cannot be made", () => {
    const at = (available: number, list: StoreRebateWithdrawal[] = []) =>
      withdrawalBlocked(withdrawalAllowance({ ...account, available }, limits, list))
    expect(at(0)).toBe("nothing")
    expect(at(100, today([1], [1], [1]))).toBe("dailyCount")
    expect(at(100, today([50]))).toBe("dailyAmount")
    expect(at(4.99)).toBe("belowMinimum")
    expect(at(100, today([46]))).toBe("belowMinimum")
    expect(at(5)).toBeNull()
  })
})

describe("amounts and keys", () => {
  it("reads what a shopper types", () => {
    expect(parseWithdrawalAmount(" 10.50 ")).toBe(10.5)
    expect(parseWithdrawalAmount("10,5")).toBe(10.5)
    expect(parseWithdrawalAmount("7")).toBe(7)
    for (const bad of ["", "-1", "1,000.00", "1e3", "abc", "1.2.3", "."]) {
      expect(parseWithdrawalAmount(bad)).toBeNull()
    }
  })

  it("knows the currency's decimals", () => {
    expect(currencyDecimals("usd")).toBe(2)
    expect(currencyDecimals("jpy")).toBe(0)
    expect(currencyDecimals("x1")).toBe(2)
  })

  it("makes a new random key each time", () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(key).toMatch(/^mrw_[0-9a-f-]{32,36}$/)
  })
})

describe("withdrawalErrorField", () => {
  it("finds the field an API message starts with", () => {
    expect(withdrawalErrorField("destination.account_name: required", 400)).toBe(
      "destination.account_name"
    )
    expect(withdrawalErrorField("amount: the minimum withdrawal is 5 USD", 400)).toBe("amount")
    expect(withdrawalErrorField('provider_id: unknown payout provider "x"', 400)).toBe(
      "provider_id"
    )
    expect(withdrawalErrorField("currency_code: must be a 3-letter code", 400)).toBe(
      "currency_code"
    )
    expect(withdrawalErrorField("destination: expected an object", 400)).toBe("form")
  })

  it("puts the balance and the daily limits on the amount", () => {
    const conflicts = [
      "Insufficient available balance: 12.5 USD available",
      "Daily withdrawal limit reached: 3 requests a day",
      "Daily withdrawal amount exceeded: 50 USD a day, 30 USD left today",
    ]
    for (const message of conflicts) expect(withdrawalErrorField(message, 409)).toBe("amount")
    expect(withdrawalErrorField("amount must be a decimal number", 400)).toBe("amount")
    expect(withdrawalErrorField("The payout provider is not available", 400)).toBe("provider_id")
    expect(withdrawalErrorField("Something else", 400)).toBe("form")
    const reused = "Idempotency-Key k was already used for another withdrawal (rwd_1)"
    expect(withdrawalErrorField(reused, 409)).toBe("form")
  })
})

describe("createWithdrawalSubmitter", () => {
  const body = { amount: 10, currency_code: "usd", provider_id: "manual", destination: {} }
  const refusal = (status: number, message: string) => Object.assign(new Error(message), { status })

  function setup(answers: (() => Promise<StoreRebateWithdrawal>)[]) {
    const sent: string[] = []
    let n = 0
    const submitter = createWithdrawalSubmitter(
      (_body, key) => {
        sent.push(key)
        return answers[sent.length - 1]()
      },
      () => `key_${++n}`
    )
    return { sent, submitter }
  }

  it("sends a double submit once, with the form's key", async () => {
    let resolve!: (w: StoreRebateWithdrawal) => void
    const { sent, submitter } = setup([() => new Promise((r) => (resolve = r))])
    const first = submitter.submit(body)
    const second = submitter.submit({ ...body, amount: 11 })
    expect(submitter.busy).toBe(true)
    expect(second).toBe(first)
    resolve(withdrawal("rwd_1"))
    await expect(first).resolves.toEqual({ ok: true, withdrawal: withdrawal("rwd_1") })
    expect(sent).toEqual(["key_1"])
    expect(submitter.busy).toBe(false)
    expect(submitter.key).toBeNull()
  })

  it("keeps the key after a lost answer and changes it after an answer", async () => {
    const { sent, submitter } = setup([
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => Promise.reject(refusal(502, "Bad gateway")),
      () => Promise.reject(refusal(409, "Insufficient available balance: 12.5 USD available")),
      () => Promise.resolve(withdrawal("rwd_2")),
      () => Promise.resolve(withdrawal("rwd_3")),
    ])
    await expect(submitter.submit(body)).resolves.toEqual({
      ok: false,
      field: "form",
      message: "Failed to fetch",
      refused: false,
    })
    await expect(submitter.submit(body)).resolves.toMatchObject({ ok: false, refused: false })
    await expect(submitter.submit(body)).resolves.toEqual({
      ok: false,
      field: "amount",
      message: "Insufficient available balance: 12.5 USD available",
      refused: true,
    })
    await expect(submitter.submit(body)).resolves.toMatchObject({ ok: true })
    await expect(submitter.submit(body)).resolves.toMatchObject({ ok: true })
    // The same key until the store answered (409), then one per request.
    expect(sent).toEqual(["key_1", "key_1", "key_1", "key_2", "key_3"])
  })

  it("puts a 400 on the field it names", async () => {
    const { submitter } = setup([
      () => Promise.reject(refusal(400, "destination.account_name: required")),
    ])
    await expect(submitter.submit(body)).resolves.toMatchObject({
      field: "destination.account_name",
      refused: true,
    })
  })
})
