import { rebateIntegrationTestRunner } from "./helpers/runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PLUGIN_ROUTES } from "../../src/api/utils/reject-nul-bytes"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import { adminHeaders, storeHeaders } from "./helpers/auth"
import { itEachInOne } from "./helpers/cases"
import { errorResponse } from "./helpers/http"
import { createLoggedInCustomer, createStoreFixtures } from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"
import { routeFiles } from "../helpers/route-files"

jest.setTimeout(180 * 1000)

const NUL = "\u0000"
const TOO_BIG = "1000000000000.01" // just over 10^12 major units

type Method = "get" | "post" | "delete"

/** Every admin route the plugin serves; the first test checks it against src/api/admin. */
const ADMIN_ROUTES: [Method, string][] = [
  ["get", "/admin/rebate-accounts"],
  ["get", "/admin/rebate-accounts/:id"],
  ["get", "/admin/rebate-accounts/:id/entries"],
  ["post", "/admin/rebate-accounts/:id/adjustments"],
  ["get", "/admin/rebate-adjustment-requests"],
  ["get", "/admin/rebate-adjustment-requests/:id"],
  ["post", "/admin/rebate-adjustment-requests/:id/approve"],
  ["post", "/admin/rebate-adjustment-requests/:id/reject"],
  ["get", "/admin/rebate-campaigns"],
  ["post", "/admin/rebate-campaigns"],
  ["get", "/admin/rebate-campaigns/:id"],
  ["post", "/admin/rebate-campaigns/:id"],
  ["delete", "/admin/rebate-campaigns/:id"],
  ["post", "/admin/rebate-campaigns/simulate"],
  ["post", "/admin/rebate-ledger/verify"],
  ["get", "/admin/rebate-orders/:order_id"],
  ["get", "/admin/rebate-products/:product_id/quotes"],
  ["get", "/admin/rebate-referrals/:customer_id"],
  ["post", "/admin/rebate-referrals/:customer_id/binding"],
  ["post", "/admin/rebate-referrals/:customer_id/code"],
  ["get", "/admin/rebate-reports/liability"],
  ["get", "/admin/rebate-reports/campaigns"],
  ["get", "/admin/rebate-reports/exports"],
  ["post", "/admin/rebate-reports/exports"],
  ["get", "/admin/rebate-reports/exports/:id"],
  ["get", "/admin/rebate-reports/exports/:id/download"],
  ["get", "/admin/rebate-reviews"],
  ["get", "/admin/rebate-reviews/:id"],
  ["post", "/admin/rebate-reviews/approve"],
  ["post", "/admin/rebate-reviews/reject"],
  ["get", "/admin/rebate-rewards"],
  ["get", "/admin/rebate-settings"],
  ["post", "/admin/rebate-settings"],
  ["get", "/admin/rebate-settings/changes"],
  ["get", "/admin/rebate-stats"],
  ["get", "/admin/rebate-sync-failures"],
  ["post", "/admin/rebate-sync-failures/:order_id/retry"],
  ["get", "/admin/rebate-withdrawals"],
  ["get", "/admin/rebate-withdrawals/:id"],
  ["post", "/admin/rebate-withdrawals/:id/approve"],
  ["post", "/admin/rebate-withdrawals/:id/reject"],
  ["post", "/admin/rebate-withdrawals/:id/mark-paid"],
  ["get", "/admin/rebate-withdrawals/export"],
]

/** The admin routes as the file tree defines them: `[method, /admin/x/:param]` per exported verb. */
const adminRouteFiles = (): [Method, string][] =>
  routeFiles()
    .filter((r) => r.route.startsWith("/admin/"))
    .map((r) => [r.method as Method, r.route])

/**
 * What a fuzzer sends to the plugin's routes: every bad input is a 400 (or a 404 for an unknown
 * resource) whose message names the parameter, never a 5xx, and a refused money move moves nothing.
 */
rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let shopper: { headers: Record<string, string> }
    let rebate: RebateModuleService
    let customerId: string

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      const { customer, authorization } = await createLoggedInCustomer(container, "fuzz@test.dev")
      customerId = customer.id
      shopper = { headers: { ...(await storeHeaders(container)).headers, authorization } }
      rebate = container.resolve(REBATE_MODULE)
    })

    /** An account with `available` settled balance for the logged-in customer. */
    const fundedAccount = async (available = 10) => {
      const accrual = await rebate.accrue({
        customer_id: customerId,
        currency_code: "usd",
        amount: available,
        idempotency_key: "fund:accrue",
        order_id: "order_fund",
      })
      await rebate.settle({
        pending_id: accrual.id,
        amount: available,
        idempotency_key: "fund:settle",
      })
      return accrual.account_id
    }

    const send = (method: Method, url: string, headers: object, body: unknown = {}) =>
      (method === "post" ? api.post(url, body, headers) : api[method](url, headers)).catch(
        errorResponse
      )

    const expectRefused = (
      res: { status: number; data: { message?: string } },
      message: RegExp,
      status = 400
    ) => {
      expect({ status: res.status, message: res.data?.message }).toEqual({
        status,
        message: expect.stringMatching(message),
      })
    }

    describe("admin authorization", () => {
      it("ADMIN_ROUTES lists every admin route, and PLUGIN_ROUTES matches each", () => {
        const key = ([method, route]: [Method, string]) => `${method.toUpperCase()} ${route}`
        expect(adminRouteFiles().map(key).sort()).toEqual(ADMIN_ROUTES.map(key).sort())
        const sample = (route: string) => route.replace(/:\w+/g, "x_1")
        expect(ADMIN_ROUTES.filter(([, r]) => !PLUGIN_ROUTES.test(sample(r)))).toEqual([])
      })

      itEachInOne(ADMIN_ROUTES)(
        "%s %s is a 401 without an admin, and for a customer",
        async (m, r) => {
          const url = r.replace(/:\w+/g, "x_1")
          expect((await send(m, url, {})).status).toEqual(401)
          expect((await send(m, url, shopper)).status).toEqual(401)
        }
      )
    })

    describe("store customer lists", () => {
      itEachInOne([
        ["order_id=null", /order_id/],
        ["order_id=a%00b", /order_id/],
        ["limit=-1", /limit/],
        ["limit=99999999999999", /limit/],
        ["offset=-5", /offset/],
        ["order=unknown_field", /order/],
      ])("GET /store/customers/me/rebate-rewards?%s is a 400 naming it", async (query, field) => {
        expectRefused(
          await send("get", `/store/customers/me/rebate-rewards?${query}`, shopper),
          field
        )
      })

      itEachInOne([
        ["created_at=abc", /created_at/],
        ["created_at[$gt]=", /created_at\.\$gt/],
        ["created_at[$lte]=yesterday", /created_at\.\$lte/],
        ["created_at[$like]=2026", /created_at/],
        ["limit=-1", /limit/],
        ["offset=-1", /offset/],
        ["limit=100000000000000", /limit/],
        ["order_id=%00", /order_id/],
        ["fields=toString", /fields/],
      ])("GET /store/customers/me/rebate-entries?%s is a 400 naming it", async (query, field) => {
        expectRefused(
          await send("get", `/store/customers/me/rebate-entries?${query}`, shopper),
          field
        )
      })

      it("filters entries by an ISO-8601 date range, and by nothing else", async () => {
        await fundedAccount()
        expectRefused(
          await send(
            "get",
            "/store/customers/me/rebate-entries?created_at[$gte]=1700000000",
            shopper
          ),
          /created_at\.\$gte/
        )
        const res = await api.get(
          `/store/customers/me/rebate-entries?created_at[$gte]=2000-01-01&created_at[$lt]=${encodeURIComponent(
            new Date(Date.now() + 60_000).toISOString()
          )}&order=-created_at`,
          shopper
        )
        expect(res.data.rebate_entries.map((e: { type: string }) => e.type).sort()).toEqual([
          "accrue",
          "settle",
        ])
      })
    })

    describe("admin lists", () => {
      itEachInOne([
        ["/admin/rebate-accounts?limit=-1", /limit/],
        ["/admin/rebate-accounts?offset=-1", /offset/],
        ["/admin/rebate-accounts?limit=99999999999999", /limit/],
        ["/admin/rebate-accounts?created_at=abc", /created_at/],
        ["/admin/rebate-accounts?created_at[$gt]=", /created_at\.\$gt/],
        ["/admin/rebate-accounts?order=unknown_field", /order/],
        ["/admin/rebate-accounts?customer_id=%00", /customer_id/],
        ["/admin/rebate-campaigns?created_at=abc", /created_at/],
        ["/admin/rebate-campaigns?updated_at[$lt]=x", /updated_at\.\$lt/],
        ["/admin/rebate-campaigns?order=bogus", /order/],
        ["/admin/rebate-campaigns?limit=-2", /limit/],
        ["/admin/rebate-campaigns?q=%00", /\bq\b/],
        ["/admin/rebate-sync-failures?limit=-1", /limit/],
        ["/admin/rebate-sync-failures?limit=99999999999999", /limit/],
        ["/admin/rebate-sync-failures?offset=-1", /offset/],
        ["/admin/rebate-sync-failures?order=bogus", /order/],
        ["/admin/rebate-sync-failures?resolved=maybe", /resolved/],
        ["/admin/rebate-adjustment-requests?limit=-1", /limit/],
        ["/admin/rebate-adjustment-requests?limit=99999999999999", /limit/],
        ["/admin/rebate-adjustment-requests?offset=-1", /offset/],
        ["/admin/rebate-adjustment-requests?order=bogus", /order/],
        ["/admin/rebate-adjustment-requests?status=done", /status/],
        ["/admin/rebate-adjustment-requests?account_id=%00", /account_id/],
        ["/admin/rebate-adjustment-requests?created_at[$like]=2026", /created_at/],
      ])("GET %s is a 400 naming the parameter", async (url, field) => {
        expectRefused(await send("get", url, admin), field)
      })

      it("refuses bad entry filters on an existing account", async () => {
        const id = await fundedAccount()
        for (const [query, field] of [
          ["created_at=abc", /created_at/],
          ["order=bogus", /order/],
          ["limit=-2", /limit/],
          ["order_id=%00", /order_id/],
        ] as const) {
          expectRefused(
            await send("get", `/admin/rebate-accounts/${id}/entries?${query}`, admin),
            field
          )
        }
      })

      itEachInOne([
        "/admin/rebate-accounts/racc%00x",
        "/admin/rebate-campaigns/rcmp%00x",
        "/admin/rebate-referrals/cus%00x",
        "/admin/rebate-adjustment-requests/radj%00x",
      ])("GET %s (a NUL in the path) is a 400", async (url) => {
        expectRefused(await send("get", url, admin), /path/)
      })
    })

    describe("settings, stats, rewards, orders, quotes", () => {
      itEachInOne([
        ["/admin/rebate-settings?x=%00", /\bx\b/],
        // A field name every object has reached the ORM as a 500 (found by the fuzzer).
        ["/admin/rebate-campaigns/rcmp_x?fields=toString", /fields/],
        ["/admin/rebate-campaigns?fields=id,-constructor", /fields/],
        ["/admin/rebate-accounts/racc_x?fields=+__proto__", /fields/],
        ["/admin/rebate-accounts?fields=hasOwnProperty", /fields/],
        ["/admin/rebate-accounts/racc_x/entries?fields=valueOf", /fields/],
        ["/admin/rebate-sync-failures?fields=toString", /fields/],
        ["/admin/rebate-settings/changes?limit=99999999999999", /limit/],
        ["/admin/rebate-settings/changes?offset=abc", /offset/],
        ["/admin/rebate-settings/changes?order=created_at", /order/],
        ["/admin/rebate-stats?from=%00", /from/],
        ["/admin/rebate-stats?from=99999999999999", /from/],
        ["/admin/rebate-stats?to=275761-01-01", /to/],
        ["/admin/rebate-stats?currency_code[]=usd", /currency_code/],
        ["/admin/rebate-stats?interval[$ne]=day", /interval/],
        ["/admin/rebate-reports/liability?currency_code[]=usd", /currency_code/],
        ["/admin/rebate-reports/liability?currency_code=%00", /currency_code/],
        ["/admin/rebate-reports/campaigns?from=%00&to=2026-01-01", /from/],
        ["/admin/rebate-reports/campaigns?from=2026-01-01&to=275761-01-01", /\bto\b/],
        ["/admin/rebate-reports/campaigns?from[$gt]=2026-01-01&to=2026-02-01", /from/],
        [
          "/admin/rebate-reports/campaigns?from=2026-01-01&to=2026-02-01&interval[$ne]=day",
          /interval/,
        ],
        ["/admin/rebate-reports/exports?limit=99999999999999", /limit/],
        ["/admin/rebate-reports/exports?offset=-1", /offset/],
        ["/admin/rebate-reports/exports/rexp_x?fields=%00", /fields/],
        ["/admin/rebate-rewards?limit=99999999999999", /limit/],
        ["/admin/rebate-rewards?offset=-1", /offset/],
        ["/admin/rebate-rewards?customer_id=%00", /customer_id/],
        ["/admin/rebate-rewards?account_id=null", /account_id/],
        ["/admin/rebate-rewards?campaign_id[$ne]=x", /campaign_id/],
        ["/admin/rebate-rewards?status[$ne]=pending", /status/],
        ["/admin/rebate-products/prod_x/quotes?sales_channel_id=%00", /sales_channel_id/],
        ["/admin/rebate-products/prod_x/quotes?sales_channel_id[]=sc", /sales_channel_id/],
        ["/admin/rebate-products/prod_x/quotes?foo=1", /foo/],
      ])("GET %s is a 400 naming the parameter", async (url, field) => {
        expectRefused(await send("get", url, admin), field)
      })

      // (A bad escape such as %E0%A4%A in any /admin path is Medusa's own 500: its `/admin*`
      // middleware decodes the path before any plugin middleware runs.)
      itEachInOne(["/admin/rebate-orders/order%00x", "/admin/rebate-products/prod%00x/quotes"])(
        "GET %s (a NUL in the path) is a 400",
        async (url) => {
          expectRefused(await send("get", url, admin), /path/)
        }
      )

      itEachInOne([
        ["/admin/rebate-orders/order_nope", /order_nope/],
        [`/admin/rebate-orders/${"o".repeat(4000)}`, /was not found/],
        [`/admin/rebate-orders/${encodeURIComponent("x' or '1'='1")}`, /was not found/],
        ["/admin/rebate-products/prod_nope/quotes", /prod_nope/],
      ])("GET %s is a 404", async (url, message) => {
        expectRefused(await send("get", url, admin), message, 404)
      })

      it("answers a period in year 1 without a 5xx", async () => {
        const res = await send("get", "/admin/rebate-stats?from=0001-01-01&to=0001-12-31", admin)
        expect(res.status).toEqual(200)
        expect(res.data.rebate_stats).toMatchObject({ interval: "day", totals: [], series: [] })
      })

      it("refuses malformed settings with a 400 naming the field, and changes nothing", async () => {
        const before = (await api.get("/admin/rebate-settings", admin)).data
        for (const [body, field] of [
          [{ settlement_window_days: 1e308 }, /settlement_window_days/],
          [{ settlement_window_days: "10" }, /settlement_window_days/],
          [{ settlement_window_days: 1.5 }, /settlement_window_days/],
          [{ attribution_model: ["last_touch"] }, /attribution_model/],
          [{ min_withdrawal: { usd: 1 } }, /min_withdrawal/],
          [
            { min_withdrawal: [{ currency_code: "usd", amount: "1e400" }] },
            /min_withdrawal\.0\.amount/,
          ],
          [
            { min_withdrawal: [{ currency_code: "usd", amount: 1e15 }] },
            /min_withdrawal\.0\.amount/,
          ],
          [{ terms: `a${NUL}b` }, /terms/],
          [{ terms: 5 }, /terms/],
          [{ reset: "terms" }, /reset/],
          [{ reset: [`terms${NUL}`] }, /reset\.0/],
          [{ [`key${NUL}`]: 1 }, /key/],
          [[], /body/],
        ] as const) {
          expectRefused(await send("post", "/admin/rebate-settings", admin, body), field)
        }
        expect((await api.get("/admin/rebate-settings", admin)).data).toEqual(before)
        expect((await api.get("/admin/rebate-settings/changes", admin)).data.count).toEqual(0)
      })

      it("refuses malformed simulations with a 400 naming the field (404 for an unknown order)", async () => {
        const items = { items: [{ variant_id: "variant_x" }], currency_code: "usd" }
        const draft = { name: "d", type: "percentage", reward: { rate: 5 } }
        for (const [body, field] of [
          [{ order_id: 123 }, /order_id/],
          [{ order_id: `order${NUL}` }, /order_id/],
          [{ ...items, include_active: "yes" }, /include_active/],
          [{ ...items, campaigns: "draft" }, /campaigns/],
          [{ ...items, campaigns: [{ ...draft, name: `d${NUL}` }] }, /campaigns\.0\.name/],
          [
            { ...items, campaigns: [{ ...draft, caps: { budget: { usd: TOO_BIG } } }] },
            /campaigns\.0\.caps\.budget\.usd/,
          ],
          [{ ...items, campaign_ids: [`rcmp${NUL}`] }, /campaign_ids\.0/],
          [{ ...items, campaign_ids: "rcmp_x" }, /campaign_ids/],
          [
            { items: [{ variant_id: "variant_x", quantity: 1e20 }], currency_code: "usd" },
            /quantity/,
          ],
        ] as const) {
          expectRefused(await send("post", "/admin/rebate-campaigns/simulate", admin, body), field)
        }
        expectRefused(
          await send("post", "/admin/rebate-campaigns/simulate", admin, {
            order_id: "order_nope",
            campaigns: [draft],
          }),
          /order_nope/,
          404
        )
      })
    })

    describe("balances", () => {
      it("serialises a balance whose stored value is missing as 0, never null", async () => {
        const id = await fundedAccount()
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(
          `update rebate_account set raw_held = '{"precision":20}'::jsonb where id = ?`,
          [id]
        )
        const detail = await api.get(`/admin/rebate-accounts/${id}`, admin)
        expect(detail.data.rebate_account).toMatchObject({ held: 0, available: 10 })
        const list = await api.get(`/admin/rebate-accounts?id=${id}`, admin)
        expect(list.data.rebate_accounts[0]).toMatchObject({ held: 0, available: 10 })
        const mine = await api.get(`/store/customers/me/rebate-accounts`, shopper)
        expect(mine.data.rebate_accounts[0]).toMatchObject({ held: 0, available: 10 })
      })
    })

    describe("NUL bytes in bodies", () => {
      itEachInOne([
        [
          "/admin/rebate-campaigns",
          { name: `a${NUL}`, type: "percentage", reward: { rate: 5 } },
          /name/,
        ],
        [
          "/admin/rebate-campaigns",
          { name: "m", type: "percentage", reward: { rate: 5 }, metadata: { note: `b${NUL}` } },
          /metadata\.note/,
        ],
        [
          "/admin/rebate-campaigns",
          {
            name: "c",
            type: "percentage",
            reward: { rate: 5 },
            conditions: { product_ids: [`p${NUL}`] },
          },
          /conditions\.product_ids\.0/,
        ],
        [
          "/admin/rebate-referrals/cus_x/binding",
          { inviter_code: `x${NUL}`, reason: "move" },
          /inviter_code/,
        ],
        ["/admin/rebate-adjustment-requests/radj_x/reject", { reason: `no${NUL}` }, /reason/],
        ["/admin/rebate-reviews/reject", { ids: ["rrw_x"], reason: `no${NUL}` }, /reason/],
        ["/admin/rebate-reviews/reject", { ids: ["rrw_x"] }, /reason/],
        ["/admin/rebate-reviews/approve", { ids: "rrw_x" }, /ids/],
        ["/admin/rebate-reviews/approve", { ids: [] }, /ids/],
        ["/admin/rebate-reviews/approve", { ids: ["rrw_x"], extra: 1 }, /extra/],
        ["/admin/rebate-reports/exports", { from: `2026${NUL}`, to: "2026-02-01" }, /from/],
        ["/admin/rebate-reports/exports", { from: "2026-01-01", to: TOO_BIG }, /\bto\b/],
        [
          "/admin/rebate-reports/exports",
          { from: "2026-01-01", to: "2026-02-01", currency_code: ["usd"] },
          /currency_code/,
        ],
      ])("POST %s %j is a 400 naming the field", async (url, body, field) => {
        expectRefused(await send("post", url, admin, body), field)
      })

      itEachInOne([
        ["/store/rebates/referral-visits", { code: `a${NUL}b` }, /code/],
        ["/store/carts/cart_x/rebate-referral", { code: `a${NUL}b` }, /code/],
        ["/store/customers/me/referral/bind", { code: `a${NUL}b` }, /code/],
      ])("POST %s %j is a 400 naming the field", async (url, body, field) => {
        expectRefused(await send("post", url, shopper, body), field)
      })

      itEachInOne([
        "/store/carts/cart%00x/rebate",
        "/store/carts/%E0%A4%A/rebate",
        "/store/carts/cart%00x/rebate-redemption",
        "/store/carts/%E0%A4%A/rebate-redemption",
        "/store/orders/order%00x/rebate",
        "/store/orders/%E0%A4%A/rebate",
      ])("GET %s (a NUL or a bad escape in the id) is a 400", async (url) => {
        expectRefused(await send("get", url, shopper), /path/)
      })
    })

    describe("referral visits", () => {
      itEachInOne([["javascript:alert(1)"], ["ftp://shop.test/a"]])(
        "refuses landing_url %s: it must be http(s)",
        async (landing_url) => {
          expectRefused(
            await send("post", "/store/rebates/referral-visits", shopper, {
              code: "ABCD1234",
              landing_url,
            }),
            /landing_url/
          )
        }
      )
    })

    describe("campaign amounts and dates", () => {
      const base = { name: "c", type: "percentage", reward: { rate: 5 } }
      itEachInOne([
        [{ ...base, caps: { per_order: { usd: "10000000000000" } } }, /caps\.per_order\.usd/],
        [{ ...base, caps: { per_order: { usd: 1e13 } } }, /caps\.per_order\.usd/],
        [{ ...base, caps: { per_customer: { usd: "abc" } } }, /caps\.per_customer\.usd/],
        [{ ...base, caps: { budget: { usd: TOO_BIG } } }, /caps\.budget\.usd/],
        [
          { ...base, conditions: { min_paid_amount: { usd: TOO_BIG } } },
          /conditions\.min_paid_amount\.usd/,
        ],
        [
          { name: "f", type: "fixed", reward: { per: "unit", amounts: { usd: 10000000000001 } } },
          /reward\.amounts\.usd/,
        ],
        [
          {
            name: "t",
            type: "tiered",
            reward: { tiers: [{ min_amount: { usd: "99999999999999" }, rate: 5 }] },
          },
          /reward\.tiers\.0\.min_amount\.usd/,
        ],
        [{ ...base, starts_at: "12/01/2026" }, /starts_at/],
        [{ ...base, starts_at: 1700000000 }, /starts_at/],
        [{ ...base, ends_at: "2026-02-30" }, /ends_at/],
      ])("POST /admin/rebate-campaigns %j is a 400 naming the field", async (body, field) => {
        expectRefused(await send("post", "/admin/rebate-campaigns", admin, body), field)
        const list = await api.get("/admin/rebate-campaigns", admin)
        expect(list.data.count).toEqual(0)
      })

      it("accepts amounts up to 10^12 as numbers or decimal strings, and ISO-8601 dates", async () => {
        const over = await send("post", "/admin/rebate-campaigns", admin, {
          ...base,
          caps: { per_order: { usd: TOO_BIG } },
        })
        expectRefused(over, /caps\.per_order\.usd: must be at most 1000000000000/)
        const res = await api.post(
          "/admin/rebate-campaigns",
          {
            ...base,
            caps: { per_order: { usd: 1000000000000 }, budget: { usd: "999999999999.99" } },
            starts_at: "2026-12-01",
            ends_at: "2026-12-31T23:59:59+01:00",
          },
          admin
        )
        expect(res.status).toEqual(201)
        expect(res.data.rebate_campaign).toMatchObject({
          caps: { per_order: { usd: "1000000000000" }, budget: { usd: "999999999999.99" } },
          starts_at: "2026-12-01T00:00:00.000Z",
          ends_at: "2026-12-31T22:59:59.000Z",
        })
      })

      it("names the item field of a bad simulation", async () => {
        const v = "variant_x"
        for (const [body, field] of [
          [
            { items: [{ variant_id: v, quantity: 0 }], currency_code: "usd" },
            /items\.0\.quantity.*at least 1/,
          ],
          [
            { items: [{ variant_id: v, paid_amount: TOO_BIG }], currency_code: "usd" },
            /items\.0\.paid_amount/,
          ],
          [{ items: [{ variant_id: v }], currency_code: "xyz" }, /currency_code/],
          [{ items: [{ variant_id: v }], currency_code: "usd", at: "12/01/2026" }, /\bat\b/],
        ] as const) {
          expectRefused(await send("post", "/admin/rebate-campaigns/simulate", admin, body), field)
        }
      })
    })

    describe("quotes", () => {
      let store: Awaited<ReturnType<typeof createStoreFixtures>>
      let guest: { headers: Record<string, string> }
      beforeEach(async () => {
        store = await createStoreFixtures(getContainer())
        guest = { headers: store.storeHeaders }
      })

      it("refuses a quote in an unknown currency, and names quantity", async () => {
        const v = store.teeM.id
        expectRefused(
          await send("get", `/store/rebates/quote?variant_id=${v}&currency_code=xyz`, guest),
          /currency_code/
        )
        expectRefused(
          await send(
            "get",
            `/store/rebates/quote?variant_id=${v}&currency_code=usd&quantity=0`,
            guest
          ),
          /quantity: must be at least 1/
        )
        expectRefused(
          await send("get", `/store/rebates/quote?variant_id=%00&currency_code=usd`, guest),
          /variant_id/
        )
      })

      it("answers 404 for an unknown region even with a currency, 400 for an unknown currency", async () => {
        const p = store.tee.id
        expectRefused(
          await send(
            "get",
            `/store/rebates/quotes?product_id=${p}&region_id=reg_nope&currency_code=usd`,
            guest
          ),
          /reg_nope/,
          404
        )
        expectRefused(
          await send("get", `/store/rebates/quotes?product_id=${p}&currency_code=xyz`, guest),
          /currency_code/
        )
        expectRefused(
          await send("get", `/store/rebates/quotes?product_id=%00&currency_code=usd`, guest),
          /product_id/
        )
      })
    })

    describe("POST /admin/rebate-accounts/:id/adjustments", () => {
      const adjust = (id: string, body: object, headers: Record<string, string> = {}) =>
        api
          .post(`/admin/rebate-accounts/${id}/adjustments`, body, {
            headers: { ...admin.headers, ...headers },
          })
          .catch(errorResponse)
      const ledgerOf = async (id: string) => {
        const [[account], [entries]] = await Promise.all([
          rebate.getBalances({ id }),
          listEntries(rebate, { account_id: id }),
        ])
        return { available: account.available, entries: entries.length }
      }

      it.each([
        [{ amount: "10000000000000", reason: "too big" }, /amount/],
        [{ amount: -1e13, reason: "too big" }, /amount/],
        [{ amount: TOO_BIG, reason: "too big" }, /amount/],
        [{ amount: 1, reason: `nul${NUL}` }, /reason/],
        [{ amount: 1, reason: "key", idempotency_key: `k${NUL}` }, /idempotency_key/],
      ])("refuses %j with a 400 naming the field, the ledger unchanged", async (body, field) => {
        const id = await fundedAccount()
        const before = await ledgerOf(id)
        expectRefused(await adjust(id, body), field)
        expect(await ledgerOf(id)).toEqual(before)
      })

      it("never takes x-request-id as the idempotency key: without a key each request is new", async () => {
        const id = await fundedAccount()
        const body = { amount: 1, reason: "goodwill" }
        const first = await adjust(id, body, { "x-request-id": "req-1" })
        const second = await adjust(id, body, { "x-request-id": "req-1" })
        expect([first.status, second.status]).toEqual([201, 201])
        expect(second.data.rebate_entry.id).not.toEqual(first.data.rebate_entry.id)
        expect(await ledgerOf(id)).toEqual({ available: 12, entries: 4 })
      })

      it("replays the Idempotency-Key header's first result and refuses another body with 409", async () => {
        const id = await fundedAccount()
        const key = { "idempotency-key": "ticket-7" }
        const body = { amount: "2.50", reason: "goodwill" }
        const first = await adjust(id, body, key)
        const again = await adjust(id, { amount: 2.5, reason: "goodwill" }, key)
        expect([first.status, again.status]).toEqual([201, 200])
        expect(again.data.rebate_entry.id).toEqual(first.data.rebate_entry.id)
        const after = await ledgerOf(id)
        expect(after).toEqual({ available: 12.5, entries: 3 })

        for (const other of [
          { amount: 3, reason: "goodwill" },
          { amount: -2.5, reason: "goodwill" },
          { amount: 2.5, reason: "something else" },
        ]) {
          const res = await adjust(id, other, key)
          expectRefused(res, /ticket-7/, 409)
        }
        expect(await ledgerOf(id)).toEqual(after)
      })
    })

    describe("POST /admin/rebate-adjustment-requests/:id/approve|reject", () => {
      itEachInOne([
        ["reject", { reason: 7 }, /reason/],
        ["reject", {}, /reason/],
        ["reject", { reason: "x".repeat(501) }, /reason/],
        ["reject", { reason: "ok", status: "approved" }, /status/],
        ["approve", { force: true }, /force/],
      ])("%s %j is a 400 naming the field", async (action, body, field) => {
        const url = `/admin/rebate-adjustment-requests/radj_x/${action}`
        expectRefused(await send("post", url, admin, body), field)
      })

      itEachInOne(["approve", "reject"])("%s of an unknown request is a 404", async (action) => {
        const url = `/admin/rebate-adjustment-requests/radj_missing/${action}`
        const body = action === "reject" ? { reason: "unknown" } : {}
        expectRefused(await send("post", url, admin, body), /radj_missing/, 404)
      })
    })
  },
})
