/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_MEDUSA_URL?: string
  readonly VITE_MEDUSA_PUBLISHABLE_KEY?: string
}
