-- Issue 20: an upload the network cut off is continued from the bytes the receiver kept, and
-- coordinators upload files themselves (docs/documents.md).

-- A file whose upload stopped half way: its bytes so far are in DATA_DIR/documents/quarantine/partial/<id>
-- (never past `length`, itself never past the program's maxFileBytes). It leaves quarantine only
-- whole, through the same checks as any upload; it goes when its session does, and each night
-- when it was last touched more than a day ago.
create table document_parts (
  id text primary key,
  upload_id text not null references upload_sessions (id) on delete cascade,
  kind text not null check (kind in ('resume', 'transcript')),
  file_name text not null,
  -- The whole file's size, as its first request declared it.
  length bigint not null,
  -- Bytes kept so far, in order, from the start.
  received bigint not null,
  updated_at timestamptz not null default now()
);
create index document_parts_upload on document_parts (upload_id);

-- A coordinator's own upload: an official transcript that came by post (for one degree: the
-- index of its entry in the application's `education`) or another document.
alter table documents add column education_index int;
alter table documents drop constraint documents_kind_check;
alter table documents add constraint documents_kind_check check (kind in ('resume', 'transcript', 'other'));
