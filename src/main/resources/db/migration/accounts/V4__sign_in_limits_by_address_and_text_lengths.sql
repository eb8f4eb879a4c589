-- Sign-in limits by address as well as by user name (ADR 21). A lock with remote_ip '' holds the user name for every
-- address that has not proved the password; a lock with an address holds only that user name from that address.
alter table accounts.sign_in_lock add column remote_ip text not null default '';
alter table accounts.sign_in_lock drop constraint sign_in_lock_pkey;
alter table accounts.sign_in_lock add primary key (username, remote_ip);

-- An address that guessed across many user names is held for all of them (except where it proved a password).
create table accounts.sign_in_address_lock (
    remote_ip    text        primary key,
    locked_until timestamptz not null
);
create index sign_in_failure_address_time on accounts.sign_in_failure (remote_ip, occurred_at);

-- Where each user last proved their password: from there the user-name lock does not apply.
create table accounts.sign_in_known_address (
    username  text        not null,
    remote_ip text        not null,
    proved_at timestamptz not null,
    primary key (username, remote_ip)
);

-- Length limits (issue 18): what the forms and the API accept, and a little more for what was stored before.
alter table accounts.app_user
    add constraint app_user_username_length check (char_length(username) <= 64),
    add constraint app_user_display_name_length check (char_length(display_name) <= 200),
    add constraint app_user_email_length check (email is null or char_length(email) <= 254);
