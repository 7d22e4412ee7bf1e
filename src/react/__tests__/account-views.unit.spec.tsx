import { RebateAccount, RebateAccountView } from "../account"
import { entrySign, orderStatus } from "../account-parts"
import { RebateProgramTerms, RebateProgramTermsView } from "../program-terms"
import { ReferralCenter, ReferralCenterView } from "../referral-center"
import { account, entry, invitees, orderRewards, referral, reward } from "./fixtures"
import { render, text } from "./render"

describe("RebateAccountView", () => {
  const page = <T,>(items: T[], count = items.length, offset = 0, limit = 20) => ({
    items,
    count,
    offset,
    limit,
  })

  it("shows the balances first: available, then on its way", () => {
    const html = render(<RebateAccountView accounts={[account]} />)
    const available = html.indexOf('data-testid="rebate-available"')
    const pending = html.indexOf('data-testid="rebate-pending"')
    expect(available).toBeGreaterThan(-1)
    expect(pending).toBeGreaterThan(available)
    expect(text(html)).toContain("Available $12.50 On its way $3.13 Earned so far: $15.63")
    expect(html).not.toContain("mr-rebate-balances__held")
    const held = render(<RebateAccountView accounts={[{ ...account, held: 2 }]} />, "zh-CN")
    expect(text(held)).toContain("可用 US$12.50 待到账 US$3.13 冻结中 US$2.00")
  })

  it("says so when there is no balance yet", () => {
    expect(text(render(<RebateAccountView accounts={[]} />))).toContain("No cashback yet")
  })

  it("lists rewards per order with their progress and settlement", () => {
    const html = render(
      <RebateAccountView accounts={[account]} rewards={page([orderRewards], 25, 10, 10)} />
    )
    expect(html).toContain('data-order-id="order_1"')
    expect(text(html)).toContain("Order #1042 $3.13 On its way Available on Mar 20, 2026")
    expect(html).toContain('data-step="delivered" data-done="true"')
    expect(text(html)).toContain("Previous Page 2 of 3 Next")
  })

  it("shows the ledger with signs and no pager when it fits one page", () => {
    const html = render(
      <RebateAccountView
        accounts={[account]}
        entries={page([
          entry("e3", { type: "pay", bucket_from: "held", bucket_to: "paid_out", amount: 10 }),
          entry("e2", { type: "settle", bucket_from: "pending", bucket_to: "available" }),
          entry("e1"),
        ])}
      />
    )
    expect(text(html)).toContain("Mar 1, 2026 Paid out −$10.00")
    expect(text(html)).toContain("Became available $3.13")
    expect(text(html)).toContain("Earned +$3.13")
    expect(html).not.toContain("mr-pager")
  })

  it("derives signs and statuses", () => {
    expect(entrySign({ bucket_from: null, bucket_to: "pending" })).toBe(1)
    expect(entrySign({ bucket_from: "pending", bucket_to: null })).toBe(-1)
    expect(entrySign({ bucket_from: "held", bucket_to: "redeemed" })).toBe(-1)
    expect(entrySign({ bucket_from: "pending", bucket_to: "available" })).toBe(0)
    expect(orderStatus(orderRewards)).toBe("pending")
    expect(
      orderStatus({ ...orderRewards, rewards: [reward, { ...reward, status: "available" }] })
    ).toBe("mixed")
    expect(orderStatus({ ...orderRewards, rewards: [] })).toBe("none")
  })

  it("renders a loading state on the server, without fetching", () => {
    const html = render(<RebateAccount />)
    expect(html).toContain('aria-busy="true"')
    expect(html).toContain('role="status"')
    expect(text(render(<RebateAccount />, "zh-CN"))).toBe("我的返利 加载中…")
  })
})

