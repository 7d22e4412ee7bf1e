import { env } from "./env"

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Query = Record<string, string | number | boolean | string[] | undefined>

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
    what: string
  ) {
    super(`${what} -> ${status} ${JSON.stringify(body)}`)
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function url(path: string, query?: Query) {
  const u = new URL(env.baseUrl + path)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) u.searchParams.append(key, String(v))
  }
  return u.toString()
}

/**
 * One JSON request. `medusa develop` restarts its server when a file changes: a refused
 * connection or a 502/503 is retried for up to a minute rather than failing the test.
 */
export async function request(
  method: string,
  path: string,
  { body, headers = {}, query }: { body?: unknown; headers?: Record<string, string>; query?: Query }
): Promise<Json> {
  const what = `${method} ${path}`
  for (let attempt = 0; ; attempt++) {
    let res: Response
    try {
      res = await fetch(url(path, query), {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch (error) {
      if (attempt < 60) {
        await sleep(1000)
        continue
      }
      throw error
    }
    if ((res.status === 502 || res.status === 503) && attempt < 60) {
      await sleep(1000)
      continue
    }
    const data = (await res.json().catch(() => ({}))) as Json
    if (!res.ok) throw new HttpError(res.status, data, what)
    return data
  }
}

type Client = {
  get: (path: string, query?: Query) => Promise<Json>
  post: (path: string, body?: unknown, headers?: Record<string, string>) => Promise<Json>
  delete: (path: string) => Promise<Json>
}

function client(headers: () => Promise<Record<string, string>>): Client {
  return {
    get: async (path, query) => request("GET", path, { query, headers: await headers() }),
    post: async (path, body = {}, extra = {}) =>
      request("POST", path, { body, headers: { ...(await headers()), ...extra } }),
    delete: async (path) => request("DELETE", path, { headers: await headers() }),
  }
}

let adminToken: Promise<string> | null = null

/** The admin API with a bearer token of the seeded admin (POST /auth/user/emailpass). */
export const adminApi: Client = client(async () => {
  adminToken ??= request("POST", "/auth/user/emailpass", { body: env.admin }).then(
    (r) => r.token as string
  )
  return { authorization: `Bearer ${await adminToken}` }
})

/** The store API with the playground's publishable key; `customerToken` logs a customer in. */
export function storeApi(customerToken?: string): Client {
  return client(async () => ({
    "x-publishable-api-key": env.publishableKey,
    ...(customerToken && { authorization: `Bearer ${customerToken}` }),
  }))
}

/** A seeded customer's bearer token (POST /auth/customer/emailpass). */
export async function customerToken(who: { email: string; password: string }) {
  return (await request("POST", "/auth/customer/emailpass", { body: who })).token as string
}

/** Polls `read` until `done` holds for its result (default 20 s). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = 20000, interval = 500 } = {}
): Promise<T> {
  const until = Date.now() + timeout
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > until) return value
    await sleep(interval)
  }
}
