import { model } from "@medusajs/framework/utils"

/**
 * A program setting the merchant changed at run time (Admin → Settings): one row per overridden
 * key, read on every use so that a change applies at once in every process. A key without a row
 * follows the plugin options. Written only by the module's settings update, which audits it.
 */
const RebateSetting = model.define("rebate_setting", {
  key: model.text().primaryKey(),
  value: model.json().nullable(),
})

export default RebateSetting
