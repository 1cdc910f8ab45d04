"""`figtrail export`: the store's tables as files another tool reads (JSON Lines, CSV, Parquet).

Every version of every article and every figure is written, streamed in slices so that a
large store never sits in memory. Sources (and their aliases) are written once they exist.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from figtrail.store.query import tidy

# (file stem, SQL, [(column, arrow type name)]): the columns in the order they are written.
ARTICLE_COLUMNS = [
    ("id", "string"), ("version", "int64"), ("latest", "bool"), ("url", "string"), ("site", "string"),
    ("title", "string"), ("text", "string"), ("lang", "string"), ("published", "string"),
    ("ingested_at", "string"), ("content_hash", "string"), ("raw_hash", "string"), ("origin", "string"),
    ("kind", "string"),
    ("status", "string"), ("figure_count", "int64"), ("story", "string"),
]  # fmt: skip
FIGURE_COLUMNS = [
    ("doc", "string"), ("version", "int64"), ("latest", "bool"), ("n", "int64"), ("field", "string"),
    ("start", "int64"), ("end", "int64"), ("surface", "string"), ("value", "float64"), ("low", "float64"),
    ("high", "float64"), ("bound", "string"), ("unit", "string"), ("what", "string"),
    ("what_head", "string"), ("source", "string"), ("via", "string"), ("modality", "string"),
    ("sentence", "string"), ("lang", "string"), ("source_id", "string"), ("source_type", "string"),
    ("said_on", "string"), ("as_of", "string"), ("quantity", "string"), ("extra", "string"),
    ("url", "string"), ("published", "string"), ("story", "string"),
]  # fmt: skip
SOURCE_COLUMNS = [
    ("id", "string"), ("name", "string"), ("type", "string"), ("created_at", "string"), ("aliases", "list<string>"),
    ("figures", "int64"), ("articles", "int64"), ("langs", "list<string>"), ("first_seen", "string"),
    ("last_seen", "string"),
]  # fmt: skip

TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "articles": (
        "SELECT id, version, latest, url, site, title, text, lang, published, ingested_at, content_hash, "
        "raw_hash, origin, kind, status, figure_count, story FROM articles ORDER BY pk",
        ARTICLE_COLUMNS,
    ),
    "figures": (
        'SELECT f.doc, a.version, a.latest, f.n, f.field, f.start, f."end", f.surface, f.value, f.low, '
        "f.high, f.bound, f.unit, f.what, f.what_head, f.source, f.via, f.modality, f.sentence, f.lang, "
        "f.source_id, f.source_type, f.said_on, f.as_of, f.quantity, f.extra, a.url, a.published, a.story "
        "FROM figures f JOIN articles a ON a.pk = f.article ORDER BY a.pk, f.n",
        FIGURE_COLUMNS,
    ),
    "sources": (
        # what `figtrail sources` shows, counted over the latest version of each article
        "SELECT s.id, s.name, s.type, s.created_at, "
        "(SELECT json_group_array(coalesce(written, alias)) FROM source_aliases WHERE source_id = s.id), "
        "coalesce(u.figures, 0), coalesce(u.articles, 0), coalesce(u.langs, '[]'), u.first_seen, u.last_seen "
        "FROM sources s LEFT JOIN ("
        "  SELECT f.source_id, count(*) AS figures, count(DISTINCT a.id) AS articles, "
        "  json_group_array(DISTINCT f.lang) AS langs, "
        "  min(coalesce(f.said_on, a.published)) AS first_seen, max(coalesce(f.said_on, a.published)) AS last_seen "
        "  FROM figures f JOIN articles a ON a.pk = f.article AND a.latest = 1 "
        "  WHERE f.source_id IS NOT NULL GROUP BY f.source_id"
        ") u ON u.source_id = s.id ORDER BY s.id",
        SOURCE_COLUMNS,
    ),
}
FORMATS = ("jsonl", "csv", "parquet")
SLICE = 10_000  # rows per fetch and per Parquet row group


def export(conn: sqlite3.Connection, fmt: str, out: Path) -> list[tuple[Path, int]]:
    """Write each table to out/TABLE.FMT; returns (file, rows) for each file written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (sql, columns) in TABLES.items():
        if name == "sources" and not conn.execute("SELECT 1 FROM sources LIMIT 1").fetchone():
            continue  # the registry is filled by the linking stage; no empty file before that
        path = out / f"{name}.{fmt}"
        # Written beside the target and renamed at the end: an interrupted export never
        # leaves a half file under the real name.
        part = path.with_name(path.name + ".part")
        n = _WRITERS[fmt](_slices(conn, sql, columns), columns, part)
        part.replace(path)
        written.append((path, n))
    return written


def _slices(
    conn: sqlite3.Connection, sql: str, columns: list[tuple[str, str]]
) -> Iterator[list[dict[str, Any]]]:
    names = [c for c, _ in columns]
    kinds = dict(columns)
    cur = conn.execute(sql)
    while rows := cur.fetchmany(SLICE):
        out = []
        for row in rows:
            rec = dict(zip(names, row, strict=True))
            for key, value in rec.items():
                kind = kinds[key]
                if kind == "bool" and value is not None:
                    rec[key] = bool(value)
                elif kind == "list<string>":
                    rec[key] = json.loads(value) if value else []
                elif kind == "float64":
                    rec[key] = value if value is None else float(value)
            out.append(rec)
        yield out


def _write_jsonl(slices: Iterator[list[dict]], columns: list[tuple[str, str]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for rows in slices:
            for rec in rows:
                for key in ("value", "low", "high"):
                    if key in rec:
                        rec[key] = tidy(rec[key])
                if rec.get("extra"):  # JSON inside JSON would be unreadable: spread it
                    rec["extra"] = json.loads(rec["extra"])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def _write_csv(slices: Iterator[list[dict]], columns: list[tuple[str, str]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[c for c, _ in columns], lineterminator="\n")
        writer.writeheader()
        for rows in slices:
            for rec in rows:
                for key in ("value", "low", "high"):
                    if key in rec:
                        rec[key] = tidy(rec[key])
                if "aliases" in rec:
                    rec["aliases"] = json.dumps(rec["aliases"], ensure_ascii=False)
                writer.writerow(rec)
                n += 1
    return n


def _write_parquet(slices: Iterator[list[dict]], columns: list[tuple[str, str]], path: Path) -> int:
    import pyarrow as pa  # imported here: only export needs it, and it takes a third of a second
    import pyarrow.parquet as pq

    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "list<string>": pa.list_(pa.string()),
    }
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for rows in slices:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
        if n == 0:  # an empty table still has its schema
            writer.write_table(schema.empty_table())
    return n


_WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}
