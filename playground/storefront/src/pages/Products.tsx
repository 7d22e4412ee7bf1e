import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { RebateBadge, useRebateQuotes } from "medusa-rebates/react"
import { listProducts, productPrice, type Product } from "../catalog"
import { ErrorNote, Loading } from "../components/Status"
import { useI18n } from "../i18n"
import { useRegion } from "../state/region"
import { useLoad } from "../use-load"

/** The product grid: image, price and the best "Return $X" of each product (one batch request). */
export function ProductsPage() {
  const { t } = useI18n()
  const { region, error: regionError } = useRegion()
  const { data, error, loading } = useLoad(
    async () => (region ? (await listProducts(region.id)).products : []),
    [region?.id]
  )
  const products = data ?? []
  const { quotes } = useRebateQuotes(
    products.map((p) => p.id),
    { regionId: region?.id }
  )

  return (
    <>
      <section className="hero">
        <h1>{t("products.heroTitle")}</h1>
        <p>{t("products.heroBody")}</p>
        <Link to="/terms" className="hero__link">
          {t("products.heroLink")} →
        </Link>
      </section>
      <h2 className="section-title">{t("products.title")}</h2>
      {(regionError || error) && <ErrorNote error={regionError ?? error} />}
      {loading && !regionError ? (
        <Loading />
      ) : products.length ? (
        <ul className="product-grid">
          {products.map((product) => {
            const quote = quotes.get(product.id)
            return (
              <li key={product.id}>
                <ProductCard product={product}>
                  {quote && (
                    <RebateBadge
                      amount={quote.max_amount}
                      currencyCode={quote.currency_code}
                      upTo={hasVariantsOfDifferentPrice(product)}
                    />
                  )}
                </ProductCard>
              </li>
            )
          })}
        </ul>
      ) : (
        !error && <p className="muted">{t("products.empty")}</p>
      )}
    </>
  )
}

// The batch gives the best variant's amount: "up to" when the variants' prices differ.
const hasVariantsOfDifferentPrice = (product: Product) => productPrice(product)?.varies ?? false

function ProductCard({ product, children }: { product: Product; children?: ReactNode }) {
  const { t, money } = useI18n()
  const price = productPrice(product)
  return (
    <Link
      to={`/products/${product.handle}`}
      className="product-card"
      data-testid="product-card"
      data-handle={product.handle}
    >
      <div className="product-card__image">
        {product.thumbnail && <img src={product.thumbnail} alt="" loading="lazy" />}
      </div>
      <div className="product-card__body">
        <h3 className="product-card__title">{product.title}</h3>
        {price && (
          <p className="product-card__price" data-testid="product-price" data-value={price.amount}>
            {price.varies
              ? t("products.from", { price: money(price.amount, price.currency_code) })
              : money(price.amount, price.currency_code)}
          </p>
        )}
        {children}
      </div>
    </Link>
  )
}
