-- Comments a reviewer (an officer of a unit above) leaves on a cell or a narrative of a handed-in report
-- ("Số đơn thư chưa khớp với sổ tiếp dân"), kept with the version of the report they were made on; the unit sees
-- them once the report has moved on (returned, approved) and marks each answered. Names are kept as they were.
create table reporting.cell_comment (
    id               bigint generated always as identity primary key,
    submission_id    bigint      not null references reporting.submission (id),
    version          int         not null,
    cell_key         text        not null check (char_length(cell_key) <= 200),
    body             text        not null check (char_length(body) between 1 and 2000),
    author           text        not null,
    author_name      text        not null check (char_length(author_name) <= 300),
    created_at       timestamptz not null default now(),
    answered_by      text,
    answered_by_name text check (char_length(answered_by_name) <= 300),
    answered_at      timestamptz,
    check ((answered_by is null) = (answered_at is null))
);
create index cell_comment_submission on reporting.cell_comment (submission_id, created_at);
