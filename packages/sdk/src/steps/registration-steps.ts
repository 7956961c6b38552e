import { CODES_BY_ENDORSEMENT, ENDORSEMENTS, type Code, type Endorsement } from '../codes/codes.js';
import type { Program } from '../program/program.js';
import type { Question } from '../program/question.js';
import { applicantFields } from './applicant-fields.js';
import { field } from './field.js';
import { questionStep } from '../program/visible-steps.js';
import type { FieldOption, StepSpec } from './step-spec.js';

/** The categories offered for an endorsement, or for both when it is not chosen yet. */
function categoryOptions(program: Program, endorsement: Endorsement | undefined): FieldOption[] {
  const codes: readonly Code[] = endorsement ? (program.offers[endorsement] ?? []) : ENDORSEMENTS.flatMap((e) => program.offers[e] ?? []);
  return codes.flatMap((code) => {
    const definition = program.categories[code];
    if (!definition || !CODES_BY_ENDORSEMENT[definition.endorsement].includes(code)) return [];
    const option: FieldOption = { value: code, label: definition.label };
    if (definition.description !== undefined) option.hint = definition.description;
    return [option];
  });
}

function endorsementOptions(program: Program): FieldOption[] {
  return ENDORSEMENTS.flatMap((e) => {
    const words = program.endorsements[e];
    return words && program.offers[e]?.length ? [{ value: e, label: words.label, hint: words.ages }] : [];
  });
}

/** The registration's steps: about you, the category, an overview of work and education. */
export function registrationSteps(program: Program, endorsement: Endorsement | undefined, questions: readonly Question[]): StepSpec[] {
  const on = (id: string) => questions.filter((q) => questionStep(q) === id);
  return [
    {
      id: 'applicant',
      form: 'registration',
      titleKey: 'form.step.applicant.title',
      introKey: 'form.step.applicant.intro',
      fields: applicantFields(false),
      questions: on('applicant'),
    },
    {
      id: 'category',
      form: 'registration',
      titleKey: 'form.step.category.title',
      introKey: 'form.step.category.intro',
      fields: [
        field('endorsement', 'choice', true, { options: endorsementOptions(program), hint: true }),
        field('category', 'choice', true, { options: categoryOptions(program, endorsement), hint: true }),
      ],
      questions: on('category'),
    },
    {
      id: 'overview',
      form: 'registration',
      titleKey: 'form.step.overview.title',
      introKey: 'form.step.overview.intro',
      fields: [
        field('overview.specializedWork', 'long-text', true, { hint: true }),
        field('overview.education', 'long-text', true, { hint: true }),
        field('overview.rsc', 'long-text', false, { hint: true }),
      ],
      questions: on('overview'),
    },
  ];
}
