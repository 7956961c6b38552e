// Issue 19: how a program reviews (docs/programs.md, "Review"): one or two reviewers, side by side
// or one after the other, whether applications wait for step 2, and the checklist's competency
// areas by category, dated like the other rules, with the Competency Guidelines® domains as defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistIssues, competencyAreas, defineProgram, isConfigError, programs, reviewSettings } from '@endorsement-kit/sdk';

test('the defaults: two reviewers side by side, applications before acceptance, the eight domains (nine for Mentors)', () => {
  assert.deepEqual(reviewSettings(programs.alliance), { reviewers: 2, mode: 'parallel', applicationBeforeAcceptance: true, areas: {} });
  const ifs = competencyAreas(programs.alliance, 'IFS', '2026-01-01');
  assert.deepEqual(
    ifs.map((area) => area.id),
    [
      'theoretical-foundations',
      'law-regulation-policy',
      'systems-expertise',
      'direct-service-skills',
      'working-with-others',
      'communicating',
      'thinking',
      'reflection',
    ],
  );
  assert.deepEqual(competencyAreas(programs.alliance, 'ECMHM-C', '2026-01-01').at(-1)?.id, 'administration');
});

test('a program configures its reviews, and its areas by category and date', () => {
  const program = defineProgram({
    id: 'pilot',
    name: 'Pilot',
    offers: { 'IMH-E': ['IFS', 'IFA'] },
    review: {
      reviewers: 1,
      mode: 'sequential',
      applicationBeforeAcceptance: false,
      areas: {
        IFS: [
          { from: '2000-01-01', value: [{ id: 'old', label: 'Old area' }] },
          { from: '2027-01-01', value: [{ id: 'reflection', label: { en: 'Reflection', es: 'Reflexión' } }] },
        ],
      },
    },
  });
  assert.equal(reviewSettings(program).reviewers, 1);
  assert.equal(reviewSettings(program).applicationBeforeAcceptance, false);
  assert.deepEqual(
    competencyAreas(program, 'IFS', '2026-06-01').map((a) => a.id),
    ['old'],
  );
  assert.deepEqual(
    competencyAreas(program, 'IFS', '2027-02-01').map((a) => a.id),
    ['reflection'],
  );
  assert.equal(competencyAreas(program, 'IFA', '2027-02-01').length, 8);
  // A plain list (not dated) applies on every day.
  const plain = defineProgram({
    id: 'plain',
    name: 'Plain',
    offers: { 'IMH-E': ['IFS'] },
    review: { areas: { IFS: [{ id: 'thinking', label: 'Thinking' }] } },
  });
  assert.deepEqual(
    competencyAreas(plain, 'IFS', '1999-01-01').map((a) => a.id),
    ['thinking'],
  );
  for (const review of [{ reviewers: 3 }, { mode: 'together' }, { areas: { IFS: [] } }, { extra: true }]) {
    assert.throws(
      () => defineProgram({ id: 'bad', name: 'Bad', offers: { 'IMH-E': ['IFS'] }, review } as never),
      (error) => isConfigError(error) && /review/.test(error.message),
      JSON.stringify(review),
    );
  }
});

test('a checklist is submitted only with every area rated, evidence for what is met, and one recommendation', () => {
  const areas = [
    { id: 'reflection', label: 'Reflection' },
    { id: 'thinking', label: 'Thinking' },
  ];
  const paths = (checklist: Parameters<typeof checklistIssues>[1]) => checklistIssues(areas, checklist).map((i) => i.path.join('.'));
  assert.deepEqual(paths({ areas: {}, comments: '', privateNote: '' }), [
    'areas.reflection.rating',
    'areas.thinking.rating',
    'recommendation',
  ]);
  assert.deepEqual(
    paths({
      areas: { reflection: { rating: 'met' }, thinking: { rating: 'not_applicable' }, other: { rating: 'met' } },
      comments: '',
      privateNote: '',
      recommendation: 'defer',
    }),
    ['areas.other', 'areas.reflection.evidence'],
  );
  assert.deepEqual(
    paths({
      areas: { reflection: { rating: 'met', evidence: ['work'] }, thinking: { rating: 'not_yet' } },
      comments: '',
      privateNote: '',
      recommendation: 'endorse',
    }),
    [],
  );
});
