import { zodResolver } from "../../lib/zod-resolver"
import { Button, Container, RadioGroup, Text, Textarea, toast } from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import { Controller, useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { SectionCard, SectionHeading } from "../../components/section"
import { errorMessage } from "../../lib/api"
import { useStoreCurrencies } from "../accounts/lookups"
import {
  changedSettings,
  fieldOfError,
  settingsFormSchema,
  toFormValues,
  type SettingsFormValues,
} from "./form-values"
import { CurrencyAmountsEditor, DaysInput, OnOffSwitch, OptionalDaysInput } from "./inputs"
import { RiskControlSection } from "./risk-settings-section"
import { SettingRow } from "./setting-row"
import {
  MAX_TERMS_LENGTH,
  type CurrencyAmountKey,
  type RebateSettingsResponse,
  type SettingKey,
} from "./types"
import { useUpdateRebateSettings } from "./use-settings"
import { useSettingFormat } from "./use-setting-format"

const Section = ({
  id,
  title,
  description,
  children,
}: {
  id: string
  title: string
  description: string
  children: ReactNode
}) => (
  <SectionCard headingId={`settings-section-${id}`} title={title} subtitle={description}>
    {children}
  </SectionCard>
)

/**
 * The settings form: one section per part of the program, each field with its default and a
 * reset for overridden keys. Save sends only the keys whose value changed; an error the API
 * words for a field is shown under that field.
 */
export const SettingsForm = ({ data }: { data: RebateSettingsResponse }) => {
  const { t } = useTranslation()
  const fmt = useSettingFormat()
  // The store's currencies (lower-case, default first), suggested in the per-currency rows.
  const currencies = useStoreCurrencies()
  const schema = useMemo(() => settingsFormSchema(t), [t])
  const form = useForm<SettingsFormValues>({
    defaultValues: toFormValues(data.rebate_settings),
    resolver: zodResolver(schema),
  })
  const { control, register, handleSubmit, formState } = form
  const amountRows = {
    min_withdrawal: useFieldArray({ control, name: "min_withdrawal" }),
    withdrawal_daily_amount: useFieldArray({ control, name: "withdrawal_daily_amount" }),
    withdrawal_dual_control_above: useFieldArray({
      control,
      name: "withdrawal_dual_control_above",
    }),
    adjustment_dual_control_above: useFieldArray({
      control,
      name: "adjustment_dual_control_above",
    }),
  }
  const values = useWatch({ control }) as SettingsFormValues
  const changes = changedSettings(data.rebate_settings, values)
  const changeCount = Object.keys(changes).length
  const save = useUpdateRebateSettings()
  const [resetting, setResetting] = useState<SettingKey | null>(null)

  const showApiError = (error: unknown) => {
    const message = errorMessage(error)
    const field = fieldOfError(message)
    if (field) {
      form.setError(
        field.field as FieldPath<SettingsFormValues>,
        { type: "server", message: field.message },
        { shouldFocus: true }
      )
    }
    toast.error(t("rebates.settings.toast.failed"), { description: message })
  }

  const onSubmit = handleSubmit((submitted) => {
    const update = changedSettings(data.rebate_settings, submitted)
    if (!Object.keys(update).length) {
      toast.info(t("rebates.settings.toast.noChanges"))
      return
    }
    save.mutate(update, {
      onSuccess: (next) => {
        form.reset(toFormValues(next.rebate_settings))
        toast.success(t("rebates.settings.toast.saved", { count: Object.keys(update).length }))
      },
      onError: showApiError,
    })
  })

  const resetKey = (key: SettingKey) => {
    setResetting(key)
    save.mutate(
      { reset: [key] },
      {
        onSuccess: (next) => {
          // Keep what the merchant is still editing elsewhere; only this field takes the default.
          form.reset({ ...form.getValues(), [key]: toFormValues(next.rebate_settings)[key] })
          toast.success(t("rebates.settings.toast.reset", { setting: fmt.label(key) }))
        },
        onError: showApiError,
        onSettled: () => setResetting(null),
      }
    )
  }

  const errorOf = (key: SettingKey) => {
    const error = formState.errors[key] as
      { message?: string; root?: { message?: string } } | undefined
    return error?.message ?? error?.root?.message
  }

  /** The props every row shares: label, shopper hint, default, reset and error. */
  const row = (key: SettingKey, group = false) => ({
    name: key,
    group,
    label: fmt.label(key),
    hint: t(`rebates.settings.fields.${key}.hint`),
    defaultText: fmt.value(key, data.defaults[key]),
    overridden: data.overridden.includes(key),
    onReset: () => resetKey(key),
    resetting: resetting === key,
    error: errorOf(key),
  })
  const aria = (key: SettingKey) => ({
    "aria-describedby": `${key}-hint${errorOf(key) ? ` ${key}-error` : ""}`,
    invalid: !!errorOf(key),
  })

  const optionalDays = (
    key: SettingKey,
    offLabel: string,
    suggested: number,
    count?: { unit: string; min: number }
  ) => (
    <SettingRow {...row(key)}>
      <Controller
        control={control}
        name={key as "fulfillment_settlement_delay_days"}
        render={({ field }) => (
          <OptionalDaysInput
            name={key}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            switchLabel={t(`rebates.settings.fields.${key}.on`)}
            offLabel={offLabel}
            suggested={suggested}
            describedBy={aria(key)["aria-describedby"]}
            invalid={aria(key).invalid}
            {...count}
          />
        )}
      />
    </SettingRow>
  )

  /** A per-currency amount: a row per currency, the store's other currencies suggested. */
  const currencyAmounts = (key: CurrencyAmountKey, emptyText: string) => {
    const rows = amountRows[key]
    const used = new Set(values[key]?.map((m) => m.currency_code.toLowerCase()))
    return (
      <SettingRow {...row(key, true)}>
        <CurrencyAmountsEditor
          name={key}
          emptyText={emptyText}
          rows={rows.fields}
          errors={formState.errors[key] as never}
          currencies={currencies.filter((c) => !used.has(c))}
          register={(name) => register(name)}
          onAdd={() => {
            const next = currencies.find((c) => !used.has(c)) ?? ""
            rows.append({ currency_code: next.toUpperCase(), amount: "" })
          }}
          onRemove={(i) => rows.remove(i)}
        />
      </SettingRow>
    )
  }

  const choice = (key: "attribution_model" | "level1_priority", options: string[]) => (
    <SettingRow {...row(key, true)}>
      <Controller
        control={control}
        name={key}
        render={({ field }) => (
          <RadioGroup
            name={key}
            value={field.value}
            onValueChange={field.onChange}
            aria-labelledby={`${key}-label`}
            aria-describedby={`${key}-hint`}
            className="grid grid-cols-1 gap-2 lg:grid-cols-2"
          >
            {options.map((option) => (
              <RadioGroup.ChoiceBox
                key={option}
                id={`${key}-${option}`}
                value={option}
                label={t(`rebates.settings.options.${key}.${option}`)}
                description={t(`rebates.settings.options.${key}.${option}Hint`)}
              />
            ))}
          </RadioGroup>
        )}
      />
    </SettingRow>
  )

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <SectionHeading
            level="h1"
            title={t("rebates.settings.title")}
            subtitle={t("rebates.settings.subtitle")}
          />
        </div>
        <div className="flex items-center gap-x-2">
          {changeCount > 0 && (
            <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
              {t("rebates.settings.unsaved", { count: changeCount })}
            </Text>
          )}
          <Button
            type="button"
            size="small"
            variant="secondary"
            disabled={!changeCount || save.isPending}
            onClick={() => form.reset(toFormValues(data.rebate_settings))}
          >
            {t("rebates.settings.discard")}
          </Button>
          <Button
            type="submit"
            size="small"
            isLoading={save.isPending && !resetting}
            disabled={save.isPending}
            data-testid="settings-save"
          >
            {t("rebates.actions.save")}
          </Button>
        </div>
      </Container>

      <Section
        id="settlement"
        title={t("rebates.settings.sections.settlement")}
        description={t("rebates.settings.sections.settlementHint")}
      >
        <SettingRow {...row("settlement_window_days")}>
          <DaysInput
            id="settlement_window_days"
            {...register("settlement_window_days")}
            {...aria("settlement_window_days")}
          />
        </SettingRow>
        {optionalDays("fulfillment_settlement_delay_days", t("rebates.settings.values.off"), 7)}
      </Section>

      <Section
        id="referrals"
        title={t("rebates.settings.sections.referrals")}
        description={t("rebates.settings.sections.referralsHint")}
      >
        <SettingRow {...row("attribution_window_days")}>
          <DaysInput
            id="attribution_window_days"
            {...register("attribution_window_days")}
            {...aria("attribution_window_days")}
          />
        </SettingRow>
        {choice("attribution_model", ["last_touch", "first_touch"])}
        {choice("level1_priority", ["binding", "attribution"])}
        {optionalDays("binding_validity_days", t("rebates.settings.values.forever"), 365)}
      </Section>

      <Section
        id="withdrawals"
        title={t("rebates.settings.sections.withdrawals")}
        description={t("rebates.settings.sections.withdrawalsHint")}
      >
        {currencyAmounts("min_withdrawal", t("rebates.settings.values.noMinimum"))}
        {optionalDays("withdrawal_daily_count", t("rebates.settings.values.noLimit"), 5, {
          unit: t("rebates.settings.requestsUnit"),
          min: 1,
        })}
        {currencyAmounts("withdrawal_daily_amount", t("rebates.settings.values.noLimit"))}
        {currencyAmounts(
          "withdrawal_dual_control_above",
          t("rebates.settings.values.singleApproval")
        )}
      </Section>

      <Section
        id="adjustments"
        title={t("rebates.settings.sections.adjustments")}
        description={t("rebates.settings.sections.adjustmentsHint")}
      >
        {currencyAmounts(
          "adjustment_dual_control_above",
          t("rebates.settings.values.singleApproval")
        )}
      </Section>

      <Section
        id="redemption"
        title={t("rebates.settings.sections.redemption")}
        description={t("rebates.settings.sections.redemptionHint")}
      >
        <SettingRow {...row("redemption_enabled")}>
          <Controller
            control={control}
            name="redemption_enabled"
            render={({ field }) => (
              <OnOffSwitch
                id="redemption_enabled"
                checked={field.value}
                onChange={field.onChange}
                label={fmt.label("redemption_enabled")}
                stateText={fmt.value("redemption_enabled", field.value)}
                describedBy={aria("redemption_enabled")["aria-describedby"]}
              />
            )}
          />
        </SettingRow>
        <SettingRow {...row("redemption_hold_minutes")}>
          <DaysInput
            id="redemption_hold_minutes"
            unit={t("rebates.settings.minutesUnit")}
            min={5}
            {...register("redemption_hold_minutes")}
            {...aria("redemption_hold_minutes")}
          />
        </SettingRow>
      </Section>

      <RiskControlSection control={control} register={register} row={row} aria={aria} fmt={fmt} />

      <Section
        id="expiry"
        title={t("rebates.settings.sections.expiry")}
        description={t("rebates.settings.sections.expiryHint")}
      >
        {optionalDays("reward_expiry_days", t("rebates.settings.values.never"), 365)}
      </Section>

      <Section
        id="terms"
        title={t("rebates.settings.sections.terms")}
        description={t("rebates.settings.sections.termsHint")}
      >
        <SettingRow {...row("terms")}>
          <Textarea
            id="terms"
            rows={4}
            placeholder={t("rebates.settings.termsPlaceholder")}
            maxLength={MAX_TERMS_LENGTH}
            aria-describedby={aria("terms")["aria-describedby"]}
            aria-invalid={aria("terms").invalid || undefined}
            {...register("terms")}
          />
          <Text size="xsmall" className="text-ui-fg-muted self-end">
            {t("rebates.settings.termsCount", {
              count: values.terms?.length ?? 0,
              max: MAX_TERMS_LENGTH,
            })}
          </Text>
        </SettingRow>
      </Section>
    </form>
  )
}
