import http from "node:http"
import path from "node:path"
import { createMedusaContainer } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import loadPayoutProviders from "../../src/modules/rebate/payouts/loader"
import { payoutRegistry } from "../../src/modules/rebate/payouts/registry"

jest.setTimeout(120 * 1000)

const BANK_PROVIDER = path.join(__dirname, "fixtures", "payout-bank-transfer")
const IBAN = "DE89370400440532013000"

/**
 * A bank's transfer API on loopback: one transfer per Idempotency-Key, and a switch to answer
 * the next request with a given status (a 503 to retry, a 422 for a closed account).
 */
function fakeBank() {
  const transfers = new Map<string, { id: string; status: string; body: unknown }>()
  const state = { next: null as null | number, requests: 0, settle: "completed" }
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      state.requests++
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(body))
      }
      if (req.headers.authorization !== "Bearer test-key") return reply(401, {})
      if (state.next) {
        const status = state.next
        state.next = null
        return reply(status, { message: status === 422 ? "account closed" : "unavailable" })
      }
      const key = String(req.headers["idempotency-key"])
      if (!transfers.has(key)) {
        const id = `tr_${transfers.size + 1}`
        transfers.set(key, { id, status: state.settle, body: JSON.parse(raw) })
      }
      reply(201, transfers.get(key))
    })
  })
  return { server, transfers, state }
}

const bank = fakeBank()
// The module's options are read when the runner is set up, before any hook: the bank listens on
// a port fixed now (per process, so that parallel runs do not collide).
const port = 20000 + (process.pid % 20000)

moduleIntegrationTestRunner<RebateModuleService>({
  moduleName: REBATE_MODULE,
  resolve: "./src/modules/rebate",
  pathToMigrations: "./src/modules/rebate/migrations",
  moduleOptions: {
    payout_providers: [
      {
        resolve: BANK_PROVIDER,
        id: "bank",
        options: { api_url: `http://127.0.0.1:${port}`, api_key: "test-key", timeout_ms: 2000 },
      },
    ],
  },
  testSuite: ({ service }) => {
    // The module's own container, as the service was given it.
    const registry = () =>
      payoutRegistry(
        (service as unknown as { __container__: Record<string, unknown> }).__container__
      )

    beforeAll(async () => {
      await new Promise<void>((resolve) => bank.server.listen(port, "127.0.0.1", resolve))
    })
    afterAll(async () => {
      await new Promise((resolve) => bank.server.close(resolve))
    })

    it("registers the built-ins and the store's own provider from the options", () => {
      expect(
        registry()
          .list()
          .map(({ id, provider }) => [id, provider.identifier])
      ).toEqual([
        ["manual", "manual"],
        ["store_credit", "store_credit"],
        ["bank", "bank-transfer"],
      ])
      expect(() => registry().get("wire")).toThrow(
        'provider_id: unknown payout provider "wire" (this store has manual, store_credit, bank)'
      )
    })

    it("offers what the store can use: no store credit without the loyalty plugin", async () => {
      const offered = await registry().listAvailable({ container: createMedusaContainer() })
      expect(offered.map((p) => [p.id, p.destination_fields.map((f) => f.name)])).toEqual([
        ["manual", ["method", "account_name", "account", "bank_name"]],
        ["bank", ["account_holder", "iban"]],
      ])
    })

    it("the store's provider validates and masks its destination", () => {
      const provider = registry().get("bank")
      expect(
        provider.validateDestination({
          account_holder: "Jane Doe",
          iban: "de89 3704 0044 0532 0130 00",
        })
      ).toEqual({
        destination: { account_holder: "Jane Doe", iban: IBAN },
      })
      expect(
        provider.validateDestination({ account_holder: "Jane Doe", iban: "DE00370400440532013000" })
      ).toMatchObject({
        error: "destination.iban: not a valid IBAN",
      })
      expect(provider.describeDestination({ iban: IBAN })).toBe("IBAN …3000")
    })

    it("pays through the bank once per withdrawal id: retries, failures, pending", async () => {
      const provider = registry().get("bank")
      const request = {
        id: "rwd_bank_1",
        customer_id: "cus_1",
        currency_code: "eur",
        amount: "25.50",
        destination: { account_holder: "Jane Doe", iban: IBAN },
      }
      bank.state.next = 503
      expect(await provider.pay(request)).toEqual({
        status: "failed",
        reason: "bank error 503",
        retry: true,
      })
      const paid = await provider.pay(request)
      expect(paid).toEqual({ status: "paid", reference: "tr_1" })
      expect(await provider.pay(request)).toEqual(paid)
      expect(bank.transfers.size).toBe(1)
      expect(bank.transfers.get("rwd_bank_1")?.body).toEqual({
        amount: "25.50",
        currency: "EUR",
        creditor: { account_holder: "Jane Doe", iban: IBAN },
        remittance: "Withdrawal rwd_bank_1",
      })

      bank.state.next = 422
      expect(await provider.pay({ ...request, id: "rwd_bank_2" })).toEqual({
        status: "failed",
        reason: "account closed",
        retry: false,
      })
      bank.state.settle = "processing"
      expect(await provider.pay({ ...request, id: "rwd_bank_3" })).toEqual({
        status: "pending",
        reference: "tr_2",
      })
    })
  },
})

describe("payout provider loading", () => {
  const load = (payout_providers: unknown) => {
    const container = createMedusaContainer()
    return loadPayoutProviders({ container, options: { payout_providers } }).then(() =>
      payoutRegistry(container)
    )
  }

  it("lets a store replace a built-in by taking its id", async () => {
    const registry = await load([
      {
        resolve: BANK_PROVIDER,
        id: "manual",
        options: { api_url: "http://127.0.0.1:1", api_key: "k" },
      },
    ])
    expect(registry.list().map(({ id, provider }) => [id, provider.identifier])).toEqual([
      ["store_credit", "store_credit"],
      ["manual", "bank-transfer"],
    ])
  })

  it("fails the boot on a provider that refuses its options or cannot be found", async () => {
    await expect(load([{ resolve: BANK_PROVIDER, id: "bank", options: {} }])).rejects.toThrow(
      "The bank-transfer payout provider needs the options api_url and api_key"
    )
    await expect(load([{ resolve: "no-such-package/providers/x", id: "x" }])).rejects.toThrow(
      "Unable to find module no-such-package/providers/x"
    )
    await expect(load([{ resolve: BANK_PROVIDER, id: "Bank" }])).rejects.toThrow(
      "Invalid rebate option payout_providers[0].id"
    )
  })
})
