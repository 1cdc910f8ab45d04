#!/usr/bin/env python3
"""Ingest and link synthetic corpora of growing size with the real CLI (issue 7, item 5):

    .venv/bin/python bench/bench_scale.py [--sizes 25000 50000 100000] [--jobs 2] [--out FILE.md]

For each size: bench/synth_corpus.py writes the corpus (six languages, copies, translations,
shared quantities; same seed, same corpus), then `figtrail ingest --jobs N` stores, extracts
and links it into a new database. Prints the wall time, articles per second, the peak memory
of the whole process tree (the writer and its extraction processes, summed, sampled from
/proc every 0.1 s) and how well the stories came out against the corpus's true stories
(pairwise precision and recall over articles). Linear cost means a flat articles/s column.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIGTRAIL = Path(sys.executable).parent / "figtrail"


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc)."""
    children: dict[int, list[int]] = defaultdict(list)
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="utf-8") as fh:
                ppid, kb = 0, 0
                for line in fh:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
        except (OSError, ValueError):
            continue
        children[ppid].append(int(entry))
        rss[int(entry)] = kb
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total / 1024


def run_measured(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    peak = 0.0
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            done.wait(0.1)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    t.join()
    return wall, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def story_scores(corpus: Path, db: Path) -> tuple[float, float]:
    """Pairwise precision and recall of the stored stories against the corpus's true ones."""
    truth = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            truth[a["id"]] = a["story"]
    out = subprocess.run(
        [str(FIGTRAIL), "articles", "--db", str(db), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    pred = {}
    for line in out.stdout.splitlines():
        a = json.loads(line)
        pred[a["id"]] = a.get("story")

    def pairs(groups: dict[str, str | None]) -> set[tuple[str, str]]:
        by: dict[str, list[str]] = defaultdict(list)
        for doc, g in groups.items():
            if g is not None:
                by[g].append(doc)
        return {tuple(sorted(p)) for docs in by.values() for p in combinations(docs, 2)}

    t, p = pairs(truth), pairs(pred)
    both = len(t & p)
    return (both / len(p) if p else 1.0), (both / len(t) if t else 1.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="keep corpora and databases in this directory")
    ap.add_argument("--out", help="also write the table (Markdown) to this file")
    a = ap.parse_args()
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    head = (
        f"# {platform.node()} {platform.machine()} {os.cpu_count()} cores, python {platform.python_version()}, "
        f"figtrail ingest --jobs {a.jobs} (commit {commit or '?'}, {when}; targets: 100k in under 300 s, "
        "peak under 2 GB, articles/s about flat)"
    )
    rows = ["| articles | seconds | articles/s | peak MB (all processes) | stories P | stories R |",
            "|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    print(head)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(a.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        for n in a.sizes:
            corpus = work / f"synth-{n}.jsonl"
            subprocess.run(
                [sys.executable, str(REPO / "bench" / "synth_corpus.py"), str(n), "--seed", str(a.seed), "--out", str(corpus)],
                check=True,
            )  # fmt: skip
            db = work / f"synth-{n}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            wall, peak, res = run_measured(
                [str(FIGTRAIL), "ingest", str(corpus), "--db", str(db), "--jobs", str(a.jobs), "--quiet"]
            )
            if res.returncode:
                print(res.stderr[-2000:], file=sys.stderr)
                return 1
            p, r = story_scores(corpus, db)
            row = f"| {n:,} | {wall:.1f} | {n / wall:,.0f} | {peak:,.0f} | {p:.3f} | {r:.3f} |"
            rows.append(row)
            print(row, flush=True)
    if a.out:
        Path(a.out).write_text(head + "\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
