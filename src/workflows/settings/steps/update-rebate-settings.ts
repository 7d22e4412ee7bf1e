import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type RebateModuleService,
  type RebateSettingKey,
  type RebateSettings,
  type UpdateSettingsInput,
} from "../../../modules/rebate"

export const updateRebateSettingsStepId = "update-rebate-settings"

/**
 * Sets and resets runtime settings, one audit row per key that changes. The compensation puts
 * each changed key back as it was (stored value, or the default), audited as a system change:
 * the trail is append-only, so an undo is a new row, never a deleted one.
 */
export const updateRebateSettingsStep = createStep(
  updateRebateSettingsStepId,
  async (input: UpdateSettingsInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const { previous, ...result } = await rebate.updateSettings(input)
    return new StepResponse(result, previous.length ? previous : undefined)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const values: Partial<Record<RebateSettingKey, unknown>> = {}
    const reset: RebateSettingKey[] = []
    for (const { key, stored, value } of previous) {
      if (stored) values[key] = value
      else reset.push(key)
    }
    await container.resolve<RebateModuleService>(REBATE_MODULE).updateSettings({
      values: values as Partial<RebateSettings>,
      reset,
      actor_type: "system",
      actor_id: null,
    })
  }
)
