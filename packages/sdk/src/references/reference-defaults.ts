import type { IMH_CODES } from '../codes/codes.js';
import type { ReferenceRole } from '../schema/levels-and-roles.js';
import type { RatingFormDefinition, ReferenceSlot } from '../program/reference-settings.js';

// The kit's defaults for reference ratings (journey.md §1), applied by the rating rules when a
// program configures none: kept out of the built Program, so the application's first load does
// not carry a form it never shows. The form's WORDING IS A PLACEHOLDER: the
// real items belong to the association (MI-AIMH's copyright) and are pasted into the program config.

const item = (id: string, en: string, es: string) => ({ id, text: { en: `${en} (PLACEHOLDER)`, es: `${es} (TEXTO DE EJEMPLO)` } });

/** The placeholder form: three domains of four items, a four-point scale, three recommendations. */
export const PLACEHOLDER_RATING_FORM: RatingFormDefinition = {
  placeholder: true,
  domains: [
    {
      id: 'reflection',
      label: { en: 'Reflection', es: 'Reflexión' },
      items: [
        item(
          'reflection-1',
          'Notices their own feelings and reactions in the work',
          'Reconoce sus propios sentimientos y reacciones en el trabajo',
        ),
        item('reflection-2', 'Uses supervision to think about their work', 'Usa la supervisión para pensar sobre su trabajo'),
        item('reflection-3', 'Considers how their culture shapes the work', 'Considera cómo su cultura influye en el trabajo'),
        item('reflection-4', 'Seeks help when a situation calls for it', 'Pide ayuda cuando una situación lo requiere'),
      ],
    },
    {
      id: 'working-with-others',
      label: { en: 'Working with Others', es: 'Trabajo con otros' },
      items: [
        item('others-1', 'Builds respectful relationships with families', 'Establece relaciones respetuosas con las familias'),
        item('others-2', 'Works well with colleagues and other services', 'Trabaja bien con colegas y otros servicios'),
        item('others-3', 'Communicates clearly and with empathy', 'Se comunica con claridad y empatía'),
        item('others-4', 'Resolves disagreements constructively', 'Resuelve los desacuerdos de forma constructiva'),
      ],
    },
    {
      id: 'thinking',
      label: { en: 'Thinking', es: 'Pensamiento' },
      items: [
        item('thinking-1', 'Observes and listens before acting', 'Observa y escucha antes de actuar'),
        item('thinking-2', 'Understands the needs of infants and young children', 'Comprende las necesidades de bebés y niños pequeños'),
        item('thinking-3', 'Plans and adapts their work to each family', 'Planifica y adapta su trabajo a cada familia'),
        item('thinking-4', 'Solves problems thoughtfully', 'Resuelve problemas de manera reflexiva'),
      ],
    },
  ],
  scale: [
    { value: 1, label: { en: 'Rarely', es: 'Rara vez' } },
    { value: 2, label: { en: 'Sometimes', es: 'A veces' } },
    { value: 3, label: { en: 'Often', es: 'A menudo' } },
    { value: 4, label: { en: 'Consistently', es: 'Siempre' } },
  ],
  notEnoughInformation: {
    en: 'I do not have enough information to rate this',
    es: 'No tengo suficiente información para calificar esto',
  },
  recommendations: [
    { value: 'recommend', label: { en: 'I recommend this applicant', es: 'Recomiendo a este/a solicitante' }, flagged: false },
    {
      value: 'recommend-with-reservations',
      label: { en: 'I recommend this applicant with reservations', es: 'Recomiendo a este/a solicitante con reservas' },
      flagged: true,
    },
    {
      value: 'do-not-recommend',
      label: { en: 'I do not recommend this applicant', es: 'No recomiendo a este/a solicitante' },
      flagged: true,
    },
  ],
};

const supervisor: ReferenceSlot = {
  id: 'supervisor',
  label: {
    en: 'A supervisor, teacher, trainer or consultant',
    es: 'Un/a supervisor/a, docente, formador/a o consultor/a',
  },
  roles: ['supervisor'],
  min: 1,
};
const rscProvider: ReferenceSlot = {
  id: 'rsc-provider',
  label: { en: 'Your reflective supervision (RSC) provider', es: 'Su proveedor/a de supervisión reflexiva (RSC)' },
  roles: ['rsc-provider'],
  min: 1,
};
const endorsed: ReferenceSlot = {
  id: 'endorsed',
  label: {
    en: 'An endorsed professional (or a rater the association vetted)',
    es: 'Un/a profesional con respaldo (o evaluador/a aprobado/a por la asociación)',
  },
  // REFERENCE_ROLES, spelled out: importing it would tie the programs' chunk to the payload schemas'.
  roles: ['supervisor', 'rsc-provider', 'colleague', 'supervisee', 'service-recipient'] satisfies readonly ReferenceRole[],
  min: 1,
  mustBeEndorsed: true,
};

/**
 * Who may rate, per category (keyed by the infant code; the twin shares it). From journey.md §1.1:
 * IMHM-P and IMHM-RF were not found in the sources and follow their rules' roles.
 */
export const DEFAULT_REFERENCE_SLOTS: Readonly<Record<(typeof IMH_CODES)[number], readonly ReferenceSlot[]>> = {
  IFA: [
    {
      ...supervisor,
      id: 'current-supervisor',
      label: {
        en: 'A current supervisor, teacher, CDA mentor or instructor',
        es: 'Un/a supervisor/a, docente, mentor/a CDA o instructor/a actual',
      },
      mustBeCurrent: true,
    },
    endorsed,
  ],
  IFS: [supervisor, rscProvider, endorsed],
  IFRS: [endorsed],
  IMHS: [supervisor, rscProvider, endorsed],
  'IMHM-C': [
    {
      id: 'supervisor-or-colleague',
      label: { en: 'A supervisor, teacher, consultant or colleague', es: 'Un/a supervisor/a, docente, consultor/a o colega' },
      roles: ['supervisor', 'colleague'],
      min: 1,
    },
    rscProvider,
    endorsed,
  ],
  'IMHM-P': [endorsed],
  'IMHM-RF': [endorsed],
};
