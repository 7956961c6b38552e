-- Endorsees, their renewal cycles and the public registry (docs/renewal.md, docs/registry.md).

-- A person endorsed by a program: from an endorsed decision or an association's import. One per
-- program and (lower-cased) email, so an import run twice finds the same person.
create table endorsees (
  id text primary key,
  program text not null,
  email text not null,
  full_name text not null,
  -- The name the registry shows (the endorsee's choice); absent, the full name.
  display_name text,
  language text not null default 'en',
  -- What the endorsee agreed to show on the registry: { region?, employer?, languages?, providesRsc? }.
  registry_fields json,
  -- The coordinator took the person off the registry (e.g. a sanction); kept, audited.
  hidden boolean not null default false,
  source text not null check (source in ('decision', 'import')),
  -- The application whose decision made them an endorsee, when there is one.
  record_id text,
  -- The server's public address when the endorsee was added: the links in the calendar's mails use it.
  link_base text,
  created_at timestamptz not null default now(),
  unique (program, email)
);

-- One endorsed category and its current renewal cycle. Dates are `YYYY-MM-DD` text, computed by the
-- SDK from the program's renewal settings (renewalCycle): text, so no time zone ever shifts a day.
create table endorsee_categories (
  id text primary key,
  endorsee_id text not null references endorsees (id) on delete cascade,
  program text not null,
  category text not null,
  endorsed_on text not null,
  last_renewed_on text,
  -- current: endorsed, the cycle below runs (open/late are read from its dates); submitted: a renewal
  -- waits for the coordinator; inactive: on hold until inactive_until; lapsed: removed, not renewed;
  -- archived: the endorsee took the category off.
  status text not null check (status in ('current', 'submitted', 'inactive', 'lapsed', 'archived')),
  period_start text not null,
  window_opens_on text not null,
  due_on text not null,
  late_until text,
  removal_on text not null,
  first_renewal boolean not null,
  inactive_until text,
  updated_at timestamptz not null default now(),
  unique (endorsee_id, category)
);
create index endorsee_categories_program on endorsee_categories (program, status);

-- Who did what to an endorsee, when: the coordinator, the import, the calendar (system) or the endorsee.
create table endorsee_audit (
  id bigserial primary key,
  endorsee_id text not null,
  category text,
  program text not null,
  actor text not null,
  action text not null,
  detail json,
  at timestamptz not null default now()
);
create index endorsee_audit_endorsee on endorsee_audit (endorsee_id, at);

-- The renewal of one cycle of a category, as the endorsee fills it in behind their link: saved as
-- they go (draft), submitted, sent back for more information, or approved by the coordinator.
create table renewals (
  id text primary key,
  category_id text not null references endorsee_categories (id) on delete cascade,
  due_on text not null,
  state text not null check (state in ('draft', 'submitted', 'more_information', 'approved')),
  answers json,
  saved_at timestamptz,
  submitted_at timestamptz,
  decided_at timestamptz,
  -- What the coordinator asked for when sending it back.
  note text,
  unique (category_id, due_on)
);

-- The personal links of the renewal mails: each mail carries a new token, of which only the sha256
-- is kept; a link opens its category's renewal while that cycle runs (until approved or removed).
create table renewal_links (
  token_hash text primary key,
  category_id text not null references endorsee_categories (id) on delete cascade,
  due_on text not null,
  created_at timestamptz not null
);
create index renewal_links_category on renewal_links (category_id);
