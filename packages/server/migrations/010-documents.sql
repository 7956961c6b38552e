-- Files applicants upload (a resume, transcript copies) and what coordinators record of each
-- degree's transcript (docs/documents.md).

-- An upload session: a draft's right to upload files before its application is sent. Only the
-- token's sha256 is kept; the session is closed (record_id set) when the application arrives.
create table upload_sessions (
  id text primary key,
  program text not null,
  token_hash text not null,
  record_id text references records (id) on delete cascade,
  created_at timestamptz not null default now()
);

create table documents (
  id text primary key,
  upload_id text references upload_sessions (id) on delete cascade,
  record_id text references records (id) on delete cascade,
  program text not null,
  kind text not null check (kind in ('resume', 'transcript')),
  -- The name the applicant's file had: shown to staff, never used as a path.
  file_name text not null,
  -- Read from the file's bytes, not from its name or the request's Content-Type.
  file_type text not null,
  size bigint not null,
  sha256 text not null,
  storage_key text not null,
  -- clean: a scanner passed it; unscanned: the server has no scanner. Infected files are never kept.
  scan text not null check (scan in ('clean', 'unscanned')),
  uploaded_by text not null,
  created_at timestamptz not null default now()
);
create index documents_upload on documents (upload_id);
create index documents_record on documents (record_id);

-- Per degree (the index of its entry in the application's `education`), where the transcript is.
create table transcript_states (
  record_id text not null references records (id) on delete cascade,
  education_index int not null,
  state text not null check (state in ('requested', 'received_by_mail', 'copy_uploaded', 'official_verified')),
  updated_by text not null,
  updated_at timestamptz not null default now(),
  primary key (record_id, education_index)
);
