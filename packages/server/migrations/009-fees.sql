-- Fees (docs/fees.md): what a record owes and where each fee stands. A row exists once something
-- happened to a fee (a checkout started, the coordinator marked it); until then a fee is "due" as the
-- program's feeSchedule says for the record's category on the day it was received.
create table record_fees (
  record_id text not null references records (id) on delete cascade,
  program text not null,
  kind text not null,
  -- The amount and currency in force the day the record was received, in minor units (cents).
  amount integer not null,
  currency text not null,
  -- due: nothing paid; pending: a Stripe payment started or is settling; paid, waived (a
  -- scholarship), invoiced (an employer is billed).
  status text not null check (status in ('due', 'pending', 'paid', 'waived', 'invoiced')),
  -- How it was settled: Stripe (by its webhook only) or the coordinator's mark.
  method text check (method in ('stripe', 'coordinator')),
  -- The Checkout Session id (cs_...) the server created, and the payment it became.
  checkout_session text,
  payment_intent text,
  note text,
  paid_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (record_id, kind)
);
create unique index record_fees_checkout on record_fees (checkout_session) where checkout_session is not null;

-- Who changed a fee, when, from what to what, and why (the coordinator's note).
create table fee_audit (
  id bigserial primary key,
  record_id text not null references records (id) on delete cascade,
  kind text not null,
  actor text not null,
  action text not null,
  detail json,
  at timestamptz not null default now()
);
create index fee_audit_record on fee_audit (record_id, at);

-- Stripe's webhook events already handled, by their id: Stripe delivers at least once, and a
-- replayed event changes nothing.
create table stripe_events (
  id text primary key,
  program text not null,
  type text not null,
  received_at timestamptz not null default now()
);
