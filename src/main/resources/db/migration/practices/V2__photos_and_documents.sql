-- Photos and documents of a model or exemplary person: images checked by their content (JPEG, PNG) with a resized
-- JPEG thumbnail, documents PDF or DOCX checked by their structure; at most 10 MB each (checked in the application
-- too), a caption.
create table practices.media (
    id           bigint generated always as identity primary key,
    practice_id  bigint  not null references practices.practice (id),
    kind         text    not null check (kind in ('IMAGE', 'DOCUMENT')),
    file_name    text    not null check (file_name = btrim(file_name) and file_name <> '' and length(file_name) <= 255),
    content_type text    not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf',
                                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes   integer not null check (size_bytes > 0 and size_bytes <= 10485760),
    width        integer check (width > 0),
    height       integer check (height > 0),
    caption      text    not null default '' check (caption = btrim(caption) and length(caption) <= 300),
    content      bytea   not null,
    thumbnail    bytea,
    uploaded_by  text    not null,
    uploaded_at  timestamptz not null default now(),
    check ((kind = 'IMAGE') = (thumbnail is not null))
);
create index media_practice on practices.media (practice_id, id);
