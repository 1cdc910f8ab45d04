#!/usr/bin/env python3
"""Same-source links on the dev set, scored by the project's scorer, one command:

    .venv/bin/python bench/score_sources.py [--gold PATH] [--errors] [--keep PRED.jsonl]

Runs figtrail.extract on every article, resolves every figure's source through one
SourceRegistry (articles in file order, as a store would ingest them), writes the figures
with `source_id` to a temporary JSONL and runs shared/tools/score_figures.py --sources on it.
Prints `sources` and `sources_across_articles` pairwise F1 (issue 6 asks >= 0.90 for both).
`--errors` lists the gold same-source pairs split apart and the pairs joined wrongly.
For measuring, not for tuning to single strings: the project is scored on unseen articles.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import figtrail
from figtrail.link import SourceRegistry

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def predict(arts: list[dict]) -> list[dict]:
    reg = SourceRegistry()
    rows = []
    for art in arts:
        given = {k: v for k, v in art.items() if k != "figures"}
        figs = figtrail.extract(given)
        ids = reg.resolve_article(given, figs)
        for f, sid in zip(figs, ids, strict=True):
            d = f.to_dict()
            d["source_id"] = sid
            rows.append(d)
    return rows


def explain(arts: list[dict], rows: list[dict]) -> None:
    """Gold sources split over several ids, and ids joining several gold sources."""
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    pairs = []  # (gold key, predicted id, predicted name, doc)
    for art in arts:
        for g in art["figures"]:
            if g.get("source_key") is None:
                continue
            best = max(
                (p for p in by_doc[art["id"]] if p["field"] == g["field"]),
                key=lambda p: min(p["end"], g["end"]) - max(p["start"], g["start"]),
                default=None,
            )
            if best and min(best["end"], g["end"]) > max(best["start"], g["start"]):
                pairs.append((g["source_key"], best.get("source_id"), best.get("source"), art["id"]))
    gold_ids, pred_gold = defaultdict(set), defaultdict(set)
    for gk, pid, name, doc in pairs:
        gold_ids[gk].add((pid, name, doc))
        if pid:
            pred_gold[pid].add(gk)
    print("\n-- gold sources split over ids --")
    for gk, ids in sorted(gold_ids.items()):
        if len({i for i, _, _ in ids}) > 1:
            print(f"{gk}: " + "; ".join(sorted(f"{i} <- {n!r} ({d})" for i, n, d in ids)))
    print("\n-- ids joining gold sources --")
    for pid, gks in sorted(pred_gold.items()):
        if len(gks) > 1:
            print(f"{pid}: {sorted(gks)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev.jsonl"))
    ap.add_argument("--errors", action="store_true", help="list split and wrongly joined sources")
    ap.add_argument("--keep", help="also write the predictions here")
    a = ap.parse_args()
    arts = [json.loads(line) for line in Path(a.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = predict(arts)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(a.keep) if a.keep else Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        cmd = [sys.executable, str(SHARED / "tools" / "score_figures.py"), "--gold", a.gold, "--pred", str(pred)]
        out = subprocess.run([*cmd, "--sources", "--json"], capture_output=True, text=True, check=True)
    links = json.loads(out.stdout)["links"]
    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    print(f"articles: {len(arts)}  figures: {len(rows)}  with a source: {sum(1 for r in rows if r['source'])}")
    for name in ("sources", "sources_across_articles"):
        r = links[name]
        print(f"{name:<24} f1={r['f1']:.4f}  p={r['p']:.4f}  r={r['r']:.4f}  "
              f"(gold same-pairs {r['pairs_gold_same']}, predicted {r['pairs_pred_same']})")
    if a.errors:
        explain(arts, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
