import { DocumentError, NetworkError } from '../errors/index.js';
import {
  DOCUMENT_KIND_HEADER,
  DOCUMENT_NAME_HEADER,
  UPLOAD_OFFSET_HEADER,
  UPLOAD_TOKEN_HEADER,
  type DocumentKind,
  type DocumentReceipt,
  type UploadOffset,
  type UploadSession,
} from '../schema/document-wire.js';

/** One file to send. */
export interface DocumentUpload {
  /** The id the draft chose for it (`crypto.randomUUID()`): sending it again is the same file. */
  id: string;
  kind: DocumentKind;
  name: string;
  bytes: Blob | Uint8Array;
  /**
   * An earlier attempt may have been cut off: ask the receiver how many bytes it kept, and send
   * only the rest (`PATCH` from `Upload-Offset`). Without it, the whole file goes (`PUT`).
   */
  resume?: boolean;
  /** Called as the bytes go out (browsers: XMLHttpRequest's upload progress), counting those the receiver had. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The receiver's upload routes (docs/documents.md) for one program, as a draft uses them.
 * @example
 * const files = documentClient({ baseUrl: 'https://receiver.example.org/api' });
 * const session = await files.openSession('alliance');
 * await files.upload(session, { id: crypto.randomUUID(), kind: 'resume', name: 'cv.pdf', bytes: file });
 */
export interface DocumentClient {
  openSession(program: string): Promise<UploadSession>;
  /**
   * Resolves with the receiver's receipt; a refusal is a `DocumentError`, no answer a
   * `NetworkError`. With `resume`, only the bytes the receiver lacks are sent.
   */
  upload(session: UploadSession, file: DocumentUpload): Promise<DocumentReceipt>;
  remove(session: UploadSession, id: string): Promise<void>;
}

interface Answer {
  status: number;
  body: unknown;
}

/** A client of the receiver's `/uploads` routes under `baseUrl` (the REST backend's). */
export function documentClient(options: { baseUrl: string }): DocumentClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const refuse = (answer: Answer): never => {
    const body = (answer.body ?? {}) as { error?: unknown; message?: unknown };
    throw new DocumentError(typeof body.message === 'string' ? body.message : `The receiver answered ${answer.status}`, {
      code: typeof body.error === 'string' ? body.error : String(answer.status),
      status: answer.status,
    });
  };
  const call = async (method: string, url: string, headers: Record<string, string>, body?: BodyInit): Promise<Answer> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { Accept: 'application/json', ...headers },
        body: body ?? null,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (cause) {
      throw new NetworkError('The receiver could not be reached', { cause });
    }
    return { status: response.status, body: await response.json().catch(() => undefined) };
  };
  return {
    async openSession(program) {
      const answer = await call('POST', `${base}/uploads`, { 'Content-Type': 'application/json' }, JSON.stringify({ program }));
      return answer.status === 201 ? (answer.body as UploadSession) : refuse(answer);
    },
    async upload(session, file) {
      const url = `${base}/uploads/${encodeURIComponent(session.id)}/documents/${encodeURIComponent(file.id)}`;
      const token = { [UPLOAD_TOKEN_HEADER]: session.token };
      const whole = file.bytes instanceof Uint8Array ? new Blob([file.bytes as Uint8Array<ArrayBuffer>]) : file.bytes;
      let from = 0;
      if (file.resume) {
        const kept = await call('GET', url, token);
        const where = kept.body as Partial<UploadOffset> | undefined;
        // Kept bytes of this very file (same length); anything else starts over.
        if (kept.status === 200 && where?.length === whole.size && Number.isSafeInteger(where.offset)) from = where.offset!;
        else if (kept.status !== 404) refuse(kept);
      }
      const headers: Record<string, string> = from
        ? { ...token, [UPLOAD_OFFSET_HEADER]: String(from) }
        : {
            ...token,
            [DOCUMENT_KIND_HEADER]: file.kind,
            [DOCUMENT_NAME_HEADER]: encodeURIComponent(file.name),
          };
      headers['Content-Type'] = 'application/octet-stream';
      const method = from ? 'PATCH' : 'PUT';
      const body = from ? whole.slice(from) : whole;
      const progress = { ...file, onProgress: (sent: number) => file.onProgress?.(from + sent, whole.size) };
      file.onProgress?.(from, whole.size);
      const answer =
        typeof XMLHttpRequest === 'undefined' ? await call(method, url, headers, body) : await send(method, url, headers, body, progress);
      // Not whole yet, or another request moved the offset first: not a refusal; trying again continues.
      if (answer.status === 204 || (answer.body as { error?: unknown } | undefined)?.error === 'offset_mismatch')
        throw new NetworkError('The file did not arrive whole');
      return answer.status === 200 || answer.status === 201 ? (answer.body as DocumentReceipt) : refuse(answer);
    },
    async remove(session, id) {
      const url = `${base}/uploads/${encodeURIComponent(session.id)}/documents/${encodeURIComponent(id)}`;
      const answer = await call('DELETE', url, { [UPLOAD_TOKEN_HEADER]: session.token });
      // Already gone is what was asked for.
      if (answer.status !== 200 && answer.status !== 404) refuse(answer);
    },
  };
}

/** A PUT or PATCH through XMLHttpRequest: fetch reports no upload progress. */
function send(method: string, url: string, headers: Record<string, string>, body: Blob, file: DocumentUpload): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.responseType = 'text';
    request.upload.onprogress = (event) => file.onProgress?.(event.loaded, event.total || body.size);
    request.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.responseText);
      } catch {
        parsed = undefined;
      }
      resolve({ status: request.status, body: parsed });
    };
    const failed = () => reject(new NetworkError('The receiver could not be reached'));
    request.onerror = failed;
    request.ontimeout = failed;
    request.onabort = failed;
    file.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}
