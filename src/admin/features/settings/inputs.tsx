import { Plus, Trash } from "@medusajs/icons"
import { Button, Hint, IconButton, Input, Switch, Text } from "@medusajs/ui"
import { forwardRef, useRef, type ComponentProps } from "react"
import { useTranslation } from "react-i18next"
import type { CurrencyAmountKey } from "./types"

type InputProps = ComponentProps<typeof Input>

/** A whole number of days, with "days" (or another `unit`) after it. */
export const DaysInput = forwardRef<
  HTMLInputElement,
  InputProps & { invalid?: boolean; unit?: string }
>(({ invalid, unit, ...props }, ref) => {
  const { t } = useTranslation()
  return (
    <div className="flex items-center gap-x-2">
      <Input
        ref={ref}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        className="w-32"
        aria-invalid={invalid || undefined}
        {...props}
      />
      <Text size="small" className="text-ui-fg-subtle">
        {unit ?? t("rebates.settings.daysUnit")}
      </Text>
    </div>
  )
})
DaysInput.displayName = "DaysInput"

/**
 * A setting that is either off (null: no delay, for good, never) or a number of days. The switch
 * and the field show one state: an empty field is off, typing days turns it on, and switching it
 * on fills in the last days typed or `suggested`.
 */
export const OptionalDaysInput = ({
  name,
  value,
  onChange,
  onBlur,
  switchLabel,
  offLabel,
  suggested,
  describedBy,
  invalid,
  unit,
  min,
}: {
  name: string
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  switchLabel: string
  offLabel: string
  suggested: number
  describedBy?: string
  invalid?: boolean
  /** Another unit than days (requests), and its smallest value. */
  unit?: string
  min?: number
}) => {
  const lastDays = useRef(value || String(suggested))
  const on = value.trim() !== ""
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <div className="flex items-center gap-x-2">
        <Switch
          id={`${name}-enabled`}
          checked={on}
          aria-label={switchLabel}
          onCheckedChange={(checked) => {
            if (!checked && on) lastDays.current = value
            onChange(checked ? lastDays.current : "")
          }}
        />
        <Text size="small" className="text-ui-fg-subtle" aria-hidden>
          {on ? switchLabel : offLabel}
        </Text>
      </div>
      <DaysInput
        id={name}
        name={name}
        value={value}
        placeholder="—"
        aria-describedby={describedBy}
        invalid={invalid}
        unit={unit}
        min={min}
        onBlur={onBlur}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}

type Row = { currency_code: string; amount: string }
type RowErrors = { currency_code?: { message?: string }; amount?: { message?: string } }

/**
 * An amount per currency (the minimum withdrawal, the daily limit, the dual-control threshold):
 * rows of currency code and amount. `name` is the setting; `emptyText` what no row means.
 */
export const CurrencyAmountsEditor = ({
  name,
  emptyText,
  rows,
  errors,
  currencies,
  register,
  onAdd,
  onRemove,
}: {
  name: CurrencyAmountKey
  emptyText: string
  rows: (Row & { id: string })[]
  errors?: (RowErrors | undefined)[]
  currencies: string[]
  register: (name: `${CurrencyAmountKey}.${number}.${keyof Row}`) => InputProps
  onAdd: () => void
  onRemove: (index: number) => void
}) => {
  const { t } = useTranslation()
  // "settings-min-withdrawal": the test ids the browser tests know.
  const testId = `settings-${name.replace(/_/g, "-")}`
  const setting = t(`rebates.settings.fields.${name}.label`)
  const listId = `${name}-currencies`
  return (
    <div
      className="flex flex-col gap-y-2"
      role="group"
      aria-labelledby={`${name}-label`}
      aria-describedby={`${name}-hint`}
      data-testid={testId}
    >
      {!rows.length && (
        <Text size="small" className="text-ui-fg-muted">
          {emptyText}
        </Text>
      )}
      {rows.map((row, i) => {
        const rowErrors = errors?.[i]
        return (
          <div key={row.id} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Input
                {...register(`${name}.${i}.currency_code`)}
                aria-label={t("rebates.settings.minWithdrawal.currency", { n: i + 1, setting })}
                aria-invalid={!!rowErrors?.currency_code || undefined}
                placeholder="USD"
                maxLength={3}
                list={listId}
                autoComplete="off"
                className="w-24 uppercase"
              />
              <Input
                {...register(`${name}.${i}.amount`)}
                aria-label={t("rebates.settings.minWithdrawal.amount", { n: i + 1, setting })}
                aria-invalid={!!rowErrors?.amount || undefined}
                type="text"
                inputMode="decimal"
                placeholder="0.00"
                className="w-40"
              />
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                aria-label={t("rebates.settings.minWithdrawal.remove", { n: i + 1, setting })}
                onClick={() => onRemove(i)}
              >
                <Trash />
              </IconButton>
            </div>
            {rowErrors?.currency_code?.message && (
              <Hint variant="error">{rowErrors.currency_code.message}</Hint>
            )}
            {rowErrors?.amount?.message && <Hint variant="error">{rowErrors.amount.message}</Hint>}
          </div>
        )
      })}
      <datalist id={listId}>
        {currencies.map((c) => (
          <option key={c} value={c.toUpperCase()} />
        ))}
      </datalist>
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={onAdd}
          data-testid={`${testId}-add`}
        >
          <Plus />
          {t("rebates.settings.minWithdrawal.add")}
        </Button>
      </div>
    </div>
  )
}

/** A setting that is on or off: the switch, and what its state means beside it. */
export const OnOffSwitch = ({
  id,
  checked,
  onChange,
  label,
  stateText,
  describedBy,
}: {
  id: string
  checked: boolean
  onChange: (checked: boolean) => void
  label: string
  stateText: string
  describedBy?: string
}) => (
  <div className="flex items-center gap-x-2">
    <Switch
      id={id}
      checked={checked}
      onCheckedChange={onChange}
      aria-label={label}
      aria-describedby={describedBy}
    />
    <Text size="small" className="text-ui-fg-subtle" aria-hidden>
      {stateText}
    </Text>
  </div>
)
