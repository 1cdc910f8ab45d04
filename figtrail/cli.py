"""The figtrail command: thin glue over read -> extract -> output.

Output (figures) goes to stdout; every diagnostic goes through logging to
stderr as one line, `figtrail: WHERE: reason`, so a batch with bad inputs still
yields the figures of the good ones, and then exits 1.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated, Protocol, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from figtrail import __version__
from figtrail.errors import FigtrailError, InputError
from figtrail.extract import extract_article
from figtrail.model import Article, Figure
from figtrail.read import MAX_ARTICLE_CHARS, MAX_INPUT_BYTES, read_located
from figtrail.render import format_value, snippet

__all__ = ["app", "format_value", "snippet"]

log = logging.getLogger(__name__)

BOUNDS_NOTE = (
    f"Bounds: an input file (or standard input) over {MAX_INPUT_BYTES // (1024 * 1024)} MB, and an article "
    f"over {MAX_ARTICLE_CHARS:,} characters, is rejected with an error, not truncated; the other inputs go on."
)

app = typer.Typer(
    epilog=BOUNDS_NOTE,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",  # wraps docstring paragraphs instead of keeping their line breaks
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


# The columns of --format csv: every Figure field, in order, but the open `extra` dict.
CSV_FIELDS = [f.name for f in dataclasses.fields(Figure) if f.name != "extra"]


def _print_version(wanted: bool) -> None:
    if wanted:  # eager: answers before Typer asks for a command
        typer.echo(f"figtrail {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also log progress and debug details to stderr.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Sourced figures from news articles: who says how many of what.

    `figtrail extract` reads articles and prints each figure with its value, bound,
    what is counted, who says so and how (asserted, estimated, planned, possible,
    denied), in French, Spanish, English, Portuguese, German and Italian. `figtrail demo`
    runs the whole job on the sample corpus shipped with the package.

    `figtrail ingest` stores articles (text, JSON Lines, HTML, WARC, feeds, URLs) and their
    figures in an SQLite database and links them: one source across names and languages,
    stories (copies and translations), quantities (figures that measure the same thing).
    `figtrail articles`, `figures`, `sources`, `stories` list them, `figtrail track` prints a
    quantity's timeline (who said how many, when, who disagrees), `figtrail export` writes
    the tables as JSON Lines, CSV or Parquet, `figtrail relink` links a store again.
    """
    _setup_logging(logging.DEBUG if verbose else logging.WARNING)


@app.command(epilog=BOUNDS_NOTE)
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="A .jsonl file of articles (one JSON object a line with at least id and text), "
            "any other file as one text article (first non-empty line the title, the rest the text), "
            "or - for standard input (JSON Lines if it starts with {, else one text article).",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="table (the default on a terminal), jsonl (one figure a JSON line, the default "
            "otherwise) or csv.",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", "-l", help="Language of articles that do not give one (e.g. fr)."),
    ] = None,
) -> None:
    """Extract the sourced figures of articles.

    A bad input (missing, empty, binary, not JSON, no text, no language pack) gives
    one line on stderr naming it (and the line); the other inputs are still processed and
    the exit status is 1. A file that is not UTF-8 is read as cp1252 (or latin-1)
    with a warning, which also makes the exit status 1.
    """
    lang = _check_lang(lang)
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    writer = _WRITERS[fmt](sys.stdout)
    warnings = _WarningCounter()
    read_log = logging.getLogger("figtrail.read")
    read_log.addHandler(warnings)
    failed = False
    try:
        for result in _extract_all(read_located(inputs), lang):
            if result is None:
                failed = True
            else:
                writer.write(*result)
        writer.close()
    except BrokenPipeError:
        _quiet_stdout()  # the reader (head, less) went away: stop without a traceback
        raise typer.Exit(1) from None
    finally:
        read_log.removeHandler(warnings)
    if failed or warnings.count:
        raise typer.Exit(1)


