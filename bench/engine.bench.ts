// Engine micro-benchmark: one 20-line cart against 100, 1,000 and 10,000 active campaigns, through
// the campaign index, next to the same evaluation with every campaign offered to every line (the
// baseline an unindexed engine would pay), measured in the same run.
import { CampaignIndex, EngineCampaign, evaluateRewards } from "../src/modules/rebate"
import { benchCart, campaignMix } from "./fixtures/campaign-mix"
import { timeIt } from "./lib/measure"

/** The baseline: no index, every campaign is a candidate for every line. */
class ScanAllIndex extends CampaignIndex {
  constructor(private readonly all: EngineCampaign[]) {
    super([])
  }
  override candidatesFor(): EngineCampaign[] {
    return this.all
  }
}

const rows: (string | number)[][] = []
for (const count of [100, 1000, 10000]) {
  const campaigns = campaignMix(count)
  const cart = benchCart(count)
  const snapshot = { currency_code: "usd", lines: cart, at: new Date() }
  const facts = { customer_id: "cus_bench" }
  const indexed = new CampaignIndex(campaigns)
  const scanAll = new ScanAllIndex(campaigns)
  const rewards = evaluateRewards({ snapshot, facts, index: indexed }).length
  const baselineRewards = evaluateRewards({ snapshot, facts, index: scanAll }).length
  if (rewards !== baselineRewards) {
    throw new Error(`index and scan disagree: ${rewards} vs ${baselineRewards} rewards`)
  }
  const candidates = cart.reduce((n, l) => n + indexed.candidatesFor(l, "usd").length, 0)
  const fast = timeIt("indexed", () => evaluateRewards({ snapshot, facts, index: indexed }))
  const slow = timeIt("scan all", () => evaluateRewards({ snapshot, facts, index: scanAll }))
  rows.push([
    count,
    candidates,
    rewards,
    fast.perOpMicros.toFixed(1),
    slow.perOpMicros.toFixed(1),
    `${(slow.perOpMicros / fast.perOpMicros).toFixed(1)}x`,
  ])
}

// One JSON table on stdout; `npm run bench` prints it.
console.log(
  JSON.stringify({
    title: "Engine: one 20-line cart (per evaluation, µs)",
    header: [
      "campaigns",
      "candidates",
      "rewards",
      "indexed µs",
      "scan-all µs (baseline)",
      "speed-up",
    ],
    rows,
  })
)
