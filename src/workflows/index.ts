export * from "./ledger"
export * from "./campaigns"
