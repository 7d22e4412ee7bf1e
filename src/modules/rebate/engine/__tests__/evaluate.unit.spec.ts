import { MathBN } from "@medusajs/framework/utils"
import {
  allocateProRata,
  CampaignIndex,
  CustomerFacts,
  EngineCampaign,
  factNeeds,
  SnapshotLine,
} from ".."
import { reversalTarget } from "../clawback"
import { amounts, AT, campaign, line, pct, run } from "./fixtures"

describe("worked examples (DESIGN.md §2)", () => {
  it("5% of 3 × 20.00 with 10% off pays 2.70 on the 54.00 actually paid", () => {
    const rewards = run([pct("5")], [line("l1", "54", { quantity: 3 })])
    expect(rewards).toEqual([
      expect.objectContaining({
        line_id: "l1",
        base_amount: "54",
        amount: "2.7",
        beneficiary_id: "cus_buyer",
      }),
    ])
    expect(rewards[0].rule).toMatchObject({
      type: "percentage",
      rate: "5",
      campaign_name: expect.any(String),
    })
  })

  it("rounds once, half away from zero: 5% of 26.99 -> 1.35, 3% of ¥1,999 -> ¥60", () => {
    expect(amounts(run([pct("5")], [line("l1", "26.99")]))).toEqual([["l1", "buyer", "1.35"]])
    expect(
      amounts(run([pct("3")], [line("l1", "1999")], undefined, { currency_code: "jpy" }))
    ).toEqual([["l1", "buyer", "60"]])
    expect(
      amounts(run([pct("1.5")], [line("l1", "1.001")], undefined, { currency_code: "kwd" }))
    ).toEqual([["l1", "buyer", "0.015"]])
  })

  it("a 1.00 reward on 7 units returned one by one claws back 0.14, 0.15, 0.14, 0.14, 0.14, 0.15, 0.14", () => {
    const reward = { line_item_id: "l1", amount: "1", quantity: 7 }
    let clawed = MathBN.convert(0)
    const parts: string[] = []
    for (let returned = 1; returned <= 7; returned++) {
      const part = MathBN.sub(
        reversalTarget(reward, {
          canceled: false,
          currency_code: "usd",
          refunded_total: "0",
          lines: { l1: { quantity: 7, returned_quantity: returned, return_open_quantity: 0 } },
          line_paid_totals: {},
          window_starts_at: null,
        }),
        clawed
      )
      clawed = MathBN.add(clawed, part)
      parts.push(part.toFixed(2))
    }
    expect(parts).toEqual(["0.14", "0.15", "0.14", "0.14", "0.14", "0.15", "0.14"])
    expect(clawed.toFixed()).toEqual("1")
  })
})

