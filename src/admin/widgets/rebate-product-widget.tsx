import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ProductRegionRow } from "../features/widgets/product-region-row"
import { useProductQuotes } from "../features/widgets/use-widget-data"
import { linkClass, WidgetCard, WidgetSubheading } from "../features/widgets/widget-card"

/**
 * Product page: the active campaigns that cover this product and what one unit earns a guest in
 * each region (the storefront's "Return up to $X"), per variant on demand.
 */
const RebateProductWidget = ({ data }: { data: { id: string } }) => {
  const { t } = useTranslation()
  const { data: quotes, isLoading, error, refetch } = useProductQuotes(data?.id)
  return (
    <WidgetCard
      testId="rebate-product-widget"
      title={t("rebates.widgets.product.title")}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
    >
      {quotes && (
        <>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <WidgetSubheading>{t("rebates.widgets.product.campaigns")}</WidgetSubheading>
            {quotes.campaigns.length ? (
              <ul className="flex flex-col gap-y-2">
                {quotes.campaigns.map((c) => (
                  <li key={c.id} className="flex items-center justify-between gap-x-2">
                    <Link
                      to={`/rebates/campaigns/${c.id}`}
                      className={`txt-compact-small truncate ${linkClass}`}
                    >
                      {c.name}
                    </Link>
                    <Badge size="2xsmall">
                      {t(`rebates.widgets.campaignTypes.${c.type}`, { defaultValue: c.type })}
                    </Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                {t("rebates.widgets.product.noCampaigns")}
              </Text>
            )}
          </div>
          <div className="flex flex-col py-2">
            <div className="px-6 pt-2 pb-1">
              <WidgetSubheading>{t("rebates.widgets.product.perUnit")}</WidgetSubheading>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("rebates.widgets.product.perUnitHint")}
              </Text>
            </div>
            {quotes.regions.map((region) => (
              <ProductRegionRow key={region.region_id} region={region} />
            ))}
            {!quotes.regions.length && (
              <Text size="small" className="text-ui-fg-muted px-6 py-2">
                {t("rebates.widgets.product.noRegions")}
              </Text>
            )}
          </div>
        </>
      )}
    </WidgetCard>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default RebateProductWidget
