import { RebateAccountView } from "../account"
import { orderRewards, reward } from "./fixtures"
import { render, text } from "./render"

const page = <T,>(items: T[]) => ({ items, count: items.length, offset: 0, limit: 20 })

describe("rewards on risk review", () => {
  it("says a reward on review waits for the store, not for its date", () => {
    const order = {
      ...orderRewards,
      rewards: [{ ...reward, role: "level1" as const, on_review: true, review_reason: null }],
    }
    const html = render(<RebateAccountView accounts={[]} rewards={page([order])} />)
    expect(html).toContain('data-review="on_review"')
    expect(text(html)).toContain(
      "On review: the store checks this reward before it can become available"
    )
    expect(text(html)).toContain("Referral commission 5% back $3.13 On review")
    expect(text(html)).toContain("Available after the store's review")
    expect(text(html)).not.toContain("Mar 20, 2026")
    const zh = render(<RebateAccountView accounts={[]} rewards={page([order])} />, "zh-CN")
    expect(text(zh)).toContain("审核中：商家确认后才会到账")
  })

  it("shows the reason of a rejection with the canceled reward", () => {
    const order = {
      ...orderRewards,
      amount: 0,
      settles_at: null,
      rewards: [
        {
          ...reward,
          status: "voided" as const,
          reversed_amount: 3.13,
          on_review: false,
          review_reason: "Self-referral: same buyer",
        },
      ],
    }
    const html = render(<RebateAccountView accounts={[]} rewards={page([order])} />)
    expect(html).toContain('data-review="rejected"')
    expect(text(html)).toContain("Canceled")
    expect(text(html)).toContain("Not approved: Self-referral: same buyer")
    const zh = render(<RebateAccountView accounts={[]} rewards={page([order])} />, "zh-CN")
    expect(text(zh)).toContain("未通过审核：Self-referral: same buyer")
  })

  it("shows nothing about review for an ordinary reward", () => {
    const html = render(<RebateAccountView accounts={[]} rewards={page([orderRewards])} />)
    expect(html).not.toContain("data-review")
    expect(html).not.toContain("mr-rebate-rewards__review")
  })
})
