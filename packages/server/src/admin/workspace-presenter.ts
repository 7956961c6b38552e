import { localize, translate, type Program, type RatingSummary } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type {
  ApplicationExport,
  AuditEntry,
  Me,
  Note,
  RecordDetail,
  RecordList,
  RecordSummary,
  ReviewCycle,
  WholeRecord,
} from './api-types.js';
import { cycleOf } from './review-cycles.js';
import { toCsv } from './csv.js';
import { PAGE_SIZE, type RecordHistory, type RecordRow, type ThreadRow } from './record-queries.js';
import { answersByStep, paperwork, requirementSummary } from './record-view.js';
import type { Coordinator } from './sessions.js';
import { APPLICATION_STATUSES, REGISTRATION_STATUSES, stageOf } from './workflow.js';

const iso = (value: Date | string) => new Date(value).toISOString();
const CSV_HEADER = [
  'id',
  'program',
  'received_at',
  'status',
  'given_name',
  'family_name',
  'email',
  'endorsement',
  'category',
  'advisor_name',
  'advisor_email',
  'requirements_met',
];

/**
 * The one place that turns stored records into the workspace's JSON (api-types.ts), in each
 * program's default language (the coordinator's).
 * @example const present = workspacePresenter(programs); return c.json(present.list(rows, total, page));
 */
export function workspacePresenter(programs: readonly ReceiverProgram[]) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
  const reviewDates = new Map(programs.map((entry) => [entry.program.id, entry.reviewDates]));
  // Rows are looked up within the coordinator's served programs only, so the program is there.
  const programOf = (row: RecordRow): Program => byId.get(row.program)!;
  // `ratings`: the applications' reference ratings by record id (`applicationRatings`), when read.
  const requirementsOf = (row: RecordRow, ratings?: ReadonlyMap<string, readonly RatingSummary[]>) =>
    row.kind === 'application'
      ? requirementSummary(programOf(row), row.payload, iso(row.received_at), programOf(row).defaultLocale, ratings?.get(row.id))
      : undefined;

  const summary = (row: RecordRow): RecordSummary => {
    const { applicant } = row.payload;
    return {
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      stage: stageOf(row.kind, row.status),
      cycle: row.kind === 'application' ? (cycleOf(reviewDates.get(row.program), iso(row.submitted_at).slice(0, 10)) ?? null) : null,
      program: row.program,
      status: row.status,
      receivedAt: iso(row.received_at),
      name: `${applicant.givenName} ${applicant.familyName}`.trim(),
      email: applicant.email,
      endorsement: row.payload.endorsement,
      category: row.payload.category,
      advisor: row.advisor,
    };
  };

  return {
    summary,

    me(coordinator: Coordinator): Me {
      const words = (ids: readonly string[]) =>
        ids.flatMap((id) => {
          const program = byId.get(id);
          if (!program) return [];
          const locale = program.defaultLocale;
          return [
            {
              id,
              name: localize(program.name, locale),
              locale,
              categories: Object.entries(program.categories).map(([code, category]) => ({
                code,
                label: localize(category!.label, locale),
              })),
              statuses: [...REGISTRATION_STATUSES, ...APPLICATION_STATUSES].map((status) => ({
                value: status,
                label: translate(program, locale, `ui.receipt.state.${status}`),
              })),
            },
          ];
        });
      return { email: coordinator.email, programs: words(coordinator.programs), reviews: words(coordinator.reviews) };
    },

    list(rows: readonly RecordRow[], total: number, page: number, cycles: ReviewCycle[] = []): RecordList {
      return { items: rows.map(summary), total, page, pageSize: PAGE_SIZE, cycles };
    },

    detail(
      row: RecordRow,
      history: RecordHistory,
      ratings: ReadonlyMap<string, readonly RatingSummary[]> | undefined,
      extra: { thread: readonly ThreadRow[]; undoable: boolean },
    ): RecordDetail {
      const program = programOf(row);
      const locale = program.defaultLocale;
      const application = row.kind === 'application' ? row.payload : undefined;
      return {
        record: {
          ...summary(row),
          locale: row.locale,
          statusMessage: row.status_message,
          acceptedAt: row.accepted_at && iso(row.accepted_at),
          programName: localize(program.name, locale),
        },
        checks: row.checks ?? {},
        thread: extra.thread.map((entry) => ({
          id: entry.id,
          kind: entry.kind,
          reference: entry.reference,
          status: entry.status,
          receivedAt: iso(entry.received_at),
          acceptedAt: entry.accepted_at && iso(entry.accepted_at),
        })),
        undoable: extra.undoable,
        steps: answersByStep(program, row.kind, row.payload, locale),
        requirements: requirementsOf(row, ratings),
        ...(application ? paperwork(program, application, locale) : { transcripts: [], references: [] }),
        mails: history.mails,
        notes: history.notes,
        audit: history.audit,
      };
    },

    /** A data request's download: everything kept about the record, its payload as received. */
    wholeRecord(row: RecordRow, history: { notes: Note[]; audit: AuditEntry[] }): WholeRecord {
      return {
        ...summary(row),
        locale: row.locale,
        statusMessage: row.status_message,
        payload: row.payload,
        notes: history.notes,
        audit: history.audit,
      };
    },

    /** The applications of an export, each with its requirement summary by requirement id. */
    applications(rows: readonly RecordRow[], ratings?: ReadonlyMap<string, readonly RatingSummary[]>): ApplicationExport[] {
      return rows.map((row) => {
        const requirements = requirementsOf(row, ratings);
        return {
          ...summary(row),
          requirementsMet: requirements?.met ?? false,
          requirements: Object.fromEntries((requirements?.items ?? []).map((r) => [r.id, { state: r.state, detail: r.detail }])),
        };
      });
    },

    /** The same export as CSV: a row per application, a column per requirement of any of them. */
    applicationsCsv(rows: readonly RecordRow[], ratings?: ReadonlyMap<string, readonly RatingSummary[]>): string {
      const withRequirements = rows.map((row) => ({ row, requirements: requirementsOf(row, ratings) }));
      const ids = [...new Set(withRequirements.flatMap(({ requirements }) => requirements?.items.map((r) => r.id) ?? []))];
      const lines = withRequirements.map(({ row, requirements }) => {
        const { applicant } = row.payload;
        const byRequirement = new Map(requirements?.items.map((r) => [r.id, r.state === 'missing' ? `missing: ${r.detail}` : r.state]));
        return [
          row.id,
          row.program,
          iso(row.received_at),
          row.status,
          applicant.givenName,
          applicant.familyName,
          applicant.email,
          row.payload.endorsement,
          row.payload.category,
          row.advisor?.name,
          row.advisor?.email,
          requirements?.met ? 'yes' : 'no',
          ...ids.map((id) => byRequirement.get(id) ?? ''),
        ];
      });
      return toCsv([[...CSV_HEADER, ...ids], ...lines]);
    },
  };
}

/** What `workspacePresenter` returns. */
export type WorkspacePresenter = ReturnType<typeof workspacePresenter>;
