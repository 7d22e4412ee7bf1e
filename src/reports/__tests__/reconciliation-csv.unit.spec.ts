import { parse } from "csv-parse/sync"
import enReports from "../../admin/i18n/en/reports.json"
import zhReports from "../../admin/i18n/zh-CN/reports.json"
import { reportPeriod } from "../../modules/rebate/services/finance-reports"
import { safeCell } from "../csv-cells"
import { RECONCILIATION_COLUMNS, reconciliationCsv } from "../reconciliation-csv"

describe("safeCell", () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ["+1+cmd", "'+1+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["-4", "-4"],
    ["-0.5", "-0.5"],
    ["12.50", "12.50"],
    ["BANK-REF", "BANK-REF"],
    ["", ""],
  ])("%j -> %j", (value, expected) => {
    expect(safeCell(value)).toEqual(expected)
  })
})

describe("reconciliationCsv", () => {
  it("writes the header once, every column in order, dates in ISO and empty cells for null", () => {
    const at = new Date("2026-12-01T10:00:00.123Z")
    const header = reconciliationCsv([], { header: true })
    const rows = reconciliationCsv([
      { entry_id: "rle_1", created_at: at, type: "pay", amount: "-4", payout_reference: '=X, "y"' },
      { entry_id: "rle_2", type: "settle", amount: "2.7", order_display_id: 12, campaign_id: null },
    ])
    const parsed: Record<string, string>[] = parse(header + rows, { columns: true })
    expect(Object.keys(parsed[0])).toEqual([...RECONCILIATION_COLUMNS])
    expect(parsed[0]).toMatchObject({
      entry_id: "rle_1",
      created_at: "2026-12-01T10:00:00.123Z",
      amount: "-4",
      payout_reference: '\'=X, "y"',
      order_id: "",
    })
    expect(parsed[1]).toMatchObject({ amount: "2.7", order_display_id: "12", campaign_id: "" })
    expect(header.trim()).toEqual(RECONCILIATION_COLUMNS.join(","))
  })
})

describe("reportPeriod", () => {
  const d = (s: string) => new Date(s)
  it("takes from = to (an empty period) and lower-cases the currency", () => {
    expect(
      reportPeriod({ from: d("2026-12-01"), to: d("2026-12-01"), currency_code: "USD" })
    ).toEqual({
      from: d("2026-12-01"),
      to: d("2026-12-01"),
      currency_code: "usd",
    })
  })
  it("refuses to before from, naming to, and an invalid date, naming it", () => {
    expect(() => reportPeriod({ from: d("2026-12-02"), to: d("2026-12-01") })).toThrow(/^to:/)
    expect(() => reportPeriod({ from: d("nope"), to: d("2026-12-01") })).toThrow(/^from:/)
    expect(() => reportPeriod({ from: d("2026-12-01"), to: d("nope") })).toThrow(/^to:/)
  })
})

describe("Reports page strings", () => {
  const keys = (o: object, prefix = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]
    )
  it("has every key in both languages", () => {
    expect(keys(zhReports).sort()).toEqual(keys(enReports).sort())
  })
})
