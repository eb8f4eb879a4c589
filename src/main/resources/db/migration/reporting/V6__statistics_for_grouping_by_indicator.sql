-- A breakdown item belongs to one indicator: without these statistics the planner multiplies the numbers of distinct
-- indicators and items, expects some ten times more groups than there are when figures are added up by indicator
-- (the analytics rebuild, ADR 20), and sizes its hash tables for them.
create statistics reporting.submission_value_indicator_item (ndistinct) on indicator_id, item
    from reporting.submission_value;
-- Taken now rather than at autovacuum's next pass, which waits for enough rows to change (sampled: about a second).
analyze reporting.submission_value;
