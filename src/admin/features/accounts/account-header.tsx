import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { SectionCard, SectionRow } from "../../components/section"
import { contactName } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { AdjustDrawer } from "./adjust-drawer"
import { BALANCE_KEYS, type RebateAccount } from "./types"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <SectionRow label={label} valueClassName="truncate">
    {children}
  </SectionRow>
)

/** The account's customer (linked to Medusa's customer page), currency and the adjust action. */
export const AccountHeader = ({ account }: { account: RebateAccount }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const customer = account.customer
  const title =
    customer === null
      ? t("rebates.accounts.deletedCustomer")
      : contactName(customer, account.customer_id)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex min-w-0 items-center gap-x-2">
          <Heading className="truncate">{title}</Heading>
          <Badge size="2xsmall" className="uppercase">
            {account.currency_code}
          </Badge>
        </div>
        <div className="flex items-center gap-x-2">
          {customer !== null && (
            <Button size="small" variant="transparent" asChild>
              <Link to={`/customers/${account.customer_id}`}>
                {t("rebates.accounts.detail.viewCustomer")}
                <ArrowUpRightOnBox />
              </Link>
            </Button>
          )}
          <AdjustDrawer account={account} />
        </div>
      </div>
      <Row label={t("rebates.fields.customer")}>
        {customer !== null ? (
          <Link
            to={`/customers/${account.customer_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {customer?.email ?? account.customer_id}
          </Link>
        ) : (
          account.customer_id
        )}
      </Row>
      <Row label={t("rebates.accounts.detail.referral")}>
        <Link
          to={`/rebates/referrals?customer_id=${account.customer_id}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          {t("rebates.accounts.detail.manageReferral")}
        </Link>
      </Row>
      <Row label={t("rebates.fields.created")}>{format.date(account.created_at, true)}</Row>
    </Container>
  )
}

/**
 * The account's buckets, each with its raw number in `data-value` so a test can read the balance
 * without parsing a formatted amount.
 */
export const BalancesSection = ({ account }: { account: RebateAccount }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const currency = account.currency_code
  return (
    <SectionCard title={t("rebates.accounts.detail.balances")}>
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-b-lg bg-ui-border-base sm:grid-cols-3">
        {BALANCE_KEYS.map((key) => (
          <div key={key} className="bg-ui-bg-base flex flex-col gap-y-1 px-6 py-4">
            <dt>
              <Text size="small" leading="compact" className="text-ui-fg-subtle">
                {t(`rebates.balances.${key}`)}
              </Text>
            </dt>
            <dd
              className={clx(
                "txt-compact-large-plus tabular-nums",
                account[key] < 0 ? "text-ui-fg-error" : "text-ui-fg-base"
              )}
              data-testid={`balance-${key}-${currency}`}
              data-value={account[key]}
            >
              {format.money(account[key], currency)}
            </dd>
          </div>
        ))}
      </dl>
    </SectionCard>
  )
}
