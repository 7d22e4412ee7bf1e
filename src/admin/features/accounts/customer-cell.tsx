import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useTranslation } from "react-i18next"
import { contactName, type Contact } from "../../lib/contact"

/**
 * A customer as two lines, name over e-mail. `to` makes the name a link (keyboard users reach a
 * row's page through it); a customer Medusa no longer has shows as "Deleted customer" and the id.
 */
export const CustomerCell = ({
  customer,
  customerId,
  to,
}: {
  customer: Contact | null | undefined
  customerId: string
  to?: string
}) => {
  const { t } = useTranslation()
  // undefined: not known (yet); null: Medusa has no such customer any more.
  const name =
    customer === null ? t("rebates.accounts.deletedCustomer") : contactName(customer, customerId)
  const second = customer
    ? customer.email !== name
      ? customer.email
      : null
    : customer === null
      ? customerId
      : null
  return (
    <div className="flex min-w-0 flex-col py-1">
      {to ? (
        <Link
          to={to}
          className="txt-compact-small-plus text-ui-fg-base truncate hover:underline focus-visible:underline"
          onClick={(e) => e.stopPropagation()}
        >
          {name}
        </Link>
      ) : (
        <Text size="small" leading="compact" weight="plus" className="truncate">
          {name}
        </Text>
      )}
      {second && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
          {second}
        </Text>
      )}
    </div>
  )
}
