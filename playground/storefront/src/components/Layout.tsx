import { Link, NavLink, Outlet } from "react-router-dom"
import { LOCALES, useI18n, type Locale } from "../i18n"
import { useCart } from "../state/cart"
import { useCustomer } from "../state/customer"

/** Header (store name, navigation, cart count, account, language), the page, the footer. */
export function Layout() {
  const { t, locale, setLocale } = useI18n()
  const { count } = useCart()
  const { customer } = useCustomer()
  return (
    <div className="shell">
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" data-testid="nav-home">
            <span className="brand__mark" aria-hidden="true" />
            {t("store.name")}
          </Link>
          <nav className="site-nav" aria-label={t("nav.main")}>
            <NavLink to="/" end data-testid="nav-shop">
              {t("nav.shop")}
            </NavLink>
            <NavLink to="/terms" data-testid="nav-terms">
              {t("nav.program")}
            </NavLink>
            {customer ? (
              <NavLink to="/account" data-testid="nav-account">
                {t("nav.account")}
              </NavLink>
            ) : (
              <NavLink to="/sign-in" data-testid="nav-sign-in">
                {t("nav.signIn")}
              </NavLink>
            )}
            <NavLink to="/cart" className="site-nav__cart" data-testid="nav-cart">
              {t("nav.cart")}
              <span className="cart-count" data-testid="cart-count" data-value={count}>
                {count}
              </span>
            </NavLink>
          </nav>
          <label className="language">
            <span className="visually-hidden">{t("nav.language")}</span>
            <select
              value={locale}
              onChange={(e) => setLocale(e.target.value as Locale)}
              data-testid="language-select"
            >
              {LOCALES.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <main className="page">
        <Outlet />
      </main>
      <footer className="site-footer">{t("footer.demo")}</footer>
    </div>
  )
}
