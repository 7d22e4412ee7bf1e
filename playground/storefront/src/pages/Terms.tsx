import { RebateProgramTerms } from "medusa-rebates/react"
import { useI18n } from "../i18n"

/** The program's rules from GET /store/rebates/program: the agreement shoppers are owed. */
export function TermsPage() {
  const { t } = useI18n()
  return (
    <div className="narrow narrow--wide">
      <h1>{t("terms.title")}</h1>
      <h2 className="visually-hidden">{t("terms.howTitle")}</h2>
      <ol className="steps" aria-label={t("terms.howTitle")}>
        {(["terms.step1", "terms.step2", "terms.step3"] as const).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <section className="panel">
        <RebateProgramTerms />
      </section>
    </div>
  )
}
