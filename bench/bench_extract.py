"""Benchmark figtrail.extract against spaCy's small French NER on the dev set.

    .venv/bin/python bench/bench_extract.py [--dev PATH] [--langs fr,...] [--seconds S]
                                            [--repeat N] [--json] [--out bench/RESULTS.md]

Each engine runs in its own subprocess, pinned to one core, so that its peak RSS
(getrusage ru_maxrss) counts only that engine. In each child: import (timed),
one warm-up pass over the articles, then timed passes until at least S seconds
have elapsed. figtrail is measured end to end: figtrail.extract() on each
article mapping (spec section 3 fields only). spaCy runs fr_core_news_sm with
every component excluded except NER and what NER listens to, nlp.pipe(texts,
batch_size=64) over title + "\\n\\n" + text of the same articles.

--fake swaps figtrail.extract for a digit-regex stand-in, to check the harness
while the extractor is not written yet; its numbers say nothing about figtrail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time
import traceback
from importlib.util import find_spec
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"
ARTICLE_KEYS = ("id", "lang", "published", "url", "title", "text")  # spec section 3; gold fields dropped
SPACY_MODEL = "fr_core_news_sm"
SPACY_BATCH = 64
RESULT_TAG = "BENCH-RESULT "

# Targets of issue 3.
TARGET_ARTICLES_PER_S = 1000.0
TARGET_RATIO = 20.0
TARGET_RSS_MB = 300.0

# Children: one core, no helper thread pools fighting over it.
THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


# --------------------------------------------------------------------------- shared


def load_articles(path: Path, langs: set[str] | None) -> list[dict]:
    articles = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise SystemExit(f"{path}:{lineno}: not an article (no 'text' string)")
            if langs is not None and str(row.get("lang") or "").lower() not in langs:
                continue
            articles.append({k: row[k] for k in ARTICLE_KEYS if k in row})
    return articles


def text_bytes(article: dict) -> int:
    return len((article.get("title") or "").encode("utf-8")) + len(article["text"].encode("utf-8"))


# --------------------------------------------------------------------------- children


def _pin_one_core() -> int | None:
    if not hasattr(os, "sched_setaffinity"):
        return None
    try:
        core = min(os.sched_getaffinity(0))  # core 0 unless this process may not use it
        os.sched_setaffinity(0, {core})
        return core
    except OSError:
        return None


def _peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6  # bytes on macOS, KiB on Linux


_DIGITS = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")


def _fake_extract(article: dict) -> list:
    """Stand-in for figtrail.extract (--fake): every digit run is a 'figure'."""
    return [m for field in ("title", "text") for m in _DIGITS.finditer(article.get(field) or "")]


def _timed_passes(run_pass, seconds: float) -> tuple[int, float, float]:
    """Call run_pass() until >= seconds have elapsed (at least once): passes, wall s, CPU s."""
    passes = 0
    cpu0 = time.process_time()
    start = time.perf_counter()
    elapsed = 0.0
    while passes == 0 or elapsed < seconds:
        run_pass()
        passes += 1
        elapsed = time.perf_counter() - start
    return passes, elapsed, time.process_time() - cpu0


def _child_figtrail(articles: list[dict], seconds: float, fake: bool) -> dict:
    t0 = time.perf_counter()
    if fake:
        extract, unsupported, where, version = (
            _fake_extract,
            (),
            "bench/bench_extract.py (--fake)",
            "stand-in",
        )
    else:
        sys.path.insert(0, str(REPO))  # measure this checkout, not some installed copy
        import figtrail
        from figtrail.errors import UnsupportedLanguageError

        extract, unsupported = figtrail.extract, (UnsupportedLanguageError,)
        where, version = figtrail.__file__, getattr(figtrail, "__version__", "?")
    import_s = time.perf_counter() - t0
    rss_import = _peak_rss_mb()

    # Warm-up pass, which also sets aside articles in a language figtrail has no pack for:
    # they are timed for neither engine (an instant refusal would flatter the rate).
    kept, skipped, n_figs = [], [], 0
    t0 = time.perf_counter()
    for article in articles:
        try:
            figs = extract(article)
        except unsupported as exc:
            skipped.append({"id": article.get("id"), "lang": article.get("lang"), "why": str(exc)})
            continue
        n_figs += len(figs)
        kept.append(article)
    first_s = time.perf_counter() - t0
    if not kept:
        return {
            "error": "figtrail.extract refused every article (UnsupportedLanguageError)",
            "skipped": skipped,
        }

    def run_pass() -> None:
        n = 0
        for article in kept:
            n += len(extract(article))  # len() forces a real list

    passes, wall, cpu = _timed_passes(run_pass, seconds)
    detection = {} if fake else _detection_cost(kept, seconds)
    return {
        **detection,
        "engine": "figtrail-fake" if fake else "figtrail",
        "version": version,
        "module": where,
        "import_s": import_s,
        "rss_after_import_mb": rss_import,
        "articles": len(kept),
        "ids": [a.get("id") for a in kept],
        "skipped": skipped,
        "bytes_per_pass": sum(map(text_bytes, kept)),
        "first_pass_s": first_s,
        "per_article": n_figs / len(kept),
        "per_article_what": "figures",
        "passes": passes,
        "wall_s": wall,
        "cpu_s": cpu,
    }


def _spacy_exclude(spacy, name: str) -> tuple[list[str], list[str]]:
    """Components to exclude so that only NER (and a tok2vec it listens to, if any) is left."""
    pkg = spacy.util.get_package_path(name)
    cfgs = [pkg / "config.cfg", *sorted(pkg.glob(f"{name}-*/config.cfg"))]
    cfg_path = next(p for p in cfgs if p.exists())
    cfg = spacy.util.load_config(cfg_path, interpolate=False)
    pipeline = list(cfg["nlp"]["pipeline"])
    keep = ["ner"]
    t2v = cfg["components"]["ner"]["model"].get("tok2vec", {})
    if "Listener" in str(t2v.get("@architectures", "")):
        upstream = t2v.get("upstream", "*")
        if upstream == "*":  # the nearest tok2vec before ner
            before = pipeline[: pipeline.index("ner")]
            upstream = next(c for c in reversed(before) if cfg["components"][c].get("factory") == "tok2vec")
        keep.insert(0, upstream)
    return [c for c in pipeline if c not in keep], keep


def _child_spacy(articles: list[dict], seconds: float) -> dict:
    t0 = time.perf_counter()
    import spacy

    exclude, keep = _spacy_exclude(spacy, SPACY_MODEL)
    nlp = spacy.load(SPACY_MODEL, exclude=exclude)
    import_s = time.perf_counter() - t0
    rss_import = _peak_rss_mb()
    if "ner" not in nlp.pipe_names:
        return {"error": f"{SPACY_MODEL} loaded without ner: {nlp.pipe_names}"}
    texts = [f"{a['title']}\n\n{a['text']}" if a.get("title") else a["text"] for a in articles]

    t0 = time.perf_counter()
    n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=SPACY_BATCH))
    first_s = time.perf_counter() - t0

    def run_pass() -> None:
        for _doc in nlp.pipe(texts, batch_size=SPACY_BATCH):
            pass

    passes, wall, cpu = _timed_passes(run_pass, seconds)
    return {
        "engine": "spacy",
        "version": f"spacy {spacy.__version__}, {SPACY_MODEL} {nlp.meta.get('version', '?')}",
        "pipeline": nlp.pipe_names,
        "excluded": exclude,
        "import_s": import_s,
        "rss_after_import_mb": rss_import,
        "articles": len(articles),
        "ids": [a.get("id") for a in articles],
        "skipped": [],
        "bytes_per_pass": sum(map(text_bytes, articles)),
        "first_pass_s": first_s,
        "per_article": n_ents / len(articles),
        "per_article_what": "entities",
        "passes": passes,
        "wall_s": wall,
        "cpu_s": cpu,
    }


def _detection_cost(articles: list[dict], seconds: float) -> dict:
    """What language detection costs when articles do not say their language (issue 4): the
    detector alone per article, its accuracy against the given `lang`, and extract's rate on
    the same articles with `lang` removed (detection included)."""
    import logging

    from figtrail.detect import detect_language
    from figtrail.model import Article

    logging.getLogger("figtrail").setLevel(logging.ERROR)  # "language unclear" lines, not results
    given = [a for a in articles if a.get("lang")]
    if not given:
        return {}
    arts = [Article.from_mapping({k: v for k, v in a.items() if k != "lang"}) for a in given]
    right = sum(detect_language(x) == a["lang"] for x, a in zip(arts, given, strict=True))

    def detect_pass() -> None:
        for x in arts:
            detect_language(x)

    passes, wall, _ = _timed_passes(detect_pass, seconds / 2)
    bare = [{k: v for k, v in a.items() if k != "lang"} for a in given]
    import figtrail

    def extract_pass() -> None:
        for a in bare:
            figtrail.extract(a)

    x_passes, x_wall, _ = _timed_passes(extract_pass, seconds / 2)
    return {
        "detect_ms": wall / (passes * len(arts)) * 1000,
        "detect_right": right,
        "detect_of": len(given),
        "no_lang_articles_per_s": len(bare) * x_passes / x_wall,
    }


def child_main() -> int:
    job = json.loads(sys.stdin.read())
    core = _pin_one_core()
    langs = set(job["langs"]) if job["langs"] else None
    articles = load_articles(Path(job["dev"]), langs)
    if job.get("ids") is not None:
        wanted = set(job["ids"])
        articles = [a for a in articles if a.get("id") in wanted]
    try:
        if job["engine"] == "spacy":
            res = _child_spacy(articles, job["seconds"])
        else:
            res = _child_figtrail(articles, job["seconds"], job["engine"] == "fake")
    except Exception as exc:  # reported by the parent, with the traceback on stderr
        traceback.print_exc()
        res = {"error": f"{type(exc).__name__}: {exc}".rstrip(": ")}
    res["core"] = core
    res["peak_rss_mb"] = _peak_rss_mb()
    print(RESULT_TAG + json.dumps(res), flush=True)
    return 0 if "error" not in res else 3


# --------------------------------------------------------------------------- parent


def run_child(job: dict) -> dict:
    env = {**os.environ, **THREAD_ENV}
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child"],
        input=json.dumps(job),
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(RESULT_TAG)]
    if not lines:
        return {"error": f"child exited with code {proc.returncode} and no result"}
    return json.loads(lines[-1][len(RESULT_TAG) :])


def summarize(runs: list[dict]) -> dict:
    """Median rate over the repeats, worst peak RSS."""
    ok = [r for r in runs if "error" not in r]
    if len(ok) < len(runs):
        return next(r for r in runs if "error" in r)
    rates = [r["articles"] * r["passes"] / r["wall_s"] for r in ok]
    mbs = [r["bytes_per_pass"] * r["passes"] / r["wall_s"] / 1e6 for r in ok]
    out = dict(ok[0])
    out.update(
        articles_per_s=statistics.median(rates),
        articles_per_s_runs=rates,
        mb_per_s=statistics.median(mbs),
        peak_rss_mb=max(r["peak_rss_mb"] for r in ok),
        import_s=statistics.median(r["import_s"] for r in ok),
        cpu_share=statistics.median(r["cpu_s"] / r["wall_s"] for r in ok),
        repeats=len(ok),
    )
    return out


def machine_info() -> dict:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "commit": commit or "no commit",
    }


def verdicts(fig: dict, ref: dict | None) -> list[tuple[str, bool | None, str]]:
    """(target, holds?, measured); holds is None when it could not be measured."""
    ok = "error" not in fig
    real = ok and fig.get("engine") == "figtrail"  # a --fake run measures the harness, not figtrail
    ratio = fig["articles_per_s"] / ref["articles_per_s"] if ok and ref and "error" not in ref else None
    return [
        (
            f">= {TARGET_ARTICLES_PER_S:,.0f} articles/s on one core",
            fig["articles_per_s"] >= TARGET_ARTICLES_PER_S if real else None,
            f"{fig['articles_per_s']:,.0f}" if ok else "n/a",
        ),
        (
            f">= {TARGET_RATIO:.0f}x spaCy {SPACY_MODEL} (NER only)",
            ratio >= TARGET_RATIO if real and ratio is not None else None,
            f"{ratio:.1f}x" if ratio is not None else "n/a",
        ),
        (
            f"peak RSS <= {TARGET_RSS_MB:.0f} MB",
            fig["peak_rss_mb"] <= TARGET_RSS_MB if real else None,
            f"{fig['peak_rss_mb']:.0f} MB" if ok else "n/a",
        ),
    ]


def render(report: dict) -> str:
    """The run as Markdown (printed as is, and written by --out)."""
    m, fig, ref = report["machine"], report["figtrail"], report["spacy"]
    lines = [
        f"Machine: {m['platform']}; CPU {m['cpu']}; {m['cores']} cores (each engine pinned to one); "
        f"Python {m['python']}; figtrail commit {m['commit']}",
        f"Dev set: {report['dev']} ({report['articles']} articles, langs {report['langs']}); "
        f">= {report['seconds']:g} s of timed passes per run after one warm-up pass; "
        f"{report['repeat']} run(s) per engine, median rate, worst RSS",
        "",
        "| engine | articles/s (1 core) | MB/s | peak RSS MB | import/load s | per article | articles |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in (("figtrail", fig), ("spaCy", ref)):
        if r is None:
            lines.append(f"| {name} | skipped: {report['spacy_skipped']} | | | | | |")
        elif "error" in r:
            lines.append(f"| {name} | failed: {r['error']} | | | | | |")
        else:
            label = f"{name} ({r['version']})" if name == "spaCy" else r["engine"]
            lines.append(
                f"| {label} | {r['articles_per_s']:,.0f} | {r['mb_per_s']:.2f} | {r['peak_rss_mb']:.0f} | "
                f"{r['import_s']:.2f} | {r['per_article']:.1f} {r['per_article_what']} | {r['articles']} |"
            )
    if fig.get("detect_of"):
        lines += [
            "",
            f"Language detection (articles without `lang`): {fig['detect_ms']:.2f} ms per article "
            f"(lingua on the first 300 characters), right for {fig['detect_right']}/{fig['detect_of']} "
            f"articles; extract with detection: {fig['no_lang_articles_per_s']:,.0f} articles/s.",
        ]
    ratio = report.get("ratio")
    lines += ["", f"Ratio figtrail/spaCy (articles/s): {f'{ratio:.1f}x' if ratio else 'n/a'}", ""]
    lines += ["| issue 3 target | measured | holds |", "|---|---:|---|"]
    for target, holds, measured in report["targets"]:
        lines.append(f"| {target} | {measured} | {'yes' if holds else 'NO' if holds is False else 'n/a'} |")
    notes = []
    if fig.get("engine") == "figtrail-fake":
        notes.append("**--fake: the figtrail row is a digit-regex stand-in, not figtrail.** Not a result.")
    if fig.get("skipped"):
        langs = sorted({s["lang"] or "?" for s in fig["skipped"]})
        notes.append(
            f"{len(fig['skipped'])} article(s) in {', '.join(langs)} raised UnsupportedLanguageError "
            "in figtrail and were left out of both engines' timing."
        )
    if ref and "error" not in ref:
        notes.append(f"spaCy pipeline: {ref['pipeline']} (excluded {ref['excluded']}).")
    if notes:
        lines += [""] + [f"- {n}" for n in notes]
    return "\n".join(lines)


def write_results(path: Path, report: dict) -> None:
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    text = (
        "# Benchmark results\n\n"
        f"Run {when}, by `{report['command']}`. Rewritten by `--out`; see README.md.\n\n"
        + render(report)
        + "\n"
    )
    path.write_text(text, encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="figtrail.extract vs spaCy fr_core_news_sm (NER only): articles/s on one core, peak RSS."
    )
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="JSONL articles (default: %(default)s)")
    ap.add_argument("--langs", help="comma-separated languages to keep, e.g. fr (default: every article)")
    ap.add_argument(
        "--seconds", type=float, default=5.0, help="timed seconds per run and engine (default: 5)"
    )
    ap.add_argument(
        "--repeat", type=int, default=1, help="runs per engine, each a fresh process; median rate"
    )
    ap.add_argument("--json", action="store_true", help="also print the results as one JSON line")
    ap.add_argument("--out", type=Path, help="rewrite this results file, e.g. bench/RESULTS.md")
    ap.add_argument("--no-spacy", action="store_true", help="time figtrail only")
    ap.add_argument(
        "--fake", action="store_true", help="digit-regex stand-in for figtrail.extract (harness check)"
    )
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.seconds < 0:
        ap.error("--repeat must be >= 1 and --seconds >= 0")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child_main()
    langs = sorted({x.strip().lower() for x in args.langs.split(",") if x.strip()}) if args.langs else None
    if not args.dev.exists():
        print(f"bench: {args.dev}: no such file", file=sys.stderr)
        return 2
    articles = load_articles(args.dev, set(langs) if langs else None)
    if not articles:
        print(f"bench: {args.dev}: no articles (langs {langs})", file=sys.stderr)
        return 2
    job = {"dev": str(args.dev.resolve()), "langs": langs, "seconds": args.seconds, "ids": None}

    fig_runs = []
    for i in range(args.repeat):
        print(f"figtrail{' (--fake)' if args.fake else ''}: run {i + 1}/{args.repeat} ...", file=sys.stderr)
        fig_runs.append(run_child({**job, "engine": "fake" if args.fake else "figtrail"}))
    fig = summarize(fig_runs)

    ref, spacy_skipped = None, ""
    if args.no_spacy:
        spacy_skipped = "--no-spacy"
    elif find_spec("spacy") is None or find_spec(SPACY_MODEL) is None:
        spacy_skipped = f"spaCy or {SPACY_MODEL} not installed (pip install -e '.[bench]')"
        print(f"bench: {spacy_skipped}; skipping spaCy", file=sys.stderr)
    else:
        ids = fig["ids"] if "error" not in fig else None  # the very articles figtrail was timed on
        runs = []
        for i in range(args.repeat):
            print(f"spaCy {SPACY_MODEL}: run {i + 1}/{args.repeat} ...", file=sys.stderr)
            runs.append(run_child({**job, "engine": "spacy", "ids": ids}))
        ref = summarize(runs)

    both_ok = "error" not in fig and ref is not None and "error" not in ref
    report = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": shlex.join(["bench/bench_extract.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": machine_info(),
        "dev": str(args.dev),
        "langs": ",".join(langs) if langs else "all",
        "articles": len(articles),
        "seconds": args.seconds,
        "repeat": args.repeat,
        "figtrail": fig,
        "spacy": ref,
        "spacy_skipped": spacy_skipped,
        "ratio": fig["articles_per_s"] / ref["articles_per_s"] if both_ok else None,
    }
    report["targets"] = verdicts(fig, ref)
    print(render(report))
    if args.json:
        print(json.dumps(report))
    if args.out:
        write_results(args.out, report)
        print(f"bench: wrote {args.out}", file=sys.stderr)
    if "error" in fig:
        print(f"bench: figtrail failed: {fig['error']}", file=sys.stderr)
        if not args.fake:
            print("bench: (use --fake to check the harness with a stand-in extractor)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
