export * from "./steps/write-ledger-entry"
export * from "./workflows/adjust-rebate-account"
