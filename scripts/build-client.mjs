// `npm run build` (after `medusa plugin:build`): the storefront packages `medusa-rebates/storefront`
// and `medusa-rebates/react` into dist/, as ESM (.mjs) and CommonJS (.js) bundles with .d.ts
// types. Every package import stays external, and the build fails if a bundle imports anything but
// the browser-side peers: no server code may reach a storefront.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dist = path.join(root, "dist")

const ENTRIES = [
  { name: "storefront", allowed: [] },
  // The components use hooks: a Next.js app must treat them as client components.
  { name: "react", allowed: ["react", "react/jsx-runtime"], banner: '"use client";' },
]
const FORBIDDEN = [/@medusajs\/framework/, /mikro-orm/, /["']pg["']/, /\/modules\/rebate/]

fs.rmSync(dist, { recursive: true, force: true })

for (const entry of ENTRIES) {
  for (const [format, ext] of [
    ["esm", ".mjs"],
    ["cjs", ".js"],
  ]) {
    const outfile = path.join(dist, entry.name, `index${ext}`)
    const result = await build({
      absWorkingDir: root,
      entryPoints: [`src/${entry.name}/index.ts`],
      outfile,
      bundle: true,
      format,
      platform: "neutral",
      target: "es2020",
      jsx: "automatic",
      packages: "external",
      sourcemap: true,
      metafile: true,
      banner: entry.banner ? { js: entry.banner } : undefined,
      logLevel: "warning",
    })
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports)
    const stray = imports.map((i) => i.path).filter((p) => !entry.allowed.includes(p))
    if (stray.length) {
      throw new Error(`${entry.name} (${format}) imports ${[...new Set(stray)].join(", ")}`)
    }
    const code = fs.readFileSync(outfile, "utf8")
    const leak = FORBIDDEN.find((pattern) => pattern.test(code))
    if (leak) throw new Error(`${entry.name} (${format}) contains server code (${leak})`)
  }
}

const tsc = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.client.json"],
  { cwd: root, stdio: "inherit" }
)
if (tsc.status !== 0) process.exit(tsc.status ?? 1)

console.log("Built dist/storefront and dist/react (ESM, CommonJS, types)")
