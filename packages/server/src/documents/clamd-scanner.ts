import { open } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { ScannerUnavailableError, type Scanner, type ScanVerdict } from './scanner.js';

const CHUNK = 64 * 1024;

/**
 * ClamAV's daemon over its socket: `address` is `host:port` (TCP) or the path of its local socket
 * (`/run/clamav/clamd.ctl`). Each file is sent with INSTREAM, so clamd needs no access to the
 * server's folders; its `StreamMaxLength` (25 MB by default) must exceed the largest file.
 * @example const scanner = clamdScanner('127.0.0.1:3310');
 */
export function clamdScanner(address: string, timeoutMs = 60_000): Scanner {
  const tcp = /^(.+):(\d+)$/.exec(address);
  const connectTo = (): Socket =>
    tcp && !address.startsWith('/') ? connect({ host: tcp[1]!.replace(/^\[|\]$/g, ''), port: Number(tcp[2]) }) : connect({ path: address });
  return {
    name: 'clamd',
    async scan(path) {
      const file = await open(path, 'r');
      const socket = connectTo();
      socket.setTimeout(timeoutMs);
      try {
        const reply = new Promise<string>((resolve, reject) => {
          let text = '';
          socket.on('data', (data) => {
            text += data.toString('utf8');
            if (text.includes('\0')) resolve(text.slice(0, text.indexOf('\0')));
          });
          socket.on('end', () => resolve(text));
          socket.on('timeout', () => reject(new ScannerUnavailableError('clamd did not answer in time')));
          socket.on('error', (error) => reject(new ScannerUnavailableError('clamd cannot be reached', { cause: error })));
        });
        reply.catch(() => {});
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('error', (error) => reject(new ScannerUnavailableError('clamd cannot be reached', { cause: error })));
        });
        await write(socket, Buffer.from('zINSTREAM\0'));
        const buffer = Buffer.alloc(CHUNK);
        for (;;) {
          const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
          if (bytesRead === 0) break;
          const length = Buffer.alloc(4);
          length.writeUInt32BE(bytesRead);
          await write(socket, Buffer.concat([length, buffer.subarray(0, bytesRead)]));
        }
        await write(socket, Buffer.alloc(4));
        return verdict(await reply);
      } finally {
        socket.destroy();
        await file.close();
      }
    },
  };
}

function write(socket: Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    socket.write(data, (error) =>
      error ? reject(new ScannerUnavailableError('clamd closed the connection', { cause: error })) : resolve(),
    ),
  );
}

/** `stream: OK`, `stream: Name FOUND`, or an error line (`INSTREAM size limit exceeded. ERROR`). */
function verdict(reply: string): ScanVerdict {
  const found = /^stream: (.+) FOUND$/.exec(reply.trim());
  if (found) return { clean: false, signature: found[1]! };
  if (/^stream: OK$/.test(reply.trim())) return { clean: true };
  throw new ScannerUnavailableError(`clamd could not scan the file (${reply.trim().slice(0, 80) || 'no answer'})`);
}
