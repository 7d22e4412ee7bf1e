import {
  createRebatesI18n,
  formatAmount,
  formatDate,
  formatDays,
  interpolate,
  rebateMessages,
} from "../i18n"
import { en } from "../messages/en"
import { zhCN } from "../messages/zh-CN"

describe("formatAmount", () => {
  it("formats USD and JPY in English", () => {
    expect(formatAmount(3.13, "usd", "en")).toBe("$3.13")
    expect(formatAmount(1234.5, "USD", "en")).toBe("$1,234.50")
    expect(formatAmount(300, "jpy", "en")).toBe("¥300")
  })

  it("formats USD and JPY in Simplified Chinese", () => {
    expect(formatAmount(3.13, "usd", "zh-CN")).toBe("US$3.13")
    expect(formatAmount(1234.5, "usd", "zh-CN")).toBe("US$1,234.50")
    expect(formatAmount(300, "jpy", "zh-CN")).toBe("JP¥300")
  })

  it("keeps the number and the code for an unknown currency", () => {
    expect(formatAmount(2.5, "x1", "en")).toBe("2.5 X1")
  })
})

describe("dates and durations", () => {
  it("formats a medium date in the locale and time zone", () => {
    const at = "2026-03-20T23:30:00.000Z"
    expect(formatDate(at, "en", "UTC")).toBe("Mar 20, 2026")
    expect(formatDate(at, "en", "Asia/Shanghai")).toBe("Mar 21, 2026")
    expect(formatDate(at, "zh-CN", "UTC")).toBe("2026年3月20日")
    expect(formatDate(null, "en")).toBe("")
    expect(formatDate("nope", "en")).toBe("")
  })

  it("says days in words", () => {
    expect(formatDays(7, "en")).toBe("7 days")
    expect(formatDays(1, "en")).toBe("1 day")
    expect(formatDays(7, "zh-CN")).toBe("7天")
  })
})

describe("messages", () => {
  it("ship the same keys in both languages, none empty", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort())
    for (const value of [...Object.values(en), ...Object.values(zhCN)]) {
      expect(value.trim()).not.toBe("")
    }
  })

  it("keep the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, names(zhCN[key])]).toEqual([key, names(en[key])])
    }
  })

  it("pick Chinese for zh locales and English for the rest", () => {
    expect(rebateMessages("zh-CN")["badge.return"]).toBe("返 {amount}")
    expect(rebateMessages("zh")["badge.return"]).toBe("返 {amount}")
    expect(rebateMessages("fr-FR")["badge.return"]).toBe("Return {amount}")
  })

  it("are overridden per key, the others kept", () => {
    const i18n = createRebatesI18n("zh-CN", { "badge.return": "立返 {amount}" })
    expect(i18n.t("badge.return", { amount: i18n.amount(3.13, "usd") })).toBe("立返 US$3.13")
    expect(i18n.t("badge.returnUpTo", { amount: "x" })).toBe("最高返 x")
  })

  it("fill placeholders and leave unknown ones", () => {
    expect(interpolate("Page {page} of {pages}", { page: 1, pages: 3 })).toBe("Page 1 of 3")
    expect(interpolate("Hi {name}", {})).toBe("Hi {name}")
  })
})
