import type {
  StorePayoutProvider,
  StoreRebateWithdrawal,
  StoreRebateWithdrawalLimits,
} from "../../storefront/types"

/** Store view shapes of the withdrawal routes, for rendering the views from data. */
export const manualProvider: StorePayoutProvider = {
  id: "manual",
  destination_fields: [
    {
      name: "method",
      label: "Payout method",
      labels: { en: "Payout method", "zh-CN": "收款方式" },
      required: true,
      type: "select",
      options: [
        {
          value: "bank_transfer",
          label: "Bank transfer",
          labels: { en: "Bank transfer", "zh-CN": "银行转账" },
        },
        { value: "alipay", label: "Alipay", labels: { en: "Alipay", "zh-CN": "支付宝" } },
      ],
    },
    {
      name: "account_name",
      label: "Account holder",
      labels: { en: "Account holder", "zh-CN": "收款人姓名" },
      required: true,
      max_length: 100,
    },
    {
      name: "bank_name",
      label: "Bank (for bank transfers)",
      labels: { en: "Bank (for bank transfers)", "zh-CN": "开户银行（银行转账时填写）" },
      required: false,
    },
  ],
}

export const storeCreditProvider: StorePayoutProvider = {
  id: "store_credit",
  destination_fields: [],
}

export const limits: StoreRebateWithdrawalLimits = {
  daily_count: 3,
  daily_amount: [{ currency_code: "usd", amount: 50 }],
  min_withdrawal: [{ currency_code: "usd", amount: 5 }],
}

export const withdrawal = (
  id: string,
  overrides: Partial<StoreRebateWithdrawal> = {}
): StoreRebateWithdrawal => ({
  id,
  customer_id: "cus_1",
  currency_code: "usd",
  amount: 10,
  provider_id: "manual",
  destination_label: "Bank transfer …0532",
  status: "requested",
  approvals: [],
  approvals_required: 1,
  reference: null,
  rejection_reason: null,
  requested_at: "2026-03-05T09:00:00.000Z",
  approved_at: null,
  paid_at: null,
  rejected_at: null,
  failed_at: null,
  history: [],
  ...overrides,
})
