// Puts a draft in a store through the SDK's own client, as an earlier visit would have left it.
import { createEndorsementClient, customBackend, memoryStore, programs, type Program, type Receipt } from '@endorsement-kit/sdk';

const receipt = (id: string, status = 'registered'): Receipt => ({ id, receivedAt: '2026-11-26T10:32:00Z', status });

export const fakeBackend = (log: { kind: string; payload: unknown }[] = []) =>
  customBackend({
    register: async (payload) => (log.push({ kind: 'registration', payload }), receipt('REG-7')),
    submit: async (payload) => (log.push({ kind: 'application', payload }), receipt('APP-42', 'received')),
    status: async (id) => receipt(id, 'under_review'),
  });

/** A store holding a registered draft for `category`, with `values` set on top. */
export async function registeredStore(category: string, values: Record<string, unknown> = {}, program: Program = programs.alliance) {
  const store = memoryStore();
  const client = createEndorsementClient({ program, backend: fakeBackend(), store });
  const draft = await client.open();
  const endorsement = category.startsWith('EC') ? 'ECMH-E' : 'IMH-E';
  draft.set('applicant', { givenName: 'Ana', familyName: 'Ruiz', email: 'ana@example.org' });
  draft.set('endorsement', endorsement);
  draft.set('category', category);
  draft.set('overview', { specializedWork: 'Home visitor since 2019', education: 'BSW 2018' });
  await draft.register();
  for (const [path, value] of Object.entries(values)) draft.set(path, value);
  await draft.flush();
  await client.dispose();
  return store;
}

/** A complete IFS application's answers (valid as of 2026). */
export const completeIfs: Record<string, unknown> = {
  membership: { association: 'First 5 Alabama' },
  education: [
    { level: 'bachelor', field: 'Social work', institution: 'University of Alabama', completedOn: '2018-05-15', transcript: 'requested' },
  ],
  work: [
    {
      employer: 'Home Visiting AL',
      role: 'Home visitor',
      start: '2018-09-01',
      paid: true,
      ageBand: 'infant',
      familiesServed: 40,
      services: ['home-visiting'],
      description: 'Weekly home visits with families of infants.',
    },
  ],
  training: [{ title: 'DC:0-5', provider: 'ZERO TO THREE', date: '2024-03-01', hours: 40, topics: ['iecmh', 'dei'] }],
  rscReceived: [
    {
      provider: { name: 'Dr. Lee', endorsement: 'IMHM-C' },
      format: 'individual',
      modality: 'virtual',
      start: '2024-01-01',
      end: '2025-06-30',
      hours: 30,
    },
  ],
  references: [
    { role: 'supervisor', name: 'Sam Boss', email: 'sam@example.org', endorsed: true, waiveRight: true },
    { role: 'rsc-provider', name: 'Dr. Lee', email: 'lee@example.org', endorsed: true, waiveRight: true },
    { role: 'colleague', name: 'Kim Peer', email: 'kim@example.org', waiveRight: false },
  ],
  attestations: {
    codeOfEthics: { accepted: true, signedName: 'Ana Ruiz', signedOn: '2026-11-20' },
    endorsementAgreement: { accepted: true, signedName: 'Ana Ruiz', signedOn: '2026-11-20' },
  },
};
