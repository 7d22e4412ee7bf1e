export const defaultAdminRebateSyncFailureFields = [
  "id",
  "order_id",
  "source",
  "error",
  "attempts",
  "first_failed_at",
  "last_failed_at",
  "next_retry_at",
  "resolved_at",
]

export const listRebateSyncFailuresQueryConfig = {
  defaults: defaultAdminRebateSyncFailureFields,
  isList: true,
  defaultLimit: 20,
  entity: "rebate_sync_failure",
}
