import { Select } from "@medusajs/ui"

const ALL = "all"

/**
 * A small Select of currency codes, shown upper-case. With `allLabel` its first choice is every
 * currency, chosen as `null`.
 */
export const CurrencySelect = ({
  value,
  onChange,
  currencies,
  allLabel,
  id,
  label,
  className,
  testId,
}: {
  value: string | null
  onChange: (currency: string | null) => void
  currencies: string[]
  allLabel?: string
  /** The trigger's id, for a `<Label htmlFor>`. */
  id?: string
  /** The trigger's accessible name where no label points at it. */
  label?: string
  className: string
  testId: string
}) => (
  <Select
    size="small"
    value={value ?? ALL}
    onValueChange={(next) => onChange(next === ALL ? null : next)}
  >
    <Select.Trigger id={id} className={className} aria-label={label} data-testid={testId}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {allLabel && <Select.Item value={ALL}>{allLabel}</Select.Item>}
      {currencies.map((code) => (
        <Select.Item key={code} value={code}>
          {code.toUpperCase()}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
