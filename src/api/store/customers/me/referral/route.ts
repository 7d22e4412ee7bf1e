import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shareLinks } from "../../../../../modules/rebate"
import { contactsOf, maskedContact, statsView } from "../../../../../referrals/promoter-view"
import { qrSvg } from "../../../../../referrals/qr"
import type { StoreGetReferralParamsType } from "../../../rebates/referral-validators"
import { currentPromoter } from "./promoter"

/**
 * GET /store/customers/me/referral — the promoter's toolkit: code, tracking link (for `url` on
 * the storefront, default its home page), QR code, poster URL, share links, their own inviter
 * (masked) and stats.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetReferralParamsType>,
  res: MedusaResponse
) {
  const url = req.validatedQuery.url
  const { rebate, customerId, code, link } = await currentPromoter(req, url)
  const [binding, stats, qr] = await Promise.all([
    rebate.bindingOf(customerId),
    rebate.referralStats(customerId),
    qrSvg(link),
  ])
  const inviterId = binding?.inviter_id ?? null
  const contacts = await contactsOf(req.scope, inviterId ? [inviterId] : [])
  const query = url ? `?url=${encodeURIComponent(url)}` : ""
  res.json({
    referral: {
      code,
      link,
      qr_svg: qr,
      qr_svg_url: `/store/customers/me/referral/qr.svg${query}`,
      poster_url: `/store/customers/me/referral/poster.png${query}`,
      share_links: shareLinks(link, "Shop with my code"),
      inviter: inviterId
        ? {
            ...maskedContact(contacts.get(inviterId)),
            bound_at: binding!.bound_at,
            expires_at: binding!.expires_at,
          }
        : null,
      stats: statsView(stats),
    },
  })
}
