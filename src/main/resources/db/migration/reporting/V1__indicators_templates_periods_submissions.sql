-- Periodic reporting: indicators, templates (versioned, frozen once used), reporting periods with the units
-- expected to report, submissions with their values, narratives, revisions and state changes.
create schema if not exists reporting;

-- Optional breakdowns of an indicator ("by field", "by organisation"): the items are the rows a value is kept for.
create table reporting.breakdown (
    id   bigint generated always as identity primary key,
    code text not null unique check (code ~ '^[A-Z0-9_]{1,40}$'),
    name text not null
);

create table reporting.breakdown_item (
    breakdown_id bigint not null references reporting.breakdown (id),
    code         text   not null check (code ~ '^[A-Z0-9_]{1,40}$'),
    name         text   not null,
    position     int    not null,
    primary key (breakdown_id, code)
);

-- What is measured. Percentages are computed from a numerator and a denominator indicator, never entered.
create table reporting.indicator (
    id              bigint generated always as identity primary key,
    code            text    not null unique check (code ~ '^[A-Z0-9_]{1,40}$'),
    name            text    not null,
    unit_of_measure text    not null default '',
    value_type      text    not null check (value_type in ('INTEGER', 'DECIMAL', 'PERCENTAGE', 'BOOLEAN', 'TEXT')),
    aggregation     text    not null check (aggregation in ('SUM', 'AVERAGE', 'MINIMUM', 'MAXIMUM', 'NONE')),
    breakdown_id    bigint references reporting.breakdown (id),
    numerator_id    bigint references reporting.indicator (id),
    denominator_id  bigint references reporting.indicator (id),
    required        boolean not null default false,
    min_value       numeric,
    max_value       numeric,
    description     text    not null default '',
    version         int     not null default 0,
    created_at      timestamptz not null default now(),
    constraint indicator_percentage_parts check (
        (value_type = 'PERCENTAGE') = (numerator_id is not null and denominator_id is not null)),
    constraint indicator_range check (min_value is null or max_value is null or min_value <= max_value)
);

-- Validation rules in data: cross-field comparisons ("resolved <= received", "of which <= total") and warnings when
-- a value moves far from the unit's previous period.
create table reporting.rule (
    id                 bigint generated always as identity primary key,
    kind               text    not null check (kind in ('NOT_GREATER_THAN', 'CHANGE_WARNING')),
    severity           text    not null check (severity in ('ERROR', 'WARNING')),
    indicator_id       bigint  not null references reporting.indicator (id),
    other_indicator_id bigint references reporting.indicator (id),
    threshold          numeric,
    message            text    not null default '',
    constraint rule_shape check (
        (kind = 'NOT_GREATER_THAN' and other_indicator_id is not null and other_indicator_id <> indicator_id)
        or (kind = 'CHANGE_WARNING' and threshold is not null and threshold > 0))
);
create index rule_indicator on reporting.rule (indicator_id);

create table reporting.template (
    id          bigint generated always as identity primary key,
    code        text not null unique check (code ~ '^[A-Z0-9_]{1,40}$'),
    name        text not null,
    description text not null default '',
    created_at  timestamptz not null default now()
);

-- A version freezes when the first period is opened with it; later changes make a new version.
create table reporting.template_version (
    id            bigint generated always as identity primary key,
    template_id   bigint  not null references reporting.template (id),
    version       int     not null,
    frozen        boolean not null default false,
    unit_levels   text[]  not null default '{}',
    unit_kinds    text[]  not null default '{}',
    row_version   int     not null default 0,
    created_at    timestamptz not null default now(),
    unique (template_id, version)
);

-- Ordered sections: a part or heading (depth 0/1), a narrative with guidance text, a table of indicators, or both.
create table reporting.template_section (
    id                  bigint generated always as identity primary key,
    template_version_id bigint  not null references reporting.template_version (id) on delete cascade,
    position            int     not null,
    depth               int     not null default 1 check (depth between 0 and 3),
    label               text    not null default '',
    title               text    not null,
    guidance            text    not null default '',
    narrative           boolean not null default false,
    unique (template_version_id, position)
);

create table reporting.section_indicator (
    section_id   bigint not null references reporting.template_section (id) on delete cascade,
    position     int    not null,
    indicator_id bigint not null references reporting.indicator (id),
    primary key (section_id, indicator_id),
    unique (section_id, position)
);

create table reporting.period (
    id                  bigint generated always as identity primary key,
    template_version_id bigint  not null references reporting.template_version (id),
    period_type         text    not null check (period_type in
                            ('MONTHLY', 'QUARTERLY', 'SIX_MONTH', 'ANNUAL', 'MULTI_YEAR', 'AD_HOC')),
    name                text    not null,
    window_from         date    not null,
    window_to           date    not null,
    deadline            date    not null,
    owner_unit_id       bigint,
    closed_at           timestamptz,
    created_by          text    not null,
    created_at          timestamptz not null default now(),
    constraint period_window check (window_from <= window_to)
);
create index period_window_end on reporting.period (window_to desc);

-- Every expected unit has a submission from the day the period opens; NOT_STARTED until its first save.
create table reporting.submission (
    id            bigint generated always as identity primary key,
    period_id     bigint not null references reporting.period (id),
    unit_id       bigint not null,
    state         text   not null default 'NOT_STARTED'
                      check (state in ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    version       int    not null default 0,
    updated_at    timestamptz,
    updated_by    text,
    submitted_at  timestamptz,
    unique (period_id, unit_id)
);
create index submission_unit on reporting.submission (unit_id);

-- One row per indicator and breakdown item ('' when the indicator has no breakdown).
create table reporting.submission_value (
    submission_id bigint  not null references reporting.submission (id),
    indicator_id  bigint  not null references reporting.indicator (id),
    item          text    not null default '',
    number_value  numeric,
    text_value    text,
    primary key (submission_id, indicator_id, item)
);

create table reporting.submission_narrative (
    submission_id bigint not null references reporting.submission (id),
    section_id    bigint not null references reporting.template_section (id),
    body          text   not null,
    primary key (submission_id, section_id)
);

-- Every saved version: who, when, through what, and each field's old and new value.
create table reporting.submission_revision (
    id            bigint generated always as identity primary key,
    submission_id bigint      not null references reporting.submission (id),
    version       int         not null,
    changed_by    text        not null,
    changed_at    timestamptz not null default now(),
    source        text        not null,
    changes       jsonb       not null,
    unique (submission_id, version)
);

create table reporting.submission_transition (
    id            bigint generated always as identity primary key,
    submission_id bigint      not null references reporting.submission (id),
    from_state    text        not null,
    to_state      text        not null,
    actor         text        not null,
    at            timestamptz not null default now(),
    comment       text        not null default ''
);
create index submission_transition_submission on reporting.submission_transition (submission_id, at);
