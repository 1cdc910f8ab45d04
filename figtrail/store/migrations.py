"""The schema's history: each step takes a database from one `PRAGMA user_version` to the next.

A new database runs every step in order, so the path an old database takes is the path every
database has taken, and the migrations are exercised on each run of the tests. Steps never
change once released; a new schema is a new step.

Version 1 was the first cut: one row per article id, figures keyed by that id. Version 2 keeps
every version of an article (a changed text under the same id or URL is a new row, the old one
kept), adds the columns and tables the linking stages need (sources and their aliases, manual
corrections, a story per article, a source id and a quantity per figure) and a log of runs.
Version 3 adds what the linker remembers between runs (story evidence, stories' quantities).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from figtrail.store.ids import site_of

V1 = """
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    url          TEXT,
    title        TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    lang         TEXT,
    published    TEXT,
    ingested_at  TEXT NOT NULL,
    content_hash TEXT NOT NULL
);
CREATE TABLE figures (
    id        INTEGER PRIMARY KEY,
    doc       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    surface   TEXT NOT NULL,
    value     REAL,
    low       REAL,
    high      REAL,
    bound     TEXT NOT NULL,
    unit      TEXT,
    what      TEXT,
    what_head TEXT,
    source    TEXT,
    via       TEXT,
    modality  TEXT NOT NULL,
    sentence  TEXT
);
CREATE INDEX figures_doc ON figures(doc);
"""

# Plain types and plain names so that Datasette, DuckDB (sqlite_scan) or any SQLite client
# reads the tables as they are. Column names follow spec/figures.md ("end" needs quoting).
V2 = """
CREATE TABLE runs (
    id               INTEGER PRIMARY KEY,
    started_at       TEXT NOT NULL,
    finished_at      TEXT,              -- NULL: the run was killed or is still going
    figtrail_version TEXT NOT NULL,
    inputs           TEXT NOT NULL,     -- JSON list of the command's inputs
    stored           INTEGER NOT NULL DEFAULT 0,
    known            INTEGER NOT NULL DEFAULT 0,
    figures          INTEGER NOT NULL DEFAULT 0,
    failed           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles_v2 (
    pk           INTEGER PRIMARY KEY,   -- one row per version of an article
    id           TEXT NOT NULL,         -- stable id: given, else u-HASH(url), else c-HASH(content)
    version      INTEGER NOT NULL DEFAULT 1,
    latest       INTEGER NOT NULL DEFAULT 1 CHECK (latest IN (0, 1)),
    url          TEXT,
    site         TEXT,                  -- host of the URL, without www.
    title        TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,         -- cleaned: figure offsets point into title and text
    lang         TEXT,
    published    TEXT,                  -- ISO date (or date-time) as the input gave it
    ingested_at  TEXT NOT NULL,         -- ISO UTC
    content_hash TEXT NOT NULL,         -- sha256 of title and text as read
    raw_hash     TEXT,                  -- sha256 of the page bytes, for HTML inputs
    origin       TEXT,                  -- where it was read: PATH, PATH:LINE, URL, WARC@OFFSET
    kind         TEXT NOT NULL DEFAULT 'text'
                 CHECK (kind IN ('text', 'jsonl', 'page', 'feed_entry')),  -- how it was read
    status       TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'no_pack')),
    figure_count INTEGER NOT NULL DEFAULT 0,
    story        TEXT,                  -- issue 7: articles telling the same story share it
    run          INTEGER REFERENCES runs(id),
    UNIQUE (id, version)
);

-- Source ids are plain strings (the shipped alias table's keys such as kr-nis, or ids the
-- linker derives): no foreign key ties them to this table, which holds what is known of each.
CREATE TABLE sources (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,           -- the best name seen
    type       TEXT,                    -- person, organisation, government, media, unknown
    created_at TEXT NOT NULL
);

-- The source registry's memory: each folded name (or person's name) and the source it is.
CREATE TABLE source_aliases (
    alias     TEXT NOT NULL,            -- folded: case, accents and leading article dropped
    kind      TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'person')),
    source_id TEXT NOT NULL,
    written   TEXT,                     -- one way an article wrote it
    lang      TEXT,
    PRIMARY KEY (kind, alias)
);
CREATE INDEX source_aliases_source ON source_aliases(source_id);

-- What a person decided (merge these sources, split that one): kept apart from what the
-- linker computes, by name and not by id, so it is applied again after re-ingest or re-linking.
CREATE TABLE corrections (
    id      INTEGER PRIMARY KEY,
    made_at TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('source', 'story', 'quantity')),
    action  TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    args    TEXT NOT NULL               -- JSON, e.g. {"alias": "Boudanov", "id": "ua-gur"}
);

