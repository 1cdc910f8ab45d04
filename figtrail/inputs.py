"""What `figtrail ingest` reads: files, directories, standard input and URLs -> Docs.

Each input is read by its kind, from its name (then, for text, from its first bytes):

    .txt (and any other name given)   one article: first line the title, the rest the text
    .jsonl .ndjson (.gz)              one article a line (spec section 3), streamed at any size
    .html .htm .xhtml (.gz)           a web page: its article is read in the extraction processes
    .warc (.gz)                       a crawl: its HTML responses, the other records skipped
    .rss .atom .xml (.gz)             a feed: one article per entry (--follow: the linked pages)
    a directory                       every file of those kinds in it, recursively (hidden ones not)
    http(s)://...                     fetched (time limit, size cap), then read by its content type
    -                                 standard input: JSON Lines, or one text article

Single documents (a text, a page, a feed, a URL) over the size cap are rejected unread;
JSON Lines and WARC files are streamed, so only each line or record is bounded.
Every problem is yielded as an InputError naming the input (PATH, PATH:LINE, PATH@OFFSET, URL),
and reading goes on with the next line, record or input.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

from figtrail.doc import Doc, ReadStats
from figtrail.errors import InputError
from figtrail.fetch import DEFAULT_TIMEOUT, Fetched, fetch, is_url
from figtrail.read import (
    MAX_INPUT_BYTES,
    STDIN,
    bounded,
    decode,
    looks_binary,
    size_limit,
    stream_jsonl,
    text_article,
)

KINDS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".txt": "text",
    ".text": "text",
}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}
_JSONL_TYPES = {
    "application/x-ndjson",
    "application/jsonl",
    "application/x-jsonlines",
    "application/jsonlines",
}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    follow: bool = False  # fetch the page each feed entry links to
    timeout: float = DEFAULT_TIMEOUT  # seconds, per URL
    max_bytes: int = MAX_INPUT_BYTES  # per single document, line or record


def kind_of(name: str) -> tuple[str | None, bool]:
    """(kind, gzipped) from a file name or URL path; kind None when the name says nothing."""
    lower = name.lower().split("?", 1)[0].split("#", 1)[0]
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    return KINDS.get(os.path.splitext(lower)[1]), gz


def expand(inputs: Iterable[str], stats: ReadStats) -> list[str | InputError]:
    """The inputs with each directory replaced by the files of known kinds in it (sorted)."""
    out: list[str | InputError] = []
    for item in inputs:
        if item == STDIN or is_url(item) or not os.path.isdir(item):
            out.append(item)
            continue
        found = []
        for f in _walk(item):
            (found if kind_of(f)[0] else stats.ignored).append(f)
        out.extend(found or [InputError(item, "directory holds no file figtrail reads")])
    stats.bytes_total = sum(_size(p) for p in out if isinstance(p, str) and p != STDIN and not is_url(p))
    return out


def _walk(root: str) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def read_docs(
    inputs: Iterable[str],
    options: ReadOptions | None = None,
    stats: ReadStats | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Doc | InputError]:
    """A Doc per article or page found in the inputs, an InputError per problem, in input order."""
    options = options or ReadOptions()
    stats = stats if stats is not None else ReadStats()
    for item in expand(inputs, stats):
        if isinstance(item, InputError):
            yield item
            continue
        stats.inputs += 1
        if item == STDIN:
            yield from _stdin(stdin if stdin is not None else sys.stdin.buffer, options)
        elif is_url(item):
            yield from _url(item, options)
        else:
            done = stats.bytes_done
            yield from _file(item, options, stats)
            stats.bytes_done = done + _size(item)


# --- files ------------------------------------------------------------------------------------


def _file(path: str, options: ReadOptions, stats: ReadStats) -> Iterator[Doc | InputError]:
    kind, gz = kind_of(path)
    if kind == "warc":
        from figtrail.warc import warc_docs  # warcio only when there is a WARC to read

        yield from warc_docs(path, stats, options.max_bytes)
        return
    if kind == "jsonl":
        yield from _jsonl_file(path, gz, stats)
        return
    try:
        data = _read_bounded(path, gz, options.max_bytes)
    except InputError as err:
        yield err
        return
    stem = Path(path[:-3] if gz else path).stem or Path(path).name
    yield from _document(kind or "text", data, path, stem, None, options)


def _read_bounded(path: str, gz: bool, max_bytes: int) -> bytes:
    """The file's bytes (decompressed), or an InputError: missing, unreadable, too big, bad gzip."""
    try:
        if os.path.isdir(path):
            raise InputError(path, "is a directory, not a file")
        if os.stat(path).st_size > max_bytes:  # rejected unread
            raise InputError(path, f"over the {size_limit(max_bytes)} limit")
        with open(path, "rb") as raw:
            if not gz:
                data = raw.read(max_bytes + 1)
            else:
                with gzip.GzipFile(fileobj=raw) as unzipped:
                    data = unzipped.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except EOFError as err:
        raise InputError(path, f"truncated gzip data ({err})") from None
    except gzip.BadGzipFile as err:
        raise InputError(path, f"not gzip data ({err})") from None
    except OSError as err:  # permission denied, special files, I/O errors, zlib errors
        raise InputError(path, f"cannot read: {getattr(err, 'strerror', None) or err}") from None
    if len(data) > max_bytes:
        raise InputError(path, f"over the {size_limit(max_bytes)} limit")
    return data


