-- How far the rebuild of one period's sums is from a plain aggregation of its values, and what would close the gap
-- (docs/analytics-benchmarks.md, "Why the rebuild is slow"). Run against a national data set with
--   bench/national-data-psql.sh --data-dir=…   and   psql -h localhost -p 55432 -U postgres danvan -v p=<period id> -f bench/sql/rebuild-alternatives.sql
-- Everything is written into a scratch schema inside a transaction that is rolled back: the data set is unchanged.
\timing on
\set e '''2025-07-01'''
begin;
create schema scratch;
-- The same shape and key as analytics.aggregate, logged, so that writes cost what they cost in the application.
create table scratch.aggregate (like analytics.aggregate including all);
-- One row per unit, indicator and item with both inclusions as columns.
create table scratch.sums (
    unit_id bigint not null, indicator_id bigint not null, item text not null,
    submitted_total numeric not null, submitted int not null, approved_total numeric, approved int not null,
    primary key (unit_id, indicator_id, item));

\echo '== 0. plain GROUP BY over the period''s values (the engine''s own limit)'
select count(*), sum(total) from (
    select indicator_id, item, sum(value) as total, count(*) from reporting.reported_value
     where period_id = :p and state in ('SUBMITTED', 'APPROVED') group by 1, 2) x;

\echo '== 1. the rebuild as it is (AggregateRepository.REBUILD, sums only): every unit and ancestor, both views, both inclusions as rows'
insert into scratch.aggregate (period_id, view, inclusion, unit_id, indicator_id, item, total, reported, approximate)
select :p, r.view, i.inclusion, r.target_id, v.indicator_id, v.item, sum(v.value), count(*), count(*) filter (where r.approximate)
  from reporting.reported_value v
  join analytics.rollup r on r.epoch = :e and r.unit_id = v.unit_id
  join (values ('S'), ('A')) as i (inclusion) on v.state = 'APPROVED' or i.inclusion = 'S'
 where v.period_id = :p and v.state in ('SUBMITTED', 'APPROVED')
 group by r.view, i.inclusion, r.target_id, v.indicator_id, v.item;

\echo '== 2. the same closure join, but: only units with units below them (a unit''s own report is its own figure), one view (today''s structure equals the tree of the period: same epoch, no succession since), both inclusions as columns'
insert into scratch.sums
select r.target_id, v.indicator_id, v.item, sum(v.value), count(*),
       sum(v.value) filter (where v.state = 'APPROVED'), count(*) filter (where v.state = 'APPROVED')
  from reporting.reported_value v
  join analytics.rollup r on r.view = 'A' and r.epoch = :e and r.unit_id = v.unit_id and r.depth > 0
 where v.period_id = :p and v.state in ('SUBMITTED', 'APPROVED')
 group by 1, 2, 3;
select count(*) as "sums of units with units below" from scratch.sums;
truncate scratch.sums;

\echo '== 3. as 2, but bottom-up: each level is added from the level below (each value is read once)'
create temp table level on commit drop as
select unit_id, max(depth) as depth from analytics.rollup where view = 'A' and epoch = :e group by unit_id;
create temp table parent on commit drop as
select unit_id, target_id as parent_id from analytics.rollup where view = 'A' and epoch = :e and depth = 1;
analyze level; analyze parent;
select max(depth) as deepest from level \gset
\echo deepest level :deepest
-- Deepest level first: a parent's sums are its children's own values plus their sums.
\set d :deepest
insert into scratch.sums
select p.parent_id, v.indicator_id, v.item, sum(v.value), count(*),
       sum(v.value) filter (where v.state = 'APPROVED'), count(*) filter (where v.state = 'APPROVED')
  from reporting.reported_value v join level l on l.unit_id = v.unit_id and l.depth = :d
  join parent p on p.unit_id = v.unit_id
 where v.period_id = :p and v.state in ('SUBMITTED', 'APPROVED')
 group by 1, 2, 3;
