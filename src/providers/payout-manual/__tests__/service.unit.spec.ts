import { ManualPayoutService } from "../service"

const manual = new ManualPayoutService()
const valid = {
  method: "bank_transfer",
  account_name: "Jane Doe",
  account: "DE89 3704 0044 0532 0130 00",
}

describe("manual payouts: destination", () => {
  it("normalises a bank account: no spaces, upper case; names trimmed and collapsed", () => {
    const result = manual.validateDestination({
      ...valid,
      account: " de89 3704 0044 0532 0130 00 ",
      account_name: "  Jane   Doe ",
      bank_name: "Commerzbank",
    })
    expect(result).toEqual({
      destination: {
        method: "bank_transfer",
        account_name: "Jane Doe",
        account: "DE89370400440532013000",
        bank_name: "Commerzbank",
      },
    })
  })

  it.each([
    ["destination.method: required", { ...valid, method: undefined }],
    ["destination.account_name: required", { ...valid, account_name: "   " }],
    ["destination.account: required", { ...valid, account: "" }],
    [
      "destination.method: one of bank_transfer, paypal, alipay, wechat",
      { ...valid, method: "cheque" },
    ],
    ["destination.iban: unknown field", { ...valid, iban: "x" }],
    [
      "destination.account_name: at most 100 characters",
      { ...valid, account_name: "x".repeat(101) },
    ],
    [
      "destination.account_name: contains control characters",
      { ...valid, account_name: "Jane\u0000Doe" },
    ],
    [
      "destination.account_name: contains control characters",
      { ...valid, account_name: "Jane\nDoe" },
    ],
    // A right-to-left override can make another account's digits read as "…1234".
    ["destination.account: contains control characters", { ...valid, account: "DE89\u202e4321" }],
    ["destination.account: expected a text", { ...valid, account: 12345678 }],
    ["destination.account: a bank account number or IBAN", { ...valid, account: "DE89!3704" }],
    ["destination.account: the e-mail", { ...valid, method: "paypal", account: "not-an-email" }],
    [
      "destination.account: the e-mail address or phone",
      { ...valid, method: "alipay", account: "abc" },
    ],
    ["destination.account: a WeChat ID", { ...valid, method: "wechat", account: "1abc" }],
    ["destination: expected an object", null],
    ["destination: expected an object", ["bank_transfer"]],
  ])("refuses with %s", (message, destination) => {
    const result = manual.validateDestination(destination)
    expect("error" in result && result.error).toContain(message)
    expect("error" in result && result.error.startsWith("destination")).toBe(true)
  })

  it("gives the refused field and a code a storefront can translate", () => {
    expect(manual.validateDestination({ ...valid, account: "" })).toEqual({
      error: "destination.account: required",
      field: "destination.account",
      code: "required",
    })
  })

  it.each([
    ["paypal", "Jane@Example.com", "jane@example.com"],
    ["alipay", "+86 138-0013-8000", "+8613800138000"],
    ["alipay", "jane-doe@example.cn", "jane-doe@example.cn"],
    ["wechat", "jane_doe-88", "jane_doe-88"],
    ["wechat", "138 0013 8000", "13800138000"],
  ])("accepts a %s account %s as %s", (method, account, stored) => {
    expect(manual.validateDestination({ ...valid, method, account })).toEqual({
      destination: { method, account_name: "Jane Doe", account: stored },
    })
  })

  it("counts length in characters, so a 100-character Chinese name passes", () => {
    const name = "张".repeat(100)
    expect(manual.validateDestination({ ...valid, account_name: name })).toMatchObject({
      destination: { account_name: name },
    })
  })
})

describe("manual payouts: display and payment", () => {
  const destination = {
    method: "bank_transfer",
    account_name: "Jane Doe",
    account: "DE89370400440532013000",
  }

  it("masks the account to its last 4 in both languages", () => {
    expect(manual.describeDestination(destination)).toBe("Bank transfer …3000")
    expect(manual.describeDestination(destination, "zh-CN")).toBe("银行转账 …3000")
    expect(
      manual.describeDestination({ method: "alipay", account: "+8613800138000" }, "zh-CN")
    ).toBe("支付宝 …8000")
    expect(manual.describeDestination(destination)).not.toContain("Jane")
  })

  it("shows a very short account by its last character only", () => {
    expect(manual.describeDestination({ method: "bank_transfer", account: "12345" })).toBe(
      "Bank transfer …5"
    )
  })

  it("gives admins the whole destination for paying by hand", () => {
    expect(manual.formatDestination({ ...destination, bank_name: "Commerzbank" })).toBe(
      "Bank transfer · Commerzbank · Jane Doe · DE89370400440532013000"
    )
  })

  it("offers four methods with labels in English and Chinese", () => {
    const [method, ...rest] = manual.destinationFields()
    expect(method.options?.map((o) => o.value)).toEqual([
      "bank_transfer",
      "paypal",
      "alipay",
      "wechat",
    ])
    expect(method.options?.[3].labels["zh-CN"]).toBe("微信支付")
    expect(rest.map((f) => [f.name, f.required])).toEqual([
      ["account_name", true],
      ["account", true],
      ["bank_name", false],
    ])
    for (const field of manual.destinationFields()) expect(field.labels["zh-CN"]).toBeTruthy()
  })

  it("is always available and leaves the payment to an admin", async () => {
    expect(await manual.isAvailable()).toBe(true)
    expect(await manual.pay()).toEqual({ status: "pending" })
  })
})
