import { isCode, isEndorsement, type Code, type Endorsement } from '../codes/codes.js';
import {
  EDUCATION_LEVELS,
  LEADERSHIP_LEVELS,
  REFERENCE_ROLES,
  type EducationLevel,
  type LeadershipLevel,
  type ReferenceRole,
} from '../schema/levels-and-roles.js';
import { parseDay, type Day } from './calendar.js';
import { hoursOf } from './amounts.js';
import type { DayRange } from './ranges.js';

// A draft comes from storage or JSON, so every field may be missing or of the wrong type. This
// reads only what can be trusted and drops the rest, so the checks never see an impossible value.

/** What the requirement checks read from a draft, already cleaned. */
export interface DraftFacts {
  category: Code | null;
  endorsement: Endorsement | null;
  degrees: { level: EducationLevel; completedOn: Day | null; transcript: unknown }[];
  /** Work with a valid start; `end` is `null` while current. */
  work: { start: Day; end: Day | null; paid: boolean; ageBand: unknown; familiesServed: number }[];
  /** Training with usable hours; `date` is `null` when not entered yet. */
  training: { hours: number; date: Day | null; topics: readonly unknown[] }[];
  rscReceived: { providerEndorsement: Code | null; start: Day; end: Day; hours: number; aboutRscProvided: boolean }[];
  rscProvided: { start: Day; end: Day | null }[];
  leadership: { level: LeadershipLevel | null; start: Day; end: Day | null }[];
  /** References with a name and an email. */
  references: { role: ReferenceRole | null; endorsed: boolean }[];
  membership: boolean;
  codeOfEthics: boolean;
  endorsementAgreement: boolean;
}

type Json = Readonly<Record<string, unknown>>;

function record(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function field(value: unknown, key: string): unknown {
  const object = record(value);
  return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function list(value: unknown, key: string): Json[] {
  const items = field(value, key);
  if (!Array.isArray(items)) return [];
  return items.map(record).filter((item): item is Json => item !== null);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Counts: finite and not negative, else `null`. */
function amount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** A start and an optional end: `undefined` when the start is missing, impossible or after the end. */
function span(entry: Json): { start: Day; end: Day | null } | undefined {
  const start = parseDay(entry['start']);
  if (start === null) return undefined;
  if (entry['end'] === undefined || entry['end'] === null || entry['end'] === '') return { start, end: null };
  const end = parseDay(entry['end']);
  return end !== null && end >= start ? { start, end } : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function signed(value: unknown): boolean {
  return field(value, 'accepted') === true && text(field(value, 'signedName')) !== '';
}

/** Reads the facts the checks need from any value, never throwing. */
export function readDraft(draft: unknown): DraftFacts {
  const category = field(draft, 'category');
  const endorsement = field(draft, 'endorsement');
  const attestations = field(draft, 'attestations');
  return {
    category: isCode(category) ? category : null,
    endorsement: isEndorsement(endorsement) ? endorsement : null,
    degrees: list(draft, 'education').flatMap((e) => {
      const level = oneOf(EDUCATION_LEVELS, e['level']);
      return level ? [{ level, completedOn: parseDay(e['completedOn']), transcript: e['transcript'] }] : [];
    }),
    work: list(draft, 'work').flatMap((e) => {
      const range = span(e);
      return range ? [{ ...range, paid: e['paid'] === true, ageBand: e['ageBand'], familiesServed: amount(e['familiesServed']) ?? 0 }] : [];
    }),
    training: list(draft, 'training').flatMap((e) => {
      const hours = hoursOf(e['hours']);
      const entered = e['date'] !== undefined && e['date'] !== null && e['date'] !== '';
      const date = entered ? parseDay(e['date']) : null;
      // An entered but impossible date drops the entry; a date not entered yet does not.
      if (hours === null || (entered && date === null)) return [];
      const topics = Array.isArray(e['topics']) ? (e['topics'] as unknown[]) : [];
      return [{ hours, date, topics }];
    }),
    rscReceived: list(draft, 'rscReceived').flatMap((e) => {
      const range = span(e);
      const hours = hoursOf(e['hours']);
      if (!range || range.end === null || hours === null) return [];
      const provider = field(e['provider'], 'endorsement');
      return [
        {
          providerEndorsement: isCode(provider) ? provider : null,
          start: range.start,
          end: range.end,
          hours,
          aboutRscProvided: e['aboutRscProvided'] === true,
        },
      ];
    }),
    rscProvided: list(draft, 'rscProvided').flatMap((e) => {
      const range = span(e);
      return range ? [range] : [];
    }),
    leadership: list(draft, 'leadership').flatMap((e) => {
      const range = span(e);
      return range ? [{ ...range, level: oneOf(LEADERSHIP_LEVELS, e['level']) }] : [];
    }),
    references: list(draft, 'references').flatMap((e) =>
      text(e['name']) !== '' && EMAIL.test(text(e['email']))
        ? [{ role: oneOf(REFERENCE_ROLES, e['role']), endorsed: e['endorsed'] === true }]
        : [],
    ),
    membership: text(field(field(draft, 'membership'), 'association')) !== '',
    codeOfEthics: signed(field(attestations, 'codeOfEthics')),
    endorsementAgreement: signed(field(attestations, 'endorsementAgreement')),
  };
}

/** A range with its open end closed at `asOf`. */
export function closedAt(entry: { start: Day; end: Day | null }, asOf: Day): DayRange {
  return { start: entry.start, end: entry.end ?? asOf };
}
