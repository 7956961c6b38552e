-- The language a staff member's mails are written in (`en`, `es`), chosen on the invite form;
-- null: the program's default language. Reviewers' invitations, review requests and reminders use it.
alter table coordinators add column locale text;
