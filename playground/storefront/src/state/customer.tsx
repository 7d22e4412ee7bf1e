import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react"
import type { ReactNode } from "react"
import type { HttpTypes } from "@medusajs/types"
import { AUTH_TOKEN_KEY, sdk } from "../medusa"

export type RegisterInput = {
  email: string
  password: string
  first_name: string
  last_name: string
  /** Bound by the plugin's subscriber on customer.created (customer metadata `referral_code`). */
  referral_code?: string
}

type CustomerState = {
  customer: HttpTypes.StoreCustomer | null
  /** False until the stored session has been checked. */
  ready: boolean
  login: (email: string, password: string) => Promise<void>
  register: (input: RegisterInput) => Promise<void>
  logout: () => Promise<void>
}

const CustomerContext = createContext<CustomerState | null>(null)

async function signIn(email: string, password: string) {
  const result = await sdk.auth.login("customer", "emailpass", { email, password })
  // Third-party and MFA flows answer with an object; e-mail and password give the token.
  if (typeof result !== "string") throw new Error("This account needs another sign-in method")
}

export function CustomerProvider({ children }: { children: ReactNode }) {
  const [customer, setCustomer] = useState<HttpTypes.StoreCustomer | null>(null)
  const [ready, setReady] = useState(false)

  const load = useCallback(async () => {
    // No stored token: a guest (and no 401 in the console for asking).
    if (!localStorage.getItem(AUTH_TOKEN_KEY)) {
      setCustomer(null)
      setReady(true)
      return
    }
    try {
      const { customer } = await sdk.store.customer.retrieve()
      setCustomer(customer)
    } catch {
      setCustomer(null) // no token, or an expired one
    } finally {
      setReady(true)
    }
  }, [])
  useEffect(() => {
    void load()
  }, [load])

  const login = useCallback(
    async (email: string, password: string) => {
      await signIn(email, password)
      await load()
    },
    [load]
  )

  const register = useCallback(
    async ({ referral_code, ...input }: RegisterInput) => {
      // Medusa's two steps: an auth identity (its token), then the customer with that token.
      await sdk.auth.register("customer", "emailpass", {
        email: input.email,
        password: input.password,
      })
      const code = referral_code?.trim()
      await sdk.store.customer.create({
        email: input.email,
        first_name: input.first_name,
        last_name: input.last_name,
        ...(code ? { metadata: { referral_code: code } } : {}),
      })
      await signIn(input.email, input.password)
      await load()
    },
    [load]
  )

  const logout = useCallback(async () => {
    await sdk.auth.logout().catch(() => {})
    setCustomer(null)
  }, [])

  const value = useMemo(
    () => ({ customer, ready, login, register, logout }),
    [customer, ready, login, register, logout]
  )
  return <CustomerContext.Provider value={value}>{children}</CustomerContext.Provider>
}

export function useCustomer(): CustomerState {
  const value = useContext(CustomerContext)
  if (!value) throw new Error("useCustomer outside <CustomerProvider>")
  return value
}
