/** The part of autocannon's programmatic API that scripts/bench-api.ts uses (it ships no types). */
declare module 'autocannon' {
  interface Options {
    body?: string
    connections: number
    duration: number
    headers?: Record<string, string>
    method?: 'GET' | 'POST'
    url: string
  }
  interface Histogram {
    average: number
    p50: number
    p99: number
  }
  interface Result {
    errors: number
    latency: Histogram
    non2xx: number
    requests: Histogram & { total: number }
    timeouts: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
