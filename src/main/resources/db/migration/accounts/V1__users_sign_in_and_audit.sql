create schema if not exists accounts;

create table accounts.app_user (
    id            bigint generated always as identity primary key,
    username      text        not null,
    display_name  text        not null,
    email         text,
    password_hash text        not null,
    enabled       boolean     not null default true,
    unit_id       bigint,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint app_user_username_lowercase check (username = lower(username) and username <> ''),
    constraint app_user_display_name_present check (btrim(display_name) <> '')
);
create unique index app_user_username_key on accounts.app_user (username);
comment on column accounts.app_user.unit_id is 'the unit whose subtree is the user''s scope; null = the whole system';

create table accounts.user_role (
    user_id bigint not null references accounts.app_user (id) on delete cascade,
    role    text   not null check (role in ('ADMINISTRATOR', 'COMMISSION_OFFICER', 'LEADER', 'REPORTING_OFFICER', 'VIEWER')),
    primary key (user_id, role)
);

-- Failed sign-ins per (normalised) user name, for the sliding-window limit; kept for unknown names too, so that
-- guessing is limited the same way and the answer does not reveal which names exist.
create table accounts.sign_in_failure (
    id          bigint generated always as identity primary key,
    username    text        not null,
    occurred_at timestamptz not null default now(),
    remote_ip   text
);
create index sign_in_failure_username_time on accounts.sign_in_failure (username, occurred_at);

create table accounts.sign_in_lock (
    username     text        primary key,
    locked_until timestamptz not null
);

create table accounts.audit_log (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor       text,
    action      text        not null,
    target_type text,
    target_id   text,
    remote_ip   text,
    details     jsonb       not null default '{}'::jsonb
);
create index audit_log_time on accounts.audit_log (occurred_at desc);
create index audit_log_actor_time on accounts.audit_log (actor, occurred_at desc);
create index audit_log_target on accounts.audit_log (target_type, target_id, occurred_at desc);
