"""The store's schema, as the list of steps that built it.

``MIGRATIONS[n]`` takes a store from version ``n`` to ``n + 1`` (``PRAGMA
user_version``); a new store runs them all. A step is never edited once
released: a change to the schema is a new step at the end, and
``tests/test_store.py`` migrates a store made at every earlier version.
"""

from __future__ import annotations

#: Version 1: articles by content hash, the files they were read from, their facts.
V1 = """
CREATE TABLE runs (
    id       INTEGER PRIMARY KEY,
    started  TEXT NOT NULL,              -- UTC, ISO 8601
    command  TEXT NOT NULL,              -- 'generate', 'extract'
    series   TEXT NOT NULL               -- the config file the run used
);
CREATE TABLE articles (
    hash       TEXT PRIMARY KEY,         -- sha256 of the title, text and publication date
    path       TEXT NOT NULL,            -- where it was first read from
    first_seen TEXT NOT NULL,            -- UTC, ISO 8601
    first_run  INTEGER NOT NULL REFERENCES runs(id),
    meta       TEXT NOT NULL             -- JSON: title, outlet, date, address (no text)
);
CREATE TABLE files (
    path     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    seen_run INTEGER NOT NULL REFERENCES runs(id)  -- the run that first read this version
);
CREATE TABLE facts (
    hash      TEXT NOT NULL REFERENCES articles(hash),
    extractor TEXT NOT NULL,             -- briefings.extract.version fingerprint
    actors    TEXT NOT NULL,             -- sha256 of the config's actors
    anchor    TEXT NOT NULL,             -- '' or the as-of date an undated article was read at
    facts     TEXT NOT NULL,             -- JSON, briefings.facts_json.article_facts_to_json
    created   TEXT NOT NULL,
    PRIMARY KEY (hash, extractor, actors, anchor)
) WITHOUT ROWID;
"""

#: Version 2: the briefs issued, their files and the articles they rest on.
V2 = """
CREATE TABLE briefs (
    id          INTEGER PRIMARY KEY,
    series      TEXT NOT NULL,           -- the config file
    as_of       TEXT NOT NULL,           -- YYYY-MM-DD
    issued      TEXT NOT NULL,           -- UTC, ISO 8601
    run         INTEGER NOT NULL REFERENCES runs(id),
    extractor   TEXT NOT NULL,
    actors      TEXT NOT NULL,
    since       TEXT,                    -- the --since the brief was made with, if any
    html_sha256 TEXT NOT NULL,           -- of the HTML, written or not
    renderer    TEXT NOT NULL,           -- what turned that HTML into the PDF
    summary     TEXT NOT NULL,           -- JSON: header, key developments, changes, trend
    findings    BLOB NOT NULL            -- zlib of the findings' JSON (facts_json)
);
CREATE INDEX briefs_by_series ON briefs (series, as_of, id);
CREATE INDEX briefs_by_html ON briefs (html_sha256, renderer);
CREATE TABLE brief_files (
    brief  INTEGER NOT NULL REFERENCES briefs(id),
    format TEXT NOT NULL,                -- 'pdf', 'html'
    path   TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size   INTEGER NOT NULL,
    PRIMARY KEY (brief, format)
) WITHOUT ROWID;
CREATE TABLE brief_articles (
    brief      INTEGER NOT NULL REFERENCES briefs(id),
    position   INTEGER NOT NULL,
    hash       TEXT NOT NULL REFERENCES articles(hash),
    article_id TEXT NOT NULL,            -- its id in that brief ("a3")
    anchor     TEXT NOT NULL,
    PRIMARY KEY (brief, position)
) WITHOUT ROWID;
"""

#: Version 3: every sending of a brief, with the server's answer per recipient.
V3 = """
CREATE TABLE sendings (
    id         INTEGER PRIMARY KEY,
    brief      INTEGER NOT NULL REFERENCES briefs(id),
    started    TEXT NOT NULL,            -- UTC, ISO 8601
    method     TEXT NOT NULL,            -- 'smtp', 'dry-run'
    server     TEXT NOT NULL,            -- 'smtp.example.org:587 (starttls)', or the .eml
    recipients TEXT NOT NULL,            -- JSON: the sorted list of addresses
    forced     INTEGER NOT NULL,
    outcome    TEXT NOT NULL,            -- 'sent', 'partial', 'failed', 'written'
    message_id TEXT,
    detail     TEXT                      -- the error, or the file written
);
CREATE INDEX sendings_by_brief ON sendings (brief);
CREATE TABLE sending_answers (
    sending   INTEGER NOT NULL REFERENCES sendings(id),
    recipient TEXT NOT NULL,
    field     TEXT NOT NULL,             -- 'to', 'cc', 'bcc'
    accepted  INTEGER NOT NULL,
    code      INTEGER,                   -- the SMTP reply code
    answer    TEXT,                      -- the server's words
    PRIMARY KEY (sending, recipient)
);
"""

#: Version 4: what a brief was made from, hashed, so that a run with all of it unchanged
#: takes the brief on disk instead of making it again (``briefings/incremental.py``).
V4 = """
CREATE TABLE brief_keys (
    brief  INTEGER PRIMARY KEY REFERENCES briefs(id),
    key    TEXT NOT NULL,                -- sha256 of the inputs' stats, config, date, code, ...
    racy   TEXT NOT NULL,                -- JSON: path -> sha256 of inputs too fresh for stats
    report TEXT NOT NULL                 -- JSON: the run's counts, problems and notes
);
CREATE INDEX brief_keys_by_key ON brief_keys (key);
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4)
#: The version this code reads and writes.
LATEST = len(MIGRATIONS)
