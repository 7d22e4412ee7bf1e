export * from "./ledger"
export * from "./campaigns"
export * from "./order-rebates"
export * from "./referrals"
