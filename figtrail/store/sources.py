"""Sources in the store: list them, show one, find them by any name, merge and split them.

A merge or a split is a correction a person makes: it is recorded in the corrections table
(by id and by name, never by row) and applied at once to the stored figures and aliases; the
linker applies it again to every article linked later and on `figtrail relink`, so it
survives re-ingest and re-linking.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from figtrail.errors import FigtrailError
from figtrail.link import aliases
from figtrail.link.fold import fold, slug
from figtrail.link.sources import SourceRegistry
from figtrail.store.links import source_overrides
from figtrail.store.write import now_utc

# One row per source that has figures in the latest versions of the articles.
_LIST = """
SELECT f.source_id AS id,
       coalesce(s.name, min(f.source)) AS name,
       coalesce(s.type, min(f.source_type)) AS type,
       count(*) AS figures,
       count(DISTINCT a.id) AS articles,
       group_concat(DISTINCT f.lang) AS langs,
       min(coalesce(f.said_on, a.published)) AS first_seen,
       max(coalesce(f.said_on, a.published)) AS last_seen
FROM figures f
JOIN articles a ON a.pk = f.article AND a.latest = 1
LEFT JOIN sources s ON s.id = f.source_id
WHERE f.source_id IS NOT NULL {where}
GROUP BY f.source_id
ORDER BY count(*) DESC, f.source_id
"""


def source_rows(conn: sqlite3.Connection, ids: set[str] | None = None) -> Iterator[dict[str, Any]]:
    """Each source with its names as articles wrote them, languages, figure count, first/last seen."""
    where, params = "", []
    if ids is not None:
        where = f"AND f.source_id IN ({', '.join('?' * len(ids))})"
        params = sorted(ids)
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    for row in cur.execute(_LIST.format(where=where), params).fetchall():
        names = [
            r[0]
            for r in conn.execute(
                "SELECT f.source FROM figures f JOIN articles a ON a.pk = f.article AND a.latest = 1 "
                "WHERE f.source_id = ? GROUP BY f.source ORDER BY count(*) DESC, f.source",
                (row["id"],),
            )
        ]
        yield {
            "id": row["id"],
            "name": row["name"],
            "type": row["type"],
            "aliases": names,
            "langs": sorted(set((row["langs"] or "").split(",")) - {""}),
            "figures": row["figures"],
            "articles": row["articles"],
            "first_seen": row["first_seen"],
            "last_seen": row["last_seen"],
        }


def source_ids_for(conn: sqlite3.Connection, name: str) -> set[str]:
    """The ids a user means by `name`: an id itself, a name or alias seen in the store (folded),
    an entry of the shipped alias table, or a spelling the registry joins to a known source
    (Budanow -> Budanov); merges are followed."""
    name = name.strip()
    if not name:
        return set()
    f = fold(name)
    ids = {
        r[0]
        for r in conn.execute(
            "SELECT source_id FROM source_aliases WHERE alias = ? OR source_id = ? "
            "UNION SELECT source_id FROM figures WHERE source_id = ? LIMIT 1000",
            (f, name, name),
        )
    }
    ids.update(aliases.lookup(name))
    overrides = source_overrides(conn)
    registry = SourceRegistry.from_rows(
        conn.execute("SELECT alias, source_id, kind FROM source_aliases").fetchall(), overrides
    )
    guess = registry.resolve(name)
    if guess and not guess.startswith("doc:"):
        ids.add(guess)
    merged = {other: keep for other, keep in overrides}
    for _ in range(len(merged) + 1):  # follow chains of merges
        nxt = {merged.get(i, i) for i in ids}
        if nxt == ids:
            break
        ids = nxt
    return ids


def _exists(conn: sqlite3.Connection, sid: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM figures WHERE source_id = ? UNION SELECT 1 FROM source_aliases WHERE source_id = ? "
            "UNION SELECT 1 FROM sources WHERE id = ? LIMIT 1",
            (sid, sid, sid),
        ).fetchone()
        is not None
    )


def merge(conn: sqlite3.Connection, keep: str, other: str) -> int:
    """Source `other` is source `keep`: returns the number of figures that moved."""
    if keep == other:
        raise FigtrailError(f"merge: {keep} with itself")
    for sid in (keep, other):
        if not _exists(conn, sid):
            raise FigtrailError(f"no source {sid!r} in the store (see `figtrail sources`)")
    with conn:
        _correct(conn, "merge", {"keep": keep, "other": other})
        moved = conn.execute("UPDATE figures SET source_id = ? WHERE source_id = ?", (keep, other)).rowcount
        conn.execute("UPDATE source_aliases SET source_id = ? WHERE source_id = ?", (keep, other))
    return moved


def split(conn: sqlite3.Connection, sid: str, alias: str, new_id: str | None = None) -> tuple[str, int]:
    """The name `alias`, joined to source `sid`, is a source of its own: returns its id and
    the number of figures that moved."""
    f = fold(alias)
    if not f:
        raise FigtrailError("split: give the name to take out of the source")
    rows = conn.execute(
        "SELECT id, source FROM figures WHERE source_id = ? AND source IS NOT NULL", (sid,)
    ).fetchall()
    if not rows and not _exists(conn, sid):
        raise FigtrailError(f"no source {sid!r} in the store (see `figtrail sources`)")
    moving = [r[0] for r in rows if fold(r[1]) == f]
    has_alias = conn.execute(
        "SELECT 1 FROM source_aliases WHERE source_id = ? AND alias = ?", (sid, f)
    ).fetchone()
    if not moving and not has_alias:
        raise FigtrailError(f"source {sid!r} has no name {alias!r} (see `figtrail sources show {sid}`)")
    new_id = new_id or "split:" + slug(alias)
    with conn:
        _correct(conn, "split", {"alias": alias, "id": new_id, "from": sid})
        conn.executemany("UPDATE figures SET source_id = ? WHERE id = ?", [(new_id, i) for i in moving])
        conn.execute(
            "UPDATE source_aliases SET source_id = ? WHERE source_id = ? AND alias = ?", (new_id, sid, f)
        )
        conn.execute(
            "INSERT OR IGNORE INTO sources (id, name, type, created_at) "
            "SELECT ?, ?, type, ? FROM sources WHERE id = ?",
            (new_id, alias, now_utc(), sid),
        )
    return new_id, len(moving)


def corrections(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        {"id": i, "made_at": at, "kind": kind, "action": action, **json.loads(args)}
        for i, at, kind, action, args in conn.execute(
            "SELECT id, made_at, kind, action, args FROM corrections ORDER BY id"
        )
    ]


def _correct(conn: sqlite3.Connection, action: str, args: dict[str, str]) -> None:
    conn.execute(
        "INSERT INTO corrections (made_at, kind, action, args) VALUES (?, 'source', ?, ?)",
        (now_utc(), action, json.dumps(args, ensure_ascii=False)),
    )


__all__ = ["corrections", "merge", "source_ids_for", "source_rows", "split"]
