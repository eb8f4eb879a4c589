-- Directive tracking: the register of directives, the actions each requires of which units, what every unit did,
-- attachments (kept in the database), and the places in other texts where a directive is mentioned.
create schema if not exists directives;

-- Diacritic- and case-insensitive search key, as units.search_key (each module owns its own).
create function directives.search_key(value text) returns text
    language sql immutable parallel safe strict
    return lower(regexp_replace(btrim(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), '\s+', ' ', 'g'));

create table directives.directive (
    id            bigint generated always as identity primary key,
    type          text    not null check (type in ('RESOLUTION', 'DIRECTIVE', 'DECISION', 'CONCLUSION', 'REGULATION',
                                                   'NOTICE', 'GUIDANCE', 'PLAN', 'PROJECT')),
    symbol        text    not null check (symbol = btrim(symbol) and symbol ~ '^[0-9]'),
    issued_on     date    not null,
    issuer        text    not null check (issuer = btrim(issuer) and issuer <> ''),
    summary       text    not null check (summary <> ''),
    fields        text    not null default '',
    status        text    not null check (status in ('IN_FORCE', 'AMENDED', 'REPLACED', 'EXPIRED')),
    replaced_by   bigint references directives.directive (id),
    owner_unit_id bigint,
    created_by    text    not null,
    created_at    timestamptz not null default now(),
    version       integer not null default 0,
    symbol_key    text generated always as (upper(replace(directives.search_key(symbol), ' ', ''))) stored,
    issuer_key    text generated always as (directives.search_key(issuer)) stored,
    search_key    text generated always as (directives.search_key(symbol || ' ' || summary || ' ' || issuer || ' ' || fields)) stored,
    constraint directive_not_replaced_by_itself check (replaced_by is distinct from id),
    constraint directive_replaced_names_successor check ((status = 'REPLACED') = (replaced_by is not null)),
    constraint directive_symbol_issuer_unique unique (symbol_key, issuer_key)
);
create index directive_search on directives.directive using gin (search_key gin_trgm_ops);
create index directive_issued on directives.directive (issued_on);

create table directives.attachment (
    id           bigint generated always as identity primary key,
    directive_id bigint not null references directives.directive (id) on delete cascade,
    evidence     boolean not null default false,
    file_name    text    not null,
    content_type text    not null check (content_type in ('application/pdf',
                            'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size         integer not null check (size > 0),
    content      bytea   not null,
    uploaded_by  text    not null,
    uploaded_at  timestamptz not null default now()
);
create index attachment_directive on directives.attachment (directive_id);

-- What a directive requires of the units of given levels and kinds below scope_unit_id.
create table directives.action (
    id            bigint generated always as identity primary key,
    directive_id  bigint  not null references directives.directive (id),
    kind          text    not null check (kind in ('DISSEMINATION', 'ACTION_PLAN', 'INTERIM_REVIEW', 'FINAL_REVIEW')),
    description   text    not null default '',
    due_on        date    not null,
    every_years   integer check (every_years between 1 and 20),
    scope_unit_id bigint  not null,
    levels        text[]  not null check (cardinality(levels) > 0),
    kinds         text[]  not null default '{}',
    created_by    text    not null,
    created_at    timestamptz not null default now()
);
create index action_directive on directives.action (directive_id);

-- What a unit did for an action.
create table directives.action_record (
    id              bigint generated always as identity primary key,
    action_id       bigint  not null references directives.action (id),
    unit_id         bigint  not null,
    done_on         date    not null,
    document_number text    not null default '',
    participants    integer check (participants >= 0),
    note            text    not null default '',
    evidence_id     bigint references directives.attachment (id),
    recorded_by     text    not null,
    recorded_at     timestamptz not null default now()
);
create index action_record_action on directives.action_record (action_id, unit_id);

-- A directive reference found in a text held by Danvan (a report, a conference record, news, a pasted text).
create table directives.mention (
    id           bigint generated always as identity primary key,
    source_type  text    not null,
    source_id    text    not null,
    source_title text    not null default '',
    link         text,
    start_pos    integer not null,
    end_pos      integer not null,
    quoted       text    not null,
    excerpt      text    not null,
    reference_key text   not null,
    number       text    not null,
    types        text[]  not null,
    symbol       text,
    symbol_suffix text,
    issued_on    date,
    year         integer,
    issuer_kind  text,
    issuer_text  text,
    term         text,
    label        text    not null,
    resolution   text    not null check (resolution in ('RESOLVED', 'AMBIGUOUS', 'UNKNOWN')),
    directive_id bigint references directives.directive (id) on delete set null,
    recorded_at  timestamptz not null default now()
);
create index mention_source on directives.mention (source_type, source_id);
create index mention_directive on directives.mention (directive_id);
create index mention_number on directives.mention (number);
