import { MathBN } from "@medusajs/framework/utils"
import fc from "fast-check"
import { allocateProRata, capRewardsToLinePaid, EngineReward, lineCapReductionOrder } from ".."
import { currencyDecimals, isMinorUnitExact } from "../../ledger/money"
import { campaign, line, run } from "./fixtures"

/** A buyer with an inviter and two levels of promoters, on a first order. */
const BUYER_WITH_PROMOTERS = {
  customer_id: "cus_b",
  inviter_id: "cus_i",
  is_first_order: true,
  level1_id: "cus_1",
  level2_id: "cus_2",
}

const linesOf = (specs: { paid: string; product: number; quantity: number }[]) =>
  specs.map((l, i) =>
    line(`l${i}`, l.paid, { product_id: `prod_${l.product}`, quantity: l.quantity })
  )

describe("properties", () => {
  const money = fc.integer({ min: 0, max: 1_000_000 }).map((cents) => (cents / 100).toFixed(2))
  const rate = fc.integer({ min: 0, max: 5000 }).map((bps) => (bps / 100).toString())
  const arbCampaign = fc.record({
    rate,
    priority: fc.integer({ min: 0, max: 5 }),
    exclusive: fc.boolean(),
    product: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    cap: fc.option(money, { nil: undefined }),
    type: fc.constantFrom("percentage" as const, "distribution" as const, "referral" as const),
  })
  const arbLine = fc.record({
    paid: money,
    product: fc.integer({ min: 0, max: 4 }),
    quantity: fc.integer({ min: 1, max: 5 }),
  })

  it("rewards are never negative and never exceed paid × the highest rate of the line's campaigns", () => {
    fc.assert(
      fc.property(
        fc.array(arbCampaign, { maxLength: 8 }),
        fc.array(arbLine, { minLength: 1, maxLength: 10 }),
        (specs, lineSpecs) => {
          const campaigns = specs.map((s) =>
            campaign({
              reward:
                s.type === "percentage"
                  ? { type: "percentage", rate: s.rate }
                  : s.type === "distribution"
                    ? { type: "distribution", level1_rate: s.rate, level2_rate: s.rate }
                    : {
                        type: "referral",
                        inviter_rate: s.rate,
                        invitee_rate: s.rate,
                        orders: "first",
                      },
              priority: s.priority,
              stacking: s.exclusive ? "exclusive" : "stack",
              conditions: s.product === undefined ? {} : { product_ids: [`prod_${s.product}`] },
              caps: s.cap === undefined ? {} : { per_order: { usd: s.cap } },
            })
          )
          const lines = linesOf(lineSpecs)
          const facts = BUYER_WITH_PROMOTERS
          const rewards = run(campaigns, lines, facts)
          const highestRate = Math.max(0, ...specs.map((s) => Number(s.rate)))
          for (const r of rewards) {
            expect(MathBN.gte(r.amount, 0)).toBe(true)
            const ceiling = MathBN.div(MathBN.mult(r.base_amount, highestRate), 100)
            // Rounding to the cent may add at most half a cent.
            expect(MathBN.lte(r.amount, MathBN.add(ceiling, "0.005"))).toBe(true)
            expect(MathBN.lte(r.amount, r.base_amount)).toBe(true)
          }
          // Per-order caps hold per campaign and beneficiary.
          for (const c of campaigns) {
            const cap = c.caps.per_order?.usd
            if (!cap) continue
            const byRole = new Map<string, ReturnType<typeof MathBN.convert>>()
            for (const r of rewards.filter((x) => x.campaign_id === c.id)) {
              byRole.set(
                r.beneficiary_role,
                MathBN.add(byRole.get(r.beneficiary_role) ?? 0, r.amount)
              )
            }
            for (const total of byRole.values()) expect(MathBN.lte(total, cap)).toBe(true)
          }
        }
      ),
      { numRuns: 300 }
    )
  })

  const CURRENCIES = ["usd", "jpy", "kwd"] as const
  /** An amount with `extra` more decimals than the currency's minor unit (a line's paid base may have them). */
  const amountIn = (currency: string, max: number, extra = 0) =>
    fc
      .integer({ min: 0, max: max * 10 ** (currencyDecimals(currency) + extra) })
      .map((n) => MathBN.div(n, 10 ** (currencyDecimals(currency) + extra)).toFixed())
  const arbStacked = (currency: string) =>
    fc.record({
      kind: fc.constantFrom(
        "percentage" as const,
        "tiered" as const,
        "fixed_unit" as const,
        "fixed_order" as const,
        "referral" as const,
        "distribution" as const
      ),
      rate: fc.integer({ min: 1, max: 10000 }).map((bps) => (bps / 100).toString()),
      rate2: fc.integer({ min: 1, max: 10000 }).map((bps) => (bps / 100).toString()),
      amount: amountIn(currency, 500),
      tierMin: amountIn(currency, 300),
      priority: fc.integer({ min: 0, max: 3 }),
      exclusive: fc.boolean(),
      product: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      cap: fc.option(amountIn(currency, 300), { nil: undefined }),
    })
  const stackedCase = fc.constantFrom(...CURRENCIES).chain((currency) =>
    fc.record({
      currency: fc.constant(currency),
      specs: fc.array(arbStacked(currency), { minLength: 1, maxLength: 8 }),
      lines: fc.array(
        fc.record({
          paid: amountIn(currency, 200, 2),
          product: fc.integer({ min: 0, max: 3 }),
          quantity: fc.integer({ min: 1, max: 4 }),
        }),
        { minLength: 1, maxLength: 6 }
      ),
    })
  )

  it("all rewards of a line together never exceed what it paid; each is ≥ 0 and minor-unit exact", () => {
    fc.assert(
      fc.property(stackedCase, ({ currency, specs, lines: lineSpecs }) => {
        const campaigns = specs.map((s) =>
          campaign({
            reward:
              s.kind === "percentage"
                ? { type: "percentage", rate: s.rate }
                : s.kind === "tiered"
                  ? {
                      type: "tiered",
                      tiers: [{ min_amount: { [currency]: s.tierMin }, rate: s.rate }],
                    }
                  : s.kind === "fixed_unit" || s.kind === "fixed_order"
                    ? {
                        type: "fixed",
                        per: s.kind === "fixed_unit" ? "unit" : "order",
                        amounts: { [currency]: s.amount },
                      }
                    : s.kind === "referral"
                      ? {
                          type: "referral",
                          inviter_rate: s.rate,
                          invitee_rate: s.rate2,
                          orders: "first",
                        }
                      : { type: "distribution", level1_rate: s.rate, level2_rate: s.rate2 },
            priority: s.priority,
            stacking: s.exclusive ? "exclusive" : "stack",
            conditions: s.product === undefined ? {} : { product_ids: [`prod_${s.product}`] },
            caps: s.cap === undefined ? {} : { per_order: { [currency]: s.cap } },
          })
        )
        const lines = linesOf(lineSpecs)
        const facts = BUYER_WITH_PROMOTERS
        const rewards = run(campaigns, lines, facts, { currency_code: currency })
        const perLine = new Map<string, ReturnType<typeof MathBN.convert>>()
        for (const r of rewards) {
          expect(MathBN.gte(r.amount, 0)).toBe(true)
          expect(isMinorUnitExact(r.amount, currency)).toBe(true)
          expect(r.base_amount).toEqual(lines.find((l) => l.id === r.line_id)!.paid_amount)
          perLine.set(r.line_id, MathBN.add(perLine.get(r.line_id) ?? 0, r.amount))
        }
        for (const [id, total] of perLine) {
          expect(MathBN.lte(total, lines.find((l) => l.id === id)!.paid_amount)).toBe(true)
        }
      }),
      { numRuns: 500 }
    )
  })

  it("the line cap takes exactly the excess, in its documented order, and nothing else", () => {
    const roles = ["buyer", "inviter", "invitee", "level1", "level2"] as const
    const types = ["percentage", "tiered", "fixed", "referral", "distribution"] as const
    const arbReward = (currency: string) =>
      fc.record({
        line: fc.integer({ min: 0, max: 2 }),
        campaign: fc.integer({ min: 0, max: 5 }),
        role: fc.constantFrom(...roles),
        amount: amountIn(currency, 100),
      })
    const arbCase = fc.constantFrom(...CURRENCIES).chain((currency) =>
      fc.record({
        currency: fc.constant(currency),
        paid: fc.array(amountIn(currency, 150, 1), { minLength: 3, maxLength: 3 }),
        rewards: fc.array(arbReward(currency), { maxLength: 15 }),
      })
    )
    fc.assert(
      fc.property(arbCase, ({ currency, paid, rewards: specs }) => {
        // One reward per (line, campaign, role), as the engine gives; a campaign has one type
        // and one priority.
        const seen = new Set<string>()
        const input: EngineReward[] = specs.flatMap((s) => {
          const key = `${s.line}:${s.campaign}:${s.role}`
          if (seen.has(key) || !MathBN.gt(s.amount, 0)) return []
          seen.add(key)
          return [
            {
              line_id: `l${s.line}`,
              campaign_id: `camp_${s.campaign}`,
              beneficiary_role: s.role,
              beneficiary_id: `cus_${s.role}`,
              currency_code: currency,
              base_amount: paid[s.line],
              amount: s.amount,
              rule: {
                campaign_name: "c",
                type: types[s.campaign % types.length],
                priority: s.campaign % 3,
                stacking: "stack",
              },
            },
          ]
        })
        const output = capRewardsToLinePaid(input)
        const key = (r: EngineReward) => `${r.line_id}:${r.campaign_id}:${r.beneficiary_role}`
        const after = new Map(output.map((r) => [key(r), r]))
        expect(output.map(key)).toEqual(input.map(key).filter((k) => after.has(k)))
        for (let l = 0; l < 3; l++) {
          const mine = input.filter((r) => r.line_id === `l${l}`)
          const before = mine.reduce((a, r) => MathBN.add(a, r.amount), MathBN.convert(0))
          const limit = MathBN.convert(paid[l]).decimalPlaces(currencyDecimals(currency), 1)
          const kept = mine.reduce(
            (a, r) => MathBN.add(a, after.get(key(r))?.amount ?? 0),
            MathBN.convert(0)
          )
          // Exactly the excess is taken: to the minor unit, no rounding overshoot either way.
          expect(kept.toFixed()).toEqual(MathBN.min(before, limit).toFixed())
          const ordered = [...mine].sort(lineCapReductionOrder)
          ordered.forEach((r, i) => {
            const now = after.get(key(r))?.amount ?? "0"
            expect(MathBN.gte(now, 0) && MathBN.lte(now, r.amount)).toBe(true)
            expect(isMinorUnitExact(now, currency)).toBe(true)
            // A reward is reduced only once every reward before it in the order is gone.
            if (MathBN.lt(now, r.amount)) {
              for (const earlier of ordered.slice(0, i)) expect(after.has(key(earlier))).toBe(false)
            }
          })
        }
      }),
      { numRuns: 500 }
    )
  })

  it("pro-rata allocation always adds up to the total exactly", () => {
    fc.assert(
      fc.property(
        money,
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const shares = allocateProRata(
            MathBN.convert(total),
            weights.map((w) => MathBN.convert(w)),
            "usd"
          )
          const sum = shares.reduce((a, s) => MathBN.add(a, s), MathBN.convert(0))
          if (weights.some((w) => w > 0))
            expect(sum.toFixed(2)).toEqual(MathBN.convert(total).toFixed(2))
          shares.forEach((s) => expect(MathBN.gte(s, 0)).toBe(true))
        }
      )
    )
  })
})
