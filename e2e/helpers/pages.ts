import type { Page } from "playwright-core"
import { byTestId, gotoAdmin } from "./browser"
import { field } from "./forms"

/** Opens the campaign create form from the list page; resolves once the FocusModal shows it. */
export async function openCreateForm(page: Page) {
  await gotoAdmin(page, "/rebates/campaigns")
  await byTestId(page, "rebate-campaign-create").click()
  await field(page, "name").waitFor()
}
