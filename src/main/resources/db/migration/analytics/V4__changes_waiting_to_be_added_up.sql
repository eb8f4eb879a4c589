-- A report's change waits here, one row per change, until it is added into the sums (ADR 18). Writing it touches no
-- shared row, so listeners handling many reports at once no longer queue on the locks of the province's and the
-- centre's sums; one transaction at a time then adds up every waiting change at once (the fold), so a unit high in
-- the tree is updated once per batch instead of once per report. A rebuild of a period drops the period's waiting
-- changes (the reports it reads already contain them).
create table analytics.pending_change (
    id             bigint generated always as identity primary key,
    period_id      bigint   not null,
    epoch          date     not null,
    unit_id        bigint   not null,
    submitted_sign smallint not null,
    approved_sign  smallint not null,
    figures        jsonb    not null,
    queued_at      timestamptz not null default now()
);
create index pending_change_period on analytics.pending_change (period_id);
