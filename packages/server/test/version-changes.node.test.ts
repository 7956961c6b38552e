// The workspace's "what changed" between two versions of an amended application (issue 19, point 5).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { versionChanges } from '../src/review/version-changes.js';

it('lists changed, added and dropped fields by path, values as text', () => {
  assert.deepEqual(
    versionChanges(
      { applicant: { givenName: 'Ana', phone: '555' }, education: [{ degree: 'BA' }, { degree: 'MA' }], hours: 10, note: null },
      {
        applicant: { givenName: '<b>Ana</b>' },
        education: [{ degree: 'BA' }, { degree: 'MSW' }, { degree: 'PhD' }],
        hours: 12,
        note: null,
      },
    ),
    [
      { path: 'applicant.givenName', before: 'Ana', after: '<b>Ana</b>' },
      { path: 'education[1].degree', before: 'MA', after: 'MSW' },
      { path: 'education[2].degree', before: '', after: 'PhD' },
      { path: 'hours', before: '10', after: '12' },
      { path: 'applicant.phone', before: '555', after: '' },
    ],
  );
  assert.deepEqual(versionChanges({ a: [1, 2] }, { a: [1, 2] }), []);
});
