import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { contactName } from "../lib/contact"
import { useFormat } from "../lib/format"
import { useCustomerAccounts, useCustomerReferral } from "../features/widgets/use-widget-data"
import { linkClass, WidgetCard, WidgetRow, WidgetSubheading } from "../features/widgets/widget-card"

/**
 * Customer page: the customer's rebate balances per currency (each linked to its account page),
 * their promoter code, who invited them and how many they invited, linked to the referral tree.
 */
const RebateCustomerWidget = ({ data }: { data: { id: string } }) => {
  const { t } = useTranslation()
  const { money, number } = useFormat()
  const accounts = useCustomerAccounts(data?.id)
  const referral = useCustomerReferral(data?.id)
  const tree = referral.data
  const inviter = tree?.binding?.inviter_id ? tree.binding : null
  return (
    <WidgetCard
      testId="rebate-customer-widget"
      title={t("rebates.widgets.customer.title")}
      isLoading={accounts.isLoading || referral.isLoading}
      error={accounts.error ?? referral.error}
      onRetry={() => {
        accounts.refetch()
        referral.refetch()
      }}
    >
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <WidgetSubheading>{t("rebates.widgets.customer.balances")}</WidgetSubheading>
        {accounts.data?.length ? (
          <ul className="flex flex-col gap-y-3">
            {accounts.data.map((account) => (
              <li
                key={account.id}
                className="flex flex-col gap-y-0.5"
                data-testid={`rebate-customer-account-${account.currency_code}`}
                data-value={account.available}
              >
                <div className="flex items-center justify-between gap-x-2">
                  <Link
                    to={`/rebates/accounts/${account.id}`}
                    className={`txt-compact-small-plus ${linkClass}`}
                  >
                    {t("rebates.widgets.customer.account", {
                      currency: account.currency_code.toUpperCase(),
                    })}
                  </Link>
                  <Text size="small" leading="compact">
                    {t("rebates.widgets.customer.available", {
                      amount: money(account.available, account.currency_code),
                    })}
                  </Text>
                </div>
                <Text size="xsmall" className="text-ui-fg-muted text-right">
                  {t("rebates.widgets.customer.breakdown", {
                    pending: money(account.pending, account.currency_code),
                    held: money(account.held, account.currency_code),
                    lifetime: money(account.lifetime_earned, account.currency_code),
                  })}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {t("rebates.widgets.customer.noAccounts")}
          </Text>
        )}
      </div>
      <WidgetRow label={t("rebates.widgets.customer.code")}>
        <span className="text-ui-fg-base font-mono" data-testid="rebate-customer-code">
          {tree?.code ?? "-"}
        </span>
      </WidgetRow>
      <WidgetRow label={t("rebates.widgets.customer.inviter")}>
        {inviter ? (
          <Link to={`/customers/${inviter.inviter_id}`} className={`truncate ${linkClass}`}>
            {contactName(inviter.inviter, inviter.inviter_id ?? undefined)}
          </Link>
        ) : (
          "-"
        )}
      </WidgetRow>
      <WidgetRow label={t("rebates.widgets.customer.invitees")}>
        <span data-testid="rebate-customer-invitees" data-value={tree?.stats.invitees ?? 0}>
          {t("rebates.widgets.customer.inviteeCounts", {
            level1: number(tree?.stats.invitees ?? 0),
            level2: number(tree?.stats.level2_invitees ?? 0),
          })}
        </span>
      </WidgetRow>
      <div className="flex justify-end px-6 py-3">
        <Link
          to={`/rebates/referrals?customer_id=${encodeURIComponent(data.id)}`}
          className={`txt-compact-small-plus ${linkClass}`}
        >
          {t("rebates.widgets.customer.viewReferrals")}
        </Link>
      </div>
    </WidgetCard>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default RebateCustomerWidget
