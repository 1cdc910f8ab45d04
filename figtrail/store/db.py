"""Opening the store: where it is, the connection settings, and bringing its schema up to date."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from figtrail.errors import StoreError
from figtrail.store.migrations import LATEST, MIGRATIONS

log = logging.getLogger(__name__)

DEFAULT_DB = "figtrail.db"
ENV_DB = "FIGTRAIL_DB"
BUSY_TIMEOUT_MS = 30_000  # another figtrail writing the same file: wait for it, don't fail


def db_path(option: str | os.PathLike[str] | None) -> Path:
    """--db, else $FIGTRAIL_DB, else ./figtrail.db."""
    return Path(option or os.environ.get(ENV_DB) or DEFAULT_DB)


def open_store(path: str | os.PathLike[str], create: bool = True) -> sqlite3.Connection:
    """A connection to the store at path, its schema migrated to the latest version.

    Autocommit mode (isolation_level=None): the writer opens and commits its own transactions,
    one per batch. WAL lets readers (Datasette, a second figtrail) read while a batch is written;
    synchronous=NORMAL in WAL mode loses nothing committed when the process is killed (only a
    power cut can cost the last transactions, and never integrity).
    """
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"{path}: no such database (run figtrail ingest first, or give --db)")
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            log.warning("%s: journal mode is %s, not WAL", path, mode)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, str(path))
    except sqlite3.DatabaseError as err:  # not a database, locked past the timeout, read-only...
        raise StoreError(f"{path}: {err}") from err
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, name: str = "database") -> int:
    """Run the steps the database has not had, each in its own transaction; returns the version."""
    version = schema_version(conn)
    if version > LATEST:
        raise StoreError(
            f"{name}: schema version {version} is newer than this figtrail knows ({LATEST}); upgrade figtrail"
        )
    if version == 0 and _has_tables(conn):
        raise StoreError(f"{name}: an SQLite database, but not figtrail's (no schema version)")
    for target, step in MIGRATIONS:
        if target <= version:
            continue
        # A rebuild step drops and renames tables: foreign keys are checked once at the end
        # instead (the pragma is a no-op inside a transaction, so it is set before BEGIN).
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
            if schema_version(conn) >= target:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            step(conn)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(f"{name}: migration to version {target} broke foreign keys: {problems[:3]}")
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
        if version:
            log.info("%s: schema migrated from version %d to %d", name, version, target)
        version = target
    return version


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
