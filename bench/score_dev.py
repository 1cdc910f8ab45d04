#!/usr/bin/env python3
"""Score the extractor on the dev set with the project's scorer, one command:

    .venv/bin/python bench/score_dev.py [--lang fr] [--errors 30] [--gold PATH]

Writes the predictions to a temporary file and runs shared/tools/score_figures.py on them.
For measuring, not for tuning to single sentences: the project is scored on unseen articles.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import figtrail

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev.jsonl"))
    ap.add_argument("--lang", help="only articles in this language")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors")
    ap.add_argument("--drop-lang", action="store_true", help="drop 'lang' from the input (tests detection)")
    a = ap.parse_args()
    arts = [json.loads(line) for line in Path(a.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    if a.lang:
        arts = [x for x in arts if x.get("lang") == a.lang]
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in arts), encoding="utf-8")
        with pred.open("w", encoding="utf-8") as out:
            for x in arts:
                given = {k: v for k, v in x.items() if k != "figures" and not (a.drop_lang and k == "lang")}
                for f in figtrail.extract(given):
                    out.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
        cmd = [sys.executable, str(SHARED / "tools" / "score_figures.py"), "--gold", str(gold), "--pred", str(pred)]
        if a.errors:
            cmd += ["--errors", str(a.errors)]
        return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
