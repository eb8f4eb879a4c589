-- The organisation tree over time. A unit is an identity; what it is called, its official code, its kind and level
-- and its parent are kept as versions with [valid_from, valid_to) ranges that never overlap. Codes are attributes,
-- not identities: a new province may take its absorbed partner's old code.
create schema if not exists units;
create extension if not exists btree_gist;

-- Diacritic- and case-insensitive search key ("Đắk Lắk" -> "dak lak"); unaccent with an explicit dictionary is
-- deterministic, so the function may be declared immutable and indexed.
create function units.search_key(value text) returns text
    language sql immutable parallel safe strict
    return lower(regexp_replace(btrim(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), '\s+', ' ', 'g'));

create table units.unit (
    id         bigint generated always as identity primary key,
    created_at timestamptz not null default now()
);

create table units.unit_version (
    id         bigint generated always as identity primary key,
    unit_id    bigint    not null references units.unit (id),
    valid      daterange not null,
    code       text,
    name       text      not null,
    full_name  text      not null,
    kind       text      not null,
    level      text      not null check (level in ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
    parent_id  bigint references units.unit (id),
    search_key text generated always as (units.search_key(full_name)) stored,
    constraint unit_version_not_empty check (not isempty(valid)),
    constraint unit_version_not_own_parent check (parent_id is distinct from unit_id),
    constraint unit_version_names_trimmed check (name = btrim(name) and full_name = btrim(full_name) and name <> ''),
    constraint unit_version_no_overlap exclude using gist (unit_id with =, valid with &&),
    constraint unit_version_code_unique exclude using gist (level with =, code with =, valid with &&)
);
create index unit_version_parent on units.unit_version using gist (parent_id, valid);
create index unit_version_unit on units.unit_version (unit_id, lower(valid));
create index unit_version_search on units.unit_version using gin (search_key gin_trgm_ops);
create index unit_version_code on units.unit_version (code) where code is not null;

create table units.succession (
    id        bigint generated always as identity primary key,
    from_unit bigint  not null references units.unit (id),
    to_unit   bigint  not null references units.unit (id),
    on_date   date    not null,
    kind      text    not null check (kind in ('MERGE', 'SPLIT', 'RENAME', 'TRANSFER')),
    partial   boolean not null default false,
    constraint succession_not_self check (from_unit <> to_unit),
    constraint succession_once unique (from_unit, to_unit, on_date)
);
create index succession_from on units.succession (from_unit);
create index succession_to on units.succession (to_unit);
