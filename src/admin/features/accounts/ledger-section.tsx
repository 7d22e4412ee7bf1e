import { Badge, createDataTableColumnHelper, clx } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { ListSection } from "../../components/list-table"
import { OrderLink } from "../../components/order-link"
import { contactName } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { multiselectFilter, selectedValues } from "../../lib/table-filters"
import { useRebateEntries } from "./api"
import { dateQuery, usePeriodFilter } from "./date-filter"
import { useLookup, type CampaignRow, type OrderRow, type UserRow } from "./lookups"
import { ENTRY_TYPES, type RebateAccount, type RebateEntry } from "./types"
import { useTableState } from "./use-table-state"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<RebateEntry>()

/**
 * How an entry changes what the customer holds: money entering the ledger is a credit (+),
 * money leaving it a debit (−), a move between two buckets (pending → available) neither.
 */
export function entrySign(entry: Pick<RebateEntry, "bucket_from" | "bucket_to">) {
  if (!entry.bucket_from && entry.bucket_to) return 1
  if (entry.bucket_from && !entry.bucket_to) return -1
  return 0
}

const SignedAmount = ({ entry }: { entry: RebateEntry }) => {
  const format = useFormat()
  const sign = entrySign(entry)
  const text = format.money(Math.abs(entry.amount), entry.currency_code)
  return (
    <span
      className={clx(
        "tabular-nums",
        sign > 0 && "text-ui-tag-green-text",
        sign < 0 && "text-ui-tag-red-text",
        !sign && "text-ui-fg-subtle"
      )}
      data-value={sign * entry.amount}
    >
      {sign > 0 ? "+" : sign < 0 ? "−" : ""}
      {text}
    </span>
  )
}

type Lookups = {
  orders: Map<string, OrderRow>
  campaigns: Map<string, CampaignRow>
  users: Map<string, UserRow>
  customers: Map<string, UserRow>
}

function useColumns(lookups: Lookups) {
  const { t } = useTranslation()
  const format = useFormat()
  const bucket = (b: string | null) =>
    b ? t(`rebates.balances.${b}`, { defaultValue: b }) : t("rebates.accounts.ledger.outside")
  const actor = (e: RebateEntry) => {
    if (!e.actor_type || !e.actor_id) return t("rebates.accounts.ledger.system")
    const person =
      e.actor_type === "customer"
        ? lookups.customers.get(e.actor_id)
        : lookups.users.get(e.actor_id)
    return person ? contactName(person, e.actor_id) : e.actor_id
  }
  return [
    column.accessor("type", {
      header: t("rebates.fields.type"),
      cell: ({ getValue }) => (
        <Badge size="2xsmall" color={getValue() === "adjust" ? "blue" : "grey"}>
          {t(`rebates.accounts.entryTypes.${getValue()}`, { defaultValue: getValue() })}
        </Badge>
      ),
    }),
    column.display({
      id: "buckets",
      header: t("rebates.accounts.ledger.buckets"),
      cell: ({ row }) => (
        <span className="text-ui-fg-subtle">
          {bucket(row.original.bucket_from)} → {bucket(row.original.bucket_to)}
        </span>
      ),
      size: 200,
    }),
    column.accessor("amount", {
      header: t("rebates.fields.amount"),
      cell: ({ row }) => <SignedAmount entry={row.original} />,
      align: "right",
    }),
    column.accessor("order_id", {
      header: t("rebates.fields.order"),
      cell: ({ getValue }) => {
        const id = getValue()
        if (!id) return <span className="text-ui-fg-muted">-</span>
        return <OrderLink id={id} order={lookups.orders.get(id)} />
      },
    }),
    column.accessor("campaign_id", {
      header: t("rebates.fields.campaign"),
      cell: ({ getValue }) => {
        const id = getValue()
        return id ? (lookups.campaigns.get(id)?.name ?? id) : "-"
      },
    }),
    column.accessor("reason", {
      header: t("rebates.fields.reason"),
      cell: ({ getValue }) => getValue() || "-",
      size: 200,
    }),
    column.display({
      id: "actor",
      header: t("rebates.accounts.ledger.actor"),
      cell: ({ row }) => actor(row.original),
    }),
    column.accessor("created_at", {
      header: t("rebates.fields.date"),
      cell: ({ getValue }) => format.date(getValue(), true),
    }),
  ]
}

/** The account's ledger lines, newest first, filtered by type and period. */
export const LedgerSection = ({ account }: { account: RebateAccount }) => {
  const { t } = useTranslation()
  const state = useTableState({ prefix: "ledger", pageSize: PAGE_SIZE })
  const period = usePeriodFilter<RebateEntry>(t("rebates.accounts.ledger.period"))
  const filters = useMemo(
    () => [
      multiselectFilter<RebateEntry>(
        "type",
        t("rebates.fields.type"),
        ENTRY_TYPES.map((type) => ({
          label: t(`rebates.accounts.entryTypes.${type}`),
          value: type,
        }))
      ),
      period,
    ],
    [t, period]
  )
  const { data, isLoading, error, refetch } = useRebateEntries(account.id, {
    offset: state.offset,
    limit: state.limit,
    type: selectedValues(state.filtering.type),
    ...dateQuery("created_at", state.filtering.created_at),
  })
  const entries = data?.rebate_entries ?? []
  const actorsOf = (type: string) =>
    entries.filter((e) => e.actor_type === type).map((e) => e.actor_id)
  const orders = useLookup<OrderRow>(
    "order",
    entries.map((e) => e.order_id)
  )
  const campaigns = useLookup<CampaignRow>(
    "campaign",
    entries.map((e) => e.campaign_id)
  )
  const users = useLookup<UserRow>("user", actorsOf("user"))
  const customers = useLookup<UserRow>("customer", actorsOf("customer"))
  const columns = useColumns({ orders, campaigns, users, customers })
  return (
    <ListSection
      rows={entries}
      count={data?.count}
      columns={columns}
      filters={filters}
      isLoading={isLoading}
      state={state.table}
      heading={t("rebates.accounts.ledger.title")}
      subheading={t("rebates.accounts.ledger.subtitle")}
      testId="rebate-ledger-table"
      error={error}
      onRetry={() => refetch()}
      empty={{
        heading: t("rebates.accounts.ledger.empty"),
        description: t("rebates.accounts.ledger.emptyHint"),
      }}
    />
  )
}
