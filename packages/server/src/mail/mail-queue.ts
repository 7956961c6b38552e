import type { Database, Sql } from '../db/database.js';
import type { OutgoingMail } from './compose-mails.js';
import type { MailTransport, QueuedMail } from './mail-transport.js';

/** Writes mails to the outbox, inside the caller's transaction. */
export async function enqueueMails(tx: Sql, program: string, recordId: string | null, mails: readonly OutgoingMail[]): Promise<void> {
  for (const mail of mails) {
    await tx.query('insert into mail_outbox (record_id, program, purpose, recipient, subject, body) values ($1, $2, $3, $4, $5, $6)', [recordId, program, mail.purpose, mail.recipient, mail.subject, mail.body]);
  }
}


/**
 * Sends the outbox: takes one due mail at a time under a lease (`for update skip locked`, so
 * several processes never take the same one), hands it to the transport and marks it. A failed
 * attempt is retried with backoff (10 s, 20 s, ... up to an hour), forever: a mail is not dropped.
 * Mails written while the process was down are sent when it starts.
 * @example const queue = startMailQueue(db, smtpTransport(url, from, host), console.log); queue.wake();
 */
export function startMailQueue(db: Database, transport: MailTransport, log: (line: string) => void, options: { pollMs?: number | undefined; leaseSeconds?: number | undefined } = {}) {
  const pollMs = options.pollMs ?? 5000;
  // How long a process may hold a mail while sending it (longer than the SMTP timeouts); after
  // that, a mail whose process died is taken by another, or by this one after a restart.
  const leaseSeconds = options.leaseSeconds ?? 90;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function claim(): Promise<QueuedMail | undefined> {
    const { rows } = await db.query<QueuedMail>(
      `update mail_outbox set locked_until = now() + make_interval(secs => $1), attempts = attempts + 1
       where id = (select id from mail_outbox where state = 'pending' and next_attempt_at <= now()
                   and (locked_until is null or locked_until < now()) order by id for update skip locked limit 1)
       returning id::text as id, recipient, subject, body`,
      [leaseSeconds],
    );
    return rows[0];
  }

  async function drain(): Promise<void> {
    // `stopped` is checked before claiming: a mail claimed and then left would wait out its lease.
    while (!stopped) {
      const mail = await claim();
      if (!mail) return;
      try {
        await transport.deliver(mail);
        const state = transport.kind === 'smtp' ? 'sent' : 'printed';
        await db.query('update mail_outbox set state = $2, sent_at = now(), locked_until = null, last_error = null where id = $1', [mail.id, state]);
        if (transport.kind === 'smtp') log(`mail ${mail.id}: sent`);
      } catch (error) {
        const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
        await db.query(
          `update mail_outbox set locked_until = null, last_error = $2,
             next_attempt_at = now() + make_interval(secs => least(3600, 10 * power(2, least(attempts - 1, 12))))
           where id = $1`,
          [mail.id, reason],
        );
        log(`mail ${mail.id}: not sent, will retry (${(error as { code?: string }).code ?? 'error'})`);
      }
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
        await drain().catch((error: unknown) => log(`mail queue: database unavailable (${(error as { code?: string }).code ?? 'error'}), will retry`));
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
