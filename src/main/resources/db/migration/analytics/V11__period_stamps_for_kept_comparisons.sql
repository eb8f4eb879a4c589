-- A period's stamp (issue 19): how many times changes were added up into its sums. With built_at (moved by every
-- rebuild) it tells a comparison kept in memory whether the period changed since (Comparisons). The fold, the
-- rebuild and every change of the tree move it in the transaction that changes the sums or the tree.
alter table analytics.period_state add column changes bigint not null default 0;
