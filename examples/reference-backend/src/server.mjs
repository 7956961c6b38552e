// A reference receiver for the backend contract (docs/backend.md): what a host's developer builds.
// Plain node:http, the SDK's own validators, submissions kept in memory (swap `records` for a
// database). It logs method, path and status only: never a payload, a name or an email.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { programs, validateApplication, validateRegistration } from '@endorsement-kit/sdk';

const KNOWN_PROGRAMS = { alliance: programs.alliance, 'first5-alabama': programs.first5Alabama };
const MAX_BODY = 2 * 1024 * 1024;

/**
 * @param {{ programs?: Record<string, import('@endorsement-kit/sdk').Program>, allowOrigin?: string, log?: (line: string) => void }} [options]
 */
export function createReferenceBackend(options = {}) {
  const known = options.programs ?? KNOWN_PROGRAMS;
  const allowOrigin = options.allowOrigin ?? '*';
  const log = options.log ?? (() => {});
  /** receipts by id, and by "kind:idempotency-key" with the body they answered */
  const receipts = new Map();
  const byKey = new Map();
  const records = new Map();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, body) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'access-control-allow-origin': allowOrigin,
        'access-control-allow-headers': 'content-type, idempotency-key, authorization',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
      });
      res.end(body === undefined ? '' : JSON.stringify(body));
      log(`${req.method} ${url.pathname} ${status}`);
    };
    try {
      if (req.method === 'OPTIONS') return send(204);
      const status = url.pathname.match(/^\/applications\/([^/]+)$/);
      if (req.method === 'GET' && status) {
        const receipt = receipts.get(decodeURIComponent(status[1]));
        return receipt ? send(200, receipt) : send(404, { error: 'not_found', message: 'No application has this id.' });
      }
      const kind = url.pathname === '/registrations' ? 'registration' : url.pathname === '/applications' ? 'application' : undefined;
      if (!kind) return send(404, { error: 'not_found', message: 'Unknown endpoint.' });
      if (req.method !== 'POST') return send(405, { error: 'method_not_allowed', message: 'Use POST.' });

      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || key.length < 8 || key.length > 255) {
        return send(400, { error: 'idempotency_key_required', message: 'Send an Idempotency-Key header (8 to 255 characters).' });
      }
      const raw = await readBody(req);
      if (raw === undefined) return send(413, { error: 'too_large', message: 'The body is larger than 2 MB.' });
      let payload;
      try {
        payload = JSON.parse(raw);
      } catch {
        return send(400, { error: 'invalid_json', message: 'The body is not JSON.' });
      }

      const seen = byKey.get(`${kind}:${key}`);
      if (seen) {
        return seen.body === raw
          ? send(200, seen.receipt)
          : send(409, { error: 'idempotency_key_reused', message: 'This Idempotency-Key was used for a different body.' });
      }

      const program = payload && typeof payload === 'object' ? known[payload.program] : undefined;
      if (!program) {
        return send(422, { issues: [{ path: ['program'], code: 'unknown_program', message: 'This backend does not receive applications for that program.' }] });
      }
      const result = kind === 'registration' ? validateRegistration(program, payload) : validateApplication(program, payload);
      if (!result.ok) return send(422, { issues: result.issues });

      const receipt = { id: randomUUID(), receivedAt: new Date().toISOString(), status: kind === 'registration' ? 'registered' : 'received' };
      receipts.set(receipt.id, receipt);
      records.set(receipt.id, { kind, payload: result.value });
      byKey.set(`${kind}:${key}`, { body: raw, receipt });
      return send(201, receipt);
    } catch {
      return send(500, { error: 'internal', message: 'Something went wrong on our side; try again.' });
    }
  });

  return { server, records };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
