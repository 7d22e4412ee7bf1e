export * from "./decide-rebate-reviews"
