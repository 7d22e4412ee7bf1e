import { ExclamationCircle } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { useRetrySync } from "../health/use-health"
import type { RebateOrder } from "./types"

/** The order's rewards are out of sync: the last error, the attempts and a "Re-sync" button. */
export const OrderSyncWarning = ({
  orderId,
  failure,
}: {
  orderId: string
  failure: NonNullable<RebateOrder["sync_failure"]>
}) => {
  const { t } = useTranslation()
  const { date } = useFormat()
  const retry = useRetrySync()
  const resync = () =>
    retry.mutate(orderId, {
      onSuccess: (outcome) =>
        outcome.in_sync
          ? toast.success(t("rebates.widgets.order.sync.done"))
          : toast.error(t("rebates.widgets.order.sync.stillFailing"), {
              description: outcome.error?.split("\n")[0],
            }),
      onError: (error) =>
        toast.error(t("rebates.widgets.order.sync.failed"), { description: errorMessage(error) }),
    })
  return (
    <div
      role="alert"
      className="bg-ui-bg-subtle flex flex-col gap-y-2 px-6 py-4"
      data-testid="rebate-order-sync-failure"
    >
      <div className="flex items-start gap-x-2">
        <ExclamationCircle className="text-ui-tag-orange-icon mt-0.5 shrink-0" aria-hidden />
        <div className="flex min-w-0 flex-col gap-y-1">
          <Text size="small" leading="compact" weight="plus">
            {t("rebates.widgets.order.sync.title")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle break-words">
            {failure.last_error.split("\n")[0]}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("rebates.widgets.order.sync.attempts", { count: failure.attempts })}
            {" · "}
            {failure.next_attempt_at
              ? t("rebates.widgets.order.sync.nextTry", {
                  date: date(failure.next_attempt_at, true),
                })
              : t("rebates.widgets.order.sync.noMoreTries")}
          </Text>
        </div>
      </div>
      <div className="flex justify-end">
        <Button
          size="small"
          variant="secondary"
          onClick={resync}
          isLoading={retry.isPending}
          data-testid="rebate-order-resync"
        >
          {t("rebates.widgets.order.sync.button")}
        </Button>
      </div>
    </div>
  )
}