@app.command(epilog=BOUNDS_NOTE)
def demo(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Keep the demo's database in this file (then try figtrail sources, stories, track "
            "on it). Default: a temporary file, removed at the end.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """The whole job on the sample articles shipped with figtrail (six languages): store and
    link them, then print the figures by source, the stories told by several articles and the
    timeline of the quantity most sources put a number on."""
    from types import SimpleNamespace

    from figtrail.demo import run_demo
    from figtrail.errors import StoreError

    try:
        result = run_demo(db)
    except StoreError as err:  # --db names a file that is not a store, or a place not writable
        log.error("%s", err)
        raise typer.Exit(1) from None
    console = Console(highlight=False)
    # Who says how many: a section per source, one source across its names and languages.
    table = Table(title="Figures by source", title_justify="left")
    for column in ("source", "value", "what", "how", "article"):
        table.add_column(column, no_wrap=column == "value")
    for group in result.groups:
        for i, fig in enumerate(group.figures):
            name = ""
            if i == 0:
                name = f"[bold]{escape(group.name)}[/bold]"
                others = [a for a in group.aliases if a.casefold() != group.name.casefold()]
                if others:
                    name += escape(f" ({', '.join(others)})")
                if group.source_id:
                    name += escape(f" [{' '.join(group.langs)}]")
            how = fig["modality"] + (f" via {fig['via']}" if fig["via"] else "")
            table.add_row(
                name,
                escape(format_value(SimpleNamespace(**fig))),
                escape(fig["what"] or ""),
                escape(how),
                escape(fig["doc"]),
            )
        table.add_section()
    console.print(table)
    if result.stories:
        stories = Table(title="Stories told by more than one article", title_justify="left")
        for column in ("story", "articles", "langs", "title"):
            stories.add_column(column, overflow="fold")
        for r in result.stories:
            stories.add_row(escape(r["id"]), escape(" ".join(r["docs"])), " ".join(r["langs"]), escape(r["title"] or ""))
        console.print(stories)
    if result.timeline is not None and result.timeline.entries:
        from figtrail.timeline import entry_record

        console.print()
        _track_table(result.timeline, [entry_record(e, result.timeline) for e in result.timeline.entries])
    s = result.summary
    named = [g for g in result.groups if g.source_id]
    langs = sorted({lang for g in result.groups for lang in g.langs})
    console.print(
        f"{result.figures} figures from {result.articles} articles in {len(langs)} languages, "
        f"{len(named)} named sources ({sum(1 for g in named if len(g.langs) > 1)} quoted in several languages), "
        f"{_n(len(result.stories), 'story')} told more than once; in {result.seconds:.2f} s."
    )
    if db:
        console.print(f"Stored in {escape(db)}: try figtrail sources --db {escape(db)}")
    # the shipped corpus must always go through: say so loudly if any of it failed
    if s.failed or s.warnings or result.articles < 1:
        raise typer.Exit(1)


def _extract_all(
    items: Iterable[tuple[str, Article | InputError]], lang: str | None
) -> Iterator[tuple[Article, list[Figure]] | None]:
    """(cleaned article, figures) per input article; None after logging why one failed."""
    for where, item in items:
        if isinstance(item, InputError):
            log.error("%s", item)
            yield None
            continue
        if lang and not item.lang:
            item = dataclasses.replace(item, lang=lang)
        try:
            yield extract_article(item)
        except FigtrailError as err:
            log.error("%s: %s", where, err)
            yield None
        except Exception as err:  # a bug must not cost the rest of the batch
            log.error("%s: internal error (%s: %s)", where, type(err).__name__, err)
            log.debug("traceback", exc_info=True)
            yield None


# --- the store: ingest, articles, figures, export -----------------------------------------------

DB_HELP = "The database file. Default: $FIGTRAIL_DB, else ./figtrail.db."
INGEST_NOTE = (
    "Bounds: a single document (text, HTML page, feed, URL) over "
    f"{MAX_INPUT_BYTES // (1024 * 1024)} MB is rejected unread; JSON Lines and WARC files are "
    f"streamed at any size, each article up to {MAX_ARTICLE_CHARS:,} characters. "
    "Re-ingesting changes nothing: an article already stored (same id or URL, same text) is skipped; "
    "a changed text under the same id or URL is stored as a new version, the old one kept."
)

DbOption = Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="table (the default on a terminal), jsonl (the default otherwise) or csv.",
        show_default=False,
    ),
]
LangFilter = Annotated[str | None, typer.Option("--lang", "-l", help="Only articles in this language (fr).")]
SourceFilter = Annotated[
    str | None,
    typer.Option(
        "--source", help="Only figures whose source's name holds these words (case and accents ignored)."
    ),
]
WhatFilter = Annotated[
    str | None, typer.Option("--what", help="Only figures whose counted thing holds these words (soldats).")
]
SinceFilter = Annotated[
    str | None,
    typer.Option(
        "--since", help="Only articles published on or after this date (YYYY-MM-DD, YYYY-MM, YYYY)."
    ),
]
UntilFilter = Annotated[
    str | None, typer.Option("--until", help="Only articles published on or before this date.")
]
MinFilter = Annotated[
    float | None, typer.Option("--min", help="Only figures whose value (or range) reaches at least this.")
]
MaxFilter = Annotated[
    float | None, typer.Option("--max", help="Only figures whose value (or range) reaches at most this.")
]
DocFilter = Annotated[str | None, typer.Option("--doc", help="Only this article (its id).")]
SiteFilter = Annotated[str | None, typer.Option("--site", help="Only articles from this site (lemonde.fr).")]
VersionsOption = Annotated[
    bool, typer.Option("--all-versions", help="Also older versions of articles whose text changed.")
]
LimitOption = Annotated[int | None, typer.Option("--limit", min=0, help="At most this many lines.")]


@app.command(epilog=INGEST_NOTE)
def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="Files (.txt, .jsonl, .jsonl.gz, .html, .htm, .warc, .warc.gz, .rss, .atom, .xml), "
            "directories (read recursively), http(s) URLs, or - for JSON Lines on standard input.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Extraction processes (0: one per core); one writer.")
    ] = 1,
    follow: Annotated[
        bool, typer.Option("--follow", help="For feeds: fetch and read the page each entry links to.")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds allowed to fetch each URL.")
    ] = 20.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary, only errors.")
    ] = False,
    batch: Annotated[
        int, typer.Option("--batch", min=1, hidden=True, help="Articles per transaction.")
    ] = 500,
    link: Annotated[
        bool,
        typer.Option(
            "--link/--no-link",
            help="Link each new article to the store: source ids, story, quantities "
            "(`figtrail relink` adds them later).",
        ),
    ] = True,
) -> None:
    """Store articles and their figures in the database.

    Each bad input (missing, empty, binary, not JSON, truncated gzip or WARC record, a page with
    no article, a URL that fails) gives one line on stderr naming it (PATH:LINE for a line,
    PATH@OFFSET for a WARC record); the rest is still stored, a summary follows, and the exit
    status is 1. Articles in a language without a pack are stored without figures and reported.
    A kill at any moment loses nothing committed; running the same command again finishes the job.
    """
    from figtrail.errors import StoreError
    from figtrail.ingest import Hooks, ReadOptions
    from figtrail.ingest import ingest as run_ingest
    from figtrail.store import db_path

    path = db_path(db)
    hooks: Hooks = Hooks()
    if not quiet and sys.stderr.isatty():
        from figtrail.progress import ProgressBar

        hooks = ProgressBar()
    warnings = _WarningCounter()
    read_log = logging.getLogger("figtrail.read")
    read_log.addHandler(warnings)
    try:
        summary = run_ingest(
            inputs,
            path,
            jobs=jobs,
            options=ReadOptions(follow=follow, timeout=timeout),
            batch_size=batch,
            hooks=hooks,
            link=link,
        )
    except StoreError as err:
        log.error("%s", err)
        raise typer.Exit(1) from None
    finally:
        read_log.removeHandler(warnings)
    if not quiet:
        for line in summary_lines(summary, str(path)):
            typer.echo(line)
    if summary.interrupted:
        log.error("interrupted: what was stored is kept; run the same command again to finish")
        raise typer.Exit(130)
    if summary.failed or summary.warnings or warnings.count:
        raise typer.Exit(1)


def summary_lines(summary, db: str) -> list[str]:
    """What ingest did, for a person: one line, and one more for each thing worth knowing."""
    stored = f"{_n(summary.articles, 'article')} stored"
    if summary.versions:
        stored += f" ({_n(summary.versions, 'new version')})"
    lines = [
        f"{db}: {stored}, {summary.known:,} already known, {_n(summary.figures, 'figure')}; "
        f"{_n(summary.failed, 'input')} failed"
    ]
    if summary.no_pack:
        langs = ", ".join(f"{lang} {n}" for lang, n in summary.no_pack.most_common())
        total = sum(summary.no_pack.values())
        lines.append(f"{_n(total, 'article')} in a language without a pack ({langs}): stored without figures")
    if summary.read.warc_skipped:
        lines.append(f"{_n(summary.read.warc_skipped, 'WARC record')} skipped (not HTML pages)")
    if summary.read.ignored:
        lines.append(f"{_n(len(summary.read.ignored), 'file')} of other kinds skipped in directories")
    return lines


def _n(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _cut(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _open_for_reading(db: str | None):
    from figtrail.store import db_path, open_store

    try:
        return open_store(db_path(db), create=False)
    except FigtrailError as err:
        log.error("%s", err)
        raise typer.Exit(1) from None


def _filters(**kwargs):
    from figtrail.store import Filters

    f = Filters(**kwargs)
    try:
        f.check()
    except FigtrailError as err:
        raise typer.BadParameter(str(err)) from None
    return f


@app.command()
def articles(
    db: DbOption = None,
    lang: LangFilter = None,
    source: SourceFilter = None,
    what: WhatFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    min_value: MinFilter = None,
    max_value: MaxFilter = None,
    doc: DocFilter = None,
    site: SiteFilter = None,
    all_versions: VersionsOption = False,
    limit: LimitOption = None,
    fmt: FormatOption = None,
    text: Annotated[bool, typer.Option("--text", help="jsonl and csv: add each article's text.")] = False,
) -> None:
    """List the stored articles (the latest version of each), oldest first.

    Figure filters (--source, --what, --min, --max) keep the articles that have such a figure.
    """
    from figtrail.listing import ARTICLE_CSV, articles_table, write_csv, write_jsonl
    from figtrail.store import article_record, article_rows

    f = _filters(lang=lang, source=source, what=what, since=since, until=until, min=min_value,
                 max=max_value, doc=doc, site=site, all_versions=all_versions, limit=limit)  # fmt: skip
    conn = _open_for_reading(db)
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    records = (article_record(row, text=text) for row in article_rows(conn, f))
    try:
        if fmt is Format.jsonl:
            write_jsonl(records, sys.stdout)
        elif fmt is Format.csv:
            write_csv(records, sys.stdout, ARTICLE_CSV + (("text",) if text else ()))
        else:
            articles_table(records, sys.stdout, versions=all_versions)
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(1) from None
    finally:
        conn.close()


@app.command()
def figures(
    db: DbOption = None,
    lang: LangFilter = None,
    source: SourceFilter = None,
    what: WhatFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    min_value: MinFilter = None,
    max_value: MaxFilter = None,
    doc: DocFilter = None,
    site: SiteFilter = None,
    all_versions: VersionsOption = False,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List the stored figures, article by article.

    `--format jsonl` lines are those of `figtrail extract` (spec section 5: every figure field,
    doc, sentence) with the article's url and published date.
    """
    from figtrail.listing import FIGURE_CSV, figures_table, write_csv, write_jsonl
    from figtrail.store import figure_record, figure_rows

    f = _filters(lang=lang, source=source, what=what, since=since, until=until, min=min_value,
                 max=max_value, doc=doc, site=site, all_versions=all_versions, limit=limit)  # fmt: skip
    conn = _open_for_reading(db)
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    records = (figure_record(row) for row in figure_rows(conn, f))
    try:
        if fmt is Format.jsonl:
            write_jsonl(records, sys.stdout)
        elif fmt is Format.csv:
            write_csv(records, sys.stdout, FIGURE_CSV)
        else:
            figures_table(records, sys.stdout)
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(1) from None
    finally:
        conn.close()


sources_app = typer.Typer(
    help="The sources figures come from, one per source across names, articles and languages.",
    no_args_is_help=False,
    invoke_without_command=True,
)
app.add_typer(sources_app, name="sources")


@sources_app.callback()
def sources(
    ctx: typer.Context,
    db: DbOption = None,
    fmt: FormatOption = None,
    limit: LimitOption = None,
) -> None:
    """List the sources: id, best name, type, the names articles gave it, languages, figures,
    articles, first and last seen. `sources show ID`, `sources merge KEEP OTHER` and
    `sources split ID NAME` for one source."""
    if ctx.invoked_subcommand is not None:
        return
    from figtrail.listing import write_csv, write_jsonl
    from figtrail.store.sources import source_rows

    conn = _open_for_reading(db)
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    rows = source_rows(conn)
    if limit is not None:
        rows = (r for n, r in enumerate(source_rows(conn)) if n < limit)
    try:
        if fmt is Format.jsonl:
            write_jsonl(rows, sys.stdout)
        elif fmt is Format.csv:
            flat = ({**r, "aliases": " | ".join(r["aliases"]), "langs": " ".join(r["langs"])} for r in rows)
            write_csv(flat, sys.stdout, SOURCE_CSV)
        else:
            _sources_table(rows)
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(1) from None
    finally:
        conn.close()


SOURCE_CSV = ("id", "name", "type", "aliases", "langs", "figures", "articles", "first_seen", "last_seen")


def _sources_table(rows: Iterable[dict]) -> None:
    table = Table()
    for column in ("id", "name", "type", "names seen", "langs", "figures", "articles", "first", "last"):
        table.add_column(column, overflow="fold", justify="right" if column in ("figures", "articles") else "left")
    for r in rows:
        names = ", ".join(r["aliases"][:4]) + (f" (+{len(r['aliases']) - 4})" if len(r["aliases"]) > 4 else "")
        table.add_row(
            *(escape(str(x or "")) for x in (r["id"], r["name"], r["type"], names, " ".join(r["langs"]))),
            str(r["figures"]),
            str(r["articles"]),
            escape(r["first_seen"] or ""),
            escape(r["last_seen"] or ""),
        )
    Console(file=sys.stdout, soft_wrap=False).print(table)


@sources_app.command("show")
def sources_show(
    source: Annotated[str, typer.Argument(metavar="SOURCE", help="A source id, or any of its names.")],
    db: DbOption = None,
    fmt: FormatOption = None,
) -> None:
    """One source: its names, languages, dates, and its figures."""
    from figtrail.listing import FIGURE_CSV, figures_table, write_csv, write_jsonl
    from figtrail.store import figure_record
    from figtrail.store.query import _rows
    from figtrail.store.sources import source_ids_for, source_rows

    conn = _open_for_reading(db)
    try:
        ids = source_ids_for(conn, source)
        found = list(source_rows(conn, ids)) if ids else []
        if not found:
            log.error("no source %r in %s (see `figtrail sources`)", source, conn.execute("PRAGMA database_list").fetchone()[2])
            raise typer.Exit(1)
        fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
        sql = (
            "SELECT f.*, a.url, a.site, a.published, a.story, a.version, a.latest FROM figures f "
            f"JOIN articles a ON a.pk = f.article AND a.latest = 1 WHERE f.source_id IN ({', '.join('?' * len(found))}) "
            "ORDER BY coalesce(f.said_on, a.published), a.pk, f.n"
        )
        records = [figure_record(r) for r in _rows(conn, sql, [r["id"] for r in found])]
        if fmt is Format.jsonl:
            write_jsonl(({"source": r} for r in found), sys.stdout)
            write_jsonl(records, sys.stdout)
        elif fmt is Format.csv:
            write_csv(records, sys.stdout, FIGURE_CSV)
        else:
            _sources_table(found)
            figures_table(records, sys.stdout)
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(1) from None
    finally:
        conn.close()


@sources_app.command("merge")
def sources_merge(
    keep: Annotated[str, typer.Argument(help="The source id to keep.")],
    other: Annotated[str, typer.Argument(help="The source id that is the same source.")],
    db: DbOption = None,
) -> None:
    """Record that source OTHER is source KEEP. The correction survives re-ingest and `relink`."""
    from figtrail.store.sources import merge

    conn = _open_for_reading(db)
    try:
        moved = merge(conn, keep, other)
    except FigtrailError as err:
        log.error("%s", err)
        raise typer.Exit(1) from None
    finally:
        conn.close()
    typer.echo(f"merged {other} into {keep}: {_n(moved, 'figure')} moved")


@sources_app.command("split")
def sources_split(
    source: Annotated[str, typer.Argument(help="The source id that holds the name.")],
    name: Annotated[str, typer.Argument(help="The name (as articles write it) that is another source.")],
    new_id: Annotated[str | None, typer.Option("--as", help="The new source's id (default split:NAME).")] = None,
    db: DbOption = None,
) -> None:
    """Record that NAME, joined to SOURCE, is a source of its own. Survives re-ingest and `relink`."""
    from figtrail.store.sources import split

    conn = _open_for_reading(db)
    try:
        sid, moved = split(conn, source, name, new_id)
    except FigtrailError as err:
        log.error("%s", err)
        raise typer.Exit(1) from None
    finally:
        conn.close()
    typer.echo(f"split {name!r} out of {source} as {sid}: {_n(moved, 'figure')} moved")


@app.command()
def stories(
    db: DbOption = None,
    fmt: FormatOption = None,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Only stories told by at least this many articles.")
    ] = 1,
    limit: LimitOption = None,
) -> None:
    """List the stories: articles telling the same story (copies, rewrites, translations), with
    their languages, outlets, first and last seen and figures."""
    from figtrail.listing import write_csv, write_jsonl
    from figtrail.store.stories import story_rows

    conn = _open_for_reading(db)
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    rows: Iterable[dict] = story_rows(conn, min_articles)
    if limit is not None:
        rows = (r for n, r in enumerate(rows) if n < limit)
    try:
        if fmt is Format.jsonl:
            write_jsonl(rows, sys.stdout)
        elif fmt is Format.csv:
            flat = ({**r, **{k: " ".join(r[k]) for k in ("docs", "langs", "sites")}} for r in rows)
            write_csv(flat, sys.stdout, STORY_CSV)
        else:
            table = Table()
            for column in ("story", "articles", "langs", "outlets", "first", "last", "figures", "title"):
                table.add_column(column, overflow="fold", justify="right" if column in ("articles", "figures") else "left")
            for r in rows:
                table.add_row(
                    escape(r["id"]), str(r["articles"]), " ".join(r["langs"]), escape(", ".join(r["sites"])),
                    escape(r["first_seen"] or ""), escape(r["last_seen"] or ""), str(r["figures"]),
                    escape(_cut(r["title"] or "", 60)),
                )  # fmt: skip
            Console(file=sys.stdout, soft_wrap=False).print(table)
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(1) from None
    finally:
        conn.close()


