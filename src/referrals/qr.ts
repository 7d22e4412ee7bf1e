import QRCode from "qrcode"

/** A QR code as an SVG document: what `qr.svg` serves and `referral.qr_svg` embeds. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", margin: 2, errorCorrectionLevel: "M" })
}

/**
 * A QR code as one SVG path in module units (each dark module a 1×1 square, runs merged), for
 * templates that place it themselves: `<svg viewBox="0 0 {size} {size}"><path d="{path}"/></svg>`.
 * `size` includes a quiet zone of 2 modules on each side.
 */
export function qrPath(text: string, quiet = 2): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" })
  const n = modules.size
  let path = ""
  for (let y = 0; y < n; y++) {
    let x = 0
    while (x < n) {
      if (!modules.get(y, x)) {
        x++
        continue
      }
      const start = x
      while (x < n && modules.get(y, x)) x++
      path += `M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`
    }
  }
  return { size: n + 2 * quiet, path }
}
