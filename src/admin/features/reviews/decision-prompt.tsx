import { Button, Label, Prompt, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FieldError } from "../../components/field-error"
import { errorMessage } from "../../lib/api"
import { useDecideReviews, type Decision } from "./api"
import { summarizeDecision } from "./evidence"

const MAX_REASON = 500

/**
 * Approve or reject rewards on review, one or many: a prompt that asks why (required to reject,
 * since the promoter is shown it; optional to approve, kept in the audit trail). The toast says
 * how many changed; a refused one (decided the other way already) is listed with the API's
 * message. `ids` null: closed.
 */
export const DecisionPrompt = ({
  decision,
  ids,
  onClose,
  onDone,
}: {
  decision: Decision
  ids: string[] | null
  onClose: () => void
  /** After the request answered, with the ids it changed or found already decided. */
  onDone?: (decided: string[]) => void
}) => {
  const { t } = useTranslation()
  const decide = useDecideReviews()
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string>()
  const open = !!ids?.length
  const k = (key: string) => `rebates.reviews.${decision}.${key}`

  useEffect(() => {
    if (open) {
      setReason("")
      setError(undefined)
    }
  }, [open])

  const submit = async () => {
    if (!ids?.length || decide.isPending) return
    const trimmed = reason.trim()
    if (decision === "reject" && !trimmed) return setError(t("rebates.reviews.reject.required"))
    if (trimmed.length > MAX_REASON) {
      return setError(t("rebates.reviews.reasonLong", { max: MAX_REASON }))
    }
    try {
      const results = await decide.mutateAsync({ decision, ids, reason: trimmed || undefined })
      const { changed, unchanged, failed } = summarizeDecision(results)
      if (changed.length || unchanged.length) {
        toast.success(t(k("done"), { count: changed.length + unchanged.length }))
      }
      for (const f of failed) {
        toast.error(t("rebates.reviews.refused", { id: f.id }), { description: f.message })
      }
      onDone?.([...changed, ...unchanged])
      onClose()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <Prompt open={open} onOpenChange={(next) => !next && onClose()}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t(k("title"), { count: ids?.length ?? 0 })}</Prompt.Title>
          <Prompt.Description>{t(k("description"))}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="review-decision-reason" size="small" weight="plus">
            {t(decision === "reject" ? "rebates.fields.reason" : "rebates.reviews.approve.reason")}
          </Label>
          <Textarea
            id="review-decision-reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t(k("placeholder"))}
            aria-invalid={!!error}
            aria-describedby="review-decision-reason-error"
            data-testid="review-decision-reason"
          />
          <FieldError id="review-decision-reason-error" message={error} />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("rebates.actions.cancel")}</Prompt.Cancel>
          <Button
            size="small"
            variant={decision === "reject" ? "danger" : "primary"}
            onClick={submit}
            isLoading={decide.isPending}
            data-testid="review-decision-confirm"
          >
            {t(k("confirm"), { count: ids?.length ?? 0 })}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
