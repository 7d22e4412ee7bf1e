import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateSettingsInput } from "../../../modules/rebate"
import { updateRebateSettingsStep } from "../steps/update-rebate-settings"

export const updateRebateSettingsWorkflowId = "update-rebate-settings"

/**
 * Changes the program's runtime settings (settlement window, attribution, minimum withdrawal, …)
 * or puts some back to the plugin options' defaults. Every changed key is audited with the
 * actor; a change applies at once to every order, visit and binding that follows. Rewards
 * already earned keep the settlement date they were earned with.
 *
 * @summary Update rebate settings.
 * @example
 * await updateRebateSettingsWorkflow(container).run({
 *   input: { values: { settlement_window_days: 14 }, actor_type: "user", actor_id: "user_123" },
 * })
 */
export const updateRebateSettingsWorkflow = createWorkflow(
  updateRebateSettingsWorkflowId,
  (input: UpdateSettingsInput) => new WorkflowResponse(updateRebateSettingsStep(input))
)
