-- Offline Excel round-trip: an uploaded file waits here, parsed, until its uploader confirms the changes it shows
-- (an hour at most); and the installation's key that signs the identification sheet of every downloaded file.
create table reporting.excel_upload (
    id            uuid        primary key,
    submission_id bigint      not null references reporting.submission (id),
    username      text        not null,
    base_version  int         not null,
    cell_values   jsonb       not null,
    narratives    jsonb       not null,
    created_at    timestamptz not null default now()
);
create index excel_upload_created on reporting.excel_upload (created_at);

create table reporting.excel_signing_key (
    id  int  primary key default 1 check (id = 1),
    key text not null
);
insert into reporting.excel_signing_key (key)
values (encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text,
                                 'UTF8')), 'hex'));
