// The shared fake of the receiver's reference routes (msw v2), for the element's and the SDK's
// tests: the rater's POST /ratings/{open,accept,decline,save,submit} with the token in the body,
// and the applicant's /registrations/{id}/references with the access token in a header. It keeps
// what docs/references.md promises: opening changes nothing, a closed link answers its `error`
// code, submit answers 422 with the missing answers' paths.
import { http, HttpResponse } from 'msw';
import type {
  RaterAnswersDraft,
  RaterInvitation,
  RatingForm,
  OpenReferenceSlot,
  ReferenceList,
  ReferenceRequestInput,
  ReferenceRequestState,
  ReferenceRequestView,
} from '@endorsement-kit/sdk';

/** A small rating form in English: two domains of two items, a 4-point scale, two recommendations. */
export const TEST_FORM: RatingForm = {
  placeholder: false,
  domains: [
    {
      id: 'reflection',
      label: 'Reflection',
      items: [
        { id: 'reflection-1', text: 'Notices their own feelings in the work' },
        { id: 'reflection-2', text: 'Uses supervision to think about their work' },
      ],
    },
    {
      id: 'thinking',
      label: 'Thinking',
      items: [
        { id: 'thinking-1', text: 'Observes and listens before acting' },
        { id: 'thinking-2', text: 'Solves problems thoughtfully' },
      ],
    },
  ],
  scale: [
    { value: 1, label: 'Rarely' },
    { value: 2, label: 'Sometimes' },
    { value: 3, label: 'Often' },
    { value: 4, label: 'Consistently' },
  ],
  notEnoughInformation: 'I do not have enough information to rate this',
  recommendations: [
    { value: 'recommend', label: 'I recommend this applicant', flagged: false },
    { value: 'do-not-recommend', label: 'I do not recommend this applicant', flagged: true },
  ],
  invalidAtNotEnoughInformation: 6,
  minKnownMonths: 12,
  asksRscProvider: false,
};

/** One rater's request as the fake keeps it. */
export interface FakeRequest {
  token: string;
  invitation: RaterInvitation;
  declineNote?: string | undefined;
  /** How many times each rater call came for it. */
  calls: Record<string, number>;
}

export interface ReferenceReceiver {
  handlers: ReturnType<typeof http.post>[];
  /** Adds a request a rater can open with `token`. */
  invite(token: string, invitation?: Partial<RaterInvitation>): FakeRequest;
  requests: Map<string, FakeRequest>;
  /** The applicant's requests, by registration id. */
  applicant: Map<string, ReferenceRequestView[]>;
  /** The next rater or applicant calls fail as a network error (`'network-error'`) or with a status. */
  script(...steps: ('network-error' | { status: number; body?: unknown })[]): void;
  /** Access tokens the applicant routes accept, by registration id. */
  accessTokens: Map<string, string>;
  /** `submitBeforeRatings` in the list's answer. */
  submitBeforeRatings: boolean;
  /** `openSlots` in the list's answer (the real receiver works them out from the forms). */
  openSlots: OpenReferenceSlot[];
  reset(): void;
}

/** What `submit` requires: the fake's own short list (the real rule is the server's). */
function missing(form: RatingForm, answers: RaterAnswersDraft): { path: (string | number)[]; code: string; message: string }[] {
  const paths: (string | number)[][] = [];
  for (const key of [
    'title',
    'organization',
    'relationship',
    'current',
    'knownMonths',
    'capacity',
    'endorsement',
    'servesAgeBand',
  ] as const)
    if (answers[key] === undefined || answers[key] === '') paths.push([key]);
  for (const domain of form.domains)
    for (const item of domain.items) if (answers.ratings?.[item.id] === undefined) paths.push(['ratings', item.id]);
  if (!answers.recommendation) paths.push(['recommendation']);
  if (!answers.signature?.signedName) paths.push(['signature', 'signedName']);
  return paths.map((path) => ({ path, code: 'required', message: `${path.join('.')} is required` }));
}

