import fs from "node:fs"
import path from "node:path"
import type { BrowserContext, Page } from "playwright-core"
import { openPages, settle } from "./browser"
import { env } from "./env"
import { customerToken } from "./http"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require("../chromium.js") as {
  launchChromium: (o?: {
    viewport?: { width: number; height: number }
  }) => Promise<{ context: BrowserContext; close: () => Promise<void> }>
}

/** The demo storefront's languages (its switch), and the artifact folders of the admin's. */
export type ShopLang = "en" | "zh-CN"
const ARTIFACT_DIR: Record<ShopLang, string> = { en: "en", "zh-CN": "zhCN" }

export type Shop = { page: Page; errors: string[]; close: () => Promise<void> }

/** A fresh browser profile on the demo storefront, in `lang`. */
export async function openShop(lang: ShopLang = "en"): Promise<Shop> {
  const { context, close } = await launchChromium({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript((l) => {
    if (!localStorage.getItem("demo_locale")) localStorage.setItem("demo_locale", l)
  }, lang)
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(30000)
  page.setDefaultNavigationTimeout(90000)
  const errors: string[] = []
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`))
  openPages.add(page)
  return {
    page,
    errors,
    close: async () => {
      openPages.delete(page)
      await close()
    },
  }
}

/** An element by its data-testid. */
export const tid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first()

/** The amount an element shows, from its data-amount (what the component formatted). */
export async function shownAmount(page: Page, id: string) {
  const el = tid(page, id)
  await el.waitFor()
  return Number(await el.getAttribute("data-amount"))
}

/** Opens a storefront path (Vite may still be bundling on the first load). */
export async function gotoShop(page: Page, route: string) {
  await page.goto(`${env.storefrontUrl}${route}`, { waitUntil: "domcontentloaded" })
  await page.locator("main h1").first().waitFor({ timeout: 90000 })
}

/**
 * Full-page screenshots of the current storefront page in both languages
 * (`e2e/artifacts/<en|zhCN>/storefront-<name>.png`), through the header's language switch; the
 * page is left in the language it was in. `ready` waits for what the page must show.
 */
export async function shopSnap(page: Page, name: string, ready?: (page: Page) => Promise<void>) {
  const select = tid(page, "language-select")
  const original = (await select.inputValue()) as ShopLang
  const langs: ShopLang[] = [original, original === "en" ? "zh-CN" : "en"]
  for (const lang of langs) {
    if ((await select.inputValue()) !== lang) await select.selectOption(lang)
    await settle(page)
    if (ready) await ready(page)
    await page.waitForTimeout(300)
    const file = path.join(env.artifactsDir, ARTIFACT_DIR[lang], `storefront-${name}.png`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    await page.screenshot({ path: file, fullPage: true })
  }
  await select.selectOption(original)
  await settle(page)
}

/** Adds one unit of `handle` in `size` to the cart from its product page; returns the badge. */
export async function addToCart(page: Page, handle: string, size: string) {
  await gotoShop(page, "/")
  await tid(page, "rebate-badge").waitFor()
  await page.click(`[data-testid="product-card"][data-handle="${handle}"]`)
  await page.locator(`[data-testid="variant-option"][data-value="${size}"]`).click()
  const badge = await shownAmount(page, "rebate-badge")
  await tid(page, "add-to-cart").click()
  await tid(page, "added-to-cart").waitFor()
  return badge
}

/** From the cart through the checkout (a guest gives `email`); returns the order's id. */
export async function checkOut(page: Page, email: string | null) {
  await tid(page, "nav-cart").click()
  await tid(page, "cart-rebate-total").waitFor()
  await tid(page, "go-to-checkout").click()
  const emailField = tid(page, "checkout-email")
  await emailField.waitFor()
  if (email) await emailField.fill(email)
  const address: [string, string][] = [
    ["checkout-first-name", "Grace"],
    ["checkout-last-name", "Shopper"],
    ["checkout-address-1", "1 Market Street"],
    ["checkout-city", "San Francisco"],
    ["checkout-province", "CA"],
    ["checkout-postal-code", "94105"],
  ]
  for (const [id, value] of address) {
    if (!(await tid(page, id).inputValue())) await tid(page, id).fill(value)
  }
  await tid(page, "checkout-continue").click()
  await tid(page, "shipping-option").check()
  await page.waitForFunction(
    () => !(document.querySelector('[data-testid="place-order"]') as HTMLButtonElement).disabled
  )
  await tid(page, "place-order").click()
  await page.waitForURL(/\/order\//, { timeout: 90000 })
  return (await tid(page, "order-id").getAttribute("data-value"))!
}

/** Registers through the storefront's form (the page must show it). */
export async function register(page: Page, email: string) {
  await tid(page, "register-email").waitFor()
  await tid(page, "register-first-name").fill("Grace")
  await tid(page, "register-last-name").fill("Shopper")
  await tid(page, "register-email").fill(email)
  await tid(page, "register-password").fill("supersecret")
}

/** A customer's store API headers, logged in with e-mail and password. */
export async function customerHeaders(email: string, password = "supersecret") {
  const token = await customerToken({ email, password })
  return { "x-publishable-api-key": env.publishableKey, authorization: `Bearer ${token}` }
}
