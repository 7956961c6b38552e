import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

/** A mail as the queue hands it to a transport. */
export interface QueuedMail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  purpose?: string;
  html?: string | null;
  fromName?: string | null;
  requestId?: string | null;
  /** Files (base64), as the outbox keeps them. */
  attachments?: { filename: string; contentType: string; content: string }[] | string | null;
}

// Both drivers give `json` columns parsed, but a string is read too.
const filesOf = (mail: QueuedMail) => {
  const list = typeof mail.attachments === 'string' ? JSON.parse(mail.attachments) : mail.attachments;
  return Array.isArray(list) && list.length
    ? {
        attachments: list.map((a: { filename: string; contentType: string; content: string }) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
          encoding: 'base64',
        })),
      }
    : {};
};

/** The From of a mail: the server's address, under the association's name when the mail has one. */
export function fromOf(from: string, mail: QueuedMail): string | { name: string; address: string } {
  if (!mail.fromName) return from;
  const address = /<([^>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  return { name: mail.fromName, address };
}

/**
 * Where queued mails go: `sent` once an SMTP server took it, `printed` when no SMTP server is
 * configured (the mail stays in the outbox table, is written whole as an `.eml` file, and the log
 * says where, by id and path only).
 */
export interface MailTransport {
  readonly kind: 'smtp' | 'print';
  deliver(mail: QueuedMail): Promise<void>;
  close(): void;
}

/** Mails over SMTP with nodemailer (`smtp://user:pass@host:587`, `smtps://...`). */
export function smtpTransport(smtpUrl: string, from: string, messageIdDomain: string): MailTransport {
  // Bounded waits: a stuck SMTP server must not hold a mail past its lease in the queue.
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    async deliver(mail) {
      // The same Message-ID on every attempt: if an attempt is repeated after the SMTP server took
      // it (a crash before the outbox row was marked), receiving systems can tell it is one mail.
      await transporter.sendMail({
        from: fromOf(from, mail),
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body,
        ...(mail.html ? { html: mail.html } : {}),
        ...filesOf(mail),
        messageId: `<outbox-${mail.id}@${messageIdDomain}>`,
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * No SMTP server: each mail is written whole, as the SMTP server would have received it, to
 * `<mailDir>/<id>.eml` (any mail program opens it), and logged as one line with its id and that
 * path. A subject can carry a name ("You are the Endorsement Advisor of ..."), so neither it nor the
 * address goes to the log. Without `mailDir` (a Postgres server given no data folder) the mail is
 * only in the `mail_outbox` table.
 */
export function printTransport(
  log: (line: string) => void,
  { mailDir, from, messageIdDomain }: { mailDir?: string | undefined; from: string; messageIdDomain: string },
): MailTransport {
  return {
    kind: 'print',
    async deliver(mail) {
      if (!mailDir) {
        log(`mail ${mail.id}: not sent (no SMTP_URL); kept in the mail_outbox table`);
        return;
      }
      const eml = await new MailComposer({
        from: fromOf(from, mail),
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body,
        ...(mail.html ? { html: mail.html } : {}),
        ...filesOf(mail),
        messageId: `<outbox-${mail.id}@${messageIdDomain}>`,
        date: new Date(),
      })
        .compile()
        .build();
      await mkdir(mailDir, { recursive: true });
      const path = join(mailDir, `${mail.id}.eml`);
      await writeFile(path, eml);
      log(`mail ${mail.id}: not sent (no SMTP_URL); written whole to ${path}`);
    },
    close() {},
  };
}
