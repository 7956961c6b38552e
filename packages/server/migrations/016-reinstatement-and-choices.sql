-- Issue 21: reinstatement after removal, and what the endorsee sets themself behind the renewal link
-- (docs/renewal.md, docs/registry.md).

-- Who last set the registry's name and consented fields, and when: the endorsee or a coordinator.
alter table endorsees add column registry_set_by text;
alter table endorsees add column registry_set_at timestamptz;

-- The endorsee asked for inactive status from the renewal page: the coordinator sees it and decides.
alter table endorsee_categories add column inactive_requested_at timestamptz;

-- A reinstatement of a lapsed category: started by the endorsee (the removal mail's link) or the
-- coordinator; the registration received afterwards from the same person and category is its
-- registration; only ratings submitted after `started_at` count; an endorsed decision ends it.
create table reinstatements (
  id text primary key,
  endorsee_id text not null references endorsees (id) on delete cascade,
  category_id text not null references endorsee_categories (id) on delete cascade,
  program text not null,
  category text not null,
  -- The endorsee's email, lower-cased, as registrations are matched by.
  email text not null,
  state text not null check (state in ('started', 'endorsed')),
  started_at timestamptz not null,
  started_by text not null,
  registration_id text references records (id) on delete set null,
  application_id text,
  ended_at timestamptz
);
create unique index reinstatements_open on reinstatements (category_id) where state = 'started';
create index reinstatements_person on reinstatements (program, email) where state = 'started';

-- The links of the removal mails: the token in the fragment, only its sha256 kept, expiring.
create table reinstatement_links (
  token_hash text primary key,
  category_id text not null references endorsee_categories (id) on delete cascade,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index reinstatement_links_category on reinstatement_links (category_id);
