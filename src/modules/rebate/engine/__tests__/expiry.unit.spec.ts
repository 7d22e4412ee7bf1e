import { MathBN } from "@medusajs/framework/utils"
import { expiringAmount } from "../expiry"

const amount = (fresh: string, consumed: string, available: string) =>
  expiringAmount({ fresh, consumed }, available).toFixed()

describe("expiringAmount (oldest money is spent first)", () => {
  it("expires what of the old money is left", () => {
    // 10.00 settled long ago, 5.00 recently; a withdrawal held 8.00: 2.00 of the old is left.
    expect(amount("10", "8", "7")).toEqual("2")
    // After that expiry the same cutoff finds nothing (it is consumed too).
    expect(amount("10", "10", "5")).toEqual("0")
    // Later, the recent 5.00 is old as well.
    expect(amount("15", "10", "5")).toEqual("5")
  })

  it("never expires more than is available, and nothing from a debt", () => {
    expect(amount("10", "0", "4")).toEqual("4") // the rest is held for a withdrawal
    expect(amount("10", "0", "-1")).toEqual("0")
    expect(amount("3", "5", "2")).toEqual("0") // spent more than the old money
  })

  it("stays exact at the minor unit", () => {
    expect(expiringAmount({ fresh: "0.3", consumed: "0.1" }, "5").toFixed()).toEqual(
      MathBN.convert("0.2").toFixed()
    )
  })
})
