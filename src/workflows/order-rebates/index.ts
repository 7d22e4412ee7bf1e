export * from "./workflows/sync-order-rebates"
export { runOrderRebateSync } from "./run-sync"
export * from "./workflows/settle-matured-rebates"
