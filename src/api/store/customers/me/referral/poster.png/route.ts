import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderPoster } from "../../../../../../referrals/poster"
import type { StoreGetReferralPosterParamsType } from "../../../../rebates/referral-validators"
import { currentPromoter } from "../promoter"

/**
 * GET /store/customers/me/referral/poster.png — a share poster (store name, optional product,
 * QR code, code) rendered on the server, at the size the store configured. The product shows
 * only when published in a sales channel of the request's publishable key.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetReferralPosterParamsType>,
  res: MedusaResponse
) {
  const { product_id, currency_code, url } = req.validatedQuery
  const { settings, code, link } = await currentPromoter(req, url)
  const { png } = await renderPoster(req.scope, settings, {
    code,
    link,
    product_id,
    currency_code,
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
  })
  res.setHeader("content-type", "image/png")
  res.setHeader("cache-control", "private, max-age=300")
  res.send(png)
}
