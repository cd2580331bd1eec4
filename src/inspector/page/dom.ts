/**
 * A few lines of DOM building instead of a UI library: every value goes in as text (`textContent`), never as HTML,
 * so nothing a client sent to the mock (paths, bodies, logins) can run as script in the inspector.
 */
type Child = Node | string | number | null | undefined | false
type Attributes = Record<string, string | number | boolean | EventListener | undefined>

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value)
    else if (value === true) element.setAttribute(name, '')
    else element.setAttribute(name, String(value))
  }
  append(element, children)
  return element
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)))
  }
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren()
  append(parent, children)
}

/** `14:03:07.120`, local time. */
export function clock(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
}

/** `in 42 s`, `in 3 min`, or `now` for an instant past. */
export function until(iso: string | null, now = Date.now()): string {
  if (!iso) return 'now'
  const ms = new Date(iso).getTime() - now
  if (ms <= 0) return 'now'
  if (ms < 90_000) return `in ${Math.ceil(ms / 1000)} s`
  if (ms < 90 * 60_000) return `in ${Math.round(ms / 60_000)} min`
  return `in ${(ms / 3_600_000).toFixed(1)} h`
}

export function bytes(n: number | null): string {
  if (n === null) return 'unknown size'
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

/** Pretty JSON when the text is JSON, else the text as it is. */
export function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

export const statusClass = (status: number): string => `s${Math.floor(status / 100)}xx`
