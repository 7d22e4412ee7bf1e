import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { currentLanguage, LANGS, setLanguage, settle, type Lang } from "./browser"
import { env } from "./env"

/**
 * Full-page screenshots of the current page in every admin language, saved as
 * `e2e/artifacts/<lang>/<name>.png`. Switching the language reloads the page: `ready` puts it back
 * in the state to show (opens a modal, waits for a table) after each reload. The page is left in
 * the language it was in.
 */
export async function snap(
  page: Page,
  name: string,
  { ready, langs = LANGS }: { ready?: (page: Page) => Promise<void>; langs?: Lang[] } = {}
) {
  const original = await currentLanguage(page)
  let shown = original
  for (const lang of langs) {
    if (lang !== shown) {
      await setLanguage(page, lang)
      if (ready) await ready(page)
      shown = lang
    }
    await settle(page)
    await page.waitForTimeout(300) // let the last layout shift and transitions finish
    const file = path.join(env.artifactsDir, lang, `${name}.png`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    await screenshotAll(page, file)
  }
  if (shown !== original) {
    await setLanguage(page, original)
    if (ready) await ready(page)
  }
}

/**
 * Medusa Admin scrolls inside its main column (and a FocusModal inside its body), not the
 * document: a full-page screenshot alone would stop at the viewport. The viewport is grown to the
 * tallest scrolled content for the shot (at most 8000 px), then put back.
 */
async function screenshotAll(page: Page, file: string) {
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 }
  const height = await page.evaluate(() => {
    let max = document.documentElement.scrollHeight
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      if (el.scrollHeight <= el.clientHeight + 1) continue
      if (!/(auto|scroll)/.test(getComputedStyle(el).overflowY)) continue
      max = Math.max(max, el.scrollHeight + (window.innerHeight - el.clientHeight))
    }
    return max
  })
  const grown = Math.min(Math.max(height, viewport.height), 8000)
  if (grown > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height: grown })
    await page.waitForTimeout(300)
  }
  try {
    await page.screenshot({ path: file, fullPage: true })
  } finally {
    if (grown > viewport.height) await page.setViewportSize(viewport)
  }
}
