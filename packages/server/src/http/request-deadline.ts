import type { IncomingMessage, ServerResponse } from 'node:http';

// Written on the socket, as Node's own `requestTimeout` does, with the receiver's error body.
const TIMEOUT_BODY = JSON.stringify({ error: 'request_timeout', message: 'The request did not arrive whole in time. Send it again.' });
const TIMEOUT_ANSWER =
  'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n' +
  `Content-Length: ${Buffer.byteLength(TIMEOUT_BODY)}\r\n\r\n${TIMEOUT_BODY}`;

// File uploads may take as long as they keep moving: at 1 Mbit/s a 10 MB file needs about 80 s.
const UPLOADS = [/^PUT \/api\/uploads\/[^/?#]+\/documents\/[^/?#]+(?:\?|$)/];

/** Bytes an upload must bring in every `UPLOAD_IDLE_TIMEOUT_MS` (16 KiB: about 4 kbit/s over 30 s). */
export const UPLOAD_MIN_PROGRESS_BYTES = 16 * 1024;

/** Whether a request is a file upload, held to a pace rather than to a whole-request limit. */
export function isUpload(method: string | undefined, url: string | undefined): boolean {
  const line = `${method ?? ''} ${url ?? ''}`;
  return UPLOADS.some((pattern) => pattern.test(line));
}

/** How long requests may take (`startServer` turns Node's server-wide `requestTimeout` off for this). */
export interface RequestDeadlines {
  /** Every request but an upload must arrive whole in this time. */
  requestTimeoutMs: number;
  /** An upload must bring `uploadMinBytes` in every such span. */
  uploadIdleTimeoutMs: number;
  /** @default {@link UPLOAD_MIN_PROGRESS_BYTES} */
  uploadMinBytes?: number;
}

/**
 * A `request` listener that gives each request but a file upload `requestTimeoutMs` to arrive
 * whole, and an upload as long as it brings `uploadMinBytes` every `uploadIdleTimeoutMs`. A body
 * that misses its limit is answered with a 408 and a JSON error body when nothing was answered yet
 * (as Node's own `requestTimeout` does, which has no body: a reader of the body sees it end early, so a half-read upload leaves no
 * file), and its connection is closed.
 * @example http.on('request', requestDeadline({ requestTimeoutMs: 30_000, uploadIdleTimeoutMs: 30_000 }));
 */
export function requestDeadline(deadlines: RequestDeadlines) {
  const minBytes = deadlines.uploadMinBytes ?? UPLOAD_MIN_PROGRESS_BYTES;
  return (request: IncomingMessage, response: ServerResponse): void => {
    const socket = request.socket;
    const cut = () => {
      if (!response.headersSent) socket.write(TIMEOUT_ANSWER);
      socket.destroy();
    };
    let timer: NodeJS.Timeout;
    if (isUpload(request.method, request.url)) {
      let seen = socket.bytesRead;
      timer = setInterval(() => {
        if (request.complete || socket.destroyed) return clearInterval(timer);
        if (socket.bytesRead - seen < minBytes) return cut();
        seen = socket.bytesRead;
      }, deadlines.uploadIdleTimeoutMs);
    } else {
      timer = setTimeout(() => !request.complete && !socket.destroyed && cut(), deadlines.requestTimeoutMs);
    }
    timer.unref();
    // A request that arrived whole and was answered needs no watching; one whose body is still
    // coming (Node reads and drops what the app left unread) still does.
    response.once('close', () => (request.complete || socket.destroyed) && clearTimeout(timer));
  };
}
