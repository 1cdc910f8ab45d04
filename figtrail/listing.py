"""`figtrail articles` and `figtrail figures` output: a table, JSON Lines or CSV of store records."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from figtrail.model import Figure
from figtrail.render import format_value, snippet
from figtrail.store.query import LINK_FIELDS, SPEC_FIELDS

ARTICLE_CSV = ("id", "lang", "url", "title", "published", "site", "version", "figures", "status",
               "ingested_at", "content_hash", "story")  # fmt: skip
FIGURE_CSV = (*SPEC_FIELDS, "url", "published", *LINK_FIELDS)
_TITLE_WIDTH = 70


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    out.flush()
    return n


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, fields: tuple[str, ...]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(rec)
        n += 1
    out.flush()
    return n


def articles_table(records: Iterable[dict[str, Any]], out: TextIO, versions: bool = False) -> int:
    table = Table(show_lines=False)
    columns = ["id", *(["version"] if versions else []), "published", "lang", "site", "figures", "title"]
    for column in columns:
        table.add_column(
            column,
            no_wrap=column != "title",
            overflow="fold",
            justify="right" if column == "figures" else "left",
        )
    n = 0
    for rec in records:
        title = rec["title"] or ""
        if len(title) > _TITLE_WIDTH:
            title = title[: _TITLE_WIDTH - 1] + "…"
        cells = [rec["id"], *([str(rec["version"])] if versions else [])]
        cells += [rec["published"] or "", rec["lang"] or "", rec["site"] or "", str(rec["figures"]), title]
        table.add_row(*(escape(c) for c in cells))
        n += 1
    _print(table, n, "articles", out)
    return n


def figures_table(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    table = Table(show_lines=False)
    for column in ("doc", "published", "value", "what", "source", "modality", "sentence"):
        table.add_column(column, no_wrap=column in ("doc", "value", "published"), overflow="fold")
    n = 0
    for rec in records:
        fig = as_figure(rec)
        source = fig.source or ""
        if fig.via:
            source = f"{source} (via {fig.via})"
        table.add_row(
            escape(fig.doc),
            escape(rec.get("published") or ""),
            escape(format_value(fig)),
            escape(fig.what or ""),
            escape(source),
            fig.modality,
            snippet(fig, width=70),
        )
        n += 1
    _print(table, n, "figures", out)
    return n


def as_figure(rec: dict[str, Any]) -> Figure:
    return Figure(**{key: rec[key] for key in SPEC_FIELDS})


def _print(table: Table, n: int, what: str, out: TextIO) -> None:
    console = Console(file=out, highlight=False)
    if n:
        console.print(table)
    console.print(f"{n} {what}" if n != 1 else f"1 {what[:-1]}")
