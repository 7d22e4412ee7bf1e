import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { LedgerVerifySection } from "../../../features/health/ledger-verify-section"
import { SyncFailuresTable } from "../../../features/health/sync-failures-table"

/** Rebates → Ledger health: verify the balances against the ledger, and re-sync orders. */
const LedgerHealthPage = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("rebates.health.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("rebates.health.subtitle")}
        </Text>
      </Container>
      <LedgerVerifySection />
      <SyncFailuresTable />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "rebates.nav.health",
  rank: 50,
  translationNs: "translation",
})

export default LedgerHealthPage
