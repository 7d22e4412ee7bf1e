import { useEffect, useState } from "react"
import type {
  StoreRebateMoney,
  StoreReferral,
  StoreReferralInvitee,
  StoreReferralShareNetwork,
} from "../storefront/types"
import { useRebatesI18n } from "./context"
import type { RebatesI18n } from "./i18n"

/** The share targets in the order the buttons show them. */
export const SHARE_NETWORKS: StoreReferralShareNetwork[] = [
  "whatsapp",
  "facebook",
  "x",
  "telegram",
  "line",
  "weibo",
  "linkedin",
  "email",
]

/** Amounts in several currencies as one text ("$1.00, €2.00"); "—" when there are none. */
export function moneyList(list: StoreRebateMoney[], i18n: Pick<RebatesI18n, "amount">): string {
  return list.length ? list.map((m) => i18n.amount(m.amount, m.currency_code)).join(", ") : "—"
}

/** The link in a read-only field with a copy button ("Copied" for a moment after). */
export function ReferralLink({ link }: { link: string }) {
  const { t } = useRebatesI18n()
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle")
  useEffect(() => {
    if (copy === "idle") return
    const timer = setTimeout(() => setCopy("idle"), 2500)
    return () => clearTimeout(timer)
  }, [copy])
  const onCopy = () => {
    const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined
    if (!clipboard) return setCopy("failed")
    clipboard.writeText(link).then(
      () => setCopy("copied"),
      () => setCopy("failed")
    )
  }
  return (
    <div className="mr-referral-center__link">
      <label>
        <span className="mr-referral-center__link-label">{t("referral.link")}</span>{" "}
        <input
          className="mr-referral-center__link-input"
          type="url"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>{" "}
      <button type="button" className="mr-referral-center__copy" onClick={onCopy}>
        {t("referral.copy")}
      </button>{" "}
      <span className="mr-referral-center__copy-status" role="status" data-state={copy}>
        {copy === "copied"
          ? t("referral.copied")
          : copy === "failed"
            ? t("referral.copyFailed")
            : ""}
      </span>
    </div>
  )
}

/** Share buttons: the device's share sheet when it has one, and a link per network. */
export function ReferralShare({ referral }: { referral: StoreReferral }) {
  const { t } = useRebatesI18n()
  // Detected after mount: the server render has no navigator, and both renders must agree.
  const [canShare, setCanShare] = useState(false)
  useEffect(() => setCanShare(typeof navigator !== "undefined" && !!navigator.share), [])
  const share = () =>
    navigator
      .share({ title: t("referral.shareText"), text: t("referral.shareText"), url: referral.link })
      .catch(() => {}) // dismissed by the shopper: nothing to report
  return (
    <div className="mr-referral-center__share" role="group" aria-label={t("referral.share")}>
      {canShare && (
        <button type="button" className="mr-referral-center__share-native" onClick={share}>
          {t("referral.share")}
        </button>
      )}
      <ul className="mr-referral-center__share-links">
        {SHARE_NETWORKS.filter((n) => referral.share_links[n]).map((n) => (
          <li key={n}>
            <a
              className="mr-referral-center__share-link"
              data-network={n}
              href={referral.share_links[n]}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t("referral.shareOn", { network: t(`network.${n}`) })}
            >
              {t(`network.${n}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The promoter's figures: invitees at both levels, orders, earnings on their way and available. */
export function ReferralStats({ stats }: { stats: StoreReferral["stats"] }) {
  const i18n = useRebatesI18n()
  const { t, count } = i18n
  const row = (label: string, value: string, testId?: string, part?: string, raw?: number) => (
    <div className={`mr-referral-center__stat mr-referral-center__stat--${part}`}>
      <dt>{label}</dt>
      <dd data-testid={testId} data-value={raw}>
        {value}
      </dd>
    </div>
  )
  return (
    <section className="mr-referral-center__stats" aria-live="polite">
      <h3>{t("referral.stats")}</h3>
      <dl>
        {row(
          t("referral.invitees"),
          count(stats.invitees),
          "referral-invitees",
          "invitees",
          stats.invitees
        )}
        {row(t("referral.level2Invitees"), count(stats.level2_invitees), undefined, "level2")}
        {row(t("referral.orders"), count(stats.orders), "referral-orders", "orders", stats.orders)}
        {row(t("referral.pending"), moneyList(stats.pending_amount, i18n), undefined, "pending")}
        {row(t("referral.settled"), moneyList(stats.settled_amount, i18n), undefined, "settled")}
      </dl>
    </section>
  )
}

/** Invitees, masked, with their level, when they joined and what they contributed. */
export function ReferralInvitees({ invitees }: { invitees: StoreReferralInvitee[] }) {
  const i18n = useRebatesI18n()
  const { t, date } = i18n
  return (
    <section className="mr-referral-center__invitees">
      <h3>{t("referral.inviteesTitle")}</h3>
      {invitees.length === 0 ? (
        <p className="mr-referral-center__invitees-empty">{t("referral.noInvitees")}</p>
      ) : (
        <ul>
          {invitees.map((i, index) => (
            <li key={index} className="mr-referral-center__invitee" data-level={i.level}>
              <span className="mr-referral-center__invitee-level">
                {t(i.level === 1 ? "referral.level1" : "referral.level2")}
              </span>{" "}
              <span className="mr-referral-center__invitee-name">
                {i.name ?? i.email ?? t("referral.anonymous")}
              </span>
              {i.name && i.email && (
                <span className="mr-referral-center__invitee-email"> {i.email}</span>
              )}{" "}
              <span className="mr-referral-center__invitee-joined">
                {t("referral.joined", { date: date(i.bound_at) })}
              </span>{" "}
              <span className="mr-referral-center__invitee-earnings">
                {t("referral.pending")}: {moneyList(i.contribution.pending_amount, i18n)};{" "}
                {t("referral.settled")}: {moneyList(i.contribution.settled_amount, i18n)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
