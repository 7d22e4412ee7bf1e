import type { ReactNode } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { createRebatesClient } from "../../storefront/client"
import type { RebateMessages } from "../messages/en"
import { RebatesProvider } from "../context"

/** A client whose every request fails the test: server rendering must never fetch. */
export const noFetchClient = createRebatesClient({
  client: {
    fetch: () => {
      throw new Error("fetched during server rendering")
    },
  },
})

/** The markup of `node` under a provider in `locale`, dates in UTC. */
export function render(node: ReactNode, locale = "en", messages?: Partial<RebateMessages>): string {
  return renderToStaticMarkup(
    <RebatesProvider client={noFetchClient} locale={locale} messages={messages} timeZone="UTC">
      {node}
    </RebatesProvider>
  )
}

/** The text of some markup, tags dropped and entities of the tests decoded. */
export function text(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim()
}
