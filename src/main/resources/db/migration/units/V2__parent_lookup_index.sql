-- Walking down the tree looks children up by parent; a plain b-tree index serves that better than the GiST one.
create index unit_version_parent_id on units.unit_version (parent_id) include (valid);
