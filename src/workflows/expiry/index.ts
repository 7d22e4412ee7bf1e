export * from "./expire-rebate-balances"
