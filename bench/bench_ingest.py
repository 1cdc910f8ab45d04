"""Benchmark `figtrail ingest`: JSON Lines and HTML pages, one job and two, against their baselines.

    .venv/bin/python bench/bench_ingest.py [--dev PATH] [--articles N] [--pages N] [--repeat R]
                                           [--json] [--out bench/RESULTS_INGEST.md]

JSON Lines: N articles (the dev set's, each copied with its own id and a changed last line, so
that none is skipped as known) ingested by the real command into a new database, with --jobs 1
and --jobs 2; the baseline is figtrail's pure extraction (extract_article, no reading, no store)
of the same articles in one process.

HTML: P news pages of about 85 KB, generated here the way real ones are built (head metadata
and JSON-LD, inline scripts and styles, menus, a cookie banner, the article, "read also" boxes,
most-read lists, comments, a footer), each around one dev-set article in its language. They are
ingested from a folder with --jobs 1 and --jobs 2; the baseline is trafilatura alone
(`trafilatura.extract(page)`, its defaults) on the same pages in one process.

Single-job runs are pinned to one core (ingest --jobs 1 and both baselines) and compared in
CPU time, which a busy machine does not change much: the baselines' loops (imports and warm-up
excluded) against the ingest's CPU time minus its start-up (imports, language packs, the
database), measured on a run of the first 10 documents. --jobs 2 may use both cores and is
judged on wall time, end to end: its speed-up depends on what else the machine runs, so the
load average is printed before each part, with the machine's own ceiling: two copies of the
baseline run at once, one on each core (on shared or virtual cores they do not go 2x). With --repeat R each timing is the best of R runs.
Targets (issue 5): JSONL >= 1,000 articles/s with --jobs 2 and, with one job, at least half
the pure extraction rate; HTML with one job at most 1.5x trafilatura's own time, and --jobs 2
at least 1.7x faster than one job.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"
FIGTRAIL = Path(sys.executable).parent / "figtrail"
ARTICLE_KEYS = ("id", "lang", "published", "url", "title", "text")
PAGE_TARGET_BYTES = 85_000  # the median real news page the issue measured
SMALL = 10  # articles (pages) of the small run that measures start-up: imports, packs, database


# --------------------------------------------------------------------------- inputs


def load_dev(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [{k: r.get(k) for k in ARTICLE_KEYS} for r in rows]


def mixed(dev: list[dict]) -> list[dict]:
    """The dev articles in turn by language (fr, es, en, pt, de, it, fr, ...), as a crawl mixes them.

    Each language's tables (its pack, lemmas, places, dates) are built when its first article
    comes: start-up, paid once a process. In this order the start-up run of the first SMALL
    documents meets every language, as the timed runs do; in the dev file's own order (five
    French, five Spanish, ...) it met two, and four languages' start-up was timed as work."""
    by_lang: dict[str, list[dict]] = {}
    for a in dev:
        by_lang.setdefault(a.get("lang") or "", []).append(a)
    queues = list(by_lang.values())
    out = []
    for i in range(max(map(len, queues), default=0)):
        out += [q[i] for q in queues if i < len(q)]
    return out


def jsonl_corpus(dev: list[dict], n: int) -> list[dict]:
    dev = mixed(dev)
    out = []
    for i in range(n):
        a = dict(dev[i % len(dev)])
        a["id"] = f"{a['id']}-{i}"
        a["url"] = f"https://bench.example/{a['id']}"
        a["text"] = a["text"] + f"\n\n({i})"
        out.append(a)
    return out


_WORDS = [
    "data",
    "layer",
    "config",
    "tracker",
    "consent",
    "widget",
    "render",
    "module",
    "banner",
    "slot",
    "bid",
    "ads",
    "user",
    "session",
]


