import { DatePicker, Label, Select, Text } from "@medusajs/ui"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { PERIOD_PRESETS, periodRange, type PeriodChoice, type PeriodPreset } from "./period"

const ALL = "all"
const DAY_MS = 24 * 60 * 60 * 1000

/** A UTC day as the same calendar day in the admin's time zone (what DatePicker shows). */
const localDay = (utc: Date) => new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate())

/** Switching to a custom range starts from the period on screen rather than from nothing. */
function choose(value: PeriodChoice, preset: PeriodPreset): PeriodChoice {
  if (preset !== "custom" || value.customFrom || value.customTo) return { ...value, preset }
  const range = periodRange(value)
  if (!range) return { ...value, preset }
  return {
    preset,
    customFrom: localDay(range.from),
    customTo: localDay(new Date(range.to.getTime() - DAY_MS)),
  }
}

type PeriodChooserProps = {
  value: PeriodChoice
  onChange: (value: PeriodChoice) => void
  currency: string | null
  onCurrencyChange: (currency: string | null) => void
  /** The currencies the stats have shown so far. */
  currencies: string[]
  /** Why the chosen range cannot be shown (incomplete or reversed custom range). */
  hint?: string
}

/** The overview's period (presets or a custom range of days) and currency filter. */
export const PeriodChooser = ({
  value,
  onChange,
  currency,
  onCurrencyChange,
  currencies,
  hint,
}: PeriodChooserProps) => {
  const { t } = useTranslation()
  const id = useId()
  const options =
    currency && !currencies.includes(currency) ? [...currencies, currency] : currencies

  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="overview-period">
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor={`${id}-preset`} className="text-ui-fg-subtle">
          {t("rebates.overview.period.label")}
        </Label>
        <Select
          size="small"
          value={value.preset}
          onValueChange={(preset) => onChange(choose(value, preset as PeriodPreset))}
        >
          <Select.Trigger id={`${id}-preset`} className="w-[160px]" data-testid="overview-preset">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PERIOD_PRESETS.map((preset) => (
              <Select.Item key={preset} value={preset}>
                {t(`rebates.overview.period.presets.${preset}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {value.preset === "custom" && (
        <>
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" id={`${id}-from`} className="text-ui-fg-subtle">
              {t("rebates.overview.period.from")}
            </Label>
            <DatePicker
              size="small"
              aria-labelledby={`${id}-from`}
              value={value.customFrom}
              maxValue={value.customTo ?? undefined}
              onChange={(customFrom) => onChange({ ...value, customFrom })}
              className="w-[160px]"
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" id={`${id}-to`} className="text-ui-fg-subtle">
              {t("rebates.overview.period.to")}
            </Label>
            <DatePicker
              size="small"
              aria-labelledby={`${id}-to`}
              value={value.customTo}
              minValue={value.customFrom ?? undefined}
              onChange={(customTo) => onChange({ ...value, customTo })}
              className="w-[160px]"
            />
          </div>
        </>
      )}
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor={`${id}-currency`} className="text-ui-fg-subtle">
          {t("rebates.fields.currency")}
        </Label>
        <Select
          size="small"
          value={currency ?? ALL}
          onValueChange={(next) => onCurrencyChange(next === ALL ? null : next)}
        >
          <Select.Trigger
            id={`${id}-currency`}
            className="w-[140px]"
            data-testid="overview-currency"
          >
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("rebates.overview.period.allCurrencies")}</Select.Item>
            {options.map((code) => (
              <Select.Item key={code} value={code}>
                {code.toUpperCase()}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle basis-full" role="status">
          {hint}
        </Text>
      )}
    </div>
  )
}
