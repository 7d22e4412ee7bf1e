export * from "./steps/create-report-export"
export * from "./steps/write-reconciliation-file"
export * from "./workflows/export-rebate-reconciliation"
export type * from "./types"
