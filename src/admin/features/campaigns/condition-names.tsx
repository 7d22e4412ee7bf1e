import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PICKER_SOURCES, type PickerKind } from "../../components/picker-sources"
import { usePickedRows } from "../../components/use-picked-rows"

/** The records a condition picked, by name (read back from Medusa's own list routes). */
export const ConditionNames = ({ kind, ids }: { kind: PickerKind; ids: string[] }) => {
  const { t } = useTranslation()
  const source = PICKER_SOURCES[kind]
  const { rows = [], isLoading } = usePickedRows(kind, ids)
  if (isLoading) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        {t("rebates.states.loading")}
      </Text>
    )
  }
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
