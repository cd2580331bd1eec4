/**
 * Custom fields and their options (001 "Custom Fields", 1960-2430): list / create / get / update / delete of both.
 * The documented rules: labels are unique, `type` defaults to multi_select, a `text` field cannot apply to resources,
 * options exist only for single_select and multi_select fields, and type and options are not part of an update.
 */
import { acct, created, idOf, invalid, list, noContent, one, rgHandlers, type RgHandler } from '../common.ts'
import { nowIso, type AccountData } from '../state.ts'
import type { CustomField } from '../types.ts'

type FieldType = CustomField['type']

/** 001 2007: "The label shown in the UI. This must be unique." */
function checkLabel(data: AccountData, label: string, selfId?: number): void {
  if (data.customFields.all().some((f) => f.label === label && f.id !== selfId))
    invalid(`label "${label}" has already been taken`)
}

/** 001 2019: "Text fields can not be created when this field applies to resources." */
function checkTextForResources(type: FieldType, entityTypes: readonly string[]): void {
  if (type === 'text' && entityTypes.includes('resource')) invalid('a text custom field cannot apply to resources')
}

function checkResourceTypes(data: AccountData, ids: readonly number[]): void {
  for (const id of ids)
    if (!data.resourceTypes.get(id)) invalid(`resource_type_ids: resource type ${id} does not exist`)
}

const hasOptions = (type: FieldType) => type === 'single_select' || type === 'multi_select'

/** Removes options and un-selects them on resources (a deleted option cannot stay selected; inferred, see NOTES.md). */
function removeOptions(data: AccountData, optionIds: ReadonlySet<number>): void {
  for (const id of optionIds) data.customFieldOptions.delete(id)
  for (const resource of data.resources.all()) {
    const selected = resource.selected_custom_field_options ?? []
    if (selected.some((o) => optionIds.has(o.id))) {
      data.resources.update(resource.id, {
        selected_custom_field_options: selected.filter((o) => !optionIds.has(o.id)),
      })
    }
  }
}

const listCustomFields: RgHandler<'listCustomFields'> = (ctx) => {
  const data = acct(ctx)
  return list(data.customFields, data.customFields.all())
}

const createCustomField: RgHandler<'createCustomField'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  // 001 2016: type `Default: "multi_select"`.
  const type = body.type ?? 'multi_select'
  // Inferred: no entity_types means resources, since resource_type_ids "will default to the human resource type".
  const entityTypes = body.entity_types ?? ['resource']
  checkLabel(data, body.label)
  checkTextForResources(type, entityTypes)
  // 001 2041: options "can be provided when the custom field type is single_select or multi_select".
  if (body.custom_field_options && !hasOptions(type))
    invalid(`custom_field_options can only be given for single_select or multi_select fields, not ${type}`)
  // 001 2030: resource_type_ids "If not set, this will default to the human resource type."
  const resourceTypeIds = body.resource_type_ids ?? data.resourceTypes.filter((t) => t.human).map((t) => t.id)
  checkResourceTypes(data, resourceTypeIds)
  const now = nowIso(ctx.clock)
  const field = data.customFields.insert({
    label: body.label,
    required: body.required ?? false,
    type,
    entity_types: [...new Set(entityTypes)],
    resource_type_ids: [...new Set(resourceTypeIds)],
    default: false,
    icon: body.icon ?? 'clipboard',
    created_at: now,
    updated_at: now,
  })
  for (const value of body.custom_field_options ?? []) {
    data.customFieldOptions.insert({ custom_field_id: field.id, value, created_at: now, updated_at: now })
  }
  return created(ctx, data.customFields, field, 'custom_fields')
}

const getCustomField: RgHandler<'getCustomField'> = (ctx) => {
  const data = acct(ctx)
  return one(data.customFields, data.customFields.require(idOf(ctx)))
}

