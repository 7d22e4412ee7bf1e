import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { contactsOf } from "../../../referrals/promoter-view"
import { withdrawalViews } from "../../utils/withdrawal-view"
import type { AdminGetRebateWithdrawalsParamsType } from "./validators"

type Filters = Omit<AdminGetRebateWithdrawalsParamsType, "limit" | "offset" | "order" | "fields">

/** The list filters as the module's list reads them; `q` finds customers by e-mail or name. */
export async function withdrawalFilters(scope: MedusaContainer, f: Filters) {
  const where: Record<string, unknown> = {}
  if (f.status) where.status = [f.status].flat()
  if (f.currency_code) where.currency_code = f.currency_code
  if (f.provider_id) where.provider_id = f.provider_id
  if (f.created_at) where.created_at = f.created_at
  let customers = f.customer_id ? [f.customer_id].flat() : null
  if (f.q) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { q: f.q },
      pagination: { take: 200, skip: 0 },
    })
    const found = data.map((c) => c.id as string)
    customers = customers ? customers.filter((id) => found.includes(id)) : found
  }
  if (customers) where.customer_id = customers
  return where
}

/** Withdrawals with their history and their customer's contact, as the admin sees them. */
export async function adminWithdrawalViews(scope: MedusaContainer, rows: unknown[]) {
  const views = await withdrawalViews(scope, rows as never, "admin")
  const contacts = await contactsOf(
    scope,
    views.map((v) => v.customer_id)
  )
  return views.map((v) => ({ ...v, customer: contacts.get(v.customer_id) ?? null }))
}

/** One withdrawal as the admin sees it; 404 when there is none. */
export async function adminWithdrawal(scope: MedusaContainer, id: string) {
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const [row] = await rebate.listRebateWithdrawals({ id })
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Withdrawal with id: ${id} was not found`)
  }
  const [view] = await adminWithdrawalViews(scope, [row])
  return view
}
