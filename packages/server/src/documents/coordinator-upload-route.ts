import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { DOCUMENT_NAME_HEADER, documentSettings, type Application } from '@endorsement-kit/sdk';
import type { AdminEnv, AdminRouteContext } from '../admin/admin-context.js';
import { audit } from '../admin/record-actions.js';
import { recordInScope } from '../admin/routes/record-in-scope.js';
import { apiError } from '../http/api-error.js';
import { dayOf } from '../references/reference-views.js';
import {
  COORDINATOR_UPLOAD_KINDS,
  COORDINATOR_UPLOAD_STATES,
  type CoordinatorUploadState,
  type RecordDocumentView,
} from './document-api-types.js';
import { documentsOfRecord } from './document-rows.js';
import { discardBody } from './read-upload.js';
import { isScannerUnavailableError } from './scanner.js';
import { fileNameOf, storeUpload } from './store-upload.js';
import { setTranscriptState } from './transcript-states.js';

/**
 * `POST /admin/api/records/{id}/documents?kind=transcript&education=<n>&state=<…>` (or
 * `kind=other`): a file a coordinator uploads to a record, the file's bytes as the body, its name in
 * `Endorsement-Document-Name`. The program's type and size limits, the type read from the bytes,
 * quarantine and the scanner are those of the applicant's uploads; the file is stored as
 * `uploaded_by: coordinator`, and with `state` the degree's transcript is recorded as
 * `official_verified` or `copy_uploaded`. Both are audited. Same-origin like every workspace change;
 * another program's record is a 404.
 */
export function addCoordinatorUpload(routes: Hono<AdminEnv>, { db, documents, programs, clock }: AdminRouteContext): void {
  routes.post('/:id/documents', async (c) => {
    const response = await upload(c);
    await discardBody(c.req.raw);
    return response;
  });

  async function upload(c: Context<AdminEnv>): Promise<Response> {
    const row = await recordInScope(db, c);
    if (row instanceof Response) return row;
    const kind = c.req.query('kind') as (typeof COORDINATOR_UPLOAD_KINDS)[number] | undefined;
    if (!kind || !COORDINATOR_UPLOAD_KINDS.includes(kind))
      return apiError(c, 400, 'invalid_document_kind', `Send kind=${COORDINATOR_UPLOAD_KINDS.join(' or kind=')}.`);
    const state = c.req.query('state') as CoordinatorUploadState | undefined;
    if (state !== undefined && (kind !== 'transcript' || !COORDINATOR_UPLOAD_STATES.includes(state)))
      return apiError(c, 400, 'invalid_state', `A transcript's state may be ${COORDINATOR_UPLOAD_STATES.join(' or ')}.`);
    let education: number | undefined;
    if (kind === 'transcript') {
      education = Number(c.req.query('education') ?? NaN);
      const entry =
        row.kind === 'application' && Number.isInteger(education) ? (row.payload as Application).education[education] : undefined;
      if (!entry || entry.level === 'cda') return apiError(c, 404, 'not_found', 'The application has no degree with this number.');
    }
    const entry = programs.find((p) => p.program.id === row.program);
    if (!entry) return apiError(c, 404, 'not_found', 'No record with this reference in your programs.');
    const settings = documentSettings(entry.program, dayOf((clock ?? (() => new Date()))()));
    if ((await documentsOfRecord(db, row.id)).length >= settings.maxFiles)
      return apiError(c, 409, 'too_many_documents', `A record may carry at most ${settings.maxFiles} files.`);
    const actor = c.get('coordinator').email;
    const id = randomUUID();
    try {
      const outcome = await storeUpload(
        db,
        documents,
        c.req.raw,
        {
          id,
          uploadId: null,
          recordId: row.id,
          program: row.program,
          kind,
          fileName: fileNameOf(c.req.header(DOCUMENT_NAME_HEADER)),
          uploadedBy: 'coordinator',
          educationIndex: education,
        },
        settings,
      );
      if (!outcome.ok) return apiError(c, outcome.status, outcome.error, outcome.message);
      await audit(db, row, actor, 'document_uploaded', { document: id, ...(education === undefined ? {} : { education }) });
      if (state && education !== undefined) {
        await setTranscriptState(db, row.id, education, state, actor);
        await audit(db, row, actor, 'transcript_recorded', { education, state });
      }
      const stored = (await documentsOfRecord(db, row.id)).find((d) => d.id === id)!;
      return c.json(
        {
          id,
          kind,
          ...(education === undefined ? {} : { education }),
          fileName: stored.file_name,
          type: stored.file_type,
          size: Number(stored.size),
          sha256: stored.sha256,
          scan: stored.scan,
          uploadedBy: stored.uploaded_by,
          uploadedAt: new Date(stored.created_at).toISOString(),
        } satisfies RecordDocumentView,
        201,
      );
    } catch (error) {
      if (isScannerUnavailableError(error))
        return apiError(c, 503, 'scanner_unavailable', 'The virus scanner is not available; upload the file again shortly.', {
          'Retry-After': '30',
        });
      throw error;
    }
  }
}
