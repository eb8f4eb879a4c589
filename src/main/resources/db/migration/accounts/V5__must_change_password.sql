-- A user who signs in with an initial password an administrator gave, or with one an administrator reset, must change
-- it before doing anything else (issue 20). Users that existed before keep working as they did.
alter table accounts.app_user add column must_change_password boolean not null default false;
