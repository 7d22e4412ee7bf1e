import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type ListRequest = Pick<MedusaRequest, "scope" | "queryConfig" | "filterableFields">

/**
 * One page of `entity` for a list route validated by `validateAndTransformQuery`: the request's
 * fields, filters (plus `scope`, which the caller fixes, e.g. the account or the customer) and
 * pagination, with `defaultOrder` when the client sent none. Returns Medusa's list envelope parts.
 */
export async function graphList(
  req: ListRequest,
  entity: string,
  {
    scope = {},
    defaultOrder,
  }: { scope?: Record<string, unknown>; defaultOrder?: Record<string, "ASC" | "DESC"> } = {}
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pagination = req.queryConfig.pagination
  const { data, metadata } = await query.graph({
    entity,
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, ...scope },
    pagination: defaultOrder
      ? { ...pagination, order: pagination?.order ?? defaultOrder }
      : pagination,
  })
  return {
    data,
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}

/** Newest first, ties broken by id: the order of ledger lines. */
export const NEWEST_FIRST = { created_at: "DESC", id: "DESC" } as const
