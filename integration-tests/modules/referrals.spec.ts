import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"

jest.setTimeout(120 * 1000)

const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY)

moduleIntegrationTestRunner<RebateModuleService>({
  moduleName: REBATE_MODULE,
  resolve: "./src/modules/rebate",
  pathToMigrations: "./src/modules/rebate/migrations",
  moduleOptions: {
    attribution_model: "first_touch",
    binding_validity_days: 30,
    level1_priority: "attribution",
  },
  testSuite: ({ service }) => {
    const codeOf = async (customerId: string) => (await service.ensureReferralCode(customerId)).code
    const reason = (promise: Promise<unknown>) =>
      promise.then(
        () => "ok",
        (e: { code?: string }) => e.code
      )

    it("gives each customer one stable code, also when asked concurrently", async () => {
      const codes = await Promise.all(Array.from({ length: 8 }, () => codeOf("cus_a")))
      expect(new Set(codes).size).toBe(1)
      expect(await codeOf("cus_a")).toBe(codes[0])
      expect(await codeOf("cus_b")).not.toBe(codes[0])
      expect(await service.listRebateReferralCodes({ customer_id: "cus_a" })).toHaveLength(1)
    })

    it("first touch keeps a valid cart attribution and gives way to an expired one", async () => {
      const [a, b] = [await codeOf("cus_a"), await codeOf("cus_b")]
      await service.attachCartReferral({ cart_id: "cart_1", code: a })
      const second = await service.attachCartReferral({ cart_id: "cart_1", code: b })
      expect(second).toMatchObject({ replaced: false, attribution: { promoter_id: "cus_a" } })

      const later = new Date(Date.now() + 31 * DAY)
      const third = await service.attachCartReferral({ cart_id: "cart_1", code: b, at: later })
      expect(third).toMatchObject({ replaced: true, attribution: { promoter_id: "cus_b" } })
      // Compensation puts the earlier attribution back.
      await service.restoreCartReferral({ cart_id: "cart_1", previous: third.previous })
      expect((await service.listRebateAttributions({ cart_id: "cart_1" }))[0].promoter_id).toBe(
        "cus_a"
      )
    })

    it("a binding lasts its validity; then the customer may be bound again", async () => {
      const [a, b] = [await codeOf("cus_a"), await codeOf("cus_b")]
      const boundAt = ago(31)
      const first = await service.bindReferral({
        invitee_id: "cus_c",
        code: a,
        source: "bind",
        at: boundAt,
      })
      expect(first.binding.expires_at).toEqual(new Date(boundAt.getTime() + 30 * DAY))
      const again = await service.bindReferral({ invitee_id: "cus_c", code: b, source: "bind" })
      expect(again.binding).toMatchObject({ inviter_id: "cus_b" })
      expect(
        await reason(service.bindReferral({ invitee_id: "cus_c", code: a, source: "bind" }))
      ).toBe("already_bound")
      const audit = await service.listRebateReferralAudits(
        { invitee_id: "cus_c" },
        { order: { created_at: "ASC" } }
      )
      expect(audit.map((e) => [e.action, e.from_inviter_id, e.to_inviter_id])).toEqual([
        ["bound", null, "cus_a"],
        ["bound", "cus_a", "cus_b"],
      ])
      // Compensation of the second binding brings the first (expired) one back; the audit trail
      // keeps both entries and records the reversal as a new one.
      await service.restoreReferralBinding({
        invitee_id: "cus_c",
        previous: again.previous,
        audit_id: again.audit_id,
      })
      expect((await service.bindingOf("cus_c"))?.inviter_id).toBe("cus_a")
      const trail = await service.listRebateReferralAudits(
        { invitee_id: "cus_c" },
        { order: { created_at: "ASC" } }
      )
      expect(
        trail.map((e) => [e.action, e.from_inviter_id, e.to_inviter_id, e.actor_type])
      ).toEqual([
        ["bound", null, "cus_a", "customer"],
        ["bound", "cus_a", "cus_b", "customer"],
        ["changed", "cus_b", "cus_a", "system"],
      ])
      expect(trail[2].reason).toContain(again.audit_id)
      expect(trail.slice(0, 2).map((e) => e.id)).toContain(again.audit_id)
    })

    it("refuses a cycle of any length, also through an admin change", async () => {
      const bind = (invitee: string, inviter: string) =>
        codeOf(inviter).then((code) =>
          reason(service.bindReferral({ invitee_id: invitee, code, source: "bind" }))
        )
      // r1 ← r2 ← r3: r1 may not be invited by r3 (a ring of 3).
      expect(await bind("r2", "r1")).toBe("ok")
      expect(await bind("r3", "r2")).toBe("ok")
      expect(await bind("r1", "r3")).toBe("referral_cycle")
      // q1 ← q2 ← q3 ← q4: a ring of 4.
      expect(await bind("q2", "q1")).toBe("ok")
      expect(await bind("q3", "q2")).toBe("ok")
      expect(await bind("q4", "q3")).toBe("ok")
      expect(await bind("q1", "q4")).toBe("referral_cycle")
      // An admin cannot close one either, not even by moving an existing binding.
      const change = (invitee: string, inviter: string) =>
        reason(
          service.changeReferralBinding({
            invitee_id: invitee,
            inviter_id: inviter,
            reason: "test",
            actor_id: "user_1",
          })
        )
      expect(await change("q1", "q3")).toBe("referral_cycle")
      expect(await change("q2", "q4")).toBe("referral_cycle")
      // Not a cycle: q1 is nobody's invitee below r3.
      expect(await change("q1", "r3")).toBe("ok")
      // An expired link breaks the chain: s1 ← s2 (expired) ← s3, so s1 may be invited by s3.
      await service.bindReferral({
        invitee_id: "s2",
        code: await codeOf("s1"),
        source: "bind",
        at: ago(31),
      })
      expect(await bind("s3", "s2")).toBe("ok")
      expect(await bind("s1", "s3")).toBe("ok")
      expect((await service.bindingOf("r1"))?.inviter_id ?? null).toBeNull()
    })

    it("pairs binding to each other at once never end bound to each other", async () => {
      const pairs = Array.from({ length: 10 }, (_, i) => [`px${i}`, `py${i}`] as const)
      const codes = new Map(
        await Promise.all(pairs.flat().map(async (id) => [id, await codeOf(id)] as const))
      )
      const results = await Promise.all(
        pairs.flatMap(([x, y]) => [
          reason(service.bindReferral({ invitee_id: x, code: codes.get(y)!, source: "bind" })),
          reason(service.bindReferral({ invitee_id: y, code: codes.get(x)!, source: "bind" })),
        ])
      )
      expect(results.filter((r) => r === "ok")).toHaveLength(10)
      expect(results.filter((r) => r === "referral_cycle")).toHaveLength(10)
      for (const [x, y] of pairs) {
        const [bx, by] = [await service.bindingOf(x), await service.bindingOf(y)]
        expect(bx?.inviter_id === y && by?.inviter_id === x).toBe(false)
      }
    })

    it("a repeated visit through one code from one device (or IP) is the same visit", async () => {
      const code = await codeOf("cus_a")
      const visit = (hashes: { device_hash?: string; ip_hash?: string }, at?: Date) =>
        service.recordReferralVisit({ code, ...hashes, at })
      const first = await visit({ device_hash: "d1", ip_hash: "ip1" })
      expect(first.created).toBe(true)
      const again = await visit({ device_hash: "d1", ip_hash: "ip2" })
      expect(again).toMatchObject({ created: false, visit: { id: first.visit.id } })
      // Another device from the same IP is another visitor; without a device id, the IP decides.
      expect((await visit({ device_hash: "d2", ip_hash: "ip1" })).created).toBe(true)
      const byIp = await visit({ ip_hash: "ip9" })
      expect((await visit({ ip_hash: "ip9" })).visit.id).toBe(byIp.visit.id)
      // After the window (30 minutes by default) the same device counts again.
      const later = new Date(Date.now() + 31 * 60_000)
      expect((await visit({ device_hash: "d1" }, later)).created).toBe(true)
      expect(await service.listRebateReferralVisits({ promoter_id: "cus_a" })).toHaveLength(4)
    })

    it("two binds racing for one invitee: exactly one wins", async () => {
      const codes = await Promise.all(["cus_a", "cus_b", "cus_d"].map(codeOf))
      const results = await Promise.all(
        codes.map((code) =>
          reason(service.bindReferral({ invitee_id: "cus_e", code, source: "bind" }))
        )
      )
      expect(results.filter((r) => r === "ok")).toHaveLength(1)
      expect(results.filter((r) => r === "already_bound")).toHaveLength(2)
      expect(await service.listRebateReferralAudits({ invitee_id: "cus_e" })).toHaveLength(1)
    })

    it("with level1_priority attribution, the order's link promoter is level 1 and the inviter stays the inviter", async () => {
      await service.bindReferral({
        invitee_id: "cus_buyer",
        code: await codeOf("cus_a"),
        source: "bind",
      })
      await service.bindReferral({
        invitee_id: "cus_b",
        code: await codeOf("cus_root"),
        source: "bind",
      })
      await service.attachCartReferral({ cart_id: "cart_2", code: await codeOf("cus_b") })
      const facts = await service.referralFactsForOrder({
        buyer_id: "cus_buyer",
        cart_id: "cart_2",
        at: new Date(),
      })
      const [attribution] = await service.listRebateAttributions({ cart_id: "cart_2" })
      expect(facts).toMatchObject({
        inviter_id: "cus_a",
        level1_id: "cus_b",
        level2_id: "cus_root",
        level1_source: "attribution",
        attribution_id: attribution.id,
      })
    })

    it("a vanity code becomes primary, the old code stays an alias, and compensation restores it", async () => {
      const old = await codeOf("cus_a")
      const { code, previous_id } = await service.setReferralCode({
        customer_id: "cus_a",
        code: "vip-2026",
      })
      expect(code).toMatchObject({ code: "VIP2026", kind: "vanity", is_primary: true })
      expect((await service.findReferralCode(old))?.customer_id).toBe("cus_a")
      expect(await reason(service.setReferralCode({ customer_id: "cus_b", code: "VIP2026" }))).toBe(
        "code_taken"
      )
      expect(await reason(service.setReferralCode({ customer_id: "cus_b", code: "no!" }))).toBe(
        "invalid_code"
      )
      await service.restoreReferralCode({ customer_id: "cus_a", code_id: previous_id })
      expect(await codeOf("cus_a")).toBe(old)
    })
  },
})
