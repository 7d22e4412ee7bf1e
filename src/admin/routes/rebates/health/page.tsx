import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SectionHeading } from "../../../components/section"
import { LedgerVerifySection } from "../../../features/health/ledger-verify-section"
import { SyncFailuresTable } from "../../../features/health/sync-failures-table"

/** Rebates → Ledger health: verify the balances against the ledger, and re-sync orders. */
const LedgerHealthPage = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <SectionHeading
          level="h1"
          title={t("rebates.health.title")}
          subtitle={t("rebates.health.subtitle")}
        />
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
