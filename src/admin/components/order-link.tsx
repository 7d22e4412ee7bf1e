import { Link } from "react-router-dom"

/** An order by its number (`#1042`), linked to Medusa's order page; by its id until it is known. */
export const OrderLink = ({ id, order }: { id: string; order?: { display_id?: number } }) => (
  <Link to={`/orders/${id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
    {order?.display_id ? `#${order.display_id}` : id}
  </Link>
)
