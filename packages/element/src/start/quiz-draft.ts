import type { ApplicationDraft, Endorsement } from '@endorsement-kit/sdk';

/** The start screen's questionnaire answers. */
export interface QuizAnswers {
  endorsement?: Endorsement;
  education?: 'none' | 'cda' | 'associate' | 'bachelor' | 'master' | 'doctorate';
  years?: number;
  families?: number;
  training?: number;
  rsc?: number;
}

const DAY = 86_400_000;
const isoDaysAgo = (now: number, days: number) => new Date(now - Math.round(days) * DAY).toISOString().slice(0, 10);

/**
 * A hypothetical draft built from the questionnaire, for `recommendCategories` to judge: the
 * paperwork every category needs (references, signatures, membership) is filled in so only
 * education, work, training and RSC decide. Not saved anywhere.
 */
export function quizDraft(answers: QuizAnswers, now = Date.now()): ApplicationDraft {
  const endorsement = answers.endorsement ?? 'IMH-E';
  const years = answers.years ?? 0;
  const start = isoDaysAgo(now, years * 365.25 + 1);
  const today = isoDaysAgo(now, 0);
  const signature = { accepted: true as const, signedName: '-', signedOn: today };
  const draft: ApplicationDraft = {
    endorsement,
    membership: { association: '-' },
    education:
      answers.education && answers.education !== 'none'
        ? [{ level: answers.education, field: '-', institution: '-', completedOn: start, transcript: 'received' }]
        : [],
    work:
      years > 0
        ? [{ employer: '-', role: '-', start, paid: true, ageBand: endorsement === 'IMH-E' ? 'infant' : 'early-childhood', familiesServed: answers.families ?? 0, services: [], description: '-' }]
        : [],
    training: answers.training ? [{ title: '-', provider: '-', date: today, hours: answers.training, topics: ['iecmh'] }] : [],
    rscReceived: answers.rsc
      ? [{ provider: { name: '-', endorsement: endorsement === 'IMH-E' ? 'IMHM-C' : 'ECMHM-C' }, format: 'individual', modality: 'in-person', start: isoDaysAgo(now, 365), end: today, hours: answers.rsc }]
      : [],
    references: (['supervisor', 'rsc-provider', 'supervisee'] as const).map((role) => ({ role, name: '-', email: 'reference@example.org', endorsed: true, waiveRight: true })),
    attestations: { codeOfEthics: signature, endorsementAgreement: signature },
  };
  return draft;
}