describe("campaign types", () => {
  it("tiered: the highest band reached applies to the whole eligible amount", () => {
    const tiered = campaign({
      reward: {
        type: "tiered",
        tiers: [
          { min_amount: { usd: "0" }, rate: "1" },
          { min_amount: { usd: "100" }, rate: "3" },
          { min_amount: { usd: "500" }, rate: "5" },
        ],
      },
    })
    expect(amounts(run([tiered], [line("a", "60"), line("b", "39.99")]))).toEqual([
      ["a", "buyer", "0.6"],
      ["b", "buyer", "0.4"],
    ])
    const reached = run([tiered], [line("a", "60"), line("b", "40")])
    expect(amounts(reached)).toEqual([
      ["a", "buyer", "1.8"],
      ["b", "buyer", "1.2"],
    ])
    expect(reached[0].rule).toMatchObject({ rate: "3", tier_min_amount: "100" })
  })

  it("fixed per unit and per order (spread over lines by what was paid)", () => {
    const perUnit = campaign({
      reward: { type: "fixed", per: "unit", amounts: { usd: "2" } },
      conditions: { variant_ids: ["var_a"] },
    })
    expect(amounts(run([perUnit], [line("a", "30", { quantity: 3 }), line("b", "10")]))).toEqual([
      ["a", "buyer", "6"],
    ])
    const perOrder = campaign({ reward: { type: "fixed", per: "order", amounts: { usd: "1" } } })
    expect(amounts(run([perOrder], [line("a", "10"), line("b", "10"), line("c", "10")]))).toEqual([
      ["a", "buyer", "0.33"],
      ["b", "buyer", "0.34"],
      ["c", "buyer", "0.33"],
    ])
  })

  it("fixed rewards never exceed the paid amount of a line", () => {
    const big = campaign({ reward: { type: "fixed", per: "unit", amounts: { usd: "5" } } })
    const rewards = run([big], [line("a", "2")])
    expect(amounts(rewards)).toEqual([["a", "buyer", "2"]])
    expect(rewards[0].rule.capped_by).toEqual(["line_paid"])
  })

  it("referral: inviter and invitee, first order only or within a window after binding", () => {
    const first = campaign({
      reward: { type: "referral", inviter_rate: "10", invitee_rate: "5", orders: "first" },
    })
    const facts = { customer_id: "cus_buyer", inviter_id: "cus_inviter", is_first_order: true }
    expect(
      run([first], [line("a", "40")], facts).map((r) => [
        r.beneficiary_role,
        r.beneficiary_id,
        r.amount,
      ])
    ).toEqual([
      ["inviter", "cus_inviter", "4"],
      ["invitee", "cus_buyer", "2"],
    ])
    expect(run([first], [line("a", "40")], { ...facts, is_first_order: false })).toEqual([])
    expect(
      run([first], [line("a", "40")], { customer_id: "cus_buyer", is_first_order: true })
    ).toEqual([])

    const windowed = campaign({
      reward: { type: "referral", inviter_rate: "10", orders: "window", window_days: 30 },
    })
    const bound = (days: number) => ({
      ...facts,
      is_first_order: false,
      bound_at: new Date(AT.getTime() - days * 86_400_000),
    })
    expect(run([windowed], [line("a", "40")], bound(29))).toHaveLength(1)
    expect(run([windowed], [line("a", "40")], bound(31))).toEqual([])
  })

  it("distribution: level 1 and level 2, never a third level, never the buyer", () => {
    const dist = campaign({ reward: { type: "distribution", level1_rate: "10", level2_rate: "3" } })
    const facts = { customer_id: "cus_buyer", level1_id: "cus_l1", level2_id: "cus_l2" }
    expect(
      run([dist], [line("a", "100")], facts).map((r) => [
        r.beneficiary_role,
        r.beneficiary_id,
        r.amount,
      ])
    ).toEqual([
      ["level1", "cus_l1", "10"],
      ["level2", "cus_l2", "3"],
    ])
    expect(
      run([dist], [line("a", "100")], { ...facts, level2_id: null }).map((r) => r.beneficiary_role)
    ).toEqual(["level1"])
    expect(run([dist], [line("a", "100")], { ...facts, level1_id: "cus_buyer" })).toEqual([])
    expect(
      run([dist], [line("a", "100")], { ...facts, level2_id: "cus_buyer" }).map(
        (r) => r.beneficiary_role
      )
    ).toEqual(["level1"])
    // The engine has no notion of a third level: only level1_id and level2_id exist in its input.
    const roles = new Set(run([dist], [line("a", "100")], facts).map((r) => r.beneficiary_role))
    expect([...roles].sort()).toEqual(["level1", "level2"])
  })
})

