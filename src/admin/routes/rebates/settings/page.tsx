import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { QueryState } from "../../../components/query-state"
import { SettingChangesTable } from "../../../features/settings/changes-table"
import { SettingsForm } from "../../../features/settings/settings-form"
import { useRebateSettings } from "../../../features/settings/use-settings"

/** Rebates → Settings: the program settings a merchant may change at run time, and their history. */
const RebateSettingsPage = () => {
  const { data, isLoading, error, refetch } = useRebateSettings()
  return (
    <div className="flex flex-col gap-y-3">
      {data ? (
        <SettingsForm data={data} />
      ) : (
        <Container className="p-0">
          <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()} rows={6} />
        </Container>
      )}
      <SettingChangesTable />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "rebates.nav.settings",
  rank: 40,
  translationNs: "translation",
})

export default RebateSettingsPage
