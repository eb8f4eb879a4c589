-- Roll-up of reported numbers over the organisation tree (see ADR 13 and docs/analytics.md).
create schema if not exists analytics;

-- Where a unit's figures add up, per epoch of the tree (the dates between which the tree does not change) and view:
-- 'A' (as it was: the unit itself and its ancestors on the epoch's date) or 'C' (in today's structure: the units of
-- today's tree it became, and their ancestors; approximate when only part of it went there).
create table analytics.rollup (
    view        char(1) not null check (view in ('A', 'C')),
    epoch       date    not null,
    unit_id     bigint  not null,
    target_id   bigint  not null,
    depth       int     not null,
    approximate boolean not null default false,
    primary key (view, epoch, unit_id, target_id)
);
create index rollup_target on analytics.rollup (view, epoch, target_id, depth);

create table analytics.rollup_epoch (
    view     char(1)     not null,
    epoch    date        not null,
    today    date        not null,
    built_at timestamptz not null default now(),
    primary key (view, epoch)
);

-- The sums per period, view, inclusion ('A' approved only, 'S' submitted or approved), unit, indicator and breakdown
-- item: maintained by deltas when a report enters or leaves an inclusion, rebuilt set-based on demand.
create table analytics.aggregate (
    period_id    bigint  not null,
    view         char(1) not null,
    inclusion    char(1) not null check (inclusion in ('A', 'S')),
    unit_id      bigint  not null,
    indicator_id bigint  not null,
    item         text    not null,
    total        numeric not null,
    reported     int     not null,
    approximate  int     not null default 0,
    primary key (period_id, view, inclusion, unit_id, indicator_id, item)
);

-- How many units below each unit are expected to report, have handed in and are approved.
create table analytics.coverage (
    period_id   bigint  not null,
    view        char(1) not null,
    unit_id     bigint  not null,
    expected    int     not null,
    handed_in   int     not null,
    approved    int     not null,
    approximate int     not null default 0,
    primary key (period_id, view, unit_id)
);

-- A period is prepared (its aggregates built from the reports) before deltas are applied to it.
create table analytics.period_state (
    period_id  bigint      primary key,
    epoch      date        not null,
    built_at   timestamptz not null default now()
);

-- Idempotence: a report's change is applied once. Changes up to the version a rebuild read are already in the sums.
create table analytics.rebuilt (
    submission_id bigint primary key,
    period_id     bigint not null,
    version       int    not null
);
create index rebuilt_period on analytics.rebuilt (period_id);

create table analytics.applied (
    submission_id bigint not null,
    version       int    not null,
    period_id     bigint not null,
    applied_at    timestamptz not null default now(),
    primary key (submission_id, version)
);
create index applied_period on analytics.applied (period_id);

-- Full rebuilds: one runs at a time across all nodes (the unique index), with progress and a heartbeat.
create table analytics.rebuild_run (
    id             bigint generated always as identity primary key,
    started_by     text        not null,
    started_at     timestamptz not null default now(),
    heartbeat_at   timestamptz not null default now(),
    finished_at    timestamptz,
    state          text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    periods_total  int         not null default 0,
    periods_done   int         not null default 0,
    error          text
);
create unique index rebuild_run_one_running on analytics.rebuild_run ((true)) where state = 'RUNNING';

-- Set when the tree changes after aggregates were built: figures may be stale until a rebuild.
create table analytics.staleness (
    id        int primary key default 1 check (id = 1),
    since     timestamptz not null,
    reason    text        not null
);
