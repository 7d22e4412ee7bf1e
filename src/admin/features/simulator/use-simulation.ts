import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { adminGet, adminSend } from "../../lib/api"
import type { SimulateBody, Simulation } from "./types"

/** How long inputs must rest before an automatic re-run. */
const DEBOUNCE_MS = 500

/**
 * Runs POST /admin/rebate-campaigns/simulate on demand (`run`), then again by itself, debounced,
 * whenever the body changes. It writes nothing, so it is a query: an answer for an older body
 * that arrives late never replaces the newer one.
 */
export function useSimulation(body: SimulateBody | null) {
  const key = body ? JSON.stringify(body) : null
  const [submitted, setSubmitted] = useState<string | null>(null)
  const [started, setStarted] = useState(false)

  useEffect(() => {
    if (!started || !key || key === submitted) return
    const timer = setTimeout(() => setSubmitted(key), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [started, key, submitted])

  const query = useQuery({
    queryKey: ["rebates", "simulation", submitted],
    queryFn: () =>
      adminSend<{ rebate_simulation: Simulation }>("/admin/rebate-campaigns/simulate", {
        body: JSON.parse(submitted!),
      }),
    select: (data) => data.rebate_simulation,
    enabled: !!submitted,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 0,
    refetchOnWindowFocus: false,
  })

  const run = () => {
    if (!key) return
    setStarted(true)
    if (key === submitted) void query.refetch()
    else setSubmitted(key)
  }

  return {
    run,
    started,
    /** The inputs changed since the answer on screen was asked for. */
    outdated: started && key !== submitted,
    simulation: query.data,
    error: query.error,
    isFetching: query.isFetching,
  }
}

type VariantRow = { id: string; title?: string; sku?: string | null; product?: { title?: string } }

/** Names of the variants a simulation shows (an order's lines come back as ids only). */
export function useVariantNames(ids: string[]) {
  const sorted = [...new Set(ids)].sort()
  return useQuery({
    queryKey: ["rebates", "simulation-variants", sorted],
    queryFn: () =>
      adminGet<{ variants: VariantRow[] }>("/admin/product-variants", {
        id: sorted,
        limit: sorted.length,
        fields: "id,title,sku,product.title",
      }),
    select: (data) =>
      new Map(
        data.variants.map((v) => [
          v.id,
          [v.product?.title, v.title].filter(Boolean).join(" · ") || v.id,
        ])
      ),
    enabled: sorted.length > 0,
    placeholderData: keepPreviousData,
  })
}

type CustomerRow = {
  id: string
  email?: string
  first_name?: string | null
  last_name?: string | null
}

/** Names of the beneficiaries of a simulation. */
export function useCustomerNames(ids: string[]) {
  const sorted = [...new Set(ids)].sort()
  return useQuery({
    queryKey: ["rebates", "simulation-customers", sorted],
    queryFn: () =>
      adminGet<{ customers: CustomerRow[] }>("/admin/customers", {
        id: sorted,
        limit: sorted.length,
        fields: "id,email,first_name,last_name",
      }),
    select: (data) =>
      new Map(
        data.customers.map((c) => [
          c.id,
          [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || c.id,
        ])
      ),
    enabled: sorted.length > 0,
    placeholderData: keepPreviousData,
  })
}
