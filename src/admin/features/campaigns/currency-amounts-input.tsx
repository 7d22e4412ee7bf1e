import { Plus, XMark } from "@medusajs/icons"
import { Button, DropdownMenu, IconButton, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { CurrencyAmounts } from "./api"
import { ErrorText } from "./form-bits"

type Props = {
  /** The API path of the map (`caps.budget`); each input is named `<name>.<currency>`. */
  name: string
  label: string
  value: CurrencyAmounts
  onChange: (value: CurrencyAmounts) => void
  /** The store's currencies, offered by "Add currency". */
  currencies: string[]
  /** The error of one currency's amount, or of the map as a whole (`code` undefined). */
  errorFor: (code?: string) => string | undefined
  disabled?: boolean
}

/**
 * An amount per currency, one row each (code + amount, removable), never converted: used for fixed
 * rewards, tier minimums, the minimum paid amount and every cap.
 */
export const CurrencyAmountsInput = ({
  name,
  label,
  value,
  onChange,
  currencies,
  errorFor,
  disabled,
}: Props) => {
  const { t } = useTranslation()
  const codes = Object.keys(value)
  const available = currencies.filter((c) => !codes.includes(c))
  const domId = name.replace(/\./g, "-")

  const set = (code: string, amount: string) => onChange({ ...value, [code]: amount })
  const remove = (code: string) =>
    onChange(Object.fromEntries(Object.entries(value).filter(([k]) => k !== code)))

  return (
    <div className="flex flex-col gap-y-2" data-testid={`currency-amounts-${name}`}>
      {codes.length === 0 && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          {t("rebates.campaigns.form.noCurrencies")}
        </Text>
      )}
      {codes.map((code) => {
        const error = errorFor(code)
        const inputId = `${domId}-${code}`
        return (
          <div key={code} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <div className="relative flex-1">
                <span className="text-ui-fg-muted txt-compact-small pointer-events-none absolute inset-y-0 left-0 z-10 flex w-12 items-center justify-center border-r">
                  {code.toUpperCase()}
                </span>
                <Input
                  id={inputId}
                  name={`${name}.${code}`}
                  size="small"
                  inputMode="decimal"
                  className="pl-14"
                  aria-label={`${label} (${code.toUpperCase()})`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  value={value[code]}
                  disabled={disabled}
                  placeholder="0.00"
                  onChange={(e) => set(code, e.target.value)}
                />
              </div>
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                disabled={disabled}
                aria-label={t("rebates.campaigns.form.removeCurrency", {
                  currency: code.toUpperCase(),
                })}
                onClick={() => remove(code)}
              >
                <XMark />
              </IconButton>
            </div>
            <ErrorText id={`${inputId}-error`}>{error}</ErrorText>
          </div>
        )
      })}
      <div>
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <Button
              type="button"
              size="small"
              variant="secondary"
              disabled={disabled || available.length === 0}
              data-testid={`currency-add-${name}`}
              aria-label={`${t("rebates.campaigns.form.addCurrency")}: ${label}`}
            >
              <Plus />
              {t("rebates.campaigns.form.addCurrency")}
            </Button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="start">
            {available.map((code) => (
              <DropdownMenu.Item
                key={code}
                data-testid={`currency-add-${name}-${code}`}
                onSelect={() => set(code, "")}
              >
                {code.toUpperCase()}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu>
      </div>
      <ErrorText>{errorFor()}</ErrorText>
    </div>
  )
}
