import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { DOCUMENT_MEDIA_TYPES, type Application, type DocumentType } from '@endorsement-kit/sdk';
import type { AdminEnv, AdminRouteContext } from '../admin/admin-context.js';
import type { Done } from '../admin/api-types.js';
import { audit } from '../admin/record-actions.js';
import type { RecordRow } from '../admin/record-queries.js';
import { issues, readBody } from '../admin/routes/read-body.js';
import { apiError } from '../http/api-error.js';
import { TRANSCRIPT_STATES, type RecordDocuments, type TranscriptStateBody } from './document-api-types.js';
import { documentsOfRecord, findDocument, type DocumentRow } from './document-rows.js';
import { referencedDocuments } from './referenced-documents.js';
import { setTranscriptState, transcriptViews } from './transcript-states.js';
import { recordInScope } from '../admin/routes/record-in-scope.js';
import { UUID } from '../http/uuid.js';

const stateBody = z.strictObject({ state: z.enum(TRANSCRIPT_STATES) }) satisfies z.ZodType<TranscriptStateBody>;

/**
 * A record's documents and transcripts in the workspace, under `/admin/api/records/{id}`: the
 * list, each file as a download (`Content-Disposition: attachment`, never shown inline), and per
 * degree where its transcript is. Only the coordinators of the record's program reach them: for
 * anyone else the record does not exist (404).
 */
export function documentAdminRoutes({ db, signedIn, documents }: AdminRouteContext) {
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);

  async function record(c: Context<AdminEnv>): Promise<RecordRow | Response> {
    return recordInScope(db, c);
  }

  routes.get('/:id/documents', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const application = row.kind === 'application' ? (row.payload as Application) : undefined;
    const education = new Map(application ? referencedDocuments(application).map((n) => [n.id, n.path[1]]) : []);
    const answer: RecordDocuments = {
      scanned: documents.scanner !== undefined,
      documents: (await documentsOfRecord(db, row.id)).map((d) => ({
        id: d.id,
        kind: d.kind,
        ...(typeof education.get(d.id) === 'number' ? { education: education.get(d.id) as number } : {}),
        fileName: d.file_name,
        type: d.file_type,
        size: Number(d.size),
        sha256: d.sha256,
        scan: d.scan,
        uploadedBy: d.uploaded_by,
        uploadedAt: new Date(d.created_at).toISOString(),
      })),
      transcripts: application ? await transcriptViews(db, row.id, application) : [],
    };
    return c.json(answer);
  });

  routes.get('/:id/documents/:documentId', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const id = c.req.param('documentId');
    const document: DocumentRow | undefined = UUID.test(id) ? await findDocument(db, id) : undefined;
    if (!document || document.record_id !== row.id) return apiError(c, 404, 'not_found', 'This record has no document with this id.');
    const body = await documents.store.get(document.storage_key);
    await audit(db, row, c.get('coordinator').email, 'document_downloaded', { document: document.id });
    return new Response(body, {
      headers: {
        'Content-Type': DOCUMENT_MEDIA_TYPES[document.file_type as DocumentType] ?? 'application/octet-stream',
        'Content-Length': String(document.size),
        'Content-Disposition': `attachment; filename="${asciiName(document.file_name)}"; filename*=UTF-8''${encodeURIComponent(document.file_name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'no-store',
      },
    });
  });

  routes.post('/:id/transcripts/:education', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    if (row.kind !== 'application') return apiError(c, 409, 'not_an_application', 'Only an application has transcripts.');
    const index = Number(c.req.param('education'));
    const entry = Number.isInteger(index) ? (row.payload as Application).education[index] : undefined;
    if (!entry || entry.level === 'cda') return apiError(c, 404, 'not_found', 'The application has no degree with this number.');
    const body = await readBody(c, stateBody);
    if (!body.ok) return body.response;
    if (body.value.state === 'copy_uploaded' && !entry.transcriptCopy)
      return issues(c, [{ path: ['state'], code: 'no_copy', message: 'No copy of this transcript is attached.' }]);
    await setTranscriptState(db, row.id, index, body.value.state, c.get('coordinator').email);
    await audit(db, row, c.get('coordinator').email, 'transcript_recorded', { education: index, state: body.value.state });
    return c.json({ ok: true } satisfies Done);
  });

  return routes;
}

/** The file's name for the plain `filename` parameter: ASCII letters, digits and a few marks only. */
const asciiName = (name: string) => name.replace(/[^A-Za-z0-9._ -]/g, '_') || 'document';
