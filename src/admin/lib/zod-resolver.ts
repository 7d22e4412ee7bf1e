import type { FieldErrors, FieldValues, ResolverResult } from "react-hook-form"
import type { z } from "zod"

/**
 * react-hook-form's resolver for a zod schema. Our own rather than `@hookform/resolvers`: that
 * package declares ajv, arktype and a dozen other validators as peers, and in a store whose admin
 * already has another version of it npm nests ours and leaves those peers extraneous (seen in the
 * smoke host on Medusa 2.18).
 */
export function zodResolver<TInput extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput, TInput>
) {
  return async (values: TInput): Promise<ResolverResult<TInput, TOutput>> => {
    const result = await schema.safeParseAsync(values)
    if (result.success) return { values: result.data, errors: {} }
    const errors: Record<string, unknown> = {}
    for (const issue of result.error.issues) {
      let node = errors
      const path = issue.path.map(String)
      path.forEach((key, i) => {
        if (i === path.length - 1) {
          node[key] ??= { type: issue.code, message: issue.message }
        } else {
          node = (node[key] ??= {}) as Record<string, unknown>
        }
      })
      if (!path.length) errors.root ??= { type: issue.code, message: issue.message }
    }
    return { values: {}, errors: errors as FieldErrors<TInput> }
  }
}
