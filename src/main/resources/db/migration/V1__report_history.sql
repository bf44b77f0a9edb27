-- Report history (issue #15). Written to run unchanged on H2 2.x and PostgreSQL 12+: plain types only,
-- TEXT for documents (H2 reads it as CLOB, PostgreSQL as text), identity columns in the SQL standard form.

-- One row per stored check: what the list endpoint filters and shows, without the documents.
-- project_key is ProjectKey.urlKey() (year-hash); unit and project_name are the normalised names
-- (cut to 4000 characters; the key is made from the whole names). Null when the form lacks them.
CREATE TABLE check_report (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    project_key      VARCHAR(64),
    unit             VARCHAR(4000),
    project_name     VARCHAR(4000),
    budget_year      INTEGER,
    status           VARCHAR(16)   NOT NULL,
    errors           INTEGER       NOT NULL,
    warnings         INTEGER       NOT NULL,
    infos            INTEGER       NOT NULL,
    rule_set_version VARCHAR(128),
    source_name      VARCHAR(1000),
    source_format    VARCHAR(16),
    actor            VARCHAR(200)  NOT NULL,
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX check_report_project ON check_report (project_key, checked_at);
CREATE INDEX check_report_checked_at ON check_report (checked_at);

-- The rule IDs a report has findings of, once each: the list's rule filter.
CREATE TABLE check_report_rule (
    report_id VARCHAR(36) NOT NULL REFERENCES check_report (id) ON DELETE CASCADE,
    rule_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (report_id, rule_id)
);
CREATE INDEX check_report_rule_rule ON check_report_rule (rule_id);

-- The documents: the canonical declaration and the report, as JSON text.
CREATE TABLE check_report_document (
    report_id   VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES check_report (id) ON DELETE CASCADE,
    declaration TEXT        NOT NULL,
    report      TEXT        NOT NULL
);
