import type { WithdrawalRequestBody } from "../storefront/client"
import type { StoreRebateWithdrawal } from "../storefront/types"
import { newIdempotencyKey, withdrawalErrorField, type WithdrawalField } from "./withdrawal-rules"

/** How one submit of the withdrawal form ended. */
export type WithdrawalOutcome =
  | { ok: true; withdrawal: StoreRebateWithdrawal }
  | {
      ok: false
      /** The field the message is about; `form` when it names none or there was no answer. */
      field: WithdrawalField | "form"
      message: string
      /** The store answered with a refusal (4xx): nothing was withdrawn. */
      refused: boolean
    }

/** Sends one request with its Idempotency-Key (`rebates.requestWithdrawal`). */
export type WithdrawalSender = (
  body: WithdrawalRequestBody,
  idempotencyKey: string
) => Promise<StoreRebateWithdrawal>

/** The submits of one opened withdrawal form; see `createWithdrawalSubmitter`. */
export type WithdrawalSubmitter = {
  submit: (body: WithdrawalRequestBody) => Promise<WithdrawalOutcome>
  /** A request is on its way. */
  readonly busy: boolean
  /** The key the next request goes with; null until the first submit and after an answer. */
  readonly key: string | null
}

/**
 * The submits of one opened withdrawal form. The form gets one Idempotency-Key at its first
 * submit and keeps it until the store answers: a second submit while one is on its way gets the
 * same outcome (a double click sends once), and a retry after a lost answer sends the same key,
 * so the store answers the first withdrawal instead of making another. Once the store accepted
 * or refused the request, the next submit is a new request with a new key.
 */
export function createWithdrawalSubmitter(
  send: WithdrawalSender,
  makeKey: () => string = newIdempotencyKey
): WithdrawalSubmitter {
  let key: string | null = null
  let inFlight: Promise<WithdrawalOutcome> | null = null

  const run = async (body: WithdrawalRequestBody): Promise<WithdrawalOutcome> => {
    const sent = (key ??= makeKey())
    try {
      const withdrawal = await send(body, sent)
      key = null
      return { ok: true, withdrawal }
    } catch (error) {
      const status = (error as { status?: unknown } | null)?.status
      const refused = typeof status === "number" && status >= 400 && status < 500
      // A refusal withdrew nothing, so a new key is safe. Without an answer (network, 5xx) the
      // request may have gone through: the key stays, and sending again cannot withdraw twice.
      if (refused) key = null
      const message = error instanceof Error ? error.message : String(error)
      return {
        ok: false,
        field: refused ? withdrawalErrorField(message, status as number) : "form",
        message,
        refused,
      }
    }
  }

  return {
    submit(body) {
      inFlight ??= run(body).finally(() => {
        inFlight = null
      })
      return inFlight
    },
    get busy() {
      return inFlight !== null
    },
    get key() {
      return key
    },
  }
}
