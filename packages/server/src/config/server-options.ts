import type { DocumentOptions } from '../documents/documents-context.js';
import type { ReceiverProgram } from './receiver-program.js';
import type { StripeAccount } from '../fees/stripe-accounts.js';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- named by the @default links below
import type { SERVER_DEFAULTS } from './server-defaults.js';

/**
 * Everything the server needs; `readServerEnv()` builds it from the environment.
 * @example
 * const server = await createEndorsementServer({ programs: [{ program: programs.first5Alabama, origins: [] }], dataDir: './data' });
 */
export interface ServerOptions {
  programs: readonly ReceiverProgram[];
  /** Postgres server URL; without it, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** @default {@link SERVER_DEFAULTS.dataDir} */
  dataDir?: string | undefined;
  /** `smtp://user:pass@host:587`, `smtps://...`; without it mails are kept and printed as "would send". */
  smtpUrl?: string | undefined;
  /** The From of every mail. @default {@link SERVER_DEFAULTS.mailFrom} */
  mailFrom?: string | undefined;
  /**
   * Seconds a process holds a mail while sending it; a mail held by a process that died is sent
   * again after this. Keep it above the SMTP timeouts (15 s to connect, 30 s idle). @default {@link SERVER_DEFAULTS.mailLeaseSeconds}
   */
  mailLeaseSeconds?: number | undefined;
  /** The server's public address, for links in mails (`https://endorsement.example.org`). */
  publicUrl?: string | undefined;
  /** POSTs per client address per minute before a 429. @default {@link SERVER_DEFAULTS.rateLimit} */
  rateLimit?: number | undefined;
  /** Largest request body in bytes; more is a 413. @default {@link SERVER_DEFAULTS.maxBodyBytes} */
  maxBodyBytes?: number | undefined;
  /** Milliseconds a client has to send a whole request; slower is a 408. @default {@link SERVER_DEFAULTS.requestTimeoutMs} */
  requestTimeoutMs?: number | undefined;
  /**
   * A file upload has no whole-request limit, as long as it brings `uploadMinBytes` (16 KiB) in every
   * such span of milliseconds; slower is a 408. @default {@link SERVER_DEFAULTS.uploadIdleTimeoutMs}
   */
  uploadIdleTimeoutMs?: number | undefined;
  /** Bytes an upload must bring every `uploadIdleTimeoutMs` (small ones for tests). @default 16384 */
  uploadMinBytes?: number | undefined;
  /** How many proxies stand in front (their `X-Forwarded-For` entries are trusted). @default {@link SERVER_DEFAULTS.trustProxy} */
  trustProxy?: number | undefined;
  /** Extra files served as they are (the demo page), by path: `{ '/': { type, body } }`. */
  pages?: Readonly<Record<string, Page>> | undefined;
  /**
   * The time the reference links, reminders and expiries go by. For tests, which move it instead
   * of waiting. @default () => new Date()
   */
  clock?: (() => Date) | undefined;
  /** Milliseconds between two looks at the scheduled jobs (reminders, expiries, digests). @default 60000 */
  jobPollMs?: number | undefined;
  /** The built `<endorsement-rating>` script for the rater's page. @default the element package's `dist/cdn/endorsement-rating.js` */
  raterScript?: string | undefined;
  /**
   * Stripe accounts by program id, for the programs whose `feeSchedule` has `stripe: true` fees
   * (`readServerEnv` reads `STRIPE_SECRET_KEY`, `STRIPE_WEBHOOK_SECRET`; docs/fees.md).
   */
  stripe?: Readonly<Record<string, StripeAccount>> | undefined;
  /** Where uploaded documents are kept (default: `dataDir/documents`) and what scans them (docs/documents.md). */
  documents?: DocumentOptions | undefined;
  /** One line per request and per mail event; never personal data. @default console.log */
  log?: ((line: string) => void) | undefined;
}

/** A file the server serves at a fixed path, under a strict Content-Security-Policy. */
export interface Page {
  type: string;
  body: () => Promise<Uint8Array<ArrayBuffer> | string>;
}
