"""Stories in the store: articles that tell the same story, with their languages, outlets and dates."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

_LIST = """
SELECT a.story AS id,
       count(*) AS articles,
       group_concat(DISTINCT a.lang) AS langs,
       group_concat(DISTINCT a.site) AS sites,
       min(a.published) AS first_seen,
       max(a.published) AS last_seen,
       sum(a.figure_count) AS figures,
       (SELECT b.title FROM articles b WHERE b.story = a.story AND b.latest = 1
        ORDER BY b.published, b.pk LIMIT 1) AS title
FROM articles a
WHERE a.latest = 1 AND a.story IS NOT NULL {where}
GROUP BY a.story
HAVING count(*) >= ?
ORDER BY count(*) DESC, min(a.published), a.story
"""


def story_rows(
    conn: sqlite3.Connection, min_articles: int = 1, story: str | None = None
) -> Iterator[dict[str, Any]]:
    """Each story: its first title, articles, languages, outlets (sites), first and last seen, figures."""
    where, params = ("AND a.story = ?", [story]) if story else ("", [])
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    for row in cur.execute(_LIST.format(where=where), [*params, min_articles]):
        docs = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM articles WHERE story = ? AND latest = 1 ORDER BY published, pk", (row["id"],)
            )
        ]
        yield {
            "id": row["id"],
            "title": row["title"],
            "articles": row["articles"],
            "docs": docs,
            "langs": sorted(set((row["langs"] or "").split(",")) - {""}),
            "sites": sorted(set((row["sites"] or "").split(",")) - {""}),
            "first_seen": row["first_seen"],
            "last_seen": row["last_seen"],
            "figures": row["figures"] or 0,
        }


__all__ = ["story_rows"]
