"""Reading the store back: filters over articles and figures, and the records they print as.

A figure record is a spec section 5 line (every field of section 2 but source_aliases, plus
doc and sentence) with its article's url and published date; the links of later stages
(source_id, quantity, story) are added only when set, since a scorer compares their equality
and a null must not make every figure "the same".
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from figtrail.clean import fold
from figtrail.errors import FigtrailError

SPEC_FIELDS = (
    "doc", "field", "start", "end", "surface", "value", "low", "high", "bound", "unit",
    "what", "what_head", "source", "via", "modality", "sentence", "lang",
)  # fmt: skip
LINK_FIELDS = ("source_id", "source_type", "said_on", "as_of", "quantity", "story")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?")


@dataclass(slots=True)
class Filters:
    """What `figtrail articles` and `figtrail figures` keep. None keeps everything.

    Figure filters (source, what, min, max) keep, in `articles`, the articles with such a figure.
    """

    lang: str | None = None
    source: str | None = None  # words of the source's name (or of an alias), case and accents ignored
    what: str | None = None  # words of what is counted, likewise
    since: str | None = None  # published on or after (YYYY, YYYY-MM or YYYY-MM-DD)
    until: str | None = None  # published on or before
    min: float | None = None  # the figure's interval reaches at least this
    max: float | None = None  # the figure's interval reaches at most this
    doc: str | None = None  # the article id
    site: str | None = None
    all_versions: bool = False  # also the older versions of articles whose text changed
    limit: int | None = None

    def check(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE.fullmatch(value):
                raise FigtrailError(f"--{name} {value!r}: give a date as YYYY-MM-DD (or YYYY-MM, YYYY)")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise FigtrailError(f"--min {self.min:g} is above --max {self.max:g}")


@lru_cache(maxsize=65536)
def _padded_fold(s: str | None) -> str | None:
    return None if s is None else f" {fold(s)} "


def connect_functions(conn: sqlite3.Connection) -> None:
    """The Python helpers the queries use (only in figtrail's own connection)."""
    conn.create_function("ft_fold", 1, _padded_fold, deterministic=True)


def _words(value: str) -> str:
    return f"% {fold(value)} %"


def _source_ids(conn: sqlite3.Connection, f: Filters) -> list[str]:
    if not f.source:
        return []
    from figtrail.store.sources import source_ids_for  # the linker's tables: only when asked

    return sorted(source_ids_for(conn, f.source))


def _figure_conditions(f: Filters, params: list[Any], source_ids: list[str] = ()) -> list[str]:
    """Conditions on a figure row aliased `f`. `source_ids`: the sources --source names
    (any alias, spelling or id: store.sources.source_ids_for)."""
    where = []
    if f.source:
        # the ids of the sources it names, or the words of the name as an article wrote it
        ids = ", ".join("?" * len(source_ids))
        where.append(f"(ft_fold(f.source) LIKE ?{f' OR f.source_id IN ({ids})' if source_ids else ''})")
        params += [_words(f.source), *source_ids]
    if f.what:
        where.append("ft_fold(f.what) LIKE ?")
        params.append(_words(f.what))
    if f.min is not None:
        where.append("coalesce(f.high, f.value, f.low) >= ?")
        params.append(f.min)
    if f.max is not None:
        where.append("coalesce(f.low, f.value, f.high) <= ?")
        params.append(f.max)
    return where


def _article_conditions(f: Filters, params: list[Any]) -> list[str]:
    """Conditions on an article row aliased `a`."""
    where = [] if f.all_versions else ["a.latest = 1"]
    if f.lang:
        where.append("a.lang = ?")
        params.append(f.lang.lower())
    if f.doc:
        where.append("a.id = ?")
        params.append(f.doc)
    if f.site:
        where.append("a.site = ?")
        params.append(f.site.lower().removeprefix("www."))
    # Dates compare as text on the precision given: --until 2024-10 keeps all of October.
    if f.since:
        where.append("substr(a.published, 1, ?) >= ?")
        params += [len(f.since), f.since]
    if f.until:
        where.append("substr(a.published, 1, ?) <= ?")
        params += [len(f.until), f.until]
    return where


def _limit(f: Filters) -> str:
    return f" LIMIT {int(f.limit)}" if f.limit is not None and f.limit >= 0 else ""


def figure_rows(conn: sqlite3.Connection, f: Filters) -> Iterator[sqlite3.Row]:
    f.check()
    params: list[Any] = []
    where = _article_conditions(f, params) + _figure_conditions(f, params, _source_ids(conn, f))
    sql = (
        "SELECT f.*, a.url, a.site, a.published, a.story, a.version, a.latest "
        "FROM figures f JOIN articles a ON a.pk = f.article"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.pk, f.n"
        + _limit(f)
    )
    return _rows(conn, sql, params)


def article_rows(conn: sqlite3.Connection, f: Filters) -> Iterator[sqlite3.Row]:
    f.check()
    params: list[Any] = []
    where = _article_conditions(f, params)
    fig_params: list[Any] = []
    fig_where = _figure_conditions(f, fig_params, _source_ids(conn, f))
    if fig_where:
        where.append(
            "EXISTS (SELECT 1 FROM figures f WHERE f.article = a.pk AND " + " AND ".join(fig_where) + ")"
        )
        params += fig_params
    sql = (
        "SELECT a.* FROM articles a"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.pk"
        + _limit(f)
    )
    return _rows(conn, sql, params)


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> Iterator[sqlite3.Row]:
    connect_functions(conn)
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    yield from cur.execute(sql, params)


def tidy(x: Any) -> Any:
    """Whole numbers print as ints (1500, not 1500.0), as the extractor prints them."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e18:
        return int(x)
    return x


def figure_record(row: sqlite3.Row) -> dict[str, Any]:
    """A spec section 5 line, with the article's url and published date; links when set."""
    rec = {key: row[key] for key in SPEC_FIELDS}
    for key in ("value", "low", "high"):
        rec[key] = tidy(rec[key])
    rec["url"] = row["url"]
    rec["published"] = row["published"]
    for key in LINK_FIELDS:
        if row[key] is not None:
            rec[key] = row[key]
    if row["extra"]:
        for key, value in json.loads(row["extra"]).items():
            rec.setdefault(key, value)
    return rec


def article_record(row: sqlite3.Row, text: bool = False) -> dict[str, Any]:
    rec = {
        "id": row["id"],
        "lang": row["lang"],
        "url": row["url"],
        "title": row["title"],
        "published": row["published"],
        "site": row["site"],
        "version": row["version"],
        "figures": row["figure_count"],
        "status": row["status"],
        "ingested_at": row["ingested_at"],
        "content_hash": row["content_hash"],
    }
    if row["story"] is not None:
        rec["story"] = row["story"]
    if text:
        rec["text"] = row["text"]
    return rec
