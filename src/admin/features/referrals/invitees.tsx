import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { contactName, type Contact } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import type { Amounts, ReferralInvitee } from "./types"

/** "$3.90 · €1.00", or "-" when there is nothing. */
export function useAmountsText() {
  const format = useFormat()
  return (amounts: Amounts | undefined) =>
    amounts?.length ? amounts.map((a) => format.money(a.amount, a.currency_code)).join(" · ") : "-"
}

/** The referrals page of a customer: where every person in a tree links to. */
export const referralPath = (customerId: string) =>
  `/rebates/referrals?customer_id=${encodeURIComponent(customerId)}`

/** A person of the tree: name over e-mail, the name linking to their own referrals. */
export const PersonLink = ({ customer }: { customer: Contact | { id: string } }) => {
  const contact = "email" in customer ? customer : null
  const name = contactName(contact, customer.id)
  return (
    <div className="flex min-w-0 flex-col">
      <Link
        to={referralPath(customer.id)}
        className="txt-compact-small-plus text-ui-fg-base truncate hover:underline"
      >
        {name}
      </Link>
      {contact?.email && contact.email !== name && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
          {contact.email}
        </Text>
      )}
    </div>
  )
}

/**
 * Invitees at one level with what they brought in: settled and pending rewards per currency.
 * Level 2 names the level-1 invitee they came through.
 */
export const InviteesList = ({
  invitees,
  level,
  testId,
}: {
  invitees: ReferralInvitee[]
  level: 1 | 2
  testId?: string
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const amounts = useAmountsText()
  const mine = invitees.filter((i) => i.level === level)
  const viaName = (inviterId: string) => {
    const via = invitees.find((i) => i.customer.id === inviterId)?.customer
    return via ? contactName("email" in via ? via : null, inviterId) : inviterId
  }
  return (
    <div className="flex flex-col" data-testid={testId}>
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" weight="plus">
          {t(`rebates.roles.level${level}`)}
        </Text>
        <Badge size="2xsmall">{format.number(mine.length)}</Badge>
      </div>
      {mine.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 pb-4">
          {t("rebates.referrals.invitees.none")}
        </Text>
      ) : (
        <ul className="divide-y border-t">
          {mine.map((i) => (
            <li
              key={`${i.level}-${i.customer.id}`}
              className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 px-6 py-3"
            >
              <div className="flex min-w-0 flex-col gap-y-0.5">
                <PersonLink customer={i.customer} />
                <Text size="xsmall" className="text-ui-fg-muted">
                  {level === 2
                    ? t("rebates.referrals.invitees.via", {
                        name: viaName(i.inviter_id),
                        date: format.date(i.bound_at),
                      })
                    : t("rebates.referrals.invitees.since", { date: format.date(i.bound_at) })}
                </Text>
              </div>
              <dl className="flex flex-col items-end text-right">
                <div className="flex gap-x-1">
                  <dt className="txt-compact-xsmall text-ui-fg-subtle">
                    {t("rebates.referrals.invitees.settled")}
                  </dt>
                  <dd className="txt-compact-small-plus tabular-nums">
                    {amounts(i.contribution.settled_amount)}
                  </dd>
                </div>
                <div className="flex gap-x-1">
                  <dt className="txt-compact-xsmall text-ui-fg-subtle">
                    {t("rebates.referrals.invitees.pending")}
                  </dt>
                  <dd className="txt-compact-small text-ui-fg-subtle tabular-nums">
                    {amounts(i.contribution.pending_amount)}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
