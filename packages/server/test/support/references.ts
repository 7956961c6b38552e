// Helpers of the reference tests: a registration with its access token, requests, rater calls.
import type { ParsedMail } from 'mailparser';
import { APPLICANT_TOKEN_HEADER, type RaterAnswers } from '@endorsement-kit/sdk';
import { validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { post, type TestServer } from './test-server.js';

export interface Registered {
  id: string;
  token: string;
}

export async function register(
  server: TestServer,
  overrides: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Registered> {
  const response = await post(server, '/api/registrations', { ...validRegistration(), ...overrides }, undefined, headers);
  const receipt = (await response.json()) as { id: string; accessToken: string };
  if (response.status !== 201 || !receipt.accessToken) throw new Error(`registration: ${response.status}`);
  return { id: receipt.id, token: receipt.accessToken };
}

/** An applicant call: JSON, the access token in its header. */
export function asApplicant(server: TestServer, registration: Registered, path: string, body?: unknown, token = registration.token) {
  return server.request(`/api/registrations/${registration.id}/references${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', [APPLICANT_TOKEN_HEADER]: token },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export function rater(server: TestServer, action: string, body: unknown) {
  return server.request(`/api/ratings/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const raterInput = (name: string, email: string, role = 'supervisor', extra: Record<string, unknown> = {}) => ({
  name,
  email,
  role,
  waiveRight: true,
  language: 'en',
  ...extra,
});

/** The token of the link in a rater mail (on its own line, in the fragment). */
export function tokenOf(mail: ParsedMail): string {
  const match = /^https?:\/\/\S+\/r\/#([A-Za-z0-9_-]{43})$/m.exec(mail.text ?? '');
  if (!match) throw new Error(`no link in: ${mail.text}`);
  return match[1]!;
}

export const to = (mail: ParsedMail) => JSON.stringify(mail.to);
export const mailsTo = (mails: ParsedMail[], address: string) => mails.filter((mail) => to(mail).includes(address));

/** Complete answers for the placeholder form (12 items), with `nei` of them 'nei'. */
export function completeAnswers(itemIds: string[], nei = 0, overrides: Partial<RaterAnswers> = {}): RaterAnswers {
  return {
    relationship: 'supervisor',
    current: true,
    knownMonths: 30,
    capacity: 'Her supervisor',
    endorsement: 'IMHM-C',
    title: 'Director',
    organization: 'Bright Start',
    servesAgeBand: true,
    ratings: Object.fromEntries(itemIds.map((id, i) => [id, i < nei ? ('nei' as const) : 3])),
    comments: {},
    recommendation: 'recommend',
    signature: { signedName: 'Lee Park', signedOn: '2026-03-05' },
    ...overrides,
  };
}
