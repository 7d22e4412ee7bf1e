/**
 * `a - b` of two decimal strings ("10.5", "-3.25"), exactly: balances are decimals, and two
 * floats subtracted could show 0.30000000000000004 as a drift.
 */
export function decimalDifference(a: string, b: string): string {
  const parse = (v: string) => {
    const [int, frac = ""] = v.trim().replace(/^\+/, "").split(".")
    return { negative: int.startsWith("-"), int: int.replace("-", "") || "0", frac }
  }
  const x = parse(a)
  const y = parse(b)
  const scale = Math.max(x.frac.length, y.frac.length)
  const big = (p: ReturnType<typeof parse>) =>
    (p.negative ? -1n : 1n) * BigInt(p.int + p.frac.padEnd(scale, "0"))
  const diff = big(x) - big(y)
  const sign = diff < 0n ? "-" : ""
  const digits = (diff < 0n ? -diff : diff).toString().padStart(scale + 1, "0")
  if (!scale) return sign + digits
  const frac = digits.slice(-scale).replace(/0+$/, "")
  const int = digits.slice(0, -scale)
  return sign + int + (frac ? `.${frac}` : "")
}
