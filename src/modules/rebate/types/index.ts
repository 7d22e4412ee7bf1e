// The module's public types, re-exported by the module's index.ts.
export type * from "./ledger"
export type * from "./order-rewards"
export type * from "./referrals"
export type { FulfillmentFacts, OrderProgress } from "../engine/settlement-window"
export type { LineState, OrderState } from "../engine/clawback"
export type { AttributionRow, BindingRow, CodeRow, Earnings } from "../repositories/referrals"
export type { SettledReward } from "../repositories/rewards"
export type { SyncFailureRow } from "../repositories/sync-failures"
