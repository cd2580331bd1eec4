/** The JSON the control endpoints answer with, as the page reads it (see README "Control endpoints"). */

export interface ApiInfo {
  id: string
  title: string
  baseUrl: string
  operations: number
  seed: number
}

export interface Exchange {
  id: number
  at: string
  method: string
  path: string
  query: string
  status: number
  operationId?: string
  client?: string
  ms: number
  error?: string
}

export interface BodyView {
  size: number | null
  truncated: boolean
  streamed?: true
  text?: string
  base64?: string
}

export interface ExchangeDetails extends Exchange {
  captured: boolean
  request?: { headers: Record<string, string>; body: BodyView | null }
  response?: { headers: Record<string, string>; body: BodyView | null }
}

export interface OperationInfo {
  operationId: string
  method: string
  path: string
  summary: string | null
  responses: { code: string; examples: string[] }[]
}

export interface ConductReport {
  blocking: boolean
  rules: { id: string; description: string }[]
  totals: { clients: number; blocked: number; findings: number; breaches: number }
  clients: {
    client: string
    blocked: { until: string; reason: string } | null
    maySendAt: string | null
    findings: number
    rulesBroken: string[]
  }[]
  findings: {
    at: string
    client: string
    rule: string
    description: string
    message: string
    request: string
    repeats: number
    lastAt: string
  }[]
}

export interface RateLimits {
  now: string
  policies: {
    name: string
    kind: 'fixed-window' | 'random' | 'other'
    limit?: number
    windowMs?: number
    probability?: number
    clients: { client: string; used: number; remaining: number; resetsAt: string }[]
    totalClients: number
  }[]
}

export interface Forced {
  code?: string
  example?: string
  operation?: string
  remaining: number
}
