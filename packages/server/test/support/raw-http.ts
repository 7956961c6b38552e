// Bytes on a socket, for requests no HTTP client would send (bad request lines, repeated headers,
// slow bodies): resolves to the status line and body the server answered, or how the socket ended.
import { connect } from 'node:net';

export interface RawAnswer {
  status: number | undefined;
  head: string;
  body: string;
}

export function rawRequest(port: number, chunks: (string | Buffer)[], options: { pauseBeforeLastMs?: number } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    socket.on('close', () => {
      const [head = '', ...body] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      resolve({ status: Number.isNaN(status) ? undefined : status, head, body: body.join('\r\n\r\n') });
    });
    socket.on('connect', () => {
      const last = chunks.length - 1;
      chunks.slice(0, last).forEach((chunk) => socket.write(chunk));
      // A pause makes a slow client: the last part comes after the server's request timeout.
      if (options.pauseBeforeLastMs) setTimeout(() => !socket.destroyed && socket.write(chunks[last] ?? ''), options.pauseBeforeLastMs);
      else socket.write(chunks[last] ?? '');
    });
  });
}
