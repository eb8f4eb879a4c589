-- The nearest unit keeping sums above each unit, as the tree was on an epoch (ADR 20): written with the epoch's map
-- "as it was", it is what a full rebuild joins every value to. A real table (not a temporary one built per rebuild)
-- so that the rebuild's pass over the values can run on parallel workers, with statistics that tell the planner how
-- few units keep sums.
create table analytics.first_kept (
    epoch     date   not null,
    unit_id   bigint not null,
    target_id bigint not null,
    primary key (epoch, unit_id)
);

insert into analytics.first_kept (epoch, unit_id, target_id)
select distinct on (epoch, unit_id) epoch, unit_id, target_id
  from analytics.rollup
 where view = 'A' and depth > 0 and kept
 order by epoch, unit_id, depth;

-- Report counts are now kept only for the units keeping sums, and counted when read for the others: every period is
-- prepared again on first use (its sums and counts rebuilt from the reports).
truncate analytics.aggregate, analytics.coverage, analytics.period_state, analytics.rebuilt, analytics.applied,
         analytics.pending_change;
delete from analytics.staleness;

-- Never read by period: only slowed down writing the marks of a rebuild.
drop index analytics.rebuilt_period;
