// The shared fake of the receiver's upload routes (msw v2): POST /uploads opens a session, PUT
// /uploads/{session}/documents/{id} keeps the bytes (the same id again answers the same), DELETE
// removes them. `next` scripts the next PUT: a dropped connection, or one that hangs until `release()`.
import { http, HttpResponse } from 'msw';
import type { DocumentReceipt, UploadSession } from '@endorsement-kit/sdk';

export interface DocumentReceiver {
  handlers: ReturnType<typeof http.put>[];
  /** The files received, by document id. */
  files: Map<string, { kind: string; name: string; bytes: Uint8Array }>;
  removed: string[];
  /** What the next PUT does: `network` (the connection drops) or `hang` (no answer until `release`). */
  next: 'network' | 'hang' | undefined;
  release(): void;
  reset(): void;
}

export function createDocumentReceiver(baseUrl = 'https://receiver.test/api'): DocumentReceiver {
  let releases: (() => void)[] = [];
  const receiver: DocumentReceiver = {
    files: new Map(),
    removed: [],
    next: undefined,
    release() {
      for (const release of releases) release();
      releases = [];
    },
    reset() {
      receiver.files.clear();
      receiver.removed = [];
      receiver.next = undefined;
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
        receiver.files.set(id, { kind, name: decodeURIComponent(request.headers.get('endorsement-document-name') ?? ''), bytes });
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const receipt: DocumentReceipt = {
          id,
          kind: kind as DocumentReceipt['kind'],
          type: 'pdf',
          size: bytes.length,
          sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
          scan: 'unscanned',
        };
        return HttpResponse.json(receipt, { status: 201 });
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
