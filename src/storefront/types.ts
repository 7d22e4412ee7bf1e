// Response shapes of the plugin's store routes, declared on their own: the storefront bundle must
// not import server code. Amounts are numbers in the currency's major unit (2.7 = $2.70); dates
// are ISO-8601 strings, as JSON carries them.

/** An amount in one currency, e.g. `{ currency_code: "usd", amount: 2.7 }`. */
export type StoreRebateMoney = {
  /** Lower-case ISO 4217 code. */
  currency_code: string
  /** In the currency's major unit. */
  amount: number
}

/** The program's rules, from `GET /store/rebates/program`. */
export type StoreRebateProgram = {
  /** The store's terms text or a link to them; null when none is set. */
  terms: string | null
  /** Days after delivery before a reward becomes available (the after-sales window). */
  settlement_window_days: number
  /** Days a referral link's visit counts for the orders that follow it. */
  attribution_window_days: number
  /** Levels of referral commission (at most 2). */
  levels: number
  /** The smallest withdrawal, per currency; empty when there is no minimum. */
  min_withdrawal: StoreRebateMoney[]
  /** How long an available reward stays spendable; null when it never expires. */
  expiry: { days: number } | null
  /** What a customer may withdraw: the minimum and the daily limits (per UTC day). */
  withdrawal_limits: StoreRebateWithdrawalLimits
}

/** The withdrawal limits of the program; a currency not listed has no limit of that kind. */
export type StoreRebateWithdrawalLimits = {
  /** Withdrawal requests per customer per UTC day, all currencies together; null: no limit. */
  daily_count: number | null
  /** What a customer may request per UTC day, per currency. */
  daily_amount: StoreRebateMoney[]
  /** The smallest withdrawal, per currency. */
  min_withdrawal: StoreRebateMoney[]
}

/** What one campaign gives in a quote or estimate. */
export type StoreRebateCampaignAmount = {
  id: string
  name: string
  /** `percentage`, `tiered`, `fixed`, `referral` or `distribution`. */
  type: string
  amount: number
}

/** The "Return $X" of a product page, from `GET /store/rebates/quote`. */
export type StoreRebateQuote = {
  currency_code: string
  /** The best variant's reward for the quantity asked. */
  amount: number
  /** An English label from the server ("Return $2.70", "Return up to $2.70"). */
  label: string
  /** With `product_id`: its variants earn different amounts and `amount` is the most. */
  up_to: boolean
  /** The variant the amount is for. */
  variant_id: string
  campaigns: StoreRebateCampaignAmount[]
}

/** A listing page's quote for one product, from `GET /store/rebates/quotes`. */
export type StoreRebateProductQuote = {
  product_id: string
  /** The highest reward among the product's variants, for one unit; 0 when none. */
  max_amount: number
  currency_code: string
}

/** What the shopper earns if they complete a cart now, from `GET /store/carts/:id/rebate`. */
export type StoreRebateEstimate = {
  currency_code: string
  amount: number
  lines: { line_item_id: string; amount: number }[]
  campaigns: StoreRebateCampaignAmount[]
}

/** A cart's referral attribution, from `POST /store/carts/:id/rebate-referral`. */
export type StoreRebateCartReferral = {
  cart_id: string
  code: string
  visit_id: string | null
  expires_at: string | null
  /** False when an earlier code was kept (first-touch attribution). */
  replaced: boolean
}

/** A recorded tracking-link visit, from `POST /store/rebates/referral-visits`. */
export type StoreReferralVisit = {
  id: string
  code: string
  /** When the visit stops attributing orders. */
  expires_at: string
}

/** The binding made by `POST /store/customers/me/referral/bind`. */
export type StoreReferralBinding = {
  code: string
  bound_at: string
  /** Null when the binding is for good. */
  expires_at: string | null
}

/** An order's progress: each step's time, or null when it has not happened. */
export type StoreRebateOrderProgress = {
  placed_at: string
  paid_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  /** When the after-sales window started (usually delivery). */
  window_starts_at: string | null
}

/** What a customer sees of a reward's state. */
export type StoreRebateRewardStatus =
  "pending" | "available" | "partially_clawed_back" | "voided" | "clawed_back"

/** Who a reward is for: the buyer's cashback, a referral reward or a level-1/2 commission. */
export type StoreRebateRole = "buyer" | "inviter" | "invitee" | "level1" | "level2"

