import { byTestId, dataValue, gotoAdmin, openAdmin, type Admin } from "../helpers/browser"
import { storeApi } from "../helpers/http"
import { productByHandle, usRegion } from "../helpers/orders"

describe("Product widget", () => {
  let admin: Admin

  beforeAll(async () => {
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("shows each variant's reward as GET /store/rebates/quote quotes it", async () => {
    const { page } = admin
    const [product, region] = await Promise.all([productByHandle("oxford-shirt"), usRegion()])
    await gotoAdmin(page, `/products/${product.id}`)
    await byTestId(page, "rebate-product-widget").waitFor({ timeout: 30000 })

    const shown: Record<string, number> = {}
    const quoted: Record<string, number> = {}
    for (const variant of product.variants) {
      const id = `rebate-variant-${variant.id}-${region.id}`
      shown[id] = await dataValue(page, id)
      const { rebate_quote } = await storeApi().get("/store/rebates/quote", {
        variant_id: variant.id,
        region_id: region.id,
      })
      quoted[id] = rebate_quote.amount
    }
    expect(shown).toEqual(quoted)
    expect(Object.values(quoted).some((amount) => amount > 0)).toBe(true)
  })
})
