-- Issue 19, item 6: references resolved within the right issuer, official letters (công văn), resolutions named
-- without a number ("Nghị quyết Đại hội XIII của Đảng") and their aliases.

-- Official letters ("Công văn số 3717-CV/BTGDVTW") are a type of the register.
alter table directives.directive drop constraint directive_type_check;
alter table directives.directive add constraint directive_type_check
    check (type in ('RESOLUTION', 'DIRECTIVE', 'DECISION', 'CONCLUSION', 'REGULATION', 'NOTICE', 'GUIDANCE', 'PLAN',
                    'PROJECT', 'OFFICIAL_LETTER'));

-- The unit that issued the directive, when it is not the owner unit (the catalogue's local documents, owned by no
-- unit: Kiên Giang's 1035-TB/TU). A local document resolves only for texts of that unit or of a unit below it.
alter table directives.directive add column issuer_unit_id bigint;

-- A directive may be known by a name instead of a number ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của
-- Đảng"): then its symbol is empty. name_key is the name folded by the application (DirectiveText: no diacritics,
-- lower case, punctuation as spaces), so that the recogniser and the register compare the same keys.
alter table directives.directive
    add column name     text,
    add column name_key text,
    add constraint directive_name_length check (char_length(name) <= 300),
    add constraint directive_name_trimmed check (name = btrim(name) and name <> ''),
    add constraint directive_symbol_or_name check (symbol <> '' or name is not null);
alter table directives.directive drop constraint directive_symbol_check;
alter table directives.directive add constraint directive_symbol_check
    check (symbol = btrim(symbol) and (symbol = '' or symbol ~ '^[0-9]'));
-- Two named directives of one issuer have no symbol: the symbol is unique only when there is one.
alter table directives.directive drop constraint directive_symbol_issuer_unique;
create unique index directive_symbol_issuer_unique on directives.directive (symbol_key, issuer_key) where symbol <> '';
create unique index directive_name_issuer_unique on directives.directive (name_key, issuer_key) where symbol = '';

-- Other names of a directive, as texts write it ("Nghị quyết TW4 khóa XII"); alias_key folded by the application.
-- That no alias repeats within one issuer's scope (the same unit, or the national register) is checked by the
-- register under a lock of the directive; the index only keeps one directive's aliases apart.
create table directives.directive_alias (
    id           bigint generated always as identity primary key,
    directive_id bigint  not null references directives.directive (id) on delete cascade,
    position     integer not null,
    alias        text    not null check (alias = btrim(alias) and alias <> '' and char_length(alias) <= 300),
    alias_key    text    not null check (alias_key <> ''),
    constraint directive_alias_unique unique (directive_id, alias_key)
);
create index directive_alias_key on directives.directive_alias (alias_key);

-- A mention of a named directive keeps the name's key (its number is empty), to be looked up again when aliases
-- change; and the date of the text, to walk the organisation tree as it was.
alter table directives.mention add column name_key text;
alter table directives.mention add column text_date date;
create index mention_name_key on directives.mention (name_key) where name_key is not null;

-- The register is searched by the name too ("dai hoi XIII").
drop index directives.directive_search;
alter table directives.directive drop column search_key;
alter table directives.directive add column search_key text generated always as
    (directives.search_key(symbol || ' ' || coalesce(name, '') || ' ' || summary || ' ' || issuer || ' ' || fields)) stored;
create index directive_search on directives.directive using gin (search_key gin_trgm_ops);
