// A throw-away Medusa store for the smoke test: its own package.json (exactly one Medusa version and
// the packed plugin tarball), a real `npm install`, and the HTTP calls a merchant and a shopper make.
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

export type RunResult = { code: number | null; output: string; seconds: number }

/** Runs a command to its end (a hung one is killed after `timeoutMs`); output is stdout + stderr. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }
): Promise<RunResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    const timer = setTimeout(
      () => {
        output += `\n[smoke] ${command} ${args.join(" ")}: killed after ${options.timeoutMs} ms\n`
        killGroup(child, "SIGKILL")
      },
      options.timeoutMs ?? 5 * 60 * 1000
    )
    child.on("error", reject)
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, output, seconds: (Date.now() - started) / 1000 })
    })
  })
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

/** The store's package.json, as a merchant's store has it (cf. Medusa's dtc-starter backend). */
export function writeHostPackage(hostDir: string, version: string, tarball: string) {
  fs.writeFileSync(
    path.join(hostDir, "package.json"),
    JSON.stringify(
      {
        name: `smoke-host-${version}`,
        private: true,
        dependencies: {
          "@medusajs/admin-sdk": version,
          "@medusajs/cli": version,
          "@medusajs/framework": version,
          "@medusajs/medusa": version,
          "medusa-rebates": `file:${path.relative(hostDir, tarball)}`,
        },
      },
      null,
      2
    )
  )
}

export const HOST_OPTIONS = {
  storefront_url: "https://shop.smoke.test",
  terms: "smoke terms",
  settlement_window_days: 14,
  min_withdrawal: [{ currency_code: "usd", amount: 10 }],
  hash_secret: "smoke-hash-secret-of-at-least-32-characters",
}

/** medusa-config.js of the README's install section (admin off: `medusa start` needs no admin build). */
export function writeHostConfig(hostDir: string) {
  fs.writeFileSync(
    path.join(hostDir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "smoke", cookieSecret: "smoke" },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-rebates", options: ${JSON.stringify(HOST_OPTIONS)} }],
})
`
  )
}

/**
 * The host lives under this repository, so Node would fall back to the repository's own
 * node_modules (Medusa 2.21.2) for anything the store lacks. This preload makes such a lookup fail
 * as it would in a real store, and reports it.
 */
export function writeIsolationGuard(hostDir: string, forbiddenNodeModules: string) {
  const file = path.join(hostDir, ".smoke-isolation.cjs")
  fs.writeFileSync(
    file,
    `const Module = require("node:module")
const forbidden = ${JSON.stringify(forbiddenNodeModules + path.sep)}
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, parent, ...rest) {
  const resolved = resolve.call(this, request, parent, ...rest)
  if (typeof resolved === "string" && resolved.startsWith(forbidden)) {
    process.stderr.write("SMOKE-ISOLATION: " + request + " (from " + (parent && parent.filename) + ") resolved outside the host: treated as missing\\n")
    const error = new Error("Cannot find module '" + request + "' (outside the smoke host)")
    error.code = "MODULE_NOT_FOUND"
    throw error
  }
  return resolved
}
`
  )
  return file
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export function httpClient(base: string) {
  return async function request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {}
  ): Promise<Json> {
    const res = await fetch(base + url, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(`${method} ${url} -> ${res.status} ${JSON.stringify(data)}`)
    return data
  }
}

/**
 * What a merchant does after installing (README): log in, a publishable key for the storefront's
 * sales channel, an active 5% campaign; then what a shopper does: register, buy 3 × 20.00 through
 * the store API (system payment provider) and read their rewards.
 */
export async function orderEarningItsReward(
  base: string,
  admin: { email: string; password: string }
) {
  const request = httpClient(base)
  const { token } = await request("POST", "/auth/user/emailpass", admin)
  const A = { authorization: `Bearer ${token}` }

  const { api_key } = await request(
    "POST",
    "/admin/api-keys",
    { title: "Storefront", type: "publishable" },
    A
  )
  const { sales_channels } = await request("GET", "/admin/sales-channels", undefined, A)
  const salesChannel = sales_channels[0]
  await request(
    "POST",
    `/admin/api-keys/${api_key.id}/sales-channels`,
    { add: [salesChannel.id] },
    A
  )
  const S = { "x-publishable-api-key": api_key.token as string }
  const program = (await request("GET", "/store/rebates/program", undefined, S)).rebate_program

  const { rebate_campaign: campaign } = await request(
    "POST",
    "/admin/rebate-campaigns",
    { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 } },
    A
  )
  const { region } = await request(
    "POST",
    "/admin/regions",
    {
      name: "US",
      currency_code: "usd",
      countries: ["us"],
      payment_providers: ["pp_system_default"],
    },
    A
  )
  const { product } = await request(
    "POST",
    "/admin/products",
    {
      title: "Tee",
      status: "published",
      options: [{ title: "Size", values: ["M"] }],
      variants: [
        {
          title: "Tee M",
          options: { Size: "M" },
          manage_inventory: false,
          prices: [{ amount: 20, currency_code: "usd" }],
        },
      ],
      sales_channels: [{ id: salesChannel.id }],
    },
    A
  )

  const shopper = { email: "buyer@smoke.example", password: "buyer-secret" }
  const registration = await request("POST", "/auth/customer/emailpass/register", shopper)
  await request(
    "POST",
    "/store/customers",
    { email: shopper.email },
    { ...S, authorization: `Bearer ${registration.token}` }
  )
  const login = await request("POST", "/auth/customer/emailpass", shopper)
  const C = { ...S, authorization: `Bearer ${login.token}` }
  const { cart } = await request(
    "POST",
    "/store/carts",
    { region_id: region.id, items: [{ variant_id: product.variants[0].id, quantity: 3 }] },
    C
  )
  const { payment_collection } = await request(
    "POST",
    "/store/payment-collections",
    { cart_id: cart.id },
    C
  )
  await request(
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    C
  )
  const completed = await request("POST", `/store/carts/${cart.id}/complete`, {}, C)
  if (completed.type !== "order") {
    throw new Error(`cart not completed: ${JSON.stringify(completed)}`)
  }

  // order.placed is handled asynchronously by the plugin's subscriber.
  let rewards: Json[] = []
  for (let i = 0; i < 60 && !rewards.length; i++) {
    rewards = (await request("GET", "/store/customers/me/rebate-rewards", undefined, C))
      .rebate_rewards
    if (!rewards.length) await new Promise((r) => setTimeout(r, 500))
  }
  return { program, campaign, order: completed.order, rewards }
}
