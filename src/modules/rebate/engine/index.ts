export * from "./types"
export { CampaignIndex } from "./campaign-index"
export { evaluateRewards } from "./evaluate"
export { factNeeds, lineMatches, type FactNeeds } from "./conditions"
export { allocateProRata } from "./allocate"
export { capRewardsToLinePaid, lineCapReductionOrder } from "./line-cap"
export {
  assessOrderRisk,
  isRiskRule,
  normalizeAddress,
  normalizeEmail,
  normalizePhone,
  RISK_RULES,
  riskSettingsOf,
  type OrderRiskFacts,
  type RiskAddress,
  type RiskFinding,
  type RiskParty,
  type RiskRule,
  type RiskSettings,
} from "./risk"
