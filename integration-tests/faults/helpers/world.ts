import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { REBATE_MODULE, type RebateModuleService } from "../../../src/modules/rebate"
import { invalidateActiveCampaigns } from "../../../src/evaluation/cache/active-campaigns"
import { adminHeaders } from "../../http/helpers/auth"
import { eventually } from "../../http/helpers/eventually"
import { placeOrder, prepareCart } from "../../http/helpers/orders"
import { createLoggedInCustomer, createStoreFixtures } from "../../http/helpers/store-fixtures"

type Headers = Record<string, string>

export const BANK = {
  method: "bank_transfer",
  account_name: "Ada Buyer",
  account: "DE89370400440532013000",
}

/**
 * Who calls the routes in the fault suites — a guest, customers A and B, an admin (bearer) and a
 * secret API key (Basic auth, created over HTTP as an admin would) — and what customer A owns: a
 * funded account, an order with rewards, a cart, a withdrawal. B owns nothing of A's: what B sees
 * must never name A's ids.
 */
export async function createWorld(container: MedusaContainer, api: AxiosInstance) {
  await invalidateActiveCampaigns(container)
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const store = await createStoreFixtures(container, { shipping: true })
  const admin = await adminHeaders(container, "faults-admin@test.dev")
  const a = await createLoggedInCustomer(container, "a@faults.test")
  const b = await createLoggedInCustomer(container, "b@faults.test")
  const {
    data: { api_key: secret },
  } = await api.post("/admin/api-keys", { title: "faults secret", type: "secret" }, admin)
  const basic = `Basic ${Buffer.from(`${secret.token}:`).toString("base64")}`

  const { data: campaign } = await api.post(
    "/admin/rebate-campaigns",
    { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 } },
    admin
  )
  const accrued = await rebate.accrue({
    customer_id: a.customer.id,
    currency_code: "usd",
    amount: 100,
    idempotency_key: "faults:fund:accrue",
  })
  await rebate.settle({ pending_id: accrued.id, idempotency_key: "faults:fund:settle" })

  const order = await placeOrder(container, store, {
    customer_id: a.customer.id,
    email: "a@faults.test",
    items: [{ variant_id: store.teeM.id, quantity: 2 }],
  })
  const rewards = await eventually(async () => {
    const found = await rebate.listRebateRewards({ order_id: order.id })
    if (!found.length) throw new Error(`no rewards yet for ${order.id}`)
    return found
  })
  const cartId = await prepareCart(container, store, {
    customer_id: a.customer.id,
    email: "a@faults.test",
    items: [{ variant_id: store.teeM.id, quantity: 1 }],
  })

  const headers = (extra: Headers = {}) => ({ headers: { ...store.storeHeaders, ...extra } })
  const actors = {
    guest: headers(),
    customerA: headers({ authorization: a.authorization }),
    customerB: headers({ authorization: b.authorization }),
    admin: headers(admin.headers),
    secretKey: headers({ authorization: basic }),
  }
  const { data: withdrawal } = await api.post(
    "/store/customers/me/rebate-withdrawals",
    { currency_code: "usd", amount: 5, provider_id: "manual", destination: BANK },
    actors.customerA
  )
  const [account] = await rebate.getBalances({ customer_id: a.customer.id })
  const entries = await rebate.listRebateLedgerEntries(
    { customer_id: a.customer.id },
    { select: ["id"] }
  )

  const owned = {
    customerId: a.customer.id,
    accountId: account.id,
    orderId: order.id,
    cartId,
    withdrawalId: withdrawal.rebate_withdrawal.id as string,
    campaignId: campaign.rebate_campaign.id as string,
    rewardIds: rewards.map((r) => r.id),
    entryIds: entries.map((e) => e.id),
  }
  /** Ids that belong to A alone: a response to anyone else must contain none of them. */
  const privateIdsOfA = [
    owned.customerId,
    owned.accountId,
    owned.orderId,
    owned.withdrawalId,
    ...owned.rewardIds,
    ...owned.entryIds,
  ]
  return { rebate, store, admin, a, b, actors, owned, privateIdsOfA }
}

export type World = Awaited<ReturnType<typeof createWorld>>

/**
 * A real id of the right owner (customer A's) for each path parameter, by the route it is in.
 * A route whose parameter has no entry here throws: a new route must say what it addresses.
 */
export function ownedIdFor(world: World, param: string, route: string): string {
  const { owned, store } = world
  const byPrefix: [string, string][] = [
    ["/admin/rebate-accounts/:id", owned.accountId],
    // No adjustment request exists in this world: the admin gets a 404, never a 5xx.
    ["/admin/rebate-adjustment-requests/:id", "radj_faults_missing"],
    ["/admin/rebate-campaigns/:id", owned.campaignId],
    ["/admin/rebate-orders/:order_id", owned.orderId],
    ["/admin/rebate-products/:product_id", store.tee.id],
    ["/admin/rebate-referrals/:customer_id", owned.customerId],
    ["/admin/rebate-reports/exports/:id", "rexp_faults_missing"],
    ["/admin/rebate-reviews/:id", owned.rewardIds[0]],
    ["/admin/rebate-sync-failures/:order_id", owned.orderId],
    ["/admin/rebate-withdrawals/:id", owned.withdrawalId],
    ["/store/carts/:id", owned.cartId],
    ["/store/orders/:id", owned.orderId],
  ]
  const hit = byPrefix.find(([prefix]) => route.startsWith(prefix) && prefix.endsWith(`:${param}`))
  if (!hit) throw new Error(`No id for :${param} in ${route}: add it to ownedIdFor`)
  return hit[1]
}
