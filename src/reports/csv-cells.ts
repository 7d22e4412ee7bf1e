/** A plain decimal number ("-2.7"): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula: such a cell
 * is prefixed with a quote so that it stays text (CSV injection). A plain decimal number is left
 * as it is, so that a signed amount still adds up. Every CSV the plugin writes passes its cells
 * through this.
 */
export function safeCell(value: string) {
  if (PLAIN_NUMBER.test(value)) return value
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
