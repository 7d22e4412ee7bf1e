import { TriangleRightMini } from "@medusajs/icons"
import { clx, Text } from "@medusajs/ui"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"
import type { RebateProductQuotes } from "./types"

type Region = RebateProductQuotes["regions"][number]

/**
 * One region: "Return up to $X" for one unit, expandable to what each variant earns. The variant
 * cells stay in the DOM when collapsed (hidden), so their figures can be read without a click.
 */
export const ProductRegionRow = ({ region }: { region: Region }) => {
  const { t } = useTranslation()
  const { money } = useFormat()
  const [open, setOpen] = useState(false)
  const listId = useId()
  const many = new Set(region.variants.map((v) => v.amount)).size > 1
  return (
    <div
      className="px-6 py-3"
      data-testid={`rebate-product-region-${region.region_id}`}
      data-value={region.max_amount}
    >
      <button
        type="button"
        className="flex w-full items-center justify-between gap-x-2 text-left outline-none focus-visible:shadow-borders-focus rounded-md"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="flex min-w-0 items-center gap-x-1">
          <TriangleRightMini
            className={clx("text-ui-fg-muted shrink-0 transition-transform", open && "rotate-90")}
          />
          <Text size="small" leading="compact" weight="plus" className="truncate">
            {region.region_name}
          </Text>
        </span>
        <Text
          size="small"
          leading="compact"
          className={region.max_amount > 0 ? "text-ui-fg-base" : "text-ui-fg-muted"}
        >
          {region.max_amount > 0
            ? t(many ? "rebates.widgets.product.upTo" : "rebates.widgets.product.returns", {
                amount: money(region.max_amount, region.currency_code),
              })
            : t("rebates.widgets.product.nothing")}
        </Text>
      </button>
      <ul id={listId} hidden={!open} className="mt-2 flex flex-col gap-y-1 pl-5">
        {region.variants.map((variant) => (
          <li key={variant.variant_id} className="flex items-center justify-between gap-x-2">
            <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
              {variant.title || variant.variant_id}
            </Text>
            <Text
              size="small"
              leading="compact"
              className="text-ui-fg-subtle"
              data-testid={`rebate-variant-${variant.variant_id}-${region.region_id}`}
              data-value={variant.amount}
            >
              {money(variant.amount, region.currency_code)}
            </Text>
          </li>
        ))}
        {!region.variants.length && (
          <li>
            <Text size="small" className="text-ui-fg-muted">
              {t("rebates.widgets.product.noVariants")}
            </Text>
          </li>
        )}
      </ul>
    </div>
  )
}
