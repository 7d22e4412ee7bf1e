import { useEffect, useState } from "react"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../medusa"

let regionPromise: Promise<HttpTypes.StoreRegion | null> | null = null

/** The store's region for the United States (the playground seed's only region). */
export function loadRegion(): Promise<HttpTypes.StoreRegion | null> {
  regionPromise ??= sdk.store.region
    .list({ fields: "id,name,currency_code,*countries" })
    .then(({ regions }) => {
      const us = regions.find((r) => r.countries?.some((c) => c.iso_2 === "us"))
      return us ?? regions[0] ?? null
    })
    .catch((error) => {
      regionPromise = null // a server that was not up yet: try again on the next call
      throw error
    })
  return regionPromise
}

export function useRegion() {
  const [region, setRegion] = useState<HttpTypes.StoreRegion | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    loadRegion().then(
      (r) => live && setRegion(r),
      (e) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [])
  return { region, error }
}
