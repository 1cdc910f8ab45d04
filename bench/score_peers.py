#!/usr/bin/env python3
"""Run figtrail on the peer suite (Microsoft Recognizers-Text cases in shared/peers) and score it
with the shared scorer, `--skip-flagged`, as issue 4 asks:

    .venv/bin/python bench/score_peers.py [--errors N] [--lang fr] [--record]

Prints value-correct recall by model, by model and language, by language and overall, the
negative cases with an in-scope false positive, and the time per case. `--record` writes the
levels to tests/peer_levels.json, which tests/test_peers.py holds the extractor to.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LEVELS = REPO / "tests" / "peer_levels.json"


def load_scorer(shared: Path = SHARED):
    path = shared / "tools" / "score_peers.py"
    spec = importlib.util.spec_from_file_location("score_peers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(shared: Path = SHARED, langs: set[str] | None = None) -> dict:
    """Extract every case of the shipped languages; returns levels and timings."""
    import figtrail
    from figtrail.packs import AVAILABLE

    scorer = load_scorer(shared)
    cases = [
        c for c in scorer.load_cases([str(shared / "peers" / "recognizers-text")]) if c["lang"] in AVAILABLE
    ]
    if langs:
        cases = [c for c in cases if c["lang"] in langs]
    from figtrail.dates import warm as warm_dates

    for lang in sorted({c["lang"] for c in cases}):  # each pack compiles once, as the reference's models build
        figtrail.extract({"id": "warm-up", "lang": lang, "text": "1 000"})
        warm_dates(lang)  # and dateparser reads each language's data once (half the first run's time)
    t0 = time.perf_counter()
    preds = []
    for c in cases:
        for f in figtrail.extract({"id": c["id"], "lang": c["lang"], "text": c["input"]}):
            preds.append(f.to_dict())
    seconds = time.perf_counter() - t0
    # the same cases again: the steady rate, once every lazy table is loaded (the first pass
    # also reads, once per process, the tables a case first needs: a peso's countries, a date)
    t1 = time.perf_counter()
    for c in cases:
        figtrail.extract({"id": c["id"], "lang": c["lang"], "text": c["input"]})
    warm_seconds = time.perf_counter() - t1
    stats, errors, _unknown = scorer.score(cases, preds, skip_flagged=True)
    summary = scorer.summarize(stats)
    by_lang: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "value_ok": 0, "neg": 0, "neg_fp": 0}
    )
    for key, s in stats.items():
        if key.count(".") == 1:
            lang = key.split(".")[1]
            for k in by_lang[lang]:
                by_lang[lang][k] += s[k]
    levels = {
        key: {"vc_recall": v["value_correct_recall"], "neg_fp_rate": v["neg_fp_rate"]}
        for key, v in summary.items()
    }
    for lang, s in by_lang.items():
        levels[f"lang.{lang}"] = {
            "vc_recall": round(s["value_ok"] / s["gold"], 4) if s["gold"] else None,
            "neg_fp_rate": round(s["neg_fp"] / s["neg"], 4) if s["neg"] else None,
        }
    return {
        "levels": levels,
        "cases": len(cases),
        "seconds": seconds,
        "warm_seconds": warm_seconds,
        "errors": errors,
        "scorer": scorer,
        "summary": summary,
        "preds": preds,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors")
    ap.add_argument("--record", action="store_true", help=f"write the levels to {LEVELS.relative_to(REPO)}")
    a = ap.parse_args()
    r = run(Path(a.shared), set(a.lang) if a.lang else None)
    print(f"{'set':<18} {'vc_recall':>10} {'neg_fp_rate':>12}")
    for key, v in sorted(r["levels"].items(), key=lambda kv: (kv[0] != "all", kv[0])):
        rate = "-" if v["neg_fp_rate"] is None else f"{v['neg_fp_rate']:.3f}"
        recall = "-" if v["vc_recall"] is None else f"{v['vc_recall']:.3f}"
        print(f"{key:<18} {recall:>10} {rate:>12}")
    per_case = r["seconds"] / max(1, r["cases"]) * 1000
    warm = r["warm_seconds"] / max(1, r["cases"]) * 1000
    print(
        f"\n{r['cases']} cases in {r['seconds']:.2f} s: {per_case:.3f} ms a case "
        f"({22.6 / per_case:.0f}x the reference's 22.6 ms); a second pass, every table loaded: "
        f"{warm:.3f} ms a case ({22.6 / warm:.0f}x)"
    )
    for kind, c, g, p in r["errors"][: a.errors]:
        gtxt = (
            f"{g['text']!r} value={g.get('value')} low={g.get('low')} high={g.get('high')} unit={g.get('unit')}"
            if g
            else "-"
        )
        ptxt = (
            f"{p.get('surface')!r} value={p.get('value')} low={p.get('low')} high={p.get('high')} unit={p.get('unit')}"
            if p
            else "-"
        )
        print(f"{kind:<15} {c['id']}: {c['input'][:80]!r}\n    expected {gtxt}\n    predicted {ptxt}")
    if a.record:
        LEVELS.write_text(json.dumps(r["levels"], indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {len(r['levels'])} levels in {LEVELS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
