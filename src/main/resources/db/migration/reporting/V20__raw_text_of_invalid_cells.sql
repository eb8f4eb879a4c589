-- A draft keeps what a person typed into a cell even when it cannot be read as the cell's value ("mười" in a number
-- cell, a negative count): the text is kept in raw_text (number_value and text_value null), shown back in the cell
-- with its error wherever the form is opened, and blocks the hand-in. The published views and the events carry only
-- number_value, so no raw text ever reaches the roll-up.
alter table reporting.submission_value
    add column raw_text text,
    add constraint submission_value_raw_text_length check (raw_text is null or char_length(raw_text) <= 2000);
