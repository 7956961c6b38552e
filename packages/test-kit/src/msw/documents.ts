// The shared fake of the receiver's upload routes (msw v2): POST /uploads opens a session, PUT
// /uploads/{session}/documents/{id} keeps the bytes (the same id again answers the same), DELETE
// removes them. `next` scripts the next PUT: a dropped connection, one that hangs until `release()`,
// or one cut off after `cutAfter` bytes (which it keeps, as the receiver does: GET says how many,
// PATCH with Upload-Offset sends the rest).
import { http, HttpResponse } from 'msw';
import type { DocumentReceipt, UploadSession } from '@endorsement-kit/sdk';

export interface DocumentReceiver {
  handlers: ReturnType<typeof http.put>[];
  /** The files received, by document id. */
  files: Map<string, { kind: string; name: string; bytes: Uint8Array }>;
  removed: string[];
  /**
   * What the next PUT does: `network` (the connection drops), `hang` (no answer until `release`),
   * or `cut` (the connection drops after `cutAfter` bytes, which the receiver keeps).
   */
  next: 'network' | 'hang' | 'cut' | undefined;
  cutAfter: number;
  /** Every upload request that reached the receiver: its method, `Upload-Offset` and the bytes it carried. */
  requests: { method: string; offset: number; size: number }[];
  release(): void;
  reset(): void;
}

export function createDocumentReceiver(baseUrl = 'https://receiver.test/api'): DocumentReceiver {
  let releases: (() => void)[] = [];
  const parts = new Map<string, { kind: string; name: string; length: number; bytes: Uint8Array }>();
  const store = async (id: string, kind: string, name: string, bytes: Uint8Array) => {
    receiver.files.set(id, { kind, name, bytes });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    const receipt: DocumentReceipt = {
      id,
      kind: kind as DocumentReceipt['kind'],
      type: 'pdf',
      size: bytes.length,
      sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
      scan: 'unscanned',
    };
    return HttpResponse.json(receipt, { status: 201 });
  };
  const receiver: DocumentReceiver = {
    files: new Map(),
    removed: [],
    next: undefined,
    cutAfter: 0,
    requests: [],
    release() {
      for (const release of releases) release();
      releases = [];
    },
    reset() {
      receiver.files.clear();
      receiver.removed = [];
      receiver.next = undefined;
      receiver.requests = [];
      parts.clear();
      receiver.release();
    },
    handlers: [
      http.post(`${baseUrl}/uploads`, () =>
        HttpResponse.json(
          {
            id: crypto.randomUUID(),
            token: 'upload-token',
            maxFileBytes: 10_485_760,
            maxFiles: 20,
            types: ['pdf', 'jpeg', 'png', 'docx'],
          } satisfies UploadSession,
          { status: 201 },
        ),
      ),
      http.put(`${baseUrl}/uploads/:session/documents/:id`, async ({ request, params }) => {
        const script = receiver.next;
        receiver.next = undefined;
        if (script === 'network') return HttpResponse.error();
        if (script === 'hang') await new Promise<void>((resolve) => releases.push(resolve));
        if (request.headers.get('endorsement-upload-token') !== 'upload-token')
          return HttpResponse.json({ error: 'access_denied', message: 'No.' }, { status: 403 });
        const bytes = new Uint8Array(await request.arrayBuffer());
        const id = String(params.id);
        const kind = request.headers.get('endorsement-document-kind') ?? '';
        const name = decodeURIComponent(request.headers.get('endorsement-document-name') ?? '');
        receiver.requests.push({ method: 'PUT', offset: 0, size: bytes.length });
        if (script === 'cut') {
          parts.set(id, { kind, name, length: bytes.length, bytes: bytes.slice(0, receiver.cutAfter) });
          return HttpResponse.error();
        }
        parts.delete(id);
        return store(id, kind, name, bytes);
      }),
      http.get(`${baseUrl}/uploads/:session/documents/:id`, ({ params }) => {
        const id = String(params.id);
        const whole = receiver.files.get(id);
        const part = parts.get(id);
        const where = whole
          ? { offset: whole.bytes.length, length: whole.bytes.length }
          : part && { offset: part.bytes.length, length: part.length };
        return where
          ? HttpResponse.json(where, { headers: { 'Upload-Offset': String(where.offset) } })
          : HttpResponse.json({ error: 'not_found', message: 'No such file.' }, { status: 404 });
      }),
      http.patch(`${baseUrl}/uploads/:session/documents/:id`, async ({ request, params }) => {
        const id = String(params.id);
        const part = parts.get(id);
        const offset = Number(request.headers.get('upload-offset'));
        const bytes = new Uint8Array(await request.arrayBuffer());
        receiver.requests.push({ method: 'PATCH', offset, size: bytes.length });
        // `hang` holds a continuation too (once its bytes arrived).
        if (receiver.next === 'hang') {
          receiver.next = undefined;
          await new Promise<void>((resolve) => releases.push(resolve));
        }
        if (!part) return HttpResponse.json({ error: 'not_found', message: 'No such file.' }, { status: 404 });
        if (offset !== part.bytes.length) return HttpResponse.json({ error: 'offset_mismatch', message: 'No.' }, { status: 409 });
        const joined = new Uint8Array(offset + bytes.length);
        joined.set(part.bytes);
        joined.set(bytes, offset);
        if (joined.length > part.length) return HttpResponse.json({ error: 'too_large', message: 'No.' }, { status: 413 });
        if (joined.length < part.length) {
          part.bytes = joined;
          return new HttpResponse(null, { status: 204, headers: { 'Upload-Offset': String(joined.length) } });
        }
        parts.delete(id);
        return store(id, part.kind, part.name, joined);
      }),
      http.delete(`${baseUrl}/uploads/:session/documents/:id`, ({ params }) => {
        receiver.removed.push(String(params.id));
        receiver.files.delete(String(params.id));
        return HttpResponse.json({ ok: true });
      }),
    ],
  };
  return receiver;
}
