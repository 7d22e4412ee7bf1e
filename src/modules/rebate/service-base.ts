import type { Context, DAL } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import * as models from "./models"
import type { SqlManager } from "./repositories/manager"
import { postedDTO } from "./serialize"
import type { Posted } from "./services/ledger"
import type { VisitStore } from "./services/referrals"

const LEDGER_WRITERS = "ledger operations (accrue, settle, hold, adjust, ...)"
const SETTINGS_WRITER = "updateSettings, which audits every change"

/**
 * What the facade (`service.ts`) stands on: MedusaService's generated CRUD with the writers of the
 * ledger and the settings closed, and the manager and transaction plumbing its methods share.
 */
export class RebateServiceBase extends MedusaService(models) {
  /** Set by MedusaService's constructor; the decorators read it. */
  declare protected readonly baseRepository_: DAL.RepositoryService

  // The ledger's rows change only through the ledger operations. MedusaService's generated writers
  // would bypass the account lock and the idempotency key, so they are closed.
  override createRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override updateRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override deleteRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override softDeleteRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override restoreRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override createRebateAccounts = closedWriter("rebate_account")
  override updateRebateAccounts = closedWriter("rebate_account")
  override deleteRebateAccounts = closedWriter("rebate_account")
  override softDeleteRebateAccounts = closedWriter("rebate_account")
  override restoreRebateAccounts = closedWriter("rebate_account")
  // Settings change only through updateSettings, which audits each change (append-only trail).
  override createRebateSettings = closedWriter("rebate_setting", SETTINGS_WRITER)
  override updateRebateSettings = closedWriter("rebate_setting", SETTINGS_WRITER)
  override deleteRebateSettings = closedWriter("rebate_setting", SETTINGS_WRITER)
  override softDeleteRebateSettings = closedWriter("rebate_setting", SETTINGS_WRITER)
  override restoreRebateSettings = closedWriter("rebate_setting", SETTINGS_WRITER)
  override createRebateSettingChanges = closedWriter("rebate_setting_change", SETTINGS_WRITER)
  override updateRebateSettingChanges = closedWriter("rebate_setting_change", SETTINGS_WRITER)
  override deleteRebateSettingChanges = closedWriter("rebate_setting_change", SETTINGS_WRITER)
  override softDeleteRebateSettingChanges = closedWriter("rebate_setting_change", SETTINGS_WRITER)
  override restoreRebateSettingChanges = closedWriter("rebate_setting_change", SETTINGS_WRITER)

  /** One ledger operation in the caller's transaction (or a new one), serialised. */
  protected async post_(operation: (manager: SqlManager) => Promise<Posted>, ctx: Context) {
    return postedDTO(await this.transaction_(operation, ctx))
  }

  /** Runs `work` in the caller's transaction, or in a new one. */
  @InjectTransactionManager()
  protected async transaction_<R>(
    work: (manager: SqlManager) => Promise<R>,
    @MedusaContext() ctx: Context = {}
  ) {
    return work(this.manager(ctx))
  }

  /** The visits' generated CRUD in this context, for services/referrals.ts. */
  protected visits_(ctx: Context): VisitStore<VisitDTO> {
    return {
      retrieve: (id) => this.retrieveRebateReferralVisit(id, {}, ctx),
      list: (filter) => this.listRebateReferralVisits(filter, {}, ctx),
      create: (data) => this.createRebateReferralVisits(data, ctx),
    }
  }

  /** The manager (or transaction) the decorators put in `ctx`; refused without one. */
  protected manager(ctx: Context): SqlManager {
    const manager = (ctx.transactionManager ?? ctx.manager) as SqlManager | undefined
    if (!manager) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The rebate ledger needs a database manager"
      )
    }
    return manager
  }
}

type VisitDTO = Awaited<ReturnType<RebateServiceBase["retrieveRebateReferralVisit"]>>

/** A generated writer refused: the table is written only `by` the named operations. */
export function closedWriter(table: string, by = LEDGER_WRITERS) {
  return async (..._args: unknown[]): Promise<never> => {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${table} rows are written only by ${by}`)
  }
}
