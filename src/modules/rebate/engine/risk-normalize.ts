import { isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js"
import isEmail from "validator/lib/isEmail"
import canonicalEmail from "validator/lib/normalizeEmail"

/** A postal address as the risk checks read it (an order's shipping or billing address). */
export type RiskAddress = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
}

/**
 * What validator folds, spelled out so a change of the library's defaults cannot silently weaken
 * the check: case, Gmail's dots and +tags, googlemail.com -> gmail.com, the +tags of Outlook,
 * iCloud and Yandex, Yahoo's "-" disposable suffix, yandex.* -> yandex.ru.
 */
const EMAIL_OPTIONS = {
  all_lowercase: true,
  gmail_remove_dots: true,
  gmail_remove_subaddress: true,
  gmail_convert_googlemaildotcom: true,
  outlookdotcom_remove_subaddress: true,
  yahoo_remove_subaddress: true,
  icloud_remove_subaddress: true,
  yandex_convert_yandexru: true,
}

/**
 * The mailbox an e-mail address delivers to, in one spelling: `A.d.a+deal@GoogleMail.com` ->
 * `ada@gmail.com`. Only providers known to ignore dots or tags are folded; at any other domain
 * `ada+x@example.com` stays distinct from `ada@example.com`, since that server may deliver them to
 * different people. Null for a text that is not an e-mail address.
 */
export function normalizeEmail(email: string): string | null {
  const trimmed = email.trim()
  if (!isEmail(trimmed)) return null
  return canonicalEmail(trimmed, EMAIL_OPTIONS) || null
}

/**
 * A phone number in E.164 (`+14155550100`), read in the region of `countryCode` (an ISO 3166
 * alpha-2 code, any case) when it has no international prefix. Null when libphonenumber does not
 * find a valid number: a fragment must never match another fragment.
 */
export function normalizePhone(phone: string, countryCode?: string | null): string | null {
  const region = countryCode?.trim().toUpperCase()
  const parsed = parsePhoneNumberFromString(
    phone,
    region && isSupportedCountry(region) ? region : undefined
  )
  return parsed?.isValid() ? parsed.number : null
}

/** Street words in one spelling (USPS abbreviations and their common European kin). */
const STREET_WORDS: Record<string, string> = {
  street: "st",
  str: "st",
  strasse: "st",
  avenue: "ave",
  av: "ave",
  road: "rd",
  boulevard: "blvd",
  drive: "dr",
  lane: "ln",
  court: "ct",
  place: "pl",
  square: "sq",
  terrace: "ter",
  highway: "hwy",
  parkway: "pkwy",
  circle: "cir",
  crescent: "cres",
  mount: "mt",
  floor: "fl",
  building: "bldg",
  north: "n",
  south: "s",
  east: "e",
  west: "w",
  northeast: "ne",
  northwest: "nw",
  southeast: "se",
  southwest: "sw",
}

/** Words that only announce a unit number: "Apt 5", "Unit 5", "#5" and "No. 5" are all "5". */
const UNIT_WORDS = new Set(["apt", "apartment", "unit", "suite", "ste", "flat", "no", "number"])

/** Lowercase letters and digits only, accents folded: "Straße" -> "strasse", "Émile" -> "emile". */
const plain = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

const streetToken = (token: string) =>
  STREET_WORDS[token] ??
  // German compounds: "hauptstrasse" and "hauptstr" are "haupt st", like "Haupt Straße".
  token.replace(/^(\p{L}+?)(?:strasse|str)$/u, (_, stem: string) => `${stem} st`)

/**
 * One comparable string for an address: `country|postal code|street tokens` with case, accents,
 * punctuation, whitespace, street-word spellings and unit announcers folded, both address lines
 * joined (a unit written on line 1 or line 2 compares the same). City and province are left out:
 * the postal code already places the street, and their spellings vary ("NYC"). Null when there
 * is too little to compare: no street line or no postal code.
 */
export function normalizeAddress(address: RiskAddress): string | null {
  const line1 = plain(address.address_1 ?? "")
  const postal = plain(address.postal_code ?? "").replace(/ /g, "")
  if (!line1 || !postal) return null
  const street = `${line1} ${plain(address.address_2 ?? "")}`
    .split(" ")
    .filter((token) => token && !UNIT_WORDS.has(token))
    .map(streetToken)
    .join(" ")
  const country = plain(address.country_code ?? "").replace(/ /g, "")
  return `${country}|${postal}|${street}`
}
