import type { Database, Sql } from '../db/database.js';
import type { OutgoingMail } from './compose-mails.js';
import type { MailTransport, QueuedMail } from './mail-transport.js';

/** Writes mails to the outbox, inside the caller's transaction. */
export async function enqueueMails(tx: Sql, program: string, recordId: string | null, mails: readonly OutgoingMail[]): Promise<void> {
  for (const mail of mails) {
    await tx.query(
      `insert into mail_outbox (record_id, program, purpose, recipient, subject, body, html, from_name, reference_request_id, attachments)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        recordId,
        program,
        mail.purpose,
        mail.recipient,
        mail.subject,
        mail.body,
        mail.html ?? null,
        mail.fromName ?? null,
        mail.requestId ?? null,
        mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
      ],
    );
  }
}

/**
 * Sends the outbox: takes due mails under a lease (`for update skip locked`, so several
 * processes never take the same one), hands each to the transport and marks it. A failed
 * attempt is retried with backoff (10 s, 20 s, ... up to an hour), forever: a mail is not dropped.
 * Mails written while the process was down are sent when it starts.
 * @example const queue = startMailQueue(db, smtpTransport(url, from, host), console.log); queue.wake();
 */
export function startMailQueue(
  db: Database,
  transport: MailTransport,
  log: (line: string) => void,
  options: {
    pollMs?: number | undefined;
    leaseSeconds?: number | undefined;
    /** Milliseconds, for tests. */ now?: () => number;
    /**
     * A mail about a reference request that the SMTP server refused for good (5xx): it is not
     * retried, and this is told, to mark the request undeliverable and tell the applicant.
     */
    onRefused?: (requestId: string) => Promise<void>;
  } = {},
) {
  const pollMs = options.pollMs ?? 5000;
  const now = options.now ?? (() => performance.now());
  // How long a process may hold a mail while sending it (longer than the SMTP timeouts); after
  // that, a mail whose process died is taken by another, or by this one after a restart.
  const leaseSeconds = options.leaseSeconds ?? 90;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  // Mails are claimed a few at a time (one round trip for several), each sent only while at
  // least half of its lease remains: a slow SMTP server never makes this process send a mail whose
  // lease another process may already have taken over.
  const BATCH = 10;

  async function claim(): Promise<QueuedMail[]> {
    const { rows } = await db.query<QueuedMail>(
      `update mail_outbox set locked_until = now() + make_interval(secs => $1), attempts = attempts + 1
       where id in (select id from mail_outbox where state = 'pending' and next_attempt_at <= now()
                    and (locked_until is null or locked_until < now()) order by id for update skip locked limit $2)
       returning id::text as id, purpose, recipient, subject, body, html, from_name as "fromName", reference_request_id as "requestId", attachments`,
      [leaseSeconds, BATCH],
    );
    return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  async function send(mail: QueuedMail): Promise<void> {
    try {
      await transport.deliver(mail);
      const state = transport.kind === 'smtp' ? 'sent' : 'printed';
      await db.query('update mail_outbox set state = $2, sent_at = now(), locked_until = null, last_error = null where id = $1', [
        mail.id,
        state,
      ]);
      if (transport.kind === 'smtp') log(`mail ${mail.id}: sent`);
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
      const status = Number((error as { responseCode?: unknown }).responseCode);
      // Only the rater's address makes the request undeliverable; the applicant's mails retry as any.
      if (mail.requestId && mail.purpose?.startsWith('rater-') && status >= 500 && status < 600) {
        // The address was refused for good: trying again would be refused again.
        await db.query("update mail_outbox set state = 'refused', locked_until = null, last_error = $2 where id = $1", [mail.id, reason]);
        log(`mail ${mail.id}: refused (${status}), not retried`);
        await options.onRefused?.(mail.requestId);
        return;
      }
      await db.query(
        `update mail_outbox set locked_until = null, last_error = $2,
           next_attempt_at = now() + make_interval(secs => least(3600, 10 * power(2, least(attempts - 1, 12))))
         where id = $1`,
        [mail.id, reason],
      );
      log(`mail ${mail.id}: not sent, will retry (${(error as { code?: string }).code ?? 'error'})`);
    }
  }

  async function drain(): Promise<void> {
    // `stopped` is checked before each mail: a mail claimed and then left would wait out its lease.
    while (!stopped) {
      const claimed = now();
      const mails = await claim();
      if (mails.length === 0) return;
      let sent = 0;
      while (sent < mails.length && !stopped && now() - claimed < (leaseSeconds * 1000) / 2) await send(mails[sent++]!);
      const left = mails.slice(sent).map((mail) => mail.id);
      // Handed back at once, as if never claimed, rather than waiting out their lease.
      if (left.length > 0)
        await db.query('update mail_outbox set locked_until = null, attempts = attempts - 1 where id = any($1::bigint[])', [left]);
    }
  }

  /** Sends what is due now; a call while sending runs the loop once more afterwards. */
  function wake(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await drain().catch((error: unknown) =>
          log(`mail queue: database unavailable (${(error as { code?: string }).code ?? 'error'}), will retry`),
        );
      } while (again && !stopped);
      running = undefined;
    })();
    return running;
  }

  const timer = setInterval(() => void wake(), pollMs);
  timer.unref();
  void wake();

  return {
    wake,
    /** Stops taking mails, waits for the one being sent. */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}

export type MailQueue = ReturnType<typeof startMailQueue>;
