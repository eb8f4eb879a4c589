-- The unit a mentioned text belongs to (the unit of the user who pasted it, of the report it is in…):
-- a mention is shown only to users whose scope holds that unit. Null: recorded by a user of the whole
-- system (or before this column existed), shown only to the system's administrators.
alter table directives.mention add column source_unit_id bigint;
create index mention_source_unit on directives.mention (source_unit_id);
