import { Input, Select } from "@medusajs/ui"
import { Controller, useFormContext } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { CurrencyAmountsInput } from "./currency-amounts-input"
import { describedBy, Field, useErrorText } from "./form-bits"
import type { CampaignFormValues } from "./schema"
import { TierEditor } from "./tier-editor"

type RatePath =
  | "reward.rate"
  | "reward.inviter_rate"
  | "reward.invitee_rate"
  | "reward.level1_rate"
  | "reward.level2_rate"

/** A percentage input ("5" is 5 %), named by its API path. */
const RateField = ({
  path,
  label,
  hint,
  optional,
}: {
  path: RatePath
  label: string
  hint?: string
  optional?: boolean
}) => {
  const { register, formState } = useFormContext<CampaignFormValues>()
  const error = useErrorText(formState.errors)(path)
  const id = path.replace(/\./g, "-")
  return (
    <Field id={id} label={label} hint={hint} optional={optional} error={error}>
      <div className="relative">
        <Input
          id={id}
          size="small"
          inputMode="decimal"
          className="pr-7"
          {...describedBy(id, error, !!hint)}
          {...register(path)}
        />
        <span className="text-ui-fg-muted txt-compact-small pointer-events-none absolute inset-y-0 right-2 z-10 flex items-center">
          %
        </span>
      </div>
    </Field>
  )
}

/** A Medusa Select bound to a form field, labelled by its Field. */
const SelectField = <N extends "reward.per" | "reward.orders">({
  name,
  label,
  hint,
  options,
}: {
  name: N
  label: string
  hint?: string
  options: { value: string; label: string }[]
}) => {
  const { control } = useFormContext<CampaignFormValues>()
  const id = name.replace(/\./g, "-")
  return (
    <Field id={id} label={label} hint={hint}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Select value={field.value} onValueChange={field.onChange} size="small">
            <Select.Trigger id={id} name={name} aria-describedby={hint ? `${id}-hint` : undefined}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {options.map((o) => (
                <Select.Item key={o.value} value={o.value}>
                  {o.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      />
    </Field>
  )
}

/** The reward of the chosen type: rates, tiers or fixed amounts. */
export const RewardFields = ({ currencies }: { currencies: string[] }) => {
  const { t } = useTranslation()
  const { control, register, watch, formState } = useFormContext<CampaignFormValues>()
  const errorText = useErrorText(formState.errors)
  const type = watch("type")
  const orders = watch("reward.orders")
  const f = (key: string) => t(`rebates.campaigns.form.${key}`)

  switch (type) {
    case "percentage":
      return <RateField path="reward.rate" label={f("rate")} hint={f("rateHint")} />
    case "tiered":
      return <TierEditor currencies={currencies} />
    case "fixed":
      return (
        <div className="flex flex-col gap-y-4">
          <SelectField
            name="reward.per"
            label={f("per")}
            options={[
              { value: "order", label: f("perOrder") },
              { value: "unit", label: f("perUnit") },
            ]}
          />
          <Field id="reward-amounts" group label={f("fixedAmounts")} hint={f("fixedAmountsHint")}>
            <Controller
              control={control}
              name="reward.amounts"
              render={({ field }) => (
                <CurrencyAmountsInput
                  name="reward.amounts"
                  label={f("fixedAmounts")}
                  value={field.value}
                  onChange={field.onChange}
                  currencies={currencies}
                  errorFor={(code) => errorText(code ? `reward.amounts.${code}` : "reward.amounts")}
                />
              )}
            />
          </Field>
        </div>
      )
    case "referral": {
      const daysError = errorText("reward.window_days")
      return (
        <div className="flex flex-col gap-y-4">
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <RateField path="reward.inviter_rate" label={f("inviterRate")} optional />
            <RateField path="reward.invitee_rate" label={f("inviteeRate")} optional />
          </div>
          <SelectField
            name="reward.orders"
            label={f("orders")}
            options={[
              { value: "first", label: f("ordersFirst") },
              { value: "window", label: f("ordersWindow") },
            ]}
          />
          {orders === "window" && (
            <Field id="reward-window_days" label={f("windowDays")} error={daysError}>
              <Input
                id="reward-window_days"
                size="small"
                type="number"
                min={1}
                max={3650}
                {...describedBy("reward-window_days", daysError)}
                {...register("reward.window_days")}
              />
            </Field>
          )}
        </div>
      )
    }
    case "distribution":
      return (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <RateField path="reward.level1_rate" label={f("level1Rate")} hint={f("level1Hint")} />
          <RateField
            path="reward.level2_rate"
            label={f("level2Rate")}
            hint={f("level2Hint")}
            optional
          />
        </div>
      )
  }
}
