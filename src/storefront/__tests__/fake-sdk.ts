import { createRebatesClient, type RebatesFetchInit } from "../client"

export type Call = { input: string; init: RebatesFetchInit }

/** A fake `sdk.client.fetch` that records each call and answers `reply`. */
export function fakeSdk(reply: unknown) {
  const calls: Call[] = []
  const sdk = {
    client: {
      fetch: async <T>(input: string, init?: RebatesFetchInit): Promise<T> => {
        calls.push({ input, init: init ?? {} })
        return reply as T
      },
    },
  }
  return { calls, rebates: createRebatesClient(sdk) }
}
