import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * A stock location with the manual fulfilment provider, a US service zone and a 5.00 flat-rate
 * option, so that orders can be fulfilled, shipped, delivered and returned. Used by the playground
 * seed and by the HTTP tests' store fixtures.
 */
export async function createShippingSetup(
  container: MedusaContainer,
  input: { regionId: string; salesChannelId: string; locationName: string }
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: input.locationName,
          address: { address_1: "1 Demo Street", city: "Austin", country_code: "us" },
        },
      ],
    },
  })
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfile =
    profile ??
    (await fulfillment.createShippingProfiles({
      name: "Default Shipping Profile",
      type: "default",
    }))
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `${input.locationName} delivery`,
    type: "shipping",
    service_zones: [
      { name: "United States", geo_zones: [{ country_code: "us", type: "country" }] },
    ],
  })
  await link.create([
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    },
  ])
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Standard", description: "Ships in 2-3 days", code: "standard" },
        prices: [
          { currency_code: "usd", amount: 5 },
          { region_id: input.regionId, amount: 5 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [input.salesChannelId] },
  })
  return {
    locationId: location.id,
    shippingProfileId: shippingProfile.id,
    shippingOptionId: option.id,
  }
}
