-- Length limits (issue 18), the same as vn.danvan.shared.text.TextLimits.
alter table documents.format_profile
    add constraint format_profile_name_length check (char_length(name) <= 300);
alter table documents.body_symbol
    add constraint body_symbol_superior_length check (char_length(superior) <= 500),
    add constraint body_symbol_issuing_length check (char_length(issuing) <= 500),
    add constraint body_symbol_symbol_length check (char_length(symbol) <= 64),
    add constraint body_symbol_place_length check (char_length(place) <= 300);
alter table documents.review_draft
    add constraint review_draft_title_length check (char_length(title) <= 500),
    add constraint review_draft_summary_length check (char_length(summary) <= 10000);
alter table documents.draft_section
    add constraint draft_section_body_length check (char_length(body) <= 50000);
alter table documents.document
    add constraint document_title_length check (char_length(title) <= 500),
    add constraint document_issuing_body_length check (char_length(issuing_body) <= 500),
    add constraint document_issued_by_length check (char_length(issued_by) <= 300);
