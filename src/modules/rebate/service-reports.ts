import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import { RebateServiceBase } from "./service-base"
import * as financeReports from "./services/finance-reports"
import type {
  CampaignReportFilterInput,
  ReconciliationPageInput,
  ReportPeriodFilter,
} from "./types/finance-reports"

/**
 * The part of the facade for the finance reports (docs/finance.md): read-only, each method one
 * read over services/finance-reports.ts. The exports' records (`rebate_report_export`) use the
 * generated CRUD: they hold no money, and the export workflow is their only writer.
 */
export class RebateReportsService extends RebateServiceBase {
  /** What the store owes now per currency: pending, available, held, total, debt, accounts. */
  @InjectManager()
  async liabilityReport(currency_code: string | null = null, @MedusaContext() ctx: Context = {}) {
    return financeReports.liabilityReport(this.manager(ctx), currency_code)
  }

  /** Rebate cost, settled, GMV driven, orders and cost ratio per campaign over a period. */
  @InjectManager()
  async campaignReport(filter: CampaignReportFilterInput, @MedusaContext() ctx: Context = {}) {
    return financeReports.campaignReport(this.manager(ctx), filter)
  }

  /** How many movements of settled money the period's reconciliation has. */
  @InjectManager()
  async countReconciliationRows(filter: ReportPeriodFilter, @MedusaContext() ctx: Context = {}) {
    return financeReports.countReconciliation(this.manager(ctx), filter)
  }

  /** One page of the reconciliation, oldest first, after the previous page's last row. */
  @InjectManager()
  async listReconciliationRows(input: ReconciliationPageInput, @MedusaContext() ctx: Context = {}) {
    return financeReports.reconciliationPage(this.manager(ctx), input)
  }
}
