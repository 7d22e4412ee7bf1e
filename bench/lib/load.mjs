// HTTP load with autocannon: throughput and latency of one URL, failing loudly on any non-2xx.
import autocannon from "autocannon"

export async function load(url, { headers = {}, duration = 10, connections = 32 } = {}) {
  const result = await autocannon({ url, headers, duration, connections })
  const failures = result.non2xx + result.errors + result.timeouts
  if (failures) {
    throw new Error(`${url}: ${failures} failed requests of ${result.requests.total}`)
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  }
}

export async function checkOk(url, headers) {
  const res = await fetch(url, { headers })
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return res.json()
}
