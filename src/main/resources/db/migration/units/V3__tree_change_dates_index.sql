-- The dates on which the tree changed (a version starts or ends, a succession takes effect) are looked up on every
-- dashboard and every applied report (analytics' epochs: the last change on or before a date). Without these indexes
-- that is three scans of the whole tree: about 50-140 ms at national scale (41,000 unit versions); with them, an
-- index-only look-up of the greatest date before a given one.
create index unit_version_valid_from_idx on units.unit_version (lower(valid));
create index unit_version_valid_to_idx on units.unit_version (upper(valid));
create index succession_on_date_idx on units.succession (on_date);
