import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"
import { contactsOf } from "../../../../referrals/promoter-view"
import { safeCell } from "../../../../reports/csv-cells"
import { destinationText } from "../../../utils/withdrawal-view"
import { withdrawalFilters } from "../helpers"
import type { AdminExportRebateWithdrawalsParamsType } from "../validators"

const COLUMNS = [
  "id",
  "requested_at",
  "customer_email",
  "customer_name",
  "currency_code",
  "amount",
  "provider_id",
  "destination",
  "status",
  "approvals",
  "reference",
] as const

/** Withdrawals in one export, at most: a payout batch is made per day or per status. */
const MAX_ROWS = 10_000

/**
 * GET /admin/rebate-withdrawals/export?format=csv — the payout batch for those who pay by hand:
 * one row per withdrawal of the filters (e.g. `status=approved`), oldest first, with the
 * destination in full as the provider formats it. Written with csv-stringify (RFC 4180 quoting);
 * a cell that a spreadsheet would run as a formula is prefixed with a quote.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminExportRebateWithdrawalsParamsType>,
  res: MedusaResponse
) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const { format: _format, ...filters } = req.validatedQuery
  const rows = await rebate.listRebateWithdrawals(await withdrawalFilters(req.scope, filters), {
    order: { created_at: "ASC", id: "ASC" },
    take: MAX_ROWS,
  })
  const contacts = await contactsOf(
    req.scope,
    rows.map((r) => r.customer_id)
  )
  const records = rows.map((w) => {
    const contact = contacts.get(w.customer_id)
    return [
      w.id,
      new Date(w.created_at).toISOString(),
      contact?.email ?? "",
      [contact?.first_name, contact?.last_name].filter(Boolean).join(" "),
      w.currency_code.toUpperCase(),
      MathBN.convert(w.amount as never).toFixed(),
      w.provider_id,
      destinationText(rebate, w.provider_id, w.destination as Record<string, unknown>, {
        full: true,
      }),
      w.status,
      `${(w.approvals as unknown as unknown[]).length}/${w.approvals_required}`,
      w.reference ?? "",
    ].map(safeCell)
  })
  const csv = stringify([[...COLUMNS], ...records])
  const day = new Date().toISOString().slice(0, 10)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="rebate-withdrawals-${day}.csv"`)
  res.setHeader("cache-control", "no-store")
  res.status(200).send(csv)
}
