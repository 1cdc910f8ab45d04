"""The single writer: articles (with their versions) and figures, one transaction per batch.

Only one process writes. Each batch is one transaction, so a kill at any moment leaves the
database as it was after the last committed batch, and a re-run skips what is already there:
an article is known when one of the versions stored under its id has the same content hash.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import time
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from figtrail import __version__
from figtrail.model import Article, Figure
from figtrail.store.ids import content_id, site_of, url_id

if TYPE_CHECKING:  # the linker's libraries load only when a run links
    from figtrail.link.linker import Evidence, Links
    from figtrail.store.links import StoreLinker

log = logging.getLogger(__name__)

# Figure fields the extractor may add in Figure.extra that have a column of their own.
EXTRA_COLUMNS = ("source_id", "source_type", "said_on", "as_of", "quantity")

_INSERT_ARTICLE = """
INSERT INTO articles (id, version, latest, url, site, title, text, lang, published, ingested_at,
                      content_hash, raw_hash, origin, kind, status, figure_count, run, story)
VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_INSERT_FIGURE = """
INSERT INTO figures (article, doc, n, field, start, "end", surface, value, low, high, bound, unit,
                     what, what_head, source, via, modality, sentence, lang,
                     source_id, source_type, said_on, as_of, quantity, extra)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


class Outcome(StrEnum):
    stored = "stored"  # a new article
    version = "version"  # a new version of a known article (its text changed)
    known = "known"  # already stored as it is: nothing written


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def start_run(conn: sqlite3.Connection, inputs: Sequence[str]) -> int:
    cur = conn.execute(
        "INSERT INTO runs (started_at, figtrail_version, inputs) VALUES (?, ?, ?)",
        (now_utc(), __version__, json.dumps(list(inputs), ensure_ascii=False)),
    )
    return int(cur.lastrowid or 0)


def finish_run(
    conn: sqlite3.Connection, run: int, stored: int, known: int, figures: int, failed: int
) -> None:
    conn.execute(
        "UPDATE runs SET finished_at = ?, stored = ?, known = ?, figures = ?, failed = ? WHERE id = ?",
        (now_utc(), stored, known, figures, failed, run),
    )


class Writer:
    """Adds extracted articles; commits every batch_size articles or batch_seconds, whichever first."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        run: int | None = None,
        batch_size: int = 500,
        batch_seconds: float = 2.0,
        linker: StoreLinker | None = None,
    ) -> None:
        self.conn = conn
        self.linker = linker  # None: articles are stored without links (`figtrail relink` adds them)
        self.unlinked = 0  # articles stored without links because linking them failed (a bug)
        self.run = run
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds
        self._pending = 0
        self._opened = 0.0

    # --- identity -------------------------------------------------------------------------

    def article_id(self, given_id: str | None, url: str | None, chash: str) -> str:
        """The given id, else the id already stored for this URL, else a hash of the URL, else of the content."""
        if given_id:
            return given_id
        if url:
            row = self.conn.execute(
                "SELECT id FROM articles WHERE url = ? ORDER BY latest DESC, pk DESC LIMIT 1", (url,)
            ).fetchone()
            return row[0] if row else url_id(url)
        return content_id(chash)

    def is_known(self, given_id: str | None, url: str | None, chash: str, kind: str = "text") -> bool:
        """add() would store nothing: the same text is there (or a feed entry's page is)."""
        ident = self.article_id(given_id, url, chash)
        return self._has_version(ident, chash) or (kind == "feed_entry" and self._has_full_text(ident))

    def page_is_known(self, raw_hash: str) -> bool:
        """The same page bytes were stored before: no need to extract them again."""
        return (
            self.conn.execute("SELECT 1 FROM articles WHERE raw_hash = ? LIMIT 1", (raw_hash,)).fetchone()
            is not None
        )

    def _has_version(self, ident: str, chash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id = ? AND content_hash = ? LIMIT 1", (ident, chash)
        ).fetchone()
        return row is not None

    def _has_full_text(self, ident: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id = ? AND kind != 'feed_entry' LIMIT 1", (ident,)
        ).fetchone()
        return row is not None

    # --- writing ----------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        figures: Sequence[Figure],
        *,
        content_hash: str,
        id_given: bool,
        raw_hash: str | None = None,
        origin: str | None = None,
        kind: str = "text",
        status: str = "ok",
        evidence: Evidence | None = None,
    ) -> tuple[Outcome, str]:
        """Store one article (cleaned) and its figures, unless already there; returns what happened and the id.

        A feed entry's own text (kind feed_entry: often a teaser) never becomes a new version of
        an article read from its page or given whole; a page does supersede an entry's text.
        With a linker and the article's `evidence` (linker.gather, computed where it was
        extracted), the article gets its story and its figures their source ids and quantities.
        """
        self._begin()
        ident = self.article_id(article.id if id_given else None, article.url, content_hash)
        if self._has_version(ident, content_hash):
            return Outcome.known, ident
        if kind == "feed_entry" and self._has_full_text(ident):
            return Outcome.known, ident
        last = self.conn.execute("SELECT max(version) FROM articles WHERE id = ?", (ident,)).fetchone()[0]
        version = (last or 0) + 1
        if last:
            self.conn.execute("UPDATE articles SET latest = 0 WHERE id = ? AND latest = 1", (ident,))
        links = None
        if self.linker is not None and evidence is not None:
            try:
                links = self.linker.link(ident, article, figures, evidence)
            except sqlite3.Error:
                raise
            except Exception as err:  # a bug in linking one article must not cost the batch
                log.warning(
                    "%s: stored without links (linking failed: %s: %s); `figtrail relink` tries again",
                    origin or ident,
                    type(err).__name__,
                    str(err)[:200],
                )
                self.unlinked += 1
        cur = self.conn.execute(
            _INSERT_ARTICLE,
            (
                ident,
                version,
                article.url,
                site_of(article.url),
                article.title,
                article.text,
                article.lang,
                article.published,
                now_utc(),
                content_hash,
                raw_hash,
                origin,
                kind,
                status,
                len(figures),
                self.run,
                links.story if links else None,
            ),
        )
        pk = cur.lastrowid
        if figures:
            self.conn.executemany(
                _INSERT_FIGURE, [_figure_row(pk, ident, n, f, links) for n, f in enumerate(figures)]
            )
        self._pending += 1
        return (Outcome.version if last else Outcome.stored), ident

    def maybe_commit(self) -> bool:
        """Commit when the batch is full or old enough; True if it did."""
        if self._pending and (
            self._pending >= self.batch_size or time.monotonic() - self._opened >= self.batch_seconds
        ):
            self.commit()
            return True
        return False

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self._pending = 0

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self._pending = 0

    def _begin(self) -> None:
        # IMMEDIATE: take the write lock now (waiting busy_timeout for another writer), rather
        # than fail on the first write of a transaction that began by reading.
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._opened = time.monotonic()


def _figure_row(pk: int | None, doc: str, n: int, f: Figure, links: Links | None = None) -> tuple:
    extra = dict(f.extra) if f.extra else {}
    columns = [extra.pop(key, None) for key in EXTRA_COLUMNS]
    # said_on and as_of are Figure fields (figtrail/dates.py); extra may still carry them
    columns = [getattr(f, key, None) or c for key, c in zip(EXTRA_COLUMNS, columns, strict=True)]
    if links is not None:
        columns[0], columns[1], columns[4] = links.source_ids[n], links.source_types[n], links.quantities[n]
    return (
        pk,
        doc,
        n,
        f.field,
        f.start,
        f.end,
        f.surface,
        f.value,
        f.low,
        f.high,
        f.bound,
        f.unit,
        f.what,
        f.what_head,
        f.source,
        f.via,
        f.modality,
        f.sentence,
        f.lang,
        *(None if c is None else str(c) for c in columns),
        json.dumps(extra, ensure_ascii=False, default=str) if extra else None,
    )
