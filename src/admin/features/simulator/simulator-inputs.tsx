import { XMarkMini } from "@medusajs/icons"
import { Hint, IconButton, Input, Label, Switch, Tabs, Text } from "@medusajs/ui"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { RemotePicker } from "../../components/remote-picker"
import { PICKER_SOURCES } from "../../components/picker-sources"
import type { ItemRow, SimulatorInputs, SimulatorMode } from "./types"

/** A message for one item row; `field` is the input at fault (both when unknown). */
export type RowError = { message: string; field?: "quantity" | "paid_amount" }

export type FieldErrors = Partial<
  Record<"region_id" | "customer_id" | "order_id" | "items", string>
> & {
  rows?: Record<number, RowError>
}

type InputsProps = {
  value: SimulatorInputs
  onChange: (value: SimulatorInputs) => void
  /** Messages to show beside the inputs they name (from the API or from the local checks). */
  errors: FieldErrors
}

/** What to simulate: variants with quantities in a region, or a placed order; optionally a buyer. */
export const SimulatorInputsForm = ({ value, onChange, errors }: InputsProps) => {
  const { t } = useTranslation()
  const id = useId()
  const set = (patch: Partial<SimulatorInputs>) => onChange({ ...value, ...patch })
  const setRow = (index: number, patch: Partial<ItemRow>) =>
    set({ items: value.items.map((row, i) => (i === index ? { ...row, ...patch } : row)) })

  const addVariant = (ids: string[], rows: { id: string }[]) => {
    const picked = rows.find((r) => r.id === ids[ids.length - 1]) ?? rows[rows.length - 1]
    if (!picked) return
    const existing = value.items.findIndex((row) => row.variant_id === picked.id)
    if (existing >= 0) {
      // Picking a variant again adds one more of it rather than a second line.
      const quantity = String((Number(value.items[existing].quantity) || 0) + 1)
      setRow(existing, { quantity })
      return
    }
    const source = PICKER_SOURCES.variant
    set({
      items: [
        ...value.items,
        {
          variant_id: picked.id,
          label: source.label(picked),
          hint: source.hint(picked),
          quantity: "1",
          paid_amount: "",
        },
      ],
    })
  }

  return (
    <div className="flex flex-col gap-y-4">
      <Tabs value={value.mode} onValueChange={(mode) => set({ mode: mode as SimulatorMode })}>
        <Tabs.List aria-label={t("rebates.overview.simulator.mode.label")}>
          <Tabs.Trigger value="items" data-testid="simulator-mode-items">
            {t("rebates.overview.simulator.mode.items")}
          </Tabs.Trigger>
          <Tabs.Trigger value="order" data-testid="simulator-mode-order">
            {t("rebates.overview.simulator.mode.order")}
          </Tabs.Trigger>
        </Tabs.List>

        <Tabs.Content value="items" className="flex flex-col gap-y-4 pt-4">
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor={`${id}-variant`}>
              {t("rebates.overview.simulator.fields.variants")}
            </Label>
            <RemotePicker
              kind="variant"
              id={`${id}-variant`}
              value={[]}
              onChange={addVariant}
              label={t("rebates.overview.simulator.fields.variants")}
              placeholder={t("rebates.overview.simulator.fields.variantsPlaceholder")}
              testId="simulator-variants"
            />
            {value.items.length > 0 && (
              <ItemRows
                rows={value.items}
                setRow={setRow}
                errors={errors}
                onRemove={(index) => set({ items: value.items.filter((_, i) => i !== index) })}
              />
            )}
            {errors.items && <Hint variant="error">{errors.items}</Hint>}
          </div>
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor={`${id}-region`}>
              {t("rebates.overview.simulator.fields.region")}
            </Label>
            <RemotePicker
              kind="region"
              single
              id={`${id}-region`}
              value={value.region_id ? [value.region_id] : []}
              onChange={(ids) => set({ region_id: ids[0] ?? null })}
              label={t("rebates.overview.simulator.fields.region")}
              testId="simulator-region"
            />
            {errors.region_id && <Hint variant="error">{errors.region_id}</Hint>}
          </div>
        </Tabs.Content>
        <Tabs.Content value="order" className="pt-4">
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor={`${id}-order`}>
              {t("rebates.overview.simulator.fields.order")}
            </Label>
            <RemotePicker
              kind="order"
              single
              id={`${id}-order`}
              value={value.order_id ? [value.order_id] : []}
              onChange={(ids) => set({ order_id: ids[0] ?? null })}
              label={t("rebates.overview.simulator.fields.order")}
              placeholder={t("rebates.overview.simulator.fields.orderPlaceholder")}
              testId="simulator-order"
            />
            {errors.order_id && <Hint variant="error">{errors.order_id}</Hint>}
          </div>
        </Tabs.Content>
      </Tabs>

      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus" htmlFor={`${id}-customer`}>
          {t("rebates.overview.simulator.fields.customer")}
        </Label>
        <RemotePicker
          kind="customer"
          single
          id={`${id}-customer`}
          value={value.customer_id ? [value.customer_id] : []}
          onChange={(ids) => set({ customer_id: ids[0] ?? null })}
          label={t("rebates.overview.simulator.fields.customer")}
          testId="simulator-customer"
        />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t(`rebates.overview.simulator.fields.customerHint.${value.mode}`)}
        </Text>
        {errors.customer_id && <Hint variant="error">{errors.customer_id}</Hint>}
      </div>

      <div className="flex items-start gap-x-3">
        <Switch
          id={`${id}-active`}
          checked={value.include_active}
          onCheckedChange={(include_active) => set({ include_active })}
          data-testid="simulator-include-active"
        />
        <div className="flex flex-col">
          <Label size="small" htmlFor={`${id}-active`}>
            {t("rebates.overview.simulator.fields.includeActive")}
          </Label>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("rebates.overview.simulator.fields.includeActiveHint")}
          </Text>
        </div>
      </div>
    </div>
  )
}

