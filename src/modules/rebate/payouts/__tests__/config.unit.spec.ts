import { assertOptionShapes } from "../../options-check"
import { providersToLoad, readPayoutProviderConfigs } from "../config"

const bank = { resolve: "my-store/providers/bank", id: "bank", options: { api_key: "k" } }

describe("payout_providers option", () => {
  it("accepts a list of { resolve, id, options } and nothing at all", () => {
    expect(readPayoutProviderConfigs([bank])).toEqual([bank])
    expect(readPayoutProviderConfigs(undefined)).toEqual([])
    expect(() => assertOptionShapes({ payout_providers: [bank] })).not.toThrow()
  })

  it.each([
    [{ resolve: "x", id: "bank" }, "payout_providers: expected a list of { resolve, id, options }"],
    [[{ ...bank, id: "Bank-1" }], "payout_providers[0].id: expected lower-case letters"],
    [[{ ...bank, id: undefined }], "payout_providers[0].id: expected lower-case letters"],
    [[{ ...bank, resolve: "" }], "payout_providers[0].resolve: expected a module path or module"],
    [[{ ...bank, options: "k" }], "payout_providers[0].options: expected an object"],
    [[{ ...bank, option: {} }], "payout_providers[0].option: unknown key"],
    [[bank, { ...bank }], 'payout_providers[1].id: "bank" is listed twice'],
    [["bank"], "payout_providers[0]: expected { resolve, id, options }"],
  ])("refuses %j at boot", (value, message) => {
    expect(() => readPayoutProviderConfigs(value)).toThrow(`Invalid rebate option ${message}`)
    expect(() => assertOptionShapes({ payout_providers: value })).toThrow(message)
  })

  it("loads the built-ins first, unless the store takes their id", () => {
    const builtIns = { manual: "builtin/manual", store_credit: "builtin/store-credit" }
    expect(providersToLoad([bank], builtIns).map((p) => [p.id, p.resolve])).toEqual([
      ["manual", "builtin/manual"],
      ["store_credit", "builtin/store-credit"],
      ["bank", "my-store/providers/bank"],
    ])
    const ownManual = { resolve: "my-store/providers/manual", id: "manual" }
    expect(providersToLoad([ownManual], builtIns).map((p) => [p.id, p.resolve])).toEqual([
      ["store_credit", "builtin/store-credit"],
      ["manual", "my-store/providers/manual"],
    ])
  })
})
