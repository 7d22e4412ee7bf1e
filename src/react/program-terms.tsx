import type { StoreRebateProgram } from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import { moneyList } from "./referral-parts"
import { ResourceStatus } from "./status"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"

const isLink = (text: string) => /^https?:\/\/\S+$/i.test(text.trim())

/** Props of `RebateProgramTermsView`. */
export type RebateProgramTermsViewProps = { program: StoreRebateProgram; className?: string }

/**
 * The program's rules in plain words: the settlement window, the attribution window, referral
 * levels, the minimum withdrawal, expiry, and the store's own terms (a link, or their text).
 */
export function RebateProgramTermsView({ program, className }: RebateProgramTermsViewProps) {
  const i18n = useRebatesI18n()
  const { t, days, count } = i18n
  const terms = program.terms?.trim()
  return (
    <section className={cx("mr-rebate-program-terms", className)}>
      <h2 className="mr-rebate-program-terms__title">{t("terms.title")}</h2>
      <ul className="mr-rebate-program-terms__rules">
        <li data-rule="settlement">
          {t("terms.settlement", { days: days(program.settlement_window_days) })}
        </li>
        <li data-rule="returns">{t("terms.returns")}</li>
        <li data-rule="attribution">
          {t("terms.attribution", { days: days(program.attribution_window_days) })}
        </li>
        {program.levels > 0 && (
          <li data-rule="levels">{t("terms.levels", { levels: count(program.levels) })}</li>
        )}
        <li data-rule="min-withdrawal">
          {program.min_withdrawal.length
            ? t("terms.minWithdrawal", { amounts: moneyList(program.min_withdrawal, i18n) })
            : t("terms.noMinimum")}
        </li>
        <li data-rule="expiry">
          {program.expiry
            ? t("terms.expiry", { days: days(program.expiry.days) })
            : t("terms.noExpiry")}
        </li>
      </ul>
      {terms &&
        (isLink(terms) ? (
          <p className="mr-rebate-program-terms__link">
            <a href={terms} target="_blank" rel="noopener noreferrer">
              {t("terms.full")}
            </a>
          </p>
        ) : (
          <div className="mr-rebate-program-terms__text">
            {/* The store's own text, as text: paragraphs at blank lines, never markup. */}
            {terms.split(/\n\s*\n/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        ))}
    </section>
  )
}

/** The program's rules (`GET /store/rebates/program`). */
export function useRebateProgram(): RebatesResource<StoreRebateProgram> {
  return useRebatesData("program", (client, signal) => client.program({ signal }))
}

/** Props of `RebateProgramTerms`. */
export type RebateProgramTermsProps = { className?: string }

/** The program's terms page, loaded from the store: what shoppers agree to. */
export function RebateProgramTerms({ className }: RebateProgramTermsProps) {
  const { t } = useRebatesI18n()
  const program = useRebateProgram()
  if (!program.data) {
    return (
      <section className={cx("mr-rebate-program-terms", className)} aria-busy={program.loading}>
        <h2 className="mr-rebate-program-terms__title">{t("terms.title")}</h2>
        <ResourceStatus resource={program} />
      </section>
    )
  }
  return <RebateProgramTermsView program={program.data} className={className} />
}
