/** A binding as the level computation sees it. */
export type BindingFact = {
  invitee_id: string
  inviter_id: string | null
  bound_at: Date
  expires_at: Date | null
}

/** A tracking-link or code attribution of a cart. */
export type AttributionFact = { promoter_id: string; expires_at: Date }

/** Which promoter is level 1 when the buyer is bound to one inviter and the order came via another. */
export type Level1Priority = "binding" | "attribution"

export type ReferralLevels = {
  inviter_id: string | null
  bound_at: Date | null
  level1_id: string | null
  level2_id: string | null
  /** Where level 1 came from; null when nobody is. */
  level1_source: "binding" | "attribution" | null
}

/** A binding counts while it names an inviter and its validity has not run out at `at`. */
export function isBindingValid(binding: BindingFact | null | undefined, at: Date): boolean {
  return (
    !!binding?.inviter_id &&
    binding.bound_at.getTime() <= at.getTime() &&
    (!binding.expires_at || binding.expires_at.getTime() > at.getTime())
  )
}

/**
 * The promoters of one order (DESIGN.md §6). Level 1 is the buyer's inviter or the promoter the
 * order is attributed to (per `priority`); level 2 is level 1's own inviter. There is no level 3,
 * and nobody is their own promoter: the buyer is never level 1 or level 2, and level 2 is never
 * level 1 again.
 */
export function referralLevels(input: {
  buyer_id: string | null
  binding: BindingFact | null
  attribution: AttributionFact | null
  /** The binding of whoever ends up at level 1. */
  bindingOf: (customerId: string) => BindingFact | null
  priority: Level1Priority
  at: Date
}): ReferralLevels {
  const { buyer_id, at } = input
  const bound =
    isBindingValid(input.binding, at) && input.binding!.inviter_id !== buyer_id
      ? input.binding!
      : null
  const attributed =
    input.attribution &&
    input.attribution.expires_at.getTime() > at.getTime() &&
    input.attribution.promoter_id !== buyer_id
      ? input.attribution.promoter_id
      : null
  const candidates =
    input.priority === "binding"
      ? [
          [bound?.inviter_id, "binding"],
          [attributed, "attribution"],
        ]
      : [
          [attributed, "attribution"],
          [bound?.inviter_id, "binding"],
        ]
  const [level1_id, level1_source] = (candidates.find(([id]) => !!id) ?? [null, null]) as [
    string | null,
    ReferralLevels["level1_source"],
  ]
  const above = level1_id ? input.bindingOf(level1_id) : null
  const level2 =
    above &&
    isBindingValid(above, at) &&
    above.inviter_id !== buyer_id &&
    above.inviter_id !== level1_id
      ? above.inviter_id
      : null
  return {
    inviter_id: bound?.inviter_id ?? null,
    bound_at: bound?.bound_at ?? null,
    level1_id: level1_id ?? null,
    level2_id: level2,
    level1_source: level1_source ?? null,
  }
}
