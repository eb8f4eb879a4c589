-- Keep sums only of what lies strictly below a unit, and both inclusions in one row (ADR 15).
-- A unit's own report (and, in today's structure, the reports of the units that became it) is read from reporting
-- when a dashboard is read. Leaves of the tree (most reporting units) then keep no sums at all, and a rebuild joins
-- each value to fewer targets, once instead of once per inclusion. The sums are rebuilt on first use.
drop table analytics.aggregate;

create table analytics.aggregate (
    period_id             bigint  not null,
    view                  char(1) not null,
    unit_id               bigint  not null,
    indicator_id          bigint  not null,
    item                  text    not null,
    total_submitted       numeric not null default 0,
    reported_submitted    int     not null default 0,
    approximate_submitted int     not null default 0,
    total_approved        numeric not null default 0,
    reported_approved     int     not null default 0,
    approximate_approved  int     not null default 0,
    primary key (period_id, view, unit_id, indicator_id, item)
);

truncate analytics.coverage, analytics.period_state, analytics.rebuilt, analytics.applied;