describe("conditions", () => {
  const facts: CustomerFacts = {
    customer_id: "cus_buyer",
    group_ids: ["vip"],
    is_first_order: false,
  }
  const scoped: [string, Partial<EngineCampaign["conditions"]>, Partial<SnapshotLine>][] = [
    ["product", { product_ids: ["prod_x"] }, { product_id: "prod_x" }],
    ["variant", { variant_ids: ["var_x"] }, { variant_id: "var_x" }],
    ["collection", { collection_ids: ["pcol_x"] }, { collection_id: "pcol_x" }],
    ["category", { category_ids: ["pcat_x"] }, { category_ids: ["pcat_y", "pcat_x"] }],
    ["product type", { product_type_ids: ["ptyp_x"] }, { product_type_id: "ptyp_x" }],
    ["product tag", { product_tag_ids: ["ptag_x"] }, { product_tag_ids: ["ptag_x"] }],
  ]
  it.each(scoped)("%s scope matches only its lines", (_, conditions, match) => {
    const c = pct("10", { conditions })
    expect(amounts(run([c], [line("in", "10", match), line("out", "10")], facts))).toEqual([
      ["in", "buyer", "1"],
    ])
  })

  it.each([
    ["customer group", { customer_group_ids: ["vip"] }, { customer_group_ids: ["staff"] }],
    ["sales channel", { sales_channel_ids: ["sc_web"] }, { sales_channel_ids: ["sc_pos"] }],
    ["region", { region_ids: ["reg_us"] }, { region_ids: ["reg_eu"] }],
    ["currency", { currency_codes: ["usd"] }, { currency_codes: ["eur"] }],
  ])("%s applies to the order or not at all", (_, yes, no) => {
    const snapshot = { sales_channel_id: "sc_web", region_id: "reg_us" }
    expect(run([pct("10", { conditions: yes })], [line("a", "10")], facts, snapshot)).toHaveLength(
      1
    )
    expect(run([pct("10", { conditions: no })], [line("a", "10")], facts, snapshot)).toEqual([])
  })

  it("minimum paid amount counts only the campaign's lines, in the order's currency", () => {
    const c = pct("10", {
      conditions: { min_paid_amount: { usd: "50" }, collection_ids: ["pcol_a"] },
    })
    const lines = [line("a", "30", { collection_id: "pcol_a" }), line("b", "30")]
    expect(run([c], lines, facts)).toEqual([])
    expect(run([c], [...lines, line("c", "20", { collection_id: "pcol_a" })], facts)).toHaveLength(
      2
    )
    expect(
      run([c], [line("a", "500", { collection_id: "pcol_a" })], facts, { currency_code: "eur" })
    ).toEqual([])
  })

  it("first order only", () => {
    const c = pct("10", { conditions: { first_order_only: true } })
    expect(run([c], [line("a", "10")], { ...facts, is_first_order: true })).toHaveLength(1)
    expect(run([c], [line("a", "10")], facts)).toEqual([])
  })

  it("time window: from starts_at (inclusive) until ends_at (exclusive)", () => {
    const c = (starts_at: Date | null, ends_at: Date | null) => pct("10", { starts_at, ends_at })
    expect(run([c(AT, null)], [line("a", "10")])).toHaveLength(1)
    expect(run([c(new Date(AT.getTime() + 1), null)], [line("a", "10")])).toEqual([])
    expect(run([c(null, AT)], [line("a", "10")])).toEqual([])
    expect(run([c(null, new Date(AT.getTime() + 1))], [line("a", "10")])).toHaveLength(1)
  })

  it("lines with nothing paid earn nothing", () => {
    expect(run([pct("10")], [line("a", "0"), line("b", "-1")])).toEqual([])
  })
})

describe("factNeeds", () => {
  it("asks for a fact only when some campaign reads it", () => {
    const none = { customer_groups: false, first_order: false, product_dimensions: false }
    expect(
      factNeeds([pct("5", { conditions: { product_ids: ["p"], currency_codes: ["usd"] } })])
    ).toEqual(none)
    expect(
      factNeeds([pct("5"), pct("1", { conditions: { customer_group_ids: ["vip"] } })])
    ).toEqual({ ...none, customer_groups: true })
    expect(factNeeds([pct("5", { conditions: { first_order_only: true } })])).toEqual({
      ...none,
      first_order: true,
    })
    const firstOrderReferral = campaign({
      reward: { type: "referral", inviter_rate: "5", orders: "first" },
    })
    expect(factNeeds([firstOrderReferral]).first_order).toBe(true)
    for (const conditions of [
      { collection_ids: ["c"] },
      { category_ids: ["c"] },
      { product_type_ids: ["t"] },
      { product_tag_ids: ["t"] },
    ]) {
      expect(factNeeds([pct("5", { conditions })])).toEqual({ ...none, product_dimensions: true })
    }
    expect(factNeeds([pct("5", { conditions: { category_ids: [] } })])).toEqual(none)
  })
})

