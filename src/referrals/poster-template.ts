/**
 * The default share poster: store name, an optional product, the QR code and the promoter's code.
 * Stores can give their own SVG template (option `poster.template_path`) with the same
 * placeholders; values are XML-escaped before they are put in.
 *
 * Placeholders: {{width}} {{height}} {{store_name}} {{headline}} {{code}} {{link}} {{qr_size}}
 * {{qr_path}}, and inside {{#product}}…{{/product}} (left out without a product):
 * {{product_title}} {{product_price}} {{product_image}} (a data: URL, empty when none could be read).
 */
export const DEFAULT_POSTER_TEMPLATE = `<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}" viewBox="0 0 750 1334">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0f172a"/>
      <stop offset="1" stop-color="#1e3a8a"/>
    </linearGradient>
  </defs>
  <rect width="750" height="1334" fill="url(#bg)"/>
  <text x="375" y="130" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="52" fill="#ffffff">{{store_name}}</text>
  <text x="375" y="195" text-anchor="middle" font-family="DejaVu Sans" font-size="30" fill="#cbd5e1">{{headline}}</text>
  {{#product}}
  <rect x="75" y="250" width="600" height="420" rx="24" fill="#ffffff" fill-opacity="0.08"/>
  <image x="235" y="275" width="280" height="280" preserveAspectRatio="xMidYMid meet" href="{{product_image}}"/>
  <text x="375" y="605" text-anchor="middle" font-family="DejaVu Sans" font-size="30" fill="#ffffff">{{product_title}}</text>
  <text x="375" y="648" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="30" fill="#fbbf24">{{product_price}}</text>
  {{/product}}
  <rect x="185" y="720" width="380" height="380" rx="20" fill="#ffffff"/>
  <svg x="195" y="730" width="360" height="360" viewBox="0 0 {{qr_size}} {{qr_size}}" shape-rendering="crispEdges">
    <path d="{{qr_path}}" fill="#000000"/>
  </svg>
  <text x="375" y="1170" text-anchor="middle" font-family="DejaVu Sans" font-size="28" fill="#cbd5e1">Scan or use the code</text>
  <text x="375" y="1245" text-anchor="middle" font-family="DejaVu Sans Mono" font-weight="bold" font-size="64" letter-spacing="6" fill="#ffffff">{{code}}</text>
</svg>`

export type PosterValues = {
  width: number
  height: number
  store_name: string
  headline: string
  code: string
  link: string
  qr_size: number
  qr_path: string
  product: { title: string; price: string; image: string } | null
}

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Long names are cut so that they stay on the poster. */
export const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** Fills a template's placeholders; unknown placeholders are left out. */
export function fillPosterTemplate(template: string, values: PosterValues): string {
  const flat: Record<string, string> = {
    width: String(values.width),
    height: String(values.height),
    store_name: values.store_name,
    headline: values.headline,
    code: values.code,
    link: values.link,
    qr_size: String(values.qr_size),
    qr_path: values.qr_path,
    product_title: values.product?.title ?? "",
    product_price: values.product?.price ?? "",
    product_image: values.product?.image ?? "",
  }
  return template
    .replace(/\{\{#product\}\}([\s\S]*?)\{\{\/product\}\}/g, (_, inner: string) =>
      values.product ? inner : ""
    )
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeXml(flat[key] ?? ""))
}
