import { MedusaError } from "@medusajs/framework/utils"

/** A refusal the storefront can show: an HTTP-mapped Medusa error with a machine-readable code. */
export function refusal(
  type: keyof typeof MedusaError.Types,
  reason: string,
  message: string
): MedusaError {
  return new MedusaError(MedusaError.Types[type], message, reason)
}
