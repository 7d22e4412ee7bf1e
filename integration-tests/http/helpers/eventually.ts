/** Subscribers run after the workflow that emitted their event: retry the check for a while. */
export async function eventually<T>(check: () => Promise<T>, ms = 8000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}
