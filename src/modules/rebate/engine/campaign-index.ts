import { EngineCampaign, SnapshotLine } from "./types"

// Line dimensions in the order a campaign is filed under: the first one it restricts.
const DIMENSIONS = [
  ["variant_ids", (l: SnapshotLine) => [l.variant_id]],
  ["product_ids", (l: SnapshotLine) => [l.product_id]],
  ["category_ids", (l: SnapshotLine) => l.category_ids ?? []],
  ["collection_ids", (l: SnapshotLine) => [l.collection_id]],
  ["product_type_ids", (l: SnapshotLine) => [l.product_type_id]],
  ["product_tag_ids", (l: SnapshotLine) => l.product_tag_ids ?? []],
] as const

const ANY_CURRENCY = "*"

/**
 * Active campaigns filed by the first product dimension they restrict (variant, product, category,
 * collection, type, tag), and the store-wide ones by currency. A line's candidates are the union of
 * its own keys, so evaluation cost grows with the campaigns that can match it, not with all
 * campaigns. Candidates still go through the full condition check.
 */
export class CampaignIndex {
  private readonly byKey = new Map<string, EngineCampaign[]>()
  private readonly storeWide = new Map<string, EngineCampaign[]>()
  readonly size: number

  constructor(campaigns: EngineCampaign[]) {
    this.size = campaigns.length
    for (const campaign of campaigns) {
      const dimension = DIMENSIONS.find(([field]) => campaign.conditions[field]?.length)
      if (dimension) {
        for (const value of campaign.conditions[dimension[0]]!) {
          push(this.byKey, `${dimension[0]}:${value}`, campaign)
        }
      } else {
        const currencies = campaign.conditions.currency_codes?.length
          ? campaign.conditions.currency_codes
          : [ANY_CURRENCY]
        for (const currency of currencies) {
          push(this.storeWide, currency.toLowerCase(), campaign)
        }
      }
    }
  }

  /** Campaigns that may match the line, each once. */
  candidatesFor(line: SnapshotLine, currencyCode: string): EngineCampaign[] {
    const found = new Set<EngineCampaign>()
    for (const [field, valuesOf] of DIMENSIONS) {
      for (const value of valuesOf(line)) {
        if (value != null) {
          this.byKey.get(`${field}:${value}`)?.forEach((c) => found.add(c))
        }
      }
    }
    this.storeWide.get(currencyCode)?.forEach((c) => found.add(c))
    this.storeWide.get(ANY_CURRENCY)?.forEach((c) => found.add(c))
    return [...found]
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
