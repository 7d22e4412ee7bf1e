import type {
  StoreOrderRebateStatus,
  StoreRebateOrderProgress,
  StoreRebateReward,
} from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import type { RebateMessageKey } from "./messages/en"

/** One step of an order's progress towards its cashback. */
export type RebateProgressStep = {
  id: "placed" | "paid" | "shipped" | "delivered" | "canceled" | "settle"
  label: RebateMessageKey
  done: boolean
  /** When it happened, or (for `settle` still to come) when it will. */
  at: string | null
}

const SETTLED: StoreOrderRebateStatus[] = ["available", "partially_clawed_back"]

/**
 * The steps placed → paid → shipped → delivered → settles on <date> (a canceled order ends at
 * canceled). `settle` is done once the order's rewards are available.
 */
export function rebateProgressSteps(
  progress: StoreRebateOrderProgress | null,
  status: StoreOrderRebateStatus,
  settlesAt: string | null,
  rewards: Pick<StoreRebateReward, "settled_at" | "on_review">[] = []
): RebateProgressStep[] {
  const step = (id: RebateProgressStep["id"], at: string | null | undefined) => ({
    id,
    label: `progress.${id}` as RebateMessageKey,
    done: !!at,
    at: at ?? null,
  })
  const steps: RebateProgressStep[] = [
    step("placed", progress?.placed_at),
    step("paid", progress?.paid_at),
    step("shipped", progress?.shipped_at),
    step("delivered", progress?.delivered_at),
  ]
  if (progress?.canceled_at) {
    return [...steps.filter((s) => s.done), step("canceled", progress.canceled_at)]
  }
  const settledDates = rewards
    .map((r) => r.settled_at)
    .filter((d): d is string => !!d)
    .sort()
  const settledAt = settledDates[settledDates.length - 1]
  if (SETTLED.includes(status)) {
    steps.push({ id: "settle", label: "progress.settled", done: true, at: settledAt ?? null })
  } else if (rewards.some((r) => r.on_review)) {
    // On risk review the date does not hold: the store decides first.
    steps.push({ id: "settle", label: "progress.onReview", done: false, at: null })
  } else {
    steps.push({
      id: "settle",
      label: settlesAt ? "progress.settlesOn" : "progress.settles",
      done: false,
      at: settlesAt,
    })
  }
  return steps
}

/** Props of `RebateProgress`. */
export type RebateProgressProps = {
  progress: StoreRebateOrderProgress | null
  status: StoreOrderRebateStatus
  settlesAt: string | null
  rewards?: Pick<StoreRebateReward, "settled_at" | "on_review">[]
  className?: string
}

/** An order's steps as an ordered list; the next step to come is `aria-current="step"`. */
export function RebateProgress({
  progress,
  status,
  settlesAt,
  rewards,
  className,
}: RebateProgressProps) {
  const { t, date } = useRebatesI18n()
  const steps = rebateProgressSteps(progress, status, settlesAt, rewards)
  const current = steps.findIndex((s) => !s.done)
  return (
    <ol className={cx("mr-rebate-progress", className)} aria-label={t("progress.title")}>
      {steps.map((s, i) => (
        <li
          key={s.id}
          className="mr-rebate-progress__step"
          data-step={s.id}
          data-done={s.done}
          aria-current={i === current ? "step" : undefined}
        >
          <span className="mr-rebate-progress__label">{t(s.label, { date: date(s.at) })}</span>
          {s.at && s.label !== "progress.settlesOn" && (
            <>
              {" "}
              <time className="mr-rebate-progress__date" dateTime={s.at}>
                {date(s.at)}
              </time>
            </>
          )}
        </li>
      ))}
    </ol>
  )
}