/** The fake at `baseUrl` (default `https://receiver.test/api`). */
export function createReferenceReceiver(baseUrl = 'https://receiver.test/api'): ReferenceReceiver {
  const requests = new Map<string, FakeRequest>();
  const applicant = new Map<string, ReferenceRequestView[]>();
  const accessTokens = new Map<string, string>();
  const queue: ('network-error' | { status: number; body?: unknown })[] = [];
  const receiver: ReferenceReceiver = {
    handlers: [],
    requests,
    applicant,
    accessTokens,
    submitBeforeRatings: true,
    openSlots: [],
    script: (...steps) => void queue.push(...steps),
    invite(token, invitation = {}) {
      const request: FakeRequest = {
        token,
        calls: {},
        invitation: {
          programName: 'First 5 Alabama',
          organization: 'Alabama Association for Infant Mental Health',
          applicantName: 'Ana Ruiz',
          category: { code: 'IFS', label: 'Infant Family Specialist' },
          endorsement: { code: 'IMH-E', label: 'Infant Mental Health Endorsement (IMH-E®)', ages: 'prenatal to 36 months' },
          role: 'supervisor',
          waiveRight: true,
          note: 'Thank you for doing this!',
          state: 'invited',
          language: 'en',
          expiresAt: '2027-02-05T10:00:00.000Z',
          form: TEST_FORM,
          answers: {},
          ...invitation,
        },
      };
      requests.set(token, request);
      return request;
    },
    reset() {
      requests.clear();
      applicant.clear();
      accessTokens.clear();
      queue.length = 0;
      receiver.submitBeforeRatings = true;
      receiver.openSlots = [];
    },
  };

  const scripted = () => {
    const step = queue.shift();
    if (step === 'network-error') return HttpResponse.error();
    if (step) return HttpResponse.json(step.body ?? {}, { status: step.status });
    return undefined;
  };
  const closed = (state: ReferenceRequestState) =>
    state === 'expired'
      ? HttpResponse.json({ error: 'link_expired', message: 'This link has expired' }, { status: 410 })
      : HttpResponse.json({ error: 'link_closed', message: 'This link is closed' }, { status: 410 });

  const rater = (action: string) =>
    http.post(`${baseUrl}/ratings/${action}`, async ({ request }) => {
      const failure = scripted();
      if (failure) return failure;
      const body = (await request.json().catch(() => undefined)) as
        { token?: string; note?: string; answers?: RaterAnswersDraft } | undefined;
      const found = body?.token ? requests.get(body.token) : undefined;
      if (!found) return HttpResponse.json({ error: 'invalid_token', message: 'No such link' }, { status: 404 });
      found.calls[action] = (found.calls[action] ?? 0) + 1;
      const invitation = found.invitation;
      if (action === 'open') {
        if (invitation.state === 'expired' || invitation.state === 'cancelled' || invitation.state === 'declined')
          return closed(invitation.state);
        return HttpResponse.json(invitation);
      }
      if (invitation.state === 'submitted')
        return HttpResponse.json({ error: 'already_submitted', message: 'Already submitted' }, { status: 409 });
      if (invitation.state !== 'invited' && invitation.state !== 'in_progress') return closed(invitation.state);
      if (action === 'accept') invitation.state = 'in_progress';
      if (action === 'decline') {
        invitation.state = 'declined';
        found.declineNote = body?.note;
      }
      if (action === 'save' || action === 'submit') {
        invitation.answers = body?.answers ?? {};
        invitation.state = 'in_progress';
        invitation.savedAt = new Date().toISOString();
      }
      if (action === 'submit') {
        const issues = missing(invitation.form, invitation.answers);
        if (issues.length) return HttpResponse.json({ issues }, { status: 422 });
        invitation.state = 'submitted';
        invitation.submittedAt = new Date().toISOString();
      }
      return HttpResponse.json(invitation);
    });

  const base = `${baseUrl}/registrations/:registration/references`;
  const authorized = (request: Request, registration: string) => {
    const expected = accessTokens.get(registration);
    return expected !== undefined && request.headers.get('Endorsement-Access-Token') === expected;
  };
  const list = (registration: string): ReferenceList => ({
    requests: applicant.get(registration) ?? [],
    openSlots: receiver.openSlots,
    maxRequests: 8,
    submitBeforeRatings: receiver.submitBeforeRatings,
  });
  const view = (input: ReferenceRequestInput, id: string): ReferenceRequestView => ({
    id,
    name: input.name,
    email: input.email,
    role: input.role,
    waiveRight: input.waiveRight,
    ...(input.note ? { note: input.note } : {}),
    language: input.language ?? 'en',
    state: 'invited',
    sentAt: new Date().toISOString(),
    canResendAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
    expiresAt: new Date(Date.now() + 60 * 86400_000).toISOString(),
  });
  const guard = async (request: Request, registration: string) => {
    const failure = scripted();
    if (failure) return failure;
    if (!authorized(request, registration))
      return HttpResponse.json({ error: 'unauthorized', message: 'Access token required' }, { status: 401 });
    return undefined;
  };

  receiver.handlers = [
    ...['open', 'accept', 'decline', 'save', 'submit'].map(rater),
    http.get(base, async ({ request, params }) => {
      const registration = String(params['registration']);
      return (await guard(request, registration)) ?? HttpResponse.json(list(registration));
    }),
    http.post(base, async ({ request, params }) => {
      const registration = String(params['registration']);
      const refused = await guard(request, registration);
      if (refused) return refused;
      const input = (await request.json()) as ReferenceRequestInput;
      const entries = applicant.get(registration) ?? [];
      const created = view(input, `req-${entries.length + 1}`);
      applicant.set(registration, [...entries, created]);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.post(`${base}/:id/:action`, async ({ request, params }) => {
      const registration = String(params['registration']);
      const refused = await guard(request, registration);
      if (refused) return refused;
      const entries = applicant.get(registration) ?? [];
      const entry = entries.find((e) => e.id === params['id']);
      if (!entry) return HttpResponse.json({ error: 'not_found', message: 'No such request' }, { status: 404 });
      const body = (await request.json().catch(() => ({}))) as { email?: string; replaceWith?: ReferenceRequestInput };
      if (params['action'] === 'address' && body.email)
        Object.assign(entry, { email: body.email, state: 'invited', sentAt: new Date().toISOString() });
      if (params['action'] === 'resend') entry.sentAt = new Date().toISOString();
      if (params['action'] === 'cancel') {
        entry.state = 'cancelled';
        entry.canResendAt = null;
        entry.expiresAt = null;
        if (body.replaceWith) applicant.set(registration, [...entries, view(body.replaceWith, `req-${entries.length + 1}`)]);
      }
      return HttpResponse.json(entry);
    }),
  ];
  return receiver;
}
