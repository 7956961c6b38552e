// The SDK in Chromium against the real server (@endorsement-kit/server on PGlite, at /api on the
// page's origin through the test runner): a registration and an application each make one record,
// a status comes back, and the server's own 422 lands on the draft's fields.
import { expect } from '@open-wc/testing';
import {
  createEndorsementClient,
  defineProgram,
  isSubmissionError,
  programs,
  restBackend,
  type ApplicationDraft,
  type Program,
} from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const backend = restBackend({ baseUrl: '/api' });

async function filledDraft(program: Program) {
  const client = createEndorsementClient({ program, backend });
  const { schemaVersion: _v, program: _p, ...answers } = validApplication();
  const value: ApplicationDraft = { ...answers, overview: validRegistration().overview, applicant: validRegistration().applicant };
  const draft = await client.open(crypto.randomUUID());
  for (const [key, entry] of Object.entries(value)) draft.set(key, entry);
  await draft.flush();
  return { client, draft };
}

describe('the SDK against the real server', () => {
  it('registers and submits, each answered with the server’s receipt, and reads the status', async () => {
    const { client, draft } = await filledDraft(programs.first5Alabama);
    const registration = await draft.register();
    expect(registration.status).to.equal('registered');
    const application = await draft.submit();
    expect(application.status).to.equal('received');
    expect(application.id).to.not.equal(registration.id);
    // The contract's receipt exactly; @endorsement-kit/server adds where the thread stands (issue 19).
    const { stage, ...receipt } = (await backend.status(application.id)) as typeof application & { stage?: string };
    expect(receipt).to.deep.equal(application);
    expect(stage).to.equal('application');
    await client.dispose();
  });

  it('shows the server’s 422 on the draft: a program this server does not receive for', async () => {
    const elsewhere = defineProgram({ id: 'not-on-this-server', name: 'Elsewhere', offers: { 'IMH-E': ['IFS'] } });
    const { client, draft } = await filledDraft(elsewhere);
    const error = await draft.register().catch((caught: unknown) => caught);
    expect(isSubmissionError(error) && error.status).to.equal(422);
    expect(draft.issues.map((issue) => issue.path)).to.deep.equal([['program']]);
    await client.dispose();
  });
});
