import { Checkbox, Label, Switch, Text } from "@medusajs/ui"
import { Controller, useFormContext } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { RemotePicker } from "../../components/remote-picker"
import { CurrencyAmountsInput } from "./currency-amounts-input"
import { Field, useErrorText } from "./form-bits"
import { ID_CONDITIONS, type CampaignFormValues } from "./schema"

/** Who and what a campaign applies to: AND across fields, OR within one; empty matches all. */
export const ConditionFields = ({ currencies }: { currencies: string[] }) => {
  const { t } = useTranslation()
  const { control, watch, formState } = useFormContext<CampaignFormValues>()
  const errorText = useErrorText(formState.errors)
  const chosenCodes = watch("conditions.currency_codes")
  const codes = [...new Set([...currencies, ...chosenCodes])]

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {ID_CONDITIONS.map(([key, kind]) => {
          const id = `conditions-${key}`
          const label = t(`rebates.campaigns.conditions.${key}`)
          return (
            <Field key={key} id={id} label={label} error={errorText(`conditions.${key}`)}>
              <Controller
                control={control}
                name={`conditions.${key}`}
                render={({ field }) => (
                  <RemotePicker
                    kind={kind}
                    id={id}
                    label={label}
                    value={field.value}
                    onChange={(ids) => field.onChange(ids)}
                    testId={`picker-${key}`}
                  />
                )}
              />
            </Field>
          )
        })}
      </div>
      <div
        className="flex flex-col gap-y-2"
        role="group"
        aria-labelledby="conditions-currency-label"
      >
        <Text id="conditions-currency-label" size="small" weight="plus" leading="compact">
          {t("rebates.campaigns.conditions.currency_codes")}
        </Text>
        <Controller
          control={control}
          name="conditions.currency_codes"
          render={({ field }) => (
            <div className="flex flex-wrap gap-x-4 gap-y-2" data-testid="conditions-currency_codes">
              {codes.map((code) => {
                const id = `conditions-currency_codes-${code}`
                return (
                  <div key={code} className="flex items-center gap-x-2">
                    <Checkbox
                      id={id}
                      name={`conditions.currency_codes.${code}`}
                      checked={field.value.includes(code)}
                      onCheckedChange={(checked) =>
                        field.onChange(
                          checked
                            ? [...field.value, code]
                            : field.value.filter((c: string) => c !== code)
                        )
                      }
                    />
                    <Label htmlFor={id} size="small">
                      {code.toUpperCase()}
                    </Label>
                  </div>
                )
              })}
            </div>
          )}
        />
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          {t("rebates.campaigns.conditions.currencyHint")}
        </Text>
      </div>
      <Field
        id="conditions-min_paid_amount"
        group
        label={t("rebates.campaigns.conditions.min_paid_amount")}
        hint={t("rebates.campaigns.conditions.minPaidHint")}
      >
        <Controller
          control={control}
          name="conditions.min_paid_amount"
          render={({ field }) => (
            <CurrencyAmountsInput
              name="conditions.min_paid_amount"
              label={t("rebates.campaigns.conditions.min_paid_amount")}
              value={field.value}
              onChange={field.onChange}
              currencies={currencies}
              errorFor={(code) =>
                errorText(
                  code ? `conditions.min_paid_amount.${code}` : "conditions.min_paid_amount"
                )
              }
            />
          )}
        />
      </Field>
      <Controller
        control={control}
        name="conditions.first_order_only"
        render={({ field }) => (
          <div className="bg-ui-bg-component shadow-borders-base flex items-start gap-x-3 rounded-lg p-3">
            <Switch
              id="conditions-first_order_only"
              name="conditions.first_order_only"
              checked={field.value}
              onCheckedChange={field.onChange}
              aria-describedby="conditions-first_order_only-hint"
            />
            <div className="flex flex-col gap-y-0.5">
              <Label htmlFor="conditions-first_order_only" size="small" weight="plus">
                {t("rebates.campaigns.conditions.first_order_only")}
              </Label>
              <Text
                id="conditions-first_order_only-hint"
                size="small"
                leading="compact"
                className="text-ui-fg-subtle"
              >
                {t("rebates.campaigns.conditions.firstOrderHint")}
              </Text>
            </div>
          </div>
        )}
      />
    </div>
  )
}

/** Caps per currency: per order, per customer (over the campaign's life), and the total budget. */
export const CapFields = ({ currencies }: { currencies: string[] }) => {
  const { t } = useTranslation()
  const { control, formState } = useFormContext<CampaignFormValues>()
  const errorText = useErrorText(formState.errors)
  return (
    <div className="flex flex-col gap-y-4">
      {(["per_order", "per_customer", "budget"] as const).map((cap) => (
        <Field
          key={cap}
          id={`caps-${cap}`}
          group
          label={t(`rebates.campaigns.caps.${cap}`)}
          hint={t(`rebates.campaigns.caps.${cap}Hint`)}
        >
          <Controller
            control={control}
            name={`caps.${cap}`}
            render={({ field }) => (
              <CurrencyAmountsInput
                name={`caps.${cap}`}
                label={t(`rebates.campaigns.caps.${cap}`)}
                value={field.value}
                onChange={field.onChange}
                currencies={currencies}
                errorFor={(code) => errorText(code ? `caps.${cap}.${code}` : `caps.${cap}`)}
              />
            )}
          />
        </Field>
      ))}
    </div>
  )
}
