-- Review reports composed from reporting and analytics, their drafts and versions, the register of issued documents
-- and the Party document format profiles (see docs/documents.md and ADR 14).
create schema if not exists documents;

-- A named format profile (HD36-2018 is the default): fonts, sizes in points, margins in millimetres, labels.
create table documents.format_profile (
    id            bigint generated always as identity primary key,
    code          text          not null unique,
    name          text          not null,
    is_default    boolean       not null default false,
    font_name     text          not null,
    body_size     numeric(4, 1) not null,
    header_size   numeric(4, 1) not null,
    party_size    numeric(4, 1) not null,
    title_size    numeric(4, 1) not null,
    margin_top    numeric(5, 1) not null,
    margin_bottom numeric(5, 1) not null,
    margin_left   numeric(5, 1) not null,
    margin_right  numeric(5, 1) not null,
    indent_cm     numeric(4, 2) not null,
    labels        jsonb         not null,
    version       int           not null default 1,
    updated_by    text,
    updated_at    timestamptz   not null default now()
);
create unique index format_profile_one_default on documents.format_profile (is_default) where is_default;

-- Issuing bodies of a level (and optionally of some unit kinds) over time: their names in the header, their symbol in
-- the number line, how they sign, the place in the place-date line. {NAME} is the unit's short name in capitals,
-- {Name} as written, {PARENT} the parent's full name in capitals. valid [valid_from, valid_to), null = open.
create table documents.body_symbol (
    id          bigint generated always as identity primary key,
    profile_id  bigint not null references documents.format_profile (id) on delete cascade,
    level       text   not null,
    kinds       text   not null default '',
    valid_from  date,
    valid_to    date,
    superior    text   not null,
    issuing     text   not null,
    symbol      text   not null,
    signing     text   not null check (signing in ('COMMISSION', 'COMMITTEE')),
    place       text   not null,
    check (valid_from is null or valid_to is null or valid_from < valid_to)
);

create table documents.review_draft (
    id          bigint generated always as identity primary key,
    unit_id     bigint      not null,
    period_id   bigint      not null,
    title       text        not null,
    summary     text        not null,
    version     int         not null default 1,
    state       text        not null default 'DRAFT' check (state in ('DRAFT', 'ISSUED')),
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_by  text        not null,
    updated_at  timestamptz not null default now()
);
create index review_draft_unit on documents.review_draft (unit_id, period_id);

-- The sections of a draft in template order: the text the officer edits (body), the figures written as sentences
-- when composed, and the narratives of the units directly below (JSON list of {unitId, unitName, text}).
create table documents.draft_section (
    draft_id   bigint  not null references documents.review_draft (id) on delete cascade,
    position   int     not null,
    section_id bigint  not null,
    depth      int     not null,
    label      text    not null,
    title      text    not null,
    narrative  boolean not null,
    body       text    not null default '',
    figures    text    not null default '',
    compiled   jsonb   not null default '[]',
    primary key (draft_id, position)
);

-- Every saved version of a draft: the bodies of its sections by section id.
create table documents.draft_version (
    draft_id bigint      not null references documents.review_draft (id) on delete cascade,
    version  int         not null,
    saved_by text        not null,
    saved_at timestamptz not null default now(),
    bodies   jsonb       not null,
    primary key (draft_id, version)
);

-- The register: the last number given per issuing body (unit and symbol) and year.
create table documents.register_counter (
    unit_id     bigint not null,
    symbol      text   not null,
    year        int    not null,
    last_number int    not null,
    primary key (unit_id, symbol, year)
);

-- Issued documents with their number and files; a draft is issued at most once.
create table documents.document (
    id            bigint generated always as identity primary key,
    draft_id      bigint unique references documents.review_draft (id),
    unit_id       bigint      not null,
    period_id     bigint,
    symbol        text        not null,
    year          int         not null,
    number        int         not null,
    number_text   text        not null,
    issued_on     date        not null,
    issuing_body  text        not null,
    title         text        not null,
    docx          bytea       not null,
    xlsx          bytea       not null,
    pdf           bytea,
    issued_by     text        not null,
    issued_at     timestamptz not null default now(),
    unique (unit_id, symbol, year, number)
);

insert into documents.format_profile (code, name, is_default, font_name, body_size, header_size, party_size, title_size,
                                      margin_top, margin_bottom, margin_left, margin_right, indent_cm, labels)
values ('HD36-2018', 'Hướng dẫn 36-HD/VPTW ngày 03/4/2018', true, 'Times New Roman', 14, 14, 15, 16, 20, 20, 30, 15, 1.27,
        '{"party": "ĐẢNG CỘNG SẢN VIỆT NAM", "star": "*", "number": "Số", "typeName": "BÁO CÁO", "typeAbbreviation": "BC",
          "placeDate": "{place}, ngày {dd} tháng {mm} năm {yyyy}", "recipients": "Nơi nhận:", "keep": "Lưu",
          "head": "TRƯỞNG BAN", "deputyFor": "K/T TRƯỞNG BAN", "deputy": "PHÓ TRƯỞNG BAN",
          "committeeFor": "T/M BAN THƯỜNG VỤ", "committeeHead": "BÍ THƯ", "committeeDeputy": "PHÓ BÍ THƯ",
          "appendix": "PHỤ LỤC SỐ LIỆU", "appendixOf": "(Kèm theo Báo cáo số {number})"}');

insert into documents.body_symbol (profile_id, level, kinds, valid_from, valid_to, superior, issuing, symbol, signing, place)
select p.id, v.level, v.kinds, cast(v.valid_from as date), cast(v.valid_to as date), v.superior, v.issuing, v.symbol,
       v.signing, v.place
  from documents.format_profile p,
       (values ('CENTRAL', '', null, '2025-03-01', 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN DÂN VẬN', 'BDVTW', 'COMMISSION', 'Hà Nội'),
               ('CENTRAL', '', '2025-03-01', null, 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'BTGDVTW', 'COMMISSION', 'Hà Nội'),
               ('PROVINCE', 'CITY', null, '2025-03-01', 'THÀNH ỦY {NAME}', 'BAN DÂN VẬN', 'BDVTU', 'COMMISSION', '{Name}'),
               ('PROVINCE', 'CITY', '2025-03-01', null, 'THÀNH ỦY {NAME}', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'BTGDVTU', 'COMMISSION', '{Name}'),
               ('PROVINCE', '', null, '2025-03-01', 'TỈNH ỦY {NAME}', 'BAN DÂN VẬN', 'BDVTU', 'COMMISSION', '{Name}'),
               ('PROVINCE', '', '2025-03-01', null, 'TỈNH ỦY {NAME}', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'BTGDVTU', 'COMMISSION', '{Name}'),
               ('DISTRICT', '', null, '2025-07-01', 'ĐẢNG BỘ {PARENT}', 'HUYỆN ỦY {NAME}', 'HU', 'COMMITTEE', '{Name}'),
               ('COMMUNE', '', null, null, 'ĐẢNG BỘ {PARENT}', 'ĐẢNG ỦY {FULL_NAME}', 'ĐU', 'COMMITTEE', '{Name}'))
           as v (level, kinds, valid_from, valid_to, superior, issuing, symbol, signing, place)
 where p.code = 'HD36-2018';
