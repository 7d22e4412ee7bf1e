import { Input, Select, Textarea } from "@medusajs/ui"
import { Controller, useFormContext } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { CAMPAIGN_FUNDING, CAMPAIGN_TYPES } from "./api"
import { describedBy, Field, useErrorText } from "./form-bits"
import type { CampaignFormValues } from "./schema"

type TextPath = "name" | "priority" | "starts_at" | "ends_at" | "settlement_window_days"

const TextField = ({
  path,
  label,
  hint,
  optional,
  type = "text",
}: {
  path: TextPath
  label: string
  hint?: string
  optional?: boolean
  type?: "text" | "number" | "datetime-local"
}) => {
  const { register, formState } = useFormContext<CampaignFormValues>()
  const error = useErrorText(formState.errors)(path)
  return (
    <Field id={path} label={label} hint={hint} optional={optional} error={error}>
      <Input
        id={path}
        size="small"
        type={type}
        autoComplete="off"
        {...describedBy(path, error, !!hint)}
        {...register(path)}
      />
    </Field>
  )
}

/** Name, type, schedule, priority, stacking, window and description. */
export const GeneralFields = ({ editing }: { editing: boolean }) => {
  const { t } = useTranslation()
  const { control, register, formState } = useFormContext<CampaignFormValues>()
  const errorText = useErrorText(formState.errors)
  const f = (key: string) => t(`rebates.campaigns.form.${key}`)

  return (
    <div className="flex flex-col gap-y-4">
      <TextField path="name" label={f("name")} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="type" label={f("type")} hint={editing ? f("typeFixed") : undefined}>
          <Controller
            control={control}
            name="type"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} disabled={editing}>
                <Select.Trigger
                  id="type"
                  name="type"
                  data-testid="campaign-type"
                  aria-describedby={editing ? "type-hint" : undefined}
                >
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {CAMPAIGN_TYPES.map((type) => (
                    <Select.Item key={type} value={type} data-testid={`campaign-type-${type}`}>
                      {t(`rebates.campaigns.types.${type}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
          />
        </Field>
        <Field id="stacking" label={f("stacking")}>
          <Controller
            control={control}
            name="stacking"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <Select.Trigger id="stacking" name="stacking" data-testid="campaign-stacking">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {(["stack", "exclusive"] as const).map((s) => (
                    <Select.Item key={s} value={s}>
                      {t(`rebates.campaigns.stacking.${s}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
          />
        </Field>
        <TextField path="starts_at" type="datetime-local" label={f("startsAt")} optional />
        <TextField path="ends_at" type="datetime-local" label={f("endsAt")} optional />
        <TextField path="priority" type="number" label={f("priority")} hint={f("priorityHint")} />
        <TextField
          path="settlement_window_days"
          type="number"
          label={f("settlementWindow")}
          hint={f("settlementWindowHint")}
          optional
        />
        <Field id="funding" label={f("funding")} hint={f("fundingHint")}>
          <Controller
            control={control}
            name="funding"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <Select.Trigger
                  id="funding"
                  name="funding"
                  data-testid="campaign-funding"
                  aria-describedby="funding-hint"
                >
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {CAMPAIGN_FUNDING.map((funding) => (
                    <Select.Item
                      key={funding}
                      value={funding}
                      data-testid={`campaign-funding-${funding}`}
                    >
                      {t(`rebates.campaigns.funding.${funding}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
          />
        </Field>
      </div>
      <Field id="description" label={f("description")} optional error={errorText("description")}>
        <Textarea
          id="description"
          rows={3}
          {...describedBy("description", errorText("description"))}
          {...register("description")}
        />
      </Field>
    </div>
  )
}
