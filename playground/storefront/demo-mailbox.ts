// The playground sends no e-mail. Where a real store's notification provider mails the order
// transfer token to the order's address, this dev-server-only route plays the mailbox: it reads
// the token where Medusa keeps it (the requested transfer's order change action, details.token)
// through the admin API with the playground's admin login, and prints it in the terminal too.
import type { IncomingMessage, ServerResponse } from "node:http"
import type { Plugin } from "vite"
import { playgroundAdmin } from "../demo-data"

type OrderChange = {
  id: string
  change_type: string
  status: string
  requested_at?: string | null
  actions?: { action: string; details?: { token?: string; original_email?: string } }[]
}

export const MAILBOX_PATH = "/__demo/transfer-token"

/** Vite plugin (dev server only): GET /__demo/transfer-token?order_id=… -> { token, email }. */
export function demoMailbox(): Plugin {
  return {
    name: "medusa-rebates-demo-mailbox",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use(MAILBOX_PATH, (req, res) => {
        void answer(req, res, (line) => server.config.logger.info(line, { timestamp: true }))
      })
    },
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, log: (line: string) => void) {
  const orderId = new URL(req.url ?? "", "http://localhost").searchParams.get("order_id")?.trim()
  if (!orderId) return send(res, 400, { message: "order_id is required" })
  try {
    const change = await requestedTransfer(orderId)
    const action = change?.actions?.find((a) => a.action === "TRANSFER_CUSTOMER")
    if (!action?.details?.token) {
      return send(res, 404, { message: `No transfer request is open for order ${orderId}` })
    }
    log(`[demo mailbox] transfer token for ${orderId}: ${action.details.token}`)
    send(res, 200, {
      token: action.details.token,
      email: action.details.original_email ?? null,
      requested_at: change?.requested_at ?? null,
    })
  } catch (error) {
    send(res, 502, { message: (error as Error).message })
  }
}

async function requestedTransfer(orderId: string): Promise<OrderChange | undefined> {
  const medusa = (process.env.VITE_MEDUSA_URL || "http://localhost:9000").replace(/\/+$/, "")
  const admin = playgroundAdmin()
  const login = await fetch(`${medusa}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  if (!login.ok) throw new Error(`admin login failed (${login.status})`)
  const { token } = (await login.json()) as { token: string }
  const query =
    "change_type=transfer&status=requested&fields=id,change_type,status,requested_at,*actions"
  const changes = await fetch(
    `${medusa}/admin/orders/${encodeURIComponent(orderId)}/changes?${query}`,
    { headers: { authorization: `Bearer ${token}` } }
  )
  if (changes.status === 404) return undefined
  if (!changes.ok) throw new Error(`admin order changes answered ${changes.status}`)
  const { order_changes } = (await changes.json()) as { order_changes: OrderChange[] }
  // The latest request is the one whose token the customer was sent.
  return order_changes.sort((a, b) => (b.requested_at ?? "").localeCompare(a.requested_at ?? ""))[0]
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status
  res.setHeader("content-type", "application/json")
  res.setHeader("cache-control", "no-store")
  res.end(JSON.stringify(body))
}
