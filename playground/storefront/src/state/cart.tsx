import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react"
import type { ReactNode } from "react"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../medusa"
import { useCustomer } from "./customer"
import { loadRegion } from "./region"

const CART_KEY = "demo_cart_id"
// Line thumbnails and totals for the cart page, the header's count and the checkout (credit
// lines: what the shopper pays with cashback balance).
const CART_FIELDS =
  "id,email,region_id,currency_code,customer_id,completed_at,subtotal,item_subtotal,shipping_total,tax_total,discount_total,credit_line_total,total,*credit_lines,*items,*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions"

type CartState = {
  cart: HttpTypes.StoreCart | null
  count: number
  addItem: (variantId: string, quantity: number) => Promise<void>
  updateItem: (lineId: string, quantity: number) => Promise<void>
  removeItem: (lineId: string) => Promise<void>
  /** Replaces the cart with the one a checkout call returned. */
  refresh: () => Promise<HttpTypes.StoreCart | null>
  /** Forgets the cart (its order was placed). */
  clear: () => void
}

const CartContext = createContext<CartState | null>(null)

export const cartQuery = { fields: CART_FIELDS }

/** Changes with any line's quantity: a refresh key for what is computed from the cart. */
export const quantities = (items: { id: string; quantity: number }[]) =>
  items.map((item) => `${item.id}:${item.quantity}`).join(",")

/** The cart id in localStorage; a new cart in the US region on the first add. */
export function CartProvider({ children }: { children: ReactNode }) {
  const { customer, ready } = useCustomer()
  const [cart, setCart] = useState<HttpTypes.StoreCart | null>(null)
  const previousCustomer = useRef<string | null | undefined>(undefined)

  const clear = useCallback(() => {
    localStorage.removeItem(CART_KEY)
    setCart(null)
  }, [])

  const refresh = useCallback(async () => {
    const id = localStorage.getItem(CART_KEY)
    if (!id) return null
    try {
      const { cart } = await sdk.store.cart.retrieve(id, cartQuery)
      if (cart.completed_at) {
        clear()
        return null
      }
      setCart(cart)
      return cart
    } catch {
      clear() // a cart of another database, or one that is gone
      return null
    }
  }, [clear])

  useEffect(() => {
    if (!ready) return
    const before = previousCustomer.current
    previousCustomer.current = customer?.id ?? null
    if (before && !customer) {
      clear() // signed out: the cart stays with the account
      return
    }
    void (async () => {
      const current = await refresh()
      // Signed in with a guest cart: Medusa moves it to the customer.
      if (customer && current && current.customer_id !== customer.id) {
        const { cart } = await sdk.store.cart.transferCart(current.id, cartQuery)
        setCart(cart)
      }
    })()
  }, [ready, customer, refresh, clear])

  const ensureCart = useCallback(async () => {
    if (cart) return cart
    const region = await loadRegion()
    if (!region) throw new Error("The store has no region")
    const { cart: created } = await sdk.store.cart.create({ region_id: region.id }, cartQuery)
    localStorage.setItem(CART_KEY, created.id)
    return created
  }, [cart])

  const addItem = useCallback(
    async (variantId: string, quantity: number) => {
      const current = await ensureCart()
      const { cart } = await sdk.store.cart.createLineItem(
        current.id,
        { variant_id: variantId, quantity },
        cartQuery
      )
      setCart(cart)
    },
    [ensureCart]
  )

  const updateItem = useCallback(
    async (lineId: string, quantity: number) => {
      if (!cart) return
      const { cart: updated } = await sdk.store.cart.updateLineItem(
        cart.id,
        lineId,
        { quantity },
        cartQuery
      )
      setCart(updated)
    },
    [cart]
  )

  const removeItem = useCallback(
    async (lineId: string) => {
      if (!cart) return
      await sdk.store.cart.deleteLineItem(cart.id, lineId)
      await refresh()
    },
    [cart, refresh]
  )

  const value = useMemo<CartState>(
    () => ({
      cart,
      count: cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0,
      addItem,
      updateItem,
      removeItem,
      refresh,
      clear,
    }),
    [cart, addItem, updateItem, removeItem, refresh, clear]
  )
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>
}

export function useCart(): CartState {
  const value = useContext(CartContext)
  if (!value) throw new Error("useCart outside <CartProvider>")
  return value
}
