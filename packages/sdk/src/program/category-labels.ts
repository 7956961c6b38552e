import type { Code } from '../codes/codes.js';
import type { LocalizedText } from '../i18n/localized-text.js';

/** The Alliance's names of the categories, in English and Spanish. A program may relabel any. */
export const CATEGORY_LABELS: Readonly<Record<Code, LocalizedText>> = {
  IFA: { en: 'Infant Family Associate', es: 'Asociado/a de Familias con Infantes' },
  IFS: { en: 'Infant Family Specialist', es: 'Especialista en Familias con Infantes' },
  IFRS: { en: 'Infant Family Reflective Supervisor', es: 'Supervisor/a Reflexivo/a de Familias con Infantes' },
  IMHS: { en: 'Infant Mental Health Specialist', es: 'Especialista en Salud Mental Infantil' },
  'IMHM-C': { en: 'Infant Mental Health Mentor – Clinical', es: 'Mentor/a en Salud Mental Infantil – Clínica' },
  'IMHM-P': { en: 'Infant Mental Health Mentor – Policy', es: 'Mentor/a en Salud Mental Infantil – Políticas' },
  'IMHM-RF': {
    en: 'Infant Mental Health Mentor – Research/Faculty',
    es: 'Mentor/a en Salud Mental Infantil – Investigación/Docencia',
  },
  ECFA: { en: 'Early Childhood Family Associate', es: 'Asociado/a de Familias en la Primera Infancia' },
  ECFS: { en: 'Early Childhood Family Specialist', es: 'Especialista en Familias en la Primera Infancia' },
  ECFRS: {
    en: 'Early Childhood Family Reflective Supervisor',
    es: 'Supervisor/a Reflexivo/a de Familias en la Primera Infancia',
  },
  ECMHS: { en: 'Early Childhood Mental Health Specialist', es: 'Especialista en Salud Mental de la Primera Infancia' },
  'ECMHM-C': {
    en: 'Early Childhood Mental Health Mentor – Clinical',
    es: 'Mentor/a en Salud Mental de la Primera Infancia – Clínica',
  },
  'ECMHM-P': {
    en: 'Early Childhood Mental Health Mentor – Policy',
    es: 'Mentor/a en Salud Mental de la Primera Infancia – Políticas',
  },
  'ECMHM-RF': {
    en: 'Early Childhood Mental Health Mentor – Research/Faculty',
    es: 'Mentor/a en Salud Mental de la Primera Infancia – Investigación/Docencia',
  },
};

/** The names of the two endorsements and the ages each covers. */
export const ENDORSEMENT_LABELS = {
  'IMH-E': {
    label: { en: 'Infant Mental Health Endorsement (IMH-E®)', es: 'Respaldo en Salud Mental Infantil (IMH-E®)' },
    ages: { en: 'Prenatal to 36 months', es: 'Desde el embarazo hasta los 36 meses' },
  },
  'ECMH-E': {
    label: {
      en: 'Early Childhood Mental Health Endorsement (ECMH-E®)',
      es: 'Respaldo en Salud Mental de la Primera Infancia (ECMH-E®)',
    },
    ages: { en: '3 up to 6 years', es: 'De 3 a menos de 6 años' },
  },
} as const satisfies Record<string, { label: LocalizedText; ages: LocalizedText }>;
