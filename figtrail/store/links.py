"""The linker's memory in the store: load it, link each new article, save what changed.

    linker = StoreLinker.load(conn)            # at the start of a run
    links = linker.link(ident, article, figures, evidence)   # inside the writer's transaction

Everything `link` learns is written in the caller's transaction, beside the article it
came from: a killed run leaves the memory as it was after the last committed batch, like
the articles themselves. Manual corrections (`figtrail sources merge/split`) live in the
corrections table and are applied on top of whatever the linker computes, on every run.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from figtrail.link import aliases
from figtrail.link.fold import fold
from figtrail.link.linker import Evidence, Linker, Links, as_mapping
from figtrail.link.quantities import QuantityLinker, StoryQuantities
from figtrail.link.sources import SourceRegistry
from figtrail.link.stories import StoryEvidence, StoryLinker, StoryParams

# The story thresholds a person may set for a store (`figtrail relink --window-days 3 ...`),
# with the range each must lie in. Shingle size and MinHash permutations are not among them:
# they shape the evidence computed at ingest, which a relink does not recompute.
TUNABLE: dict[str, tuple[type, float, float]] = {
    "copy_threshold": (float, 0.05, 1.0),
    "copy_window_days": (int, 0, 3650),
    "window_days": (int, 0, 3650),
    "fingerprint_threshold": (float, 0.0, 1.0),
    "min_shared_values": (int, 0, 100),
    "value_weight": (float, 0.0, 100.0),
}
_PARAMS_KEY = "story_params"


def story_params(conn: sqlite3.Connection) -> StoryParams:
    """The store's story thresholds: the defaults, with what a person set for this store."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (_PARAMS_KEY,)).fetchone()
    chosen = json.loads(row[0]) if row else {}
    return dataclasses.replace(StoryParams(), **{k: v for k, v in chosen.items() if k in TUNABLE})


def set_story_params(conn: sqlite3.Connection, changes: Mapping[str, Any], reset: bool = False) -> StoryParams:
    """Record thresholds for this store (on top of those set before, or of the defaults with
    `reset`), in the caller's transaction; returns the thresholds now in force.
    A value out of its range raises ValueError naming it."""
    chosen: dict[str, Any] = {}
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (_PARAMS_KEY,)).fetchone()
    if row and not reset:
        chosen = {k: v for k, v in json.loads(row[0]).items() if k in TUNABLE}
    for key, value in changes.items():
        if key not in TUNABLE:
            raise ValueError(f"{key}: not a story threshold (one of {', '.join(TUNABLE)})")
        kind, low, high = TUNABLE[key]
        value = kind(value)
        if not low <= value <= high:
            raise ValueError(f"{key} must lie between {low} and {high}, not {value}")
        chosen[key] = value
    defaults = StoryParams()
    chosen = {k: v for k, v in chosen.items() if v != getattr(defaults, k)}
    if chosen:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (_PARAMS_KEY, json.dumps(chosen, sort_keys=True)),
        )
    else:
        conn.execute("DELETE FROM settings WHERE key = ?", (_PARAMS_KEY,))
    return dataclasses.replace(defaults, **chosen)


