import { normalizeAddress, normalizeEmail, normalizePhone } from "../risk-normalize"

describe("normalizeEmail", () => {
  it.each(["ada@gmail.com", "ada+deal@gmail.com", "a.d.a@gmail.com", "ADA@googlemail.com"])(
    "reads %s as ada@gmail.com",
    (email) => expect(normalizeEmail(email)).toBe("ada@gmail.com")
  )

  it("folds case, surrounding space and the tags of the providers that ignore them", () => {
    expect(normalizeEmail("  A.D.A+Shop@GoogleMail.com ")).toBe("ada@gmail.com")
    expect(normalizeEmail("ada+x@outlook.com")).toBe("ada@outlook.com")
    expect(normalizeEmail("ada+x@hotmail.com")).toBe("ada@hotmail.com")
    expect(normalizeEmail("ada+x@icloud.com")).toBe("ada@icloud.com")
    // Yahoo's disposable addresses use "-", and validator folds those; a "+" it keeps.
    expect(normalizeEmail("ada-shop@yahoo.com")).toBe("ada@yahoo.com")
    expect(normalizeEmail("Ada@Example.com")).toBe("ada@example.com")
  })

  it("keeps tags and dots at other domains: their servers may deliver them to someone else", () => {
    expect(normalizeEmail("ada+x@example.com")).toBe("ada+x@example.com")
    expect(normalizeEmail("ada+x@example.com")).not.toBe(normalizeEmail("ada@example.com"))
    expect(normalizeEmail("a.da@example.com")).not.toBe(normalizeEmail("ada@example.com"))
    // Dots are only Gmail's: at Outlook they name another mailbox.
    expect(normalizeEmail("a.da@outlook.com")).not.toBe(normalizeEmail("ada@outlook.com"))
  })

  it("keeps distinct people distinct", () => {
    const people = ["ada@gmail.com", "adam@gmail.com", "ada@gmail.co", "ada@outlook.com"]
    expect(new Set(people.map(normalizeEmail)).size).toBe(people.length)
  })

  it.each(["", "ada", "ada@", "@gmail.com", "not an email", "ada@gmail", "a b@gmail.com"])(
    "gives null for %j",
    (text) => expect(normalizeEmail(text)).toBeNull()
  )
})

describe("normalizePhone", () => {
  it("reads the spellings libphonenumber accepts as one E.164 number", () => {
    const e164 = "+14155550100"
    expect(normalizePhone("+1 (415) 555-0100")).toBe(e164)
    expect(normalizePhone("415-555-0100", "US")).toBe(e164)
    expect(normalizePhone("(415) 555 0100", "us")).toBe(e164)
    expect(normalizePhone("1-415-555-0100", "US")).toBe(e164)
    // The international prefix of the region: 011 from the US, 00 from most of Europe.
    expect(normalizePhone("011 1 415 555 0100", "US")).toBe(e164)
    expect(normalizePhone("0014155550100", "GB")).toBe(e164)
    expect(normalizePhone("+44 20 7946 0958")).toBe("+442079460958")
    expect(normalizePhone("020 7946 0958", "GB")).toBe("+442079460958")
  })

  it("reads a national number in the region given, so regions keep numbers apart", () => {
    expect(normalizePhone("4155550100", "DE")).toBe("+494155550100")
    expect(normalizePhone("4155550100", "DE")).not.toBe(normalizePhone("4155550100", "US"))
  })

  it.each([
    ["garbage", "US"],
    ["", "US"],
    ["123", "US"],
    ["415-555-0100", null], // a national number without a region
    ["415-555-0100", "XX"], // a region libphonenumber does not know
    ["0014155550100", "US"], // 00 is no international prefix in the US
    ["+1 000 000 0000", undefined],
  ])("gives null for %j in %j", (phone, region) => {
    expect(normalizePhone(phone, region)).toBeNull()
  })
})

describe("normalizeAddress", () => {
  const base = { address_1: "123 Main Street", postal_code: "94103", country_code: "US" }

  it("folds case, spaces, punctuation and street-word spellings", () => {
    const key = normalizeAddress(base)
    expect(key).toBe("us|94103|123 main st")
    for (const variant of [
      { address_1: "123 main st.", postal_code: " 94103 ", country_code: "us" },
      { address_1: "  123  MAIN   ST ", postal_code: "94103", country_code: "US" },
      { address_1: "123, Main Str.", postal_code: "94-103", country_code: "US", city: "SF" },
    ]) {
      expect(normalizeAddress(variant)).toBe(key)
    }
    expect(normalizeAddress({ ...base, address_1: "9 North Ocean Avenue" })).toBe(
      "us|94103|9 n ocean ave"
    )
  })

  it("reads a unit the same on either line and whatever announces it", () => {
    const key = normalizeAddress({ ...base, address_2: "Apt 5" })
    expect(normalizeAddress({ ...base, address_2: "#5" })).toBe(key)
    expect(normalizeAddress({ ...base, address_2: "Unit 5" })).toBe(key)
    expect(normalizeAddress({ ...base, address_1: "123 Main St, Apt. 5" })).toBe(key)
    // Another flat in the same building is another household.
    expect(normalizeAddress({ ...base, address_2: "Apt 6" })).not.toBe(key)
  })

  it("folds accents and German street spellings", () => {
    const key = normalizeAddress({
      address_1: "Hauptstraße 5",
      postal_code: "10115",
      country_code: "de",
    })
    expect(key).toBe("de|10115|haupt st 5")
    expect(
      normalizeAddress({ address_1: "Hauptstr. 5", postal_code: "10115", country_code: "DE" })
    ).toBe(key)
    expect(
      normalizeAddress({ address_1: "Haupt-Strasse 5", postal_code: "10115", country_code: "DE" })
    ).toBe(key)
    expect(normalizeAddress({ address_1: "Rue Émile Zola 3", postal_code: "75015" })).toBe(
      "|75015|rue emile zola 3"
    )
  })

  it("keeps different houses, postal codes and countries apart", () => {
    const key = normalizeAddress(base)
    expect(normalizeAddress({ ...base, address_1: "124 Main Street" })).not.toBe(key)
    expect(normalizeAddress({ ...base, postal_code: "94104" })).not.toBe(key)
    expect(normalizeAddress({ ...base, country_code: "CA" })).not.toBe(key)
    expect(normalizeAddress({ ...base, address_1: "123 Main Road" })).not.toBe(key)
  })

  it("gives null when there is too little to compare", () => {
    expect(normalizeAddress({ ...base, address_1: null })).toBeNull()
    expect(normalizeAddress({ ...base, address_1: " ,. " })).toBeNull()
    expect(normalizeAddress({ ...base, postal_code: undefined })).toBeNull()
    expect(normalizeAddress({ ...base, postal_code: " - " })).toBeNull()
    expect(normalizeAddress({})).toBeNull()
  })
})