STORY_CSV = ("id", "title", "articles", "docs", "langs", "sites", "first_seen", "last_seen", "figures")


@app.command()
def relink(
    db: DbOption = None,
    window_days: Annotated[
        int | None,
        typer.Option("--window-days", help="Days apart within which two reports can be one story.", show_default=False),
    ] = None,
    copy_threshold: Annotated[
        float | None,
        typer.Option(
            "--copy-threshold",
            help="Estimated shingle Jaccard (0-1) from which a same-language article is a copy.",
            show_default=False,
        ),
    ] = None,
    copy_window_days: Annotated[
        int | None,
        typer.Option("--copy-window-days", help="Days apart within which a copy is looked for.", show_default=False),
    ] = None,
    fingerprint_threshold: Annotated[
        float | None,
        typer.Option(
            "--fingerprint-threshold",
            help="Weighted overlap (0-1) of values, sources, names, places from which two reports "
            "(or a translation) are one story.",
            show_default=False,
        ),
    ] = None,
    min_shared_values: Annotated[
        int | None,
        typer.Option(
            "--min-shared-values", help="Figure values two reports must share to be one story.", show_default=False
        ),
    ] = None,
    reset_thresholds: Annotated[
        bool, typer.Option("--reset-thresholds", help="Back to the shipped thresholds (then apply any given).")
    ] = False,
) -> None:
    """Compute every link again (source ids, stories, quantities) over the whole store, in the
    order articles were stored, with the corrections applied: for a store ingested with
    `--no-link` or by an older figtrail, or to apply new story thresholds.

    Thresholds given here are kept in the store and used by every later ingest into it;
    `bench/score_links.py --sweep` measures them on annotated articles. The thresholds in
    force are printed.
    """
    from figtrail.store.relink import relink as run_relink

    given = {
        "window_days": window_days,
        "copy_threshold": copy_threshold,
        "copy_window_days": copy_window_days,
        "fingerprint_threshold": fingerprint_threshold,
        "min_shared_values": min_shared_values,
    }
    conn = _open_for_reading(db)
    try:
        done = run_relink(
            conn,
            thresholds={k: v for k, v in given.items() if v is not None},
            reset_thresholds=reset_thresholds,
        )
    except ValueError as err:
        log.error("%s", err)
        raise typer.Exit(2) from None
    except sqlite3.Error as err:
        log.error("%s", err)
        raise typer.Exit(1) from None
    finally:
        conn.close()
    typer.echo(
        f"relinked {_n(done.articles, 'article')}, {_n(done.figures, 'figure')}: "
        f"{done.stories:,} stories, {_n(done.sources, 'source')}, {done.quantities:,} quantities"
    )
    if done.params is not None:
        p = done.params
        typer.echo(
            f"story thresholds: window {p.window_days} days, fingerprint {p.fingerprint_threshold}, "
            f"{p.min_shared_values} shared values, copies {p.copy_threshold} within {p.copy_window_days} days"
        )


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    out: Annotated[str, typer.Option("--out", "-o", help="The directory to write into (made if missing).")],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or parquet.")
    ] = ExportFormat.jsonl,
    db: DbOption = None,
) -> None:
    """Write the database's tables to files: articles (every version), figures, and sources once there are any.

    Each file is written beside its final name and renamed when complete.
    """
    from pathlib import Path

    from figtrail.store.export import export as run_export

    conn = _open_for_reading(db)
    try:
        written = run_export(conn, fmt.value, Path(out))
    except OSError as err:
        log.error("%s: cannot write: %s", out, err.strerror or err)
        raise typer.Exit(1) from None
    finally:
        conn.close()
    for path, rows in written:
        typer.echo(f"{path}: {rows:,} rows")


