import { availableParallelism } from 'node:os';
import { readDocumentEnv } from '../documents/read-document-env.js';
import { loadPrograms } from './load-programs.js';
import { ServerConfigError } from './server-config-error.js';
import { SERVER_DEFAULTS } from './server-defaults.js';
import type { ServerOptions } from './server-options.js';
import { readStripeAccounts } from '../fees/stripe-accounts.js';
import { checkRenewalFeeConfig } from '../fees/renewal-fee-config.js';

/** The port and host to listen on, besides `ServerOptions`. */
export interface ListenOptions {
  /** @default {@link SERVER_DEFAULTS.port} */
  port: number;
  /** @default {@link SERVER_DEFAULTS.host} (use `0.0.0.0` in a container) */
  host: string;
  /**
   * How many server processes `endorsement-kit-server` runs on this port (`WORKERS`, 1 to 64, or
   * `auto`: one per core the process may use). More than 1 needs a Postgres server
   * (`databaseUrl`). `startServer` listens in the one process it is called in and ignores it.
   * @default {@link SERVER_DEFAULTS.workers}
   */
  workers?: number;
}

const MAX_WORKERS = 64;

/**
 * Reads the server's settings from environment variables (docs/server.md lists them): `PORT`,
 * `HOST`, `DATA_DIR`, `DATABASE_URL`, `SMTP_URL`, `MAIL_FROM`, `PROGRAMS`, `PUBLIC_URL`,
 * `RATE_LIMIT`, `MAX_BODY_BYTES`, `REQUEST_TIMEOUT_MS`, `UPLOAD_IDLE_TIMEOUT_MS`, `TRUST_PROXY`, `MAIL_LEASE_SECONDS`, `WORKERS`, the
 * `STRIPE_*` keys of programs paid through Stripe, and the documents' `CLAMD_ADDRESS` and `DOCUMENTS_S3_*`. A bad
 * value throws a `ServerConfigError` naming it, and so does `WORKERS` above 1 without `DATABASE_URL`.
 * @example const { listen, options } = await readServerEnv(process.env);
 */
export async function readServerEnv(env: NodeJS.ProcessEnv = process.env): Promise<{ listen: ListenOptions; options: ServerOptions }> {
  const port = integer(env, 'PORT', SERVER_DEFAULTS.port, 0, 65535);
  const host = env.HOST || SERVER_DEFAULTS.host;
  const publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl))
    throw new ServerConfigError(`PUBLIC_URL must be an http(s) address, such as https://endorsement.example.org.`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new ServerConfigError('DATABASE_URL must start with postgres:// (or leave it unset for PGlite in DATA_DIR).');
  const workers = readWorkers(env, databaseUrl);
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) throw new ServerConfigError('SMTP_URL must start with smtp:// or smtps://.');
  const programs = await loadPrograms(env.PROGRAMS || SERVER_DEFAULTS.programs);
  const stripe = readStripeAccounts(env, programs);
  checkRenewalFeeConfig(programs);
  return {
    listen: { port, host, workers },
    options: {
      programs,
      ...(Object.keys(stripe).length > 0 ? { stripe } : {}),
      databaseUrl,
      dataDir: env.DATA_DIR || SERVER_DEFAULTS.dataDir,
      smtpUrl,
      mailFrom: env.MAIL_FROM || undefined,
      publicUrl,
      rateLimit: integer(env, 'RATE_LIMIT', SERVER_DEFAULTS.rateLimit, 1, 1_000_000),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', SERVER_DEFAULTS.maxBodyBytes, 1024, 64 * 1_048_576),
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', SERVER_DEFAULTS.requestTimeoutMs, 100, 600_000),
      uploadIdleTimeoutMs: integer(env, 'UPLOAD_IDLE_TIMEOUT_MS', SERVER_DEFAULTS.uploadIdleTimeoutMs, 100, 600_000),
      trustProxy: integer(env, 'TRUST_PROXY', SERVER_DEFAULTS.trustProxy, 0, 10),
      mailLeaseSeconds: integer(env, 'MAIL_LEASE_SECONDS', SERVER_DEFAULTS.mailLeaseSeconds, 1, 3600),
      ...readDocumentEnv(env),
    },
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, or = ''): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ServerConfigError(`${name} must be a whole number from ${min} to ${max}${or} (it is "${raw}").`);
  return value;
}

function readWorkers(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): number {
  const auto = env.WORKERS === 'auto';
  const workers = auto
    ? Math.min(MAX_WORKERS, availableParallelism())
    : integer(env, 'WORKERS', SERVER_DEFAULTS.workers, 1, MAX_WORKERS, ' or auto');
  if (workers > 1 && !databaseUrl)
    throw new ServerConfigError(
      `WORKERS > 1 needs DATABASE_URL (PGlite runs inside one process): set DATABASE_URL to a Postgres server, or leave WORKERS unset (it is "${env.WORKERS}"${auto ? `, ${workers} here` : ''}).`,
    );
  return workers;
}
