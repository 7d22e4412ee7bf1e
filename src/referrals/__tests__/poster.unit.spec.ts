import { Resvg } from "@resvg/resvg-js"
import jsQR from "jsqr"
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
