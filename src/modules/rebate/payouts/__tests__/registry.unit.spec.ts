import { asValue } from "@medusajs/framework/awilix"
import { createMedusaContainer, MedusaError } from "@medusajs/framework/utils"
import { ManualPayoutService } from "../../../../providers/payout-manual/service"
import { StoreCreditPayoutService } from "../../../../providers/payout-store-credit/service"
import { PAYOUT_PROVIDER_IDS, payoutProviderKey } from "../keys"
import { payoutRegistry } from "../registry"

function moduleContainer() {
  const container = createMedusaContainer()
  container.register({
    [PAYOUT_PROVIDER_IDS]: asValue(["manual", "store_credit"]),
    [payoutProviderKey("manual")]: asValue(new ManualPayoutService()),
    [payoutProviderKey("store_credit")]: asValue(new StoreCreditPayoutService()),
  })
  return container
}

describe("payout registry", () => {
  it("finds providers by id, from the container or its cradle", () => {
    const container = moduleContainer()
    for (const registry of [payoutRegistry(container), payoutRegistry(container.cradle)]) {
      expect(registry.get("manual")).toBeInstanceOf(ManualPayoutService)
      expect(registry.list().map((p) => [p.id, p.provider.identifier])).toEqual([
        ["manual", "manual"],
        ["store_credit", "store_credit"],
      ])
    }
  })

  it("refuses an unknown id naming provider_id and what the store has", () => {
    const registry = payoutRegistry(moduleContainer())
    const refusal = (() => {
      try {
        registry.get("paypal")
      } catch (error) {
        return error as MedusaError
      }
    })()
    expect(refusal).toBeInstanceOf(MedusaError)
    expect(refusal?.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(refusal?.message).toBe(
      'provider_id: unknown payout provider "paypal" (this store has manual, store_credit)'
    )
    expect(refusal?.code).toBe("unknown_payout_provider")
  })

  it("offers store credit only where the loyalty plugin is, and says why not", async () => {
    const registry = payoutRegistry(moduleContainer())
    const app = createMedusaContainer()
    expect(await registry.listAvailable({ container: app })).toEqual([
      { id: "manual", destination_fields: new ManualPayoutService().destinationFields() },
    ])
    await expect(registry.getAvailable("store_credit", { container: app })).rejects.toMatchObject({
      message:
        "provider_id: store_credit payouts need @medusajs/loyalty-plugin, which this store does not have",
      code: "payout_provider_unavailable",
    })
    app.register("store_credit", asValue({ creditAccounts: async () => [] }))
    expect((await registry.listAvailable({ container: app })).map((p) => p.id)).toEqual([
      "manual",
      "store_credit",
    ])
  })
})
