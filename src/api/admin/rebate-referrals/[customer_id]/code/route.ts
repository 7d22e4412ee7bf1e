import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { keepConflictMessage } from "../../../../utils/keep-conflict-message"
import { setRebateReferralCodeWorkflow } from "../../../../../workflows/referrals/workflows/set-rebate-referral-code"
import { referralTree, requireCustomer } from "../../helpers"
import type { AdminPostReferralCodeType } from "../../validators"

/**
 * POST /admin/rebate-referrals/:customer_id/code — gives the promoter a vanity code (409
 * `code_taken` when another customer has it). Their earlier codes keep attributing.
 */
export const POST = keepConflictMessage(
  async (req: AuthenticatedMedusaRequest<AdminPostReferralCodeType>, res: MedusaResponse) => {
    const customerId = req.params.customer_id
    await requireCustomer(req.scope, customerId)
    await setRebateReferralCodeWorkflow(req.scope).run({
      input: { customer_id: customerId, code: req.validatedBody.code },
    })
    res.json({ rebate_referral: await referralTree(req.scope, customerId) })
  }
)
