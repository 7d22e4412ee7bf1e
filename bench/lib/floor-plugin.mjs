// The quote benchmark's floor route, as a throw-away local plugin written under .tmp/ (ignored by
// git, never part of the package): GET /store/rebates/bench-floor behind exactly the quote route's
// middleware — Medusa's publishable-key check, the plugin's NUL-byte guard (its matcher covers
// /store/rebates/*), the optional customer authentication and the same query validator — and a
// handler that returns a quote-shaped answer without computing anything. medusa-config.ts loads
// it only when MEDUSA_BENCH_PLUGIN names it.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export const FLOOR_ROUTE = "/store/rebates/bench-floor"

const MIDDLEWARES = `
const { authenticate, defineMiddlewares, validateAndTransformQuery } = require("@medusajs/framework/http")
const { StoreGetRebateQuoteParams } = require(${JSON.stringify(path.join(root, "src/api/store/rebates/validators.ts"))})
exports.default = defineMiddlewares({
  routes: [
    {
      methods: ["GET"],
      matcher: ${JSON.stringify(FLOOR_ROUTE)},
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformQuery(StoreGetRebateQuoteParams, {}),
      ],
    },
  ],
})
`

const ROUTE = `
exports.GET = async (req, res) => {
  const q = req.validatedQuery
  res.json({
    rebate_quote: {
      currency_code: q.currency_code ?? "usd",
      amount: 0,
      label: "",
      up_to: false,
      variant_id: q.variant_id ?? q.product_id,
      campaigns: [],
    },
  })
}
`

/** Writes the plugin and returns its directory (for MEDUSA_BENCH_PLUGIN). */
export function writeFloorPlugin() {
  const dir = path.join(root, ".tmp", "bench-floor-plugin")
  const api = path.join(dir, ".medusa", "server", "src", "api")
  fs.mkdirSync(path.join(api, FLOOR_ROUTE.slice(1)), { recursive: true })
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "medusa-rebates-bench-floor", version: "0.0.0", private: true })
  )
  fs.writeFileSync(path.join(api, "middlewares.js"), MIDDLEWARES)
  fs.writeFileSync(path.join(api, FLOOR_ROUTE.slice(1), "route.js"), ROUTE)
  return dir
}
