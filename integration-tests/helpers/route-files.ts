import fs from "node:fs"
import path from "node:path"

export type Method = "get" | "post" | "put" | "patch" | "delete"

/** One route as the file tree defines it: `/admin/x/:id` and the verb a route.ts exports. */
export type RouteFile = { method: Method; route: string; params: string[]; file: string }

const API_ROOT = path.resolve(__dirname, "../../src/api")
const VERB = /^export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/gm

/**
 * Every route of src/api (admin and store), read from the route files themselves so that a new
 * route shows up here without anyone listing it: the folder path is the URL (`[id]` -> `:id`),
 * each exported verb one route.
 */
export function routeFiles(): RouteFile[] {
  const found: RouteFile[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== "__tests__") walk(file)
      if (entry.name !== "route.ts") continue
      const route = `/${path.relative(API_ROOT, dir).split(path.sep).join("/")}`.replace(
        /\[(\w+)\]/g,
        ":$1"
      )
      const params = [...route.matchAll(/:(\w+)/g)].map(([, p]) => p)
      for (const [, verb] of fs.readFileSync(file, "utf8").matchAll(VERB)) {
        found.push({ method: verb.toLowerCase() as Method, route, params, file })
      }
    }
  }
  walk(path.join(API_ROOT, "admin"))
  walk(path.join(API_ROOT, "store"))
  return found.sort((a, b) => key(a).localeCompare(key(b)))
}

/** `POST /admin/rebate-campaigns/:id`. */
export const key = (r: { method: string; route: string }) => `${r.method.toUpperCase()} ${r.route}`

/**
 * The route family a route belongs to (its resource folder: `admin/rebate-campaigns`,
 * `store/customers/me`), where its validators.ts lives.
 */
export function familyOf(route: string): string {
  const parts = route.split("/").filter(Boolean)
  return parts[1] === "customers" ? parts.slice(0, 3).join("/") : parts.slice(0, 2).join("/")
}

/** The URL of a route with each `:param` replaced by `ids(param)`, URL-encoded. */
export function urlOf(route: string, ids: (param: string, route: string) => string): string {
  return route.replace(/:(\w+)/g, (_, param: string) => encodeURIComponent(ids(param, route)))
}
