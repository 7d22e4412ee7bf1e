import { rebateIntegrationTestRunner } from "../http/helpers/runner"
import { errorResponse } from "../http/helpers/http"
import { expectNoDrift } from "./helpers/ledger"
import { key, routeFiles, urlOf, type Method, type RouteFile } from "../helpers/route-files"
import { createWorld, ownedIdFor, type World } from "./helpers/world"

jest.setTimeout(300 * 1000)

/**
 * Who may call a store route:
 *  - customer  a logged-in customer only (guest, admin and API key: 401); B never sees A's data
 *  - viewer    anyone, but an order of a registered customer shows to that customer only
 *  - public    anyone with the publishable key
 * Admin routes (/admin/*) are admin-only by rule. Every store route file must be listed here.
 */
const STORE_ACCESS: Record<string, "customer" | "viewer" | "public"> = {
  "GET /store/carts/:id/rebate": "public",
  "DELETE /store/carts/:id/rebate-redemption": "customer",
  "GET /store/carts/:id/rebate-redemption": "customer",
  "POST /store/carts/:id/rebate-redemption": "customer",
  "POST /store/carts/:id/rebate-referral": "public",
  "GET /store/customers/me/rebate-accounts": "customer",
  "GET /store/customers/me/rebate-entries": "customer",
  "GET /store/customers/me/rebate-rewards": "customer",
  "GET /store/customers/me/rebate-withdrawals": "customer",
  "POST /store/customers/me/rebate-withdrawals": "customer",
  "GET /store/customers/me/referral": "customer",
  "POST /store/customers/me/referral/bind": "customer",
  "GET /store/customers/me/referral/invitees": "customer",
  "GET /store/customers/me/referral/poster.png": "customer",
  "GET /store/customers/me/referral/qr.svg": "customer",
  "GET /store/orders/:id/rebate": "viewer",
  "GET /store/rebates/payout-providers": "public",
  "GET /store/rebates/program": "public",
  "GET /store/rebates/quote": "public",
  "GET /store/rebates/quotes": "public",
  "POST /store/rebates/referral-visits": "public",
}

type Actor = keyof World["actors"]
const ACTORS: Actor[] = ["guest", "customerB", "secretKey", "admin", "customerA"]

/**
 * What each actor must get from a route: `deny` is a 401, `allow` anything but 401/403/5xx,
 * `not-a` a 404 for A's resource in the path (else an answer without A's ids).
 */
function expectationOf(route: RouteFile, actor: Actor): "deny" | "allow" | "not-a" {
  if (route.route.startsWith("/admin/")) {
    return actor === "admin" || actor === "secretKey" ? "allow" : "deny"
  }
  const access = STORE_ACCESS[key(route)]
  if (access === "public") return "allow"
  if (actor === "customerA") return "allow"
  if (access === "viewer") return "not-a"
  return actor === "customerB" ? "not-a" : "deny"
}

/**
 * The authorization matrix of issue 19, generated from src/api/**\/route.ts: every route x {guest,
 * customer A, customer B, admin, secret API key}, with the path ids customer A's real ones.
 */
rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let world: World
    const routes = routeFiles()

    beforeAll(async () => {
      world = await createWorld(getContainer(), api)
    })

    const send = (method: Method, url: string, config: object) =>
      (method === "get" || method === "delete"
        ? api[method](url, config)
        : api[method](url, {}, config)
      ).catch(errorResponse)

    it("has an expectation for every route file, and lists no route that does not exist", () => {
      const store = routes.filter((r) => r.route.startsWith("/store/")).map(key)
      expect(store.filter((k) => !(k in STORE_ACCESS))).toEqual([])
      expect(Object.keys(STORE_ACCESS).filter((k) => !store.includes(k))).toEqual([])
      expect(routes.filter((r) => !/^\/(admin|store)\//.test(r.route))).toEqual([])
      // Every path parameter has an owned id (ownedIdFor throws otherwise).
      for (const r of routes)
        for (const p of r.params) expect(typeof ownedIdFor(world, p, r.route)).toBe("string")
    })

    it("answers every route x actor with its status class, and never shows A's ids to anyone else", async () => {
      const failures: string[] = []
      const counts: Record<string, number> = {}
      for (const actor of ACTORS) {
        for (const route of routes) {
          const url = urlOf(route.route, (p, r) => ownedIdFor(world, p, r))
          const res = await send(route.method, url, world.actors[actor])
          const expected = expectationOf(route, actor)
          const body = typeof res.data === "string" ? res.data : JSON.stringify(res.data ?? "")
          // Admins read A's data on admin routes by design; everywhere else only A may see it.
          const mayReadA = actor === "customerA" || route.route.startsWith("/admin/")
          // A 404 may echo the id the caller sent; any other id of A's is a leak.
          const leaked =
            !mayReadA && world.privateIdsOfA.some((id) => !url.includes(id) && body.includes(id))
          const allowed = res.status !== 401 && res.status !== 403
          const ok =
            res.status < 500 &&
            !leaked &&
            (expected === "deny"
              ? res.status === 401
              : expected === "not-a" && route.params.length
                ? res.status === 404
                : allowed)
          const label = `${key(route)} as ${actor}: ${res.status}${leaked ? " (shows A's ids)" : ""}`
          counts[`${actor} ${res.status}`] = (counts[`${actor} ${res.status}`] ?? 0) + 1
          if (!ok) failures.push(`${label} — expected ${expected}: ${body.slice(0, 200)}`)
        }
      }
      console.log(`authorization matrix: ${routes.length} routes x ${ACTORS.length} actors`, counts)
      expect(failures).toEqual([])
      // In this test: the runner puts the database back as beforeAll left it before the next one.
      await expectNoDrift(api, world.admin)
    })
  },
})
