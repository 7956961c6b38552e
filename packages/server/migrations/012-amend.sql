-- Amend and resubmit (issue 19, point 5; docs/coordinators.md).

-- The applicant's link to amend an application after "more information needed" or a deferral: one
-- per application (a new status change replaces it), only the token's sha256 kept, closed by a
-- resubmission (used_at) or by its expiry.
create table amend_links (
  record_id text primary key references records (id) on delete cascade,
  token_hash text not null unique,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  used_at timestamptz
);

-- Every version of an application that was amended: version 1 is the payload first received, each
-- resubmission the next. `records.payload` stays the current version.
create table application_versions (
  record_id text not null references records (id) on delete cascade,
  version int not null,
  payload json not null,
  received_at timestamptz not null,
  primary key (record_id, version)
);
