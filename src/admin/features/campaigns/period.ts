import type { TFunction } from "i18next"

/** A campaign's schedule in words: "1 Dec 2026 – 31 Dec 2026", "From …", "Until …", "Always". */
export function periodText(
  t: TFunction,
  date: (v: string | null, withTime?: boolean) => string,
  starts_at: string | null,
  ends_at: string | null,
  withTime = false
) {
  if (starts_at && ends_at) return `${date(starts_at, withTime)} – ${date(ends_at, withTime)}`
  if (starts_at) return t("rebates.campaigns.period.from", { date: date(starts_at, withTime) })
  if (ends_at) return t("rebates.campaigns.period.until", { date: date(ends_at, withTime) })
  return t("rebates.campaigns.period.always")
}
