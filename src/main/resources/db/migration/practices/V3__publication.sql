-- "Công bố": a recognised model or exemplary person an officer marked for the public portal, and who did it. Until the
-- portal shows it, nothing of a practice is visible outside the scope of the units that own it.
create table practices.publication (
    practice_id  bigint primary key references practices.practice (id),
    published_on date        not null,
    published_by text        not null,
    note         text        not null default '' check (note = btrim(note) and length(note) <= 2000),
    at           timestamptz not null default now()
);