def _script(rng: random.Random, size: int) -> str:
    """Minified-looking JavaScript: what makes up most of a real page's bytes."""
    parts, total = [], 0
    while total < size:
        name = rng.choice(_WORDS) + str(rng.randrange(1000))
        chunk = (
            f"var {name}=function(a,b){{if(!a)return b;var c=a.{rng.choice(_WORDS)}||{{}};"
            f"return c['{rng.choice(_WORDS)}']=b+{rng.randrange(99)},c}};"
        )
        parts.append(chunk)
        total += len(chunk)
    return "".join(parts)


def _css(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        rule = (
            f".{rng.choice(_WORDS)}-{rng.randrange(500)}{{margin:{rng.randrange(20)}px;"
            f"color:#{rng.randrange(16**6):06x};display:{rng.choice(['block', 'flex', 'none'])}}}"
        )
        parts.append(rule)
        total += len(rule)
    return "".join(parts)


_SECTIONS = ["Monde", "Politique", "Économie", "Société", "Sport", "Culture", "Sciences", "Planète", "Idées",
             "Régions", "Vidéos", "Podcasts"]  # fmt: skip
_ICON = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12h16M12 4v16"/></svg>'


def _menu(rng: random.Random) -> str:
    """A mega-menu: each section with its sub-sections, every link with a label and an icon."""
    out = []
    for section in _SECTIONS:
        subs = "".join(
            f'<li class="menu__item"><a class="menu__link" href="/{section.lower()}/{rng.randrange(10**5)}">'
            f'<span class="menu__label">{section} {i}</span>{_ICON}</a></li>'
            for i in range(12)
        )
        out.append(
            f'<li class="menu__section" data-section="{section.lower()}"><button class="menu__toggle">'
            f'<span>{section}</span>{_ICON}</button><div class="menu__panel"><ul class="menu__list">{subs}'
            "</ul></div></li>"
        )
    return f'<nav class="menu" role="navigation"><ul class="menu__sections">{"".join(out)}</ul></nav>'


def _cards(rng: random.Random, titles: list[str], n: int, kind: str) -> str:
    """Teaser cards (picture, kicker, title, summary), as in "read also" and "most read" blocks."""
    out = []
    for _ in range(n):
        ident = rng.randrange(10**6)
        title = rng.choice(titles)
        out.append(
            f'<div class="card card--{kind}" data-id="{ident}"><a class="card__link" href="/a/{ident}">'
            f'<div class="card__media"><picture><source srcset="/img/{ident}.webp" type="image/webp">'
            f'<img src="/img/{ident}.jpg" alt="" loading="lazy" width="320" height="180"></picture></div>'
            f'<div class="card__body"><span class="card__kicker">{rng.choice(_SECTIONS)}</span>'
            f'<h3 class="card__title">{title}</h3><p class="card__desc">{title[:80]}</p></div></a></div>'
        )
    return "".join(out)


def _links(rng: random.Random, titles: list[str], n: int, prefix: str) -> str:
    return "".join(
        f'<li class="item"><a href="/{prefix}/{rng.randrange(10**6)}"><span>{rng.choice(titles)}</span></a></li>'
        for _ in range(n)
    )


def news_page(article: dict, others: list[dict], rng: random.Random) -> str:
    """A page around one article, shaped like a real news site's (about PAGE_TARGET_BYTES, ~2,000 elements)."""
    titles = [o["title"] or o["text"][:60] for o in others]
    paragraphs = [p for p in article["text"].split("\n") if p.strip()]
    body = []
    for i, p in enumerate(paragraphs):
        body.append(f'<p class="article__paragraph">{p}</p>')
        if i == 2:
            body.append(
                f'<aside class="read-also"><h3>À lire aussi</h3>{_cards(rng, titles, 3, "inline")}</aside>'
            )
        if i == 4:
            body.append('<div class="ad ad--mid"><div class="ad__slot" data-slot="mid"></div></div>')
    published = article.get("published") or "2024-10-18"
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
         "datePublished": published, "publisher": {"@type": "Organization", "name": "Le Quotidien"}}
    )  # fmt: skip
    head = f"""<head><meta charset="utf-8"><title>{article["title"]} | Le Quotidien</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{paragraphs[0][:150].replace('"', "") if paragraphs else ""}">
<meta property="og:title" content="{article["title"]}"><meta property="og:type" content="article">
<meta property="og:url" content="{article["url"]}">
<meta property="article:published_time" content="{published}T08:00:00+00:00">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="{article["url"]}">
<script type="application/ld+json">{ld}</script>
<style>{_css(rng, 6_000)}</style><script>{_script(rng, 5_000)}</script></head>"""
    header = '<header class="header"><div class="header__top"><a class="logo" href="/">Le Quotidien</a>'
    header += (
        f'<form class="search"><input name="q"><button>{_ICON}</button></form></div>{_menu(rng)}</header>'
    )
    consent = (
        '<div id="consent" class="cmp"><div class="cmp__text">We and our partners store and access information '
        "on your device, such as cookies, and process personal data such as unique identifiers for "
        "personalised ads and content, audience measurement and product development.</div>"
        '<div class="cmp__buttons"><button>Accept all</button> <button>Settings</button></div></div>'
    )
    comments = "".join(
        f'<div class="comment"><div class="comment__head"><span class="comment__author">lecteur{i}</span>'
        f'<time>{published}</time></div><p class="comment__body">Merci pour cet article.</p>'
        f'<div class="comment__actions"><button>{_ICON}</button><button>Répondre</button></div></div>'
        for i in range(12)
    )
    main = f"""<main class="main"><div class="breadcrumb"><ul>{_links(rng, _SECTIONS, 3, "b")}</ul></div>
<article class="article"><h1 class="article__title">{article["title"]}</h1>
<div class="article__meta"><span class="byline">Le Quotidien</span> <time datetime="{published}">{published}</time></div>
<figure class="article__media"><img src="/img/{rng.randrange(10**6)}.jpg" alt=""><figcaption>Photo agence.</figcaption></figure>
<div class="article__body">{"".join(body)}</div>
<div class="share">{"".join(f'<a class="share__link" href="#">{_ICON}</a>' for _ in range(6))}</div></article>
<section class="related"><h2>Sur le même sujet</h2>{_cards(rng, titles, 12, "related")}</section>
<section class="most-read"><h2>Les plus lus</h2><ol>{_links(rng, titles, 10, "m")}</ol></section>
<section class="comments"><h2>Commentaires</h2>{comments}</section></main>"""
    footer = f'<footer class="footer"><ul>{_links(rng, _SECTIONS, 60, "f")}</ul><p>© 2024 Le Quotidien</p></footer>'
    lang = article.get("lang") or "fr"
    page = f'<!DOCTYPE html><html lang="{lang}">{head}<body>{header}{consent}{main}{footer}'
    pad = PAGE_TARGET_BYTES - len(page.encode("utf-8")) - 40
    tail = f"<script>{_script(rng, max(0, pad))}</script>" if pad > 0 else ""
    return page + tail + "</body></html>"


