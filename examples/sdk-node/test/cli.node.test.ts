// Runs the CLI as a child process against the BUILT SDK (`pnpm build` first; the root `pnpm test`
// does), and, for submission, against a small real receiver on a local port (msw cannot reach
// into a child process).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const cli = join(here, 'src/cli.mjs');
const sample = join(here, 'sample-application.json');

function run(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    // A plain `node`, without the test runner's `source` condition: the built package is used.
    execFile(process.execPath, [cli, ...args], { cwd: here, env: { ...process.env, NODE_OPTIONS: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr });
    });
  });
}

/** A receiver per docs/backend.md: one record per Idempotency-Key; `answer` overrides the next reply. */
const received: { key: string | undefined; body: unknown }[] = [];
let answer: { status: number; body: unknown } | undefined;
let server: Server;
let url = '';
const readBody = async (req: IncomingMessage) => {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return JSON.parse(text) as unknown;
};

before(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const key = req.headers['idempotency-key'];
    received.push({ key: typeof key === 'string' ? key : undefined, body });
    const reply = answer ?? { status: 201, body: { id: `APP-${received.length}`, receivedAt: '2026-03-04T15:20:11Z', status: 'received' } };
    answer = undefined;
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(() => server.close());

async function variant(change: (application: Record<string, unknown>) => void) {
  const application = JSON.parse(await readFile(sample, 'utf8')) as Record<string, unknown>;
  change(application);
  const file = join(await mkdtemp(join(tmpdir(), 'sdk-node-')), 'application.json');
  await writeFile(file, JSON.stringify(application));
  return file;
}

test('the sample: requirement progress, valid, nothing sent without --url', async () => {
  const { code, out } = await run(sample, '--as-of', '2025-09-01');
  assert.equal(code, 0, out);
  assert.match(out, /First 5 Alabama/);
  assert.match(out, /Requirements for IFS as of 2025-09-01: \d+ of \d+ met/);
  assert.match(out, /\[ \] .*RSC/);
  assert.match(out, /Validation: the application is valid/);
  assert.match(out, /Nothing sent/);
});

test('--dry-run in Spanish checks without sending', async () => {
  const { code, out } = await run(sample, '--dry-run', '--locale', 'es');
  assert.equal(code, 0, out);
  assert.match(out, /Dry run: nothing sent/);
  assert.equal(received.length, 0);
});

test('clear messages for a missing file, bad JSON, a bad option and an unknown program', async () => {
  const missing = await run('nope.json');
  assert.equal(missing.code, 2);
  assert.match(missing.out, /No such file: nope\.json/);
  const broken = join(await mkdtemp(join(tmpdir(), 'sdk-node-')), 'broken.json');
  await writeFile(broken, '{ "category": ');
  const bad = await run(broken);
  assert.equal(bad.code, 2);
  assert.match(bad.out, /is not an application JSON object/);
  assert.match((await run(sample, '--as-of', 'yesterday')).out, /--as-of must be a date/);
  assert.match((await run(sample, '--program', 'atlantis')).out, /Unknown program "atlantis"\. Known: alliance, first5-alabama/);
});

test('an invalid application lists its issues by field and is not sent', async () => {
  const file = await variant((a) => ((a['applicant'] as Record<string, unknown>)['email'] = 'not-an-email'));
  const { code, out } = await run(file, '--url', url);
  assert.equal(code, 1, out);
  assert.match(out, /applicant\.email: /);
  assert.equal(received.length, 0);
});

test('--url submits once with an Idempotency-Key and prints the receipt', async () => {
  const { code, out } = await run(sample, '--url', url);
  assert.equal(code, 0, out);
  assert.match(out, /Your reference is APP-1/);
  assert.equal(received.length, 1);
  assert.match(received[0]!.key ?? '', /^[0-9a-f-]{36}$/);
  assert.equal((received[0]!.body as { program: string }).program, 'first5-alabama');
});

test('a 422 from the receiver prints its issues; an unreachable receiver says so', async () => {
  answer = { status: 422, body: { issues: [{ path: ['references'], message: 'Three references are required' }] } };
  const refused = await run(sample, '--url', url);
  assert.equal(refused.code, 1, refused.out);
  assert.match(refused.out, /references: Three references are required/);

  const unreachable = await run(sample, '--url', 'http://127.0.0.1:9', '--retry', '0', '--timeout', '2000');
  assert.equal(unreachable.code, 3, unreachable.out);
  assert.match(unreachable.out, /could not be reached/);
});