/** One reward on one order line. */
export type StoreRebateReward = {
  id: string
  line_item_id: string
  campaign_id?: string
  campaign_name: string
  role: StoreRebateRole
  /** What was earned at accrual. */
  amount: number
  /** What was voided or clawed back since. */
  reversed_amount: number
  status: StoreRebateRewardStatus
  /** A pending reward held while a return on its line is open. */
  on_hold: boolean
  /** When a pending reward becomes available; null when not yet known or no longer pending. */
  settles_at: string | null
  settled_at: string | null
  /** A risk check put it on review: it stays pending until the store approves it. */
  on_review?: boolean
  /** Why the store rejected it on review (the reward is voided); null otherwise. */
  review_reason?: string | null
}

/** One order's rewards with their totals and the order's progress. */
export type StoreRebateOrderRewards = {
  order_id: string
  /** Medusa's order number, as the shopper knows it (#1042). */
  display_id: number | null
  currency_code: string
  /** Net: earned minus reversed. */
  amount: number
  earned_amount: number
  reversed_amount: number
  /** The latest settlement date of the rewards still pending. */
  settles_at: string | null
  on_hold: boolean
  progress: StoreRebateOrderProgress | null
  rewards: StoreRebateReward[]
}

/**
 * An order's overall rebate status: its rewards' common status, `mixed` when they differ, `none`
 * when it earned nothing, `processing` while the plugin has not recorded the order yet (just
 * after checkout: ask again in a moment).
 */
export type StoreOrderRebateStatus = StoreRebateRewardStatus | "none" | "mixed" | "processing"

/** One order's rewards for whoever may see the order, from `GET /store/orders/:id/rebate`. */
export type StoreOrderRebate = Omit<StoreRebateOrderRewards, "currency_code"> & {
  /** Null while `processing` or when nothing was earned. */
  currency_code: string | null
  status: StoreOrderRebateStatus
  /** The order has no registered customer: collecting means registering and transferring it. */
  guest: boolean
}

/** A customer's balances in one currency, from `GET /store/customers/me/rebate-accounts`. */
export type StoreRebateAccount = {
  currency_code: string
  /** Earned, waiting for the after-sales window ("on its way"). */
  pending: number
  /** Spendable or withdrawable now. */
  available: number
  /** Set aside for a withdrawal in progress. */
  held: number
  paid_out: number
  redeemed: number
  expired: number
  lifetime_earned: number
}

/** Kinds of ledger movement. */
export type StoreRebateEntryType =
  | "accrue"
  | "settle"
  | "void"
  | "clawback"
  | "hold"
  | "pay"
  | "release"
  | "redeem"
  | "expire"
  | "adjust"
  | "transfer"
  | "reversal"

/** Where money sits in an account; null on an entry's side means outside the ledger. */
export type StoreRebateBucket =
  "pending" | "available" | "held" | "paid_out" | "redeemed" | "expired"

/** One line of the customer's ledger, from `GET /store/customers/me/rebate-entries`. */
export type StoreRebateEntry = {
  id: string
  type: StoreRebateEntryType
  bucket_from: StoreRebateBucket | null
  bucket_to: StoreRebateBucket | null
  amount: number
  currency_code: string
  order_id: string | null
  campaign_id: string | null
  reason: string | null
  created_at: string
}

/** A page of a list route. */
export type StoreRebatePage<T> = {
  items: T[]
  /** Items in the whole list. */
  count: number
  offset: number
  limit: number
}

/** The social targets of `StoreReferral.share_links`. */
export type StoreReferralShareNetwork =
  "facebook" | "x" | "whatsapp" | "telegram" | "linkedin" | "line" | "weibo" | "email"

/** A promoter's figures. */
export type StoreReferralStats = {
  /** Level-1 invitees (bound directly to the promoter). */
  invitees: number
  level2_invitees: number
  /** Orders attributed to the promoter. */
  orders: number
  visits: number
  pending_amount: StoreRebateMoney[]
  settled_amount: StoreRebateMoney[]
}

/** The promoter's toolkit, from `GET /store/customers/me/referral`. */
export type StoreReferral = {
  code: string
  /** The tracking link (`…?ref=CODE`). */
  link: string
  /** The link's QR code as SVG markup. */
  qr_svg: string
  /** Path of the QR image route (needs the customer's auth). */
  qr_svg_url: string
  /** Path of the poster image route (needs the customer's auth; use `referralPoster`). */
  poster_url: string
  share_links: Record<StoreReferralShareNetwork, string>
  /** Who invited this customer (masked), or null. */
  inviter: {
    name: string | null
    email: string | null
    bound_at: string
    expires_at: string | null
  } | null
  stats: StoreReferralStats
}

