import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ListSection } from "../../components/list-table"
import { contactName } from "../../lib/contact"
import { useLookup, type UserRow } from "../accounts/lookups"
import { useFormat } from "../../lib/format"
import type { RebateReferral, ReferralAudit } from "./types"

const column = createDataTableColumnHelper<ReferralAudit>()
const COLORS: Record<string, "green" | "blue" | "red"> = {
  bound: "green",
  changed: "blue",
  removed: "red",
}

/** Every change of the customer's binding, newest first: who did what, from whom to whom, why. */
export const AuditSection = ({ referral }: { referral: RebateReferral }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const audit = referral.audit
  const customers = useLookup<UserRow>("customer", [
    ...audit.flatMap((a) => [a.from_inviter_id, a.to_inviter_id]),
    ...audit.filter((a) => a.actor_type === "customer").map((a) => a.actor_id),
  ])
  const users = useLookup<UserRow>(
    "user",
    audit.filter((a) => a.actor_type === "admin").map((a) => a.actor_id)
  )
  const person = (id: string | null) =>
    id ? contactName(customers.get(id), id) : <span className="text-ui-fg-muted">-</span>
  const actor = (a: ReferralAudit) => {
    const who =
      a.actor_type === "admin"
        ? a.actor_id && contactName(users.get(a.actor_id), a.actor_id)
        : a.actor_type === "customer"
          ? a.actor_id && contactName(customers.get(a.actor_id), a.actor_id)
          : null
    const kind = t(`rebates.referrals.audit.actors.${a.actor_type}`, {
      defaultValue: a.actor_type,
    })
    return who ? `${who} (${kind})` : kind
  }

  const columns = [
    // Not `action`: DataTable reserves that column id for a row's action menu.
    column.display({
      id: "change",
      header: t("rebates.referrals.audit.action"),
      cell: ({ row }) => (
        <Badge size="2xsmall" color={COLORS[row.original.action] ?? "grey"}>
          {t(`rebates.referrals.audit.actions.${row.original.action}`, {
            defaultValue: row.original.action,
          })}
        </Badge>
      ),
    }),
    column.accessor("from_inviter_id", {
      header: t("rebates.referrals.audit.from"),
      cell: ({ getValue }) => person(getValue()),
    }),
    column.accessor("to_inviter_id", {
      header: t("rebates.referrals.audit.to"),
      cell: ({ getValue }) => person(getValue()),
    }),
    column.display({
      id: "actor",
      header: t("rebates.referrals.audit.actor"),
      cell: ({ row }) => actor(row.original),
    }),
    column.accessor("reason", {
      header: t("rebates.fields.reason"),
      cell: ({ getValue }) => getValue() || "-",
      maxSize: 320,
    }),
    column.accessor("created_at", {
      header: t("rebates.fields.date"),
      cell: ({ getValue }) => format.date(getValue(), true),
    }),
  ]
  return (
    <ListSection
      rows={audit}
      columns={columns}
      heading={t("rebates.referrals.audit.title")}
      subheading={t("rebates.referrals.audit.subtitle")}
      testId="referral-audit-table"
      empty={{ heading: t("rebates.referrals.audit.empty") }}
    />
  )
}
