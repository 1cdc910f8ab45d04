#!/usr/bin/env python3
"""Score story and quantity links on the dev set with the project's scorer:

    .venv/bin/python bench/score_links.py [--gold PATH] [--window-days 1]
        [--copy-threshold 0.5] [--fingerprint-threshold 0.35] [--min-shared-values 2]
        [--sweep] [--keep PRED.jsonl] [--show-quantities]

Runs figtrail.extract article by article in file order, links stories and quantities
with figtrail.link, writes the figures with `story` and `quantity` and runs
shared/tools/score_figures.py --stories --quantities. Prints stories F1, quantities F1,
quantities_across_articles F1 and the linking cost per article (extraction excluded).

--sweep scores a grid of story thresholds: the way to re-measure them on new gold.
The project is scored on unseen articles: tune on the grid, never on a single article.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import figtrail
from figtrail.link.quantities import QuantityLinker
from figtrail.link.stories import StoryLinker, StoryParams

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "score_figures.py"


def link(arts: list[dict], figs: list[list], params: StoryParams) -> tuple[list[list[dict]], float]:
    """Story and quantity for every figure; returns the figure lines and seconds spent linking."""
    stories, quants = StoryLinker(params), QuantityLinker()
    out, t0 = [], time.perf_counter()
    for art, fs in zip(arts, figs, strict=True):
        story = stories.add(art, fs)
        ids = quants.assign(art, fs, story)
        out.append([{**f.to_dict(), "story": story, "quantity": q} for f, q in zip(fs, ids, strict=True)])
    return out, time.perf_counter() - t0


def score(gold: Path, lines: list[list[dict]], tmp: Path) -> dict:
    pred = tmp / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for fs in lines:
            for f in fs:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred)]
    res = subprocess.run([*cmd, "--stories", "--quantities", "--json"], capture_output=True, text=True)
    if res.returncode:
        raise SystemExit(res.stderr)
    return json.loads(res.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev.jsonl"))
    base = StoryParams()
    for f in dataclasses.fields(StoryParams):
        ap.add_argument("--" + f.name.replace("_", "-"), type=type(getattr(base, f.name)), default=None)
    ap.add_argument("--sweep", action="store_true", help="score a grid of story thresholds")
    ap.add_argument("--keep", help="also write the linked figure lines here")
    ap.add_argument("--show-quantities", action="store_true", help="print gold and predicted quantity ids")
    a = ap.parse_args()
    given = {
        f.name: getattr(a, f.name) for f in dataclasses.fields(StoryParams) if getattr(a, f.name) is not None
    }
    params = dataclasses.replace(base, **given)

    gold = Path(a.gold)
    arts = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    inputs = [{k: v for k, v in x.items() if k not in ("figures", "story")} for x in arts]
    figs = [figtrail.extract(x) for x in inputs]
    print(
        f"# {platform.node()} {platform.processor() or platform.machine()} python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        if a.sweep:
            grid = itertools.product((0.3, 0.5, 0.7), (0, 1, 2, 3), (0.2, 0.3, 0.35, 0.45, 0.55), (1, 2, 3))
            print("copy  days  fp    shared  stories  quantities  q_across")
            for copy, days, fp, shared in grid:
                p = dataclasses.replace(
                    params,
                    copy_threshold=copy,
                    window_days=days,
                    fingerprint_threshold=fp,
                    min_shared_values=shared,
                )
                s = score(gold, link(inputs, figs, p)[0], Path(tmp))["links"]
                print(
                    f"{copy:<5} {days:<5} {fp:<5} {shared:<7} {s['stories']['f1']:<8} "
                    f"{s['quantities']['f1']:<11} {s['quantities_across_articles']['f1']}"
                )
            return 0
        lines, cold = link(inputs, figs, params)  # loads the lemmatiser's dictionaries on the way
        lines, spent = link(inputs, figs, params)  # the cost an article pays in a running process
        if a.keep:
            Path(a.keep).write_text(
                "".join(json.dumps(f, ensure_ascii=False) + "\n" for fs in lines for f in fs),
                encoding="utf-8",
            )
        if a.show_quantities:
            _show(arts, lines)
        s = score(gold, lines, Path(tmp))["links"]
    print(f"params: {params}")
    for k in ("stories", "quantities", "quantities_across_articles"):
        v = s[k]
        print(f"{k:<28} F1 {v['f1']:<7} P {v['p']:<7} R {v['r']:<7} gold pairs {v['pairs_gold_same']}")
    n = max(1, len(arts))
    print(
        f"linking cost: {1000 * spent / n:.2f} ms per article, extraction excluded "
        f"({len(arts)} articles; first run {cold:.1f} s in all, with loading the lemmatiser)"
    )
    return 0


def _show(arts: list[dict], lines: list[list[dict]]) -> None:
    for art, fs in zip(arts, lines, strict=True):
        gold = {(g["field"], g["start"]): g["quantity"] for g in art["figures"]}
        print("==", art["id"], art["story"], "->", fs[0]["story"] if fs else "-")
        for f in fs:
            print(f"   {gold.get((f['field'], f['start']), '?'):<45} {f['quantity']:<40} {f['surface']}")


if __name__ == "__main__":
    raise SystemExit(main())
