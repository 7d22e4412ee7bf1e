import { useTranslation } from "react-i18next"

/**
 * The labels of a DataTable's pagination (`of`, `results`, `pages`, `prev`, `next`) from the
 * translation keys under `prefix`: the plugin's own (`rebates.accounts.table`) or Medusa's
 * (`general`).
 */
export function usePaginationLabels(prefix: string) {
  const { t } = useTranslation()
  return {
    of: t(`${prefix}.of`),
    results: t(`${prefix}.results`),
    pages: t(`${prefix}.pages`),
    prev: t(`${prefix}.prev`),
    next: t(`${prefix}.next`),
  }
}
