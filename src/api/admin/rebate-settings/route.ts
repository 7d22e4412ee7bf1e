import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  REBATE_MODULE,
  type RebateModuleService,
  type SettingsState,
} from "../../../modules/rebate"
import { updateRebateSettingsWorkflow } from "../../../workflows/settings"
import type { AdminPostRebateSettingsType } from "./validators"

const view = ({ settings, defaults, overridden }: SettingsState) => ({
  rebate_settings: settings,
  defaults,
  overridden,
})

/**
 * GET /admin/rebate-settings — the program settings in force, the plugin options' defaults and
 * which keys the merchant has overridden.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  res.json(view(await rebate.retrieveSettingsState()))
}

/**
 * POST /admin/rebate-settings — sets some settings and (`reset: [keys]`) puts others back to the
 * default. Only keys whose value really changes are written, each with an audit row naming the
 * admin; an update that changes nothing writes nothing. Applies at once everywhere.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminPostRebateSettingsType>,
  res: MedusaResponse
) {
  const { values, reset } = req.validatedBody
  const { result } = await updateRebateSettingsWorkflow(req.scope).run({
    input: {
      values,
      reset,
      actor_type: req.auth_context.actor_type,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json(view(result))
}
