import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(120 * 1000)

const CUSTOMER = "cus_ledger"

moduleIntegrationTestRunner<RebateModuleService>({
  moduleName: REBATE_MODULE,
  resolve: "./src/modules/rebate",
  pathToMigrations: "./src/modules/rebate/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (query: string, params: unknown[] = []) =>
      MikroOrmWrapper.forkManager().execute(query, params)

    const balances = async (customer_id = CUSTOMER, currency_code = "usd") => {
      const [account] = await service.getBalances({ customer_id, currency_code })
      return account
    }

    const accrue = (amount: number | string, key: string, currency_code = "usd") =>
      service.accrue({ customer_id: CUSTOMER, currency_code, amount, idempotency_key: key })

    describe("accrue", () => {
      it("creates the account on first use and adds to pending", async () => {
        const entry = await accrue(2.7, "order:1:accrue")
        expect(entry).toMatchObject({
          type: "accrue",
          bucket_from: null,
          bucket_to: "pending",
          amount: 2.7,
          currency_code: "usd",
          customer_id: CUSTOMER,
        })
        expect(entry.id).toMatch(/^rle_/)
        expect(await balances()).toMatchObject({ pending: 2.7, available: 0, lifetime_earned: 2.7 })
      })

      it("keeps one account per customer and currency", async () => {
        await accrue(1, "a")
        await accrue(2, "b")
        await accrue(300, "c", "JPY")
        const accounts = await service.getBalances({ customer_id: CUSTOMER })
        expect(accounts.map((a) => [a.currency_code, a.pending])).toEqual([
          ["jpy", 300],
          ["usd", 3],
        ])
      })

      it("returns the first entry when the same key is written again", async () => {
        const first = await accrue(5, "order:2:accrue")
        const again = await accrue("5.00", "order:2:accrue")
        expect(again.id).toEqual(first.id)
        expect([first.replayed, again.replayed]).toEqual([false, true])
        expect((await balances()).pending).toEqual(5)
      })

      it("refuses a used key with a different amount or account with 409", async () => {
        await accrue(5, "order:3:accrue")
        await expect(accrue(6, "order:3:accrue")).rejects.toMatchObject({
          type: "conflict",
          message: expect.stringContaining("already used for a different entry"),
        })
        await expect(
          service.accrue({
            customer_id: "cus_other",
            currency_code: "usd",
            amount: 5,
            idempotency_key: "order:3:accrue",
          })
        ).rejects.toMatchObject({ type: "conflict" })
        expect((await balances()).pending).toEqual(5)
        // The refused write rolled back whole: not even the other customer's account was created.
        expect(await balances("cus_other")).toBeUndefined()
      })

      it.each([
        [0, "usd", /greater than zero/],
        [-1, "usd", /greater than zero/],
        ["abc", "usd", /must be a number/],
        [1.005, "usd", /more than 2 decimals for USD/],
        [1.5, "jpy", /more than 0 decimals for JPY/],
        ["1.2345", "kwd", /more than 3 decimals for KWD/],
      ])(
        "refuses amount %p %s with a 400 and writes nothing",
        async (amount, currency, message) => {
          await expect(
            accrue(amount as number, `bad:${amount}:${currency}`, currency)
          ).rejects.toMatchObject({
            type: "invalid_data",
            message: expect.stringMatching(message),
          })
          const [entries] = await listEntries(service, { customer_id: CUSTOMER })
          expect(entries).toEqual([])
        }
      )

      it("keeps exact minor units in zero- and three-decimal currencies", async () => {
        await accrue(60, "jpy-1", "jpy")
        await accrue("1.235", "kwd-1", "kwd")
        await accrue("0.001", "kwd-2", "kwd")
        expect((await balances(CUSTOMER, "jpy")).pending).toEqual(60)
        expect((await balances(CUSTOMER, "kwd")).pending).toEqual(1.236)
      })
    })

    describe("settle and void", () => {
      it("settles part of a pending reward and leaves the rest pending", async () => {
        const pending = await accrue(10, "acc")
        await service.settle({ pending_id: pending.id, amount: 4, idempotency_key: "settle-1" })
        expect(await balances()).toMatchObject({ pending: 6, available: 4 })
        const rest = await service.settle({ pending_id: pending.id, idempotency_key: "settle-2" })
        expect(rest.amount).toEqual(6)
        expect(await balances()).toMatchObject({ pending: 0, available: 10, lifetime_earned: 10 })
      })

      it("never resolves more than is still pending", async () => {
        const pending = await accrue(10, "acc")
        await service.settle({ pending_id: pending.id, amount: 7, idempotency_key: "s1" })
        await expect(
          service.voidPending({ pending_id: pending.id, amount: 4, idempotency_key: "v1" })
        ).rejects.toMatchObject({
          type: "conflict",
          message: expect.stringContaining("only 3 is left"),
        })
        await service.voidPending({ pending_id: pending.id, idempotency_key: "v2" })
        await expect(
          service.settle({ pending_id: pending.id, idempotency_key: "s3" })
        ).rejects.toMatchObject({ message: expect.stringContaining("nothing left to settle") })
        expect(await balances()).toMatchObject({ pending: 0, available: 7, lifetime_earned: 7 })
      })

      it("replays a full settle by its key even though nothing is left", async () => {
        const pending = await accrue(10, "acc")
        const first = await service.settle({ pending_id: pending.id, idempotency_key: "s" })
        const again = await service.settle({ pending_id: pending.id, idempotency_key: "s" })
        expect(again.id).toEqual(first.id)
        expect(await balances()).toMatchObject({ pending: 0, available: 10 })
      })

      it("answers 404 for an unknown pending entry", async () => {
        await expect(
          service.settle({ pending_id: "rle_missing", idempotency_key: "x" })
        ).rejects.toMatchObject({ type: "not_found" })
      })
    })

    describe("clawback and debt", () => {
      it("claws back from available into a debt that later earnings net out", async () => {
        const pending = await accrue(5, "acc-1")
        const { account_id } = await service.settle({
          pending_id: pending.id,
          idempotency_key: "s-1",
        })
        await service.clawBack({
          from: "available",
          account_id,
          amount: 8,
          idempotency_key: "cb-1",
        })
        expect(await balances()).toMatchObject({ available: -3, lifetime_earned: -3 })

        await expect(
          service.hold({ account_id, amount: 1, idempotency_key: "h-1" })
        ).rejects.toMatchObject({
          type: "conflict",
          message: expect.stringContaining("Insufficient available"),
        })

        const later = await accrue(4, "acc-2")
        await service.settle({ pending_id: later.id, idempotency_key: "s-2" })
        expect(await balances()).toMatchObject({ available: 1, lifetime_earned: 1 })
      })

      it("claws back from pending without touching available", async () => {
        const pending = await accrue(9, "acc")
        await service.clawBack({
          from: "pending",
          pending_id: pending.id,
          amount: 3,
          idempotency_key: "cb",
        })
        expect(await balances()).toMatchObject({ pending: 6, available: 0, lifetime_earned: 6 })
      })
    })

    describe("hold, pay, release, redeem", () => {
      const fund = async (amount: number) => {
        const pending = await accrue(amount, `fund-${amount}`)
        return (
          await service.settle({ pending_id: pending.id, idempotency_key: `fund-s-${amount}` })
        ).account_id
      }

      it("moves money through held to paid out, back to available, or redeemed", async () => {
        const account_id = await fund(100)
        const hold1 = await service.hold({
          account_id,
          amount: 30,
          idempotency_key: "h1",
          withdrawal_id: "wd_1",
        })
        const hold2 = await service.hold({ account_id, amount: 50, idempotency_key: "h2" })
        expect(await balances()).toMatchObject({ available: 20, held: 80 })

        await service.pay({ hold_id: hold1.id, idempotency_key: "p1" })
        await service.release({ hold_id: hold2.id, amount: 20, idempotency_key: "r2" })
        await service.redeem({ hold_id: hold2.id, idempotency_key: "d2" })
        expect(await balances()).toMatchObject({
          available: 40,
          held: 0,
          paid_out: 30,
          redeemed: 30,
          lifetime_earned: 100,
        })
        const [[pay]] = await listEntries(service, { type: "pay" })
        expect(pay.withdrawal_id).toEqual("wd_1")
      })

      it("refuses a hold larger than available with 409 and changes nothing", async () => {
        const account_id = await fund(10)
        await expect(
          service.hold({ account_id, amount: 10.01, idempotency_key: "h" })
        ).rejects.toMatchObject({
          type: "conflict",
        })
        expect(await balances()).toMatchObject({ available: 10, held: 0 })
      })

      it("lets 50 racing holds spend only what is there", async () => {
        const account_id = await fund(100)
        const attempts = Array.from({ length: 50 }, (_, i) =>
          service.hold({ account_id, amount: 15, idempotency_key: `race-${i}` })
        )
        const results = await Promise.allSettled(attempts)
        const granted = results.filter((r) => r.status === "fulfilled")
        const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
        expect(granted).toHaveLength(6) // 6 x 15 = 90 <= 100 < 105
        expect(refused.every((r) => r.reason.type === "conflict")).toBe(true)
        expect(await balances()).toMatchObject({ available: 10, held: 90 })
        expect((await service.reconcile()).drift).toEqual([])
      })
    })

    describe("adjust", () => {
      it("credits and debits available with the reason and the admin recorded", async () => {
        const { account_id } = await accrue(1, "acc")
        await service.adjust({
          account_id,
          amount: 12.5,
          reason: "goodwill",
          actor_id: "user_1",
          idempotency_key: "adj-1",
        })
        const debit = await service.adjust({
          account_id,
          amount: -2.5,
          reason: "typo",
          actor_id: "user_1",
          idempotency_key: "adj-2",
        })
        expect(debit).toMatchObject({
          type: "adjust",
          bucket_from: "available",
          amount: 2.5,
          actor_id: "user_1",
          actor_type: "user",
        })
        expect(await balances()).toMatchObject({ available: 10, lifetime_earned: 11 })
        await expect(
          service.adjust({
            account_id,
            amount: -11,
            reason: "too much",
            actor_id: "user_1",
            idempotency_key: "adj-3",
          })
        ).rejects.toMatchObject({ type: "conflict" })
        await expect(
          service.adjust({
            account_id,
            amount: 1,
            reason: " ",
            actor_id: "user_1",
            idempotency_key: "adj-4",
          })
        ).rejects.toMatchObject({ type: "invalid_data" })
      })
    })

    describe("reverse (compensation)", () => {
      it("undoes an entry with a reversing entry, once", async () => {
        const pending = await accrue(10, "acc")
        const settle = await service.settle({
          pending_id: pending.id,
          amount: 4,
          idempotency_key: "s",
        })
        const reversal = await service.reverse({ entry_id: settle.id })
        expect(reversal).toMatchObject({
          type: "reversal",
          bucket_from: "available",
          bucket_to: "pending",
          amount: 4,
          reversal_of_id: settle.id,
        })
        expect((await service.reverse({ entry_id: settle.id })).id).toEqual(reversal.id)
        expect(await balances()).toMatchObject({ pending: 10, available: 0 })

        // The reversed settle no longer counts: the whole accrual can settle again.
        await service.settle({ pending_id: pending.id, idempotency_key: "s-again" })
        expect(await balances()).toMatchObject({ pending: 0, available: 10, lifetime_earned: 10 })
      })

      it("refuses to reverse an accrual that was already resolved, and a resolved one cannot resolve again", async () => {
        const pending = await accrue(10, "acc")
        await service.settle({ pending_id: pending.id, amount: 1, idempotency_key: "s" })
        await expect(service.reverse({ entry_id: pending.id })).rejects.toMatchObject({
          type: "conflict",
        })

        const other = await accrue(3, "acc-2")
        await service.reverse({ entry_id: other.id })
        await expect(
          service.settle({ pending_id: other.id, idempotency_key: "s-2" })
        ).rejects.toMatchObject({ message: expect.stringContaining("nothing left") })
        expect(await balances()).toMatchObject({ pending: 9, available: 1, lifetime_earned: 10 })
      })
    })

    describe("append-only", () => {
      it("refuses updates and deletes of entries, in the service and in the database", async () => {
        const entry = await accrue(1, "acc")
        await expect(
          service.updateRebateLedgerEntries({ id: entry.id, reason: "x" })
        ).rejects.toMatchObject({
          type: "not_allowed",
        })
        await expect(service.softDeleteRebateLedgerEntries([entry.id])).rejects.toMatchObject({
          type: "not_allowed",
        })
        await expect(
          service.updateRebateAccounts({ id: entry.account_id, available: 1000 })
        ).rejects.toMatchObject({
          type: "not_allowed",
        })
        await expect(
          sql(`update rebate_ledger_entry set amount = 100 where id = ?`, [entry.id])
        ).rejects.toThrow(/append-only/)
        await expect(
          sql(`delete from rebate_ledger_entry where id = ?`, [entry.id])
        ).rejects.toThrow(/append-only/)
        await expect(
          sql(
            `insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type, bucket_to, amount, raw_amount, idempotency_key)
               values ('rle_x', ?, ?, 'usd', 'accrue', 'pending', -1, '{}', 'neg')`,
            [entry.account_id, CUSTOMER]
          )
        ).rejects.toThrow(/amount_positive/)
      })
    })

    describe("reconcile", () => {
      it("finds no drift in a consistent ledger and reports a tampered balance", async () => {
        const a = await accrue(10, "acc-a")
        await service.settle({ pending_id: a.id, amount: 3, idempotency_key: "s-a" })
        await service.accrue({
          customer_id: "cus_b",
          currency_code: "eur",
          amount: 2,
          idempotency_key: "acc-b",
        })
        expect(await service.reconcile({ batch_size: 1 })).toEqual({ checked: 2, drift: [] })

        await sql(`update rebate_account set available = available + 0.01 where id = ?`, [
          a.account_id,
        ])
        const { checked, drift } = await service.reconcile({ batch_size: 1 })
        expect(checked).toEqual(2)
        expect(drift).toEqual([
          {
            account_id: a.account_id,
            customer_id: CUSTOMER,
            currency_code: "usd",
            column: "available",
            cached: "3.01",
            computed: "3",
          },
        ])
      })
    })
  },
})
