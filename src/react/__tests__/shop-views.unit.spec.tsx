import { renderToStaticMarkup } from "react-dom/server"
import { RebateBadge, RebateBadgeView } from "../badge"
import { CartRebateSummary, CartRebateSummaryView } from "../cart-summary"
import { OrderRebate, OrderRebateView } from "../order-rebate"
import { rebateProgressSteps } from "../progress"
import { orderRebate, progress, reward } from "./fixtures"
import { render, text } from "./render"

describe("RebateBadge", () => {
  it("says Return $X in English and 返 US$X in Chinese", () => {
    const en = render(<RebateBadgeView amount={3.13} currencyCode="usd" className="pdp" />)
    expect(en).toContain('data-testid="rebate-badge"')
    expect(en).toContain('class="mr-rebate-badge pdp"')
    expect(en).toContain('aria-live="polite"')
    expect(text(en)).toBe("Return $3.13")
    expect(text(render(<RebateBadgeView amount={3.13} currencyCode="usd" />, "zh-CN"))).toBe(
      "返 US$3.13"
    )
    expect(text(render(<RebateBadgeView amount={300} currencyCode="jpy" upTo />, "zh-CN"))).toBe(
      "最高返 JP¥300"
    )
  })

  it("renders nothing for 0, and overridden strings when given", () => {
    expect(render(<RebateBadgeView amount={0} currencyCode="usd" />)).toBe("")
    const custom = render(<RebateBadgeView amount={2} currencyCode="usd" />, "en", {
      "badge.return": "Earn {amount} back",
    })
    expect(text(custom)).toBe("Earn $2.00 back")
  })

  it("shows a given amount without a request, and nothing while a quote would load", () => {
    expect(text(render(<RebateBadge amount={1.5} currencyCode="eur" upTo />))).toBe(
      "Return up to €1.50"
    )
    expect(render(<RebateBadge variantId="variant_1" regionId="reg_1" />)).toBe("")
  })

  it("asks for a provider when it has to load", () => {
    expect(() =>
      renderToStaticMarkup(<RebateBadge variantId="variant_1" regionId="reg_1" />)
    ).toThrow(/RebatesProvider/)
    expect(renderToStaticMarkup(<RebateBadgeView amount={1} currencyCode="usd" />)).toContain(
      "Return $1.00"
    )
  })
})

describe("CartRebateSummary", () => {
  const estimate = {
    currency_code: "usd",
    amount: 4.13,
    lines: [
      { line_item_id: "cali_1", amount: 3.13 },
      { line_item_id: "cali_2", amount: 1 },
      { line_item_id: "cali_3", amount: 0 },
    ],
    campaigns: [],
  }
  const lines = [
    { id: "cali_1", title: "Tee" },
    { id: "cali_2", title: "Mug" },
    { id: "cali_3", title: "Gift card" },
  ]

  it("shows each earning line and the total", () => {
    const html = render(<CartRebateSummaryView estimate={estimate} lines={lines} />)
    expect(html).toContain('data-testid="cart-rebate-total"')
    expect(html).toContain('data-line-id="cali_1"')
    expect(html).not.toContain("Gift card")
    expect(text(html)).toContain("Tee $3.13 Mug $1.00 You earn $4.13")
  })

  it("shows only the total without line titles, in Chinese too", () => {
    const html = render(<CartRebateSummaryView estimate={estimate} />, "zh-CN")
    expect(html).not.toContain("mr-cart-rebate-summary__lines")
    expect(text(html)).toContain("预计返 US$4.13")
  })

  it("renders nothing for a cart that earns nothing, or before the estimate loads", () => {
    expect(render(<CartRebateSummaryView estimate={{ ...estimate, amount: 0 }} />)).toBe("")
    expect(render(<CartRebateSummary cartId="cart_1" lines={lines} />)).toBe("")
  })
})