def make_pages(dev: list[dict], n: int, folder: Path) -> list[Path]:
    dev = mixed(dev)
    rng = random.Random(5)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        a = dict(dev[i % len(dev)])
        a["id"] = f"{a['id']}-{i}"
        a["url"] = f"https://bench.example/page/{i}"
        path = folder / f"page-{i:04d}.html"
        path.write_text(news_page(a, dev, rng), "utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- runs


def _pinned(cmd: list[str], one_core: bool) -> list[str]:
    if one_core and shutil.which("taskset") and hasattr(os, "sched_getaffinity"):
        return ["taskset", "-c", str(min(os.sched_getaffinity(0))), *cmd]
    return cmd


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def time_ingest(
    inputs: list[str], jobs: int, repeat: int, work: Path, extra: tuple[str, ...] = ()
) -> tuple[float, float, str]:
    """Best wall time and CPU time (all processes) of `figtrail ingest` into a new database, and its summary."""
    best_wall = best_cpu = float("inf")
    summary = ""
    for r in range(repeat):
        db = work / f"bench-j{jobs}-{r}.db"
        cmd = _pinned([str(FIGTRAIL), "ingest", *inputs, "--db", str(db), "--jobs", str(jobs), *extra], jobs == 1)
        cpu0, t0 = _children_cpu(), time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0  # the workers are reaped: counted
        if proc.returncode not in (0, 1):
            raise SystemExit(f"ingest failed ({proc.returncode}): {proc.stderr[-2000:]}")
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
        summary = proc.stdout.splitlines()[0] if proc.stdout else ""
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    return best_wall, best_cpu, summary.split(": ", 1)[-1]


def time_in_child(code: str, arg: str, repeat: int) -> tuple[float, float]:
    """Best wall and CPU time of a baseline in its own process, pinned to one core (imports excluded)."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        proc = subprocess.run(
            _pinned([sys.executable, "-c", code, arg], True), capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            raise SystemExit(f"baseline failed: {proc.stderr[-2000:]}")
        wall, cpu = map(float, proc.stdout.strip().splitlines()[-1].split())
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def two_at_once(code: str, arg: str, repeat: int) -> float:
    """Best wall time of two copies of a baseline run together, one pinned to each core.

    The machine's own ceiling for two processes: on shared or virtual cores, two independent
    CPU-bound processes do not go twice as fast as one, whatever the program."""
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    best = float("inf")
    for _ in range(repeat):
        procs = []
        for core in cores[:2] or [None, None]:
            cmd = [sys.executable, "-c", code, arg]
            if core is not None and shutil.which("taskset"):
                cmd = ["taskset", "-c", str(core), *cmd]
            procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        walls = [float(p.communicate()[0].strip().splitlines()[-1].split()[0]) for p in procs]
        best = min(best, max(walls))
    return best


EXTRACT_CODE = f"SMALL = {SMALL}\n" + """
import json, sys, time
from figtrail.errors import FigtrailError
from figtrail.extract import extract_article
arts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for a in arts[:SMALL]:  # start-up, as the ingest's is measured: every language's tables built
    extract_article(a)
t, c = time.perf_counter(), time.process_time()
for a in arts:
    try:
        extract_article(a)
    except FigtrailError:
        pass
print(time.perf_counter() - t, time.process_time() - c)
"""

TRAFILATURA_CODE = f"SMALL = {SMALL}\n" + """
import logging, sys, time
from pathlib import Path
import trafilatura
logging.disable(logging.CRITICAL)
pages = [p.read_bytes() for p in sorted(Path(sys.argv[1]).glob("*.html"))]
for page in pages[:SMALL]:
    trafilatura.extract(page)
t, c = time.perf_counter(), time.process_time()
for page in pages:
    trafilatura.extract(page)
print(time.perf_counter() - t, time.process_time() - c)
"""


def machine_info() -> dict:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    from importlib.metadata import version

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": mem,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?",
        "figtrail": f"{version('figtrail')} ({commit or '?'})",
        "trafilatura": version("trafilatura"),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--articles", type=int, default=6000, help="JSON Lines articles (default 6000)")
    # 480 pages: on fewer, the start-up (2 to 3 s a run, paid once) is most of what a second
    # process cannot share, and --jobs 2 measures it more than the work (1.3x on 160 pages)
    ap.add_argument("--pages", type=int, default=480, help="HTML pages (default 480)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each timing; the best is kept")
    ap.add_argument("--json", action="store_true", help="also print one JSON line of the results")
    ap.add_argument("--out", type=Path, help="write the results as Markdown to this file")
    args = ap.parse_args()
    if not FIGTRAIL.exists():
        raise SystemExit(f"{FIGTRAIL} not found: pip install -e . first")
    dev = load_dev(args.dev)
    info = machine_info()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()), flush=True)

    results: dict = {"machine": info}
    with tempfile.TemporaryDirectory(prefix="figtrail-bench-") as tmp:
        work = Path(tmp)
        corpus = jsonl_corpus(dev, args.articles)
        src, small = work / "articles.jsonl", work / "small.jsonl"
        src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus), "utf-8")
        small.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus[:SMALL]), "utf-8")
        n = len(corpus)
        load = _load()
        pure_wall, pure_cpu = time_in_child(EXTRACT_CODE, str(src), args.repeat)
        pair_wall = two_at_once(EXTRACT_CODE, str(src), args.repeat)
        _, s_cpu, _ = time_ingest([str(small)], 1, args.repeat, work)
        j1_wall, j1_cpu, _ = time_ingest([str(src)], 1, args.repeat, work)
        j2_wall, j2_cpu, summary = time_ingest([str(src)], 2, args.repeat, work)
        # the same without linking (--no-link): what storing costs on top of extraction
        _, sn_cpu, _ = time_ingest([str(small)], 1, args.repeat, work, NO_LINK)
        _, j1n_cpu, _ = time_ingest([str(src)], 1, args.repeat, work, NO_LINK)
        j2n_wall, _, _ = time_ingest([str(src)], 2, args.repeat, work, NO_LINK)
        results["jsonl"] = {
            "articles": n,
            "mb": round(src.stat().st_size / 1e6, 1),
            "load": load,
            "extract_per_s": n / pure_cpu,
            "jobs1_per_s": n / j1_wall,
            "jobs1_marginal_per_s": (n - SMALL) / (j1_cpu - s_cpu),
            "startup_cpu_s": s_cpu,
            "jobs2_per_s": n / j2_wall,
            "jobs2_speedup": j1_wall / j2_wall,
            "nolink_jobs1_marginal_per_s": (n - SMALL) / (j1n_cpu - sn_cpu),
            "nolink_jobs2_per_s": n / j2n_wall,
            "two_processes_ceiling": 2 * pure_wall / pair_wall,
            "jobs1_cpu_s": j1_cpu,
            "jobs2_cpu_s": j2_cpu,
            "summary": summary,
        }
        r = results["jsonl"]
        r["jobs1_share_of_extract"] = r["jobs1_marginal_per_s"] / r["extract_per_s"]
        r["nolink_jobs1_share_of_extract"] = r["nolink_jobs1_marginal_per_s"] / r["extract_per_s"]
        print_jsonl(r)

        folder, tiny = work / "pages", work / "tiny"
        pages = make_pages(dev, args.pages, folder)
        tiny.mkdir()
        for path in pages[:SMALL]:
            shutil.copy(path, tiny / path.name)
        sizes = [p.stat().st_size for p in pages]
        p = len(pages)
        load = _load()
        traf_wall, traf_cpu = time_in_child(TRAFILATURA_CODE, str(folder), args.repeat)
        traf_pair_wall = two_at_once(TRAFILATURA_CODE, str(folder), args.repeat)
        _, s_cpu, _ = time_ingest([str(tiny)], 1, args.repeat, work)
        h1_wall, h1_cpu, _ = time_ingest([str(folder)], 1, args.repeat, work)
        h2_wall, h2_cpu, summary = time_ingest([str(folder)], 2, args.repeat, work)
        _, sn_cpu, _ = time_ingest([str(tiny)], 1, args.repeat, work, NO_LINK)
        h1n_wall, h1n_cpu, _ = time_ingest([str(folder)], 1, args.repeat, work, NO_LINK)
        h2n_wall, _, _ = time_ingest([str(folder)], 2, args.repeat, work, NO_LINK)
        marginal_cpu = (h1_cpu - s_cpu) / (p - SMALL)
        results["html"] = {
            "pages": p,
            "median_kb": statistics.median(sizes) / 1000,
            "load": load,
            "trafilatura_per_s": p / traf_cpu,
            "jobs1_per_s": p / h1_wall,
            "jobs1_marginal_per_s": 1 / marginal_cpu,
            "startup_cpu_s": s_cpu,
            "jobs1_cost_vs_trafilatura": marginal_cpu / (traf_cpu / p),
            "jobs2_per_s": p / h2_wall,
            "jobs2_speedup": h1_wall / h2_wall,
            "nolink_jobs1_cost_vs_trafilatura": (h1n_cpu - sn_cpu) / (p - SMALL) / (traf_cpu / p),
            "nolink_jobs2_speedup": h1n_wall / h2n_wall,
            "two_processes_ceiling": 2 * traf_wall / traf_pair_wall,
            "jobs1_cpu_s": h1_cpu,
            "jobs2_cpu_s": h2_cpu,
            "summary": summary,
        }
        print_html(results["html"])
    if args.json:
        print("BENCH-INGEST " + json.dumps(results))
    if args.out:
        args.out.write_text(markdown(results), "utf-8")
        print(f"wrote {args.out}")


NO_LINK = ("--no-link",)


def _ok(good: bool) -> str:
    return "yes" if good else "NO"


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def print_jsonl(r: dict) -> None:
    print(f"\nJSON Lines: {r['articles']:,} articles ({r['mb']} MB); load average before: {r['load']}")
    print(f"  extraction alone, 1 core       {r['extract_per_s']:8,.0f} articles/s (CPU time)")
    print(
        f"  ingest --jobs 1, 1 core        {r['jobs1_marginal_per_s']:8,.0f} articles/s after start-up (CPU time; "
        f"start-up {r['startup_cpu_s']:.1f} s), {r['jobs1_per_s']:,.0f}/s end to end (wall)"
    )
    print(
        f"    = {r['jobs1_share_of_extract']:.0%} of extraction alone; target >= 50%: {_ok(r['jobs1_share_of_extract'] >= 0.5)}"
    )
    print(
        f"  ingest --jobs 2                {r['jobs2_per_s']:8,.0f} articles/s end to end (wall), "
        f"{r['jobs2_speedup']:.2f}x one job; target >= 1,000/s: {_ok(r['jobs2_per_s'] >= 1000)}"
    )
    print(
        f"  this machine's ceiling: two extraction processes at once do {r['two_processes_ceiling']:.2f}x one"
    )
    print(
        f"  --no-link: --jobs 1 {r['nolink_jobs1_marginal_per_s']:,.0f} articles/s after start-up "
        f"({r['nolink_jobs1_share_of_extract']:.0%} of extraction alone), --jobs 2 {r['nolink_jobs2_per_s']:,.0f}/s (wall)"
    )
    print(f"  CPU seconds, all processes: --jobs 1 {r['jobs1_cpu_s']:.1f}, --jobs 2 {r['jobs2_cpu_s']:.1f}")
    print(f"  stored: {r['summary']}", flush=True)


def print_html(r: dict) -> None:
    print(f"\nHTML: {r['pages']} pages, median {r['median_kb']:.0f} KB; load average before: {r['load']}")
    print(f"  trafilatura.extract alone      {r['trafilatura_per_s']:8.1f} pages/s (1 core, CPU time)")
    print(
        f"  ingest --jobs 1, 1 core        {r['jobs1_marginal_per_s']:8.1f} pages/s after start-up (CPU time; "
        f"start-up {r['startup_cpu_s']:.1f} s), {r['jobs1_per_s']:.1f}/s end to end (wall)"
    )
    print(
        f"    = {r['jobs1_cost_vs_trafilatura']:.2f}x trafilatura's time; target <= 1.5x: "
        f"{_ok(r['jobs1_cost_vs_trafilatura'] <= 1.5)}"
    )
    print(
        f"  ingest --jobs 2                {r['jobs2_per_s']:8.1f} pages/s end to end (wall), "
        f"{r['jobs2_speedup']:.2f}x one job; target >= 1.7x: {_ok(r['jobs2_speedup'] >= 1.7)}"
    )
    print(
        f"  this machine's ceiling: two trafilatura processes at once do {r['two_processes_ceiling']:.2f}x one"
    )
    print(
        f"  --no-link: --jobs 1 {r['nolink_jobs1_cost_vs_trafilatura']:.2f}x trafilatura's time, "
        f"--jobs 2 {r['nolink_jobs2_speedup']:.2f}x one job"
    )
    print(f"  CPU seconds, all processes: --jobs 1 {r['jobs1_cpu_s']:.1f}, --jobs 2 {r['jobs2_cpu_s']:.1f}")
    print(f"  stored: {r['summary']}", flush=True)


def markdown(results: dict) -> str:
    m, j, h = results["machine"], results["jsonl"], results["html"]
    return f"""# Ingest benchmark

`bench/bench_ingest.py`, {m["date"]}. Machine: {m["cpu"]}, {m["cores"]} cores, {m["memory"]}, {m["os"]},
Python {m["python"]}, figtrail {m["figtrail"]}, trafilatura {m["trafilatura"]}.

Single-job figures are CPU time on one core, after start-up (measured on a {SMALL}-document run and
taken off), so that a busy machine does not blur them; `--jobs 2` is wall time, which depends on
what else the machine runs (load average before each part below). The ceiling rows run two
copies of the baseline at once, one per core: what two processes could gain at that moment.

| JSON Lines: {j["articles"]:,} articles, {j["mb"]} MB (load {j["load"]}) | articles/s | |
| --- | ---: | --- |
| extraction alone, 1 core | {j["extract_per_s"]:,.0f} | |
| `figtrail ingest --jobs 1`, 1 core | {j["jobs1_marginal_per_s"]:,.0f} | {j["jobs1_share_of_extract"]:.0%} of extraction alone (target >= 50%); start-up {j["startup_cpu_s"]:.1f} s |
| `figtrail ingest --jobs 1`, end to end (wall) | {j["jobs1_per_s"]:,.0f} | |
| `figtrail ingest --jobs 2`, end to end (wall) | {j["jobs2_per_s"]:,.0f} | {j["jobs2_speedup"]:.2f}x one job (target >= 1,000/s) |
| `figtrail ingest --jobs 1 --no-link`, 1 core | {j["nolink_jobs1_marginal_per_s"]:,.0f} | {j["nolink_jobs1_share_of_extract"]:.0%} of extraction alone |
| `figtrail ingest --jobs 2 --no-link`, end to end (wall) | {j["nolink_jobs2_per_s"]:,.0f} | |
| ceiling: two extraction processes at once (wall) | | {j["two_processes_ceiling"]:.2f}x one |

| HTML: {h["pages"]} pages, median {h["median_kb"]:.0f} KB (load {h["load"]}) | pages/s | |
| --- | ---: | --- |
| `trafilatura.extract` alone, 1 core | {h["trafilatura_per_s"]:.1f} | |
| `figtrail ingest --jobs 1`, 1 core | {h["jobs1_marginal_per_s"]:.1f} | {h["jobs1_cost_vs_trafilatura"]:.2f}x trafilatura's time (target <= 1.5x); start-up {h["startup_cpu_s"]:.1f} s |
| `figtrail ingest --jobs 1`, end to end (wall) | {h["jobs1_per_s"]:.1f} | |
| `figtrail ingest --jobs 2`, end to end (wall) | {h["jobs2_per_s"]:.1f} | {h["jobs2_speedup"]:.2f}x one job (target >= 1.7x) |
| `figtrail ingest --no-link`: `--jobs 1` cost, `--jobs 2` speed-up | | {h["nolink_jobs1_cost_vs_trafilatura"]:.2f}x trafilatura's time; {h["nolink_jobs2_speedup"]:.2f}x one job |
| ceiling: two trafilatura processes at once (wall) | | {h["two_processes_ceiling"]:.2f}x one |

Linking (the default; `--no-link` leaves it to `figtrail relink`) reads each article again in the
extraction processes (sources, story fingerprint and shingles, what each figure counts) and links
it in the writer. The JSON Lines corpus is the dev set's 30 articles copied 200 times (each copy a
near-duplicate of the others: the story linker's worst case).
"""


if __name__ == "__main__":
    main()
