-- Sums are kept only for units high in the tree (ADR 19): the centre, the provinces and (in history) the districts,
-- the targets marked "kept" in the maps. A commune's figures are added up from the reports below it when read. The
-- maps are built again with the mark when next needed, and every period is prepared again on first use.
alter table analytics.rollup add column kept boolean not null default false;
truncate analytics.rollup_epoch, analytics.rollup;
truncate analytics.aggregate, analytics.coverage, analytics.period_state, analytics.rebuilt, analytics.applied,
         analytics.pending_change;
delete from analytics.staleness;
