// Model-based property test: random sequences of ledger operations run against the real service
// and against a small integer model of the rules (DESIGN.md §3). After every operation the service
// must have accepted or refused exactly what the model did, every balance must equal the model's,
// and reconcile must find the cached balances equal to the sums of the entries.
import fc from "fast-check"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"

jest.setTimeout(300 * 1000)

type Bucket = "pending" | "available" | "held" | "paid_out" | "redeemed" | "expired"
type ModelBalances = Record<Bucket | "earned", number>
type ModelEntry = {
  id: string
  key: string
  account: number
  type: string
  amount: number
  from: Bucket | null
  to: Bucket | null
  earned: number
  pendingId: string | null
  reversed: boolean
  /** The call that wrote it, to replay with the same key. */
  call: () => Promise<{ id: string }>
}

const ACCOUNTS = [
  { customer: "a", currency: "usd", unit: 100 },
  { customer: "b", currency: "usd", unit: 100 },
  { customer: "a", currency: "jpy", unit: 1 },
]

const op = fc.oneof(
  fc.record({
    kind: fc.constant("accrue" as const),
    account: fc.nat(2),
    minor: fc.integer({ min: 1, max: 5000 }),
  }),
  fc.record({
    kind: fc.constantFrom("settle" as const, "void" as const, "clawback_pending" as const),
    pick: fc.nat(),
    minor: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("clawback_available" as const),
    account: fc.nat(2),
    minor: fc.integer({ min: 1, max: 3000 }),
  }),
  fc.record({
    kind: fc.constant("hold" as const),
    account: fc.nat(2),
    minor: fc.integer({ min: 1, max: 5000 }),
  }),
  fc.record({
    kind: fc.constantFrom("pay" as const, "release" as const, "redeem" as const),
    pick: fc.nat(),
    minor: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("adjust" as const),
    account: fc.nat(2),
    minor: fc.integer({ min: -3000, max: 3000 }).filter((n) => n !== 0),
  }),
  fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("replay" as const), pick: fc.nat() })
)

moduleIntegrationTestRunner<RebateModuleService>({
  moduleName: REBATE_MODULE,
  resolve: "./src/modules/rebate",
  pathToMigrations: "./src/modules/rebate/migrations",
  testSuite: ({ service }) => {
    it("keeps every invariant under random operation sequences", async () => {
      let run = 0
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
          run++
          const model = new LedgerModel()
          const customer = (i: number) => `cus_prop_${run}_${ACCOUNTS[i].customer}`
          const money = (i: number, minor: number) =>
            (minor / ACCOUNTS[i].unit).toFixed(ACCOUNTS[i].unit === 100 ? 2 : 0)
          const accountIds: (string | undefined)[] = []
          let seq = 0

          for (const o of ops) {
            const key = `prop:${run}:${seq++}`
            let expected: ReturnType<LedgerModel["apply"]> | null = null
            let call: (() => Promise<{ id: string; account_id: string }>) | null = null

            if (o.kind === "accrue") {
              expected = model.apply({
                type: "accrue",
                account: o.account,
                amount: o.minor,
                from: null,
                to: "pending",
                earned: 1,
              })
              call = () =>
                service.accrue({
                  customer_id: customer(o.account),
                  currency_code: ACCOUNTS[o.account].currency,
                  amount: money(o.account, o.minor),
                  idempotency_key: key,
                })
            } else if (o.kind === "settle" || o.kind === "void" || o.kind === "clawback_pending") {
              const target = model.pick("accrue", o.pick)
              if (!target) continue
              const type = o.kind === "clawback_pending" ? "clawback" : o.kind
              expected = model.resolve(
                target,
                type,
                o.minor,
                o.kind === "settle" ? "available" : null
              )
              const amount = o.minor === undefined ? undefined : money(target.account, o.minor)
              const input = { pending_id: target.id, amount, idempotency_key: key }
              call =
                o.kind === "settle"
                  ? () => service.settle(input)
                  : o.kind === "void"
                    ? () => service.voidPending(input)
                    : () => service.clawBack({ from: "pending", ...input })
            } else if (o.kind === "clawback_available") {
              const accountId = accountIds[o.account]
              if (!accountId) continue
              expected = model.apply({
                type: "clawback",
                account: o.account,
                amount: o.minor,
                from: "available",
                to: null,
                earned: -1,
                overdraw: true,
              })
              call = () =>
                service.clawBack({
                  from: "available",
                  account_id: accountId,
                  amount: money(o.account, o.minor),
                  idempotency_key: key,
                })
            } else if (o.kind === "hold") {
              const accountId = accountIds[o.account]
              if (!accountId) continue
              expected = model.apply({
                type: "hold",
                account: o.account,
                amount: o.minor,
                from: "available",
                to: "held",
                earned: 0,
              })
              call = () =>
                service.hold({
                  account_id: accountId,
                  amount: money(o.account, o.minor),
                  idempotency_key: key,
                })
            } else if (o.kind === "pay" || o.kind === "release" || o.kind === "redeem") {
              const target = model.pick("hold", o.pick)
              if (!target) continue
              const to = ({ pay: "paid_out", release: "available", redeem: "redeemed" } as const)[
                o.kind
              ]
              expected = model.resolve(target, o.kind, o.minor, to)
              const input = {
                hold_id: target.id,
                amount: o.minor === undefined ? undefined : money(target.account, o.minor),
                idempotency_key: key,
              }
              call = () => service[o.kind](input)
            } else if (o.kind === "adjust") {
              const accountId = accountIds[o.account]
              if (!accountId) continue
              const credit = o.minor > 0
              expected = model.apply({
                type: "adjust",
                account: o.account,
                amount: Math.abs(o.minor),
                from: credit ? null : "available",
                to: credit ? "available" : null,
                earned: credit ? 1 : -1,
              })
              call = () =>
                service.adjust({
                  account_id: accountId,
                  amount: money(o.account, o.minor),
                  reason: "property test",
                  actor_id: "user_prop",
                  idempotency_key: key,
                })
            } else if (o.kind === "reverse") {
              const target = model.pickAny(o.pick)
              if (!target) continue
              expected = model.reverse(target)
              call = () => service.reverse({ entry_id: target.id })
            } else {
              const target = model.pickAny(o.pick)
              if (!target) continue
              const result = await target.call()
              expect(result.id).toEqual(target.id)
            }

            if (expected && call) {
              const outcome = await call().then(
                (entry) => ({ ok: true as const, entry }),
                (error) => ({ ok: false as const, error })
              )
              if (expected.ok !== outcome.ok) {
                throw new Error(
                  `${o.kind} ${JSON.stringify(o)}: model ${expected.ok ? "accepts" : "refuses"}, service ${outcome.ok ? "accepted" : `refused: ${(outcome as { error: Error }).error.message}`}`
                )
              }
              if (outcome.ok) {
                accountIds[expected.account] = outcome.entry.account_id
                expected.commit(outcome.entry.id, key, call)
              }
            }

            for (let i = 0; i < ACCOUNTS.length; i++) {
              if (!accountIds[i]) continue
              const [actual] = await service.getBalances({ id: accountIds[i] })
              const m = model.balances[i]
              const unit = ACCOUNTS[i].unit
              expect(actual).toMatchObject({
                pending: m.pending / unit,
                available: m.available / unit,
                held: m.held / unit,
                paid_out: m.paid_out / unit,
                redeemed: m.redeemed / unit,
                lifetime_earned: m.earned / unit,
              })
              expect(m.pending).toBeGreaterThanOrEqual(0)
              expect(m.held).toBeGreaterThanOrEqual(0)
            }
            expect((await service.reconcile()).drift).toEqual([])
          }
        }),
        { numRuns: 25 }
      )
    })
  },
})

