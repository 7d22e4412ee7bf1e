import { renderToStaticMarkup } from "react-dom/server"
import {
  activeCapture,
  isCaptureExpired,
  isFinalFailure,
  needsAttach,
  needsVisit,
  parseCaptureRecord,
  randomDeviceId,
  recordFromVisit,
  withCart,
  type ReferralCaptureRecord,
} from "../referral/capture"
import { ReferralCapture, useReferralCapture, useReferralCode } from "../referral-capture"
import { render } from "./render"

const now = Date.parse("2026-05-01T00:00:00Z")
const record = (overrides: Partial<ReferralCaptureRecord> = {}): ReferralCaptureRecord => ({
  code: "ANNA",
  visit_id: "rvis_1",
  expires_at: "2026-05-31T00:00:00Z",
  carts: [],
  ...overrides,
})

describe("parseCaptureRecord", () => {
  it("reads back a stored record", () => {
    const stored = record({ carts: ["cart_1"] })
    expect(parseCaptureRecord(JSON.stringify(stored))).toEqual(stored)
  })

  it("gives null for anything that is not a record, without throwing", () => {
    for (const raw of [null, "", "{", "null", "42", '"ANNA"', '{"code":""}', '{"code":7}']) {
      expect(parseCaptureRecord(raw)).toBeNull()
    }
  })

  it("drops malformed fields rather than the record", () => {
    expect(parseCaptureRecord('{"code":" ANNA ","visit_id":1,"carts":["c",2]}')).toEqual({
      code: "ANNA",
      visit_id: null,
      expires_at: null,
      carts: ["c"],
    })
  })
})

describe("expiry", () => {
  it("ends at the visit's expires_at", () => {
    expect(isCaptureExpired(record(), now)).toBe(false)
    expect(isCaptureExpired(record(), Date.parse("2026-05-31T00:00:00Z"))).toBe(true)
    expect(isCaptureExpired(record({ expires_at: "garbage" }), now)).toBe(true)
    expect(isCaptureExpired(record({ expires_at: null }), now)).toBe(false)
    expect(activeCapture(record({ expires_at: "2026-04-30T23:59:59Z" }), now)).toBeNull()
    expect(activeCapture(null, now)).toBeNull()
  })
})

describe("needsVisit", () => {
  it("records a visit once per code while it runs", () => {
    expect(needsVisit(null, "ANNA", now)).toBe(true)
    expect(needsVisit(record(), "ANNA", now)).toBe(false)
    expect(needsVisit(record(), "BOB", now)).toBe(true)
  })

  it("records again once the visit expired, or for a code known only from the cookie", () => {
    expect(needsVisit(record({ expires_at: "2026-04-01T00:00:00Z" }), "ANNA", now)).toBe(true)
    expect(needsVisit(record({ visit_id: null, expires_at: null }), "ANNA", now)).toBe(true)
  })

  it("starts a new code's record from its visit, with no carts", () => {
    expect(
      recordFromVisit({ id: "rvis_2", code: "BOB", expires_at: "2026-06-01T00:00:00Z" })
    ).toEqual({ code: "BOB", visit_id: "rvis_2", expires_at: "2026-06-01T00:00:00Z", carts: [] })
  })
})

describe("needsAttach", () => {
  it("attaches once per cart while the code runs", () => {
    expect(needsAttach(record(), "cart_1", now)).toBe(true)
    const attached = withCart(record(), "cart_1")
    expect(needsAttach(attached, "cart_1", now)).toBe(false)
    expect(needsAttach(attached, "cart_2", now)).toBe(true)
    expect(withCart(attached, "cart_1")).toBe(attached)
  })

  it("attaches nothing without a cart, a code, or after expiry", () => {
    expect(needsAttach(record(), null, now)).toBe(false)
    expect(needsAttach(null, "cart_1", now)).toBe(false)
    expect(needsAttach(record({ expires_at: "2026-04-01T00:00:00Z" }), "cart_1", now)).toBe(false)
  })

  it("keeps a bounded list of carts", () => {
    let r = record()
    for (let i = 0; i < 30; i++) r = withCart(r, `cart_${i}`)
    expect(r.carts).toHaveLength(20)
    expect(r.carts[19]).toBe("cart_29")
  })
})

describe("isFinalFailure", () => {
  it("gives up on 4xx answers, retries network errors, 5xx and rate limits", () => {
    expect(isFinalFailure({ status: 404 })).toBe(true)
    expect(isFinalFailure({ status: 400 })).toBe(true)
    expect(isFinalFailure({ status: 429 })).toBe(false)
    expect(isFinalFailure({ status: 503 })).toBe(false)
    expect(isFinalFailure(new TypeError("fetch failed"))).toBe(false)
    expect(isFinalFailure(null)).toBe(false)
  })
})

describe("randomDeviceId", () => {
  it("is random", () => {
    const ids = new Set(Array.from({ length: 50 }, randomDeviceId))
    expect(ids.size).toBe(50)
  })
})

describe("ReferralCapture on the server", () => {
  it("renders nothing and reads no code", () => {
    function Probe() {
      const code = useReferralCode()
      const state = useReferralCapture()
      return <i>{`${code}|${state.code}|${String(state.error)}`}</i>
    }
    expect(
      render(
        <>
          <ReferralCapture cartId="cart_1" />
          <Probe />
        </>
      )
    ).toBe("<i>null|null|undefined</i>")
    // Outside a provider too: capture never throws into the page.
    expect(renderToStaticMarkup(<ReferralCapture />)).toBe("")
  })
})
