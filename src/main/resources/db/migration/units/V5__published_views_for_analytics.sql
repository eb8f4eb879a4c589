-- Read models that units publishes for set-based consumers (analytics builds its maps of where figures add up from
-- them). Other modules read these views, never the tables behind them (as reporting publishes its views, V5 there).
-- Plain views: PostgreSQL inlines them, so the indexes of the tables still serve the queries.
create view units.unit_version_view as
select v.unit_id, v.valid, v.code, v.name, v.full_name, v.kind, v.level, v.parent_id
  from units.unit_version v;

create view units.succession_view as
select s.from_unit, s.to_unit, s.on_date, s.kind, s.partial
  from units.succession s;
