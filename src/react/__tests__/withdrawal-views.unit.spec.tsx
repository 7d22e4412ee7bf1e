import { RebateAccount, RebateAccountView } from "../account"
import { RebateWithdrawalForm } from "../withdrawal-form"
import {
  initialWithdrawalDraft,
  RebateWithdrawalFormView,
  type RebateWithdrawalFormViewProps,
} from "../withdrawal-form-view"
import { RebateWithdrawals, RebateWithdrawalsView } from "../withdrawals"
import { account } from "./fixtures"
import { render, text } from "./render"
import { limits, manualProvider, storeCreditProvider, withdrawal } from "./withdrawal-fixtures"

const noop = () => {}
const draft = initialWithdrawalDraft([account], [manualProvider])
const form = (props: Partial<RebateWithdrawalFormViewProps> = {}, locale = "en") =>
  render(
    <RebateWithdrawalFormView
      accounts={[account]}
      providers={[manualProvider, storeCreditProvider]}
      limits={limits}
      today={[withdrawal("rwd_1", { amount: 20 })]}
      draft={draft}
      onChange={noop}
      onSubmit={noop}
      {...props}
    />,
    locale
  )

describe("RebateWithdrawalFormView", () => {
  it("shows the available balance and the limits left today", () => {
    const html = form()
    expect(html).toContain('data-testid="withdrawal-form"')
    expect(html).toMatch(/data-testid="withdrawal-available" data-amount="12.5">\$12.50</)
    expect(text(html)).toContain("Available to withdraw $12.50")
    expect(text(html)).toContain("Minimum per withdrawal $5.00")
    expect(text(html)).toContain("Withdrawals left today 2 of 3")
    expect(text(html)).toContain("Left to withdraw today $30.00 of $50.00")
    expect(text(html)).toContain("Amount (USD)")
    expect(text(html)).toContain("Up to $12.50")
    expect(html).toMatch(/<button type="submit"[^>]*data-testid="withdrawal-submit"/)
    expect(html).not.toMatch(/data-testid="withdrawal-submit" disabled/)
    expect(html).not.toContain("withdrawal-error")
  })

  it("asks for the currency only when there are several accounts", () => {
    expect(form()).not.toContain('name="currency_code"')
    const eur = { ...account, currency_code: "eur", available: 40 }
    const html = form({ accounts: [account, eur], draft: { ...draft, currency_code: "eur" } })
    expect(html).toContain('name="currency_code"')
    expect(text(html)).toContain("USD · $12.50 EUR · €40.00")
    expect(html).toMatch(/<option value="eur" selected="">/)
    // No EUR limits: only the available balance and the daily count.
    expect(text(html)).toContain("Available to withdraw €40.00")
    expect(html).not.toContain("mr-withdrawal-form__minimum")
    expect(html).not.toContain("mr-withdrawal-form__daily-amount")
    expect(initialWithdrawalDraft([account, eur], []).currency_code).toBe("eur")
    expect(initialWithdrawalDraft([account, eur], [], "USD").currency_code).toBe("usd")
  })

  it("offers each provider with its destination fields, in the shopper's language", () => {
    const html = form()
    expect(text(html)).toContain("Pay out to Transfer to your account Store credit")
    expect(html).toMatch(/<input type="radio"[^>]*checked="" value="manual"/)
    expect(html).toContain('name="destination.method"')
    expect(html).toMatch(/<option value="bank_transfer" selected="">Bank transfer<\/option>/)
    expect(html).toMatch(/name="destination.account_name" required=""/)
    expect(html).toContain('maxLength="100"')
    expect(text(html)).toContain("Bank (for bank transfers) (optional)")
    const zh = text(form({}, "zh-CN"))
    expect(zh).toContain("提现方式 转账到您的账户 店铺储值")
    expect(zh).toContain("收款方式 银行转账 支付宝")
    expect(zh).toContain("收款人姓名")
    expect(zh).toContain("可提现 US$12.50")
    expect(zh).toContain("今日剩余次数 2 / 3 次")
    // Store credit asks for nothing.
    const credit = form({ draft: { ...draft, provider_id: "store_credit" } })
    expect(credit).not.toContain('name="destination.')
  })

  it("shows each API message next to the field it names", () => {
    const html = form({
      errors: {
        amount: "Insufficient available balance: 12.5 USD available",
        "destination.account_name": "destination.account_name: required",
      },
    })
    const amount = html.indexOf('data-testid="withdrawal-amount"')
    const amountError = html.indexOf('data-field="amount"')
    const nameInput = html.indexOf('name="destination.account_name"')
    const nameError = html.indexOf('data-field="destination.account_name"')
    expect(amountError).toBeGreaterThan(amount)
    expect(amountError).toBeLessThan(html.indexOf('name="destination.method"'))
    expect(nameError).toBeGreaterThan(nameInput)
    expect(html).toMatch(
      /aria-invalid="true" aria-describedby="[^"]*-amount-hint [^"]*-error-amount"/
    )
    expect(html.match(/data-testid="withdrawal-error"/g)).toHaveLength(2)
    expect(html).toContain('role="alert">Insufficient available balance: 12.5 USD available<')
    const general = form({ errors: { form: "The withdrawal could not be requested: offline" } })
    expect(general).toMatch(/data-field="form" role="alert">The withdrawal could not/)
  })

  it("says why nothing can be withdrawn, and disables the button", () => {
    const empty = form({ accounts: [{ ...account, available: 0 }] })
    expect(empty).toContain('data-reason="nothing"')
    expect(text(empty)).toContain("Nothing to withdraw yet")
    expect(empty).toMatch(/data-testid="withdrawal-submit" disabled=""/)
    const today = [1, 2, 3].map((n) => withdrawal(`rwd_${n}`, { amount: 1 }))
    const count = form({ today }, "zh-CN")
    expect(text(count)).toContain("今日已达 3 次提现上限，请明天再试。")
    expect(count).toMatch(/disabled=""/)
    const amount = form({ today: [withdrawal("rwd_1", { amount: 50 })] })
    expect(text(amount)).toContain("You reached today's withdrawal limit of $50.00.")
    const low = form({ accounts: [{ ...account, available: 4 }] })
    expect(text(low)).toContain("below the minimum withdrawal of $5.00")
    expect(text(form({ accounts: [] }))).toContain("Nothing to withdraw yet")
    const none = form({ providers: [] })
    expect(text(none)).toContain("This store offers no way to withdraw at the moment.")
    expect(none).toMatch(/disabled=""/)
  })

  it("shows the request on its way and the one just made", () => {
    const busy = form({ submitting: true })
    expect(busy).toContain('aria-busy="true"')
    expect(busy).toMatch(/disabled="">Sending your request…</)
    const done = form({ requested: withdrawal("rwd_9", { amount: 7.5 }) }, "zh-CN")
    expect(done).toMatch(/role="status" data-withdrawal-id="rwd_9">已申请：US\$7.50 已冻结/)
  })
})