# --- output -------------------------------------------------------------------------------


class _Writer(Protocol):
    def write(self, article: Article, figures: list[Figure]) -> None: ...
    def close(self) -> None: ...


class _JsonlWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, article: Article, figures: list[Figure]) -> None:
        for fig in figures:
            self.out.write(json.dumps(fig.to_dict(), ensure_ascii=False) + "\n")
        self.out.flush()  # one article at a time, so a long batch streams

    def close(self) -> None:
        self.out.flush()


class _CsvWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.csv = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        self.csv.writeheader()

    def write(self, article: Article, figures: list[Figure]) -> None:
        self.csv.writerows(fig.to_dict() for fig in figures)
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class _TableWriter:
    def __init__(self, out: TextIO) -> None:
        self.console = Console(file=out, highlight=False)

    def write(self, article: Article, figures: list[Figure]) -> None:
        heading = f"{article.id}: {article.title}" if article.title else article.id
        if not figures:
            self.console.print(f"{escape(heading)}: no figures")
            return
        table = Table(title=escape(heading), title_justify="left", show_lines=False)
        for column in ("value", "what", "source", "modality", "sentence"):
            table.add_column(column, no_wrap=column == "value", overflow="fold")
        for fig in figures:
            source = fig.source or ""
            if fig.via:
                source = f"{source} (via {fig.via})"
            table.add_row(
                escape(format_value(fig)), escape(fig.what or ""), escape(source), fig.modality, snippet(fig)
            )
        self.console.print(table)

    def close(self) -> None:
        self.console.file.flush()


