// For @web/test-runner: `/api/*` on the test pages' own origin goes to a real endorsement-kit
// server (PGlite in a temporary folder), started with the test runner (PGlite's first start takes
// seconds, which a test's first request should not wait for). Tests that post to a
// backend "for real" use `endpoint="/api"`; tests that need faults keep msw, which answers first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import { loadPrograms, startServer } from '@endorsement-kit/server';

let running;
// The mails the server sends, caught by a real SMTP server (the server package's test
// dependencies): a browser test reads a rater's link from them at /__test/mails (test runner only).
const mails = [];

async function catchMails() {
  const require = createRequire(new URL('../packages/server/package.json', import.meta.url));
  const { SMTPServer } = require('smtp-server');
  const { simpleParser } = require('mailparser');
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({ to: mail.to?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  smtp.on('error', () => {});
  await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.once('exit', () => smtp.close());
  return `smtp://127.0.0.1:${smtp.server.address().port}`;
}

function realServer() {
  running ??= (async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ek-wtr-server-'));
    process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    const server = await startServer(
      { port: 0, host: '127.0.0.1' },
      {
        // First 5 Alabama here lets an application in before its ratings (a program's choice,
        // `references.submitBeforeRatings`), so the SDK's and the element's round trips run without
        // three raters; the ratings-first rule is tested in references.node.test.ts and
        // reference-requests.browser.test.ts.
        programs: (await loadPrograms('alliance,first5-alabama')).map((entry) =>
          entry.program.id === 'first5-alabama'
            ? {
                ...entry,
                program: Object.freeze({ ...entry.program, references: { ...entry.program.references, submitBeforeRatings: true } }),
              }
            : entry,
        ),
        dataDir,
        rateLimit: 100_000,
        log: () => {},
        smtpUrl: await catchMails(),
        publicUrl: 'https://endorsement.test',
      },
    );
    return server;
  })();
  return running;
}

// Headers a proxy does not pass on. `origin` is dropped as a same-origin reverse proxy would make
// it match: the page and /api share wtr's origin, which the server does not know as its own.
const HOP = new Set(['host', 'connection', 'origin', 'content-length', 'transfer-encoding', 'keep-alive']);

export function realServerMiddleware() {
  return async function proxyApi(context, next) {
    if (context.path === '/__test/mails') {
      context.type = 'application/json';
      context.body = JSON.stringify(mails);
      return;
    }
    if (!context.path.startsWith('/api/')) return next();
    const server = await realServer();
    const headers = Object.fromEntries(Object.entries(context.request.headers).filter(([name]) => !HOP.has(name)));
    const hasBody = context.method !== 'GET' && context.method !== 'HEAD';
    const response = await fetch(new URL(context.url.slice(1), server.url), {
      method: context.method,
      headers,
      ...(hasBody ? { body: Readable.toWeb(context.req), duplex: 'half' } : {}),
    });
    context.status = response.status;
    response.headers.forEach((value, name) => {
      if (!HOP.has(name) && name !== 'content-encoding') context.set(name, value);
    });
    context.body = Buffer.from(await response.arrayBuffer());
  };
}

export async function startRealServer() {
  await realServer();
}

export async function stopRealServer() {
  if (running) await (await running).close();
}
