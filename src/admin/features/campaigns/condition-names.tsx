import { Badge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { PICKER_SOURCES, type PickerKind, type PickerRow } from "../../components/picker-sources"
import { adminGet } from "../../lib/api"

/** The records a condition picked, by name (read back from Medusa's own list routes). */
export const ConditionNames = ({ kind, ids }: { kind: PickerKind; ids: string[] }) => {
  const { t } = useTranslation()
  const source = PICKER_SOURCES[kind]
  const { data, isLoading } = useQuery({
    queryKey: ["rebates-picker-selected", kind, [...ids].sort()],
    queryFn: () =>
      adminGet<Record<string, PickerRow[]>>(source.path, {
        id: ids,
        limit: ids.length,
        fields: source.fields,
      }),
    enabled: ids.length > 0,
  })
  if (isLoading) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        {t("rebates.states.loading")}
      </Text>
    )
  }
  const rows = data?.[source.listKey] ?? []
  return (
    <ul className="flex flex-wrap gap-1" data-testid={`condition-${kind}`}>
      {ids.map((id) => {
        const row = rows.find((r) => r.id === id)
        return (
          <li key={id}>
            <Badge size="2xsmall" title={id}>
              {row ? source.label(row) : t("rebates.campaigns.detail.missingRecord", { id })}
            </Badge>
          </li>
        )
      })}
    </ul>
  )
}
