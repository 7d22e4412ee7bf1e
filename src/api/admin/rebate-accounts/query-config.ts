import { BALANCE_FIELDS } from "../../utils/balances"

export const defaultAdminRebateAccountFields = [
  "id",
  "customer_id",
  "currency_code",
  ...BALANCE_FIELDS,
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveRebateAccountQueryConfig = {
  defaults: defaultAdminRebateAccountFields,
  isList: false,
  entity: "rebate_account",
}

export const listRebateAccountsQueryConfig = {
  ...retrieveRebateAccountQueryConfig,
  isList: true,
  defaultLimit: 20,
}

export const defaultAdminRebateEntryFields = [
  "id",
  "account_id",
  "customer_id",
  "currency_code",
  "type",
  "bucket_from",
  "bucket_to",
  "amount",
  "earned_delta",
  "idempotency_key",
  "pending_id",
  "reversal_of_id",
  "order_id",
  "reward_id",
  "campaign_id",
  "withdrawal_id",
  "reason",
  "actor_type",
  "actor_id",
  "metadata",
  "created_at",
]

export const listRebateEntriesQueryConfig = {
  defaults: defaultAdminRebateEntryFields,
  isList: true,
  defaultLimit: 50,
  entity: "rebate_ledger_entry",
}
