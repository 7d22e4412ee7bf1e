import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The ledger as a comparable value: how many entries there are and every account's balances
 * (amounts as the stored decimal strings, so nothing is lost to floats).
 */
export async function ledgerSnapshot(container: MedusaContainer) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ rows: count }, { rows: accounts }] = await Promise.all([
    pg.raw(`select count(*)::int as entries from rebate_ledger_entry`),
    pg.raw(
      `select id, pending::text, available::text, held::text, paid_out::text, redeemed::text,
              expired::text, lifetime_earned::text
         from rebate_account order by id`
    ),
  ])
  return { entries: count[0].entries as number, accounts }
}

/** POST /admin/rebate-ledger/verify: every balance equals the sums of its entries. */
export async function expectNoDrift(api: AxiosInstance, admin: object) {
  const { data } = await api.post("/admin/rebate-ledger/verify", {}, admin)
  expect(data.rebate_ledger_verification).toMatchObject({ ok: true, drift: [] })
  return data.rebate_ledger_verification as { accounts_checked: number }
}
