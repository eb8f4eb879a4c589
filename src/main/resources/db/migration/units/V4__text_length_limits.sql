-- Length limits (issue 18), the same as vn.danvan.shared.text.TextLimits; the longest official name is 30 characters.
alter table units.unit_version
    add constraint unit_version_code_length check (code is null or char_length(code) <= 64),
    add constraint unit_version_name_length check (char_length(name) <= 300),
    add constraint unit_version_full_name_length check (char_length(full_name) <= 300);
