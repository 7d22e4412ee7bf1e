import { Checkbox, Label, Text } from "@medusajs/ui"
import type { ComponentProps } from "react"
import { Controller, type Control, type UseFormRegister } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { RemotePicker } from "../../components/remote-picker"
import { SectionCard } from "../../components/section"
import { SWITCHABLE_RULES } from "../reviews/types"
import type { SettingsFormValues } from "./form-values"
import { DaysInput, OnOffSwitch } from "./inputs"
import { SettingRow } from "./setting-row"
import type { RiskNumberKey, SettingKey } from "./types"
import { RISK_NUMBERS } from "./types"
import type { useSettingFormat } from "./use-setting-format"

type RowProps = Omit<ComponentProps<typeof SettingRow>, "children">

/** The number settings in form order, with the unit each counts in. */
const NUMBERS: { key: RiskNumberKey; unit: string }[] = [
  { key: "risk_velocity_window_hours", unit: "hoursUnit" },
  { key: "risk_velocity_max_per_promoter", unit: "ordersUnit" },
  { key: "risk_velocity_max_per_ip", unit: "ordersUnit" },
  { key: "risk_velocity_max_per_device", unit: "ordersUnit" },
  { key: "risk_farming_window_days", unit: "daysUnit" },
  { key: "risk_farming_max_new_accounts", unit: "accountsUnit" },
  { key: "risk_new_account_days", unit: "daysUnit" },
]

/**
 * Settings › Risk control: the master switch, each rule on or off, the velocity and farming
 * thresholds, the sales channels marked internal and how long hashed visit data is kept. The
 * rows are the settings form's own (`row`, `aria`), so defaults, resets and errors work alike.
 */
export const RiskControlSection = ({
  control,
  register,
  row,
  aria,
  fmt,
}: {
  control: Control<SettingsFormValues>
  register: UseFormRegister<SettingsFormValues>
  row: (key: SettingKey, group?: boolean) => RowProps
  aria: (key: SettingKey) => { "aria-describedby": string; invalid: boolean }
  fmt: ReturnType<typeof useSettingFormat>
}) => {
  const { t } = useTranslation()
  const number = (key: RiskNumberKey, unit: string) => (
    <SettingRow key={key} {...row(key)}>
      <DaysInput
        id={key}
        unit={t(`rebates.settings.${unit}`)}
        min={RISK_NUMBERS[key].min}
        max={RISK_NUMBERS[key].max}
        {...register(key)}
        {...aria(key)}
      />
    </SettingRow>
  )
  return (
    <SectionCard
      headingId="settings-section-risk"
      title={t("rebates.settings.sections.risk")}
      subtitle={t("rebates.settings.sections.riskHint")}
      testId="settings-risk"
    >
      <SettingRow {...row("risk_checks_enabled")}>
        <Controller
          control={control}
          name="risk_checks_enabled"
          render={({ field }) => (
            <OnOffSwitch
              id="risk_checks_enabled"
              checked={field.value}
              onChange={field.onChange}
              label={fmt.label("risk_checks_enabled")}
              stateText={fmt.value("risk_checks_enabled", field.value)}
              describedBy={aria("risk_checks_enabled")["aria-describedby"]}
            />
          )}
        />
      </SettingRow>
      <SettingRow {...row("risk_rules_disabled", true)}>
        <Controller
          control={control}
          name="risk_rules_disabled"
          render={({ field }) => (
            <div
              role="group"
              aria-labelledby="risk_rules_disabled-label"
              aria-describedby="risk_rules_disabled-hint"
              className="grid grid-cols-1 gap-2 lg:grid-cols-2"
              data-testid="settings-risk-rules"
            >
              {SWITCHABLE_RULES.map((rule) => {
                const id = `risk-rule-${rule}`
                const on = !field.value.includes(rule)
                return (
                  <div key={rule} className="flex items-start gap-x-2">
                    <Checkbox
                      id={id}
                      checked={on}
                      data-rule={rule}
                      onCheckedChange={(checked) =>
                        field.onChange(
                          checked ? field.value.filter((r) => r !== rule) : [...field.value, rule]
                        )
                      }
                    />
                    <div className="flex flex-col">
                      <Label htmlFor={id} size="small" weight="plus">
                        {t(`rebates.reviews.rules.${rule}.label`)}
                      </Label>
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {t(`rebates.reviews.rules.${rule}.hint`)}
                      </Text>
                    </div>
                  </div>
                )
              })}
            </div>
          )}
        />
      </SettingRow>
      {NUMBERS.map(({ key, unit }) => number(key, unit))}
      <SettingRow {...row("risk_internal_sales_channel_ids", true)}>
        <Controller
          control={control}
          name="risk_internal_sales_channel_ids"
          render={({ field }) => (
            <RemotePicker
              kind="sales_channel"
              value={field.value}
              onChange={(ids) => field.onChange(ids)}
              label={fmt.label("risk_internal_sales_channel_ids")}
              placeholder={t("rebates.settings.salesChannelPlaceholder")}
              testId="settings-risk-sales-channels"
            />
          )}
        />
      </SettingRow>
      {number("visit_retention_days", "daysUnit")}
    </SectionCard>
  )
}
