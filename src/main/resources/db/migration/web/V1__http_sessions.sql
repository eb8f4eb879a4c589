-- Spring Session JDBC: signed-in sessions live in the database, so they survive a restart and any app node can
-- serve any user.
create schema if not exists web;

create table web.http_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index http_session_ix1 on web.http_session (session_id);
create index http_session_ix2 on web.http_session (expiry_time);
create index http_session_ix3 on web.http_session (principal_name);

create table web.http_session_attributes (
    session_primary_id char(36)     not null references web.http_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
