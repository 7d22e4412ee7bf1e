import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { keptGuestQuote, nextWindowEdge } from "../guest-quotes"

/** A container whose only service is Medusa's cache module, held in a Map. */
function containerWith(entries: Record<string, unknown>) {
  const store = new Map(Object.entries(entries))
  const cache = {
    get: async (key: string) => store.get(key) ?? null,
    set: async (key: string, data: unknown) => void store.set(key, data),
  }
  const container = {
    resolve: (key: string) => (key === Modules.CACHE ? cache : undefined),
  } as unknown as MedusaContainer
  return { container, store }
}

const campaign = (starts_at: string | null, ends_at: string | null = null) => ({
  id: `c_${starts_at}`,
  name: "c",
  type: "percentage",
  reward: { type: "percentage", rate: "5" },
  conditions: {},
  caps: {},
  starts_at,
  ends_at,
})

const one = () => 1

describe("keptGuestQuote", () => {
  const CATALOG = "medusa-rebates:catalog:version"
  const CAMPAIGNS = "medusa-rebates:active-campaigns:version"

  it("computes a request once per catalog and campaign version", async () => {
    const { container, store } = containerWith({
      [CATALOG]: { version: "cat1" },
      [CAMPAIGNS]: { version: "v1" },
      "medusa-rebates:active-campaigns:v1": { campaigns: [campaign(null)] },
    })
    let computed = 0
    const compute = async () => ++computed
    expect(await keptGuestQuote(container, { variant: "a" }, compute, one)).toBe(1)
    expect(await keptGuestQuote(container, { variant: "a" }, compute, one)).toBe(1)
    expect(await keptGuestQuote(container, { variant: "b" }, compute, one)).toBe(2)
    store.set(CATALOG, { version: "cat2" }) // a product changed
    expect(await keptGuestQuote(container, { variant: "a" }, compute, one)).toBe(3)
    store.set(CAMPAIGNS, { version: "v2" }) // a campaign changed
    store.set("medusa-rebates:active-campaigns:v2", { campaigns: [] })
    expect(await keptGuestQuote(container, { variant: "a" }, compute, one)).toBe(4)
    store.delete(CATALOG) // expired: nothing is kept without a version
    expect(await keptGuestQuote(container, { variant: "a" }, compute, one)).toBe(5)
    expect(await keptGuestQuote(container, { variant: "a" }, compute, one)).toBe(6)
  })

  it("keeps a quote no longer than the next campaign start or end", async () => {
    const startsAt = new Date(Date.now() + 50).toISOString()
    const { container } = containerWith({
      [CATALOG]: { version: "cat1" },
      [CAMPAIGNS]: { version: "v1" },
      "medusa-rebates:active-campaigns:v1": { campaigns: [campaign(startsAt)] },
    })
    let computed = 0
    const compute = async () => ++computed
    expect(await keptGuestQuote(container, "q", compute, one)).toBe(1)
    expect(await keptGuestQuote(container, "q", compute, one)).toBe(1)
    await new Promise((r) => setTimeout(r, 80))
    expect(await keptGuestQuote(container, "q", compute, one)).toBe(2)
    expect(await keptGuestQuote(container, "q", compute, one)).toBe(2)
  })
})

describe("keptGuestQuote memory", () => {
  it("keeps no more variant quotes than its bound, starting afresh when full", async () => {
    const { container } = containerWith({
      "medusa-rebates:catalog:version": { version: "cat1" },
      "medusa-rebates:active-campaigns:version": { version: "v1" },
      "medusa-rebates:active-campaigns:v1": { campaigns: [] },
    })
    let computed = 0
    const listing = (page: number) =>
      keptGuestQuote(
        container,
        { page },
        async () => ++computed,
        () => 2000
      )
    await listing(1)
    await listing(2)
    await listing(1)
    expect(computed).toBe(2) // 4,000 kept
    await listing(3) // 6,000 would exceed 5,000: pages 1 and 2 are let go
    await listing(3)
    await listing(1)
    expect(computed).toBe(4)
  })
})

describe("nextWindowEdge", () => {
  it("is the earliest start or end after now", () => {
    const at = (ms: number) => new Date(ms)
    const c = (starts: number | null, ends: number | null) =>
      ({
        starts_at: starts === null ? null : at(starts),
        ends_at: ends === null ? null : at(ends),
      }) as never
    expect(nextWindowEdge([], 100)).toBe(Infinity)
    expect(nextWindowEdge([c(null, null), c(50, 400), c(300, null)], 100)).toBe(300)
    expect(nextWindowEdge([c(50, 400)], 100)).toBe(400)
    expect(nextWindowEdge([c(100, 200)], 100)).toBe(200) // a start at now has happened
  })
})
