/**
 * The two credentials.
 * @example const endorsement: Endorsement = 'ECMH-E';
 */
export type Endorsement = 'IMH-E' | 'ECMH-E';

/**
 * Every endorsement the SDK knows, in display order.
 * @example ENDORSEMENTS.map((e) => programs.alliance.offers[e]?.length ?? 0) // [7, 7]
 */
export const ENDORSEMENTS = ['IMH-E', 'ECMH-E'] as const satisfies readonly Endorsement[];

/**
 * Category codes of the Infant Mental Health Endorsement (prenatal to 36 months).
 * @example IMH_CODES[0] // 'IFA'
 */
export const IMH_CODES = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM-C', 'IMHM-P', 'IMHM-RF'] as const;

/**
 * Category codes of the Early Childhood Mental Health Endorsement (3 up to 6 years).
 * @example ECMH_CODES[3] // 'ECMHS'
 */
export const ECMH_CODES = ['ECFA', 'ECFS', 'ECFRS', 'ECMHS', 'ECMHM-C', 'ECMHM-P', 'ECMHM-RF'] as const;

/**
 * A category code. Codes are fixed by the contract; a program may relabel them, never rename them.
 * @example const code: Code = 'IMHS';
 */
export type Code = (typeof IMH_CODES)[number] | (typeof ECMH_CODES)[number];

/**
 * All 14 codes.
 * @example CODES.length // 14
 */
export const CODES: readonly Code[] = [...IMH_CODES, ...ECMH_CODES];

/**
 * The codes of each endorsement.
 * @example CODES_BY_ENDORSEMENT['ECMH-E'].includes('ECFS') // true
 */
export const CODES_BY_ENDORSEMENT: Readonly<Record<Endorsement, readonly Code[]>> = {
  'IMH-E': IMH_CODES,
  'ECMH-E': ECMH_CODES,
};

const TWINS: ReadonlyArray<readonly [Code, Code]> = IMH_CODES.map((code, i) => [code, ECMH_CODES[i] as Code] as const);

/**
 * The same category in the other endorsement (IMHS <-> ECMHS). The twins share their rules, and a
 * provider's code counts the same as its twin's.
 * @example twinOf('IMHS') // 'ECMHS'
 */
export function twinOf(code: Code): Code {
  for (const [imh, ecmh] of TWINS) {
    if (imh === code) return ecmh;
    if (ecmh === code) return imh;
  }
  return code;
}

/** The infant (IMH-E) code of a category: the key under which the twins' shared rules are stored. */
export function baseCodeOf(code: Code): (typeof IMH_CODES)[number] {
  return (IMH_CODES as readonly Code[]).includes(code)
    ? (code as (typeof IMH_CODES)[number])
    : (twinOf(code) as (typeof IMH_CODES)[number]);
}

/**
 * The endorsement a code belongs to.
 * @example endorsementOf('ECFRS') // 'ECMH-E'
 */
export function endorsementOf(code: Code): Endorsement {
  return (IMH_CODES as readonly Code[]).includes(code) ? 'IMH-E' : 'ECMH-E';
}

/**
 * Whether a value is one of the 14 codes.
 * @example isCode('IMHS') // true; isCode('imhs') // false
 */
export function isCode(value: unknown): value is Code {
  return typeof value === 'string' && (CODES as readonly string[]).includes(value);
}

/**
 * Whether a value is one of the two endorsements.
 * @example isEndorsement('IMH-E') // true
 */
export function isEndorsement(value: unknown): value is Endorsement {
  return value === 'IMH-E' || value === 'ECMH-E';
}

/**
 * Most advanced first, as `recommendCategories` orders them (by the infant code; twins rank alike).
 */
export const ADVANCEMENT_ORDER: readonly (typeof IMH_CODES)[number][] = ['IMHM-C', 'IMHM-P', 'IMHM-RF', 'IMHS', 'IFRS', 'IFS', 'IFA'];

/** The age band of work that counts for each endorsement (besides `both`). */
export const AGE_BAND_OF: Readonly<Record<Endorsement, 'infant' | 'early-childhood'>> = {
  'IMH-E': 'infant',
  'ECMH-E': 'early-childhood',
};
