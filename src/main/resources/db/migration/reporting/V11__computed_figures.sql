-- Computed figures ("enter once"): an indicator, or one breakdown item of it, filled from a measure another module
-- publishes (shared.figures.MeasureSource) for the report's unit and its subtree within the period's window.
-- Keyed by the indicator's and item's codes, as the catalogue is; item '' binds an indicator without breakdown.
create table reporting.computed_binding (
    indicator_code text  not null,
    item_code      text  not null default '',
    measure        text  not null check (measure ~ '^[a-z0-9]+\.[a-z0-9-]+$'),
    filters        jsonb not null default '{}' check (jsonb_typeof(filters) = 'object'),
    set_by         text  not null,
    set_at         timestamptz not null default now(),
    primary key (indicator_code, item_code)
);

-- The default catalogue's "Dân vận khéo" indicators, bound by default to the practices registry's measures.
insert into reporting.computed_binding (indicator_code, item_code, measure, filters, set_by) values
    ('MH_DANG_KY', 'KINH_TE', 'practices.registered', '{"field": "KINH_TE"}', 'migration'),
    ('MH_DANG_KY', 'VAN_HOA_XA_HOI', 'practices.registered', '{"field": "VAN_HOA_XA_HOI"}', 'migration'),
    ('MH_DANG_KY', 'QUOC_PHONG_AN_NINH', 'practices.registered', '{"field": "QUOC_PHONG_AN_NINH"}', 'migration'),
    ('MH_DANG_KY', 'XAY_DUNG_HTCT', 'practices.registered', '{"field": "XAY_DUNG_HTCT"}', 'migration'),
    ('MH_DANG_KY', 'NONG_THON_MOI', 'practices.registered', '{"field": "NONG_THON_MOI"}', 'migration'),
    ('MH_HIEU_QUA', '', 'practices.effective', '{}', 'migration'),
    ('MH_CONG_NHAN', 'MO_HINH', 'practices.recognised', '{"kind": "MO_HINH"}', 'migration'),
    ('MH_CONG_NHAN', 'DIEN_HINH', 'practices.recognised', '{"kind": "DIEN_HINH"}', 'migration'),
    ('MH_DE_NGHI_KHEN', '', 'practices.proposed-for-award', '{}', 'migration');
