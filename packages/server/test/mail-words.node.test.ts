// Issue 23, point 10: the mails' words. "for the Infant Family Specialist Endorsement®" put the ®
// after a category's name; the mark belongs to the endorsement's own name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programs } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { advisorMails } from '../src/admin/advisor-mails.js';
import { composeMails } from '../src/mail/compose-mails.js';

const receipt = { id: '7d3f0c1e-8d7a-4d43-9a57-1f0a3c2b9e10', receivedAt: '2026-01-15T10:00:00.000Z', status: 'received' };
const program = programs.alliance;
const mailsOf = (locale: string) => [
  ...composeMails({
    kind: 'registration',
    program,
    payload: validRegistration(),
    receipt,
    locale,
    coordinatorEmail: 'c@example.org',
    recordLink: 'x',
  }),
  ...composeMails({
    kind: 'application',
    program,
    payload: validApplication(),
    receipt,
    locale,
    coordinatorEmail: undefined,
    recordLink: 'x',
  }),
  ...advisorMails({
    program,
    locale,
    recordId: receipt.id,
    reference: 'F5A-7K3M-Q9PD',
    payload: validRegistration(),
    advisor: { name: 'Bo Li', email: 'bo@example.org' },
  }),
];

describe('the mails’ words', () => {
  it('name the category as a category, never with ® after it (English)', () => {
    const text = mailsOf('en')
      .map((mail) => `${mail.subject}\n${mail.body}`)
      .join('\n');
    assert.doesNotMatch(text, /Specialist Endorsement®/);
    assert.match(text, /Thank you for registering for Endorsement® in the Infant Family Specialist category with/);
    assert.match(text, /professional application for Endorsement® in the Infant Family Specialist category on/);
    assert.match(text, /an Endorsement Advisor for Endorsement® in the Infant Family Specialist category:/);
  });

  it('and in Spanish', () => {
    const text = mailsOf('es')
      .map((mail) => `${mail.subject}\n${mail.body}`)
      .join('\n');
    assert.doesNotMatch(text, /Respaldo® Especialista/);
    assert.match(text, /para el Respaldo® en la categoría Especialista/);
  });

  it('give the advisor introduction the short reference people read out, never the record id (issue 23, point 11)', () => {
    for (const locale of ['en', 'es']) {
      const [toApplicant, toAdvisor] = advisorMails({
        program,
        locale,
        recordId: receipt.id,
        reference: 'F5A-7K3M-Q9PD',
        payload: validRegistration(),
        advisor: { name: 'Bo Li', email: 'bo@example.org' },
      });
      for (const mail of [toApplicant!, toAdvisor!]) {
        assert.match(mail.body, /F5A-7K3M-Q9PD/);
        assert.doesNotMatch(mail.body, new RegExp(receipt.id));
      }
    }
  });
});
