export * from "./workflows/update-rebate-settings"
