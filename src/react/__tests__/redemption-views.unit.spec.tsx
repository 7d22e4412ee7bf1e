import type { StoreRebateRedemptionState } from "../../storefront/types"
import { CartRebateRedemption } from "../redemption"
import {
  CartRebateRedemptionGuestView,
  CartRebateRedemptionView,
  redemptionBlocked,
  redemptionErrorField,
  type CartRebateRedemptionViewProps,
} from "../redemption-view"
import { render, text } from "./render"

const open: StoreRebateRedemptionState = {
  rebate_redemption: null,
  currency_code: "usd",
  available: 40,
  applicable: 32.5,
  enabled: true,
  cart_total: 32.5,
}
const applied: StoreRebateRedemptionState = {
  ...open,
  rebate_redemption: {
    id: "rred_1",
    cart_id: "cart_1",
    currency_code: "usd",
    amount: 12.5,
    status: "held",
    expires_at: "2026-12-02T11:00:00.000Z",
  },
  available: 27.5,
  cart_total: 20,
}

const noop = () => {}
const view = (props: Partial<CartRebateRedemptionViewProps> = {}, locale = "en") =>
  render(
    <CartRebateRedemptionView
      state={open}
      amount=""
      onAmountChange={noop}
      onApply={noop}
      onRemove={noop}
      {...props}
    />,
    locale
  )

describe("CartRebateRedemptionView", () => {
  it("offers the balance: all the cart can take, or an amount", () => {
    const html = view()
    expect(html).toContain('data-testid="cart-redemption" data-status="open"')
    expect(html).toMatch(/data-testid="redemption-available" data-amount="40">\$40.00</)
    expect(text(html)).toContain("Pay with your cashback Available balance $40.00")
    expect(text(html)).toContain("Use my balance ($32.50)")
    expect(text(html)).toContain("Amount (USD)")
    expect(text(html)).toContain("Up to $32.50 on this order")
    expect(html).toContain('inputMode="decimal"')
    expect(html).not.toMatch(/data-testid="redemption-(use-all|apply)" disabled/)
    expect(html).not.toContain("redemption-applied")
    expect(html).not.toContain("redemption-remove")
    expect(html).not.toContain("redemption-error")
  })

  it("shows the amount applied with Remove and what is left to pay, in Chinese too", () => {
    const html = view({ state: applied })
    expect(html).toContain('data-status="applied"')
    expect(html).toMatch(/data-testid="redemption-applied" data-amount="12.5">-\$12.50</)
    expect(html).toMatch(/data-testid="redemption-cart-total" data-amount="20">\$20.00</)
    expect(text(html)).toContain("Paid with balance -$12.50 Left to pay $20.00")
    expect(text(html)).toContain("goes back to your balance. Remove")
    // Less than all is applied: the shopper may still take all, or change the amount.
    expect(html).not.toMatch(/data-testid="redemption-use-all" disabled/)
    const zh = text(view({ state: applied }, "zh-CN"))
    expect(zh).toContain("使用返利余额支付 可用余额 US$27.50 余额抵扣 -US$12.50 还需支付 US$20.00")
    expect(zh).toContain("移除")
    expect(zh).toContain("使用余额（US$32.50）")
    expect(zh).toContain("本单最多可用 US$32.50")
  })

  it("disables Use my balance once all that can be applied is", () => {
    const all = { ...applied, rebate_redemption: { ...applied.rebate_redemption!, amount: 32.5 } }
    expect(view({ state: all })).toMatch(/data-testid="redemption-use-all" disabled=""/)
  })

  it("is closed when the store has it off, with nothing available, or nothing left to pay", () => {
    const off = view({ state: { ...open, enabled: false } })
    expect(off).toContain('data-status="disabled"')
    expect(text(off)).toContain("Paying with cashback is not available at the moment.")
    expect(off).not.toContain("redemption-amount")
    const none = view({ state: { ...open, available: 0, applicable: 0 } }, "zh-CN")
    expect(none).toContain('data-status="nothing"')
    expect(text(none)).toContain("暂无可用的返利余额。")
    const paid = view({ state: { ...open, applicable: 0, cart_total: 0 } })
    expect(text(paid)).toContain("There is nothing left to pay on this order.")
    // Turned off after the shopper applied some: Remove still gives it back.
    const offApplied = view({ state: { ...applied, enabled: false } })
    expect(offApplied).toContain('data-status="applied"')
    expect(offApplied).toContain('data-testid="redemption-remove"')
    expect(offApplied).not.toContain("redemption-use-all")
  })

  it("shows each error under its field, and the busy button's word", () => {
    const html = view({
      amount: "99",
      busy: "apply",
      errors: { amount: "Insufficient available balance: 40 USD available" },
    })
    expect(html).toMatch(
      /data-testid="redemption-error" data-field="amount" role="alert">Insufficient available balance/
    )
    expect(html).toMatch(
      /aria-invalid="true" aria-describedby="[^"]+-amount-hint [^"]+-error-amount"/
    )
    expect(html).toContain('value="99"')
    expect(text(html)).toContain("Applying…")
    expect(html).toMatch(/data-testid="redemption-apply" disabled=""/)
    const removing = view({ state: applied, busy: "remove", errors: { form: "Cart completed" } })
    expect(text(removing)).toContain("Removing…")
    expect(removing).toMatch(/data-field="form" role="alert">Cart completed</)
  })

  it("asks a guest to sign in", () => {
    const html = render(<CartRebateRedemptionGuestView signInHref="/sign-in?next=/checkout" />)
    expect(html).toContain('data-status="guest"')
    expect(html).toContain('href="/sign-in?next=/checkout"')
    expect(text(html)).toBe("Sign in to pay with your cashback balance. Sign in")
    expect(text(render(<CartRebateRedemptionGuestView />, "zh-CN"))).toBe(
      "登录后即可使用返利余额支付。"
    )
  })

  it("shows the title and Loading while the state loads, without fetching on the server", () => {
    const html = render(<CartRebateRedemption cartId="cart_1" />)
    expect(html).toContain('aria-busy="true"')
    expect(text(html)).toBe("Pay with your cashback Loading…")
  })
})

