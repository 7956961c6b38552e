// Review dates in a receiver file (docs/coordinators.md): a day, or the cycle as the program states
// it ("submitted by Dec 15, decided by Feb 15"); the applicant's cycle is read from them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { applicantCycle } from '../src/admin/review-cycles.js';
import { loadPrograms } from '../src/config/load-programs.js';

describe('review dates in a receiver file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-review-dates-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, reviewDates: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ program: 'alliance', reviewDates }));
    return path;
  };

  it('takes days and {submittedBy, decidedBy} cycles; the applicant’s cycle is the first on or after the day it was sent', async () => {
    const [entry] = await loadPrograms(file('mixed.json', ['2027-03-15', { submittedBy: '2027-06-15', decidedBy: '2027-08-15' }]));
    assert.deepEqual(entry!.reviewDates, ['2027-03-15', '2027-06-15']);
    assert.deepEqual(entry!.decidedBy, { '2027-06-15': '2027-08-15' });
    assert.deepEqual(applicantCycle(entry, '2027-03-15'), { submittedBy: '2027-03-15' });
    assert.deepEqual(applicantCycle(entry, '2027-03-16'), { submittedBy: '2027-06-15', decidedBy: '2027-08-15' });
    assert.equal(applicantCycle(entry, '2027-06-16'), undefined);
    const [plain] = await loadPrograms(file('plain.json', ['2027-03-15']));
    assert.equal(plain!.decidedBy, undefined);
  });

  it('refuses a cycle without its decision day, naming the path', async () => {
    await assert.rejects(loadPrograms(file('bad.json', [{ submittedBy: '2027-06-15' }])), /reviewDates\.0/);
  });
});
