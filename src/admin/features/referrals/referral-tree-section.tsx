import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { QueryState } from "../../components/query-state"
import { useFormat } from "../../lib/format"
import { useReferral } from "./api"
import { InviteesList, PersonLink, referralPath, useAmountsText } from "./invitees"

/**
 * The customer's place in the referral tree, for the account page: who invited them, their
 * level-1 and level-2 invitees with what each brought in, and a link to manage it.
 */
export const ReferralTreeSection = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const amounts = useAmountsText()
  const { data, isLoading, error, refetch } = useReferral(customerId)
  const inviter = data?.binding?.inviter_id ? data.binding : null
  return (
    <Container className="divide-y p-0" data-testid="rebate-referral-tree">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("rebates.referrals.tree.title")}</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to={referralPath(customerId)}>{t("rebates.referrals.tree.manage")}</Link>
        </Button>
      </div>
      {isLoading || error || !data ? (
        <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              {t("rebates.referrals.binding.inviter")}
            </Text>
            {inviter ? (
              <div className="flex items-center justify-between gap-x-4">
                <PersonLink customer={inviter.inviter ?? { id: inviter.inviter_id! }} />
                <Text size="xsmall" className="text-ui-fg-muted shrink-0">
                  {inviter.code ? `${inviter.code} · ` : ""}
                  {format.date(inviter.bound_at)}
                </Text>
              </div>
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                {t("rebates.referrals.binding.none")}
              </Text>
            )}
          </div>
          <div className="grid grid-cols-2 divide-x">
            {(["settled", "pending"] as const).map((key) => (
              <div key={key} className="flex flex-col px-6 py-4">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`rebates.referrals.stats.${key}`)}
                </Text>
                <Text size="small" weight="plus" className="tabular-nums">
                  {amounts(data.stats[`${key}_amount`])}
                </Text>
              </div>
            ))}
          </div>
          <InviteesList invitees={data.invitees} level={1} />
          <InviteesList invitees={data.invitees} level={2} />
        </>
      )}
    </Container>
  )
}
