import { describe, expect, it } from 'vitest'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface Field {
  id: number
  label: string
  type: string
  entity_types: string[]
  resource_type_ids: number[]
  required: boolean
  icon: string
}
interface Option {
  id: number
  custom_field_id: number
  value: string
}

describe.each(TARGETS)('Resource Guru custom fields (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')

  const createField = async (body: Record<string, unknown>) => send(t, 'POST', `${ACCOUNT}/custom_fields`, body)
  const errors = async (response: Response) => ((await response.json()) as { errors: string[] }).errors

  it('creates a custom field with options that can be read, listed, updated, deleted and is then 404 with its options', async () => {
    const response = await createField({
      label: 'Seniority',
      type: 'single_select',
      entity_types: ['resource'],
      icon: 'id',
      custom_field_options: ['Junior', 'Senior'],
    })
    expect(response.status).toBe(201)
    const field = (await response.json()) as Field
    expect(response.headers.get('location')).toBe(`${t.base}${ACCOUNT}/custom_fields/${field.id}`)
    expect(field).toMatchObject({ label: 'Seniority', type: 'single_select', icon: 'id', required: false })

    expect(await (await send(t, 'GET', `${ACCOUNT}/custom_fields/${field.id}`)).json()).toEqual(field)
    const listed = (await (await send(t, 'GET', `${ACCOUNT}/custom_fields`)).json()) as Field[]
    expect(listed.map((f) => f.label)).toEqual(['Skills', 'Phase', 'Seniority'])
    const options = (await (
      await send(t, 'GET', `${ACCOUNT}/custom_field_options?custom_field_id=${field.id}`)
    ).json()) as Option[]
    expect(options.map((o) => o.value)).toEqual(['Junior', 'Senior'])

    const updated = await send(t, 'PUT', `${ACCOUNT}/custom_fields/${field.id}`, {
      label: 'Level',
      required: true,
      resource_type_ids: [],
    })
    expect(updated.status).toBe(200)
    expect(await updated.json()).toMatchObject({
      id: field.id,
      label: 'Level',
      required: true,
      resource_type_ids: [],
      type: 'single_select',
    })

    expect((await send(t, 'DELETE', `${ACCOUNT}/custom_fields/${field.id}`)).status).toBe(204)
    const gone = await send(t, 'GET', `${ACCOUNT}/custom_fields/${field.id}`)
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({ errors: [`Custom field ${field.id} was not found`] })
    // Deleting a field deletes its options.
    expect(await (await send(t, 'GET', `${ACCOUNT}/custom_field_options?custom_field_id=${field.id}`)).json()).toEqual(
      [],
    )
    expect((await send(t, 'GET', `${ACCOUNT}/custom_field_options/${options[0]?.id}`)).status).toBe(404)
  })

  it('defaults type to multi_select and resource_type_ids to the human resource type', async () => {
    const field = (await (await createField({ label: 'Team' })).json()) as Field
    expect(field.type).toBe('multi_select')
    expect(field.entity_types).toEqual(['resource'])
    expect(field.resource_type_ids).toEqual([1])
  })

  it('rejects a label that is already taken with 422, on create and on update', async () => {
    const duplicate = await createField({ label: 'Skills' })
    expect(duplicate.status).toBe(422)
    expect(await errors(duplicate)).toEqual(['label "Skills" has already been taken'])
    const renamed = await send(t, 'PUT', `${ACCOUNT}/custom_fields/2`, { label: 'Skills' })
    expect(renamed.status).toBe(422)
    // Keeping its own label is not a clash.
    expect((await send(t, 'PUT', `${ACCOUNT}/custom_fields/1`, { label: 'Skills' })).status).toBe(200)
  })

  it('rejects a text field that applies to resources with 422 but accepts one for bookings', async () => {
    const forResources = await createField({ label: 'Notes', type: 'text', entity_types: ['resource', 'booking'] })
    expect(forResources.status).toBe(422)
    expect(await errors(forResources)).toEqual(['a text custom field cannot apply to resources'])
    const forBookings = await createField({ label: 'Notes', type: 'text', entity_types: ['booking'] })
    expect(forBookings.status).toBe(201)
    const field = (await forBookings.json()) as Field
    // Nor can an update make a text field apply to resources.
    expect((await send(t, 'PUT', `${ACCOUNT}/custom_fields/${field.id}`, { entity_types: ['resource'] })).status).toBe(
      422,
    )
  })

  it('allows options only on single_select and multi_select fields', async () => {
    const textWithOptions = await createField({
      label: 'PO number',
      type: 'text',
      entity_types: ['booking'],
      custom_field_options: ['A'],
    })
    expect(textWithOptions.status).toBe(422)
    const text = (await (
      await createField({ label: 'PO number', type: 'text', entity_types: ['booking'] })
    ).json()) as Field
    const option = await send(t, 'POST', `${ACCOUNT}/custom_field_options`, { custom_field_id: text.id, value: 'A' })
    expect(option.status).toBe(422)
    expect(await errors(option)).toEqual([
      `custom field ${text.id} is a text field: only single_select and multi_select fields have options`,
    ])
    expect(
      (await send(t, 'POST', `${ACCOUNT}/custom_field_options`, { custom_field_id: 999, value: 'A' })).status,
    ).toBe(422)
  })

  it('refuses to change the type or the options of a field on update with 422', async () => {
    const type = await send(t, 'PUT', `${ACCOUNT}/custom_fields/1`, { type: 'single_select' })
    expect(type.status).toBe(422)
    expect(await errors(type)).toEqual(['type cannot be changed after the custom field is created'])
    expect((await send(t, 'PUT', `${ACCOUNT}/custom_fields/1`, { custom_field_options: ['X'] })).status).toBe(422)
    expect(((await (await send(t, 'GET', `${ACCOUNT}/custom_fields/1`)).json()) as Field).type).toBe('multi_select')
  })

  it('creates an option that can be read, filtered, updated, deleted and is then 404', async () => {
    const response = await send(t, 'POST', `${ACCOUNT}/custom_field_options`, { custom_field_id: 1, value: 'Rust' })
    expect(response.status).toBe(201)
    const option = (await response.json()) as Option
    expect(response.headers.get('location')).toBe(`${t.base}${ACCOUNT}/custom_field_options/${option.id}`)
    expect(await (await send(t, 'GET', `${ACCOUNT}/custom_field_options/${option.id}`)).json()).toEqual(option)

    const all = (await (await send(t, 'GET', `${ACCOUNT}/custom_field_options`)).json()) as Option[]
    expect(all).toHaveLength(6)
    const skills = (await (
      await send(t, 'GET', `${ACCOUNT}/custom_field_options?custom_field_id=1`)
    ).json()) as Option[]
    expect(skills.map((o) => o.value)).toEqual(['TypeScript', 'Design', 'Project management', 'Rust'])

    const updated = await send(t, 'PUT', `${ACCOUNT}/custom_field_options/${option.id}`, { value: 'Go' })
    expect(await updated.json()).toMatchObject({ id: option.id, custom_field_id: 1, value: 'Go' })
    expect((await send(t, 'DELETE', `${ACCOUNT}/custom_field_options/${option.id}`)).status).toBe(204)
    expect((await send(t, 'GET', `${ACCOUNT}/custom_field_options/${option.id}`)).status).toBe(404)
  })

  it('un-selects a deleted option on the resources that had it selected', async () => {
    expect((await send(t, 'PUT', `${ACCOUNT}/resources/1`, { custom_field_option_ids: [1, 2] })).status).toBe(200)
    expect((await send(t, 'DELETE', `${ACCOUNT}/custom_field_options/1`)).status).toBe(204)
    const resource = (await (await send(t, 'GET', `${ACCOUNT}/resources/1`)).json()) as {
      selected_custom_field_options: Option[]
    }
    expect(resource.selected_custom_field_options.map((o) => o.id)).toEqual([2])
  })
})
