import { MathBN } from "@medusajs/framework/utils"
import { BUCKETS } from "../buckets"
import { applyMovement, Balances, movementOf, reversalOf } from "../postings"

const bn = (n: number | string) => MathBN.convert(n)
/** Zero balances, as a new account starts. */
const emptyBalances = (): Balances =>
  Object.fromEntries([...BUCKETS, "lifetime_earned"].map((k) => [k, bn(0)])) as Balances
const plain = (b: Balances) =>
  Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.toFixed()]))

describe("movementOf", () => {
  it.each([
    ["accrue", {}, null, "pending", 1],
    ["settle", {}, "pending", "available", 0],
    ["void", {}, "pending", null, -1],
    ["hold", {}, "available", "held", 0],
    ["pay", {}, "held", "paid_out", 0],
    ["release", {}, "held", "available", 0],
    ["redeem", {}, "held", "redeemed", 0],
    ["expire", {}, "available", "expired", 0],
    ["clawback", { clawback_from: "pending" }, "pending", null, -1],
    ["clawback", { clawback_from: "available" }, "available", null, -1],
    ["adjust", { adjust_direction: "credit" }, null, "available", 1],
    ["adjust", { adjust_direction: "debit" }, "available", null, -1],
    ["transfer", { transfer: { direction: "out", bucket: "pending" } }, "pending", null, -1],
    ["transfer", { transfer: { direction: "in", bucket: "pending" } }, null, "pending", 1],
    ["transfer", { transfer: { direction: "out", bucket: "available" } }, "available", null, -1],
    ["transfer", { transfer: { direction: "in", bucket: "available" } }, null, "available", 1],
  ] as const)("%s %j moves %s -> %s", (type, options, from, to, earned) => {
    expect(movementOf(type, options)).toEqual({
      bucket_from: from,
      bucket_to: to,
      earned_sign: earned,
    })
  })

  it("reverses by swapping buckets and negating earnings", () => {
    expect(reversalOf(movementOf("void"))).toEqual({
      bucket_from: null,
      bucket_to: "pending",
      earned_sign: 1,
    })
    expect(reversalOf(movementOf("settle"))).toEqual({
      bucket_from: "available",
      bucket_to: "pending",
      earned_sign: 0,
    })
  })
})

describe("applyMovement", () => {
  it("moves money between buckets without creating or losing any", () => {
    let b = applyMovement(emptyBalances(), "accrue", movementOf("accrue"), bn("54.00"))
    b = applyMovement(b, "settle", movementOf("settle"), bn("2.70"))
    expect(plain(b)).toMatchObject({ pending: "51.3", available: "2.7", lifetime_earned: "54" })
  })

  it("moves a reward between owners without creating money: out of one account, into another", () => {
    const from = applyMovement(emptyBalances(), "accrue", movementOf("accrue"), bn("3"))
    const out = movementOf("transfer", { transfer: { direction: "out", bucket: "pending" } })
    const into = movementOf("transfer", { transfer: { direction: "in", bucket: "pending" } })
    expect(plain(applyMovement(from, "transfer", out, bn("3")))).toMatchObject({
      pending: "0",
      lifetime_earned: "0",
    })
    expect(plain(applyMovement(emptyBalances(), "transfer", into, bn("3")))).toMatchObject({
      pending: "3",
      lifetime_earned: "3",
    })
    // A pending amount must be there; a spent settled one leaves a debt, as a clawback does.
    expect(() => applyMovement(emptyBalances(), "transfer", out, bn(1))).toThrow(
      /Insufficient pending/
    )
    const spent = movementOf("transfer", { transfer: { direction: "out", bucket: "available" } })
    expect(applyMovement(emptyBalances(), "transfer", spent, bn(1)).available.toFixed()).toEqual(
      "-1"
    )
  })

  it("lets only a clawback (or a spent reward leaving with its order) overdraw available", () => {
    const b = applyMovement(emptyBalances(), "clawback", movementOf("clawback"), bn("0.9"))
    expect(b.available.toFixed()).toEqual("-0.9")
    for (const type of ["hold", "expire"] as const) {
      expect(() => applyMovement(emptyBalances(), type, movementOf(type), bn("0.01"))).toThrow(
        /Insufficient available balance/
      )
    }
    expect(() =>
      applyMovement(
        emptyBalances(),
        "adjust",
        movementOf("adjust", { adjust_direction: "debit" }),
        bn(1)
      )
    ).toThrow(/Insufficient/)
    expect(() => applyMovement(emptyBalances(), "settle", movementOf("settle"), bn(1))).toThrow(
      /Insufficient pending/
    )
  })
})