describe("ReferralCenterView", () => {
  it("shows the code, link, QR as an image, share links, stats and invitees", () => {
    const html = render(
      <ReferralCenterView referral={referral} invitees={invitees} onDownloadPoster={() => {}} />
    )
    expect(html).toMatch(/data-testid="referral-code">ANNA2026</)
    expect(html).toContain('value="https://shop.test/?ref=ANNA2026"')
    expect(html).toContain('src="data:image/svg+xml;charset=utf-8,%3Csvg')
    expect(html).not.toContain("<script")
    expect(html).not.toContain("<svg")
    expect(html.match(/mr-referral-center__share-link"/g)).toHaveLength(8)
    expect(html).toContain('rel="noopener noreferrer"')
    expect(html).toMatch(/data-testid="referral-invitees" data-value="3">3</)
    expect(html).toMatch(/data-testid="referral-orders" data-value="4">4</)
    expect(text(html)).toContain("Earnings on their way $2.00 Earnings available $5.50")
    expect(text(html)).toContain("Invited by B*** C.")
    expect(text(html)).toContain("Level 1 J*** D. j***@example.com Joined Feb 1, 2026")
    expect(text(html)).toContain("Level 2 k***@example.com")
    expect(html).toContain("Download poster")
  })

  it("shows the poster's progress and failure, and no button without a handler", () => {
    const loading = render(
      <ReferralCenterView referral={referral} onDownloadPoster={() => {}} posterState="loading" />,
      "zh-CN"
    )
    expect(loading).toContain("正在生成海报…")
    expect(loading).toMatch(/<button[^>]*disabled=""/)
    const failed = render(
      <ReferralCenterView referral={referral} onDownloadPoster={() => {}} posterState="error" />
    )
    expect(failed).toContain('role="alert"')
    expect(render(<ReferralCenterView referral={referral} />)).not.toContain("Download poster")
    expect(render(<ReferralCenterView referral={referral} />)).not.toContain("People you invited")
  })

  it("says when nobody was invited yet, in Chinese too", () => {
    const html = render(<ReferralCenterView referral={referral} invitees={[]} />, "zh-CN")
    expect(text(html)).toContain("还没有人")
    expect(html).toContain('aria-label="分享到微博"')
  })

  it("renders a loading state on the server", () => {
    expect(text(render(<ReferralCenter />))).toBe("Invite friends Loading…")
  })
})

describe("RebateProgramTermsView", () => {
  const program = {
    terms: "https://shop.test/cashback-terms",
    settlement_window_days: 7,
    attribution_window_days: 30,
    levels: 2,
    min_withdrawal: [
      { currency_code: "usd", amount: 10 },
      { currency_code: "jpy", amount: 1000 },
    ],
    expiry: { days: 365 },
    withdrawal_limits: { daily_count: null, daily_amount: [], min_withdrawal: [] },
  }

  it("states each rule and links the store's terms", () => {
    const html = render(<RebateProgramTermsView program={program} />)
    expect(text(html)).toContain("available 7 days after delivery")
    expect(text(html)).toContain("within 30 days of the visit")
    expect(text(html)).toContain("up to 2 levels")
    expect(text(html)).toContain("Minimum withdrawal: $10.00, ¥1,000.")
    expect(text(html)).toContain("expires 365 days after")
    expect(html).toContain('href="https://shop.test/cashback-terms"')
  })

  it("shows terms text as escaped paragraphs, and the defaults in Chinese", () => {
    const html = render(
      <RebateProgramTermsView
        program={{
          ...program,
          terms: "Rule one <b>x</b>\n\nRule two",
          min_withdrawal: [],
          expiry: null,
        }}
      />,
      "zh-CN"
    )
    expect(html).toContain("<p>Rule one &lt;b&gt;x&lt;/b&gt;</p><p>Rule two</p>")
    expect(text(html)).toContain("订单签收7天后（售后期结束）返利到账。")
    expect(text(html)).toContain("提现没有最低金额。")
    expect(text(html)).toContain("到账的返利不会过期。")
  })

  it("renders a loading state on the server", () => {
    expect(text(render(<RebateProgramTerms />))).toBe("Cashback program terms Loading…")
  })
})
