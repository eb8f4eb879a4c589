-- Commendations (khen thưởng): decisions of an issuing unit and their recipients, collectives (a unit, or a named
-- collective of a unit) and individuals (name, position, unit), each possibly linked to a practice of the registry.
create schema if not exists awards;

create function awards.search_key(value text) returns text
    language sql immutable parallel safe strict
    return lower(regexp_replace(btrim(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), '\s+', ' ', 'g'));

create table awards.decision (
    id              bigint generated always as identity primary key,
    number          text    not null check (number = btrim(number) and number <> '' and length(number) <= 64),
    decided_on      date    not null,
    decided_year    integer generated always as (extract(year from decided_on)::integer) stored,
    issuing_unit_id bigint  not null,
    form            text    not null check (form in ('GIAY_KHEN', 'BANG_KHEN', 'CO_THI_DUA', 'KY_NIEM_CHUONG', 'BIEU_DUONG')),
    level           text    not null check (level in ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
    reason          text    not null default '' check (length(reason) <= 2000),
    campaign        text    not null default '' check (campaign = btrim(campaign) and length(campaign) <= 300),
    created_by      text    not null,
    created_at      timestamptz not null default now(),
    updated_by      text    not null,
    updated_at      timestamptz not null default now(),
    version         integer not null default 0 check (version >= 0)
);

-- A decision number is used once by an issuing unit in a year (case and spaces aside).
create unique index decision_number_per_unit_and_year
    on awards.decision (issuing_unit_id, decided_year, lower(number));
create index decision_by_date on awards.decision (decided_on);

create table awards.recipient (
    id          bigint generated always as identity primary key,
    decision_id bigint  not null references awards.decision (id) on delete cascade,
    position_no integer not null check (position_no > 0),
    kind        text    not null check (kind in ('COLLECTIVE', 'INDIVIDUAL')),
    name        text    not null default '' check (name = btrim(name) and length(name) <= 300),
    job_title   text    not null default '' check (job_title = btrim(job_title) and length(job_title) <= 300),
    unit_id     bigint  not null,
    practice_id bigint,
    -- an individual has a name; a collective is its unit unless named
    check (kind = 'COLLECTIVE' or name <> ''),
    check (kind = 'INDIVIDUAL' or job_title = ''),
    unique (decision_id, position_no)
);
create index recipient_by_decision on awards.recipient (decision_id);
