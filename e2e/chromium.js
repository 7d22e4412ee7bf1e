// How every e2e browser is started: Debian's Chromium (E2E_CHROMIUM overrides the path), headless,
// without a sandbox (CI runs as root), and with nothing running in the background that would reach
// the network or slow two cores down. Each launch gets a fresh profile (user-data dir).
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { chromium } = require("playwright-core")

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

/** A persistent context on a new temporary profile; `close()` also removes the profile. */
async function launchChromium({ viewport = { width: 1440, height: 900 } } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rebates-e2e-chromium-"))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.E2E_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  })
  const close = async () => {
    await context.close().catch(() => {})
    fs.rmSync(userDataDir, { recursive: true, force: true })
  }
  return { context, close }
}

module.exports = { CHROMIUM_ARGS, launchChromium }