const updateCustomField: RgHandler<'updateCustomField'> = (ctx) => {
  const data = acct(ctx)
  const current = data.customFields.require(idOf(ctx))
  const body = ctx.body
  // 001 2121-2196: the update body has no `type` and no `custom_field_options`; options have their own operations.
  // The schema does not forbid other fields, so these two are looked for beyond its type.
  if ('type' in body && body.type !== undefined && body.type !== current.type)
    invalid('type cannot be changed after the custom field is created')
  if ('custom_field_options' in body && body.custom_field_options !== undefined)
    invalid('custom_field_options cannot be changed here: use the custom field option operations')
  const entityTypes = body.entity_types ?? current.entity_types
  checkTextForResources(current.type, entityTypes)
  if (body.label !== undefined) checkLabel(data, body.label, current.id)
  if (body.resource_type_ids) checkResourceTypes(data, body.resource_type_ids)
  const saved = data.customFields.update(current.id, {
    ...(body.label !== undefined ? { label: body.label } : {}),
    ...(body.required !== undefined ? { required: body.required } : {}),
    ...(body.icon !== undefined ? { icon: body.icon } : {}),
    // 001 2163: "Set this to an empty array to remove the custom field from all resource types."
    ...(body.resource_type_ids !== undefined ? { resource_type_ids: [...new Set(body.resource_type_ids)] } : {}),
    entity_types: [...new Set(entityTypes)],
    updated_at: nowIso(ctx.clock),
  })
  return one(data.customFields, saved)
}

/** Deleting a field deletes its options too (an option cannot outlive its field). */
const deleteCustomField: RgHandler<'deleteCustomField'> = (ctx) => {
  const data = acct(ctx)
  const field = data.customFields.require(idOf(ctx))
  removeOptions(data, new Set(data.customFieldOptions.filter((o) => o.custom_field_id === field.id).map((o) => o.id)))
  data.customFields.delete(field.id)
  return noContent()
}

const listCustomFieldOptions: RgHandler<'listCustomFieldOptions'> = (ctx) => {
  const data = acct(ctx)
  // 001 2253: "Only return Custom Field Options that are for the Custom Field with this ID."
  const fieldId = ctx.query.custom_field_id === undefined ? undefined : Number(ctx.query.custom_field_id)
  return list(
    data.customFieldOptions,
    data.customFieldOptions.filter((o) => fieldId === undefined || o.custom_field_id === fieldId),
  )
}

function fieldForOptions(data: AccountData, fieldId: number): CustomField {
  const field = data.customFields.get(fieldId)
  if (!field) invalid(`custom_field_id ${fieldId} does not exist`)
  if (!hasOptions(field.type))
    invalid(`custom field ${fieldId} is a ${field.type} field: only single_select and multi_select fields have options`)
  return field
}

const createCustomFieldOption: RgHandler<'createCustomFieldOption'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const field = fieldForOptions(data, body.custom_field_id)
  const now = nowIso(ctx.clock)
  const option = data.customFieldOptions.insert({
    custom_field_id: field.id,
    value: body.value,
    created_at: now,
    updated_at: now,
  })
  return created(ctx, data.customFieldOptions, option, 'custom_field_options')
}

const getCustomFieldOption: RgHandler<'getCustomFieldOption'> = (ctx) => {
  const data = acct(ctx)
  return one(data.customFieldOptions, data.customFieldOptions.require(idOf(ctx)))
}

const updateCustomFieldOption: RgHandler<'updateCustomFieldOption'> = (ctx) => {
  const data = acct(ctx)
  const current = data.customFieldOptions.require(idOf(ctx))
  const value = ctx.body.value
  const saved = data.customFieldOptions.update(current.id, {
    ...(value !== undefined ? { value } : {}),
    updated_at: nowIso(ctx.clock),
  })
  // Resources show the selected option's value, so they follow the rename (inferred, see NOTES.md).
  for (const resource of data.resources.all()) {
    const selected = resource.selected_custom_field_options ?? []
    if (value !== undefined && selected.some((o) => o.id === saved.id)) {
      data.resources.update(resource.id, {
        selected_custom_field_options: selected.map((o) => (o.id === saved.id ? { id: o.id, value } : o)),
      })
    }
  }
  return one(data.customFieldOptions, saved)
}

const deleteCustomFieldOption: RgHandler<'deleteCustomFieldOption'> = (ctx) => {
  const data = acct(ctx)
  const option = data.customFieldOptions.require(idOf(ctx))
  removeOptions(data, new Set([option.id]))
  return noContent()
}

export const customFieldHandlers = rgHandlers({
  listCustomFields,
  createCustomField,
  getCustomField,
  updateCustomField,
  deleteCustomField,
  listCustomFieldOptions,
  createCustomFieldOption,
  getCustomFieldOption,
  updateCustomFieldOption,
  deleteCustomFieldOption,
})
