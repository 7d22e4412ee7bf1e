import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RebateModuleService } from "../modules/rebate"
import { contactsOf } from "../referrals/promoter-view"
import type { ReconciliationRecord } from "./reconciliation-csv"

type Row = Awaited<ReturnType<RebateModuleService["listReconciliationRows"]>>[number]

/** Orders' display ids, in one query (Medusa's orders are read through Query, never its tables). */
async function displayIds(container: MedusaContainer, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map<string, number>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id"],
    filters: { id: unique },
  })
  return new Map(data.map((o) => [o.id as string, o.display_id as number]))
}

/**
 * A page of reconciliation rows as the file's records: the module's row (entry, campaign,
 * payout, redemption) with the customer's e-mail and the order's display id from Medusa, each
 * read once per page.
 */
export async function reconciliationRecords(
  container: MedusaContainer,
  rows: Row[]
): Promise<ReconciliationRecord[]> {
  const [orders, contacts] = await Promise.all([
    displayIds(
      container,
      rows.map((r) => r.order_id ?? "")
    ),
    contactsOf(
      container,
      rows.map((r) => r.customer_id)
    ),
  ])
  return rows.map(({ cursor_at: _cursor, ...row }) => ({
    ...row,
    customer_email: contacts.get(row.customer_id)?.email ?? null,
    order_display_id: row.order_id ? (orders.get(row.order_id) ?? null) : null,
  }))
}
