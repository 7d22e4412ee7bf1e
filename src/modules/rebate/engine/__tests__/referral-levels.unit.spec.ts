import fc from "fast-check"
import { CODE_ALPHABET, generateCode, normalizeCode, vanityCodeProblem } from "../../referral/codes"
import { BindingFact, referralLevels } from "../referral-levels"
import { shareLinks, trackingLink } from "../../referral/links"
import { maskEmail, maskName } from "../../referral/mask"
import { replacesAttribution } from "../attribution"

const at = new Date("2026-11-24T12:00:00Z")
const days = (n: number) => new Date(at.getTime() + n * 86_400_000)
const bound = (
  invitee: string,
  inviter: string | null,
  expires: Date | null = null
): BindingFact => ({
  invitee_id: invitee,
  inviter_id: inviter,
  bound_at: days(-10),
  expires_at: expires,
})

describe("promoter codes", () => {
  it("are 8 characters from an alphabet without look-alikes, and differ from each other", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateCode()))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`))
    expect(CODE_ALPHABET).not.toMatch(/[01ILOUV]/)
  })

  it("compare without case, spaces or dashes", () => {
    expect(normalizeCode(" abcd-2345 ")).toBe("ABCD2345")
    expect(normalizeCode("summer sale")).toBe("SUMMERSALE")
  })

  it("refuse vanity codes that are too short, too long or have symbols", () => {
    expect(vanityCodeProblem("SUMMER26")).toBeNull()
    expect(vanityCodeProblem("ABC")).toMatch(/4 to 32/)
    expect(vanityCodeProblem("A".repeat(33))).toMatch(/4 to 32/)
    expect(vanityCodeProblem("SALE!")).toMatch(/letters/)
  })
})

describe("referral levels", () => {
  const base = {
    buyer_id: "buyer",
    binding: null,
    attribution: null,
    bindingOf: () => null,
    priority: "binding" as const,
    at,
  }

  it("level 1 is the bound inviter, level 2 the inviter's own inviter, and nothing deeper", () => {
    const tree: Record<string, BindingFact> = { b: bound("b", "a"), a: bound("a", "root") }
    const levels = referralLevels({
      ...base,
      binding: bound("buyer", "b"),
      bindingOf: (id) => tree[id] ?? null,
    })
    expect(levels).toEqual({
      inviter_id: "b",
      bound_at: days(-10),
      level1_id: "b",
      level2_id: "a",
      level1_source: "binding",
    })
  })

  it("an order attributed to a promoter without a binding makes that promoter level 1", () => {
    const levels = referralLevels({
      ...base,
      attribution: { promoter_id: "p", expires_at: days(1) },
      bindingOf: (id) => (id === "p" ? bound("p", "q") : null),
    })
    expect(levels).toMatchObject({
      inviter_id: null,
      level1_id: "p",
      level2_id: "q",
      level1_source: "attribution",
    })
  })

  it("binding wins over attribution by default; attribution wins when configured", () => {
    const input = {
      ...base,
      binding: bound("buyer", "b"),
      attribution: { promoter_id: "p", expires_at: days(1) },
    }
    expect(referralLevels(input).level1_id).toBe("b")
    const byLink = referralLevels({ ...input, priority: "attribution" })
    expect(byLink).toMatchObject({ level1_id: "p", level1_source: "attribution", inviter_id: "b" })
  })

  it("ignores expired bindings and attributions, and never makes the buyer a promoter", () => {
    expect(
      referralLevels({
        ...base,
        binding: bound("buyer", "b", days(-1)),
        attribution: { promoter_id: "p", expires_at: days(-1) },
      })
    ).toMatchObject({ inviter_id: null, level1_id: null, level2_id: null, level1_source: null })
    expect(
      referralLevels({ ...base, attribution: { promoter_id: "buyer", expires_at: days(1) } })
        .level1_id
    ).toBeNull()
    // The buyer invited their own inviter: the buyer is not level 2 of their own order.
    const cycle = referralLevels({
      ...base,
      binding: bound("buyer", "b"),
      bindingOf: () => bound("b", "buyer"),
    })
    expect(cycle).toMatchObject({ level1_id: "b", level2_id: null })
  })

  it("a removed binding (no inviter) counts for nothing", () => {
    expect(referralLevels({ ...base, binding: bound("buyer", null) }).level1_id).toBeNull()
  })

  it("property: level 1 and 2 are never the buyer and never equal", () => {
    const id = fc.constantFrom("buyer", "a", "b", "c")
    fc.assert(
      fc.property(id, id, id, id, fc.boolean(), (inviter, promoter, above1, above2, byLink) => {
        const tree: Record<string, BindingFact> = {
          [inviter]: bound(inviter, above1),
          [promoter]: bound(promoter, above2),
        }
        const l = referralLevels({
          ...base,
          binding: bound("buyer", inviter),
          attribution: { promoter_id: promoter, expires_at: days(1) },
          bindingOf: (x) => tree[x] ?? null,
          priority: byLink ? "attribution" : "binding",
        })
        expect(l.level1_id).not.toBe("buyer")
        expect(l.level2_id).not.toBe("buyer")
        if (l.level2_id) expect(l.level2_id).not.toBe(l.level1_id)
        if (!l.level1_id) expect(l.level2_id).toBeNull()
      })
    )
  })
})

describe("attribution touches", () => {
  const current = { promoter_id: "p", expires_at: days(5) }
  it("last touch replaces; first touch keeps a valid attribution and replaces an expired one", () => {
    expect(replacesAttribution(current, "last_touch", at)).toBe(true)
    expect(replacesAttribution(current, "first_touch", at)).toBe(false)
    expect(replacesAttribution({ ...current, expires_at: days(-1) }, "first_touch", at)).toBe(true)
    expect(replacesAttribution(null, "first_touch", at)).toBe(true)
  })
})

describe("links and masking", () => {
  it("sets ?ref on any storefront URL, keeping its path, query and fragment", () => {
    expect(trackingLink("https://shop.test/products/tee?size=m#reviews", "ABCD2345")).toBe(
      "https://shop.test/products/tee?size=m&ref=ABCD2345#reviews"
    )
    expect(trackingLink("https://shop.test/?ref=OLD", "NEW2")).toBe("https://shop.test/?ref=NEW2")
  })

  it("share links are plain URLs with the link encoded", () => {
    const links = shareLinks("https://shop.test/?ref=ABCD2345", "Shop with my code")
    expect(links.whatsapp).toBe(
      "https://wa.me/?text=Shop%20with%20my%20code%20https%3A%2F%2Fshop.test%2F%3Fref%3DABCD2345"
    )
    for (const url of Object.values(links)) expect(url).toMatch(/^(https:\/\/|mailto:)/)
  })

  it("masks names and e-mail addresses", () => {
    expect(maskName("Jane", "Doe")).toBe("J*** D.")
    expect(maskName(null, undefined)).toBeNull()
    expect(maskEmail("jane.doe@example.com")).toBe("j***@example.com")
    expect(maskEmail("bad")).toBe("***")
  })
})
