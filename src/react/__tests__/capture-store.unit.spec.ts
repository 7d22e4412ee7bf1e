import type { RebatesClient } from "../../storefront/client"

// The browser side of the capture against a minimal fake window: localStorage and a cookie jar.
type Store = typeof import("../referral/capture-store")

function fakeBrowser() {
  const items = new Map<string, string>()
  const cookies = new Map<string, string>()
  const written: string[] = []
  const g = globalThis as Record<string, unknown>
  g.window = {
    localStorage: {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    },
    location: { protocol: "https:" },
    addEventListener: () => {},
    removeEventListener: () => {},
  }
  g.document = {
    get cookie() {
      return [...cookies].map(([k, v]) => `${k}=${v}`).join("; ")
    },
    set cookie(value: string) {
      written.push(value)
      const [pair] = value.split(";")
      const [name, v] = pair.split("=")
      if (/max-age=0(;|$)/.test(value)) cookies.delete(name)
      else cookies.set(name, v)
    },
  }
  return { items, cookies, written }
}

function fakeClient(overrides: Partial<Record<"visit" | "attach", () => Promise<unknown>>> = {}) {
  const calls: { visit: unknown[]; attach: unknown[] } = { visit: [], attach: [] }
  const client = {
    recordReferralVisit: async (body: unknown) => {
      calls.visit.push(body)
      if (overrides.visit) return overrides.visit()
      const code = (body as { code: string }).code
      return {
        id: `rvis_${code}`,
        code,
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
      }
    },
    attachCartReferral: async (cartId: string, body: unknown) => {
      calls.attach.push([cartId, body])
      return overrides.attach ? overrides.attach() : {}
    },
  } as unknown as RebatesClient
  return { client, calls }
}

let store: Store
let browser: ReturnType<typeof fakeBrowser>
beforeEach(() => {
  browser = fakeBrowser()
  // A fresh module per test: it keeps per-page state (calls under way, refused codes).
  jest.resetModules()
  store = jest.requireActual<Store>("../referral/capture-store")
})
afterEach(() => {
  delete (globalThis as Record<string, unknown>).window
  delete (globalThis as Record<string, unknown>).document
})

it("records a visit once per code and keeps it in storage and the cookie", async () => {
  const { client, calls } = fakeClient()
  await store.captureFromUrl(client, "https://shop.test/p?ref=ANNA", "ref")
  await store.captureFromUrl(client, "https://shop.test/q?ref=ANNA", "ref")
  expect(calls.visit).toEqual([
    { code: "ANNA", landing_url: "https://shop.test/p?ref=ANNA", device_id: expect.any(String) },
  ])
  expect(JSON.parse(browser.items.get("rebate_ref")!)).toMatchObject({
    code: "ANNA",
    visit_id: "rvis_ANNA",
  })
  // A session cookie while the visit is on its way, then one that lasts as long as the visit.
  expect(browser.written[0]).toEqual("rebate_ref=ANNA; path=/; SameSite=Lax")
  expect(browser.written[1]).toMatch(
    /^rebate_ref=ANNA; max-age=86\d{3}; path=\/; SameSite=Lax; Secure$/
  )
  expect(store.getCaptureState()).toMatchObject({ code: "ANNA", visitId: "rvis_ANNA" })

  await store.captureFromUrl(client, "https://shop.test/?ref=BOB", "ref")
  expect(calls.visit).toHaveLength(2)
  // The same device id for both visits.
  expect((calls.visit[1] as { device_id: string }).device_id).toBe(
    (calls.visit[0] as { device_id: string }).device_id
  )
  expect(store.getCaptureState().code).toBe("BOB")
})

it("attaches the code to each cart once, and not again after a refusal", async () => {
  const { client, calls } = fakeClient()
  await store.captureFromUrl(client, "https://shop.test/?ref=ANNA", "ref")
  await store.attachToCart(client, "cart_1")
  await store.attachToCart(client, "cart_1")
  expect(calls.attach).toEqual([["cart_1", { code: "ANNA", visit_id: "rvis_ANNA" }]])

  const refusing = fakeClient({ attach: () => Promise.reject({ status: 400 }) })
  await store.attachToCart(refusing.client, "cart_2")
  await store.attachToCart(refusing.client, "cart_2")
  expect(refusing.calls.attach).toHaveLength(1)
  expect(store.getCaptureState().error).toEqual({ status: 400 })
})

