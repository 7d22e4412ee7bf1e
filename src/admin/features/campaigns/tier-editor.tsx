import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Text } from "@medusajs/ui"
import { Controller, useFieldArray, useFormContext } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { CurrencyAmountsInput } from "./currency-amounts-input"
import { describedBy, ErrorText, useErrorText } from "./form-bits"
import type { CampaignFormValues } from "./schema"

/** Reward bands of a tiered campaign: from a paid amount per currency, a rate. */
export const TierEditor = ({ currencies }: { currencies: string[] }) => {
  const { t } = useTranslation()
  const { control, register, formState, getValues } = useFormContext<CampaignFormValues>()
  const { fields, append, remove } = useFieldArray({ control, name: "reward.tiers" })
  const errorText = useErrorText(formState.errors)

  return (
    <div className="flex flex-col gap-y-3" data-testid="tier-editor">
      {fields.map((field, index) => {
        const base = `reward.tiers.${index}` as const
        const rateId = `reward-tiers-${index}-rate`
        const rateError = errorText(`${base}.rate`)
        return (
          <div
            key={field.id}
            role="group"
            aria-labelledby={`tier-${index}-title`}
            className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-3 rounded-lg p-3"
            data-testid={`tier-${index}`}
          >
            <div className="flex items-center justify-between">
              <Text id={`tier-${index}-title`} size="small" weight="plus" leading="compact">
                {t("rebates.campaigns.form.tier", { n: index + 1 })}
              </Text>
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                disabled={fields.length === 1}
                aria-label={t("rebates.campaigns.form.removeTier", { n: index + 1 })}
                onClick={() => remove(index)}
              >
                <Trash />
              </IconButton>
            </div>
            <div className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_8rem]">
              <div className="flex flex-col gap-y-2">
                <Text size="small" leading="compact" weight="plus" as="span">
                  {t("rebates.campaigns.form.tierMinAmount")}
                </Text>
                <Controller
                  control={control}
                  name={`${base}.min_amount`}
                  render={({ field: f }) => (
                    <CurrencyAmountsInput
                      name={`${base}.min_amount`}
                      label={t("rebates.campaigns.form.tierMinAmount")}
                      value={f.value}
                      onChange={f.onChange}
                      currencies={currencies}
                      errorFor={(code) =>
                        errorText(code ? `${base}.min_amount.${code}` : `${base}.min_amount`)
                      }
                    />
                  )}
                />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label htmlFor={rateId} size="small" weight="plus">
                  {t("rebates.campaigns.form.rate")}
                </Label>
                <div className="relative">
                  <Input
                    id={rateId}
                    size="small"
                    inputMode="decimal"
                    className="pr-7"
                    {...describedBy(rateId, rateError)}
                    {...register(`${base}.rate`)}
                  />
                  <span className="text-ui-fg-muted txt-compact-small pointer-events-none absolute inset-y-0 right-2 z-10 flex items-center">
                    %
                  </span>
                </div>
                <ErrorText id={`${rateId}-error`}>{rateError}</ErrorText>
              </div>
            </div>
          </div>
        )
      })}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={fields.length >= 20}
          data-testid="tier-add"
          onClick={() => {
            // A new band starts with the previous band's currencies, amounts left to fill in.
            const last = getValues(`reward.tiers.${fields.length - 1}.min_amount`) ?? {}
            append({
              min_amount: Object.fromEntries(Object.keys(last).map((c) => [c, ""])),
              rate: "",
            })
          }}
        >
          <Plus />
          {t("rebates.campaigns.form.addTier")}
        </Button>
      </div>
      <ErrorText>{errorText("reward.tiers")}</ErrorText>
    </div>
  )
}
