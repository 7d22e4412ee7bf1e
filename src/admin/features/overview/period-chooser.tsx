import { DatePicker, Label, Select, Text } from "@medusajs/ui"
import { useId, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { CurrencySelect } from "../../components/currency-select"
import { PERIOD_PRESETS, periodRange, type PeriodChoice, type PeriodPreset } from "./period"

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

/** A control with its small label above it; `htmlFor` names the control, `labelId` the label. */
const Field = ({
  label,
  htmlFor,
  labelId,
  children,
}: {
  label: string
  htmlFor?: string
  labelId?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall" htmlFor={htmlFor} id={labelId} className="text-ui-fg-subtle">
      {label}
    </Label>
    {children}
  </div>
)

/** One end of the custom range: a day, kept between `min` and `max` when they are set. */
const DayField = ({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: {
  id: string
  label: string
  value: Date | null
  min?: Date | null
  max?: Date | null
  onChange: (value: Date | null) => void
}) => (
  <Field label={label} labelId={id}>
    <DatePicker
      size="small"
      aria-labelledby={id}
      value={value}
      minValue={min ?? undefined}
      maxValue={max ?? undefined}
      onChange={onChange}
      className="w-[160px]"
    />
  </Field>
)

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
      <Field label={t("rebates.overview.period.label")} htmlFor={`${id}-preset`}>
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
      </Field>
      {value.preset === "custom" && (
        <>
          <DayField
            id={`${id}-from`}
            label={t("rebates.overview.period.from")}
            value={value.customFrom}
            max={value.customTo}
            onChange={(customFrom) => onChange({ ...value, customFrom })}
          />
          <DayField
            id={`${id}-to`}
            label={t("rebates.overview.period.to")}
            value={value.customTo}
            min={value.customFrom}
            onChange={(customTo) => onChange({ ...value, customTo })}
          />
        </>
      )}
      <Field label={t("rebates.fields.currency")} htmlFor={`${id}-currency`}>
        <CurrencySelect
          value={currency}
          onChange={onCurrencyChange}
          currencies={options}
          allLabel={t("rebates.overview.period.allCurrencies")}
          id={`${id}-currency`}
          className="w-[140px]"
          testId="overview-currency"
        />
      </Field>
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle basis-full" role="status">
          {hint}
        </Text>
      )}
    </div>
  )
}
