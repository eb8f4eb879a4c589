-- "Dân vận khéo": registered models (mô hình) and exemplary persons (điển hình), their yearly evaluations, their
-- recognitions and every step of their life; the lists an administrator manages (fields, target groups, themes).
create schema if not exists practices;

-- Diacritic- and case-insensitive search key, as units.search_key (each module owns its own).
create function practices.search_key(value text) returns text
    language sql immutable parallel safe strict
    return lower(regexp_replace(btrim(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), '\s+', ' ', 'g'));

-- The lists of the registration form: FIELD (lĩnh vực), TARGET_GROUP (đối tượng), THEME (chủ đề năm).
create table practices.option (
    list     text    not null check (list in ('FIELD', 'TARGET_GROUP', 'THEME')),
    code     text    not null check (code ~ '^[A-Z0-9_]{1,40}$'),
    name     text    not null check (name = btrim(name) and name <> '' and length(name) <= 200),
    position integer not null default 0,
    active   boolean not null default true,
    primary key (list, code)
);

insert into practices.option (list, code, name, position) values
    ('FIELD', 'KINH_TE', 'Kinh tế', 1),
    ('FIELD', 'VAN_HOA_XA_HOI', 'Văn hóa – xã hội', 2),
    ('FIELD', 'QUOC_PHONG_AN_NINH', 'Quốc phòng – an ninh, trật tự an toàn xã hội', 3),
    ('FIELD', 'XAY_DUNG_HTCT', 'Xây dựng Đảng và hệ thống chính trị', 4),
    ('FIELD', 'NONG_THON_MOI', 'Nông thôn mới, đô thị văn minh', 5),
    ('FIELD', 'CHUYEN_DOI_SO', 'Chuyển đổi số', 6),
    ('TARGET_GROUP', 'DAN_TOC_THIEU_SO', 'Đồng bào dân tộc thiểu số', 1),
    ('TARGET_GROUP', 'TON_GIAO', 'Đồng bào có đạo', 2),
    ('TARGET_GROUP', 'CONG_NHAN', 'Công nhân', 3),
    ('TARGET_GROUP', 'NONG_DAN', 'Nông dân', 4),
    ('TARGET_GROUP', 'THANH_NIEN', 'Thanh niên', 5),
    ('TARGET_GROUP', 'PHU_NU', 'Phụ nữ', 6),
    ('TARGET_GROUP', 'CUU_CHIEN_BINH', 'Cựu chiến binh', 7),
    ('TARGET_GROUP', 'TRI_THUC', 'Trí thức', 8),
    ('THEME', 'NAM_2019', 'Năm dân vận chính quyền 2019', 2019),
    ('THEME', 'NAM_2020', 'Năm dân vận khéo 2020', 2020),
    ('THEME', 'NAM_2021', 'Năm dân vận chính quyền 2021', 2021),
    ('THEME', 'NAM_2022', 'Năm dân vận khéo 2022', 2022),
    ('THEME', 'NAM_2023', 'Năm dân vận chính quyền 2023', 2023),
    ('THEME', 'NAM_2024', 'Năm dân vận khéo 2024', 2024),
    ('THEME', 'NAM_2025', 'Năm dân vận chính quyền 2025', 2025),
    ('THEME', 'NAM_2026', 'Năm dân vận khéo 2026', 2026);

create table practices.practice (
    id                   bigint generated always as identity primary key,
    name                 text    not null check (name = btrim(name) and name <> '' and length(name) <= 300),
    kind                 text    not null check (kind in ('MODEL', 'EXEMPLAR')),
    subject              text    not null check (subject in ('COLLECTIVE', 'INDIVIDUAL')),
    owner_unit_id        bigint  not null,
    participant_unit_ids bigint[] not null default '{}',
    fields               text[]  not null check (cardinality(fields) > 0),
    target_groups        text[]  not null default '{}',
    theme                text,
    registered_on        date    not null,
    registered_year      integer generated always as (extract(year from registered_on)::integer) stored,
    started_on           date,
    description          text    not null default '' check (length(description) <= 10000),
    methods              text    not null default '' check (length(methods) <= 10000),
    results              text    not null default '' check (length(results) <= 10000),
    money_mobilised      numeric(18, 2) check (money_mobilised >= 0),
    work_days            integer check (work_days >= 0),
    households_helped    integer check (households_helped >= 0),
    road_km              numeric(12, 2) check (road_km >= 0),
    status               text    not null default 'REGISTERED'
                                 check (status in ('REGISTERED', 'IN_PROGRESS', 'REPLICATED', 'ENDED')),
    effective            boolean,
    level                text    check (level in ('COMMUNE', 'PROVINCE', 'CENTRAL')),
    recognised_on        date,
    exemplary            boolean not null default false,
    proposed_on          date,
    created_by           text    not null,
    created_at           timestamptz not null default now(),
    updated_by           text    not null,
    updated_at           timestamptz not null default now(),
    version              integer not null default 0,
    name_key             text generated always as (practices.search_key(name)) stored,
    search_key           text generated always as (practices.search_key(name || ' ' || description || ' ' || methods)) stored
);
create index practice_owner on practices.practice (owner_unit_id, registered_on);
create index practice_search on practices.practice using gin (search_key gin_trgm_ops);
create index practice_duplicate on practices.practice (owner_unit_id, registered_year, name_key);
create index practice_recognised on practices.practice (owner_unit_id, recognised_on) where recognised_on is not null;

-- One evaluation per practice and year, by a unit above the owner.
create table practices.evaluation (
    practice_id       bigint  not null references practices.practice (id),
    year              integer not null,
    evaluated_on      date    not null,
    evaluator_unit_id bigint  not null,
    grade             text    not null check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'WEAK')),
    effective         boolean not null,
    comment           text    not null default '' check (length(comment) <= 4000),
    evaluated_by      text    not null,
    primary key (practice_id, year)
);

-- Every step of a practice's life, dated: registered, changed, started, evaluated, recognised, replicated, ended.
create table practices.step (
    id          bigint generated always as identity primary key,
    practice_id bigint  not null references practices.practice (id),
    kind        text    not null check (kind in ('REGISTERED', 'CHANGED', 'STARTED', 'EVALUATED', 'RECOGNISED',
                                                 'REPLICATED', 'ENDED')),
    on_date     date    not null,
    unit_id     bigint,
    note        text    not null default '',
    actor       text    not null,
    at          timestamptz not null default now()
);
create index step_practice on practices.step (practice_id, id);
