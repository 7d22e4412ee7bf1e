import type {
  StoreOrderRebate,
  StoreRebateAccount,
  StoreRebateEntry,
  StoreRebateOrderRewards,
  StoreReferral,
  StoreReferralInvitee,
} from "../../storefront/types"

/** Response shapes as the store routes send them, for rendering the views from data. */
export const progress = {
  placed_at: "2026-03-01T10:00:00.000Z",
  paid_at: "2026-03-01T10:05:00.000Z",
  shipped_at: "2026-03-02T09:00:00.000Z",
  delivered_at: null,
  canceled_at: null,
  window_starts_at: null,
}

export const reward = {
  id: "rrew_1",
  line_item_id: "ordli_1",
  campaign_id: "rcamp_1",
  campaign_name: "5% back",
  role: "buyer" as const,
  amount: 3.13,
  reversed_amount: 0,
  status: "pending" as const,
  on_hold: false,
  settles_at: null,
  settled_at: null,
}

export function orderRebate(overrides: Partial<StoreOrderRebate> = {}): StoreOrderRebate {
  return {
    order_id: "order_1",
    display_id: 1042,
    currency_code: "usd",
    amount: 3.13,
    earned_amount: 3.13,
    reversed_amount: 0,
    settles_at: null,
    on_hold: false,
    status: "pending",
    guest: false,
    progress,
    rewards: [reward],
    ...overrides,
  }
}

export const account: StoreRebateAccount = {
  currency_code: "usd",
  pending: 3.13,
  available: 12.5,
  held: 0,
  paid_out: 0,
  redeemed: 0,
  expired: 0,
  lifetime_earned: 15.63,
}

export const orderRewards: StoreRebateOrderRewards = {
  order_id: "order_1",
  display_id: 1042,
  currency_code: "usd",
  amount: 3.13,
  earned_amount: 3.13,
  reversed_amount: 0,
  settles_at: "2026-03-20T00:00:00.000Z",
  on_hold: false,
  progress: { ...progress, delivered_at: "2026-03-13T00:00:00.000Z" },
  rewards: [{ ...reward, settles_at: "2026-03-20T00:00:00.000Z" }],
}

export const entry = (id: string, overrides: Partial<StoreRebateEntry> = {}): StoreRebateEntry => ({
  id,
  type: "accrue",
  bucket_from: null,
  bucket_to: "pending",
  amount: 3.13,
  currency_code: "usd",
  order_id: "order_1",
  campaign_id: "rcamp_1",
  reason: null,
  created_at: "2026-03-01T10:00:00.000Z",
  ...overrides,
})

export const referral: StoreReferral = {
  code: "ANNA2026",
  link: "https://shop.test/?ref=ANNA2026",
  qr_svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  qr_svg_url: "/store/customers/me/referral/qr.svg",
  poster_url: "/store/customers/me/referral/poster.png",
  share_links: {
    facebook: "https://www.facebook.com/sharer/sharer.php?u=x",
    x: "https://twitter.com/intent/tweet?url=x",
    whatsapp: "https://wa.me/?text=x",
    telegram: "https://t.me/share/url?url=x",
    linkedin: "https://www.linkedin.com/sharing/share-offsite/?url=x",
    line: "https://social-plugins.line.me/lineit/share?url=x",
    weibo: "https://service.weibo.com/share/share.php?url=x",
    email: "mailto:?subject=x",
  },
  inviter: { name: "B*** C.", email: "b***@example.com", bound_at: "2026-01-01", expires_at: null },
  stats: {
    invitees: 3,
    level2_invitees: 1,
    orders: 4,
    visits: 10,
    pending_amount: [{ currency_code: "usd", amount: 2 }],
    settled_amount: [{ currency_code: "usd", amount: 5.5 }],
  },
}

export const invitees: StoreReferralInvitee[] = [
  {
    level: 1,
    name: "J*** D.",
    email: "j***@example.com",
    bound_at: "2026-02-01T00:00:00.000Z",
    contribution: { pending_amount: [{ currency_code: "usd", amount: 1 }], settled_amount: [] },
  },
  {
    level: 2,
    name: null,
    email: "k***@example.com",
    bound_at: "2026-02-03T00:00:00.000Z",
    contribution: { pending_amount: [], settled_amount: [] },
  },
]