/** The ledger's rules over integer minor units, written independently of the service. */
class LedgerModel {
  balances: ModelBalances[] = ACCOUNTS.map(() => ({
    pending: 0,
    available: 0,
    held: 0,
    paid_out: 0,
    redeemed: 0,
    expired: 0,
    earned: 0,
  }))
  entries: ModelEntry[] = []

  pick(type: "accrue" | "hold", n: number) {
    const list = this.entries.filter((e) => e.type === type)
    return list.length ? list[n % list.length] : undefined
  }

  pickAny(n: number) {
    const list = this.entries.filter((e) => e.type !== "reversal")
    return list.length ? list[n % list.length] : undefined
  }

  remaining(target: ModelEntry) {
    if (target.reversed) return 0
    const resolved = this.entries
      .filter((e) => e.pendingId === target.id && !e.reversed)
      .reduce((sum, e) => sum + e.amount, 0)
    return target.amount - resolved
  }

  apply(p: {
    type: string
    account: number
    amount: number
    from: Bucket | null
    to: Bucket | null
    earned: number
    overdraw?: boolean
    pendingId?: string
    reversalOf?: ModelEntry
  }) {
    const b = this.balances[p.account]
    const ok = !p.from || p.overdraw || b[p.from] >= p.amount
    return {
      ok,
      account: p.account,
      commit: (id: string, key: string, call: ModelEntry["call"]) => {
        if (p.reversalOf?.reversed) return // replayed reversal: nothing new
        if (p.from) b[p.from] -= p.amount
        if (p.to) b[p.to] += p.amount
        b.earned += p.amount * p.earned
        if (p.reversalOf) p.reversalOf.reversed = true
        this.entries.push({
          id,
          key,
          account: p.account,
          type: p.type,
          amount: p.amount,
          from: p.from,
          to: p.to,
          earned: p.earned,
          pendingId: p.pendingId ?? null,
          reversed: false,
          call,
        })
      },
    }
  }

  resolve(target: ModelEntry, type: string, minor: number | undefined, to: Bucket | null) {
    const left = this.remaining(target)
    const amount = minor ?? left
    const result = this.apply({
      type,
      account: target.account,
      amount,
      from: target.to,
      to,
      earned: type === "void" || type === "clawback" ? -1 : 0,
      pendingId: target.id,
    })
    return { ...result, ok: amount > 0 && amount <= left && result.ok }
  }

  reverse(target: ModelEntry) {
    const base = {
      type: "reversal",
      account: target.account,
      amount: target.amount,
      from: target.to,
      to: target.from,
      earned: -target.earned,
      reversalOf: target,
    }
    if (target.reversed) {
      return { ok: true, account: target.account, commit: () => undefined }
    }
    if (
      (target.type === "accrue" || target.type === "hold") &&
      this.remaining(target) !== target.amount
    ) {
      return { ok: false, account: target.account, commit: () => undefined }
    }
    return this.apply(base)
  }
}
