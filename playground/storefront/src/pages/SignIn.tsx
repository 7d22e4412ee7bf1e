import { useState, type FormEvent } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { Field } from "../components/Field"
import { ErrorNote } from "../components/Status"
import { useI18n } from "../i18n"
import { errorMessage } from "../medusa"
import { nextPath } from "../next-path"
import { useCustomer } from "../state/customer"

export function SignInPage() {
  const { t } = useI18n()
  const { login } = useCustomer()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await login(email, password)
      navigate(nextPath(search))
    } catch (err) {
      setError(t("signIn.failed", { message: errorMessage(err) }))
      setBusy(false)
    }
  }

  return (
    <div className="narrow">
      <h1>{t("signIn.title")}</h1>
      <form className="panel form" onSubmit={submit}>
        {error && <ErrorNote text={error} />}
        <Field
          label={t("common.email")}
          name="email"
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          data-testid="sign-in-email"
        />
        <Field
          label={t("common.password")}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="sign-in-password"
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={busy}
          data-testid="sign-in-submit"
        >
          {busy ? t("signIn.submitting") : t("signIn.submit")}
        </button>
        <p className="muted">
          {t("signIn.noAccount")}{" "}
          <Link to={`/register${search.toString() ? `?${search}` : ""}`} data-testid="to-register">
            {t("signIn.register")}
          </Link>
        </p>
      </form>
      <p className="notice small">{t("signIn.demoAccounts")}</p>
    </div>
  )
}
