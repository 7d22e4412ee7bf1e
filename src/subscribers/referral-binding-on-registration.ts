import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { bindRebateReferralWorkflow } from "../workflows/referrals/workflows/bind-rebate-referral"

/** Where a storefront passes the code at registration: `POST /store/customers { metadata }`. */
export const REGISTRATION_CODE_KEY = "referral_code"

/**
 * Registering with a code binds the new customer to its owner. A bad code does not undo the
 * registration: it is logged, and the customer can still bind from their account page.
 */
export default async function referralBindingOnRegistration({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "metadata", "created_at"],
    filters: { id: event.data.id },
  })
  const code = customer?.metadata?.[REGISTRATION_CODE_KEY]
  if (typeof code !== "string" || !code.trim()) return
  try {
    await bindRebateReferralWorkflow(container).run({
      input: {
        invitee_id: customer.id,
        code,
        source: "registration",
        at: new Date(customer.created_at as string | Date),
      },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Referral code ${code} at registration of ${customer.id} not bound: ${(error as Error).message}`
      )
  }
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.CREATED,
  context: { subscriberId: "medusa-rebates-referral-registration" },
}
