import { Resvg } from "@resvg/resvg-js"
import jsQR from "jsqr"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ReferralSettings, resolveReferralSettings } from "../../modules/rebate"
import { renderPoster } from "../poster"
import { DEFAULT_POSTER_TEMPLATE, fillPosterTemplate } from "../poster-template"
import { qrPath, qrSvg } from "../qr"

const link = "https://shop.test/products/tee?ref=ABCD2345"

const decode = (svg: string) => {
  const image = new Resvg(svg, { fitTo: { mode: "width", value: 400 } }).render()
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data
}

describe("QR codes", () => {
  it("the SVG decodes back to the link", async () => {
    expect(decode(await qrSvg(link))).toBe(link)
  })

  it("the path form decodes back to the link", () => {
    const { size, path } = qrPath(link)
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}"/></svg>`
    expect(decode(svg)).toBe(link)
  })
})

describe("poster template", () => {
  const values = {
    width: 750,
    height: 1334,
    store_name: `Tom & Jerry's <Shop>`,
    headline: "Shop with my code",
    code: "ABCD2345",
    link,
    qr_size: 10,
    qr_path: "M2 2h1v1h-1z",
    product: null,
  }

  it("escapes values and leaves the product block out without a product", () => {
    const svg = fillPosterTemplate(DEFAULT_POSTER_TEMPLATE, values)
    expect(svg).toContain("Tom &#38; Jerry&#39;s &#60;Shop&#62;")
    expect(svg).not.toContain("<image")
    expect(svg).not.toMatch(/\{\{/)
  })

  it("keeps the product block with a product", () => {
    const svg = fillPosterTemplate(DEFAULT_POSTER_TEMPLATE, {
      ...values,
      product: { title: "Tee", price: "$20.00", image: "" },
    })
    expect(svg).toContain(">Tee<")
    expect(svg).toContain("$20.00")
  })
})

describe("renderPoster", () => {
  // The poster reads the store's name through Query; nothing else of the container is needed.
  const container = {
    resolve: () => ({ graph: async () => ({ data: [{ name: "Shop" }] }) }),
  } as unknown as Parameters<typeof renderPoster>[0]
  const settings = (poster: Partial<ReferralSettings["poster"]>) =>
    resolveReferralSettings({ storefront_url: "https://shop.test", poster })

  it("renders a store's own template at the configured size, with a readable QR code", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "poster-"))
    const template = path.join(dir, "poster.svg")
    fs.writeFileSync(
      template,
      `<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}" viewBox="0 0 500 500">
        <rect width="500" height="500" fill="#fff"/>
        <text x="20" y="40">{{store_name}} {{code}}</text>
        <svg x="100" y="100" width="300" height="300" viewBox="0 0 {{qr_size}} {{qr_size}}"><path d="{{qr_path}}"/></svg>
      </svg>`
    )
    const { png, width, height } = await renderPoster(
      container,
      settings({ width: 1000, height: 1000, template_path: template }),
      { code: "ABCD2345", link }
    )
    expect([width, height]).toEqual([1000, 1000])
    expect(png.readUInt32BE(16)).toBe(1000)
    const image = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000"><image width="1000" height="1000" href="data:image/png;base64,${png.toString("base64")}"/></svg>`
    ).render()
    expect(jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data).toBe(link)
  })
})
