export * from "./steps/adjust-account"
export * from "./steps/decide-adjustment-request"
export * from "./workflows/create-rebate-adjustment"
export * from "./workflows/decide-rebate-adjustment-request"
