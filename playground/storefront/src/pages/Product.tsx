import { useEffect, useMemo, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { RebateBadge } from "medusa-rebates/react"
import { productByHandle, variantPrice, type Product, type Variant } from "../catalog"
import { ErrorNote, Loading } from "../components/Status"
import { useI18n } from "../i18n"
import { useCart } from "../state/cart"
import { useRegion } from "../state/region"
import { useLoad } from "../use-load"

/** One product: image, size picker, the selected variant's price and "Return $X", add to cart. */
export function ProductPage() {
  const { handle = "" } = useParams()
  const { t } = useI18n()
  const { region, error: regionError } = useRegion()
  const {
    data: product,
    error,
    loading,
  } = useLoad(
    async () => (region ? productByHandle(handle, region.id) : null),
    [handle, region?.id]
  )
  if (regionError || error) return <ErrorNote error={regionError ?? error} />
  if (loading || !region) return <Loading />
  if (!product) {
    return (
      <>
        <h1>{t("product.notFound")}</h1>
        <Link to="/">{t("product.back")}</Link>
      </>
    )
  }
  return <ProductView product={product} regionId={region.id} />
}

const optionValue = (variant: Variant, optionId: string) =>
  variant.options?.find((o) => o.option_id === optionId)?.value

// Medusa returns variants in no particular order: sizes from small to large, others by title.
const SIZES = ["XXS", "XS", "S", "M", "L", "XL", "XXL"]
const sizeRank = (title: string | null | undefined) => {
  const rank = SIZES.indexOf((title ?? "").toUpperCase())
  return rank < 0 ? SIZES.length : rank
}
const byRank = (a: Variant, b: Variant) =>
  sizeRank(a.title) - sizeRank(b.title) || (a.title ?? "").localeCompare(b.title ?? "")

function ProductView({ product, regionId }: { product: Product; regionId: string }) {
  const { t, money } = useI18n()
  const { addItem } = useCart()
  const option = product.options?.[0]
  const variants = useMemo(() => [...(product.variants ?? [])].sort(byRank), [product])
  const [variantId, setVariantId] = useState(variants[0]?.id)
  const [quantity, setQuantity] = useState(1)
  const [status, setStatus] = useState<"idle" | "adding" | "added">("idle")
  const [error, setError] = useState<unknown>(null)
  const variant = variants.find((v) => v.id === variantId)
  const price = variantPrice(variant)
  const image = product.images?.[0]?.url ?? product.thumbnail

  useEffect(() => setStatus("idle"), [variantId, quantity])

  const add = async () => {
    if (!variant) return
    setStatus("adding")
    setError(null)
    try {
      await addItem(variant.id, quantity)
      setStatus("added")
    } catch (e) {
      setError(e)
      setStatus("idle")
    }
  }

  return (
    <article className="product">
      <div className="product__image">{image && <img src={image} alt={product.title ?? ""} />}</div>
      <div className="product__info">
        <Link to="/" className="back-link">
          ← {t("product.back")}
        </Link>
        <h1>{product.title}</h1>
        {price && (
          <p className="product__price" data-testid="product-price" data-value={price.amount}>
            {money(price.amount, price.currency_code)}
          </p>
        )}
        {variant && (
          <RebateBadge
            variantId={variant.id}
            regionId={regionId}
            quantity={quantity}
            className="product__badge"
          />
        )}
        <p className="product__description">{product.description}</p>
        {option && variants.length > 1 && (
          <fieldset className="picker">
            <legend>{t("product.size")}</legend>
            <div className="picker__options" role="radiogroup">
              {variants.map((v) => {
                const label = optionValue(v, option.id) ?? v.title
                return (
                  <button
                    key={v.id}
                    type="button"
                    role="radio"
                    aria-checked={v.id === variantId}
                    className="picker__option"
                    data-testid="variant-option"
                    data-value={label}
                    onClick={() => setVariantId(v.id)}
                  >
                    {label}
                  </button>
                )
              })}
            </div>
          </fieldset>
        )}
        <div className="buy">
          <label className="quantity">
            <span>{t("common.quantity")}</span>
            <input
              type="number"
              min={1}
              max={20}
              value={quantity}
              onChange={(e) => setQuantity(Math.max(1, Math.min(20, Number(e.target.value) || 1)))}
              data-testid="quantity-input"
            />
          </label>
          <button
            type="button"
            className="button button--primary"
            onClick={add}
            disabled={!variant || status === "adding"}
            data-testid="add-to-cart"
          >
            {status === "adding" ? t("product.adding") : t("product.addToCart")}
          </button>
        </div>
        <div aria-live="polite">
          {status === "added" && (
            <p className="notice notice--success" data-testid="added-to-cart">
              {t("product.added")} <Link to="/cart">{t("product.viewCart")}</Link>
            </p>
          )}
        </div>
        {error != null && <ErrorNote error={error} />}
      </div>
    </article>
  )
}
