"""`figtrail demo`: the whole job on the sample corpus shipped in the package.

The twelve sample articles (six languages; one story told in French, English and Spanish)
go through the real pipeline: `ingest` into an SQLite store (a temporary one unless the
user names one), extraction and linking, then what a reader asks of the store: who says
how many (figures by source, one source across names and languages), which articles tell
the same story, and the timeline of the quantity most sources put a number on.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from figtrail.ingest import Hooks, Summary, ingest
from figtrail.store import open_store
from figtrail.store.stories import story_rows
from figtrail.timeline import Timeline, load_rows, timeline

log = logging.getLogger(__name__)

NO_SOURCE = "(none: the article itself)"


@dataclass
class SourceGroup:
    """One source's figures in the demo table: its id, best name and the names articles gave it."""

    source_id: str | None
    name: str
    aliases: list[str]
    langs: list[str]
    figures: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class DemoResult:
    db: Path
    summary: Summary
    articles: int  # in the store (the sample, unless --db named a store holding more)
    groups: list[SourceGroup]
    stories: list[dict[str, Any]]  # stories told by more than one article
    timeline: Timeline | None
    seconds: float

    @property
    def figures(self) -> int:
        return sum(len(g.figures) for g in self.groups)


def run_demo(db: str | Path | None = None) -> DemoResult:
    """Ingest the sample corpus into db (a new temporary file when None) and read it back."""
    started = time.perf_counter()
    with ExitStack() as stack:
        corpus = stack.enter_context(as_file(files("figtrail").joinpath("data", "demo.jsonl")))
        if db is None:
            db = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="figtrail-demo-"))) / "demo.db"
        summary = ingest([str(corpus)], db, jobs=1, hooks=Hooks(), link=True)
        conn = open_store(db)
        try:
            articles = conn.execute("SELECT count(*) FROM articles WHERE latest = 1").fetchone()[0]
            groups = _source_groups(conn)
            stories = list(story_rows(conn, min_articles=2))
            quantity = _most_sourced_quantity(conn)
            tl = timeline(load_rows(conn, [quantity])) if quantity else None
        finally:
            conn.close()
        return DemoResult(Path(db), summary, articles, groups, stories, tl, time.perf_counter() - started)


def _source_groups(conn: sqlite3.Connection) -> list[SourceGroup]:
    """Figures by source id: named sources first, the busiest on top, then the unsourced."""
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT f.source_id, f.source, f.surface, f.value, f.low, f.high, f.bound, f.unit, f.what, f.modality, "
        "f.via, f.lang, f.doc, coalesce(s.name, f.source) AS name "
        "FROM figures f JOIN articles a ON a.pk = f.article AND a.latest = 1 "
        "LEFT JOIN sources s ON s.id = f.source_id ORDER BY a.pk, f.n"
    ).fetchall()
    conn.row_factory = None
    groups: dict[str | None, SourceGroup] = {}
    for r in rows:
        key = r["source_id"] if r["source"] else None
        g = groups.get(key)
        if g is None:
            g = groups[key] = SourceGroup(key, r["name"] if key else NO_SOURCE, [], [])
        if r["source"] and r["source"] not in g.aliases:
            g.aliases.append(r["source"])
        if r["lang"] not in g.langs:
            g.langs.append(r["lang"])
        g.figures.append(dict(r))
    return sorted(
        groups.values(), key=lambda g: (g.source_id is None, -len(g.figures), g.name.casefold())
    )


def _most_sourced_quantity(conn: sqlite3.Connection) -> str | None:
    """The quantity the most sources (then languages, then figures) put a number on."""
    row = conn.execute(
        "SELECT f.quantity FROM figures f JOIN articles a ON a.pk = f.article AND a.latest = 1 "
        "WHERE f.quantity IS NOT NULL GROUP BY f.quantity "
        "ORDER BY count(DISTINCT f.source_id) DESC, count(DISTINCT f.lang) DESC, count(*) DESC, f.quantity "
        "LIMIT 1"
    ).fetchone()
    return row[0] if row else None


__all__ = ["NO_SOURCE", "DemoResult", "SourceGroup", "run_demo"]
