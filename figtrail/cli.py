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
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from enum import StrEnum
from importlib.resources import files
from typing import Annotated, Protocol, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from figtrail import __version__
from figtrail.errors import FigtrailError, InputError
from figtrail.extract import extract_article
from figtrail.model import Article, Figure
from figtrail.read import MAX_ARTICLE_CHARS, MAX_INPUT_BYTES, parse_jsonl, read_located

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
    denied). `figtrail demo` runs it on the sample corpus shipped with the package.
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
def demo() -> None:
    """Extract the sample articles shipped with figtrail and print their figures by source."""
    started = time.perf_counter()
    content = files("figtrail").joinpath("data", "demo.jsonl").read_text(encoding="utf-8")
    everything = list(_extract_all(parse_jsonl(content, "demo.jsonl", "demo"), None))
    results = [r for r in everything if r is not None]
    by_source: dict[str | None, list[tuple[Article, Figure]]] = defaultdict(list)
    for article, figures in results:
        for fig in figures:
            by_source[fig.source].append((article, fig))
    # One table, a section per source: named sources first, the busiest on top, then the
    # figures the articles state in their own voice.
    table = Table(title="Figures by source", title_justify="left")
    for column in ("source", "value", "what", "how", "article"):
        table.add_column(column, no_wrap=column == "value")
    for source in sorted(by_source, key=lambda s: (s is None, -len(by_source[s]), s or "")):
        for i, (article, fig) in enumerate(by_source[source]):
            name = (source or "(none: the article itself)") if i == 0 else ""
            how = fig.modality + (f" via {fig.via}" if fig.via else "")
            table.add_row(
                f"[bold]{escape(name)}[/bold]",
                escape(format_value(fig)),
                escape(fig.what or ""),
                escape(how),
                escape(article.id),
            )
        table.add_section()
    console = Console(highlight=False)
    console.print(table)
    n_figures = sum(len(f) for _, f in results)
    console.print(
        f"{n_figures} figures from {len(results)} articles, {len([s for s in by_source if s])} named sources, "
        f"in {time.perf_counter() - started:.2f} s."
    )
    if len(results) < len(everything):  # the shipped corpus must always extract: say so loudly
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

_BOUND_SIGN = {
    "approx": "≈ ",
    "at_least": "≥ ",
    "more_than": "> ",
    "at_most": "≤ ",
    "up_to": "≤ ",
    "less_than": "< ",
}


def format_value(fig: Figure) -> str:
    """The value as a reader says it: '≥ 1 500', '≈ 20–99', '10–12 %', '1 500 000 000 EUR'."""
    if fig.value is not None:
        body = _number(fig.value)
    elif fig.low is not None and fig.high is not None:
        body = f"{_number(fig.low)}–{_number(fig.high)}"
    elif fig.low is not None or fig.high is not None:
        body = _number(fig.low if fig.low is not None else fig.high)
    else:
        body = fig.surface
    unit = {"percent": "%"}.get(fig.unit or "", fig.unit or "")
    return f"{_BOUND_SIGN.get(fig.bound, '')}{body}{' ' + unit if unit else ''}"


def _number(x: float | int | None) -> str:
    # 15 significant digits hide float noise (0.1 + 0.2) and keep every real digit.
    return f"{x:,.15g}".replace(",", " ") if x is not None else ""


def snippet(fig: Figure, width: int = 90) -> str:
    """Rich markup: the figure's sentence cut around the number, the number in bold, text escaped."""
    sentence = " ".join((fig.sentence or fig.surface).split())
    at = sentence.find(fig.surface)
    if at < 0:
        return escape(sentence[:width] + ("…" if len(sentence) > width else ""))
    side = max(10, (width - len(fig.surface)) // 2)
    start, end = max(0, at - side), min(len(sentence), at + len(fig.surface) + side)
    before = ("…" if start else "") + sentence[start:at]
    after = sentence[at + len(fig.surface) : end] + ("…" if end < len(sentence) else "")
    return f"{escape(before)}[bold]{escape(fig.surface)}[/bold]{escape(after)}"


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
