import { CheckCircle } from "@medusajs/icons"
import { Button, Container, Table, Text, clx, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SectionHeading } from "../../components/section"
import { errorMessage } from "../../lib/api"
import { contactName } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { useCurrentAdmin } from "../withdrawals/api"
import {
  useDecideAdjustmentRequest,
  usePendingAdjustmentRequests,
  type AdjustmentRequest,
} from "./adjustment-requests-api"
import { useLookup, type UserRow } from "./lookups"
import { RejectRequestPrompt } from "./reject-request-prompt"
import type { RebateAccount } from "./types"

/**
 * The account's manual adjustments above the dual-control threshold, waiting for a second admin:
 * amount, reason, who asked and when, with Approve and Reject. Nobody approves their own: the
 * requester's Approve is off, with the reason beside it (the API refuses it too). Hidden while
 * nothing waits.
 */
export const AdjustmentRequestsSection = ({ account }: { account: RebateAccount }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const { data, error, refetch } = usePendingAdjustmentRequests(account.id)
  const me = useCurrentAdmin().data?.user.id
  const requests = data?.rebate_adjustment_requests ?? []
  const users = useLookup<UserRow>(
    "user",
    requests.map((r) => r.requested_by)
  )
  if (!error && !requests.length) return null

  return (
    <Container className="divide-y p-0" data-testid="adjustment-requests">
      <div className="px-6 py-4">
        <SectionHeading
          title={t("rebates.accounts.requests.title")}
          subtitle={t("rebates.accounts.requests.subtitle")}
        />
      </div>
      {error ? (
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            {t("rebates.actions.retry")}
          </Button>
        </div>
      ) : (
        // The main column is narrow: who and when share a cell, and a wide table scrolls.
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("rebates.fields.amount")}</Table.HeaderCell>
                <Table.HeaderCell>{t("rebates.fields.reason")}</Table.HeaderCell>
                <Table.HeaderCell>{t("rebates.accounts.requests.requestedAt")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("rebates.accounts.requests.decision")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {requests.map((r) => (
                <Table.Row key={r.id} data-testid={`adjustment-request-${r.id}`}>
                  <Table.Cell
                    className={clx(
                      "whitespace-nowrap tabular-nums",
                      r.amount < 0 ? "text-ui-fg-error" : "text-ui-fg-base"
                    )}
                  >
                    {r.amount > 0 && "+"}
                    {format.money(r.amount, r.currency_code)}
                  </Table.Cell>
                  <Table.Cell className="max-w-[220px] truncate" title={r.reason}>
                    {r.reason}
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <div className="flex flex-col">
                      <Text size="small" className="break-all">
                        {contactName(users.get(r.requested_by), r.requested_by)}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                        {format.date(r.created_at, true)}
                      </Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <RequestActions request={r} mine={!!me && r.requested_by === me} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

/** Approve (asked once more) and Reject (with a reason); the requester's Approve is off. */
const RequestActions = ({ request, mine }: { request: AdjustmentRequest; mine: boolean }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const prompt = usePrompt()
  const decide = useDecideAdjustmentRequest(request.id, request.account_id)
  const amount = format.money(request.amount, request.currency_code)
  const noteId = `adjustment-request-note-${request.id}`

  const approve = async () => {
    const ok = await prompt({
      title: t("rebates.accounts.requests.approve.title", { amount }),
      description: t("rebates.accounts.requests.approve.description", { reason: request.reason }),
      confirmText: t("rebates.accounts.requests.approve.confirm"),
      cancelText: t("rebates.actions.cancel"),
      variant: "confirmation",
    })
    if (!ok) return
    try {
      await decide.mutateAsync({ action: "approve" })
      toast.success(t("rebates.accounts.requests.approve.done", { amount }))
    } catch (e) {
      toast.error(t("rebates.accounts.requests.approve.failed"), { description: errorMessage(e) })
    }
  }

  return (
    <div className="flex flex-col items-end gap-y-1">
      <div className="flex items-center justify-end gap-2 whitespace-nowrap">
        <RejectRequestPrompt
          amount={amount}
          isPending={decide.isPending}
          onReject={async (reason) => {
            await decide.mutateAsync({ action: "reject", reason })
            toast.success(t("rebates.accounts.requests.reject.done", { amount }))
          }}
        />
        <Button
          size="small"
          onClick={approve}
          isLoading={decide.isPending}
          disabled={mine || decide.isPending}
          aria-describedby={mine ? noteId : undefined}
          data-testid="adjustment-request-approve"
        >
          <CheckCircle />
          {t("rebates.accounts.requests.approve.open")}
        </Button>
      </div>
      {mine && (
        <Text
          id={noteId}
          size="xsmall"
          className="text-ui-fg-subtle max-w-[200px] text-right"
          data-testid="adjustment-request-own-note"
        >
          {t("rebates.accounts.requests.ownRequest")}
        </Text>
      )}
    </div>
  )
}