def source_overrides(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The registry's overrides (alias or id -> id) from the corrections table, oldest first."""
    out: list[tuple[str, str]] = []
    for action, args in conn.execute(
        "SELECT action, args FROM corrections WHERE kind = 'source' ORDER BY id"
    ).fetchall():
        a = json.loads(args)
        if action == "merge":
            out.append((str(a["other"]), str(a["keep"])))
        else:
            out.append((str(a["alias"]), str(a["id"])))
    return out


class StoreLinker:
    """A Linker whose memory lives in the store's tables."""

    def __init__(self, conn: sqlite3.Connection, linker: Linker) -> None:
        self.conn = conn
        self.linker = linker
        self._known_sources: set[str] = set()

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> StoreLinker:
        registry = SourceRegistry.from_rows(
            conn.execute("SELECT alias, source_id, kind FROM source_aliases").fetchall(),
            source_overrides(conn),
        )
        stories = StoryLinker(story_params(conn))
        for aid, lang, published, story, sketch, values, names in conn.execute(
            "SELECT article_id, lang, published, story, sketch, fp_values, fp_names FROM story_evidence "
            "ORDER BY rowid"
        ):
            ev = StoryEvidence(
                np.frombuffer(sketch, dtype="<u8").astype(np.uint64),
                set(json.loads(values)),
                set(json.loads(names)),
            )
            stories.restore(aid, lang, published, story, ev)

        def load_story(story: str) -> StoryQuantities | None:
            row = conn.execute("SELECT state FROM story_quantities WHERE story = ?", (story,)).fetchone()
            return StoryQuantities.from_json(json.loads(row[0])) if row else None

        return cls(conn, Linker(registry, stories, QuantityLinker(load_story)))

    def link(self, ident: str, article: Any, figures: Sequence[Any], ev: Evidence | None = None) -> Links:
        """Link an article stored under `ident` and save what the linker learnt, in the open transaction."""
        art = {**as_mapping(article), "id": ident}
        first = self.linker.stories.story_of(ident) is None
        links = self.linker.link(art, figures, ev)
        self._save(art, figures, links, first)
        return links

    def _save(self, art: dict[str, Any], figures: Sequence[Any], links: Links, first: bool) -> None:
        c = self.conn
        reg = self.linker.registry
        if reg.journal:
            c.executemany(
                "INSERT OR IGNORE INTO source_aliases (alias, kind, source_id, lang) VALUES (?, ?, ?, ?)",
                [(alias, kind, sid, art.get("lang")) for alias, sid, kind in reg.journal],
            )
            reg.journal.clear()
        for f, sid, stype in zip(figures, links.source_ids, links.source_types, strict=True):
            name = f.get("source") if isinstance(f, dict) else getattr(f, "source", None)
            if sid and name:
                self._note_source(sid, name, stype)
                # one way an article wrote the name, for people reading the aliases
                c.execute(
                    "UPDATE source_aliases SET written = ? WHERE kind = 'name' AND alias = ? AND written IS NULL",
                    (name, fold(name)),
                )
        if first:
            ev = self.linker.stories.evidence_of(str(art["id"]))
            if ev is not None:
                c.execute(
                    "INSERT OR IGNORE INTO story_evidence VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        art["id"],
                        art.get("lang"),
                        art.get("published"),
                        links.story,
                        np.asarray(ev.sketch, dtype="<u8").tobytes(),
                        json.dumps(sorted(ev.values), ensure_ascii=False),
                        json.dumps(sorted(ev.names), ensure_ascii=False),
                    ),
                )
        q = self.linker.quantities
        for story in q.touched:
            c.execute(
                "INSERT INTO story_quantities (story, state) VALUES (?, ?) "
                "ON CONFLICT (story) DO UPDATE SET state = excluded.state",
                (story, json.dumps(q.story(story).to_json(), ensure_ascii=False)),
            )
        q.touched.clear()

    def _note_source(self, sid: str, name: str, stype: str | None) -> None:
        """A row in `sources` for every id: the table's own name for its entries, else the first name seen."""
        if sid in self._known_sources:
            return
        self._known_sources.add(sid)
        inst = aliases.entry(sid)
        best = _table_name(inst) if inst is not None else name
        self.conn.execute(
            "INSERT OR IGNORE INTO sources (id, name, type, created_at) "
            "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            (sid, best, stype),
        )


def _table_name(inst: Any) -> str:
    """An institution's display name: its English name, else any, else its first acronym."""
    for lang in ("en", "*", "fr", "es", "de", "it", "pt"):
        names = inst.names.get(lang)
        if names:
            return names[0]
    return inst.acronyms[0] if inst.acronyms else inst.key


__all__ = ["StoreLinker", "source_overrides"]
