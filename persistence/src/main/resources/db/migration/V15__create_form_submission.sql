-- One row per form sent, keyed by the token the page carried when it was shown (a hidden field): the row is
-- written in the same transaction as the record the form creates, so a second submission of the same page
-- (a double click, a browser retry, five at once) finds it, waits for the first to commit, and is answered
-- with the first one's record instead of making a second. Rows older than two days are purged on insert.
CREATE TABLE form_submission (
    token      varchar(43)   PRIMARY KEY,
    form       varchar(60)   NOT NULL,
    caller     varchar(254)  NOT NULL,
    result_id  bigint,
    created_at timestamptz   NOT NULL
);

CREATE INDEX form_submission_created_idx ON form_submission (created_at);
