"""`figtrail relink`: compute every link of the store again, from the stored articles and figures.

For a store written with `--no-link` or before schema version 3, after changing the linking
thresholds, or to check that links do not depend on how a corpus was split into runs. The
articles are linked in the order they were stored, as ingest linked them; corrections
(merge, split) are applied again. One transaction: a killed relink changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from figtrail.link.linker import gather
from figtrail.link.stories import StoryParams
from figtrail.store.links import StoreLinker, set_story_params

_FIGURE_FIELDS = (
    'id, field, start, "end", surface, value, low, high, bound, unit, what, what_head, source, via, '
    "modality, lang"
)


@dataclass(slots=True)
class Relinked:
    articles: int = 0
    figures: int = 0
    stories: int = 0
    sources: int = 0
    quantities: int = 0
    params: StoryParams | None = None  # the story thresholds used


def relink(
    conn: sqlite3.Connection,
    progress: Callable[[int], None] | None = None,
    thresholds: Mapping[str, Any] | None = None,
    reset_thresholds: bool = False,
) -> Relinked:
    """Link every stored article again, in the order they were stored, in one transaction.

    `thresholds` (names of store.links.TUNABLE) are recorded for the store first, on top of
    those set before (or of the defaults, with `reset_thresholds`), and used by every later
    ingest too. A bad threshold raises ValueError before anything changes."""
    out = Relinked()
    conn.execute("BEGIN IMMEDIATE")
    try:
        out.params = set_story_params(conn, thresholds or {}, reset=reset_thresholds)
        for table in ("source_aliases", "story_evidence", "story_quantities", "sources"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 - table names are constants
        linker = StoreLinker.load(conn)  # empty memory, corrections only
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        articles = cur.execute(
            "SELECT pk, id, lang, published, title, text, url FROM articles ORDER BY pk"
        ).fetchall()
        for n, a in enumerate(articles, 1):
            art = {k: a[k] for k in ("id", "lang", "published", "title", "text", "url")}
            fcur = conn.cursor()
            fcur.row_factory = sqlite3.Row
            figs = [
                dict(r)
                for r in fcur.execute(
                    f"SELECT {_FIGURE_FIELDS} FROM figures WHERE article = ? ORDER BY n",  # noqa: S608
                    (a["pk"],),
                )
            ]
            links = linker.link(a["id"], art, figs, gather(art, figs))
            conn.execute("UPDATE articles SET story = ? WHERE pk = ?", (links.story, a["pk"]))
            conn.executemany(
                "UPDATE figures SET source_id = ?, source_type = ?, quantity = ? WHERE id = ?",
                [
                    (sid, st, q, f["id"])
                    for f, sid, st, q in zip(
                        figs, links.source_ids, links.source_types, links.quantities, strict=True
                    )
                ],
            )
            out.articles += 1
            out.figures += len(figs)
            if progress:
                progress(n)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    one = conn.execute(
        "SELECT count(DISTINCT story), "
        "(SELECT count(DISTINCT source_id) FROM figures), (SELECT count(DISTINCT quantity) FROM figures) "
        "FROM articles"
    ).fetchone()
    out.stories, out.sources, out.quantities = one
    return out


__all__ = ["Relinked", "relink"]