describe("redemption rules", () => {
  it("says why nothing can be applied", () => {
    expect(redemptionBlocked(open)).toBeNull()
    expect(redemptionBlocked(applied)).toBeNull()
    expect(redemptionBlocked({ ...open, enabled: false })).toBe("disabled")
    expect(redemptionBlocked({ ...open, available: 0, applicable: 0 })).toBe("nothing")
    expect(redemptionBlocked({ ...open, applicable: 0 })).toBe("paidInFull")
  })

  it("puts the store's refusals under the amount or the form", () => {
    // The store's own messages.
    expect(redemptionErrorField("amount: must be greater than zero", 400)).toBe("amount")
    expect(redemptionErrorField("amount: at most 25 usd, what the cart has left to pay", 400)).toBe(
      "amount"
    )
    expect(redemptionErrorField("amount: the cart has nothing left to pay", 400)).toBe("amount")
    expect(
      redemptionErrorField("Insufficient available balance: 7.5 usd available, 9 requested", 409)
    ).toBe("amount")
    expect(redemptionErrorField("No available usd balance to spend", 409)).toBe("amount")
    expect(
      redemptionErrorField("Paying with rebate balance is turned off in this store", 400)
    ).toBe("form")
    expect(redemptionErrorField("Cart cart_1 is already completed", 409)).toBe("form")
    expect(redemptionErrorField("Cart with id: cart_1 was not found", 404)).toBe("form")
    // A message that talks about the amount without starting with it.
    expect(redemptionErrorField("The amount has more decimals than USD allows", 400)).toBe("amount")
  })
})
