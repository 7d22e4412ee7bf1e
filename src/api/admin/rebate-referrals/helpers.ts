import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { contactsOf, earningsView, statsView } from "../../../referrals/promoter-view"

export async function requireCustomer(container: MedusaContainer, id: string) {
  const contact = (await contactsOf(container, [id])).get(id)
  if (!contact) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${id} was not found`)
  return contact
}

/**
 * A customer's place in the referral tree as an admin sees it (unmasked): codes, inviter and
 * binding, invitees at level 1 and 2 with their contribution, stats, and the binding's audit trail.
 */
export async function referralTree(container: MedusaContainer, customerId: string) {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const [codes, binding, invitees, stats, audit] = await Promise.all([
    rebate.listRebateReferralCodes({ customer_id: customerId }, { order: { created_at: "ASC" } }),
    rebate.bindingOf(customerId),
    rebate.listReferralInvitees(customerId),
    rebate.referralStats(customerId),
    rebate.listRebateReferralAudits(
      { invitee_id: customerId },
      { order: { created_at: "DESC" }, take: 100 }
    ),
  ])
  const contacts = await contactsOf(container, [
    customerId,
    ...(binding?.inviter_id ? [binding.inviter_id] : []),
    ...invitees.map((i) => i.customer_id),
  ])
  return {
    customer_id: customerId,
    code: codes.find((c) => c.is_primary)?.code ?? null,
    codes: codes.map((c) => ({ code: c.code, kind: c.kind, is_primary: c.is_primary })),
    binding: binding && {
      inviter_id: binding.inviter_id,
      inviter: binding.inviter_id ? (contacts.get(binding.inviter_id) ?? null) : null,
      code: binding.code,
      source: binding.source,
      bound_at: binding.bound_at,
      expires_at: binding.expires_at,
    },
    invitees: invitees.map((i) => ({
      level: i.level,
      customer: contacts.get(i.customer_id) ?? { id: i.customer_id },
      inviter_id: i.inviter_id,
      bound_at: i.bound_at,
      contribution: earningsView(i.earnings),
    })),
    stats: statsView(stats),
    audit: audit.map((a) => ({
      id: a.id,
      action: a.action,
      from_inviter_id: a.from_inviter_id,
      to_inviter_id: a.to_inviter_id,
      actor_type: a.actor_type,
      actor_id: a.actor_id,
      reason: a.reason,
      created_at: a.created_at,
    })),
  }
}
