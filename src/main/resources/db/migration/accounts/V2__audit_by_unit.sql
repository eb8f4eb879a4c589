-- The unit a change concerns, so that the audit log can be filtered by unit.
alter table accounts.audit_log add column unit_id bigint;
create index audit_log_unit_time on accounts.audit_log (unit_id, occurred_at desc) where unit_id is not null;
