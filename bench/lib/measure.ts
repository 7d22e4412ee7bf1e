/** Timing for the in-process benchmarks. */

export type Timing = { label: string; perOpMicros: number; ops: number }

/** Runs `fn` for about `ms` milliseconds after a warm-up and returns the mean cost per call. */
export function timeIt(label: string, fn: () => unknown, ms = 1500): Timing {
  const warmUntil = performance.now() + Math.min(300, ms / 5)
  while (performance.now() < warmUntil) fn()
  let ops = 0
  const start = performance.now()
  let now = start
  while (now - start < ms) {
    for (let i = 0; i < 10; i++) fn()
    ops += 10
    now = performance.now()
  }
  return { label, perOpMicros: ((now - start) * 1000) / ops, ops }
}
