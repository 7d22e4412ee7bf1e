import type { Request } from "playwright-core"
import { byTestId, dataValue, openAdmin, settle, type Admin } from "../helpers/browser"
import { chooseOption, field, pick } from "../helpers/forms"
import { adminApi, type Json } from "../helpers/http"
import { openCreateForm } from "../helpers/pages"

const isSimulation = (r: Request) =>
  r.method() === "POST" && r.url().includes("/admin/rebate-campaigns/simulate")

describe("Simulator", () => {
  let admin: Admin

  beforeAll(async () => {
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("shows what POST /admin/rebate-campaigns/simulate answers for the cart it sends", async () => {
    const { page } = admin
    const sent: Json[] = []
    page.on("request", (r) => isSimulation(r) && sent.push(r.postDataJSON()))

    // A draft 10% campaign, simulated on 3 Classic Tees (20.00 each) in the US region.
    await openCreateForm(page)
    await field(page, "name").fill("E2E simulated draft")
    await chooseOption(page, "campaign-type", "percentage", /percentage/i)
    await field(page, "reward.rate").fill("10")
    const simulator = byTestId(page, "rebate-simulator")
    await simulator.waitFor()
    await pick(page, "simulator-variants", "Classic", "Classic Tee")
    await byTestId(page, "simulator-quantity").first().fill("3")
    const answered = page.waitForResponse((r) => isSimulation(r.request()), { timeout: 30000 })
    await byTestId(page, "simulator-run").click()
    await answered
    await settle(page)
    const shown = await dataValue(page, "simulator-total")

    const body = sent[sent.length - 1]
    expect(body.items).toEqual([expect.objectContaining({ quantity: 3 })])
    const { rebate_simulation } = await adminApi.post("/admin/rebate-campaigns/simulate", body)
    expect(shown).toBe(rebate_simulation.total)
    expect(rebate_simulation.total).toBeCloseTo(6, 2) // 10 % of 60.00
  })
})
