import fs from "node:fs"
import type { BrowserContext, Page } from "playwright-core"
import { env } from "./env"

// CommonJS, shared with the warm-up that scripts/test-e2e.mjs runs before jest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require("../chromium.js") as {
  launchChromium: (o?: {
    viewport?: { width: number; height: number }
  }) => Promise<{ context: BrowserContext; close: () => Promise<void> }>
}

/** Medusa Admin's languages: en, and zhCN (Simplified Chinese). */
export type Lang = "en" | "zhCN"
export const LANGS: Lang[] = ["en", "zhCN"]

/** The pages of this spec file's browsers, for the screenshots of a failure (e2e/setup.ts). */
export const openPages = new Set<Page>()

export type Admin = {
  context: BrowserContext
  page: Page
  errors: string[]
  close: () => Promise<void>
}

/**
 * A fresh Chromium profile with one page, logged in to the admin in `lang`: through the login
 * form with `form` (or when there is no saved session), else with the warm-up's session cookies
 * (a stale session still ends on the form: see `gotoAdmin`). Page errors are collected in
 * `errors` (and printed when `close` is called).
 */
export async function openAdmin({ lang = "en" as Lang, form = false } = {}): Promise<Admin> {
  const { context, close } = await launchChromium()
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(20000)
  page.setDefaultNavigationTimeout(90000)
  const errors: string[] = []
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`))
  openPages.add(page)
  trackRequests(page)
  await setLanguage(page, lang, { reload: false })
  if (!form && env.adminCookies && fs.existsSync(env.adminCookies)) {
    await context.addCookies(JSON.parse(fs.readFileSync(env.adminCookies, "utf8")))
  } else {
    await login(page)
  }
  return {
    context,
    page,
    errors,
    close: async () => {
      if (errors.length) console.log(`browser errors:\n${errors.slice(0, 10).join("\n")}`)
      openPages.delete(page)
      await close()
    },
  }
}

/** Logs in through the admin's own form (email, password, submit) and waits to leave /login. */
export async function login(page: Page) {
  if (!page.url().includes("/app/login")) {
    await loadWithRetry(page, `${env.baseUrl}/app/login`)
  }
  const email = page.locator('input[name="email"]')
  await email.waitFor({ timeout: 90000 })
  await email.fill(env.admin.email)
  await page.fill('input[name="password"]', env.admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.includes("/login"), { timeout: 60000 })
}

/**
 * Opens an admin route (`/rebates/campaigns`). A dev server that restarted (it does on file
 * changes) has forgotten the session: the login form is filled again and the route reopened.
 * With `spa`, a page already in the admin moves there through the admin's router instead of a
 * full load: much faster, but Medusa's queries stay cached for 90 s, so only for pages whose data
 * the test did not just change elsewhere (screenshots).
 */
export async function gotoAdmin(page: Page, route: string, { spa = false } = {}) {
  const target = `${env.baseUrl}/app${route}`
  const inAdmin = page.url().startsWith(`${env.baseUrl}/app`) && !page.url().includes("/login")
  if (spa && inAdmin) {
    await page.evaluate((path) => {
      const idx = ((window.history.state?.idx as number | undefined) ?? 0) + 1
      window.history.pushState({ usr: null, key: `e2e${idx}`, idx }, "", path)
      window.dispatchEvent(new PopStateEvent("popstate", { state: window.history.state }))
    }, `/app${route}`)
    await settle(page)
    if (!page.url().includes("/login")) return
  }
  await loadWithRetry(page, target)
  await settle(page) // a forgotten session redirects to the login form once /users/me answers
  if (page.url().includes("/app/login")) {
    await login(page)
    await loadWithRetry(page, target)
    await settle(page)
  }
}

/** A navigation that tolerates a restarting server and Vite's "Outdated Optimize Dep" reloads. */
async function loadWithRetry(page: Page, target: string) {
  for (let attempt = 1; ; attempt++) {
    let outdated = false
    const onResponse = (r: { status: () => number }) => {
      if (r.status() === 504) outdated = true
    }
    page.on("response", onResponse)
    try {
      const res = await page.goto(target, { waitUntil: "domcontentloaded" })
      if (res && res.status() >= 500) throw new Error(`${target} answered ${res.status()}`)
      await page.locator("#medusa > *").first().waitFor({ timeout: 60000 })
      await page.waitForLoadState("networkidle", { timeout: 15000 }).catch(() => {})
      if (!outdated || attempt >= 4) return
    } catch (error) {
      if (attempt >= 4) throw error
      await page.waitForTimeout(2000)
    } finally {
      page.off("response", onResponse)
    }
  }
}

const inFlight = new WeakMap<Page, Set<unknown>>()

/** Counts a page's requests in flight (see `settle`). */
function trackRequests(page: Page) {
  if (inFlight.has(page)) return
  const pending = new Set<unknown>()
  inFlight.set(page, pending)
  page.on("request", (r) => pending.add(r))
  page.on("requestfinished", (r) => pending.delete(r))
  page.on("requestfailed", (r) => pending.delete(r))
  page.on("framenavigated", (frame) => frame === page.mainFrame() && pending.clear())
}

/**
 * Waits until the page has stopped loading data: no request in flight for 500 ms (at most
 * `timeout`), then no spinner left. Playwright's "networkidle" is reached once per document, so
 * it says nothing after a click or a client-side navigation; this does.
 */
export async function settle(page: Page, { timeout = 15000 } = {}) {
  trackRequests(page)
  const pending = inFlight.get(page)!
  const until = Date.now() + timeout
  let quietSince = Date.now()
  await page.waitForTimeout(100) // let the action that was just taken start its requests
  while (Date.now() < until) {
    if (pending.size) quietSince = Date.now()
    else if (Date.now() - quietSince >= 500) break
    await page.waitForTimeout(100)
  }
  await page
    .locator('[aria-busy="true"], .animate-spin')
    .first()
    .waitFor({ state: "detached", timeout: 10000 })
    .catch(() => {})
}

/**
 * Switches the admin's language the way its own language setting does: i18next reads the `lng`
 * cookie first, then localStorage `lng` (@medusajs/dashboard's i18n config), and caches in both.
 */
export async function setLanguage(page: Page, lang: Lang, { reload = true } = {}) {
  await page.context().addCookies([{ name: "lng", value: lang, url: env.baseUrl }])
  await page.context().addInitScript((l) => {
    try {
      localStorage.setItem("lng", l)
    } catch {
      // about:blank has no storage
    }
  }, lang)
  if (reload && page.url().startsWith(env.baseUrl)) {
    await page.evaluate((l) => localStorage.setItem("lng", l), lang)
    await page.reload({ waitUntil: "domcontentloaded" })
    await settle(page)
  }
}

/** The admin's current language (the `lng` cookie). */
export async function currentLanguage(page: Page): Promise<Lang> {
  const cookies = await page.context().cookies(env.baseUrl)
  return (cookies.find((c) => c.name === "lng")?.value as Lang) ?? "en"
}

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`)

/** The `data-value` of an element as a number (amounts are exact decimals in major units). */
export async function dataValue(page: Page, id: string): Promise<number> {
  const el = byTestId(page, id).first()
  await el.waitFor({ state: "attached" }) // figures in a collapsed list count too
  const raw = await el.getAttribute("data-value")
  if (raw == null) throw new Error(`[data-testid="${id}"] has no data-value`)
  return Number(raw)
}

/**
 * Picks `option` in a Medusa UI Select: clicks the trigger (the element with the test id, or the
 * combobox inside it), then the option by its visible text.
 */
export async function chooseSelect(page: Page, testId: string, option: string | RegExp) {
  const root = byTestId(page, testId).first()
  const trigger =
    (await root.getAttribute("role")) === "combobox" ? root : root.getByRole("combobox")
  await trigger.first().click()
  await page.getByRole("option", { name: option }).first().click()
}
