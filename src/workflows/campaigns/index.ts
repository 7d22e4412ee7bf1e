export * from "./types"
export * from "./workflows/create-rebate-campaigns"
export * from "./workflows/update-rebate-campaign"
export * from "./workflows/delete-rebate-campaigns"
