import { Link } from "react-router-dom"
import { useI18n } from "../i18n"

export function NotFoundPage() {
  const { t } = useI18n()
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p className="muted">{t("notFound.body")}</p>
      <Link to="/" className="button">
        {t("common.backToShop")}
      </Link>
    </>
  )
}
