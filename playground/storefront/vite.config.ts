// The demo storefront's Vite config. `npm run dev` (playground/dev.mjs) starts it beside the store
// and passes VITE_MEDUSA_URL and VITE_MEDUSA_PUBLISHABLE_KEY; the plugin's storefront code is used
// from its live source through the aliases, as a host store would import the published package.
import path from "node:path"
import { fileURLToPath } from "node:url"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"
import { demoMailbox } from "./demo-mailbox"

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, "../..")

export default defineConfig({
  root: here,
  plugins: [react(), demoMailbox()],
  resolve: {
    alias: [
      {
        find: /^medusa-rebates\/storefront$/,
        replacement: path.join(repo, "src/storefront/index.ts"),
      },
      { find: /^medusa-rebates\/react$/, replacement: path.join(repo, "src/react/index.ts") },
    ],
  },
  // Its own cache, so that it never invalidates the admin's pre-bundled dependencies.
  cacheDir:
    process.env.STOREFRONT_VITE_CACHE_DIR || path.join(repo, "node_modules/.vite-storefront"),
  optimizeDeps: {
    include: ["react", "react-dom", "react-dom/client", "react-router-dom", "@medusajs/js-sdk"],
  },
  server: {
    port: Number(process.env.STOREFRONT_PORT || 8000),
    strictPort: true,
    fs: { allow: [repo] },
  },
})
