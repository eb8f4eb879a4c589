-- The boundary map of the provinces an administrator uploaded (GeoJSON), normalised so that each feature's id is the
-- province code. At most one map is active; removing it brings the dashboards back to the tile map.
create schema if not exists analytics;

create table analytics.boundary_map (
    id          int         primary key default 1 check (id = 1),
    file_name   text        not null,
    file_size   bigint      not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now(),
    features    int         not null,
    matched     int         not null,
    -- [{"messageKey": "analytics.map.warning…", "arguments": ["…"]}], shown to administrators on the maps page
    warnings    jsonb       not null,
    etag        text        not null,
    geojson     bytea       not null
);
