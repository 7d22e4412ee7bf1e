import { describeEvidence, rulesOf, shortHash, summarizeDecision } from "../evidence"

describe("describeEvidence", () => {
  it("shows the hashed e-mail buyer and promoter share as a match", () => {
    const view = describeEvidence({
      rule: "self_referral_email",
      beneficiary_id: "cus_p",
      evidence: { email_hash: "abc123" },
    })
    expect(view).toEqual({ match: { field: "email", values: ["abc123"] }, counts: [], facts: [] })
  })

  it("lists every shared device hash", () => {
    const view = describeEvidence({
      rule: "shared_device",
      beneficiary_id: "cus_p",
      evidence: { device_hashes: ["d1", "d2"] },
    })
    expect(view.match).toEqual({ field: "device", values: ["d1", "d2"] })
  })

  it("compares a promoter's orders with the maximum and keeps the window as a fact", () => {
    const view = describeEvidence({
      rule: "velocity_promoter",
      beneficiary_id: "cus_p",
      evidence: { orders: 51, max: 50, window_hours: 24 },
    })
    expect(view.counts).toEqual([
      { key: "orders_per_promoter", observed: 51, limit: 50, over: true },
    ])
    expect(view.facts).toEqual([{ key: "window_hours", value: "24" }])
    expect(view.match).toBeNull()
  })

  it("has one row per device over the maximum, naming the device hash", () => {
    const view = describeEvidence({
      rule: "velocity_device",
      beneficiary_id: null,
      evidence: { devices: [{ device_hash: "h1", orders: 2 }], max: 1, window_hours: 24 },
    })
    expect(view.counts).toEqual([
      { key: "orders_per_device", subject: "h1", observed: 2, limit: 1, over: true },
    ])
  })

  it("shows both farming counts, the quiet one not over", () => {
    const view = describeEvidence({
      rule: "new_account_farming",
      beneficiary_id: "cus_p",
      evidence: {
        new_accounts_same_device: 10,
        new_accounts_same_address: 0,
        max: 3,
        window_days: 7,
        new_account_days: 7,
        buyer_account_age_days: 0,
      },
    })
    expect(view.counts.map((c) => [c.key, c.observed, c.over])).toEqual([
      ["new_accounts_same_device", 10, true],
      ["new_accounts_same_address", 0, false],
    ])
    expect(view.facts.map((f) => f.key)).toEqual([
      "window_days",
      "new_account_days",
      "buyer_account_age_days",
    ])
  })

  it("keeps what it does not know as facts", () => {
    const view = describeEvidence({
      rule: "risk_check_failed",
      beneficiary_id: null,
      evidence: { message: "timeout", detail: { a: 1 } },
    })
    expect(view.facts).toEqual([
      { key: "message", value: "timeout" },
      { key: "detail", value: '{"a":1}' },
    ])
  })
})

describe("rulesOf and shortHash", () => {
  it("lists each rule once in the order found", () => {
    expect(
      rulesOf([
        { rule: "shared_ip", beneficiary_id: "a", evidence: {} },
        { rule: "shared_device", beneficiary_id: "a", evidence: {} },
        { rule: "shared_ip", beneficiary_id: "b", evidence: {} },
      ])
    ).toEqual(["shared_ip", "shared_device"])
    expect(rulesOf(null)).toEqual([])
  })

  it("shortens long hashes only", () => {
    expect(shortHash("0123456789abcdef")).toBe("0123456789ab…")
    expect(shortHash("short")).toBe("short")
  })
})

describe("summarizeDecision", () => {
  it("tells changed, repeated and refused rewards apart", () => {
    expect(
      summarizeDecision([
        { id: "a", ok: true, changed: true, review_status: "approved", status: "pending" },
        { id: "b", ok: true, changed: false, review_status: "approved", status: "pending" },
        { id: "c", ok: false, error: { status: 409, message: "already rejected" } },
      ])
    ).toEqual({
      changed: ["a"],
      unchanged: ["b"],
      failed: [{ id: "c", status: 409, message: "already rejected" }],
    })
  })
})
