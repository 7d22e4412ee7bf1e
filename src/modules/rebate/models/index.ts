export { default as RebateAccount } from "./rebate-account"
export { default as RebateCampaign } from "./rebate-campaign"
export { default as RebateLedgerEntry } from "./rebate-ledger-entry"
