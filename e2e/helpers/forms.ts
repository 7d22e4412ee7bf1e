import type { Page } from "playwright-core"
import { byTestId } from "./browser"

/** An input named by its API path (`reward.rate`, `reward.tiers.0.min_amount.usd`). */
export const field = (page: Page, name: string) => page.locator(`[name="${name}"]`).first()

/**
 * Picks `option` in a Medusa UI Select (a Radix select): clicks the trigger with the test id,
 * then the option by its test id (`<testId>-<value>`) when there is one, else by its text.
 */
export async function chooseOption(page: Page, testId: string, value: string, text?: RegExp) {
  await byTestId(page, testId).first().click()
  const byId = byTestId(page, `${testId}-${value}`)
  const option = (await byId.count()) ? byId : page.getByRole("option", { name: text ?? value })
  await option.first().click()
}

/**
 * Sets one currency's amount in a per-currency amounts input (`name` its API path): adds the
 * currency first (`currency-add-<name>`, then `currency-add-<name>-<code>`) when it has no row yet.
 */
export async function fillCurrencyAmount(page: Page, name: string, code: string, amount: string) {
  const input = field(page, `${name}.${code}`)
  if (!(await input.count())) {
    await byTestId(page, `currency-add-${name}`).click()
    await byTestId(page, `currency-add-${name}-${code}`).click()
  }
  await input.fill(amount)
}

/**
 * Chooses a row in a search-as-you-type picker (`picker-<field>`): types `search` into its input
 * and clicks the option whose text contains `option`.
 */
export async function pick(page: Page, testId: string, search: string, option = search) {
  const picker = byTestId(page, testId).first()
  await picker.locator("input").first().fill(search)
  await picker
    .getByRole("option", { name: new RegExp(escape(option), "i") })
    .first()
    .click()
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