const ItemRows = ({
  rows,
  setRow,
  onRemove,
  errors,
}: {
  rows: ItemRow[]
  setRow: (index: number, patch: Partial<ItemRow>) => void
  onRemove: (index: number) => void
  errors: FieldErrors
}) => {
  const { t } = useTranslation()
  const baseId = useId()
  return (
    <ul className="flex flex-col gap-y-2" aria-label={t("rebates.overview.simulator.fields.lines")}>
      {rows.map((row, index) => {
        const error = errors.rows?.[index]
        const badQuantity = !!error && error.field !== "paid_amount"
        const badPaid = !!error && error.field !== "quantity"
        return (
          <li
            key={row.variant_id}
            className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col gap-y-2 rounded-lg px-3 py-2"
            data-testid="simulator-item"
          >
            <div className="flex items-start justify-between gap-x-2">
              <div className="min-w-0">
                <Text size="small" weight="plus" leading="compact" className="truncate">
                  {row.label || row.variant_id}
                </Text>
                {row.hint && (
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
                    {row.hint}
                  </Text>
                )}
              </div>
              <IconButton
                type="button"
                size="2xsmall"
                variant="transparent"
                onClick={() => onRemove(index)}
                aria-label={t("rebates.overview.simulator.removeLine", { name: row.label })}
              >
                <XMarkMini />
              </IconButton>
            </div>
            <div className="grid grid-cols-[96px_1fr] gap-x-2 gap-y-1">
              <Label size="xsmall" htmlFor={`${baseId}-${index}-qty`} className="text-ui-fg-subtle">
                {t("rebates.overview.simulator.fields.quantity")}
              </Label>
              <Label
                size="xsmall"
                htmlFor={`${baseId}-${index}-paid`}
                className="text-ui-fg-subtle"
              >
                {t("rebates.overview.simulator.fields.paid")}
              </Label>
              <Input
                id={`${baseId}-${index}-qty`}
                size="small"
                type="number"
                min={1}
                step={1}
                value={row.quantity}
                onChange={(e) => setRow(index, { quantity: e.target.value })}
                aria-invalid={badQuantity}
                aria-describedby={badQuantity ? `${baseId}-${index}-error` : undefined}
                data-testid="simulator-quantity"
              />
              <Input
                id={`${baseId}-${index}-paid`}
                size="small"
                inputMode="decimal"
                value={row.paid_amount}
                onChange={(e) => setRow(index, { paid_amount: e.target.value })}
                placeholder={t("rebates.overview.simulator.fields.paidPlaceholder")}
                aria-invalid={badPaid}
                aria-describedby={badPaid ? `${baseId}-${index}-error` : undefined}
                data-testid="simulator-paid"
              />
            </div>
            {error && (
              <Hint variant="error" id={`${baseId}-${index}-error`}>
                {error.message}
              </Hint>
            )}
          </li>
        )
      })}
    </ul>
  )
}