it("fails quietly and retries a network error on the next page", async () => {
  const failing = fakeClient({ visit: () => Promise.reject(new TypeError("fetch failed")) })
  await expect(
    store.captureFromUrl(failing.client, "https://shop.test/?ref=ANNA", "ref")
  ).resolves.toBeUndefined()
  // The code stays (a cart can still carry it); its visit is tried again on the next page.
  expect(store.getCaptureState()).toMatchObject({
    code: "ANNA",
    visitId: null,
    error: expect.any(TypeError),
  })
  await store.captureFromUrl(failing.client, "https://shop.test/?ref=ANNA", "ref")
  expect(failing.calls.visit).toHaveLength(2)

  const unknown = fakeClient({ visit: () => Promise.reject({ status: 404 }) })
  await store.captureFromUrl(unknown.client, "https://shop.test/?ref=NOPE", "ref")
  await store.captureFromUrl(unknown.client, "https://shop.test/?ref=NOPE", "ref")
  expect(unknown.calls.visit).toHaveLength(1)
})

it("keeps the code while its visit is on its way, and drops a refused one", async () => {
  let answer: (visit: unknown) => void = () => {}
  const slow = fakeClient({ visit: () => new Promise((resolve) => (answer = resolve)) })
  const capturing = store.captureFromUrl(slow.client, "https://shop.test/?ref=ANNA", "ref")
  // The shopper may leave now: the code is already kept.
  expect(store.getCaptureState()).toMatchObject({ code: "ANNA", visitId: null })
  expect(browser.cookies.get("rebate_ref")).toEqual("ANNA")
  answer({
    id: "rvis_1",
    code: "ANNA",
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
  })
  await capturing
  expect(store.getCaptureState()).toMatchObject({ code: "ANNA", visitId: "rvis_1" })

  const unknown = fakeClient({ visit: () => Promise.reject({ status: 404 }) })
  await store.captureFromUrl(unknown.client, "https://shop.test/?ref=NOPE", "ref")
  await store.captureFromUrl(unknown.client, "https://shop.test/?ref=NOPE", "ref")
  // The refused code is gone, also when the link is opened again; the earlier visit is in force.
  expect(store.getCaptureState()).toMatchObject({ code: "ANNA", visitId: "rvis_1" })
  expect(browser.cookies.get("rebate_ref")).toEqual("ANNA")

  browser.items.clear()
  browser.cookies.clear()
  await store.captureFromUrl(unknown.client, "https://shop.test/?ref=GONE", "ref")
  expect(store.getCaptureState().code).toBeNull()
  expect(browser.cookies.has("rebate_ref")).toBe(false)
})

it("uses a code that only the cookie has (a server middleware's) for the cart", async () => {
  browser.cookies.set("rebate_ref", "MID")
  const { client, calls } = fakeClient()
  expect(store.getCaptureState().code).toBe("MID")
  await store.attachToCart(client, "cart_1")
  await store.attachToCart(client, "cart_1")
  expect(calls.attach).toEqual([["cart_1", { code: "MID", visit_id: null }]])
  // Once the browser drops the cookie, the code is gone too.
  browser.cookies.clear()
  await store.attachToCart(client, "cart_9")
  expect(calls.attach).toHaveLength(1)
})

it("ignores an expired stored visit", async () => {
  browser.items.set(
    "rebate_ref",
    JSON.stringify({ code: "OLD", visit_id: "v", expires_at: "2020-01-01T00:00:00Z", carts: [] })
  )
  const { client, calls } = fakeClient()
  expect(store.getCaptureState().code).toBeNull()
  await store.attachToCart(client, "cart_1")
  expect(calls.attach).toHaveLength(0)
})
