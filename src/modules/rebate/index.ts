import { Module } from "@medusajs/framework/utils"
import RebateModuleService from "./service"

export const REBATE_MODULE = "rebate"

export default Module(REBATE_MODULE, {
  service: RebateModuleService,
})

export type { RebateModuleOptions, RebateProgram } from "./options"
export { RebateModuleService }
export { RebateEvents } from "./events"
export type { RebateAccruedEvent, RebateReversedEvent, RebateSettledEvent } from "./events"
