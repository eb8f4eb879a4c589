-- Reminders (before, on and after the deadline; each once per period, unit and kind, even with several app nodes),
-- manual reminders, in-app notifications, and the ShedLock table of the cluster-safe scheduler.

-- ShedLock: one row per scheduled job; times are the database's (UTC), so the nodes' clocks do not matter.
create table reporting.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- The primary key is the guarantee that a reminder goes out once: only the node whose insert succeeds sends it.
create table reporting.reminder (
    period_id     bigint      not null references reporting.period (id),
    unit_id       bigint      not null,
    kind          text        not null check (kind in ('BEFORE', 'ON_DEADLINE', 'OVERDUE')),
    sent_at       timestamptz not null default now(),
    recipients    int         not null default 0,
    email_sent_at timestamptz,
    email_error   text,
    primary key (period_id, unit_id, kind)
);

-- Reminders a reviewer sends by hand ("Nhắc nhở"); they may repeat.
create table reporting.manual_reminder (
    id            bigint generated always as identity primary key,
    period_id     bigint      not null references reporting.period (id),
    unit_id       bigint      not null,
    sent_by       text        not null,
    sent_at       timestamptz not null default now(),
    recipients    int         not null default 0,
    email_sent_at timestamptz,
    email_error   text
);
create index manual_reminder_period on reporting.manual_reminder (period_id, sent_at);

-- In-app notifications. dedup_key makes a redelivered event notify once.
create table reporting.notification (
    id         bigint generated always as identity primary key,
    username   text        not null,
    title      text        not null,
    body       text        not null default '',
    link       text,
    dedup_key  text unique,
    created_at timestamptz not null default now(),
    read_at    timestamptz
);
create index notification_user on reporting.notification (username, id desc);
create index notification_unread on reporting.notification (username) where read_at is null;
