// The receiver's amend routes (`POST {baseUrl}/applications/amend/open` and `/submit`,
// docs/openapi.yaml) as msw v2 handlers: one link token opens one application until it is sent;
// then the link is closed (410). An application without an applicant's email is refused with 422
// issues, as the receiver's validation would.
import { http, HttpResponse } from 'msw';

/** The fake's part of the receiver. */
export interface AmendReceiver {
  handlers: ReturnType<typeof http.post>[];
  /** Every call, in order: its path and JSON body. */
  requests: { url: string; body: unknown }[];
  /** Makes `token` open `application` (status `more_information_needed`, the message given). */
  link(token: string, application: Record<string, unknown>, message?: string): void;
  reset(): void;
}

/** Amend routes under `baseUrl` (default `https://receiver.test/api`). */
export function createAmendReceiver(baseUrl = 'https://receiver.test/api'): AmendReceiver {
  const requests: AmendReceiver['requests'] = [];
  const links = new Map<string, { application: Record<string, unknown>; message: string | null; used: boolean }>();
  const base = `${baseUrl}/applications/amend`;
  const read = async (request: Request) => {
    const body = (await request.json().catch(() => undefined)) as { token?: string; application?: unknown } | undefined;
    requests.push({ url: request.url, body });
    const found = typeof body?.token === 'string' ? links.get(body.token) : undefined;
    if (!found)
      return { body, refusal: HttpResponse.json({ error: 'invalid_link', message: 'This amend link is not valid.' }, { status: 404 }) };
    if (found.used)
      return { body, refusal: HttpResponse.json({ error: 'link_closed', message: 'This amend link is closed.' }, { status: 410 }) };
    return { body, found };
  };
  const handlers = [
    http.post(`${base}/open`, async ({ request }) => {
      const { refusal, found } = await read(request);
      if (refusal) return refusal;
      return HttpResponse.json({
        id: 'record-1',
        reference: 'ALL-AMND-0001',
        status: 'more_information_needed',
        message: found!.message,
        program: { id: 'alliance' },
        locale: 'en',
        application: found!.application,
        expiresAt: '2099-01-01T00:00:00.000Z',
      });
    }),
    http.post(`${base}/submit`, async ({ request }) => {
      const { refusal, found, body } = await read(request);
      if (refusal) return refusal;
      const application = body?.application as { applicant?: { email?: string } } | undefined;
      if (!application?.applicant?.email)
        return HttpResponse.json(
          { issues: [{ path: ['applicant', 'email'], code: 'required', message: 'Enter your email address.' }] },
          { status: 422 },
        );
      found!.used = true;
      return HttpResponse.json({
        id: 'record-1',
        reference: 'ALL-AMND-0001',
        receivedAt: '2026-12-07T10:00:00.000Z',
        status: 'received',
        version: 2,
      });
    }),
  ];
  return {
    handlers,
    requests,
    link: (token, application, message) => void links.set(token, { application, message: message ?? null, used: false }),
    reset: () => {
      requests.length = 0;
      links.clear();
    },
  };
}
