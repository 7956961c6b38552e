import { IMH_CODES, ECMH_CODES } from '../codes/codes.js';
import { buildProgram } from './build-program.js';
import type { CheckedProgramConfig } from './check-program-config.js';
import type { Program } from './program.js';

/** The ready programs' configurations (a test checks them as `defineProgram` would). */
export const PRESET_CONFIGS = {
  alliance: {
    id: 'alliance',
    name: 'Alliance for the Advancement of Infant Mental Health',
    offers: { 'IMH-E': [...IMH_CODES], 'ECMH-E': [...ECMH_CODES] },
    contact: { title: { en: 'Endorsement Coordinator', es: 'Coordinador/a de Respaldo' }, url: 'https://www.allianceaimh.org/' },
    reviewCadence: {
      en: 'Applications are reviewed once per quarter; you will hear from us after the next review.',
      es: 'Las solicitudes se revisan una vez por trimestre; le escribiremos después de la próxima revisión.',
    },
    infoUrl: 'https://www.allianceaimh.org/',
  },
  first5Alabama: {
    id: 'first5-alabama',
    name: 'First 5 Alabama',
    offers: { 'IMH-E': [...IMH_CODES], 'ECMH-E': [...ECMH_CODES] },
    contact: {
      title: { en: 'Endorsement Coordinator', es: 'Coordinador/a de Respaldo' },
      organization: 'First 5 Alabama',
      url: 'https://www.first5alabama.org/endorsement',
    },
    fees: {
      en: 'A non-refundable registration fee is due when you register; First 5 Alabama will tell you the current amount.',
      es: 'Al registrarse se paga una cuota de registro no reembolsable; First 5 Alabama le indicará el monto vigente.',
    },
    reviewCadence: {
      en: 'The review team meets once per quarter; you will hear from us after the next review.',
      es: 'El equipo de revisión se reúne una vez por trimestre; le escribiremos después de la próxima revisión.',
    },
    infoUrl: 'https://www.first5alabama.org/endorsement',
  },
} as const satisfies Record<string, CheckedProgramConfig>;

/**
 * Ready programs. `alliance` is the Alliance for the Advancement of Infant Mental Health's own, for
 * applicants in states without an association; `first5Alabama` is First 5 Alabama's.
 * @example evaluateRequirements(programs.first5Alabama, application)
 */
export const programs: { readonly alliance: Program; readonly first5Alabama: Program } = {
  alliance: buildProgram(PRESET_CONFIGS.alliance),
  first5Alabama: buildProgram(PRESET_CONFIGS.first5Alabama),
};

/**
 * A ready program by its public id (`alliance`, `first5-alabama`: the `id` a draft, a receipt and
 * the element's `program` attribute carry, not the key in `programs`), or `undefined` for any
 * other id.
 * @example
 * presetProgram('first5-alabama') === programs.first5Alabama // true
 * presetProgram('michigan') // undefined: load its config with defineProgram
 */
export function presetProgram(id: string): Program | undefined {
  return Object.values(programs).find((program) => program.id === id);
}
