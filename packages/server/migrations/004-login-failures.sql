-- Wrong sign-ins counted by address, whether or not a coordinator has it: a lockout that only
-- accounts could reach would tell an attacker which addresses have one. Replaces
-- coordinators.failed_logins and locked_until, which stay unused.
create table login_failures (
  email text primary key,
  failed int not null,
  locked_until timestamptz,
  updated_at timestamptz not null default now()
);
create index login_failures_updated on login_failures (updated_at);
