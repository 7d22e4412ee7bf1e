import { useRef, useState, type ReactNode } from "react"
import type { RebateEntriesQuery, RebateRewardsQuery } from "../storefront/client"
import type {
  StoreRebateAccount,
  StoreRebateEntry,
  StoreRebateOrderRewards,
  StoreRebatePage,
} from "../storefront/types"
import { RebateBalancesView, RebateLedgerView, RebateOrderRewardsView } from "./account-parts"
import { useReloadOnRebatesChange } from "./changes"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import { ResourceStatus } from "./status"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"
import { RebateWithdrawalForm } from "./withdrawal-form"
import { RebateWithdrawals } from "./withdrawals"

/** The logged-in customer's balances, one account per currency (again after a withdrawal). */
export function useRebateAccounts(): RebatesResource<StoreRebateAccount[]> {
  const resource = useRebatesData("accounts", (client, signal) => client.accounts({ signal }))
  useReloadOnRebatesChange(resource.reload)
  return resource
}

/** A page of the logged-in customer's rewards per order (`limit`, `offset`, filters). */
export function useRebateRewards(
  query: RebateRewardsQuery = {}
): RebatesResource<StoreRebatePage<StoreRebateOrderRewards>> {
  return useRebatesData(JSON.stringify(query), (client, signal) =>
    client.rewards(query, { signal })
  )
}

/** A page of the logged-in customer's ledger lines (`limit`, `offset`, filters). */
export function useRebateEntries(
  query: RebateEntriesQuery = {}
): RebatesResource<StoreRebatePage<StoreRebateEntry>> {
  const resource = useRebatesData(JSON.stringify(query), (client, signal) =>
    client.entries(query, { signal })
  )
  useReloadOnRebatesChange(resource.reload)
  return resource
}

/** Props of `RebateAccountView`. */
export type RebateAccountViewProps = {
  accounts: StoreRebateAccount[]
  rewards?: StoreRebatePage<StoreRebateOrderRewards>
  entries?: StoreRebatePage<StoreRebateEntry>
  onRewardsPage?: (offset: number) => void
  onEntriesPage?: (offset: number) => void
  /** Shown right below the balances (`RebateAccount` puts the withdrawal form and history here). */
  afterBalances?: ReactNode
  className?: string
}

const noop = () => {}

/** The last value that was not undefined: the page shown while the next one loads. */
function useLatest<T>(value: T | undefined): T | undefined {
  const latest = useRef(value)
  if (value !== undefined) latest.current = value
  return latest.current
}

/** The account home: balances first, then rewards per order with progress, then the ledger. */
export function RebateAccountView({
  accounts,
  rewards,
  entries,
  onRewardsPage = noop,
  onEntriesPage = noop,
  afterBalances,
  className,
}: RebateAccountViewProps) {
  const { t } = useRebatesI18n()
  return (
    <section className={cx("mr-rebate-account", className)}>
      <h2 className="mr-rebate-account__title">{t("account.title")}</h2>
      <RebateBalancesView accounts={accounts} />
      {afterBalances}
      {rewards && <RebateOrderRewardsView page={rewards} onPage={onRewardsPage} />}
      {entries && <RebateLedgerView page={entries} onPage={onEntriesPage} />}
    </section>
  )
}

/** Props of `RebateAccount`. */
export type RebateAccountProps = {
  /** Orders per page of rewards (default 10). */
  rewardsPageSize?: number
  /** Lines per page of the ledger (default 20). */
  ledgerPageSize?: number
  /** Also the withdrawal form and the withdrawal history, below the balances. */
  withdrawals?: boolean
  className?: string
}

/**
 * The customer's cashback page (needs a logged-in customer): balances, rewards per order with
 * their progress, and the paginated ledger; with `withdrawals`, the withdrawal form and history
 * below the balances.
 */
export function RebateAccount({
  rewardsPageSize = 10,
  ledgerPageSize = 20,
  withdrawals = false,
  className,
}: RebateAccountProps) {
  const { t } = useRebatesI18n()
  const [rewardsOffset, setRewardsOffset] = useState(0)
  const [entriesOffset, setEntriesOffset] = useState(0)
  const accounts = useRebateAccounts()
  const rewards = useRebateRewards({ limit: rewardsPageSize, offset: rewardsOffset })
  const entries = useRebateEntries({ limit: ledgerPageSize, offset: entriesOffset })
  const rewardsPage = useLatest(rewards.data)
  const entriesPage = useLatest(entries.data)
  if (!accounts.data) {
    return (
      <section className={cx("mr-rebate-account", className)} aria-busy={accounts.loading}>
        <h2 className="mr-rebate-account__title">{t("account.title")}</h2>
        <ResourceStatus resource={accounts} />
      </section>
    )
  }
  return (
    <>
      <RebateAccountView
        accounts={accounts.data}
        rewards={rewardsPage}
        entries={entriesPage}
        onRewardsPage={setRewardsOffset}
        onEntriesPage={setEntriesOffset}
        afterBalances={
          withdrawals && (
            <>
              <RebateWithdrawalForm />
              <RebateWithdrawals />
            </>
          )
        }
        className={className}
      />
      {(!rewardsPage || rewards.error !== undefined) && <ResourceStatus resource={rewards} />}
      {(!entriesPage || entries.error !== undefined) && <ResourceStatus resource={entries} />}
    </>
  )
}