describe("caps and budgets", () => {
  it("caps per order, spreading the cap over lines with exact rounding", () => {
    const c = pct("10", { caps: { per_order: { usd: "5" } } })
    const rewards = run([c], [line("a", "30"), line("b", "30"), line("c", "10")])
    expect(amounts(rewards)).toEqual([
      ["a", "buyer", "2.14"],
      ["b", "buyer", "2.15"],
      ["c", "buyer", "0.71"],
    ])
    expect(rewards[0].rule.capped_by).toEqual(["per_order"])
  })

  it("a capped total never gives a line more than it earned uncapped (found by the property test)", () => {
    const c = pct("23.69", { caps: { per_order: { usd: "7651.12" } } })
    const paid = ["9995.26", "4453.62", "8017.04", "9830.93", "0.02"]
    const rewards = run(
      [c],
      paid.map((p, i) => line(`l${i}`, p, { product_id: "prod_same" }))
    )
    expect(
      rewards.reduce((acc, r) => MathBN.add(acc, r.amount), MathBN.convert(0)).toFixed()
    ).toEqual("7651.12")
    for (const r of rewards) {
      const uncapped = MathBN.div(MathBN.mult(r.base_amount, "23.69"), 100)
      expect(MathBN.lte(r.amount, MathBN.add(uncapped, "0.005"))).toBe(true)
    }
    expect(rewards.find((r) => r.line_id === "l4")).toBeUndefined() // 0.02 paid earns 0.0047 → 0
  })

  it("caps per customer per campaign by what the customer already earned", () => {
    const c = pct("10", { caps: { per_customer: { usd: "20" } } })
    const facts = {
      customer_id: "cus_buyer",
      earned_by_campaign: { cus_buyer: { [c.id]: "18.5" } },
    }
    expect(amounts(run([c], [line("a", "100")], facts))).toEqual([["a", "buyer", "1.5"]])
    const spent = { customer_id: "cus_buyer", earned_by_campaign: { cus_buyer: { [c.id]: "20" } } }
    expect(run([c], [line("a", "100")], spent)).toEqual([])
  })

  it("stops at the campaign budget, shared by all beneficiaries", () => {
    const c = campaign({
      reward: { type: "distribution", level1_rate: "10", level2_rate: "5" },
      caps: { budget: { usd: "100" } },
    })
    const facts = { customer_id: "cus_buyer", level1_id: "cus_l1", level2_id: "cus_l2" }
    expect(run([c], [line("a", "100")], facts, {}, { [c.id]: "97" }).map((r) => r.amount)).toEqual([
      "2",
      "1",
    ])
    expect(run([c], [line("a", "100")], facts, {}, { [c.id]: "100" })).toEqual([])
  })

  it("applies a campaign only in currencies it has amounts for (no conversion)", () => {
    const c = pct("10", { caps: { budget: { usd: "100" } } })
    expect(run([c], [line("a", "10")], undefined, { currency_code: "eur" })).toEqual([])
  })
})

describe("priority and stacking", () => {
  it("stacks every stackable campaign on a line", () => {
    const rewards = run([pct("5"), pct("2")], [line("a", "100")])
    expect(rewards.map((r) => r.amount).sort()).toEqual(["2", "5"])
  })

  it("an exclusive campaign with the top priority applies alone", () => {
    const exclusive = pct("8", { priority: 10, stacking: "exclusive" })
    const rewards = run([pct("5", { priority: 1 }), exclusive, pct("2")], [line("a", "100")])
    expect(rewards.map((r) => r.campaign_id)).toEqual([exclusive.id])
  })

  it("a lower-priority exclusive campaign gives way to stackable ones above it", () => {
    const top = pct("5", { priority: 10 })
    const low = pct("8", { priority: 1, stacking: "exclusive" })
    expect(run([top, low], [line("a", "100")]).map((r) => r.campaign_id)).toEqual([top.id])
  })

  it("decides per line: an exclusive product campaign does not block other lines", () => {
    const storeWide = pct("2")
    const shoes = pct("10", {
      priority: 5,
      stacking: "exclusive",
      conditions: { product_ids: ["prod_a"] },
    })
    const rewards = run([storeWide, shoes], [line("a", "100"), line("b", "100")])
    expect(rewards.map((r) => [r.line_id, r.campaign_id])).toEqual([
      ["a", shoes.id],
      ["b", storeWide.id],
    ])
  })

  it("families do not compete: cashback, referral and distribution all apply", () => {
    const exclusiveCashback = pct("5", { priority: 99, stacking: "exclusive" })
    const dist = campaign({ reward: { type: "distribution", level1_rate: "10" } })
    const facts = { customer_id: "cus_buyer", level1_id: "cus_l1" }
    expect(
      run([exclusiveCashback, dist], [line("a", "100")], facts).map((r) => r.beneficiary_role)
    ).toEqual(["buyer", "level1"])
  })
})

describe("campaign index", () => {
  it("offers a line only the campaigns filed under its keys plus store-wide ones", () => {
    const scoped = Array.from({ length: 1000 }, (_, i) =>
      pct("1", { conditions: { product_ids: [`prod_${i}`] } })
    )
    const storeWideEur = pct("1", { conditions: { currency_codes: ["eur"] } })
    const storeWide = pct("1")
    const index = new CampaignIndex([...scoped, storeWideEur, storeWide])
    const candidates = index.candidatesFor(line("x", "10", { product_id: "prod_7" }), "usd")
    expect(candidates.map((c) => c.id).sort()).toEqual([scoped[7].id, storeWide.id].sort())
  })
})

describe("allocateProRata", () => {
  it("splits exactly, within a minor unit of each exact share", () => {
    const shares = allocateProRata(
      MathBN.convert("10"),
      ["1", "1", "1"].map((w) => MathBN.convert(w)),
      "usd"
    )
    expect(shares.map((s) => s.toFixed())).toEqual(["3.33", "3.34", "3.33"])
  })
})
