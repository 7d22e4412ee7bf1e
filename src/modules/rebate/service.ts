import { MedusaService } from "@medusajs/framework/utils"
import { RebateModuleOptions, RebateProgram, resolveProgram } from "./options"

/**
 * The Rebate module's service. Generated CRUD comes from MedusaService; the ledger operations
 * that move money are added here and are the only code that writes ledger entries.
 */
class RebateModuleService extends MedusaService({}) {
  protected readonly program_: RebateProgram

  constructor(container: Record<string, unknown>, options: RebateModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    // Resolved once at boot: a bad option fails the start, not the first customer's request.
    this.program_ = resolveProgram(options)
  }

  /** The program's terms with defaults applied, as shown on the storefront. */
  getProgram(): RebateProgram {
    return this.program_
  }
}

export default RebateModuleService
