-- The review team and the decision (issue 19, docs/reviewers.md).

-- One applicant, one thread: an application carries the registration it continues, set when it is
-- received (the access token's registration, else the program's latest registration of the same
-- email). Earlier applications get the one the receiver's ratings gate would have counted: the
-- latest registration of that email made before them, one with reference requests first.
alter table records add column registration_id text references records (id) on delete set null;
create index records_registration on records (registration_id) where registration_id is not null;
update records a set registration_id = (
  select r.id from records r
   where r.kind = 'registration' and r.program = a.program
     and lower(btrim(r.payload->'applicant'->>'email')) = lower(btrim(a.payload->'applicant'->>'email'))
   order by exists (select 1 from reference_requests q where q.registration_id = r.id) desc, r.received_at desc
   limit 1)
where a.kind = 'application';

-- Step 2's checks (membership, fee, category fit), each { "state": "confirmed" | "problem", "note", "by", "at" }.
alter table records add column checks json;

-- Sources never say "not endorsed": they defer (with advice), approve to sit the exam, record
-- Emerging or put on hold (journey 5.1).
update records set status = 'deferred' where kind = 'application' and status = 'not_endorsed';
update audit_log set detail = jsonb_set(detail, '{status}', '"deferred"') where detail->>'status' = 'not_endorsed';

-- Staff: a coordinator or a reviewer of each program; a name to show reviewers by. A reviewer sees
-- only the applications assigned to them.
alter table coordinators add column name text;
alter table coordinator_programs add column role text not null default 'coordinator' check (role in ('coordinator', 'reviewer'));

-- A reviewer's assignment to an application. `waiting`: the second of a sequential pair, until the
-- first submits. The checklist is the SDK's ReviewChecklist areas; comments are for the applicant,
-- the private note for the coordinator only.
create table review_assignments (
  id text primary key,
  application_id text not null references records (id) on delete cascade,
  program text not null,
  reviewer_id text not null references coordinators (id) on delete cascade,
  position int not null,
  state text not null check (state in ('waiting', 'assigned', 'accepted', 'declined', 'conflict', 'submitted', 'withdrawn')),
  areas json,
  comments text,
  private_note text,
  recommendation text,
  response_note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz
);
create unique index review_assignments_open on review_assignments (application_id, reviewer_id)
  where state not in ('declined', 'conflict', 'withdrawn');
create index review_assignments_reviewer on review_assignments (reviewer_id);

-- Every decision recorded on an application (the latest is its status), with the letter mailed.
create table decisions (
  id text primary key,
  application_id text not null references records (id) on delete cascade,
  program text not null,
  status text not null,
  message text,
  letter text,
  decided_by text not null,
  decided_at timestamptz not null default now(),
  -- Set on `endorsed`: the certificate's number, printed on it.
  certificate_number text,
  -- An undo of the decision (audited) keeps the row, marked.
  undone_at timestamptz
);
create index decisions_application on decisions (application_id, decided_at);

-- A mail may carry files (the certificate): [{ "filename", "contentType", "content" (base64) }].
alter table mail_outbox add column attachments json;
