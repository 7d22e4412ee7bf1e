import type { ReactNode } from "react"
import { BrowserRouter, Route, Routes } from "react-router-dom"
import { RebatesProvider, ReferralCapture } from "medusa-rebates/react"
import { Layout } from "./components/Layout"
import { I18nProvider, useI18n } from "./i18n"
import { rebates } from "./medusa"
import { AccountPage } from "./pages/Account"
import { CartPage } from "./pages/Cart"
import { CheckoutPage } from "./pages/Checkout"
import { NotFoundPage } from "./pages/NotFound"
import { OrderPage } from "./pages/Order"
import { ProductPage } from "./pages/Product"
import { ProductsPage } from "./pages/Products"
import { RegisterPage } from "./pages/Register"
import { SignInPage } from "./pages/SignIn"
import { TermsPage } from "./pages/Terms"
import { TransferPage } from "./pages/Transfer"
import { CartProvider, useCart } from "./state/cart"
import { CustomerProvider } from "./state/customer"

export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <CustomerProvider>
          <CartProvider>
            <Rebates>
              <Routes>
                <Route element={<Layout />}>
                  <Route index element={<ProductsPage />} />
                  <Route path="products/:handle" element={<ProductPage />} />
                  <Route path="cart" element={<CartPage />} />
                  <Route path="checkout" element={<CheckoutPage />} />
                  <Route path="order/:id" element={<OrderPage />} />
                  <Route path="sign-in" element={<SignInPage />} />
                  <Route path="register" element={<RegisterPage />} />
                  <Route path="account" element={<AccountPage />} />
                  <Route path="terms" element={<TermsPage />} />
                  <Route path="transfer" element={<TransferPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Rebates>
          </CartProvider>
        </CustomerProvider>
      </BrowserRouter>
    </I18nProvider>
  )
}

/** The components' provider in the shopper's language, and the referral capture on every page. */
function Rebates({ children }: { children: ReactNode }) {
  const { locale } = useI18n()
  const { cart } = useCart()
  return (
    <RebatesProvider client={rebates} locale={locale}>
      <ReferralCapture cartId={cart?.id} />
      {children}
    </RebatesProvider>
  )
}
