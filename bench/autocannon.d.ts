/** Just the part of autocannon 9's programmatic API that the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  export interface AutocannonOptions {
    url: string
    method?: string
    headers?: Record<string, string>
    connections?: number
    duration?: number
    pipelining?: number
    timeout?: number
  }
  export interface Histogram {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p97_5: number
    p99: number
  }
  export interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    mismatches: number
    non2xx: number
    resets: number
    duration: number
    statusCodeStats: Record<string, { count: number }>
    '1xx': number
    '2xx': number
    '3xx': number
    '4xx': number
    '5xx': number
  }
  export interface Instance extends PromiseLike<Result> {
    stop(): void
  }
  function autocannon(options: AutocannonOptions): Instance
  export default autocannon
}
