import { DocumentError, NetworkError } from '../errors/index.js';
import {
  DOCUMENT_KIND_HEADER,
  DOCUMENT_NAME_HEADER,
  UPLOAD_TOKEN_HEADER,
  type DocumentKind,
  type DocumentReceipt,
  type UploadSession,
} from '../schema/document-wire.js';

/** One file to send. */
export interface DocumentUpload {
  /** The id the draft chose for it (`crypto.randomUUID()`): sending it again is the same file. */
  id: string;
  kind: DocumentKind;
  name: string;
  bytes: Blob | Uint8Array;
  /** Called as the bytes go out (browsers: XMLHttpRequest's upload progress). */
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
  /** Resolves with the receiver's receipt; a refusal is a `DocumentError`, no answer a `NetworkError`. */
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
      const headers = {
        [UPLOAD_TOKEN_HEADER]: session.token,
        [DOCUMENT_KIND_HEADER]: file.kind,
        [DOCUMENT_NAME_HEADER]: encodeURIComponent(file.name),
        'Content-Type': 'application/octet-stream',
      };
      const body = file.bytes instanceof Uint8Array ? new Blob([file.bytes as Uint8Array<ArrayBuffer>]) : file.bytes;
      const answer = typeof XMLHttpRequest === 'undefined' ? await call('PUT', url, headers, body) : await send(url, headers, body, file);
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

/** A PUT through XMLHttpRequest: fetch reports no upload progress. */
function send(url: string, headers: Record<string, string>, body: Blob, file: DocumentUpload): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
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
