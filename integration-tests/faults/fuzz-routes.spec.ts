import fc from "fast-check"
import qs from "qs"
import { rebateIntegrationTestRunner } from "../http/helpers/runner"
import { arbitraryOf, familySchemas, MALFORMED_JSON, QUERY_GARBAGE } from "./helpers/arbitraries"
import { expectNoDrift, ledgerSnapshot } from "./helpers/ledger"
import { faultsSizes } from "./helpers/scale"
import { familyOf, key, routeFiles, urlOf, type RouteFile } from "../helpers/route-files"
import { createWorld, ownedIdFor, type World } from "./helpers/world"

jest.setTimeout(30 * 60 * 1000)

const SEED = Number(process.env.FAULTS_SEED || Date.now() % 2 ** 31)

type Request = { url: string; method: string; data?: unknown; raw?: string; as: object }

/**
 * The fuzzer of issue 19: fast-check inputs built from each route family's zod schemas, malformed
 * JSON and query garbage, against every route of src/api. No request may answer 5xx, and a
 * refused one (4xx) must leave the ledger exactly as it was: entries and every balance.
 */
rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let world: World
    const sizes = faultsSizes()
    const routes = routeFiles()

    beforeAll(async () => {
      world = await createWorld(getContainer(), api)
    })

    /** Path ids: A's own, another customer's, ones that do not exist, and garbage. */
    const pathIds = (route: RouteFile) => (param: string) =>
      fc.constantFrom(
        ownedIdFor(world, param, route.route),
        world.b.customer.id,
        `${param}_01NOTREAL000000000000000000`,
        "../admin",
        "x".repeat(300),
        "-1",
        "NaN"
      )

    /** `count` requests for one route, from its family's schemas (one sample, seeded). */
    function requestsFor(route: RouteFile, count: number): Request[] {
      const ids = [...world.privateIdsOfA, world.b.customer.id, "order_nope", "cus_nope"]
      const schemas = Object.values(familySchemas(familyOf(route.route)))
      const input = schemas.length
        ? fc.oneof(...schemas.map((s) => arbitraryOf(s, ids)))
        : arbitraryOf(undefined, ids)
      const params = fc.record(
        Object.fromEntries(route.params.map((p) => [p, pathIds(route)(p)])) as Record<
          string,
          fc.Arbitrary<string>
        >
      )
      const actor = route.route.startsWith("/admin/")
        ? fc.constant(world.actors.admin)
        : fc.constantFrom(world.actors.customerA, world.actors.customerB, world.actors.guest)
      const samples = fc.sample(fc.tuple(params, input, actor), { numRuns: count, seed: SEED })
      const method = route.method.toUpperCase()
      const withBody = method === "POST" || method === "PUT" || method === "PATCH"
      const generated = samples.map(([p, data, as]) => {
        const path = urlOf(route.route, (param) => p[param])
        if (withBody) return { url: path, method, data, as }
        const query = data && typeof data === "object" ? qs.stringify(data) : ""
        return { url: query ? `${path}?${query}` : path, method, as }
      })
      const own = urlOf(route.route, (param) => ownedIdFor(world, param, route.route))
      const owner = route.route.startsWith("/admin/") ? world.actors.admin : world.actors.customerA
      const fixed: Request[] = withBody
        ? MALFORMED_JSON.map((raw) => ({ url: own, method, raw, as: owner }))
        : QUERY_GARBAGE.map((q) => ({ url: `${own}?${q}`, method, as: owner }))
      return [...generated, ...fixed]
    }

    const send = (r: Request) =>
      api.request({
        url: r.url,
        method: r.method,
        ...(r.raw !== undefined
          ? { data: r.raw, transformRequest: [(d: unknown) => d] }
          : r.data !== undefined && { data: r.data }),
        headers: {
          ...(r.as as { headers: Record<string, string> }).headers,
          "content-type": "application/json",
        },
        validateStatus: () => true,
        maxContentLength: Infinity,
      })

    it("answers every fuzzed request below 500, and a refused one changes nothing", async () => {
      console.log(`fuzz seed ${SEED} (FAULTS_SEED), ${sizes.fuzzRunsPerRoute} runs per route`)
      const container = getContainer()
      const failures: string[] = []
      const perFamily: Record<string, Record<string, number>> = {}
      let before = await ledgerSnapshot(container)
      const started = Date.now()
      for (const route of routes) {
        for (const request of requestsFor(route, sizes.fuzzRunsPerRoute)) {
          const res = await send(request)
          const after = await ledgerSnapshot(container)
          const family = (perFamily[familyOf(route.route)] ??= {})
          const status = `${Math.floor(res.status / 100)}xx`
          family[status] = (family[status] ?? 0) + 1
          const shown = `${key(route)} ${request.url.slice(0, 200)} ${JSON.stringify(
            request.raw ?? request.data ?? null
          )?.slice(0, 300)}`
          if (res.status >= 500) {
            failures.push(`${res.status} ${shown}: ${JSON.stringify(res.data).slice(0, 300)}`)
          } else if (res.status >= 400 && JSON.stringify(after) !== JSON.stringify(before)) {
            failures.push(`${res.status} changed the ledger: ${shown}`)
          }
          before = after
        }
      }
      const total = Object.values(perFamily).reduce(
        (n, s) => n + Object.values(s).reduce((a, b) => a + b, 0),
        0
      )
      console.log(
        `fuzz: ${total} requests over ${routes.length} routes in ${Math.round(
          (Date.now() - started) / 1000
        )} s, per route family:`,
        perFamily
      )
      expect(failures).toEqual([])
      // In this test: the runner puts the database back as beforeAll left it before the next one.
      await expectNoDrift(api, world.admin)
    })
  },
})