/** Someone the customer invited (level 1) or whom an invitee invited (level 2), masked. */
export type StoreReferralInvitee = {
  level: 1 | 2
  /** "J*** D.", or null when unknown. */
  name: string | null
  /** "j***@example.com", or null when unknown. */
  email: string | null
  bound_at: string
  /** What this invitee's orders earned the promoter. */
  contribution: { pending_amount: StoreRebateMoney[]; settled_amount: StoreRebateMoney[] }
}

/**
 * Where a withdrawal is: `requested` (the amount is reserved, waiting for review), `approved`
 * (being paid out), `paid`, `rejected` (with a reason; the amount is back in the balance) or
 * `failed` (the payout failed for good; the amount is back in the balance).
 */
export type StoreRebateWithdrawalStatus = "requested" | "approved" | "paid" | "rejected" | "failed"

/** One change of a withdrawal's status. */
export type StoreRebateWithdrawalEvent = {
  from_status: StoreRebateWithdrawalStatus | null
  to_status: StoreRebateWithdrawalStatus
  actor_type: "customer" | "user" | "system"
  /** Shown on a rejection only: the reason the store gave the customer. */
  reason: string | null
  created_at: string
}

/** A customer's withdrawal, from `GET`/`POST /store/customers/me/rebate-withdrawals`. */
export type StoreRebateWithdrawal = {
  id: string
  customer_id: string
  currency_code: string
  amount: number
  /** The payout provider: `manual`, `store_credit` or a store's own. */
  provider_id: string
  /** Where the money goes, as the provider masks it for the customer ("Bank transfer …1234"). */
  destination_label: string
  status: StoreRebateWithdrawalStatus
  /** When each approval came (who approved is the store's business). */
  approvals: { at: string }[]
  /** 2 when the amount needs two different admins' approval. */
  approvals_required: 1 | 2
  /** The payout's reference once paid (a bank reference, a store-credit transaction). */
  reference: string | null
  /** Why the store rejected it, written for the customer. */
  rejection_reason: string | null
  requested_at: string
  approved_at: string | null
  paid_at: string | null
  rejected_at: string | null
  failed_at: string | null
  history: StoreRebateWithdrawalEvent[]
}

/** A text in each locale the plugin ships. */
export type StoreLocalizedText = { en: string; "zh-CN": string }

/** A field a payout provider needs for its destination (an account, an account holder…). */
export type StorePayoutDestinationField = {
  name: string
  /** The English label; `labels` has it in each locale. */
  label: string
  labels?: StoreLocalizedText
  required: boolean
  /** `select` fields list their choices; `text` is the default. */
  type?: "text" | "select"
  options?: { value: string; label: string; labels?: StoreLocalizedText }[]
  max_length?: number
}

/** A way the store pays withdrawals out, from `GET /store/rebates/payout-providers`. */
export type StorePayoutProvider = {
  id: string
  destination_fields: StorePayoutDestinationField[]
}

/**
 * Balance a customer spends on one cart, as a credit line of the cart (reference
 * `rebate-redemption`). The amount left the available balance when it was applied and is held
 * for the cart: completing the order spends it, an abandoned cart gets it back at `expires_at`.
 */
export type StoreRebateRedemption = {
  id: string
  cart_id: string
  currency_code: string
  amount: number
  status: "held"
  /** When the hold goes back to the balance if the cart is not completed. */
  expires_at: string
}

/**
 * A cart's redemption and what the customer may still apply, from `GET`, `POST` and `DELETE
 * /store/carts/:id/rebate-redemption`.
 */
export type StoreRebateRedemptionState = {
  /** The balance this cart holds, or null. */
  rebate_redemption: StoreRebateRedemption | null
  /** The cart's currency. */
  currency_code: string
  /** The customer's available balance in that currency, not counting what this cart holds. */
  available: number
  /** The most this cart can take now: the balance (this cart's hold included) within what is left to pay. */
  applicable: number
  /** Whether the store lets customers pay with their balance (setting `redemption_enabled`). */
  enabled: boolean
  /** What the shopper pays: the cart's total after the redemption. */
  cart_total: number
}
