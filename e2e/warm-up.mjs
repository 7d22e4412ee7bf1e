// The first admin load of a `medusa develop` server makes Vite pre-bundle the dashboard's
// dependencies, then again each time a page imports one it had not seen (the plugin's pages:
// recharts, react-hook-form, ...). Until that settles, module requests answer 504 "Outdated
// Optimize Dep" and the page reloads itself. This loads the login page, logs in and opens the
// plugin's pages and those with its widgets (through the admin's router, as a click would) until a
// pass sees no 504, so that the tests start on a settled admin. Returns the session's cookies.
/* global window, PopStateEvent -- in the page (page.evaluate) */
import chromiumHelpers from "./chromium.js"

const { launchChromium } = chromiumHelpers

const PAGES = [
  "/rebates",
  "/rebates/campaigns",
  "/rebates/accounts",
  "/rebates/referrals",
  "/rebates/settings",
  "/rebates/health",
  "/products",
  "/orders",
  "/customers",
]

export async function warmUpAdmin({ baseUrl, email, password, log = () => {}, passes = 6 }) {
  const { context, close } = await launchChromium()
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    let outdated = 0
    const pending = new Set()
    page.on("response", (response) => response.status() === 504 && outdated++)
    page.on("request", (r) => pending.add(r))
    page.on("requestfinished", (r) => pending.delete(r))
    page.on("requestfailed", (r) => pending.delete(r))
    const quiet = async (timeout = 60000) => {
      const until = Date.now() + timeout
      let since = Date.now()
      while (Date.now() < until) {
        if (pending.size) since = Date.now()
        else if (Date.now() - since >= 500) return
        await page.waitForTimeout(100)
      }
    }
    const settled = async (label, load) => {
      for (let pass = 1; pass <= passes; pass++) {
        outdated = 0
        const t0 = Date.now()
        const ok = await load().then(
          () => true,
          (error) => (log(`  ${label}: ${error.message.split("\n")[0]}`), false)
        )
        await quiet()
        if (ok && !outdated) {
          log(`  ${label}: ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`)
          return
        }
        log(`  ${label}: pass ${pass}, ${outdated} x 504, again`)
      }
      throw new Error(`the admin did not settle on ${label} after ${passes} loads`)
    }

    await settled("login page", async () => {
      await page.goto(`${baseUrl}/app/login`, { waitUntil: "domcontentloaded", timeout: 180000 })
      await page.locator('input[name="email"]').waitFor({ timeout: 180000 })
    })
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 120000 })
    // The session, for the tests that need a logged-in admin but not the login form.
    const cookies = (await context.cookies(baseUrl)).filter((c) => c.name !== "lng")
    await settled("admin pages", async () => {
      for (const route of PAGES) {
        await page.evaluate((path) => {
          window.history.pushState({ usr: null, key: path, idx: 1 }, "", path)
          window.dispatchEvent(new PopStateEvent("popstate", { state: window.history.state }))
        }, `/app${route}`)
        await quiet()
        await page.locator("#medusa > *").first().waitFor({ timeout: 60000 })
      }
    })
    return { cookies }
  } finally {
    await close()
  }
}
