/**
 * Docs: the API's reference, rendered from the spec the mock publishes (servers pointing at the mock) by Swagger UI,
 * bundled with the package. It runs in a frame of its own: the renderer's styles and scripts stay out of the page.
 */
import { CONTROL_BASE } from '../api.ts'
import { h } from '../dom.ts'
import type { View, ViewContext } from '../view.ts'

export function docsView(ctx: ViewContext): View {
  const frame = h('iframe', {
    title: `${ctx.api.title} reference`,
    src: `${CONTROL_BASE}/_inspector/docs.html#${encodeURIComponent(ctx.api.id)}`,
    class: 'docs',
  })
  const element = h(
    'div',
    { class: 'view docs', 'data-view': 'docs' },
    h(
      'p',
      { class: 'muted' },
      'Try it out sends the request to this mock, where it shows under Requests. The spec: ',
      h('a', { href: `${CONTROL_BASE}/${ctx.api.id}/openapi.json`, target: '_blank' }, 'openapi.json'),
      ' · ',
      h('a', { href: `${CONTROL_BASE}/${ctx.api.id}/openapi.yaml`, target: '_blank' }, 'openapi.yaml'),
    ),
    frame,
  )
  return { element, refresh: async () => {} }
}
