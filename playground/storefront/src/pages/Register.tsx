import { useEffect, useState, type FormEvent } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { useReferralCode } from "medusa-rebates/react"
import { Field } from "../components/Field"
import { ErrorNote } from "../components/Status"
import { useI18n } from "../i18n"
import { errorMessage } from "../medusa"
import { nextPath } from "../next-path"
import { useCustomer } from "../state/customer"

/**
 * Registration with an optional referral code, prefilled from the captured `?ref=`. The code goes
 * into the new customer's metadata (`referral_code`): the plugin binds it on customer.created.
 */
export function RegisterPage() {
  const { t } = useI18n()
  const { register } = useCustomer()
  const captured = useReferralCode()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const [form, setForm] = useState({ first_name: "", last_name: "", email: "", password: "" })
  const [code, setCode] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (captured) setCode((c) => c || captured)
  }, [captured])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await register({ ...form, referral_code: code })
      navigate(nextPath(search))
    } catch (err) {
      setError(t("register.failed", { message: errorMessage(err) }))
      setBusy(false)
    }
  }

  const input = (name: keyof typeof form) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
    "data-testid": `register-${name.replace(/_/g, "-")}`,
  })

  return (
    <div className="narrow">
      <h1>{t("register.title")}</h1>
      <form className="panel form" onSubmit={submit}>
        {error && <ErrorNote text={error} />}
        <div className="form-grid">
          <Field
            label={t("common.firstName")}
            required
            autoComplete="given-name"
            {...input("first_name")}
          />
          <Field
            label={t("common.lastName")}
            required
            autoComplete="family-name"
            {...input("last_name")}
          />
        </div>
        <Field
          label={t("common.email")}
          type="email"
          required
          autoComplete="email"
          {...input("email")}
        />
        <Field
          label={t("common.password")}
          type="password"
          required
          autoComplete="new-password"
          {...input("password")}
        />
        <Field
          label={t("register.referralCode")}
          hint={t("register.referralHint")}
          name="referral_code"
          autoCapitalize="characters"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="register-referral-code"
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={busy}
          data-testid="register-submit"
        >
          {busy ? t("register.submitting") : t("register.submit")}
        </button>
        <p className="muted">
          {t("register.haveAccount")}{" "}
          <Link to={`/sign-in${search.toString() ? `?${search}` : ""}`} data-testid="to-sign-in">
            {t("signIn.submit")}
          </Link>
        </p>
      </form>
    </div>
  )
}