_WRITERS: dict[Format, type[_Writer]] = {
    Format.table: _TableWriter,
    Format.jsonl: _JsonlWriter,
    Format.csv: _CsvWriter,
}

# --- plumbing -----------------------------------------------------------------------------


class _StderrFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        prefix = "figtrail: warning: " if record.levelno == logging.WARNING else "figtrail: "
        return prefix + super().format(record)


class _WarningCounter(logging.Handler):
    """Counts warnings about inputs (a repaired encoding), which make the exit status 1."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _setup_logging(level: int) -> None:
    logger = logging.getLogger("figtrail")
    for handler in [h for h in logger.handlers if getattr(h, "_figtrail_cli", False)]:
        logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_StderrFormatter("%(message)s"))
    handler._figtrail_cli = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False  # one line per diagnostic even if the root logger has handlers
    # The libraries that read pages log their own doubts ("discarding data"); figtrail says
    # what matters about each input itself. Their lines are shown with --verbose only.
    for name in _LIBRARY_LOGGERS:
        lib = logging.getLogger(name)
        lib.setLevel(logging.DEBUG if level <= logging.DEBUG else logging.CRITICAL + 1)


_LIBRARY_LOGGERS = (
    "trafilatura",
    "htmldate",
    "courlan",
    "justext",
    "readability",
    "charset_normalizer",
    "warcio",
)


def _check_lang(lang: str | None) -> str | None:
    if lang is None:
        return None
    code = lang.strip().lower()
    if not (2 <= len(code) <= 3 and code.isalpha() and code.isascii()):
        raise typer.BadParameter(f"{lang!r} is not a language code such as fr or en", param_hint="--lang")
    return code


def _quiet_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# --- track: one quantity's timeline (issue 7; figtrail/timeline.py, figtrail/plot.py) ------------

TRACK_OTHERS_SHOWN = 12  # other matching quantities named on stderr
TRACK_PAIRS_SHOWN = 10  # pairs of disagreeing sources listed under the table, the widest gaps first


@app.command()
def track(
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY",
            help="A quantity id (troops/count@RU), or words in any of the six languages: "
            "troupes nord-coréennes Russie, North Korean troops in Russia.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    fmt: FormatOption = None,
    plot: Annotated[
        str | None,
        typer.Option(
            "--plot", help="Also draw the timeline into this file (SVG or PNG).", show_default=False
        ),
    ] = None,
    window: Annotated[
        int | None,
        typer.Option(
            "--window",
            min=0,
            help="Days within which two sources' figures are compared for disagreement (default 30).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print a quantity's timeline: when each source said what value (with its bound and
    modality), in which articles and languages.

    Flags **disagreements** (two sources' asserted or estimated figures within --window days whose
    intervals lie more than 1.5 times apart) and figures a source later **superseded** with
    another value. When several quantities match, the best is shown and the others are named
    on stderr.
    """
    from figtrail.listing import write_csv, write_jsonl
    from figtrail.plot import FORMATS
    from figtrail.timeline import (
        RECORD_FIELDS,
        entry_record,
        flat_record,
        load_rows,
        quantity_candidates,
        score_quantities,
    )
    from figtrail.timeline import timeline as make_timeline

    text = " ".join(" ".join(query).split())
    if not text:
        raise typer.BadParameter("give a quantity id or some words", param_hint="QUERY")
    if plot is not None and os.path.splitext(plot)[1].lower() not in FORMATS:
        raise typer.BadParameter(f"{plot!r}: the plot is written as .svg or .png", param_hint="--plot")
    conn = _open_for_reading(db)
    try:
        candidates = quantity_candidates(conn)
        matches = score_quantities(text, candidates)
        if not matches:
            why = "" if candidates else " (no figure has a quantity yet: run figtrail relink)"
            log.error("no quantity matches %r%s", text, why)
            raise typer.Exit(1)
        best = matches[0].quantity
        rows = load_rows(conn, [best])
    finally:
        conn.close()
    if len(matches) > 1:
        others = [m.quantity for m in matches[1:]]
        more = len(others) - TRACK_OTHERS_SHOWN
        typer.echo(
            f"figtrail: showing {best}; also matching: {' '.join(others[:TRACK_OTHERS_SHOWN])}"
            + (f" (and {more} more)" if more > 0 else ""),
            err=True,
        )
    tl = make_timeline(rows) if window is None else make_timeline(rows, window_days=window)
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    records = [entry_record(e, tl) for e in tl.entries]
    try:
        if fmt is Format.jsonl:
            write_jsonl(records, sys.stdout)
        elif fmt is Format.csv:
            write_csv((flat_record(r) for r in records), sys.stdout, RECORD_FIELDS)
        else:
            _track_table(tl, records)
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(1) from None
    if plot is not None:
        from figtrail.plot import plot_timeline

        try:
            plot_timeline(tl, plot)
        except (OSError, ValueError) as err:
            log.error("%s: cannot write the plot: %s", plot, getattr(err, "strerror", None) or err)
            raise typer.Exit(1) from None


