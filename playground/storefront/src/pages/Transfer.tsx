import { useState, type FormEvent } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { Field } from "../components/Field"
import { ErrorNote, Loading } from "../components/Status"
import { useI18n } from "../i18n"
import { errorMessage, MEDUSA_URL, sdk } from "../medusa"
import { useCustomer } from "../state/customer"

// Served by the storefront's dev server only (demo-mailbox.ts): the playground sends no e-mail.
const MAILBOX = "/__demo/transfer-token"

/**
 * Medusa's order transfer for a guest order: the signed-in customer requests it (Medusa e-mails a
 * token to the order's address), then accepts it with the token. The plugin moves the rewards.
 */
export function TransferPage() {
  const { t } = useI18n()
  const { customer, ready } = useCustomer()
  const [search] = useSearchParams()
  const [orderId, setOrderId] = useState(search.get("order_id") ?? "")
  const [token, setToken] = useState("")
  const [step, setStep] = useState<"request" | "accept" | "done">("request")
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fetched, setFetched] = useState(false)
  const id = orderId.trim()

  const attempt = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(t("transfer.failed", { message: errorMessage(e) }))
    } finally {
      setBusy(false)
    }
  }

  const request = (e: FormEvent) => {
    e.preventDefault()
    void attempt(async () => {
      const { order } = await sdk.store.order.requestTransfer(id, {}, { fields: "id,email" })
      setSentTo(order.email ?? null)
      setStep("accept")
    })
  }

  const accept = (e: FormEvent) => {
    e.preventDefault()
    void attempt(async () => {
      await sdk.store.order.acceptTransfer(id, { token: token.trim() }, { fields: "id" })
      setStep("done")
    })
  }

  const fromMailbox = () =>
    attempt(async () => {
      const res = await fetch(`${MAILBOX}?order_id=${encodeURIComponent(id)}`)
      const body = (await res.json()) as { token?: string; message?: string }
      if (!res.ok || !body.token) throw new Error(body.message ?? `HTTP ${res.status}`)
      setToken(body.token)
      setFetched(true)
    })

  if (!ready) return <Loading />
  const next = encodeURIComponent(`/transfer${id ? `?order_id=${encodeURIComponent(id)}` : ""}`)

  return (
    <div className="narrow narrow--wide">
      <h1>{t("transfer.title")}</h1>
      <p className="lead">{t("transfer.intro")}</p>
      {error && <ErrorNote text={error} />}
      {!customer ? (
        <div className="panel">
          <p>{t("transfer.signInFirst")}</p>
          <div className="actions">
            <Link to={`/register?next=${next}`} className="button button--primary">
              {t("order.collectRegister")}
            </Link>
            <Link to={`/sign-in?next=${next}`} className="button">
              {t("signIn.submit")}
            </Link>
          </div>
        </div>
      ) : step === "done" ? (
        <div className="panel">
          <p className="notice notice--success" data-testid="transfer-done">
            {t("transfer.done")}
          </p>
          <Link to="/account" className="button button--primary" data-testid="transfer-to-account">
            {t("transfer.toAccount")}
          </Link>
        </div>
      ) : (
        <>
          <form className="panel form" onSubmit={request}>
            <Field
              label={t("transfer.orderId")}
              hint={t("transfer.orderIdHint")}
              name="order_id"
              required
              value={orderId}
              readOnly={step === "accept"}
              onChange={(e) => setOrderId(e.target.value)}
              data-testid="transfer-order-id"
            />
            {step === "request" ? (
              <button
                type="submit"
                className="button button--primary"
                disabled={busy || !id}
                data-testid="transfer-request"
              >
                {busy ? t("transfer.requesting") : t("transfer.request")}
              </button>
            ) : (
              <p className="notice notice--success" data-testid="transfer-requested">
                {sentTo
                  ? t("transfer.requested", { email: sentTo })
                  : t("transfer.requestedNoEmail")}
              </p>
            )}
          </form>
          {step === "accept" && (
            <form className="panel form" onSubmit={accept}>
              <Field
                label={t("transfer.token")}
                name="token"
                required
                autoComplete="one-time-code"
                value={token}
                onChange={(e) => setToken(e.target.value)}
                hint={fetched ? t("transfer.demoFetched") : undefined}
                data-testid="transfer-token"
              />
              <button
                type="submit"
                className="button button--primary"
                disabled={busy || !token.trim()}
                data-testid="transfer-accept"
              >
                {busy ? t("transfer.accepting") : t("transfer.accept")}
              </button>
            </form>
          )}
        </>
      )}
      <aside className="panel panel--note">
        <h2>{t("transfer.demoTitle")}</h2>
        <p>{t("transfer.demoBody")}</p>
        {customer && step === "accept" && (
          <button
            type="button"
            className="button"
            onClick={fromMailbox}
            disabled={busy}
            data-testid="transfer-demo-token"
          >
            {t("transfer.demoFetch")}
          </button>
        )}
        <p className="small">{t("transfer.demoCurl")}</p>
        <pre className="code">
          {`TOKEN=$(curl -s -X POST ${MEDUSA_URL}/auth/user/emailpass \\
  -H 'content-type: application/json' \\
  -d '{"email":"admin@medusa-rebates.test","password":"supersecret"}' | jq -r .token)
curl -s -H "authorization: Bearer $TOKEN" \\
  "${MEDUSA_URL}/admin/orders/${id || "ORDER_ID"}/changes?change_type=transfer&status=requested" \\
  | jq -r '.order_changes[].actions[].details.token'`}
        </pre>
      </aside>
    </div>
  )
}
