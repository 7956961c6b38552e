-- A reference an applicant can read out on the phone and type (issue 23, point 11): 11 characters
-- of an alphabet without 0/O/1/I, shown as XXX-XXXX-XXXX. The record's id stays its key and the
-- receipt's `id`. Existing records get one here (the subquery refers to the row, so it is drawn
-- again for each). A reference alone finds nothing: the status lookup also needs the email.
alter table records add column reference text;
update records set reference = (
  select substr(code, 1, 3) || '-' || substr(code, 4, 4) || '-' || substr(code, 8, 4)
  from (
    select string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + floor(random() * 32)::int, 1), '') as code
    from generate_series(1, 11 + 0 * length(records.id))
  ) as drawn
);
alter table records alter column reference set not null;
create unique index records_reference on records (reference);
