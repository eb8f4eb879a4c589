-- Length limits (issue 18), the same as vn.danvan.shared.text.TextLimits (names: NAME or TITLE, descriptions and
-- guidance: NOTE, narratives: NARRATIVE); the default catalogue's longest guidance is 232 characters.
alter table reporting.breakdown
    add constraint breakdown_name_length check (char_length(name) <= 300);
alter table reporting.breakdown_item
    add constraint breakdown_item_name_length check (char_length(name) <= 300);
alter table reporting.indicator
    add constraint indicator_name_length check (char_length(name) <= 500),
    add constraint indicator_unit_of_measure_length check (char_length(unit_of_measure) <= 64),
    add constraint indicator_description_length check (char_length(description) <= 2000);
alter table reporting.rule
    add constraint rule_message_length check (char_length(message) <= 2000);
alter table reporting.template
    add constraint template_name_length check (char_length(name) <= 500),
    add constraint template_description_length check (char_length(description) <= 2000);
alter table reporting.template_section
    add constraint template_section_label_length check (char_length(label) <= 64),
    add constraint template_section_title_length check (char_length(title) <= 500),
    add constraint template_section_guidance_length check (char_length(guidance) <= 2000);
alter table reporting.period
    add constraint period_name_length check (char_length(name) <= 300);
alter table reporting.submission_value
    add constraint submission_value_text_length check (text_value is null or char_length(text_value) <= 10000);
alter table reporting.submission_narrative
    add constraint submission_narrative_body_length check (char_length(body) <= 50000);
alter table reporting.submission_transition
    add constraint submission_transition_comment_length check (char_length(comment) <= 2000);
