import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { documentSettings, UPLOAD_OFFSET_HEADER, type UploadOffset } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import { apiError } from '../http/api-error.js';
import { UUID } from '../http/uuid.js';
import { dayOf } from '../references/reference-views.js';
import { appendPart, dropPart, livePart, partPath, sha256Of, type DocumentPartRow } from './document-parts.js';
import { findDocument, type UploadSessionRow } from './document-rows.js';
import { discardBody, readUpload } from './read-upload.js';
import { isScannerUnavailableError } from './scanner.js';
import { finishUpload, receiptOf } from './store-upload.js';
import type { UploadRouteContext } from './upload-route-context.js';

/** What the upload routes share with these: the rate limit and the token check. */
export interface ResumeGuards {
  limited(c: Context): Response | undefined;
  authorize(c: Context): Promise<{ session: UploadSessionRow; entry: ReceiverProgram } | Response>;
  closed(c: Context): Response;
}

/**
 * Continuing an upload the network cut off (docs/documents.md), modelled on the tus 1.0 core
 * protocol: `GET` (or `HEAD`) says how many bytes the receiver kept (`Upload-Offset`), and
 * `PATCH` with `Upload-Offset: <that>` sends the rest. The bytes wait in quarantine; once whole,
 * the file goes through the checks of any upload (type by its bytes, sha256 of the whole file,
 * the scanner, the store). Only the session's own token reaches its files.
 */
export function addResumeRoutes(routes: Hono, context: UploadRouteContext, guards: ResumeGuards): void {
  const { db, documents } = context;
  const path = '/:uploadId/documents/:documentId';
  const nothingHere = (c: Context) =>
    apiError(c, 404, 'not_found', 'This upload session has no file with this id to continue; send it whole (PUT).');
  const where = (c: Context, offset: number, length: number) => {
    c.header(UPLOAD_OFFSET_HEADER, String(offset));
    c.header('Upload-Length', String(length));
    return c.json({ offset, length } satisfies UploadOffset);
  };

  // Hono answers HEAD with this route too, without the body.
  routes.get(path, async (c) => {
    const refused = guards.limited(c);
    if (refused) return refused;
    const auth = await guards.authorize(c);
    if (auth instanceof Response) return auth;
    const id = c.req.param('documentId');
    if (!UUID.test(id)) return nothingHere(c);
    const stored = await findDocument(db, id);
    if (stored) return stored.upload_id === auth.session.id ? where(c, Number(stored.size), Number(stored.size)) : nothingHere(c);
    const part = await livePart(db, documents, id);
    return part && part.upload_id === auth.session.id ? where(c, part.received, part.length) : nothingHere(c);
  });

  routes.patch(path, async (c) => {
    const response = await patch(c);
    await discardBody(c.req.raw);
    return response;
  });

  async function patch(c: Context): Promise<Response> {
    const refused = guards.limited(c);
    if (refused) return refused;
    const auth = await guards.authorize(c);
    if (auth instanceof Response) return auth;
    const { session, entry } = auth;
    const id = c.req.param('documentId') ?? '';
    if (!UUID.test(id)) return nothingHere(c);
    if (session.record_id) return guards.closed(c);
    const stored = await findDocument(db, id);
    // Whole already (the answer to the last part was lost): the same receipt.
    if (stored) return stored.upload_id === session.id ? c.json(receiptOf(stored), 200) : nothingHere(c);
    const offset = Number(c.req.header(UPLOAD_OFFSET_HEADER) ?? NaN);
    if (!Number.isSafeInteger(offset) || offset < 0)
      return apiError(c, 400, 'invalid_offset', `Send ${UPLOAD_OFFSET_HEADER}: the bytes the receiver has (GET this URL).`);
    const part = await livePart(db, documents, id);
    if (!part || part.upload_id !== session.id) return nothingHere(c);
    const mismatch = () => {
      c.header(UPLOAD_OFFSET_HEADER, String(part.received));
      return apiError(c, 409, 'offset_mismatch', `The receiver has ${part.received} bytes of this file; continue from there.`);
    };
    if (offset !== part.received) return mismatch();
    const settings = documentSettings(entry.program, dayOf(context.clock()));
    // Never past the length the file was declared with (itself within the limit when declared).
    const room = Math.min(part.length, settings.maxFileBytes) - offset;
    const read = await readUpload(c.req.raw, documents.quarantine, room, { keepCut: true, allowEmpty: true });
    if (!read.ok && read.reason === 'too_large')
      return apiError(c, 413, 'too_large', `This file was declared ${part.length} bytes long; this request sends more.`);
    const segment = read.ok ? read : read.reason === 'incomplete' ? read.kept : undefined;
    if (!segment) return apiError(c, 400, 'incomplete_body', 'Nothing of the rest arrived; ask how much the receiver has and send again.');
    let received: number | undefined;
    try {
      received = await appendPart(db, documents, id, offset, segment);
    } finally {
      await rm(segment.path, { force: true });
    }
    if (received === undefined) return mismatch();
    if (!read.ok)
      return apiError(c, 400, 'incomplete_body', 'The rest did not arrive whole; ask how much the receiver has and send again.');
    if (received < part.length) {
      c.header(UPLOAD_OFFSET_HEADER, String(received));
      return c.body(null, 204);
    }
    return finish(c, { ...part, received }, session, entry);
  }

  async function finish(c: Context, part: DocumentPartRow, session: UploadSessionRow, entry: ReceiverProgram): Promise<Response> {
    // A copy of its own: a second request finishing the same part at once never reads a file this one deletes.
    const copy = join(documents.quarantine, `${randomUUID()}.part`);
    try {
      if (
        !(await copyFile(partPath(documents, part.id), copy).then(
          () => true,
          () => false,
        ))
      ) {
        // Another request finished it meanwhile.
        const kept = await findDocument(db, part.id);
        return kept ? c.json(receiptOf(kept), 200) : nothingHere(c);
      }
      const settings = documentSettings(entry.program, dayOf(context.clock()));
      const outcome = await finishUpload(
        db,
        documents,
        { path: copy, size: part.length, sha256: await sha256Of(copy) },
        {
          id: part.id,
          uploadId: session.id,
          recordId: null,
          program: entry.program.id,
          kind: part.kind,
          fileName: part.file_name,
          uploadedBy: 'applicant',
        },
        settings,
      );
      await dropPart(db, documents, part.id);
      if (!outcome.ok) return apiError(c, outcome.status, outcome.error, outcome.message);
      return c.json(outcome.receipt, outcome.created ? 201 : 200);
    } catch (error) {
      // The part stays whole: an empty PATCH at its length finishes it once the scanner answers.
      if (isScannerUnavailableError(error))
        return apiError(c, 503, 'scanner_unavailable', 'The virus scanner is not available; send the rest again shortly.', {
          'Retry-After': '30',
        });
      throw error;
    } finally {
      await rm(copy, { force: true });
    }
  }
}
