export * from "./workflows/sync-order-rebates"
export { runOrderRebateSync } from "./run-sync"
