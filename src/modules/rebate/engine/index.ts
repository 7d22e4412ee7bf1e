export * from "./types"
export { CampaignIndex } from "./campaign-index"
export { evaluateRewards } from "./evaluate"
export { allocateProRata, clawbackForReturn } from "./allocate"
