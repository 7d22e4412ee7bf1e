import { useState } from "react"
import type { ReferralQuery } from "../storefront/client"
import type { StoreReferral, StoreReferralInvitee } from "../storefront/types"
import { useRebatesClient, useRebatesI18n } from "./context"
import { cx, svgDataUrl } from "./dom"
import { ReferralInvitees, ReferralLink, ReferralShare, ReferralStats } from "./referral-parts"
import { ResourceStatus } from "./status"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"

/** The poster button's state. */
export type ReferralPosterState = "idle" | "loading" | "error"

/** Props of `ReferralCenterView`. */
export type ReferralCenterViewProps = {
  referral: StoreReferral
  /** Without them the invitees section is left out. */
  invitees?: StoreReferralInvitee[]
  /** The poster button's action; without it there is no button. */
  onDownloadPoster?: () => void
  posterState?: ReferralPosterState
  className?: string
}

/**
 * The promoter's page: code, link with a copy button, QR code, poster download, share buttons,
 * who invited them, their invitees and earnings.
 */
export function ReferralCenterView({
  referral,
  invitees,
  onDownloadPoster,
  posterState = "idle",
  className,
}: ReferralCenterViewProps) {
  const { t } = useRebatesI18n()
  return (
    <section className={cx("mr-referral-center", className)}>
      <h2 className="mr-referral-center__title">{t("referral.title")}</h2>
      <p className="mr-referral-center__code">
        <span className="mr-referral-center__code-label">{t("referral.code")}</span>{" "}
        <strong data-testid="referral-code">{referral.code}</strong>
      </p>
      <ReferralLink link={referral.link} />
      {/* An <img> of a data URL: the server's SVG is shown, never injected as markup. */}
      <img
        className="mr-referral-center__qr"
        src={svgDataUrl(referral.qr_svg)}
        alt={t("referral.qr")}
        width={160}
        height={160}
      />
      {onDownloadPoster && (
        <p className="mr-referral-center__poster">
          <button
            type="button"
            className="mr-referral-center__poster-button"
            onClick={onDownloadPoster}
            disabled={posterState === "loading"}
            aria-busy={posterState === "loading"}
          >
            {posterState === "loading" ? t("referral.posterLoading") : t("referral.poster")}
          </button>
          {posterState === "error" && (
            <span className="mr-referral-center__poster-error" role="alert">
              {" "}
              {t("referral.posterFailed")}
            </span>
          )}
        </p>
      )}
      <ReferralShare referral={referral} />
      {referral.inviter && (
        <p className="mr-referral-center__inviter">
          {t("referral.invitedBy", {
            name: referral.inviter.name ?? referral.inviter.email ?? t("referral.anonymous"),
          })}
        </p>
      )}
      <ReferralStats stats={referral.stats} />
      {invitees && <ReferralInvitees invitees={invitees} />}
    </section>
  )
}

/** The logged-in customer's referral toolkit, for a tracking link to `query.url`. */
export function useReferral(query: ReferralQuery = {}): RebatesResource<StoreReferral> {
  return useRebatesData(`referral|${query.url ?? ""}`, (client, signal) =>
    client.referral(query, { signal })
  )
}

/** The logged-in customer's level-1 and level-2 invitees. */
export function useReferralInvitees(): RebatesResource<StoreReferralInvitee[]> {
  return useRebatesData("invitees", (client, signal) => client.invitees({}, { signal }))
}

/** Saves a Blob as a file through a temporary object URL (a click on a download link). */
function saveBlob(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = href
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoked later: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(href), 60_000)
}

/** Props of `ReferralCenter`. */
export type ReferralCenterProps = {
  /** A page of the storefront the link points to (default the store's home page). */
  url?: string
  className?: string
}

/** The customer's referral centre (needs a logged-in customer), with the poster download. */
export function ReferralCenter({ url, className }: ReferralCenterProps) {
  const client = useRebatesClient()
  const { t } = useRebatesI18n()
  const referral = useReferral({ url })
  const invitees = useReferralInvitees()
  const [posterState, setPosterState] = useState<ReferralPosterState>("idle")
  const downloadPoster = () => {
    setPosterState("loading")
    client.referralPoster({ url }).then(
      (blob) => {
        saveBlob(blob, `referral-${referral.data?.code ?? "poster"}.png`)
        setPosterState("idle")
      },
      () => setPosterState("error")
    )
  }
  if (!referral.data) {
    return (
      <section className={cx("mr-referral-center", className)} aria-busy={referral.loading}>
        <h2 className="mr-referral-center__title">{t("referral.title")}</h2>
        <ResourceStatus resource={referral} />
      </section>
    )
  }
  return (
    <ReferralCenterView
      referral={referral.data}
      invitees={invitees.data}
      onDownloadPoster={downloadPoster}
      posterState={posterState}
      className={className}
    />
  )
}
