import { isCode, type Code, type Program } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import { createEndorsee } from './create-endorsee.js';
import { parseCsv } from './parse-csv.js';
import { dayOf } from './renewal-schedule.js';

/** The columns of an import, by header name (any case, any order); `display_name` and `language` are optional. */
export const IMPORT_COLUMNS = ['name', 'email', 'categories', 'endorsed_on', 'last_renewal', 'display_name', 'language'] as const;
const REQUIRED = ['name', 'email', 'categories', 'endorsed_on'] as const;

/** What happened to one line of an import. */
export interface ImportLine {
  line: number;
  /** `error`: nothing of the line was written. */
  outcome: 'created' | 'added' | 'updated' | 'unchanged' | 'error';
  email?: string;
  /** For `error`, every problem of the line; otherwise notes (a category recorded as lapsed). */
  messages: string[];
}

/** The report of an import: one entry per line after the header, and the counts by outcome. */
export interface ImportReport {
  checkOnly: boolean;
  lines: ImportLine[];
  counts: Record<ImportLine['outcome'], number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => ISO.test(value) && dayOf(new Date(`${value}T00:00:00Z`)) === value;

/**
 * Brings an association's endorsees over from a CSV (docs/renewal.md, "Import"): every line is
 * checked on its own (name, email, categories the program offers, dates as `YYYY-MM-DD`, not in the
 * future, the last renewal not before the endorsement) and a line with a problem is reported and
 * skipped, the others written (each line in its own transaction). Run twice, the second run finds
 * every line `unchanged`. With `checkOnly`, nothing is written: the report says what would happen.
 * @example const report = await importEndorsees(db, program, csvText, { now: new Date(), checkOnly: true });
 */
export async function importEndorsees(
  db: Database,
  program: Program,
  csv: string,
  options: { now: Date; checkOnly?: boolean; actor?: string; linkBase?: string },
): Promise<ImportReport> {
  const rows = parseCsv(csv);
  const lines: ImportLine[] = [];
  const header = rows.shift();
  const columns = (header?.cells ?? []).map((cell) =>
    cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const missingColumns = REQUIRED.filter((name) => !columns.includes(name));
  if (!header || missingColumns.length > 0) {
    lines.push({
      line: header?.line ?? 1,
      outcome: 'error',
      messages: [`The first line must name the columns; missing: ${missingColumns.join(', ')}.`],
    });
    return report(lines, options.checkOnly ?? false);
  }
  const offered: readonly Code[] = [...(program.offers['IMH-E'] ?? []), ...(program.offers['ECMH-E'] ?? [])];
  const today = dayOf(options.now);
  for (const row of rows) {
    const value = (name: (typeof IMPORT_COLUMNS)[number]) => (row.cells[columns.indexOf(name)] ?? '').trim();
    const problems: string[] = [];
    const name = value('name');
    const email = value('email').toLowerCase();
    if (!name) problems.push('The name is empty.');
    if (!EMAIL.test(email)) problems.push('The email is not an email address.');
    const codes = value('categories')
      .split(/[|;,\s]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase());
    if (codes.length === 0) problems.push('No category is given.');
    for (const code of codes) {
      if (!isCode(code)) problems.push(`${code} is not a category code.`);
      else if (!offered.includes(code)) problems.push(`${code} is not offered by this program.`);
    }
    const endorsedOn = value('endorsed_on');
    const lastRenewal = value('last_renewal');
    if (!realDay(endorsedOn)) problems.push('The endorsed date is not a date written YYYY-MM-DD.');
    else if (endorsedOn > today) problems.push('The endorsed date is in the future.');
    if (lastRenewal && !realDay(lastRenewal)) problems.push('The last renewal is not a date written YYYY-MM-DD.');
    else if (lastRenewal && lastRenewal > today) problems.push('The last renewal is in the future.');
    else if (lastRenewal && realDay(endorsedOn) && lastRenewal < endorsedOn) problems.push('The last renewal is before the endorsed date.');
    const language = value('language').toLowerCase();
    if (language && !program.locales.includes(language)) problems.push(`The language must be one of ${program.locales.join(', ')}.`);
    if (row.cells.length > columns.length) problems.push('The line has more cells than the header.');
    if (problems.length > 0) {
      lines.push({ line: row.line, outcome: 'error', ...(EMAIL.test(email) ? { email } : {}), messages: problems });
      continue;
    }
    const input = {
      email,
      fullName: name,
      displayName: value('display_name') || undefined,
      language: language || undefined,
      categories: [...new Set(codes)].map((code) => ({ code: code as Code, endorsedOn, lastRenewedOn: lastRenewal || null })),
      source: 'import' as const,
      linkBase: options.linkBase,
    };
    // A check runs the same writes and rolls them back, so it reports exactly what a run would do.
    const outcome = await db
      .transaction(async (tx) => {
        const done = await createEndorsee(tx, program, input, options.now);
        const result: ImportLine = {
          line: row.line,
          email,
          outcome: done.created
            ? 'created'
            : done.categories.some((c) => c.outcome === 'updated')
              ? 'updated'
              : done.categories.some((c) => c.outcome === 'added')
                ? 'added'
                : 'unchanged',
          messages: done.categories
            .filter((c) => c.status === 'lapsed' && c.outcome !== 'unchanged')
            .map((c) => `${c.code}: its removal date has passed, so it is recorded as lapsed (off the registry).`),
        };
        if (options.checkOnly) throw new CheckOnly(result);
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof CheckOnly) return error.result;
        throw error;
      });
    lines.push(outcome);
  }
  return report(lines, options.checkOnly ?? false);
}

class CheckOnly extends Error {
  override readonly name = 'CheckOnly';
  constructor(readonly result: ImportLine) {
    super('check only');
  }
}

function report(lines: ImportLine[], checkOnly: boolean): ImportReport {
  const counts = { created: 0, added: 0, updated: 0, unchanged: 0, error: 0 };
  for (const line of lines) counts[line.outcome]++;
  return { checkOnly, lines, counts };
}
