-- When the thing a notification tells about happened (the report's step, or the reminder's sending), so that a later
-- step of the same report settles the earlier notifications (marks them read) whatever order the events arrive in.
alter table reporting.notification add column about_at timestamptz;
update reporting.notification set about_at = created_at;
alter table reporting.notification alter column about_at set not null, alter column about_at set default now();
create index notification_link on reporting.notification (link, about_at) where read_at is null;
