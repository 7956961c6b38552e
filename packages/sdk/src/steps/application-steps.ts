import { CATEGORY_LABELS } from '../program/category-labels.js';
import { CODES } from '../codes/codes.js';
import type { ResolvedCategoryRules } from '../program/category-rules.js';
import type { Program } from '../program/program.js';
import type { Question } from '../program/question.js';
import { documentSettings } from '../program/document-settings.js';
import { applicantFields } from './applicant-fields.js';
import { field, itemField } from './field.js';
import { OPTIONS } from './field-options.js';
import type { FieldOption, FieldSpec, RepeatSpec, StepSpec } from './step-spec.js';
import { questionStep, type StepId } from '../program/visible-steps.js';

const HOURS = { inputMode: 'decimal', min: 0 } as const;
/** An end date left empty: still going on. */
const ONGOING = { hint: true, emptyKey: 'form.empty.current' } as const;

// A provider may hold any category, offered here or not: the program's label when it has one.
function providerOptions(program: Program): FieldOption[] {
  return CODES.map((code) => ({ value: code, label: program.categories[code]?.label ?? CATEGORY_LABELS[code] }));
}

function repeat(stepId: StepId, path: string, itemFields: FieldSpec[], min: number | undefined): RepeatSpec {
  const spec: RepeatSpec = { path, itemFields, itemTitleKey: `form.step.${stepId}.item`, addKey: `form.step.${stepId}.add` };
  if (min !== undefined && min > 0) spec.min = min;
  return spec;
}

