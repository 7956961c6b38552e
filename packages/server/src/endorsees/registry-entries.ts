import { CODES, localize, type Code, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import type { RegistryFields } from './endorsee-rows.js';

/** One person on a program's public registry, under one category. */
export interface RegistryEntry {
  name: string;
  /** Only with the endorsee's consent. */
  endorsedSince?: string;
  region?: string;
  employer?: string;
  languages?: string[];
  providesRsc?: boolean;
}

/** A program's public registry: `GET /registry/{program}.json` (docs/registry.md). */
export interface Registry {
  program: string;
  name: string;
  /** The association's words that endorsement is not a license (a program's `text` may replace them). */
  disclaimer: string;
  /** The day the list was read, `YYYY-MM-DD` (UTC). */
  asOf: string;
  categories: { code: Code; label: string; entries: RegistryEntry[] }[];
}

const DISCLAIMER: Readonly<Record<string, string>> = {
  en: 'Endorsement is not a professional license or a certificate. {program} cannot guarantee the quality of anyone’s services. To raise a concern about a professional’s practice, contact their professional licensing board.',
  es: 'El Respaldo no es una licencia profesional ni un certificado. {program} no puede garantizar la calidad de los servicios de nadie. Para plantear una inquietud sobre la práctica de un/a profesional, comuníquese con su junta de licencias profesionales.',
};

/** The words of the registry page and list, EN and ES (a program's `text` overrides `registry.*`). */
export const REGISTRY_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    title: 'Registry of endorsees: {program}',
    intro: 'People who hold a current Endorsement® with {program}, by category, with the details they chose to show.',
    empty: 'No one is listed in this category yet.',
    none: 'No one is listed yet.',
    since: 'Endorsed since {date}',
    region: 'Region: {value}',
    employer: 'Employer: {value}',
    languages: 'Languages: {value}',
    providesRsc: 'Provides reflective supervision/consultation',
  },
  es: {
    title: 'Registro de personas respaldadas: {program}',
    intro: 'Personas con un Respaldo® vigente de {program}, por categoría, con los datos que eligieron mostrar.',
    empty: 'Aún no hay nadie en esta categoría.',
    none: 'Aún no hay nadie en el registro.',
    since: 'Con respaldo desde el {date}',
    region: 'Región: {value}',
    employer: 'Empleador: {value}',
    languages: 'Idiomas: {value}',
    providesRsc: 'Brinda supervisión/consulta reflexiva',
  },
};

/** A registry word in `locale`, from the program's `text` (`registry.<key>`) first. */
export function registryWord(program: Program, locale: string, key: string, params: Record<string, string> = {}): string {
  const base = locale.split('-')[0] ?? 'en';
  const template =
    program.text[locale]?.[`registry.${key}`] ??
    program.text[base]?.[`registry.${key}`] ??
    (key === 'disclaimer' ? (DISCLAIMER[base] ?? DISCLAIMER['en']) : (REGISTRY_WORDS[base]?.[key] ?? REGISTRY_WORDS['en']![key])) ??
    key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Who is on the registry today: every category that is current or has a renewal waiting, whose
 * removal date has not come (so a lapse shows at once, before the calendar's job has run), of a
 * person the coordinator has not hidden. Inactive, lapsed and archived categories are not. Only
 * the display name, and the optional fields the endorsee consented to.
 */
export async function registryOf(db: Sql, program: Program, locale: string, today: string): Promise<Registry> {
  const { rows } = await db.query<{
    category: Code;
    endorsed_on: string;
    full_name: string;
    display_name: string | null;
    registry_fields: RegistryFields | string | null;
  }>(
    `select c.category, c.endorsed_on, e.full_name, e.display_name, e.registry_fields from endorsee_categories c
       join endorsees e on e.id = c.endorsee_id
      where c.program = $1 and c.status in ('current', 'submitted') and c.removal_on > $2 and not e.hidden
      order by coalesce(e.display_name, e.full_name), e.id`,
    [program.id, today],
  );
  const programName = localize(program.name, locale);
  const byCode = new Map<Code, RegistryEntry[]>();
  for (const row of rows) {
    const fields = (
      typeof row.registry_fields === 'string' ? JSON.parse(row.registry_fields) : (row.registry_fields ?? {})
    ) as RegistryFields;
    const entry: RegistryEntry = { name: row.display_name ?? row.full_name };
    if (fields.endorsedSince) entry.endorsedSince = row.endorsed_on;
    if (fields.region) entry.region = fields.region;
    if (fields.employer) entry.employer = fields.employer;
    if (fields.languages?.length) entry.languages = fields.languages;
    if (fields.providesRsc) entry.providesRsc = true;
    byCode.set(row.category, [...(byCode.get(row.category) ?? []), entry]);
  }
  const offered = new Set<Code>([...(program.offers['IMH-E'] ?? []), ...(program.offers['ECMH-E'] ?? [])]);
  return {
    program: program.id,
    name: programName,
    disclaimer: registryWord(program, locale, 'disclaimer', { program: programName }),
    asOf: today,
    categories: CODES.filter((code) => offered.has(code)).map((code) => ({
      code,
      label: localize(program.categories[code]?.label ?? code, locale),
      entries: byCode.get(code) ?? [],
    })),
  };
}
