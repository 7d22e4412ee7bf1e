import { Link } from "react-router-dom"

/** A record's id in monospace, linked to its page (an order, an account, a customer). */
export const IdLink = ({ to, id }: { to: string; id: string }) => (
  <Link to={to} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono">
    {id}
  </Link>
)
