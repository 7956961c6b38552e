-- Reference ratings behind a secure link (docs/references.md).

-- The applicant's access token for its reference requests: only its sha256, set when the
-- registration is received (returned once, in the 201 receipt).
alter table records add column access_token_hash text;

-- Mails may carry an HTML part and the association's name as the From display name; a mail about
-- a reference request names it, so a refused address marks the request undeliverable.
alter table mail_outbox
  add column html text,
  add column from_name text,
  add column reference_request_id text;
alter table mail_outbox drop constraint mail_outbox_state_check;
alter table mail_outbox add constraint mail_outbox_state_check check (state in ('pending', 'sent', 'printed', 'refused'));

create table reference_requests (
  id text primary key,
  registration_id text not null references records (id) on delete cascade,
  program text not null,
  category text not null,
  rater_name text not null,
  rater_email text not null,
  role text not null,
  waive_right boolean not null,
  note text,
  language text not null,
  -- The server's public address when the request was made: links in later mails (reminders) use it.
  link_base text not null,
  state text not null check (state in ('invited', 'in_progress', 'submitted', 'declined', 'expired', 'cancelled', 'undeliverable')),
  -- The links stop working then (linkDays after the latest request mail).
  expires_at timestamptz,
  -- When the latest mail with a link was queued, and when the applicant last asked for a resend.
  sent_at timestamptz,
  applicant_resent_at timestamptz,
  answers json,
  saved_at timestamptz,
  submitted_at timestamptz,
  decline_note text,
  -- Computed at submit (evaluateRating): counted, how many 'nei', the flags.
  counted boolean,
  nei_count int,
  flags json,
  -- The coordinator's decisions: a form set aside (kept, audited), a non-endorsed rater vetted.
  excluded boolean not null default false,
  vetted boolean not null default false,
  replaced_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The order requests were made in, also within one instant.
  seq bigserial not null
);
create index reference_requests_registration on reference_requests (registration_id, seq);

-- The request's links: every mail to the rater carries a new one (only its sha256 is kept, so a
-- reminder needs a fresh token), and all of them work until the request closes. A changed address or
-- a withdrawn request revokes them at once.
create table reference_links (
  token_hash text primary key,
  request_id text not null references reference_requests (id) on delete cascade,
  created_at timestamptz not null,
  revoked_at timestamptz
);
create index reference_links_request on reference_links (request_id);

-- Who did what to which request, when: the applicant, the rater, the coordinator or the system.
create table reference_audit (
  id bigserial primary key,
  request_id text not null,
  registration_id text not null,
  program text not null,
  actor text not null,
  action text not null,
  detail json,
  at timestamptz not null default now()
);
create index reference_audit_request on reference_audit (request_id, at);

-- Work in time (reminders, expiries, the coordinators' digest): one row per job with its due time.
-- A process claims due rows with `for update skip locked` inside one transaction that also does the
-- job's writes (the mails go to the outbox) and marks it done, so several processes share the table
-- and a job's mails are written once, or not at all when the process dies. `key` keeps two
-- processes from scheduling the same job twice.
create table scheduled_jobs (
  id bigserial primary key,
  kind text not null,
  key text not null unique,
  subject_id text,
  program text not null,
  -- What the job needs beyond its subject (a reminder's number).
  detail json,
  run_at timestamptz not null,
  state text not null default 'pending' check (state in ('pending', 'done', 'cancelled')),
  attempts int not null default 0,
  locked_until timestamptz,
  done_at timestamptz,
  last_error text
);
create index scheduled_jobs_due on scheduled_jobs (run_at) where state = 'pending';
create index scheduled_jobs_subject on scheduled_jobs (subject_id) where state = 'pending';
