import { textArray } from "./bind"
import type { SqlManager } from "./manager"

export type RiskHistoryInput = {
  buyer_id: string | null
  cart_id: string | null
  promoter_ids: string[]
  /** Orders placed since then count towards velocity. */
  velocity_since: Date
  /** Orders placed since then count towards new-account farming. */
  farming_since: Date
  /**
   * The order being checked and when it was placed: only orders placed before it count, and only
   * visits made by then, so a late, repeated or out-of-order delivery of its event finds the
   * same history as the first, in-order one.
   */
  order_id: string
  placed_at: Date
}

/** Orders placed before the one checked (ties broken by id, so the order is total). */
const BEFORE_THIS = "(o.placed_at, o.order_id) < (?::timestamptz, ?)"

export type RiskHistory = {
  /** Keyed IP and device hashes seen for each party: their own visits and the buyer's cart's. */
  hashes: Record<string, { ip_hashes: string[]; device_hashes: string[] }>
  /** Orders recorded since `velocity_since` (this order is not recorded yet). */
  promoter_orders: Record<string, number>
  ip_orders: Record<string, number>
  device_orders: Record<string, number>
  /** Per promoter, the buyers of their orders since `farming_since`, with the device of each. */
  promoter_buyers: Record<
    string,
    { customer_id: string; order_id: string; device_hash: string | null }[]
  >
}

const VISIT_HASH_LIMIT = 50

/**
 * What the module's own tables know for an order's risk checks (DESIGN.md §7): the hashes of the
 * buyer's and the promoters' visits, and how many orders came through each promoter, IP and
 * device lately. Read before the order is recorded.
 */
export async function riskHistory(
  manager: SqlManager,
  input: RiskHistoryInput
): Promise<RiskHistory> {
  const parties = [...new Set([input.buyer_id, ...input.promoter_ids].filter(Boolean))] as string[]
  const visits = !parties.length
    ? []
    : await manager.execute<
        { customer_id: string; ip_hash: string | null; device_hash: string | null }[]
      >(
        `select customer_id, ip_hash, device_hash from (
       select v.customer_id, v.ip_hash, v.device_hash,
              row_number() over (partition by v.customer_id order by v.created_at desc) as n
       from rebate_referral_visit v
       where v.customer_id = any(?::text[]) and v.created_at <= ? and v.deleted_at is null
     ) x where n <= ?`,
        [textArray(parties), input.placed_at, VISIT_HASH_LIMIT]
      )
  const cartVisit = input.cart_id
    ? await manager.execute<{ ip_hash: string | null; device_hash: string | null }[]>(
        `select v.ip_hash, v.device_hash from rebate_attribution a
         join rebate_referral_visit v on v.id = a.visit_id and v.deleted_at is null
         where a.cart_id = ? and a.deleted_at is null`,
        [input.cart_id]
      )
    : []
  const hashes: RiskHistory["hashes"] = {}
  const add = (id: string, ip: string | null, device: string | null) => {
    const h = (hashes[id] ??= { ip_hashes: [], device_hashes: [] })
    if (ip && !h.ip_hashes.includes(ip)) h.ip_hashes.push(ip)
    if (device && !h.device_hashes.includes(device)) h.device_hashes.push(device)
  }
  for (const v of visits) add(v.customer_id, v.ip_hash, v.device_hash)
  const buyerKey = input.buyer_id ?? "buyer"
  for (const v of cartVisit) add(buyerKey, v.ip_hash, v.device_hash)
  const buyer = hashes[buyerKey] ?? { ip_hashes: [], device_hashes: [] }

  const before = [input.placed_at, input.order_id]
  const promoted = input.promoter_ids.length > 0
  const promoterRows = !promoted
    ? []
    : await manager.execute<{ promoter_id: string; n: string }[]>(
        `select o.level1_id as promoter_id, count(*) as n from rebate_order o
     where o.level1_id = any(?::text[]) and o.placed_at >= ? and ${BEFORE_THIS}
       and o.deleted_at is null
     group by o.level1_id`,
        [textArray(input.promoter_ids), input.velocity_since, ...before]
      )
  const byHash = (column: "ip_hash" | "device_hash", values: string[]) =>
    values.length
      ? manager.execute<{ hash: string; n: string }[]>(
          `select v.${column} as hash, count(distinct o.id) as n
           from rebate_order o
           join rebate_attribution a on a.id = o.attribution_id
           join rebate_referral_visit v on v.id = a.visit_id
           where v.${column} = any(?::text[]) and o.placed_at >= ? and ${BEFORE_THIS}
             and o.deleted_at is null
           group by v.${column}`,
          [textArray(values), input.velocity_since, ...before]
        )
      : Promise.resolve([])
  const [ipRows, deviceRows] = await Promise.all([
    byHash("ip_hash", buyer.ip_hashes),
    byHash("device_hash", buyer.device_hashes),
  ])
  const buyers = !promoted
    ? []
    : await manager.execute<
        { promoter_id: string; customer_id: string; order_id: string; device_hash: string | null }[]
      >(
        `select o.level1_id as promoter_id, o.customer_id, o.order_id, v.device_hash
     from rebate_order o
     left join rebate_attribution a on a.id = o.attribution_id
     left join rebate_referral_visit v on v.id = a.visit_id
     where o.level1_id = any(?::text[]) and o.placed_at >= ? and ${BEFORE_THIS}
       and o.customer_id is not null and o.deleted_at is null
     order by o.placed_at desc limit 1000`,
        [textArray(input.promoter_ids), input.farming_since, ...before]
      )
  const counts = (
    rows: { hash?: string; promoter_id?: string; n: string }[],
    key: "hash" | "promoter_id"
  ) => Object.fromEntries(rows.map((r) => [r[key] as string, Number(r.n)]))
  const promoter_buyers: RiskHistory["promoter_buyers"] = {}
  for (const b of buyers) {
    ;(promoter_buyers[b.promoter_id] ??= []).push({
      customer_id: b.customer_id,
      order_id: b.order_id,
      device_hash: b.device_hash,
    })
  }
  return {
    hashes,
    promoter_orders: counts(promoterRows, "promoter_id"),
    ip_orders: counts(ipRows, "hash"),
    device_orders: counts(deviceRows, "hash"),
    promoter_buyers,
  }
}

/** Deletes visits older than `before` (setting visit_retention_days), in batches; returns how many. */
export async function deleteVisitsBefore(manager: SqlManager, before: Date, batch: number) {
  const rows = await manager.execute<{ id: string }[]>(
    `delete from rebate_referral_visit where id in (
       select id from rebate_referral_visit where created_at < ? order by created_at limit ?
     ) returning id`,
    [before, batch]
  )
  return rows.length
}
