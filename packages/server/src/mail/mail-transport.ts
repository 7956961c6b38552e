import nodemailer from 'nodemailer';

/** A mail as the queue hands it to a transport. */
export interface QueuedMail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
}

/**
 * Where queued mails go: `sent` once an SMTP server took it, `printed` when no SMTP server is
 * configured (the mail stays in the outbox table, and a "would send" line says so).
 */
export interface MailTransport {
  readonly kind: 'smtp' | 'print';
  deliver(mail: QueuedMail): Promise<void>;
  close(): void;
}

/** Mails over SMTP with nodemailer (`smtp://user:pass@host:587`, `smtps://...`). */
export function smtpTransport(smtpUrl: string, from: string, messageIdDomain: string): MailTransport {
  // Bounded waits: a stuck SMTP server must not hold a mail past its lease in the queue.
  const transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  return {
    kind: 'smtp',
    async deliver(mail) {
      // The same Message-ID on every attempt: if an attempt is repeated after the SMTP server took
      // it (a crash before the outbox row was marked), receiving systems can tell it is one mail.
      await transporter.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.body, messageId: `<outbox-${mail.id}@${messageIdDomain}>` });
    },
    close: () => transporter.close(),
  };
}

/** No SMTP server: each mail is printed as one "would send" line, without its address or text. */
export function printTransport(log: (line: string) => void): MailTransport {
  return {
    kind: 'print',
    async deliver(mail) {
      log(`mail ${mail.id}: would send "${mail.subject}" (no SMTP_URL; kept in the mail_outbox table)`);
    },
    close() {},
  };
}
