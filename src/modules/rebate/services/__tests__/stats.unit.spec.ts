import { bucketCount, statsPeriod } from "../stats"

const at = (iso: string) => new Date(iso)

describe("bucketCount", () => {
  it("counts the UTC buckets a half-open period touches", () => {
    expect(bucketCount(at("2026-01-01"), at("2026-01-08"), "day")).toEqual(7)
    expect(bucketCount(at("2026-01-01T12:00:00Z"), at("2026-01-08T00:00:01Z"), "day")).toEqual(8)
    // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29.
    expect(bucketCount(at("2026-01-01"), at("2026-01-05"), "week")).toEqual(1)
    expect(bucketCount(at("2026-01-01"), at("2026-01-06"), "week")).toEqual(2)
    expect(bucketCount(at("2026-01-31"), at("2026-03-01"), "month")).toEqual(2)
    expect(bucketCount(at("2025-12-15"), at("2026-01-02"), "month")).toEqual(2)
  })
})

describe("statsPeriod", () => {
  const now = at("2026-12-01T10:00:00Z")

  it("defaults to the 30 days before now, by day, every currency", () => {
    expect(statsPeriod({}, now)).toEqual({
      from: at("2026-11-01T10:00:00Z"),
      to: now,
      interval: "day",
      currency_code: null,
    })
    expect(statsPeriod({ to: at("2026-02-01"), currency_code: "EUR" }, now)).toMatchObject({
      from: at("2026-01-02"),
      currency_code: "eur",
    })
  })

  it("coarsens a daily series of more than 400 buckets to weeks", () => {
    const daysBefore = (days: number) => new Date(at("2026-12-01").getTime() - days * 86_400_000)
    const to = at("2026-12-01")
    expect(statsPeriod({ from: daysBefore(400), to }, now).interval).toEqual("day")
    expect(statsPeriod({ from: daysBefore(401), to }, now).interval).toEqual("week")
    expect(statsPeriod({ from: daysBefore(401), to, interval: "month" }, now).interval).toEqual(
      "month"
    )
  })

  it("refuses a period that ends before it starts or lasts more than 3 years, naming `to`", () => {
    expect(() => statsPeriod({ from: at("2026-12-02") }, now)).toThrow(/^to: must be after from/)
    expect(() => statsPeriod({ from: now, to: now }, now)).toThrow(/^to: must be after from/)
    expect(() => statsPeriod({ from: at("2023-11-30"), to: now }, now)).toThrow(
      /^to: must be at most 1096 days/
    )
    expect(statsPeriod({ from: at("2023-12-02"), to: now }, now).interval).toEqual("week")
  })
})