def _track_table(tl, records: list[dict]) -> None:
    """The timeline as a table, then its disagreements by pair of sources and a summary line."""
    console = Console(file=sys.stdout, highlight=False)
    table = Table(title=escape(", ".join(tl.quantities)), title_justify="left")
    for column in ("#", "said", "source", "value", "modality", "articles", "langs", "flags"):
        table.add_column(column, overflow="fold", no_wrap=column in ("#", "said", "value"))
    for r in records:
        flags = []
        if r["superseded_by"]:
            flags.append(f"superseded by #{r['superseded_by']}")
        if r["disagrees_with"]:
            flags.append("≠ " + " ".join(f"#{n}" for n in r["disagrees_with"]))
        said = (r["date"] or "?") + ("" if r["dated_by"] != "published" else " (pub.)")
        # one name per source (the one most articles use), and the article's own words beside it
        source = r["source_name"] or r["source"] or ""
        if r["source"] and r["source"].casefold() != source.casefold():
            source += f" ({r['source']})"
        table.add_row(
            str(r["n"]), escape(said), escape(source), escape(r["shown"]),
            escape(r["modality"]), escape(" ".join(r["articles"])), escape(" ".join(r["langs"])),
            "; ".join(flags),
        )  # fmt: skip
    console.print(table)
    pairs = tl.source_disagreements()
    if pairs:
        console.print(f"Disagreements (within {tl.window_days} days):")
        for p in pairs[:TRACK_PAIRS_SHOWN]:
            a, b = (escape(tl.source_names.get(k, k)) for k in (p.first, p.second))
            entries = ", ".join(f"#{x} vs #{y}" for x, y in p.entries)
            apart = f"up to {p.ratio:.1f} times apart" if p.ratio != float("inf") else "on both sides of zero"
            console.print(f"  {a} / {b}: {apart} ({entries})")
        if len(pairs) > TRACK_PAIRS_SHOWN:
            console.print(f"  and {len(pairs) - TRACK_PAIRS_SHOWN} more pairs (see the ≠ column)")
    superseded = sum(1 for r in records if r["superseded_by"])
    console.print(
        f"{len(records):,} {'entry' if len(records) == 1 else 'entries'}, "
        f"{_n(len(tl.sources), 'source')}, languages {' '.join(tl.langs) or '-'}; "
        f"{_n(len(pairs), 'pair')} of sources disagree, {superseded:,} superseded"
    )
