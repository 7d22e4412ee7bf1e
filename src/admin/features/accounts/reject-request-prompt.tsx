import { XCircle } from "@medusajs/icons"
import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FieldError } from "../../components/field-error"
import { errorMessage } from "../../lib/api"

const MAX_REASON = 500

/**
 * "Reject" an adjustment request: a prompt that asks why (required, kept on the request for the
 * audit trail). It stays open on an error, which is shown under the reason.
 */
export const RejectRequestPrompt = ({
  amount,
  isPending,
  onReject,
}: {
  amount: string
  isPending: boolean
  onReject: (reason: string) => Promise<void>
}) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string>()

  const onOpenChange = (next: boolean) => {
    if (next) {
      setReason("")
      setError(undefined)
    }
    setOpen(next)
  }

  const submit = async () => {
    const trimmed = reason.trim()
    if (!trimmed) return setError(t("rebates.accounts.requests.reject.reasonRequired"))
    if (trimmed.length > MAX_REASON) {
      return setError(t("rebates.accounts.adjust.errors.reasonLong"))
    }
    try {
      await onReject(trimmed)
      setOpen(false)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <Prompt open={open} onOpenChange={onOpenChange}>
      <Prompt.Trigger asChild>
        <Button
          size="small"
          variant="secondary"
          disabled={isPending}
          data-testid="adjustment-request-reject"
        >
          <XCircle />
          {t("rebates.accounts.requests.reject.open")}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("rebates.accounts.requests.reject.title", { amount })}</Prompt.Title>
          <Prompt.Description>
            {t("rebates.accounts.requests.reject.description")}
          </Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="adjustment-reject-reason" size="small" weight="plus">
            {t("rebates.fields.reason")}
          </Label>
          <Textarea
            id="adjustment-reject-reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t("rebates.accounts.requests.reject.placeholder")}
            aria-invalid={!!error}
            aria-describedby="adjustment-reject-reason-error"
          />
          <FieldError id="adjustment-reject-reason-error" message={error} />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("rebates.actions.cancel")}</Prompt.Cancel>
          <Button
            size="small"
            variant="danger"
            onClick={submit}
            isLoading={isPending}
            data-testid="adjustment-reject-confirm"
          >
            {t("rebates.accounts.requests.reject.confirm")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
