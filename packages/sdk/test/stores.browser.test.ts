// indexedDbStore in Chromium: encrypted at rest by default (the raw IndexedDB value holds no
// plaintext, the key is a non-extractable CryptoKey), and plain when a host turns it off.
import { expect } from '@open-wc/testing';
import { createStore, entries, get } from 'idb-keyval';
import { createEndorsementClient, customBackend, defineProgram, indexedDbStore } from '@endorsement-kit/sdk';

const backend = customBackend({
  register: async () => ({ id: 'R', receivedAt: '2026-01-01T00:00:00Z', status: 'registered' }),
  submit: async () => ({ id: 'A', receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
  status: async (id) => ({ id, receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
});

const bytesToText = (value: unknown): string => {
  if (value instanceof ArrayBuffer) return new TextDecoder('latin1').decode(value);
  if (ArrayBuffer.isView(value)) return new TextDecoder('latin1').decode(value);
  if (typeof value === 'object' && value !== null) return Object.values(value).map(bytesToText).join('|');
  return String(value);
};

describe('indexedDbStore', () => {
  it('encrypts drafts: the raw IndexedDB value holds no plaintext, and the key cannot be exported', async () => {
    const program = defineProgram({ id: 'encrypted', name: 'Test', offers: { 'IMH-E': ['IFS'] } });
    const client = createEndorsementClient({ program, backend });
    const draft = await client.open();
    draft.set('applicant', { givenName: 'Zelda', familyName: 'Quintanilla', email: 'zelda.q@example.org' });
    await draft.flush();
    await client.dispose();

    const raw = createStore('endorsement-kit:encrypted', 'drafts');
    const record = await get<{ sealed: string; iv: Uint8Array; data: ArrayBuffer }>(`draft:${draft.id}`, raw);
    expect(record?.sealed).to.equal('AES-GCM');
    expect(record?.data).to.be.instanceOf(ArrayBuffer);
    const everything = (await entries(raw)).map(([key, value]) => `${String(key)}=${bytesToText(value)}`).join('\n');
    for (const secret of ['Zelda', 'Quintanilla', 'zelda.q@example.org', 'applicant']) expect(everything).not.to.include(secret);

    const key = await get<CryptoKey>('endorsement-kit:key', raw);
    expect(key?.extractable).to.equal(false);
    expect(key?.algorithm.name).to.equal('AES-GCM');

    const reopened = createEndorsementClient({ program, backend });
    expect((await reopened.open(draft.id)).get('applicant.familyName')).to.equal('Quintanilla');
    await reopened.dispose();
  });

  it('stores plain values when encryption is off, and lists only its own keys', async () => {
    const store = indexedDbStore({ database: 'plain-test', encrypt: false });
    await store.set('draft:a', { value: { applicant: { givenName: 'Ana' } } });
    const raw = await get('draft:a', createStore('plain-test', 'drafts'));
    expect(raw).to.deep.equal({ value: { applicant: { givenName: 'Ana' } } });
    expect(await store.keys()).to.deep.equal(['draft:a']);
    await store.del('draft:a');
    expect(await store.get('draft:a')).to.equal(undefined);
  });

  it('two stores racing to make the key end up with the same one', async () => {
    const a = indexedDbStore({ database: 'race-test' });
    const b = indexedDbStore({ database: 'race-test' });
    await Promise.all([a.set('x', { n: 1 }), b.set('y', { n: 2 })]);
    expect(await a.get('y')).to.deep.equal({ n: 2 });
    expect(await b.get('x')).to.deep.equal({ n: 1 });
  });
});
