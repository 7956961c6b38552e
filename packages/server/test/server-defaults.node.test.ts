// Each default is stated once in code (config/server-defaults.ts); the docs may repeat them, and
// this test holds them to it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readServerEnv, SERVER_DEFAULTS } from '../src/index.js';

const doc = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

// The settings table's variables, and the default each names (`none`: unset, not a value).
const SETTINGS: Record<string, keyof typeof SERVER_DEFAULTS | 'none' | 'origin'> = {
  PORT: 'port',
  HOST: 'host',
  DATA_DIR: 'dataDir',
  DATABASE_URL: 'none',
  SMTP_URL: 'none',
  MAIL_FROM: 'mailFrom',
  PUBLIC_URL: 'origin',
  PROGRAMS: 'programs',
  RATE_LIMIT: 'rateLimit',
  MAX_BODY_BYTES: 'maxBodyBytes',
  REQUEST_TIMEOUT_MS: 'requestTimeoutMs',
  UPLOAD_IDLE_TIMEOUT_MS: 'uploadIdleTimeoutMs',
  TRUST_PROXY: 'trustProxy',
  MAIL_LEASE_SECONDS: 'mailLeaseSeconds',
  WORKERS: 'workers',
  STRIPE_API_URL: 'none',
  CLAMD_ADDRESS: 'none',
  DOCUMENTS_S3_BUCKET: 'none',
  DOCUMENTS_S3_ENDPOINT: 'none',
  DOCUMENTS_S3_REGION: 'documentsS3Region',
  DOCUMENTS_S3_PATH_STYLE: 'documentsS3PathStyle',
  DOCUMENTS_S3_PREFIX: 'none',
};

describe("the server's defaults", () => {
  it("docs/server.md's settings table states each default as the code has it, and lists every setting", () => {
    const rows = [...doc('server.md').matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map(
      ([, name, stated]) => [name!, stated!.trim()] as const,
    );
    assert.deepEqual(rows.map(([name]) => name).sort(), Object.keys(SETTINGS).sort());
    for (const [name, stated] of rows) {
      const key = SETTINGS[name]!;
      const expected = key === 'none' ? 'none' : key === 'origin' ? "the request's own origin" : `\`${SERVER_DEFAULTS[key]}\``;
      assert.equal(stated, expected, `${name} in docs/server.md`);
    }
  });

  it('docs/server.md gives the default URL the server prints', () => {
    assert.ok(doc('server.md').includes(`(\`http://${SERVER_DEFAULTS.host}:${SERVER_DEFAULTS.port}/\` by default)`));
  });

  it("docs/coordinators.md states the session's and the set-password link's lifetimes", () => {
    const text = doc('coordinators.md');
    assert.match(text, new RegExp(`works once, for ${SERVER_DEFAULTS.setPasswordHours} hours`));
    assert.match(text, new RegExp(`Sessions\\*\\* last ${SERVER_DEFAULTS.sessionHours} hours`));
  });

  it('are what the environment reader gives when nothing is set', async () => {
    const { listen, options } = await readServerEnv({});
    assert.deepEqual(listen, { port: SERVER_DEFAULTS.port, host: SERVER_DEFAULTS.host, workers: SERVER_DEFAULTS.workers });
    assert.deepEqual(options.programs.map((entry) => entry.program.id).join(','), SERVER_DEFAULTS.programs);
    const { programs: _, ...rest } = options;
    assert.deepEqual(rest, {
      databaseUrl: undefined,
      dataDir: SERVER_DEFAULTS.dataDir,
      smtpUrl: undefined,
      mailFrom: undefined,
      publicUrl: undefined,
      rateLimit: SERVER_DEFAULTS.rateLimit,
      maxBodyBytes: SERVER_DEFAULTS.maxBodyBytes,
      requestTimeoutMs: SERVER_DEFAULTS.requestTimeoutMs,
      uploadIdleTimeoutMs: SERVER_DEFAULTS.uploadIdleTimeoutMs,
      trustProxy: SERVER_DEFAULTS.trustProxy,
      mailLeaseSeconds: SERVER_DEFAULTS.mailLeaseSeconds,
    });
  });
});
