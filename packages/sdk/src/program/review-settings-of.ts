import { baseCodeOf, type Code } from '../codes/codes.js';
import { valueAsOf, type IsoDate } from './dated.js';
import type { Program } from './program.js';
import {
  AREA_RATINGS,
  REVIEW_EVIDENCE,
  REVIEW_RECOMMENDATIONS,
  type AreaRating,
  type CompetencyArea,
  type ReviewEvidence,
  type ReviewRecommendation,
  type ReviewSettings,
} from './review-settings.js';

/**
 * The Competency Guidelines® domains (domain.md §7): the eight every category has, and
 * Administration for the Mentor categories. Names only: the Guidelines' text is the association's.
 */
const DOMAINS: readonly CompetencyArea[] = [
  { id: 'theoretical-foundations', label: { en: 'Theoretical Foundations', es: 'Fundamentos teóricos' } },
  { id: 'law-regulation-policy', label: { en: 'Law, Regulation & Agency Policy', es: 'Leyes, regulaciones y políticas de la agencia' } },
  { id: 'systems-expertise', label: { en: 'Systems Expertise', es: 'Conocimiento de los sistemas' } },
  { id: 'direct-service-skills', label: { en: 'Direct Service Skills', es: 'Habilidades de servicio directo' } },
  { id: 'working-with-others', label: { en: 'Working with Others', es: 'Trabajo con otros' } },
  { id: 'communicating', label: { en: 'Communicating', es: 'Comunicación' } },
  { id: 'thinking', label: { en: 'Thinking', es: 'Pensamiento' } },
  { id: 'reflection', label: { en: 'Reflection', es: 'Reflexión' } },
];
const ADMINISTRATION: CompetencyArea = { id: 'administration', label: { en: 'Administration', es: 'Administración' } };

/**
 * The checklist areas a category gets when its program configures none: the eight domains, plus
 * Administration for the Mentor categories (IMHM-*, ECMHM-*).
 * @example defaultCompetencyAreas('IMHM-C').at(-1)?.id // 'administration'
 */
export function defaultCompetencyAreas(code: Code): readonly CompetencyArea[] {
  return baseCodeOf(code).startsWith('IMHM') ? [...DOMAINS, ADMINISTRATION] : DOMAINS;
}

/**
 * A program's review settings with the defaults: two reviewers side by side, applications
 * accepted before the registration is.
 * @example reviewSettings(programs.alliance).reviewers // 2
 */
export function reviewSettings(program: Program): ReviewSettings {
  return { reviewers: 2, mode: 'parallel', applicationBeforeAcceptance: true, areas: {}, ...program.review };
}

/**
 * The checklist's areas for a category on a day (the rules in force when the application was
 * received): the program's own, else the defaults.
 * @example competencyAreas(programs.alliance, 'IFA', '2026-01-01').length // 8
 */
export function competencyAreas(program: Program, code: Code, asOf: IsoDate): readonly CompetencyArea[] {
  const own = reviewSettings(program).areas[code];
  if (!own) return defaultCompetencyAreas(code);
  // A list of areas is an array too: it is dated only when every entry has `from` and `value`.
  const dated = own.length > 0 && (own as readonly object[]).every((entry) => 'from' in entry && 'value' in entry);
  return dated ? valueAsOf(own, asOf) : (own as readonly CompetencyArea[]);
}

/**
 * A reviewer's checklist as saved: per area a rating and the sections it rests on; comments for
 * the applicant, a private note for the coordinator, one recommendation.
 * @example const review: ReviewChecklist = { areas: { reflection: { rating: 'met', evidence: ['work'] } }, comments: '', privateNote: '', recommendation: 'endorse' };
 */
export interface ReviewChecklist {
  areas: Record<string, { rating?: AreaRating | undefined; evidence?: readonly ReviewEvidence[] | undefined }>;
  comments: string;
  privateNote: string;
  recommendation?: ReviewRecommendation | undefined;
}

/**
 * What keeps a checklist from being submitted, as issues on its paths: an area without a rating,
 * an area rated `met` with no evidence, no recommendation (never "undecided"), an area the
 * category does not have.
 * @example checklistIssues(areas, { areas: {}, comments: '', privateNote: '' })[0]?.code // 'required'
 */
export function checklistIssues(
  areas: readonly CompetencyArea[],
  checklist: ReviewChecklist,
): { path: (string | number)[]; code: string; message: string }[] {
  const issues: { path: (string | number)[]; code: string; message: string }[] = [];
  const ids = new Set(areas.map((area) => area.id));
  for (const id of Object.keys(checklist.areas))
    if (!ids.has(id)) issues.push({ path: ['areas', id], code: 'unknown_area', message: 'This category has no such area.' });
  for (const area of areas) {
    const entry = checklist.areas[area.id];
    if (!entry?.rating || !AREA_RATINGS.includes(entry.rating))
      issues.push({ path: ['areas', area.id, 'rating'], code: 'required', message: 'Rate this area.' });
    else if (entry.rating === 'met' && !entry.evidence?.some((e) => REVIEW_EVIDENCE.includes(e)))
      issues.push({ path: ['areas', area.id, 'evidence'], code: 'required', message: 'Say which sections show it.' });
  }
  if (!checklist.recommendation || !REVIEW_RECOMMENDATIONS.includes(checklist.recommendation))
    issues.push({ path: ['recommendation'], code: 'required', message: 'Choose a recommendation.' });
  return issues;
}
