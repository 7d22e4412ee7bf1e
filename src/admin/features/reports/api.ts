import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import { sdk } from "../../lib/sdk"

// The finance reports (GET/POST /admin/rebate-reports/*). Amounts are exact decimal strings.

export type LiabilityRow = {
  currency_code: string
  pending: string
  available: string
  held: string
  total: string
  debt: string
  accounts: number
}
export type LiabilityReport = { as_of: string; liability: LiabilityRow[] }

export type CampaignCostRow = {
  currency_code: string
  campaign_id: string | null
  name: string | null
  type: string | null
  status: string | null
  funding: "platform" | "merchant" | null
  rebate_cost: string
  settled: string
  gmv: string
  orders: number
  cost_ratio: string | null
}
export type CampaignCostTotals = Omit<
  CampaignCostRow,
  "campaign_id" | "name" | "type" | "status" | "funding"
>
export type CampaignReport = {
  from: string
  to: string
  currency_code: string | null
  campaigns: CampaignCostRow[]
  totals: CampaignCostTotals[]
}

export type ExportStatus = "pending" | "running" | "done" | "failed"
export type ReportExport = {
  id: string
  kind: "reconciliation"
  filters: { from: string; to: string; currency_code: string | null }
  status: ExportStatus
  rows_total: number | null
  rows_done: number
  file_url: string | null
  filename: string | null
  error: string | null
  created_at: string
  finished_at: string | null
}

export type ReportPeriod = { from: string; to: string; currency_code?: string }

const KEY = ["rebates", "reports"] as const
const isFinished = (e: ReportExport | undefined) => e?.status === "done" || e?.status === "failed"
/** How often an export in progress is asked for its progress. */
const POLL_MS = 1000

/** GET /admin/rebate-reports/liability: what the store owes now. */
export function useLiabilityReport() {
  return useQuery({
    queryKey: [...KEY, "liability"],
    queryFn: () =>
      adminGet<{ rebate_liability: LiabilityReport }>("/admin/rebate-reports/liability"),
    select: (data) => data.rebate_liability,
  })
}

/** GET /admin/rebate-reports/campaigns for a period; the previous answer stays while one loads. */
export function useCampaignReport(period: ReportPeriod | null) {
  return useQuery({
    enabled: !!period,
    queryKey: [...KEY, "campaigns", period],
    queryFn: () =>
      adminGet<{ rebate_campaign_report: CampaignReport }>(
        "/admin/rebate-reports/campaigns",
        period!
      ),
    select: (data) => data.rebate_campaign_report,
    placeholderData: keepPreviousData,
  })
}

/** GET /admin/rebate-reports/exports: the latest exports, polled while one is in progress. */
export function useReportExports() {
  return useQuery({
    queryKey: [...KEY, "exports"],
    queryFn: () =>
      adminGet<{ rebate_report_exports: ReportExport[]; count: number }>(
        "/admin/rebate-reports/exports",
        { limit: 10 }
      ),
    refetchInterval: (query) =>
      query.state.data?.rebate_report_exports.some((e) => !isFinished(e)) ? POLL_MS : false,
  })
}

/** GET /admin/rebate-reports/exports/:id, polled until the export is done or failed. */
export function useReportExport(id: string | null) {
  const queryClient = useQueryClient()
  return useQuery({
    enabled: !!id,
    queryKey: [...KEY, "exports", "detail", id],
    queryFn: async () => {
      const { rebate_report_export } = await adminGet<{ rebate_report_export: ReportExport }>(
        `/admin/rebate-reports/exports/${id}`
      )
      if (isFinished(rebate_report_export)) {
        await queryClient.invalidateQueries({ queryKey: [...KEY, "exports"], exact: true })
      }
      return rebate_report_export
    },
    refetchInterval: (query) => (isFinished(query.state.data) ? false : POLL_MS),
  })
}

/** POST /admin/rebate-reports/exports: starts the reconciliation export of a period. */
export function useStartExport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (period: ReportPeriod) =>
      adminSend<{ rebate_report_export: ReportExport }>("/admin/rebate-reports/exports", {
        body: period,
      }).then((r) => r.rebate_report_export),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...KEY, "exports"], exact: true }),
  })
}

/**
 * GET /admin/rebate-reports/exports/:id/download, saved as a file: the CSV streamed from the File
 * module with the admin's session (the file's own URL may be private or on another host).
 */
export async function downloadExport(exported: ReportExport) {
  const response = await sdk.client.fetch<Response>(
    `/admin/rebate-reports/exports/${exported.id}/download`,
    { method: "GET", headers: { accept: "text/csv" } }
  )
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = exported.filename ?? `${exported.id}.csv`
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked on the next tick: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