CREATE TABLE figures_v2 (
    id          INTEGER PRIMARY KEY,
    article     INTEGER NOT NULL REFERENCES articles_v2(pk) ON DELETE CASCADE,
    doc         TEXT NOT NULL,          -- the article's id (spec section 5)
    n           INTEGER NOT NULL,       -- order in the article, title first
    field       TEXT NOT NULL CHECK (field IN ('title', 'text')),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    surface     TEXT NOT NULL,
    value       REAL,
    low         REAL,
    high        REAL,
    bound       TEXT NOT NULL,
    unit        TEXT,
    what        TEXT,
    what_head   TEXT,
    source      TEXT,
    via         TEXT,
    modality    TEXT NOT NULL,
    sentence    TEXT,
    lang        TEXT,
    source_id   TEXT,                   -- issue 6: the source's id across names and articles
    source_type TEXT,                   -- issue 6: person, organisation, government, media, unknown
    said_on     TEXT,                   -- issue 6: when the source said it
    as_of       TEXT,                   -- issue 6: the date the figure describes
    quantity    TEXT,                   -- issue 7: figures measuring the same thing share it
    extra       TEXT,                   -- JSON: any other field the extractor adds
    UNIQUE (article, n)
);
"""

V2_AFTER_COPY = """
DROP TABLE figures;
DROP TABLE articles;
ALTER TABLE articles_v2 RENAME TO articles;
ALTER TABLE figures_v2 RENAME TO figures;

-- Only the indexes the writer and the readers use: each one costs every insert. (An article's
-- figures are found through UNIQUE (article, n); "already stored?" through UNIQUE (id, version).)
CREATE UNIQUE INDEX articles_one_latest ON articles(id) WHERE latest = 1;
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_raw_hash ON articles(raw_hash) WHERE raw_hash IS NOT NULL;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
CREATE INDEX figures_source_id ON figures(source_id) WHERE source_id IS NOT NULL;
CREATE INDEX figures_quantity ON figures(quantity) WHERE quantity IS NOT NULL;

-- For people browsing the file: the current version of each article, and its figures
-- with the article's url and date beside them.
CREATE VIEW latest_articles AS
    SELECT * FROM articles WHERE latest = 1;
CREATE VIEW latest_figures AS
    SELECT f.*, a.url, a.site, a.published, a.story
    FROM figures f JOIN articles a ON a.pk = f.article
    WHERE a.latest = 1;
"""


# Version 3: what the linker remembers between runs, so that `figtrail ingest` links each new
# article to everything stored before it (figtrail/store/links.py reads and writes these).
V3 = """
-- The evidence the story tests compare, for each article linked (its first version).
CREATE TABLE story_evidence (
    article_id TEXT PRIMARY KEY,        -- the article's stable id
    lang       TEXT,
    published  TEXT,
    story      TEXT NOT NULL,
    sketch     BLOB NOT NULL,           -- MinHash values of its shingles, uint64 little-endian
    fp_values  TEXT NOT NULL,           -- JSON list: the figure values of its fingerprint
    fp_names   TEXT NOT NULL            -- JSON list: the names and places of its fingerprint
);
-- What each story has counted so far (link/quantities.py StoryQuantities, as JSON).
CREATE TABLE story_quantities (
    story TEXT PRIMARY KEY,
    state TEXT NOT NULL
);
"""


# Version 4: settings a person chooses for a store (the story thresholds `figtrail relink`
# was given), kept so that every later ingest links with them too.
V4 = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL                 -- JSON
);
"""


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run each statement of script inside the caller's transaction.

    Connection.executescript() would COMMIT first, and a migration must be all or nothing.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement.strip()[:60]}")


def _v1(conn: sqlite3.Connection) -> None:
    run_script(conn, V1)


def _v2(conn: sqlite3.Connection) -> None:
    """Rebuild both tables (SQLite cannot change a primary key in place), keeping every row."""
    run_script(conn, V2)
    conn.execute(
        """INSERT INTO articles_v2 (id, version, latest, url, title, text, lang, published,
                                    ingested_at, content_hash, origin, kind)
           SELECT id, 1, 1, url, title, text, lang, published, ingested_at, content_hash, NULL, 'jsonl'
           FROM articles ORDER BY rowid"""
    )
    for pk, url in conn.execute("SELECT pk, url FROM articles_v2 WHERE url IS NOT NULL").fetchall():
        conn.execute("UPDATE articles_v2 SET site = ? WHERE pk = ?", (site_of(url), pk))
    conn.execute(
        """INSERT INTO figures_v2 (id, article, doc, n, field, start, "end", surface, value, low,
                                   high, bound, unit, what, what_head, source, via, modality,
                                   sentence, lang)
           SELECT f.id, a.pk, f.doc,
                  ROW_NUMBER() OVER (PARTITION BY f.doc ORDER BY f.id) - 1,
                  f.field, f.start, f."end", f.surface, f.value, f.low, f.high, f.bound, f.unit,
                  f.what, f.what_head, f.source, f.via, f.modality, f.sentence, a.lang
           FROM figures f JOIN articles_v2 a ON a.id = f.doc
           ORDER BY f.id"""
    )
    conn.execute(
        """UPDATE articles_v2 SET figure_count =
               (SELECT count(*) FROM figures_v2 f WHERE f.article = articles_v2.pk)"""
    )
    run_script(conn, V2_AFTER_COPY)


def _v3(conn: sqlite3.Connection) -> None:
    """Tables only: articles stored before version 3 get their links from `figtrail relink`."""
    run_script(conn, V3)


def _v4(conn: sqlite3.Connection) -> None:
    run_script(conn, V4)


# (version reached, step). Append only.
MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1),
    (2, _v2),
    (3, _v3),
    (4, _v4),
]
LATEST = MIGRATIONS[-1][0]
