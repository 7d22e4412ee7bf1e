/** Class names joined, falsy ones left out. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ")
}

/** True in a browser (effects and handlers only: render must not depend on it). */
export const inBrowser = () => typeof window !== "undefined" && typeof document !== "undefined"

/** A `data:` URL of SVG markup, for `<img src>`: an image cannot run the markup's scripts. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
