import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { DOCUMENT_KIND_HEADER, DOCUMENT_KINDS, DOCUMENT_NAME_HEADER, documentSettings, UPLOAD_TOKEN_HEADER } from '@endorsement-kit/sdk';
import type { DocumentKind, UploadSession } from '@endorsement-kit/sdk';
import { newSecret, secretHash } from '../admin/secret-token.js';
import type { ReceiverProgram } from '../config/receiver-program.js';
import { apiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { readJsonBody } from '../http/read-json-body.js';
import { dayOf } from '../references/reference-views.js';
import { deleteDocuments, documentsOfSession, findDocument, findSession, type UploadSessionRow } from './document-rows.js';
import { isScannerUnavailableError } from './scanner.js';
import { discardBody } from './read-upload.js';
import { fileNameOf, receiptOf, storeUpload } from './store-upload.js';
import { originAllowed } from '../http/origin-allowed.js';
import { UUID } from '../http/uuid.js';
import { dropPart, findPart, keepPart } from './document-parts.js';
import { addResumeRoutes } from './resume-routes.js';
import type { UploadRouteContext } from './upload-route-context.js';

export type { UploadRouteContext } from './upload-route-context.js';

/**
 * The applicant's uploads, under `/api/uploads` (docs/documents.md): a session per draft, then
 * each file by the id the draft chose for it. Every call after the first needs the session's
 * token in the `Endorsement-Upload-Token` header: missing is a 401, wrong a 403. A session takes
 * the program's `maxFiles` and closes when its application arrives (then 409 `upload_closed`).
 */
export function uploadRoutes(context: UploadRouteContext) {
  const { db, documents } = context;
  const routes = new Hono();

  const limited = (c: Context): Response | undefined => {
    const wait = context.limiter.take(clientAddress(c, context.trustProxy));
    return wait > 0
      ? apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', { 'Retry-After': String(wait) })
      : undefined;
  };

  async function authorize(c: Context): Promise<{ session: UploadSessionRow; entry: ReceiverProgram } | Response> {
    const token = c.req.header(UPLOAD_TOKEN_HEADER);
    if (!token) return apiError(c, 401, 'upload_token_required', `Send the upload session's token in the ${UPLOAD_TOKEN_HEADER} header.`);
    const id = c.req.param('uploadId') ?? '';
    const session = UUID.test(id) && token.length <= 128 ? await findSession(db, id) : undefined;
    const given = Buffer.from(secretHash(token), 'hex');
    const kept = session ? Buffer.from(session.token_hash, 'hex') : Buffer.alloc(given.length);
    const entry = session && context.programs.get(session.program);
    if (!session || !entry || !timingSafeEqual(given, kept))
      return apiError(c, 403, 'access_denied', 'This token does not open this upload session.');
    return { session, entry };
  }
  const closed = (c: Context) =>
    apiError(c, 409, 'upload_closed', 'The application of this upload session was sent; its files can no longer change.');

  routes.post('/', async (c) => {
    const refused = limited(c);
    if (refused) return refused;
    const body = await readJsonBody(c.req.raw, 4096);
    if (!body.ok) return apiError(c, body.status, body.error, body.message);
    const programId = (body.value as { program?: unknown } | null)?.program;
    const entry = typeof programId === 'string' ? context.programs.get(programId) : undefined;
    if (!entry) return apiError(c, 404, 'unknown_program', 'This server does not receive applications for that program.');
    if (!originAllowed(c.req.header('origin'), c.req.url, context.publicUrl, entry.origins))
      return apiError(c, 403, 'origin_not_allowed', 'Pages on this origin may not send to this program.');
    const settings = documentSettings(entry.program, dayOf(context.clock()));
    const session: UploadSession = {
      id: randomUUID(),
      token: newSecret(),
      maxFileBytes: settings.maxFileBytes,
      maxFiles: settings.maxFiles,
      types: settings.types,
    };
    await db.query('insert into upload_sessions (id, program, token_hash) values ($1, $2, $3)', [
      session.id,
      entry.program.id,
      secretHash(session.token),
    ]);
    return c.json(session, 201);
  });

  routes.put('/:uploadId/documents/:documentId', async (c) => {
    const response = await putDocument(c);
    await discardBody(c.req.raw);
    return response;
  });

  async function putDocument(c: Context): Promise<Response> {
    const refused = limited(c);
    if (refused) return refused;
    const auth = await authorize(c);
    if (auth instanceof Response) return auth;
    const { session, entry } = auth;
    const id = c.req.param('documentId') ?? '';
    if (!UUID.test(id)) return apiError(c, 400, 'invalid_document_id', 'A document id is a UUID the client chooses (crypto.randomUUID()).');
    const kind = c.req.header(DOCUMENT_KIND_HEADER) as DocumentKind | undefined;
    if (!kind || !DOCUMENT_KINDS.includes(kind))
      return apiError(c, 400, 'invalid_document_kind', `Send ${DOCUMENT_KIND_HEADER}: ${DOCUMENT_KINDS.join(' or ')}.`);
    if (session.record_id) return closed(c);
    const existing = await findDocument(db, id);
    const taken = () => apiError(c, 409, 'document_id_taken', 'Another upload uses this document id.');
    if (existing) {
      // A retry whose first answer was lost: the file is here already.
      if (existing.upload_id !== session.id) return taken();
      return c.json(receiptOf(existing), 200);
    }
    const part = await findPart(db, id);
    if (part && part.upload_id !== session.id) return taken();
    const settings = documentSettings(entry.program, dayOf(context.clock()));
    if (settings[kind === 'resume' ? 'resume' : 'transcripts'] === 'off')
      return apiError(c, 400, 'document_not_asked', `This program does not ask for a ${kind} file.`);
    // Files cut off half way count too: each holds up to maxFileBytes in quarantine.
    const { rows: parts } = await db.query<{ n: number }>(
      'select count(*)::int as n from document_parts where upload_id = $1 and id <> $2',
      [session.id, id],
    );
    if ((await documentsOfSession(db, session.id)).length + (parts[0]?.n ?? 0) >= settings.maxFiles)
      return apiError(c, 409, 'too_many_documents', `An application may carry at most ${settings.maxFiles} files.`);
    const fileName = fileNameOf(c.req.header(DOCUMENT_NAME_HEADER));
    // A body of declared length that stops half way is kept, to be continued (PATCH) from where it stopped.
    const declared = Number(c.req.header('content-length') ?? NaN);
    const onCut =
      Number.isSafeInteger(declared) && declared > 0 && declared <= settings.maxFileBytes
        ? (kept: { path: string; size: number }) =>
            keepPart(db, documents, { id, upload_id: session.id, kind, file_name: fileName, length: declared }, kept)
        : undefined;
    try {
      const outcome = await storeUpload(
        db,
        documents,
        c.req.raw,
        {
          id,
          uploadId: session.id,
          recordId: null,
          program: entry.program.id,
          kind,
          fileName,
          uploadedBy: 'applicant',
        },
        settings,
        onCut,
      );
      // Sent whole: an earlier part of it is of no more use.
      if (part && (outcome.ok || outcome.error !== 'incomplete_body')) await dropPart(db, documents, id);
      if (!outcome.ok) return apiError(c, outcome.status, outcome.error, outcome.message);
      return c.json(outcome.receipt, outcome.created ? 201 : 200);
    } catch (error) {
      if (isScannerUnavailableError(error))
        return apiError(c, 503, 'scanner_unavailable', 'The virus scanner is not available; send the file again shortly.', {
          'Retry-After': '30',
        });
      throw error;
    }
  }

  addResumeRoutes(routes, context, { limited, authorize, closed });

  routes.delete('/:uploadId/documents/:documentId', async (c) => {
    const refused = limited(c);
    if (refused) return refused;
    const auth = await authorize(c);
    if (auth instanceof Response) return auth;
    if (auth.session.record_id) return closed(c);
    const id = c.req.param('documentId');
    const part = UUID.test(id) ? await findPart(db, id) : undefined;
    if (part?.upload_id === auth.session.id) await dropPart(db, documents, id);
    const row = UUID.test(id) ? await findDocument(db, id) : undefined;
    if (part?.upload_id === auth.session.id && !row) return c.json({ ok: true });
    if (!row || row.upload_id !== auth.session.id)
      return apiError(c, 404, 'not_found', 'This upload session has no document with this id.');
    await db.transaction((tx) => deleteDocuments(tx, 'id', id, context.clock()));
    context.onJobQueued();
    return c.json({ ok: true });
  });

  return routes;
}
