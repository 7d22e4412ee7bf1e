import crypto from "node:crypto"
import { env } from "./env"
import { customerByEmail, orderWithRewards } from "./fixtures"
import { adminApi, customerToken, storeApi, type Json } from "./http"

type Who = { email: string; password: string }

type Field = { name: string; options?: { value: string }[] }

/** A plausible value for a payout destination field: its first choice, else one by its name. */
function sample({ name, options }: Field): string {
  if (options?.length) return options[0].value
  if (name === "account" || /iban/i.test(name)) return "NL91ABNA0417164300"
  if (/bic|swift/i.test(name)) return "ABNANL2A"
  if (/email/i.test(name)) return "payouts@example.com"
  if (/name|holder/i.test(name)) return "E2E Payee"
  return "000123456789"
}

/**
 * The customer's USD rebate account, with at least `atLeast` available: an order creates the
 * account when there is none, and a manual credit tops up what is available (rewards only settle
 * after the settlement window).
 */
export async function fundedAccount(who: Who = env.customers.bob, atLeast = 50): Promise<Json> {
  const customer = await customerByEmail(who.email)
  const find = async () =>
    (
      await adminApi.get("/admin/rebate-accounts", {
        customer_id: customer.id,
        currency_code: "usd",
      })
    ).rebate_accounts[0] as Json | undefined
  let account = await find()
  if (!account) {
    await orderWithRewards()
    account = await find()
  }
  if (!account) throw new Error(`${who.email} has no USD rebate account`)
  if (account.available < atLeast) {
    const { rebate_account } = await adminApi.post(
      `/admin/rebate-accounts/${account.id}/adjustments`,
      { amount: (atLeast - account.available).toFixed(2), reason: "E2E funds for withdrawals" },
      { "Idempotency-Key": crypto.randomUUID() }
    )
    account = rebate_account
  }
  return account!
}

/**
 * A withdrawal the customer requests through the store API, as the storefront's form sends it:
 * the destination filled in from the provider's own fields.
 */
export async function requestWithdrawal(
  amount: number,
  { who = env.customers.bob, provider = "manual" }: { who?: Who; provider?: string } = {}
): Promise<Json> {
  const store = storeApi(await customerToken(who))
  const { payout_providers } = await store.get("/store/rebates/payout-providers")
  const fields = (payout_providers as Json[]).find((p) => p.id === provider)?.destination_fields
  if (!fields) throw new Error(`the store offers no payout provider ${provider}`)
  const destination = Object.fromEntries((fields as Field[]).map((f) => [f.name, sample(f)]))
  const { rebate_withdrawal } = await store.post(
    "/store/customers/me/rebate-withdrawals",
    { amount, currency_code: "usd", provider_id: provider, destination },
    { "Idempotency-Key": crypto.randomUUID() }
  )
  return rebate_withdrawal
}

/** GET /admin/rebate-accounts/:id: the balances now. */
export const accountNow = async (id: string) =>
  (await adminApi.get(`/admin/rebate-accounts/${id}`)).rebate_account as Json

/** A withdrawal to show (the newest), requested by Bob when there is none yet. */
export async function someWithdrawal(): Promise<Json> {
  const { rebate_withdrawals } = await adminApi.get("/admin/rebate-withdrawals", { limit: 1 })
  if (rebate_withdrawals.length) return rebate_withdrawals[0]
  await fundedAccount(env.customers.bob, 20)
  return requestWithdrawal(12.5)
}
