-- Each node of the cluster says here that it runs, with its build and start, for the administrator's
-- Operations page; a node that stops in order removes its row, one that dies stops being seen.
CREATE TABLE cluster_node (
    name         varchar(200) PRIMARY KEY,
    version      varchar(100) NOT NULL,
    started_at   timestamptz  NOT NULL,
    last_seen_at timestamptz  NOT NULL
);
