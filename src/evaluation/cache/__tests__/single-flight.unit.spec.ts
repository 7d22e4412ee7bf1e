import type { SharedCache } from "../shared-cache"
import { singleFlight } from "../single-flight"

const cacheOf = (): SharedCache => ({
  service: {},
  get: async () => null,
  set: async () => {},
})

describe("singleFlight", () => {
  it("runs one load for concurrent callers of a key, and a new one once it is done", async () => {
    const cache = cacheOf()
    let loads = 0
    const load = async () => {
      loads++
      await new Promise((r) => setTimeout(r, 10))
      return { loads }
    }
    const results = await Promise.all(
      Array.from({ length: 8 }, () => singleFlight(cache, "k", load))
    )
    expect(loads).toBe(1)
    expect(new Set(results).size).toBe(1)
    await singleFlight(cache, "k", load)
    expect(loads).toBe(2)
  })

  it("keeps keys and caches apart, and frees a key whose load failed", async () => {
    const a = cacheOf()
    const b = cacheOf()
    let loads = 0
    const load = async () => ++loads
    await Promise.all([
      singleFlight(a, "k", load),
      singleFlight(a, "j", load),
      singleFlight(b, "k", load),
    ])
    expect(loads).toBe(3)
    await expect(singleFlight(a, "x", () => Promise.reject(new Error("down")))).rejects.toThrow(
      "down"
    )
    await expect(singleFlight(a, "x", async () => "up")).resolves.toBe("up")
  })
})
