import type { LedgerEntryDTO, RebateModuleService } from "../../src/modules/rebate"

/**
 * A test's read-back of ledger lines, newest first (the module itself returns entries only from
 * the operations that write them): the generated list, with amounts as the numbers the DTO has.
 */
export async function listEntries(
  rebate: RebateModuleService,
  filters: Record<string, unknown>
): Promise<[LedgerEntryDTO[], number]> {
  const [entries, count] = await rebate.listAndCountRebateLedgerEntries(
    filters as Parameters<RebateModuleService["listAndCountRebateLedgerEntries"]>[0],
    { order: { created_at: "DESC", id: "DESC" } }
  )
  const dto = entries.map((e) => ({
    ...(e as unknown as LedgerEntryDTO),
    amount: Number(e.amount),
    earned_delta: Number(e.earned_delta),
  }))
  return [dto, count]
}
