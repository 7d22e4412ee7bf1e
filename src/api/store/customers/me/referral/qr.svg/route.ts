import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { qrSvg } from "../../../../../../referrals/qr"
import type { StoreGetReferralParamsType } from "../../../../rebates/referral-validators"
import { currentPromoter } from "../promoter"

/** GET /store/customers/me/referral/qr.svg — the tracking link as a QR code. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetReferralParamsType>,
  res: MedusaResponse
) {
  const { link } = await currentPromoter(req, req.validatedQuery.url)
  res.setHeader("content-type", "image/svg+xml; charset=utf-8")
  res.setHeader("cache-control", "private, max-age=300")
  res.send(await qrSvg(link))
}
