export * from "./steps/apply-redemption"
export * from "./steps/release-redemption"
export * from "./steps/redeem-redemptions"
export * from "./workflows/apply-rebate-redemption"
export * from "./workflows/remove-rebate-redemption"
export * from "./workflows/order-rebate-redemptions"
export * from "./release-abandoned"
export {
  addCartCompletionCheck,
  validateCartRebateRedemption,
  type CartCompletionCheck,
} from "../hooks/complete-cart-rebate-redemption"
