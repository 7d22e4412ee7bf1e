/** The query parameter a tracking link carries its code in. */
export const REF_PARAM = "ref"

/** `url` with `?ref=CODE` set (replacing any earlier ref), keeping its path, query and fragment. */
export function trackingLink(url: string, code: string): string {
  const link = new URL(url)
  link.searchParams.set(REF_PARAM, code)
  return link.toString()
}

export type ShareLinks = Record<
  "facebook" | "x" | "whatsapp" | "telegram" | "linkedin" | "line" | "weibo" | "email",
  string
>

/**
 * Share links for the common social targets: plain URLs the storefront puts behind buttons, so no
 * third-party script runs on the store's pages.
 */
export function shareLinks(link: string, text: string): ShareLinks {
  const u = encodeURIComponent(link)
  const t = encodeURIComponent(text)
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    x: `https://twitter.com/intent/tweet?url=${u}&text=${t}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${text} ${link}`)}`,
    telegram: `https://t.me/share/url?url=${u}&text=${t}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    line: `https://social-plugins.line.me/lineit/share?url=${u}`,
    weibo: `https://service.weibo.com/share/share.php?url=${u}&title=${t}`,
    email: `mailto:?subject=${t}&body=${encodeURIComponent(`${text}\n${link}`)}`,
  }
}
