import { MathBN } from "@medusajs/framework/utils"
import { capRewardsToLinePaid, EngineCampaign, EngineReward } from ".."
import { campaign, line, pct, run } from "./fixtures"

describe("a line never earns more than it paid (all its rewards together)", () => {
  const facts = {
    customer_id: "cus_buyer",
    inviter_id: "cus_inviter",
    is_first_order: true,
    level1_id: "cus_l1",
    level2_id: "cus_l2",
  }
  const fixed = (amount: string, per: "unit" | "order", extra: Partial<EngineCampaign> = {}) =>
    campaign({ reward: { type: "fixed", per, amounts: { usd: amount } }, ...extra })
  const byLine = (rewards: EngineReward[]) => {
    const totals = new Map<string, string>()
    for (const r of rewards) {
      totals.set(r.line_id, MathBN.add(totals.get(r.line_id) ?? 0, r.amount).toFixed())
    }
    return Object.fromEntries(totals)
  }

  it("a fixed 20.00 and a 100% campaign stacked on a 20.00 line pay 20.00 together, not 40.00", () => {
    const flat = fixed("20", "unit")
    const full = pct("100")
    const rewards = run([flat, full], [line("a", "20")])
    expect(byLine(rewards)).toEqual({ a: "20" })
    // Same priority: the campaign whose id sorts last gives way first.
    expect(rewards.map((r) => [r.campaign_id, r.amount])).toEqual([[flat.id, "20"]])
  })

  it("reduces distribution, then referral, then cashback (lowest priority first) — the docs' example", () => {
    const high = pct("60", { priority: 5 })
    const low = fixed("5", "order")
    const referral = campaign({
      reward: { type: "referral", inviter_rate: "10", orders: "first" },
    })
    const dist = campaign({ reward: { type: "distribution", level1_rate: "10", level2_rate: "5" } })
    const rewards = run([high, low, referral, dist], [line("a", "20")], facts)
    expect(rewards.map((r) => [r.campaign_id, r.beneficiary_role, r.amount])).toEqual([
      [high.id, "buyer", "12"],
      [low.id, "buyer", "5"],
      [referral.id, "inviter", "2"],
      [dist.id, "level1", "1"],
    ])
    expect(rewards.find((r) => r.beneficiary_role === "level1")!.rule.capped_by).toEqual([
      "line_paid",
    ])
    expect(rewards.find((r) => r.beneficiary_role === "buyer")!.rule.capped_by).toBeUndefined()
    const smaller = run([high, low, referral, dist], [line("a", "15")], facts)
    expect(smaller.map((r) => [r.campaign_id, r.beneficiary_role, r.amount])).toEqual([
      [high.id, "buyer", "9"],
      [low.id, "buyer", "5"],
      [referral.id, "inviter", "1"],
    ])
  })

  it("covers the order-level paths: fixed per order, tiered whole-order rates, caps spread over lines", () => {
    const perOrder = fixed("30", "order")
    const tiered = campaign({
      reward: { type: "tiered", tiers: [{ min_amount: { usd: "25" }, rate: "100" }] },
    })
    const capped = pct("100", { caps: { per_order: { usd: "29" } } })
    const rewards = run(
      [perOrder, tiered, capped],
      [line("a", "10"), line("b", "20"), line("c", "0.01")]
    )
    expect(byLine(rewards)).toEqual({ a: "10", b: "20", c: "0.01" })
  })

  it("caps at what was paid rounded down, in currencies with 0 and 3 decimals", () => {
    const yen = campaign({ reward: { type: "fixed", per: "unit", amounts: { jpy: "1500" } } })
    const jpy = run([yen, pct("50")], [line("a", "1999")], undefined, { currency_code: "jpy" })
    expect(byLine(jpy)).toEqual({ a: "1999" })
    expect(jpy.map((r) => r.amount)).toEqual(["1500", "499"])
    // 100% of 1.0015 KWD would round half up to 1.002, more than was paid.
    const kwd = run([pct("100")], [line("a", "1.0015")], undefined, { currency_code: "kwd" })
    expect(kwd.map((r) => r.amount)).toEqual(["1.001"])
    const usd = run([pct("100")], [line("a", "19.995")])
    expect(usd.map((r) => r.amount)).toEqual(["19.99"])
  })

  it("leaves rewards alone when a line's rewards fit in what it paid", () => {
    const rewards = run([pct("50"), pct("50")], [line("a", "20")])
    expect(capRewardsToLinePaid(rewards)).toBe(rewards)
    expect(rewards.map((r) => r.amount)).toEqual(["10", "10"])
  })
})
