import { fingerprintsInPaymentData, paymentFingerprintsOf } from "../payment-fingerprints"

describe("card fingerprints in payment data", () => {
  it("reads the places Stripe and a store's own provider put one", () => {
    const card = { card: { fingerprint: "fp_1" } }
    expect(fingerprintsInPaymentData({ payment_method: card })).toEqual(["fp_1"])
    expect(fingerprintsInPaymentData({ latest_charge: { payment_method_details: card } })).toEqual([
      "fp_1",
    ])
    expect(
      fingerprintsInPaymentData({
        charges: {
          data: [
            { payment_method_details: card },
            { payment_method_details: { card: { fingerprint: "fp_2" } } },
          ],
        },
      })
    ).toEqual(["fp_1", "fp_2"])
    expect(fingerprintsInPaymentData(card)).toEqual(["fp_1"])
    expect(fingerprintsInPaymentData({ fingerprint: " fp_3 " })).toEqual(["fp_3"])
    expect(fingerprintsInPaymentData({ card_fingerprint: "fp_4" })).toEqual(["fp_4"])
  })

  it("finds none where the provider keeps none, and ignores what is not a string", () => {
    expect(fingerprintsInPaymentData({})).toEqual([])
    expect(fingerprintsInPaymentData(null)).toEqual([])
    // A Stripe PaymentIntent as Medusa's Stripe provider stores it: the payment method is an id.
    expect(fingerprintsInPaymentData({ id: "pi_1", payment_method: "pm_1" })).toEqual([])
    expect(fingerprintsInPaymentData({ fingerprint: 42, card: { fingerprint: "" } })).toEqual([])
    expect(fingerprintsInPaymentData({ charges: { data: "x" } })).toEqual([])
  })

  it("collects an order's distinct fingerprints over all its payments", () => {
    const order = {
      payment_collections: [
        { payments: [{ data: { fingerprint: "a" } }, { data: { card: { fingerprint: "a" } } }] },
        { payments: [{ data: { fingerprint: "b" } }, { data: null }] },
        { payments: null },
      ],
    }
    expect(paymentFingerprintsOf(order)).toEqual(["a", "b"])
    expect(paymentFingerprintsOf(null)).toEqual([])
  })
})
