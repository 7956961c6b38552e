/**
 * Every default of the server, stated once: the environment reader (`readServerEnv`), the options
 * (`createEndorsementServer`, `startServer`, `openDatabase`), the command line and the workspace's
 * token lifetimes read them here, and a test holds docs/server.md's settings table to them.
 * @example const port = Number(process.env.PORT || SERVER_DEFAULTS.port); // 8787
 */
export const SERVER_DEFAULTS = {
  /** `PORT`: the port to listen on. */
  port: 8787,
  /** `HOST`: the address to listen on (`0.0.0.0` in a container). */
  host: '127.0.0.1',
  /** `DATA_DIR`: PGlite's folder when there is no `DATABASE_URL`. */
  dataDir: './data',
  /** `PROGRAMS`: preset ids and JSON files, comma-separated. */
  programs: 'alliance,first5-alabama',
  /** `MAIL_FROM`: the From of every mail; `HOST` is `PUBLIC_URL`'s host name, else `localhost`. */
  mailFrom: 'Endorsement <no-reply@HOST>',
  /** `RATE_LIMIT`: POSTs per client address per minute, per process, before a 429. */
  rateLimit: 30,
  /** `MAX_BODY_BYTES`: the largest request body; more is a 413. */
  maxBodyBytes: 1_048_576,
  /** `REQUEST_TIMEOUT_MS`: milliseconds a client has to send a whole request; slower is a 408. */
  requestTimeoutMs: 30_000,
  /** `UPLOAD_IDLE_TIMEOUT_MS`: an upload that brings less than 16 KiB in this many milliseconds is a 408. */
  uploadIdleTimeoutMs: 30_000,
  /** `TRUST_PROXY`: how many proxies stand in front. */
  trustProxy: 0,
  /** `MAIL_LEASE_SECONDS`: how long a process holds a mail while sending it. */
  mailLeaseSeconds: 90,
  /** `WORKERS`: how many server processes the command runs on the one port. */
  workers: 1,
  /** How long a coordinator's session lasts (a working day), then they sign in again. */
  sessionHours: 12,
  /** How long a set-password link works. */
  setPasswordHours: 72,
  /** `DOCUMENTS_S3_REGION`: the documents bucket's region (with `DOCUMENTS_S3_BUCKET`). */
  documentsS3Region: 'us-east-1',
  /** `DOCUMENTS_S3_PATH_STYLE`: the bucket in the path rather than the host name. */
  documentsS3PathStyle: false,
} as const;

/** The From of every mail when `MAIL_FROM` is unset, for the server's host name. */
export const defaultMailFrom = (host: string): string => SERVER_DEFAULTS.mailFrom.replace('HOST', host);