\set d 2
insert into scratch.sums
select p.parent_id, x.indicator_id, x.item, sum(x.st), sum(x.s), sum(x.at), sum(x.a) from (
    select v.unit_id, v.indicator_id, v.item, v.value as st, 1 as s,
           case when v.state = 'APPROVED' then v.value end as at, case when v.state = 'APPROVED' then 1 else 0 end as a
      from reporting.reported_value v join level l on l.unit_id = v.unit_id and l.depth = :d
     where v.period_id = :p and v.state in ('SUBMITTED', 'APPROVED')
    union all
    select s.unit_id, s.indicator_id, s.item, s.submitted_total, s.submitted, s.approved_total, s.approved
      from scratch.sums s join level l on l.unit_id = s.unit_id and l.depth = :d) x
  join parent p on p.unit_id = x.unit_id
 group by 1, 2, 3
on conflict (unit_id, indicator_id, item) do update
   set submitted_total = scratch.sums.submitted_total + excluded.submitted_total,
       submitted = scratch.sums.submitted + excluded.submitted,
       approved_total = coalesce(scratch.sums.approved_total, 0) + coalesce(excluded.approved_total, 0),
       approved = scratch.sums.approved + excluded.approved;
\set d 1
insert into scratch.sums
select p.parent_id, x.indicator_id, x.item, sum(x.st), sum(x.s), sum(x.at), sum(x.a) from (
    select v.unit_id, v.indicator_id, v.item, v.value as st, 1 as s,
           case when v.state = 'APPROVED' then v.value end as at, case when v.state = 'APPROVED' then 1 else 0 end as a
      from reporting.reported_value v join level l on l.unit_id = v.unit_id and l.depth = :d
     where v.period_id = :p and v.state in ('SUBMITTED', 'APPROVED')
    union all
    select s.unit_id, s.indicator_id, s.item, s.submitted_total, s.submitted, s.approved_total, s.approved
      from scratch.sums s join level l on l.unit_id = s.unit_id and l.depth = :d) x
  join parent p on p.unit_id = x.unit_id
 group by 1, 2, 3
on conflict (unit_id, indicator_id, item) do update
   set submitted_total = scratch.sums.submitted_total + excluded.submitted_total,
       submitted = scratch.sums.submitted + excluded.submitted,
       approved_total = coalesce(scratch.sums.approved_total, 0) + coalesce(excluded.approved_total, 0),
       approved = scratch.sums.approved + excluded.approved;
select count(*) as "sums of units with units below (bottom-up)" from scratch.sums;

\echo '== check: bottom-up equals the rebuild for the centre (submitted and approved)'
select count(*) as "differences at the top"
  from (select * from scratch.sums where unit_id in (select unit_id from level where depth = 0)) s
  full join (select unit_id, indicator_id, item, total, reported from scratch.aggregate
              where view = 'A' and inclusion = 'S' and unit_id in (select unit_id from level where depth = 0)) a
         using (unit_id, indicator_id, item)
 where s.submitted_total is distinct from a.total or s.submitted is distinct from a.reported;
-- Sums below a unit plus its own report equal what the rebuild keeps for it.
with own as (
    select unit_id, indicator_id, item, value as total, 1 as n from reporting.reported_value
     where period_id = :p and state in ('SUBMITTED', 'APPROVED') and unit_id in (select parent_id from parent)
),
mine as (
    select unit_id, indicator_id, item, sum(total) as total, sum(n) as n from (
        select unit_id, indicator_id, item, submitted_total as total, submitted as n from scratch.sums
        union all select * from own) x
     group by 1, 2, 3
)
select count(*) as "differences of units with units below (their sums plus their own report)"
  from mine m
  full join (select unit_id, indicator_id, item, total, reported from scratch.aggregate
              where view = 'A' and inclusion = 'S'
                and unit_id in (select parent_id from parent)) a using (unit_id, indicator_id, item)
 where m.total is distinct from a.total or m.n is distinct from a.reported;
rollback;
