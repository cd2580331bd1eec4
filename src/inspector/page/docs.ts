/**
 * The reference page (docs.html, in the Docs view's frame): fetches the API's spec from the mock — with the control
 * token when there is one, so the renderer never fetches anything itself — and hands it to Swagger UI, loaded from
 * the package (swagger-ui-bundle.js), with the online validator off: nothing leaves this machine.
 */
import { get } from './api.ts'

declare const SwaggerUIBundle: (options: Record<string, unknown>) => unknown

const status = document.getElementById('status') as HTMLElement
const api = decodeURIComponent(location.hash.slice(1))

async function main(): Promise<void> {
  if (!api) {
    status.textContent = 'No API named: open this page from the inspector.'
    return
  }
  const spec = await get<Record<string, unknown>>(`${encodeURIComponent(api)}/openapi.json`)
  SwaggerUIBundle({
    spec,
    dom_id: '#docs',
    validatorUrl: null,
    deepLinking: false,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: false,
  })
  status.textContent = ''
}

main().catch((error: unknown) => {
  status.textContent = `The reference could not be loaded: ${(error as Error).message}`
})