/** The fields of each step of the application, for a category's rules (or none yet). */
function stepBody(program: Program, id: StepId, rules: ResolvedCategoryRules | undefined): Pick<StepSpec, 'fields' | 'repeat'> {
  const needs = (n: number | undefined) => (rules === undefined ? undefined : n);
  const uploads = documentSettings(program);
  switch (id) {
    case 'education':
      return {
        fields: [],
        repeat: repeat(
          id,
          'education',
          [
            itemField('education', 'level', 'choice', true, { options: OPTIONS.educationLevel }),
            itemField('education', 'field', 'text', true),
            itemField('education', 'institution', 'text', true),
            itemField('education', 'completedOn', 'date', true),
            itemField('education', 'transcript', 'choice', true, { options: OPTIONS.transcript, hint: true }),
            ...(uploads.transcripts === 'off'
              ? []
              : [itemField('education', 'transcriptCopy', 'file', uploads.transcripts === 'required', { hint: true })]),
          ],
          needs(rules?.education.level !== null && rules?.education.orPaidWorkYears === 0 ? 1 : 0),
        ),
      };
    case 'work':
      return {
        fields: uploads.resume === 'off' ? [] : [field('resume', 'file', uploads.resume === 'required', { hint: true })],
        repeat: repeat(
          id,
          'work',
          [
            itemField('work', 'employer', 'text', true),
            itemField('work', 'role', 'text', true),
            itemField('work', 'start', 'date', true),
            itemField('work', 'end', 'date', false, ONGOING),
            itemField('work', 'paid', 'yes-no', true),
            itemField('work', 'ageBand', 'choice', true, { options: OPTIONS.ageBand }),
            itemField('work', 'familiesServed', 'number', false, { inputMode: 'numeric', min: 0, hint: true }),
            itemField('work', 'services', 'multiple-choice', false, { options: OPTIONS.service }),
            itemField('work', 'description', 'long-text', true, { hint: true }),
          ],
          needs(rules && rules.work.years > 0 ? 1 : 0),
        ),
      };
    case 'training':
      return {
        fields: [],
        repeat: repeat(
          id,
          'training',
          [
            itemField('training', 'title', 'text', true),
            itemField('training', 'provider', 'text', true),
            itemField('training', 'date', 'date', true),
            itemField('training', 'hours', 'number', true, { ...HOURS, hint: true }),
            itemField('training', 'topics', 'multiple-choice', false, { options: OPTIONS.trainingTopic, hint: true }),
            itemField('training', 'competencies', 'multiple-choice', false, { options: OPTIONS.competency, hint: true }),
          ],
          needs(rules && rules.training.hours > 0 ? 1 : 0),
        ),
      };
    case 'rsc-received': {
      const itemFields = [
        itemField('rscReceived', 'provider.name', 'text', true),
        itemField('rscReceived', 'provider.endorsement', 'choice', false, { options: providerOptions(program), hint: true }),
        itemField('rscReceived', 'format', 'choice', true, { options: OPTIONS.rscFormat }),
        itemField('rscReceived', 'modality', 'choice', true, { options: OPTIONS.rscModality }),
        itemField('rscReceived', 'start', 'date', true),
        itemField('rscReceived', 'end', 'date', true),
        itemField('rscReceived', 'hours', 'number', true, { ...HOURS, hint: true }),
      ];
      // Only the clinical mentor counts RSC about the RSC they provide.
      if (rules && rules.rsc.aboutRscProvided > 0)
        itemFields.push(itemField('rscReceived', 'aboutRscProvided', 'checkbox', false, { hint: true }));
      return { fields: [], repeat: repeat(id, 'rscReceived', itemFields, needs(1)) };
    }
    case 'rsc-provided':
      return {
        fields: [],
        repeat: repeat(
          id,
          'rscProvided',
          [
            itemField('rscProvided', 'role', 'text', true),
            itemField('rscProvided', 'start', 'date', true),
            itemField('rscProvided', 'end', 'date', false, ONGOING),
            itemField('rscProvided', 'hours', 'number', false, HOURS),
            itemField('rscProvided', 'description', 'long-text', true, { hint: true }),
          ],
          needs(1),
        ),
      };
    case 'leadership':
      return {
        fields: [],
        repeat: repeat(
          id,
          'leadership',
          [
            itemField('leadership', 'activity', 'text', true, { hint: true }),
            itemField('leadership', 'level', 'choice', true, { options: OPTIONS.leadershipLevel }),
            itemField('leadership', 'start', 'date', true),
            itemField('leadership', 'end', 'date', false, ONGOING),
            itemField('leadership', 'description', 'long-text', true),
          ],
          needs(1),
        ),
      };
    case 'references':
      return {
        fields: [],
        repeat: repeat(
          id,
          'references',
          [
            itemField('references', 'role', 'choice', true, { options: OPTIONS.referenceRole }),
            itemField('references', 'name', 'text', true),
            itemField('references', 'email', 'email', true, { inputMode: 'email', hint: true }),
            itemField('references', 'endorsed', 'checkbox', false),
            itemField('references', 'waiveRight', 'yes-no', true, { hint: true }),
          ],
          needs(rules?.references.count),
        ),
      };
    case 'attestations':
      return {
        // Each document's acceptance and signature in a group named by the document, so its two
        // "Date signed" fields can be told apart.
        fields: (['codeOfEthics', 'endorsementAgreement'] as const).flatMap((name) => {
          const href = program.documents?.[name];
          const group = { id: `attestations.${name}`, legendKey: `form.group.attestations.${name}`, ...(href ? { href } : {}) };
          return [
            field(`attestations.${name}.accepted`, 'checkbox', true, { hint: true, group }),
            field(`attestations.${name}.signedName`, 'text', true, { autocomplete: 'name', group }),
            field(`attestations.${name}.signedOn`, 'date', true, { group }),
          ];
        }),
      };
    case 'applicant':
      return { fields: applicantFields(true) };
    default:
      return { fields: [] };
  }
}

/** The application's steps shown for a category, each with the program's questions placed on it. */
export function applicationSteps(
  program: Program,
  ids: readonly StepId[],
  rules: ResolvedCategoryRules | undefined,
  questions: readonly Question[],
): StepSpec[] {
  return ids.map((id) => ({
    id,
    form: 'application',
    titleKey: `form.step.${id}.title`,
    introKey: `form.step.${id}.intro${id === 'attestations' && !(program.documents?.codeOfEthics && program.documents.endorsementAgreement) ? '.provided' : ''}`,
    ...stepBody(program, id, rules),
    questions: questions.filter((q) => questionStep(q) === id),
  }));
}
