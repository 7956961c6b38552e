// The applicant's side of uploads, as the SDK does it: a session, then each file by its own id.
import { defineProgram, ECMH_CODES, IMH_CODES, type ProgramConfig } from '@endorsement-kit/sdk';
import type { ServerOptions } from '../../src/index.js';
import type { TestServer } from './test-server.js';

/** The Alliance's program with uploads asked for (the preset asks for none). */
export function allianceWithUploads(
  uploads: NonNullable<ProgramConfig['uploads']> = { resume: 'optional', transcripts: 'optional' },
): ServerOptions['programs'][number] {
  return {
    program: defineProgram({ id: 'alliance', name: 'Alliance', offers: { 'IMH-E': [...IMH_CODES], 'ECMH-E': [...ECMH_CODES] }, uploads }),
    origins: [],
    coordinatorEmail: 'coordinator@alliance.example.org',
  };
}

export interface Session {
  id: string;
  token: string;
}

export async function openSession(server: TestServer, program = 'alliance'): Promise<Session> {
  const response = await server.request('/api/uploads', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ program }),
  });
  if (response.status !== 201) throw new Error(`POST /api/uploads: ${response.status} ${await response.text()}`);
  return (await response.json()) as Session;
}

export function putDocument(
  server: TestServer,
  session: Session,
  body: BodyInit,
  options: { id?: string; kind?: string; name?: string; headers?: Record<string, string> } = {},
) {
  const id = options.id ?? crypto.randomUUID();
  return server.request(`/api/uploads/${session.id}/documents/${id}`, {
    method: 'PUT',
    headers: {
      'endorsement-upload-token': session.token,
      'endorsement-document-kind': options.kind ?? 'resume',
      'endorsement-document-name': encodeURIComponent(options.name ?? 'résumé.pdf'),
      'content-type': 'application/octet-stream',
      ...options.headers,
    },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}
