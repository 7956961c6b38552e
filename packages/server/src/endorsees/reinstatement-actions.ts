import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import { programWords } from '../mail/mail-text.js';
import { loadEndorsee } from './endorsee-rows.js';
import { findByReinstatementToken } from './reinstatement-links.js';
import { lapsedOn, mayReinstate, openReinstatement, reinstatementRule, startReinstatement } from './reinstatement.js';
import { day, renewalText } from './renewal-mails.js';
import { renewalMailFees } from '../fees/renewal-mail-fees.js';
import { dayOf } from './renewal-schedule.js';

/** What the reinstatement page shows: its words in the endorsee's language, and whether it may start. */
export interface ReinstatementView {
  language: string;
  state: 'available' | 'started' | 'closed';
  title: string;
  paragraphs: string[];
  steps: string[];
  button: string;
  status: string | null;
}

export type ReinstatementResult =
  { ok: true; value: ReinstatementView; mailed?: boolean } | { ok: false; status: 404 | 409 | 410; error: string; message: string };

const invalid = { ok: false, status: 404, error: 'invalid_link', message: 'This reinstatement link is not valid.' } as const;
const expired = { ok: false, status: 410, error: 'link_expired', message: 'This reinstatement link has expired.' } as const;

/**
 * The endorsee's calls behind the removal mail's link (docs/renewal.md, "Reinstatement"): `open`
 * shows the rules and changes nothing; `start` starts the reinstatement (`startReinstatement`).
 * 404 `invalid_link`, 410 `link_expired`, 409 with the refusal's code (`not_lapsed`,
 * `reinstatement_too_late`, `reinstatement_not_offered`).
 */
export async function reinstatementAction(
  db: Database,
  programs: ReadonlyMap<string, ReceiverProgram>,
  action: 'open' | 'start',
  token: string,
  now: Date,
): Promise<ReinstatementResult> {
  return db.transaction(async (tx) => {
    const row = await findByReinstatementToken(tx, token, now, action === 'start');
    if (row === 'expired') return expired;
    const entry = row && programs.get(row.program);
    if (!row || !entry) return invalid;
    const { program } = entry;
    let mailed = false;
    if (action === 'start') {
      const result = await startReinstatement(tx, program, row.id, 'endorsee', now);
      if (typeof result === 'string') return { ok: false, status: 409, error: result, message: 'This reinstatement cannot start now.' };
      mailed = result.started;
    }
    const person = (await loadEndorsee(tx, row.endorsee_id))!;
    const locale = program.locales.includes(person.language) ? person.language : program.defaultLocale;
    const today = dayOf(now);
    const started = await openReinstatement(tx, row.id);
    const refused = started ? undefined : mayReinstate(program, row, today);
    const rule = reinstatementRule(program, today);
    const words = programWords(program, locale, row.category);
    const params = {
      ...words,
      name: person.display_name ?? person.full_name,
      email: person.email,
      lapsed: day(locale, lapsedOn(row)),
      ratings: rule?.ratings ?? 3,
      fee: renewalMailFees(program, row, locale).words.reinstatementFee,
      started: day(locale, started ? dayOf(new Date(started.started_at)) : today),
    };
    const t = (key: string, more: Record<string, string | number> = {}) =>
      renewalText(program, locale, `mail.renewal.${key}`, { ...params, ...more });
    const paragraphs = [t('reinstate-page.intro'), t('reinstate-page.rules')];
    if (rule?.withinMonths && !started) {
      const until = new Date(`${lapsedOn(row)}T00:00:00Z`);
      until.setUTCMonth(until.getUTCMonth() + rule.withinMonths);
      paragraphs.push(t('reinstate-page.until', { until: day(locale, dayOf(until)) }));
    }
    const state = started ? 'started' : refused ? 'closed' : 'available';
    return {
      ok: true,
      mailed,
      value: {
        language: locale,
        state,
        title: t('reinstate-page.title'),
        paragraphs,
        steps: t('reinstatement-started.steps').split('\n'),
        button: t('reinstate-page.button'),
        status: state === 'started' ? t('reinstate-page.started') : state === 'closed' ? t('reinstate-page.closed') : null,
      },
    };
  });
}
