import { rebateIntegrationTestRunner } from "./helpers/runner"
import { storeHeaders } from "./helpers/auth"
import { errorResponse } from "./helpers/http"

jest.setTimeout(120 * 1000)

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("GET /store/rebates/program", () => {
      it("needs a publishable API key, like every store route", async () => {
        const res = await api.get("/store/rebates/program").catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/Publishable API key required/)
      })

      it("returns the program terms with defaults", async () => {
        const res = await api.get("/store/rebates/program", await storeHeaders(getContainer()))
        expect(res.status).toEqual(200)
        expect(res.data.rebate_program).toEqual({
          terms: null,
          settlement_window_days: 7,
          attribution_window_days: 30,
          levels: 2,
          min_withdrawal: [],
          expiry: null,
          withdrawal_limits: { min_withdrawal: [], daily_count: null, daily_amount: [] },
        })
      })
    })
  },
})
