-- When today's structure is, for a period's tree, the tree as it was (no unit of it merged, split or closed since),
-- the sums and counts of both views are the same: they are kept once, under 'A', and read for both views (ADR 18).
-- Periods built before keep both copies (false) until their next rebuild.
alter table analytics.period_state add column current_same boolean not null default false;
