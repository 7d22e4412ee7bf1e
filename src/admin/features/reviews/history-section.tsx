import { Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { contactName, type Contact } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { rulesOf } from "./evidence"
import type { RebateReview, ReviewEvent } from "./types"

const DOT: Record<string, string> = {
  flagged: "bg-ui-tag-purple-icon",
  approved: "bg-ui-tag-green-icon",
  rejected: "bg-ui-tag-red-icon",
}

/**
 * The review's audit trail, newest first: flagged at accrual (by the checks, with the rules),
 * then each decision with the admin who made it, when and why.
 */
export const ReviewHistorySection = ({
  review,
  users,
}: {
  review: RebateReview
  users: Map<string, Contact>
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const events = [...(review.history ?? [])].reverse()
  const who = (e: ReviewEvent) =>
    e.actor_type === "user" && e.actor_id
      ? contactName(users.get(e.actor_id), e.actor_id)
      : t("rebates.reviews.history.system")
  return (
    <SectionCard title={t("rebates.reviews.history.title")} testId="review-history">
      {events.length ? (
        <ol className="flex flex-col px-6 py-4">
          {events.map((e, i) => (
            <li
              key={`${e.created_at}-${i}`}
              className="relative flex gap-x-3 pb-4 last:pb-0"
              data-decision={e.decision}
            >
              {i < events.length - 1 && (
                <span className="bg-ui-border-strong absolute left-[5px] top-4 h-full w-px" />
              )}
              <span
                className={clx(
                  "border-ui-bg-base mt-1 size-[11px] shrink-0 rounded-full border-2",
                  DOT[e.decision] ?? "bg-ui-tag-neutral-icon"
                )}
                aria-hidden
              />
              <div className="flex min-w-0 flex-col gap-y-0.5">
                <Text size="small" weight="plus" leading="compact">
                  {t(`rebates.reviews.history.${e.decision}`, { defaultValue: e.decision })}
                </Text>
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  {t("rebates.reviews.history.by", {
                    who: who(e),
                    when: format.date(e.created_at, true),
                  })}
                </Text>
                {e.decision === "flagged" && (
                  <Text size="small" className="text-ui-fg-subtle">
                    {rulesOf(e.findings)
                      .map((r) => t(`rebates.reviews.rules.${r}.label`, { defaultValue: r }))
                      .join(", ")}
                  </Text>
                )}
                {/* A flag's reason is the checks' own wording of the rules shown above. */}
                {e.reason && !(e.decision === "flagged" && e.findings?.length) && (
                  <Text size="small" className="text-ui-fg-base break-words">
                    {e.reason}
                  </Text>
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title={t("rebates.reviews.history.empty")} />
      )}
    </SectionCard>
  )
}
