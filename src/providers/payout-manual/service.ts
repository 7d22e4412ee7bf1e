import {
  destinationError,
  isDestinationError,
  maskTail,
  readFields,
  readText,
} from "../../modules/rebate/payouts/destination"
import type {
  DestinationField,
  DestinationResult,
  LocalizedText,
  PayoutLocale,
  PayoutResult,
  RebatePayoutProvider,
} from "../../modules/rebate/payouts/types"

export const MANUAL_METHODS = ["bank_transfer", "paypal", "alipay", "wechat"] as const
export type ManualMethod = (typeof MANUAL_METHODS)[number]

const METHOD_LABELS: Record<ManualMethod, LocalizedText> = {
  bank_transfer: { en: "Bank transfer", "zh-CN": "银行转账" },
  paypal: { en: "PayPal", "zh-CN": "PayPal" },
  alipay: { en: "Alipay", "zh-CN": "支付宝" },
  wechat: { en: "WeChat Pay", "zh-CN": "微信支付" },
}

const NAME_MAX = 100
const ACCOUNT_MAX = 254 // the longest e-mail address

const FIELDS: DestinationField[] = [
  {
    name: "method",
    label: "Payout method",
    labels: { en: "Payout method", "zh-CN": "收款方式" },
    required: true,
    type: "select",
    options: MANUAL_METHODS.map((value) => ({
      value,
      label: METHOD_LABELS[value].en,
      labels: METHOD_LABELS[value],
    })),
  },
  {
    name: "account_name",
    label: "Account holder",
    labels: { en: "Account holder", "zh-CN": "收款人姓名" },
    required: true,
    max_length: NAME_MAX,
  },
  {
    name: "account",
    label: "Account (IBAN or account number, PayPal e-mail, Alipay or WeChat ID)",
    labels: {
      en: "Account (IBAN or account number, PayPal e-mail, Alipay or WeChat ID)",
      "zh-CN": "收款账号（银行账号或 IBAN、PayPal 邮箱、支付宝或微信账号）",
    },
    required: true,
    max_length: ACCOUNT_MAX,
  },
  {
    name: "bank_name",
    label: "Bank (for bank transfers)",
    labels: { en: "Bank (for bank transfers)", "zh-CN": "开户银行（银行转账时填写）" },
    required: false,
    max_length: NAME_MAX,
  },
]

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9][0-9 -]{4,19}$/
/** IBANs and national account numbers: letters, digits, hyphens (spaces are dropped). */
const BANK_ACCOUNT = /^[A-Z0-9-]{4,34}$/
/** A WeChat ID: a letter, then 5 to 19 letters, digits, `_` or `-`. */
const WECHAT_ID = /^[A-Za-z][-_A-Za-z0-9]{5,19}$/

/**
 * Manual payouts: the customer gives an account, an admin pays it outside Medusa (online
 * banking, PayPal, Alipay, WeChat Pay) and records the transfer's reference with `mark-paid`.
 */
export class ManualPayoutService implements RebatePayoutProvider {
  static identifier = "manual"
  readonly identifier = ManualPayoutService.identifier

  destinationFields(): DestinationField[] {
    return FIELDS
  }

  validateDestination(destination: unknown): DestinationResult {
    const raw = readFields(destination, FIELDS)
    if (isDestinationError(raw)) return raw
    const method = raw.method
    if (typeof method !== "string" || !(MANUAL_METHODS as readonly string[]).includes(method)) {
      return destinationError("method", "invalid_choice", `one of ${MANUAL_METHODS.join(", ")}`)
    }
    const name = readText(raw, "account_name", NAME_MAX)
    if (isDestinationError(name)) return name
    const bank = readText(raw, "bank_name", NAME_MAX)
    if (isDestinationError(bank)) return bank
    const text = readText(raw, "account", ACCOUNT_MAX)
    if (isDestinationError(text)) return text
    const account = normaliseAccount(method as ManualMethod, text ?? "")
    if (isDestinationError(account)) return account
    return {
      destination: {
        method,
        account_name: name,
        account,
        ...(bank ? { bank_name: bank } : {}),
      },
    }
  }

  describeDestination(destination: Record<string, unknown>, locale: PayoutLocale = "en"): string {
    const method = METHOD_LABELS[destination.method as ManualMethod]?.[locale] ?? "—"
    const account = typeof destination.account === "string" ? destination.account : ""
    return `${method} ${maskTail(account)}`
  }

  formatDestination(destination: Record<string, unknown>): string {
    const parts = [
      METHOD_LABELS[destination.method as ManualMethod]?.en,
      destination.bank_name,
      destination.account_name,
      destination.account,
    ]
    return parts.filter((p) => typeof p === "string" && p).join(" · ")
  }

  async isAvailable(): Promise<boolean> {
    return true
  }

  /** Nothing is sent: the withdrawal waits, approved, until an admin marks it paid. */
  async pay(): Promise<PayoutResult> {
    return { status: "pending" }
  }
}

/** Each method's account in one canonical form, or why it cannot be one. */
function normaliseAccount(method: ManualMethod, account: string) {
  switch (method) {
    case "bank_transfer": {
      const compact = account.replace(/ /g, "").toUpperCase()
      return BANK_ACCOUNT.test(compact)
        ? compact
        : destinationError(
            "account",
            "invalid_format",
            "a bank account number or IBAN: 4 to 34 letters, digits or hyphens"
          )
    }
    case "paypal":
      return EMAIL.test(account)
        ? account.toLowerCase()
        : destinationError("account", "invalid_format", "the e-mail address of a PayPal account")
    case "alipay":
      if (EMAIL.test(account)) return account.toLowerCase()
      return PHONE.test(account)
        ? compactPhone(account)
        : destinationError(
            "account",
            "invalid_format",
            "the e-mail address or phone number of an Alipay account"
          )
    case "wechat":
      if (WECHAT_ID.test(account)) return account
      return PHONE.test(account)
        ? compactPhone(account)
        : destinationError("account", "invalid_format", "a WeChat ID or the account's phone number")
  }
}

/** "+86 138-0013-8000" -> "+8613800138000". */
function compactPhone(phone: string): string {
  return phone.replace(/[ -]/g, "")
}
