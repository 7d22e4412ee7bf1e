import { Plus, Trash } from "@medusajs/icons"
import { Button, Hint, IconButton, Input, Switch, Text } from "@medusajs/ui"
import { forwardRef, useRef, type ComponentProps } from "react"
import { useTranslation } from "react-i18next"

type InputProps = ComponentProps<typeof Input>

/** A whole number of days, with "days" after it. */
export const DaysInput = forwardRef<HTMLInputElement, InputProps & { invalid?: boolean }>(
  ({ invalid, ...props }, ref) => {
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
          {t("rebates.settings.daysUnit")}
        </Text>
      </div>
    )
  }
)
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
        onBlur={onBlur}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}

type Row = { currency_code: string; amount: string }
type RowErrors = { currency_code?: { message?: string }; amount?: { message?: string } }

/** The minimum withdrawal per currency: rows of currency code and amount. */
export const MinWithdrawalEditor = ({
  rows,
  errors,
  currencies,
  register,
  onAdd,
  onRemove,
}: {
  rows: (Row & { id: string })[]
  errors?: (RowErrors | undefined)[]
  currencies: string[]
  register: (name: `min_withdrawal.${number}.${keyof Row}`) => InputProps
  onAdd: () => void
  onRemove: (index: number) => void
}) => {
  const { t } = useTranslation()
  return (
    <div
      className="flex flex-col gap-y-2"
      role="group"
      aria-labelledby="min_withdrawal-label"
      aria-describedby="min_withdrawal-hint"
      data-testid="settings-min-withdrawal"
    >
      {!rows.length && (
        <Text size="small" className="text-ui-fg-muted">
          {t("rebates.settings.values.noMinimum")}
        </Text>
      )}
      {rows.map((row, i) => {
        const rowErrors = errors?.[i]
        return (
          <div key={row.id} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Input
                {...register(`min_withdrawal.${i}.currency_code`)}
                aria-label={t("rebates.settings.minWithdrawal.currency", { n: i + 1 })}
                aria-invalid={!!rowErrors?.currency_code || undefined}
                placeholder="USD"
                maxLength={3}
                list="rebate-settings-currencies"
                autoComplete="off"
                className="w-24 uppercase"
              />
              <Input
                {...register(`min_withdrawal.${i}.amount`)}
                aria-label={t("rebates.settings.minWithdrawal.amount", { n: i + 1 })}
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
                aria-label={t("rebates.settings.minWithdrawal.remove", { n: i + 1 })}
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
      <datalist id="rebate-settings-currencies">
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
          data-testid="settings-min-withdrawal-add"
        >
          <Plus />
          {t("rebates.settings.minWithdrawal.add")}
        </Button>
      </div>
    </div>
  )
}
