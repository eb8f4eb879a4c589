-- Length limits (issue 18): the name of an uploaded boundary map.
alter table analytics.boundary_map
    add constraint boundary_map_file_name_length check (char_length(file_name) <= 500);
