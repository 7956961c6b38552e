-- The coordinator's workspace (docs/coordinators.md): accounts, sessions, the workflow of a record
-- (acceptance, advisor, status with a message), coordinators' notes and an audit log.
create table coordinators (
  id text primary key,
  -- Lower-cased: one account per address however it is typed.
  email text not null unique,
  -- scrypt$N$r$p$salt$hash; null until the one-time set-password link is used.
  password_hash text,
  failed_logins int not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);

create table coordinator_programs (
  coordinator_id text not null references coordinators (id) on delete cascade,
  program text not null,
  primary key (coordinator_id, program)
);

-- Only sha256 of the session cookie's value is kept: a copy of the table opens no session.
create table coordinator_sessions (
  token_hash text primary key,
  coordinator_id text not null references coordinators (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index coordinator_sessions_owner on coordinator_sessions (coordinator_id);

create table password_tokens (
  token_hash text primary key,
  coordinator_id text not null references coordinators (id) on delete cascade,
  expires_at timestamptz not null,
  used_at timestamptz
);

alter table records
  add column accepted_at timestamptz,
  -- { "name": ..., "email": ... } of the Endorsement Advisor the coordinator assigned.
  add column advisor jsonb,
  -- What the applicant is asked for when the status is more_information_needed.
  add column status_message text;

create table record_notes (
  id bigserial primary key,
  record_id text not null references records (id) on delete cascade,
  author text not null,
  body text not null,
  created_at timestamptz not null default now()
);

-- Who did what to which record, when. Kept when a record is deleted (its details are wiped).
create table audit_log (
  id bigserial primary key,
  record_id text,
  program text not null,
  actor text not null,
  action text not null,
  detail jsonb,
  at timestamptz not null default now()
);
create index audit_log_record on audit_log (record_id, at);
