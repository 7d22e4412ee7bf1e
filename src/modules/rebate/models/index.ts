export { default as RebateAccount } from "./rebate-account"
export { default as RebateLedgerEntry } from "./rebate-ledger-entry"
