/** Prints a left-aligned first column and right-aligned figures. */
export function printTable(title, header, rows) {
  const cells = [header, ...rows.map((r) => r.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)))
  console.log(`\n${title}`)
  for (const [n, row] of cells.entries()) {
    console.log(
      row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")
    )
    if (n === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "))
  }
}
