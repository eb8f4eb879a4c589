-- Read models that reporting publishes for set-based consumers (analytics rebuilds and checks its aggregates from
-- them). Other modules read these views, never the tables behind them; see ADR 13.
create view reporting.report_state as
select s.period_id, s.id as submission_id, s.unit_id, s.state, s.version
  from reporting.submission s;

create view reporting.reported_value as
select s.period_id, s.id as submission_id, s.unit_id, s.state, s.version, v.indicator_id, v.item, v.number_value as value
  from reporting.submission s
  join reporting.submission_value v on v.submission_id = s.id
 where v.number_value is not null;
