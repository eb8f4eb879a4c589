-- What the check before issuing found and the officer confirmed, the reason given for issuing with an empty
-- mandatory part (Đánh giá chung, Phương hướng, nhiệm vụ), and the file name a person reads
-- ("Bao-cao-so-ket-6-thang-dau-nam-2026-Quang-Ngai"). Documents issued before have none.
alter table documents.document add column issue_check jsonb;
alter table documents.document add column issue_reason text;
alter table documents.document add column file_name text;
