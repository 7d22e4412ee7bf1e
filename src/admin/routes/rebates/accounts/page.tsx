import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { AccountsTable } from "../../../features/accounts/accounts-table"

/** Rebates › Accounts: every customer's balances per currency. */
const AccountsPage = () => (
  <Container className="divide-y p-0">
    <AccountsTable />
  </Container>
)

const Breadcrumb = () => {
  const { t } = useTranslation()
  return <>{t("rebates.nav.accounts")}</>
}

export const config = defineRouteConfig({
  label: "rebates.nav.accounts",
  rank: 20,
  translationNs: "translation",
})

export const handle = { breadcrumb: () => <Breadcrumb /> }

export default AccountsPage
