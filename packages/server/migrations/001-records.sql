-- Registrations and applications as received, one row per Idempotency-Key (docs/backend.md).
create table records (
  id text primary key,
  kind text not null check (kind in ('registration', 'application')),
  program text not null,
  idempotency_key text not null,
  -- sha256 of the payload as canonical JSON: the same key with another body is a 409.
  body_hash text not null,
  payload jsonb not null,
  -- The language the applicant used (Accept-Language, among the program's locales): mails use it.
  locale text not null,
  status text not null,
  received_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (kind, idempotency_key)
);
create index records_program_received on records (program, kind, received_at desc);

-- Mails are written in the same transaction as the record they are about, then sent by a queue:
-- a mail is never lost by a crash, and a lease keeps two processes from sending one mail together.
create table mail_outbox (
  id bigserial primary key,
  record_id text references records (id) on delete cascade,
  program text not null,
  purpose text not null,
  recipient text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null default now(),
  -- pending: to send; sent: the SMTP server took it; printed: no SMTP_URL, shown as "would send".
  state text not null default 'pending' check (state in ('pending', 'sent', 'printed')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz,
  sent_at timestamptz,
  last_error text
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'pending';
