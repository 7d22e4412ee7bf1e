import { randomInt } from "node:crypto"

/** Letters and digits a person cannot confuse when reading or typing: no 0/O, 1/I/L, U/V. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
export const GENERATED_CODE_LENGTH = 8
export const VANITY_CODE = /^[A-Z0-9]{4,32}$/

/**
 * A new promoter code: 8 characters from a 29-letter alphabet (about 5 × 10^11 codes), drawn
 * with a cryptographic generator so that codes cannot be guessed from one another.
 */
export function generateCode(length = GENERATED_CODE_LENGTH): string {
  let code = ""
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** How a typed or linked code is compared: case, spaces and dashes do not matter. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]+/g, "").toUpperCase()
}

/** Why a vanity code is refused, or null when it is acceptable. */
export function vanityCodeProblem(code: string): string | null {
  return VANITY_CODE.test(code) ? null : "a code has 4 to 32 letters A-Z or digits 0-9"
}
