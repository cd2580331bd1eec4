/**
 * ProWorkflow's state: the account's options and settings, a collection per kind of record (records.ts), and the
 * autonumbering counters. `createState` fills it with the seed data of seed.ts.
 */
import type { Clock } from '../../src/core/clock.ts'
import type { StateContext } from '../../src/core/plugin.ts'
import type { PwOptions } from './defaults.ts'
import { Collection } from '../../src/store/collection.ts'
import type {
  CompanyRec,
  ContactRec,
  EventRec,
  ExpenseRec,
  FileRec,
  FolderRec,
  InvoiceRec,
  LineRec,
  MessageRec,
  NoteRec,
  ProjectRec,
  ProjectRequestRec,
  QuoteRec,
  Settings,
  TaskRec,
  TimeRec,
} from './records.ts'
import {
  FIRST_GENERATED_LINE_ID,
  SETTINGS,
  seedCompanies,
  seedContacts,
  seedDiscussions,
  seedEvents,
  seedExamples,
  seedExpenses,
  seedFiles,
  seedInvoices,
  seeding,
  seedNotes,
  seedProjectRequests,
  seedProjects,
  seedQuotes,
  seedTasks,
  seedTime,
} from './seed.ts'

export type { PwOptions } from './defaults.ts'

export interface PwState {
  clock: Clock
  options: PwOptions
  settings: Settings
  /** Autonumbering counters. */
  counters: { project: number; invoice: number }
  companies: Collection<CompanyRec>
  contacts: Collection<ContactRec>
  projects: Collection<ProjectRec>
  tasks: Collection<TaskRec>
  time: Collection<TimeRec>
  quotes: Collection<QuoteRec>
  invoices: Collection<InvoiceRec>
  lines: Collection<LineRec>
  notes: Collection<NoteRec>
  events: Collection<EventRec>
  expenses: Collection<ExpenseRec>
  folders: Collection<FolderRec>
  files: Collection<FileRec>
  messages: Collection<MessageRec>
  projectrequests: Collection<ProjectRequestRec>
  /** Contact ids of the demo login. */
  demoContactId: number
}

function emptyState(clock: Clock, options: PwOptions): PwState {
  return {
    clock,
    options,
    settings: SETTINGS,
    counters: { project: 0, invoice: 0 },
    companies: new Collection({ label: 'Company' }),
    contacts: new Collection({ label: 'Contact' }),
    projects: new Collection({ label: 'Project' }),
    tasks: new Collection({ label: 'Task' }),
    time: new Collection({ label: 'Time Record' }),
    quotes: new Collection({ label: 'Quote' }),
    invoices: new Collection({ label: 'Invoice' }),
    // Ids 1-4 are the example invoice 7's lines (seedExamples); the generated ones follow.
    lines: new Collection({ label: 'Line', firstId: FIRST_GENERATED_LINE_ID }),
    notes: new Collection({ label: 'Note' }),
    events: new Collection({ label: 'Event' }),
    expenses: new Collection({ label: 'Expense' }),
    folders: new Collection({ label: 'Folder' }),
    files: new Collection({ label: 'File' }),
    messages: new Collection({ label: 'Message' }),
    projectrequests: new Collection({ label: 'Project Request' }),
    demoContactId: 1,
  }
}

export function createState(ctx: StateContext<PwOptions>): PwState {
  const state = emptyState(ctx.clock, ctx.options)
  const seed = seeding(state, ctx.faker)
  // The order is part of the seed: each step draws from the one faker, and ids are handed out in insertion order.
  const companies = seedCompanies(seed)
  const people = seedContacts(seed, companies)
  const projects = seedProjects(seed, companies, people)
  seedTasks(seed, projects, people)
  seedTime(seed, people)
  seedQuotes(seed, projects)
  seedInvoices(seed, projects, people)
  seedExpenses(seed, projects)
  const specFile = seedFiles(seed, projects, people)
  seedDiscussions(seed, projects, people, specFile)
  seedNotes(seed, companies, people)
  seedEvents(seed, people)
  seedProjectRequests(seed, people)
  seedExamples(seed)
  return state
}

/** Counts for `GET /__mock/proworkflow/state`. */
export function inspectState(state: PwState): unknown {
  const count = (c: { size: number }) => c.size
  return {
    demoContactId: state.demoContactId,
    companies: count(state.companies),
    contacts: count(state.contacts),
    projects: count(state.projects),
    tasks: count(state.tasks),
    timerecords: count(state.time),
    quotes: count(state.quotes),
    invoices: count(state.invoices),
    lines: count(state.lines),
    notes: count(state.notes),
    events: count(state.events),
    expenses: count(state.expenses),
    folders: count(state.folders),
    files: count(state.files),
    messages: count(state.messages),
    projectrequests: count(state.projectrequests),
  }
}
