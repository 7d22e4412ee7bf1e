/**
 * One word for what an order earned its buyer: `processing` until the plugin has recorded the
 * order (its `order.placed` is still on its way), `none` when nothing was earned, the rewards'
 * common status, or `mixed` when they differ (some settled, some clawed back).
 */
export function orderRebateStatus(recorded: boolean, rewards: { status: string }[]) {
  if (!recorded) return "processing"
  const statuses = [...new Set(rewards.map((r) => r.status))]
  if (!statuses.length) return "none"
  return statuses.length === 1 ? statuses[0] : "mixed"
}
