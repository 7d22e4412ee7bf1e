import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { breadcrumbHandle } from "../../../components/breadcrumb"
import { AccountsTable } from "../../../features/accounts/accounts-table"

/** Rebates › Accounts: every customer's balances per currency. */
const AccountsPage = () => (
  <Container className="divide-y p-0">
    <AccountsTable />
  </Container>
)

export const config = defineRouteConfig({
  label: "rebates.nav.accounts",
  rank: 20,
  translationNs: "translation",
})

export const handle = breadcrumbHandle("rebates.nav.accounts")

export default AccountsPage
