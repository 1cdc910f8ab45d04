"""The store: articles, their versions and figures (and, later, sources and stories) in SQLite.

db.py          where the file is, connection settings, schema migrations on open
migrations.py  the schema's history, one step per version (PRAGMA user_version)
ids.py         stable article ids and content hashes
write.py       the single writer: one transaction per batch, re-ingest changes nothing
query.py       filters and records for `figtrail articles` / `figtrail figures`
export.py      JSON Lines, CSV and Parquet files of the tables
"""

from figtrail.store.db import db_path, migrate, open_store, schema_version
from figtrail.store.query import Filters, article_record, article_rows, figure_record, figure_rows
from figtrail.store.write import Outcome, Writer

__all__ = [
    "Filters",
    "Outcome",
    "Writer",
    "article_record",
    "article_rows",
    "db_path",
    "figure_record",
    "figure_rows",
    "migrate",
    "open_store",
    "schema_version",
]
