-- Length limits (issue 18), the same as vn.danvan.shared.text.TextLimits (symbol: CODE, issuer: TITLE,
-- summary: SUMMARY, fields: NOTE); the demo catalogue's longest summary is 278 characters.
alter table directives.directive
    add constraint directive_symbol_length check (char_length(symbol) <= 64),
    add constraint directive_issuer_length check (char_length(issuer) <= 500),
    add constraint directive_summary_length check (char_length(summary) <= 10000),
    add constraint directive_fields_length check (char_length(fields) <= 2000);
alter table directives.attachment
    add constraint attachment_file_name_length check (char_length(file_name) <= 500);
alter table directives.action
    add constraint action_description_length check (char_length(description) <= 2000);
alter table directives.action_record
    add constraint action_record_document_number_length check (char_length(document_number) <= 64),
    add constraint action_record_note_length check (char_length(note) <= 2000);