describe("RebateWithdrawalsView", () => {
  const page = (items: ReturnType<typeof withdrawal>[], count = items.length) => ({
    items,
    count,
    offset: 0,
    limit: 10,
  })

  it("lists each withdrawal with its status and what happens next", () => {
    const html = render(
      <RebateWithdrawalsView
        page={page([
          withdrawal("rwd_4", {
            status: "paid",
            paid_at: "2026-03-07T12:00:00.000Z",
            reference: "BANK-REF-778",
          }),
          withdrawal("rwd_3", { status: "rejected", rejection_reason: "Account name mismatch" }),
          withdrawal("rwd_2", {
            status: "approved",
            provider_id: "store_credit",
            destination_label: "store_credit",
          }),
          withdrawal("rwd_1"),
        ])}
      />
    )
    expect(html.match(/data-testid="withdrawal-row"/g)).toHaveLength(4)
    expect(html).toContain('data-status="paid" data-id="rwd_4"')
    expect(text(html)).toContain(
      "$10.00 Paid Requested on Mar 5, 2026 Bank transfer …0532 Paid on Mar 7, 2026 Payout reference: BANK-REF-778"
    )
    expect(text(html)).toContain(
      "Rejected Requested on Mar 5, 2026 Bank transfer …0532 Reason: Account name mismatch The amount is back in your available balance."
    )
    expect(text(html)).toContain("Approved Requested on Mar 5, 2026 Store credit")
    expect(text(html)).toContain("Approved: the payout is on its way.")
    expect(text(html)).toContain("Requested Requested on Mar 5, 2026")
    expect(text(html)).toContain("Waiting for the store's review.")
    expect(html).toContain('dateTime="2026-03-05T09:00:00.000Z"')
  })

  it("speaks Chinese, says when there is nothing, and pages", () => {
    const zh = render(
      <RebateWithdrawalsView
        page={page([withdrawal("rwd_1", { status: "failed" })], 25)}
        onPage={noop}
      />,
      "zh-CN"
    )
    expect(text(zh)).toContain("提现记录 US$10.00 打款失败 2026年3月5日 申请 Bank transfer …0532")
    expect(text(zh)).toContain("金额已退回可用余额。")
    expect(text(zh)).toContain("第 1 / 3 页")
    expect(text(render(<RebateWithdrawalsView page={page([])} />))).toBe(
      "Withdrawals No withdrawals yet."
    )
  })
})

describe("the withdrawal components on a server", () => {
  it("render their loading state without fetching", () => {
    expect(text(render(<RebateWithdrawalForm />))).toBe("Withdraw cashback Loading…")
    expect(text(render(<RebateWithdrawals />, "zh-CN"))).toBe("提现记录 加载中…")
  })

  it("leave the account's default output as it was", () => {
    expect(render(<RebateAccount />)).toBe(render(<RebateAccount withdrawals={false} />))
    expect(render(<RebateAccountView accounts={[account]} />)).not.toContain("mr-withdrawal")
  })

  it("put the form and history right below the balances", () => {
    const html = render(
      <RebateAccountView
        accounts={[account]}
        rewards={{ items: [], count: 0, offset: 0, limit: 10 }}
        afterBalances={
          <RebateWithdrawalsView page={{ items: [], count: 0, offset: 0, limit: 10 }} />
        }
      />
    )
    const balances = html.indexOf("mr-rebate-balances")
    const withdrawals = html.indexOf("mr-rebate-withdrawals")
    expect(withdrawals).toBeGreaterThan(balances)
    expect(withdrawals).toBeLessThan(html.indexOf("mr-rebate-order-rewards"))
  })
})
