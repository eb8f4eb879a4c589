-- Reports of every level (issue 19): one period may expect units of several levels, each with its own template (the
-- communes of a province with the commune template, the province commission and the provincial mass organisations
-- with theirs), under the same period type, window and deadline.

-- The period types a template is meant for (empty: any type, as every template was before).
alter table reporting.template add column period_types text[] not null default '{}';

-- The templates a period expects, in the order the period lists them; position 0 is the period's own
-- template_version_id (kept, so that a period of one template reads as before).
create table reporting.period_template (
    period_id           bigint not null references reporting.period (id),
    position            int    not null check (position >= 0),
    template_version_id bigint not null references reporting.template_version (id),
    primary key (period_id, position),
    unique (period_id, template_version_id)
);
insert into reporting.period_template (period_id, position, template_version_id)
select id, 0, template_version_id from reporting.period;

-- Each expected unit reports with the template of the part of the period it was expected by.
alter table reporting.submission add column template_version_id bigint references reporting.template_version (id);
update reporting.submission s set template_version_id = p.template_version_id
  from reporting.period p where p.id = s.period_id;
alter table reporting.submission alter column template_version_id set not null;
