import { Resvg } from "@resvg/resvg-js"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import fs from "node:fs/promises"
import path from "node:path"
import type { ReferralOptions } from "../modules/rebate"
import { clip, DEFAULT_POSTER_TEMPLATE, fillPosterTemplate, PosterValues } from "./poster-template"
import { qrPath } from "./qr"

/** DejaVu ships with the plugin so that a poster has text on a server without system fonts. */
const BUNDLED_FONTS = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono-Bold.ttf"].map(
  (file) => path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf", file)
)
const IMAGE_TIMEOUT_MS = 3000
const IMAGE_MAX_BYTES = 5 * 1024 * 1024

export type PosterRequest = {
  code: string
  link: string
  product_id?: string | null
  currency_code?: string | null
  /**
   * The sales channels of the request's publishable key: a product is shown only when it is
   * published in one of them, as Medusa's store product routes show it. None: no product.
   */
  sales_channel_ids?: string[]
}

/**
 * The promoter's share poster as PNG bytes, rendered server-side from an SVG template (the store's
 * own, or the default) with resvg: no browser, no download at install time.
 */
export async function renderPoster(
  container: MedusaContainer,
  settings: ReferralOptions,
  request: PosterRequest
): Promise<{ png: Buffer; width: number; height: number }> {
  const { svg } = await posterSvg(container, settings, request)
  const rendered = new Resvg(svg, {
    font: {
      fontFiles: [...BUNDLED_FONTS, ...settings.poster.font_files],
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
    },
  }).render()
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height }
}

/** The poster's SVG before rasterising, with the product it shows (null: none, or not visible). */
export async function posterSvg(
  container: MedusaContainer,
  settings: ReferralOptions,
  request: PosterRequest
): Promise<{ svg: string; product: PosterValues["product"] }> {
  const [storeName, product, template] = await Promise.all([
    storeNameOf(container),
    request.product_id
      ? productOf(
          container,
          request.product_id,
          request.sales_channel_ids ?? [],
          request.currency_code
        )
      : null,
    settings.poster.template_path
      ? fs.readFile(settings.poster.template_path, "utf8")
      : DEFAULT_POSTER_TEMPLATE,
  ])
  const qr = qrPath(request.link)
  const values: PosterValues = {
    width: settings.poster.width,
    height: settings.poster.height,
    store_name: clip(storeName, 24),
    headline: product ? "Recommended for you" : "Shop with my code",
    code: request.code,
    link: request.link,
    qr_size: qr.size,
    qr_path: qr.path,
    product,
  }
  return { svg: fillPosterTemplate(template, values), product }
}

async function storeNameOf(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "store",
    fields: ["name"],
    pagination: { take: 1, skip: 0 },
  })
  return (data[0]?.name as string | undefined) ?? "Our store"
}

/**
 * A product the storefront may show: published and in one of the key's sales channels (the
 * filters of Medusa's `GET /store/products/:id`). Anything else renders as no product at all, so
 * the poster neither shows a draft nor tells whether an id exists.
 */
async function productOf(
  container: MedusaContainer,
  productId: string,
  salesChannelIds: string[],
  currencyCode?: string | null
): Promise<PosterValues["product"]> {
  if (!salesChannelIds.length) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const currency = currencyCode?.toLowerCase()
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "title",
      "thumbnail",
      "sales_channels.id",
      ...(currency ? ["variants.calculated_price.calculated_amount"] : []),
    ],
    filters: { id: productId, status: ProductStatus.PUBLISHED },
    ...(currency
      ? { context: { variants: { calculated_price: QueryContext({ currency_code: currency }) } } }
      : {}),
  })
  const product = data[0]
  const channels = ((product?.sales_channels ?? []) as ({ id: string } | null)[]).map((c) => c?.id)
  if (!product || !channels.some((id) => !!id && salesChannelIds.includes(id))) return null
  const prices = (
    (product.variants ?? []) as { calculated_price?: { calculated_amount?: number } }[]
  )
    .map((v) => v?.calculated_price?.calculated_amount)
    .filter((p): p is number => typeof p === "number")
  const price =
    currency && prices.length
      ? new Intl.NumberFormat("en", { style: "currency", currency }).format(Math.min(...prices))
      : ""
  return {
    title: clip(product.title as string, 32),
    price,
    image: await imageDataUrl(product.thumbnail as string | null),
  }
}

/** The product's image as a data: URL; a slow, large or failing image is left out, not an error. */
async function imageDataUrl(url: string | null): Promise<string> {
  if (!url) return ""
  if (url.startsWith("data:image/")) return url
  if (!/^https?:\/\//.test(url)) return ""
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS) })
    const type = response.headers.get("content-type") ?? ""
    if (!response.ok || !/^image\/(png|jpeg|gif|webp)/.test(type)) return ""
    const bytes = Buffer.from(await response.arrayBuffer())
    if (bytes.length > IMAGE_MAX_BYTES) return ""
    return `data:${type.split(";")[0]};base64,${bytes.toString("base64")}`
  } catch {
    return ""
  }
}
