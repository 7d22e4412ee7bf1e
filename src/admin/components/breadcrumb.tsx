import { useTranslation } from "react-i18next"

const Label = ({ labelKey }: { labelKey: string }) => {
  const { t } = useTranslation()
  return <>{t(labelKey)}</>
}

/** A route's `handle` whose breadcrumb is the page's name (its sidebar label's translation key). */
export const breadcrumbHandle = (labelKey: string) => ({
  breadcrumb: () => <Label labelKey={labelKey} />,
})