describe("OrderRebate", () => {
  it("shows the amount, status, settlement and progress of a customer's order", () => {
    const html = render(
      <OrderRebateView rebate={orderRebate({ settles_at: "2026-03-20T00:00:00.000Z" })} />
    )
    expect(html).toContain('data-testid="order-rebate-amount"')
    expect(html).toContain('data-status="pending"')
    expect(text(html)).toContain("You earned $3.13 On its way Available on Mar 20, 2026")
    expect(html).toContain('data-step="shipped" data-done="true"')
    expect(html).toContain('data-step="delivered" data-done="false" aria-current="step"')
    expect(html).not.toContain("mr-order-rebate__guest")
  })

  it("tells a guest to create an account to collect it, with the links", () => {
    const html = render(
      <OrderRebateView
        rebate={orderRebate({ guest: true })}
        registerHref="/account/register?order=order_1"
        signInHref="/account/login"
      />,
      "zh-CN"
    )
    expect(html).toContain('data-guest="true"')
    expect(text(html)).toContain("注册账户即可领取")
    expect(html).toContain('href="/account/register?order=order_1"')
    expect(html).toContain('href="/account/login"')
    expect(text(html)).toContain("您获得 US$3.13 返利")
  })

  it("shows holds, reversals and each reward when there are several", () => {
    const html = render(
      <OrderRebateView
        rebate={orderRebate({
          status: "mixed",
          on_hold: true,
          amount: 4,
          reversed_amount: 1,
          rewards: [reward, { ...reward, id: "rrew_2", role: "invitee", amount: 1.87 }],
        })}
      />
    )
    expect(text(html)).toContain("On hold while a return is open")
    expect(text(html)).toContain("$1.00 reversed")
    expect(text(html)).toContain("Welcome reward")
  })

  it("says the cashback is being worked out while the order is processing", () => {
    const processing = orderRebate({ status: "processing", currency_code: null, rewards: [] })
    const html = render(<OrderRebateView rebate={processing} />)
    expect(html).toContain('data-status="processing"')
    expect(html).toContain('role="status"')
    expect(text(html)).toBe("Working out your cashback…")
    expect(text(render(<OrderRebateView rebate={processing} />, "zh-CN"))).toBe("正在计算您的返利…")
  })

  it("renders nothing for an order without cashback, or before it loads", () => {
    expect(render(<OrderRebateView rebate={orderRebate({ status: "none", rewards: [] })} />)).toBe(
      ""
    )
    expect(render(<OrderRebate orderId="order_1" />)).toBe("")
  })
})

describe("rebateProgressSteps", () => {
  it("ends with the settlement date once delivered", () => {
    const steps = rebateProgressSteps(
      { ...progress, delivered_at: "2026-03-13T00:00:00.000Z" },
      "pending",
      "2026-03-20T00:00:00.000Z"
    )
    expect(steps.map((s) => [s.id, s.done])).toEqual([
      ["placed", true],
      ["paid", true],
      ["shipped", true],
      ["delivered", true],
      ["settle", false],
    ])
    expect(steps[4]).toMatchObject({ label: "progress.settlesOn", at: "2026-03-20T00:00:00.000Z" })
  })

  it("is settled for available rewards, and ends at canceled for a canceled order", () => {
    const settled = rebateProgressSteps(progress, "available", null, [
      { settled_at: "2026-03-21T00:00:00.000Z" },
      { settled_at: "2026-03-22T00:00:00.000Z" },
    ])
    expect(settled[4]).toMatchObject({ label: "progress.settled", done: true })
    expect(settled[4].at).toBe("2026-03-22T00:00:00.000Z")
    const canceled = rebateProgressSteps(
      { ...progress, shipped_at: null, canceled_at: "2026-03-02T00:00:00.000Z" },
      "voided",
      null
    )
    expect(canceled.map((s) => s.id)).toEqual(["placed", "paid", "canceled"])
    expect(rebateProgressSteps(null, "pending", null)[4].label).toBe("progress.settles")
  })
})
