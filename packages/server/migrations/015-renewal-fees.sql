-- Renewal fees (docs/fees.md, "Renewal fees"): where each fee of an endorsee's renewal stands, per
-- category, cycle (its due date) and kind. As with record_fees, a row exists once something happened
-- to a fee (a checkout started, the coordinator marked it); until then a fee is "due" as the
-- program's feeSchedule says. Changes are audited in endorsee_audit.
create table renewal_fees (
  category_id text not null references endorsee_categories (id) on delete cascade,
  due_on text not null,
  program text not null,
  kind text not null,
  -- In minor units (cents), as the schedule said for the cycle's dates.
  amount integer not null,
  currency text not null,
  status text not null check (status in ('due', 'pending', 'paid', 'waived', 'invoiced')),
  method text check (method in ('stripe', 'coordinator')),
  checkout_session text,
  payment_intent text,
  note text,
  paid_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (category_id, due_on, kind)
);
create unique index renewal_fees_checkout on renewal_fees (checkout_session) where checkout_session is not null;