def _jsonl_file(path: str, gz: bool, stats: ReadStats) -> Iterator[Doc | InputError]:
    base = stats.bytes_done
    try:
        if os.path.isdir(path):
            raise InputError(path, "is a directory, not a file")
        raw = open(path, "rb")  # noqa: SIM115 (closed below, across yields)
    except InputError as err:
        yield err
        return
    except FileNotFoundError:
        yield InputError(path, "no such file")
        return
    except OSError as err:
        yield InputError(path, f"cannot read: {err.strerror or err}")
        return
    stem = Path(path[:-3] if gz else path).stem
    try:
        stream: BinaryIO = gzip.GzipFile(fileobj=raw) if gz else raw  # type: ignore[assignment]
        for n, (here, item, given) in enumerate(stream_jsonl(stream, path, stem)):
            if n % 64 == 0:
                stats.bytes_done = base + raw.tell()
            yield item if isinstance(item, InputError) else Doc.of_article(here, item, given, kind="jsonl")
    finally:
        raw.close()


# --- one document, from a file or a URL -------------------------------------------------------


def _document(
    kind: str, data: bytes, where: str, stem: str, url: str | None, options: ReadOptions
) -> Iterator[Doc | InputError]:
    if not data.strip():
        yield InputError(where, "empty input")
        return
    if looks_binary(data):
        yield InputError(where, "binary file, not text")
        return
    if kind == "text":
        kind = _sniff(data) or "text"
    if kind == "html":
        yield Doc.of_page(where, data, url=url)
    elif kind == "feed":
        from figtrail.feeds import feed_docs

        fetch_page = (
            partial(fetch, timeout=options.timeout, max_bytes=options.max_bytes) if options.follow else None
        )
        yield from feed_docs(data, where, base_url=url, fetch_page=fetch_page)
    elif kind == "jsonl":
        for here, item, given in stream_jsonl(io.BytesIO(data), where, stem):
            yield item if isinstance(item, InputError) else Doc.of_article(here, item, given, kind="jsonl")
    else:
        try:
            content = decode(data, where)
        except InputError as err:
            yield err
            return
        article = bounded(text_article(content, stem), where)
        if isinstance(article, InputError):
            yield article
        else:
            if url:
                article = replace(article, url=url)
            yield Doc.of_article(where, article, id_given=False)


def _sniff(data: bytes) -> str | None:
    """html or feed from a document's first bytes, for inputs whose name does not say."""
    from figtrail.feeds import looks_like_feed

    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_HTML_STARTS) or (head.startswith(b"<!--") and b"<html" in head):
        return "html"
    if looks_like_feed(data):
        return "feed"
    return None


# --- URLs and standard input ------------------------------------------------------------------


def _url(url: str, options: ReadOptions) -> Iterator[Doc | InputError]:
    try:
        got = fetch(url, timeout=options.timeout, max_bytes=options.max_bytes)
    except InputError as err:
        yield err
        return
    kind = _url_kind(got)
    if kind is None:
        yield InputError(url, f"cannot read content of type {got.media_type}")
        return
    body = got.body
    if kind_of(got.url)[1] and body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (EOFError, OSError) as err:
            yield InputError(url, f"bad gzip data ({err})")
            return
    stem = Path(got.url.split("?", 1)[0].rstrip("/")).stem or "page"
    yield from _document(kind, body, url, stem, got.url, options)


def _url_kind(got: Fetched) -> str | None:
    if got.media_type in _HTML_TYPES:
        return "html"
    if got.media_type in _FEED_TYPES:
        return "feed"
    if got.media_type in _JSONL_TYPES:
        return "jsonl"
    by_name, _ = kind_of(got.url)
    if by_name in ("jsonl", "feed", "html", "text"):
        return by_name
    if got.media_type.startswith("text/"):
        return _sniff(got.body) or "text"
    return _sniff(got.body)


def _stdin(stream: BinaryIO, options: ReadOptions) -> Iterator[Doc | InputError]:
    """JSON Lines when the first non-blank byte is `{`, else one text article (or page, or feed)."""
    where = "<stdin>"
    peek = getattr(stream, "peek", None)
    first = b""
    if peek is not None:
        while True:
            head = peek(64)
            if not head:
                break
            blank = len(head) - len(head.lstrip())
            if blank == 0:
                first = head[:1]
                break
            stream.read(blank)
    if first == b"{":
        for here, item, given in stream_jsonl(stream, where, "stdin"):
            yield item if isinstance(item, InputError) else Doc.of_article(here, item, given, kind="jsonl")
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError(where, f"over the {size_limit(options.max_bytes)} limit")
        return
    if data.lstrip().startswith(b"{"):  # a stream without peek()
        for here, item, given in stream_jsonl(io.BytesIO(data), where, "stdin"):
            yield item if isinstance(item, InputError) else Doc.of_article(here, item, given, kind="jsonl")
        return
    yield from _document("text", data, where, "stdin", None, options)
