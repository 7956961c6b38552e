import type { Program } from './program.js';
import { today, valueAsOf, type Dated, type IsoDate } from './dated.js';
import { DOCUMENT_TYPES, type DocumentAsk, type DocumentType } from './uploads-config.js';

/**
 * A program's upload settings on one day, defaults applied: what `documentSettings` answers.
 * @example documentSettings(programs.alliance).maxFileBytes // 10485760
 */
export interface DocumentSettings {
  resume: DocumentAsk;
  transcripts: DocumentAsk;
  types: readonly DocumentType[];
  maxFileBytes: number;
  maxFiles: number;
}

/** The kit's defaults: nothing asked; PDF, JPEG, PNG and DOCX; 10 MB a file; 20 files. */
export const DOCUMENT_DEFAULTS: DocumentSettings = {
  resume: 'off',
  transcripts: 'off',
  types: DOCUMENT_TYPES,
  maxFileBytes: 10 * 1_048_576,
  maxFiles: 20,
};

/**
 * A program's upload settings in force on `asOf` (default today), with the kit's defaults for
 * what it did not set. The element shows the types and limits before a file is chosen; the
 * receiver enforces the same numbers.
 * @example documentSettings(defineProgram({ ...config, uploads: { resume: 'required' } })).resume // 'required'
 */
export function documentSettings(program: Program, asOf: IsoDate = today()): DocumentSettings {
  const own = program.uploads ?? {};
  const pick = <K extends keyof DocumentSettings>(key: K): DocumentSettings[K] => {
    const value = own[key] as Dated<DocumentSettings[K]> | undefined;
    return value === undefined ? DOCUMENT_DEFAULTS[key] : valueAsOf(value, asOf);
  };
  return {
    resume: pick('resume'),
    transcripts: pick('transcripts'),
    types: pick('types'),
    maxFileBytes: pick('maxFileBytes'),
    maxFiles: pick('maxFiles'),
  };
}
