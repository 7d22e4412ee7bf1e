import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import type { RebateReferral } from "./types"

/** React-query keys of a customer's referral tree; every key starts with "rebates". */
export const referralKeys = {
  all: ["rebates", "referrals"] as const,
  detail: (customerId: string) => ["rebates", "referrals", customerId] as const,
}

/** GET /admin/rebate-referrals/:customer_id: codes, binding, invitees, stats and audit trail. */
export function useReferral(customerId: string | undefined) {
  return useQuery({
    queryKey: referralKeys.detail(customerId ?? ""),
    queryFn: () =>
      adminGet<{ rebate_referral: RebateReferral }>(`/admin/rebate-referrals/${customerId}`).then(
        (r) => r.rebate_referral
      ),
    enabled: !!customerId,
  })
}

/**
 * After a change, this customer's tree is the response; the old and new inviter's trees list
 * this customer among their invitees, so every cached tree is refreshed.
 */
function useReferralMutation<B>(customerId: string, path: "code" | "binding") {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: B) =>
      adminSend<{ rebate_referral: RebateReferral }>(
        `/admin/rebate-referrals/${customerId}/${path}`,
        { body }
      ),
    onSuccess: ({ rebate_referral }) => {
      queryClient.setQueryData(referralKeys.detail(customerId), rebate_referral)
      return queryClient.invalidateQueries({ queryKey: referralKeys.all })
    },
  })
}

/** POST /admin/rebate-referrals/:customer_id/code `{ code }` (409 when another customer has it). */
export const useSetReferralCode = (customerId: string) =>
  useReferralMutation<{ code: string }>(customerId, "code")

/** POST /admin/rebate-referrals/:customer_id/binding `{ inviter_id | null, reason }`. */
export const useChangeBinding = (customerId: string) =>
  useReferralMutation<{ inviter_id: string | null; reason: string }>(customerId, "binding")
