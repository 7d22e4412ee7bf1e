import { Badge, Copy, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { contactName, type Contact } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { RuleBadge } from "./badges"
import { describeEvidence, shortHash, type EvidenceView } from "./evidence"
import type { RebateReview, ReviewFinding } from "./types"

const GRID = "grid grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1fr)] gap-x-4 px-6 py-2"

/** A hashed value: shortened, the whole in its title and on the clipboard. */
const Hash = ({ value }: { value: string }) => (
  <span className="flex min-w-0 items-center gap-x-1">
    <code className="txt-compact-xsmall truncate font-mono" title={value}>
      {shortHash(value)}
    </code>
    <Copy content={value} className="text-ui-fg-muted shrink-0" />
  </span>
)

const HeadRow = ({ cells }: { cells: string[] }) => (
  <div className={clx(GRID, "bg-ui-bg-subtle")}>
    {cells.map((c, i) => (
      <Text key={i} size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {c}
      </Text>
    ))}
  </div>
)

/** The finding's evidence as columns: buyer beside promoter, or the count beside its threshold. */
const EvidenceTable = ({
  view,
  buyer,
  promoter,
}: {
  view: EvidenceView
  buyer: string
  promoter: string
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <div className="flex flex-col divide-y" data-testid="review-evidence">
      {view.match && (
        <>
          <HeadRow cells={[t("rebates.reviews.evidence.compared"), buyer, promoter]} />
          {view.match.values.map((value) => (
            <div key={value} className={GRID} data-testid="review-evidence-match">
              <span className="flex items-center gap-x-2">
                <Text size="small" leading="compact">
                  {t(`rebates.reviews.evidence.fields.${view.match!.field}`)}
                </Text>
                <Badge size="2xsmall" color="red">
                  {t("rebates.reviews.evidence.same")}
                </Badge>
              </span>
              <Hash value={value} />
              <Hash value={value} />
            </div>
          ))}
        </>
      )}
      {view.counts.length > 0 && (
        <>
          <HeadRow
            cells={[
              t("rebates.reviews.evidence.counted"),
              t("rebates.reviews.evidence.observed"),
              t("rebates.reviews.evidence.limit"),
            ]}
          />
          {view.counts.map((c, i) => (
            <div key={`${c.key}-${i}`} className={GRID} data-testid="review-evidence-count">
              <span className="flex min-w-0 flex-col">
                <Text size="small" leading="compact">
                  {t(`rebates.reviews.evidence.counts.${c.key}`)}
                </Text>
                {c.subject && <Hash value={c.subject} />}
              </span>
              <Text
                size="small"
                weight="plus"
                className={clx("tabular-nums", c.over && "text-ui-fg-error")}
                data-value={c.observed}
              >
                {format.number(c.observed)}
              </Text>
              <Text size="small" className="tabular-nums" data-value={c.limit}>
                {t("rebates.reviews.evidence.atMost", { count: c.limit })}
              </Text>
            </div>
          ))}
        </>
      )}
      {view.facts.map((f) => (
        <div key={f.key} className="grid grid-cols-2 gap-x-4 px-6 py-2">
          <Text size="small" className="text-ui-fg-subtle">
            {t(`rebates.reviews.evidence.facts.${f.key}`, { defaultValue: f.key })}
          </Text>
          <Text size="small" className="break-all">
            {f.value}
          </Text>
        </div>
      ))}
    </div>
  )
}

/**
 * Why the reward is on review: each failed check with its rule, whom it concerns and its
 * evidence, values hashed with the plugin's key (never raw e-mails, phones, addresses or IPs).
 */
export const EvidenceSection = ({
  review,
  contacts,
}: {
  review: RebateReview
  /** The buyer and the promoters the findings name. */
  contacts: Map<string, Contact>
}) => {
  const { t } = useTranslation()
  const findings = review.review_findings ?? []
  const buyer = review.buyer_id
    ? contactName(contacts.get(review.buyer_id), review.buyer_id)
    : t("rebates.reviews.evidence.guest")
  const promoterOf = (f: ReviewFinding) =>
    f.beneficiary_id
      ? contactName(
          contacts.get(f.beneficiary_id) ??
            (f.beneficiary_id === review.customer_id ? review.customer : undefined),
          f.beneficiary_id
        )
      : null
  return (
    <SectionCard
      title={t("rebates.reviews.evidence.title")}
      subtitle={t("rebates.reviews.evidence.subtitle")}
      testId="review-findings"
    >
      {findings.length ? (
        findings.map((f, i) => {
          const promoter = promoterOf(f)
          return (
            <div key={`${f.rule}-${i}`} className="flex flex-col" data-rule={f.rule}>
              <div className="flex flex-col gap-y-1 px-6 py-4">
                <div className="flex flex-wrap items-center gap-2">
                  <RuleBadge rule={f.rule} />
                  <Text size="small" className="text-ui-fg-subtle">
                    {promoter
                      ? t("rebates.reviews.evidence.concerns", { promoter })
                      : t("rebates.reviews.evidence.wholeOrder")}
                  </Text>
                </div>
                <Text size="small">
                  {t(`rebates.reviews.rules.${f.rule}.hint`, { defaultValue: f.rule })}
                </Text>
              </div>
              <EvidenceTable
                view={describeEvidence(f)}
                buyer={t("rebates.reviews.evidence.buyer", { name: buyer })}
                promoter={t("rebates.reviews.evidence.promoter", {
                  name: promoter ?? contactName(review.customer, review.customer_id),
                })}
              />
            </div>
          )
        })
      ) : (
        <EmptyState title={t("rebates.reviews.evidence.none")} />
      )}
    </SectionCard>
  )
}
