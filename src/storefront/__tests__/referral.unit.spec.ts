import {
  readReferralCookie,
  REFERRAL_COOKIE,
  REFERRAL_PARAM,
  referralCookie,
  referralFromUrl,
} from "../referral"

describe("referralFromUrl", () => {
  it("reads ?ref= from absolute URLs, paths and URL objects", () => {
    expect(REFERRAL_PARAM).toBe("ref")
    expect(referralFromUrl("https://shop.test/products/tee?ref=ANNA&x=1")).toBe("ANNA")
    expect(referralFromUrl("/products/tee?ref=%20ANNA%20")).toBe("ANNA")
    expect(referralFromUrl(new URL("https://shop.test/?ref=B0B"))).toBe("B0B")
    expect(referralFromUrl("https://shop.test/?invite=C1", "invite")).toBe("C1")
  })

  it("gives null for no code, an empty or an over-long one, and a bad URL", () => {
    expect(referralFromUrl("https://shop.test/")).toBeNull()
    expect(referralFromUrl("https://shop.test/?ref=")).toBeNull()
    expect(referralFromUrl(`https://shop.test/?ref=${"x".repeat(65)}`)).toBeNull()
    expect(referralFromUrl(`https://shop.test/?ref=${"x".repeat(64)}`)).toBe("x".repeat(64))
    expect(referralFromUrl("http://[::1")).toBeNull()
  })
})

describe("referralCookie", () => {
  const now = Date.parse("2026-05-01T00:00:00Z")

  it("keeps the code until the visit expires", () => {
    expect(REFERRAL_COOKIE).toBe("rebate_ref")
    expect(referralCookie("ANNA", "2026-05-31T00:00:00Z", { now })).toBe(
      `rebate_ref=ANNA; max-age=${30 * 24 * 3600}; path=/; SameSite=Lax`
    )
    expect(referralCookie("A B", new Date(now + 90_500), { now, secure: true })).toBe(
      "rebate_ref=A%20B; max-age=90; path=/; SameSite=Lax; Secure"
    )
  })

  it("deletes the cookie (max-age=0) for a past or invalid expiry", () => {
    expect(referralCookie("ANNA", "2026-04-01T00:00:00Z", { now })).toContain("max-age=0;")
    expect(referralCookie("ANNA", "not a date", { now })).toContain("max-age=0;")
  })
})

describe("readReferralCookie", () => {
  it("finds the code among other cookies and decodes it", () => {
    expect(readReferralCookie("a=1; rebate_ref=A%20B; b=2")).toBe("A B")
    expect(readReferralCookie("rebate_ref=ANNA")).toBe("ANNA")
  })

  it("gives null without the cookie or with a broken value", () => {
    expect(readReferralCookie("")).toBeNull()
    expect(readReferralCookie(undefined)).toBeNull()
    expect(readReferralCookie("xrebate_ref=ANNA; other=1")).toBeNull()
    expect(readReferralCookie("rebate_ref=%E0%A4%A")).toBeNull()
    expect(readReferralCookie("rebate_ref=")).toBeNull()
  })

  it("reads back what referralCookie wrote", () => {
    const cookie = referralCookie("ÄNNA-1", "2099-01-01T00:00:00Z").split(";")[0]
    expect(readReferralCookie(cookie)).toBe("ÄNNA-1")
  })
})
