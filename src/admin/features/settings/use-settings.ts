import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import type {
  RebateSettingChangesResponse,
  RebateSettingsResponse,
  RebateSettingsUpdate,
} from "./types"

export const settingsQueryKey = ["rebates", "settings"] as const
export const settingChangesQueryKey = ["rebates", "settings", "changes"] as const

/** The settings in force, their defaults and which of them the merchant has overridden. */
export function useRebateSettings() {
  return useQuery({
    queryKey: settingsQueryKey,
    queryFn: () => adminGet<RebateSettingsResponse>("/admin/rebate-settings"),
  })
}

/** Saves some settings and/or resets others; the answer replaces the cached settings. */
export function useUpdateRebateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: RebateSettingsUpdate) =>
      adminSend<RebateSettingsResponse>("/admin/rebate-settings", { body }),
    onSuccess: (data) => {
      client.setQueryData(settingsQueryKey, data)
      client.invalidateQueries({ queryKey: settingChangesQueryKey })
    },
  })
}

/** One page of the settings audit trail, newest first. */
export function useRebateSettingChanges(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...settingChangesQueryKey, page],
    queryFn: () => adminGet<RebateSettingChangesResponse>("/admin/rebate-settings/changes", page),
    placeholderData: keepPreviousData,
  })
}
