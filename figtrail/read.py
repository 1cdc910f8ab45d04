"""Read stage: files, JSON Lines and standard input -> Article.

Bad input never stops a batch: each problem is yielded as an InputError that
names the input (and line), and the caller moves on to the next one.

Kinds of input (for `figtrail extract`; `figtrail ingest` reads more kinds through
figtrail.inputs, with the helpers here):
- `.jsonl` / `.ndjson`: one spec section 3 article a line (`id`, `text` required);
- `-`: standard input, JSON Lines if it starts with `{`, else one text article;
- anything else: a text article. Its first non-empty line is the title and the
  rest the text (a single-line input is all text); the id is the file stem.
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from figtrail.errors import InputError
from figtrail.model import Article

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 20 * 1024 * 1024  # per file or stdin; larger inputs are rejected unread
MAX_ARTICLE_CHARS = 1_000_000  # per article (title + text); longer ones are rejected
# A streamed JSON Lines line: an article at the character limit, escaped (\uXXXX) at worst.
MAX_LINE_BYTES = 8 * 1024 * 1024
MAX_LINE_ERRORS = 100  # bad lines in one file before the rest of it is given up as not JSON Lines
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"

# Bytes that never occur in text: C0 controls other than tab, newlines, form feed and ESC.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b") + b"\x7f"
_BINARY_SAMPLE = 8192
_BINARY_CONTROL_SHARE = 0.05

Located = tuple[str, Article | InputError]


def read_inputs(
    paths: Iterable[str], stdin: TextIO | BinaryIO | None = None
) -> Iterator[Article | InputError]:
    """Articles from each input in turn; each bad input or line is yielded as an InputError."""
    for _, item in read_located(paths, stdin):
        yield item


def read_located(paths: Iterable[str], stdin: TextIO | BinaryIO | None = None) -> Iterator[Located]:
    """Like read_inputs, with where each item came from (`PATH` or `PATH:LINE`) for messages."""
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin)
        else:
            yield from _read_file(path)


def _read_stdin(stream: TextIO | BinaryIO) -> Iterator[Located]:
    where = "<stdin>"
    raw = getattr(stream, "buffer", stream).read(MAX_INPUT_BYTES + 1)
    if isinstance(raw, str):  # a text stream without .buffer (io.StringIO in tests)
        raw = raw.encode("utf-8")
    try:
        content = _decode(raw, where)
    except InputError as err:
        yield where, err
        return
    if content.lstrip().startswith("{"):
        yield from parse_jsonl(content, where, stem="stdin")
    else:
        yield where, _bounded(_text_article(content, "stdin"), where)


def _read_file(path: str) -> Iterator[Located]:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(path, "is a directory, not a file")
        if p.stat().st_size > MAX_INPUT_BYTES:  # rejected unread
            raise InputError(path, f"over the {_size_limit()} limit")
        with p.open("rb") as f:  # bounded: pipes and devices report no size
            raw = f.read(MAX_INPUT_BYTES + 1)
        content = _decode(raw, path)
    except FileNotFoundError:
        yield path, InputError(path, "no such file")
        return
    except OSError as err:  # permission denied, special files, I/O errors
        yield path, InputError(path, f"cannot read: {err.strerror or err}")
        return
    except InputError as err:
        yield path, err
        return
    stem = p.stem or p.name
    if p.suffix.lower() in JSONL_SUFFIXES:
        yield from parse_jsonl(content, path, stem)
    else:
        yield path, _bounded(_text_article(content, stem), path)


def _decode(raw: bytes, where: str) -> str:
    """Bytes -> str; rejects empty, oversized and binary input; falls back to cp1252/latin-1."""
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(where, f"over the {_size_limit()} limit")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM: NUL bytes are expected
        try:
            return _nonempty(raw.decode("utf-16"), where)
        except UnicodeDecodeError as err:
            raise InputError(where, "not valid UTF-16 despite its byte-order mark") from err
    sample = raw[:_BINARY_SAMPLE]
    if b"\x00" in sample or (sample and _control_share(sample) > _BINARY_CONTROL_SHARE):
        raise InputError(where, "binary file, not text")
    try:
        return _nonempty(raw.decode("utf-8-sig"), where)
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        text, encoding = raw.decode("latin-1"), "latin-1"
    log.warning("%s: not valid UTF-8, read as %s", where, encoding)
    return _nonempty(text, where)


def decode(raw: bytes, where: str) -> str:
    """Bytes -> str: rejects empty, oversized and binary input; falls back to cp1252/latin-1 with a warning."""
    return _decode(raw, where)


def looks_binary(sample: bytes) -> bool:
    """NUL bytes, or more control bytes than text ever holds."""
    sample = sample[:_BINARY_SAMPLE]
    return b"\x00" in sample or (bool(sample) and _control_share(sample) > _BINARY_CONTROL_SHARE)


def size_limit(limit: int = MAX_INPUT_BYTES) -> str:
    return f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit:,}-byte"


def _size_limit() -> str:
    return f"{MAX_INPUT_BYTES / 2**20:g} MB" if MAX_INPUT_BYTES >= 2**20 else f"{MAX_INPUT_BYTES:,}-byte"


def _control_share(sample: bytes) -> float:
    """Share of bytes in sample that text never holds (random bytes: about 11%)."""
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _nonempty(text: str, where: str) -> str:
    if not text.strip():
        raise InputError(where, "empty input")
    return text


def text_article(content: str, ident: str) -> Article:
    """First non-empty line the title, the rest the text (blank-line paragraphs kept)."""
    return _text_article(content, ident)


def _text_article(content: str, ident: str) -> Article:
    """First non-empty line the title, the rest the text (blank-line paragraphs kept)."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").strip()
    first, _, rest = content.partition("\n")
    rest = rest.strip()
    if not rest:  # a single line is an article without a title, not a title without text
        return Article(id=ident, title="", text=first.strip())
    return Article(id=ident, title=first.strip(), text=rest)


def parse_jsonl(content: str, where: str, stem: str) -> Iterator[Located]:
    """Articles (or InputErrors naming WHERE:LINE) from JSON Lines text; ids default to STEM-LINE."""
    found = False
    # split on newlines only: str.splitlines() would also split on U+2028 and
    # friends, which json.dumps(ensure_ascii=False) leaves raw inside strings
    for lineno, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        found = True
        here = f"{where}:{lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            yield here, InputError(here, f"not JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(data, dict):
            yield here, InputError(here, f"not a JSON object but {type(data).__name__}")
            continue
        if not isinstance(data.get("text"), str):
            yield here, InputError(here, "no 'text' string")
            continue
        yield here, _bounded(Article.from_mapping(data, default_id=f"{stem}-{lineno}"), here)
    if not found:
        yield where, InputError(where, "empty input")


def _bounded(article: Article, where: str) -> Article | InputError:
    size = len(article.text) + len(article.title)
    if size > MAX_ARTICLE_CHARS:
        return InputError(
            where, f"article is {size:,} characters, over the {MAX_ARTICLE_CHARS:,}-character limit"
        )
    return article


def bounded(article: Article, where: str) -> Article | InputError:
    """The article, or an InputError when it is over MAX_ARTICLE_CHARS."""
    return _bounded(article, where)


# --- streamed JSON Lines (figtrail ingest) ---------------------------------------------------

JsonlItem = tuple[str, Article | InputError, bool]  # (PATH:LINE, article or error, id given)


def stream_jsonl(fh: BinaryIO, where: str, stem: str) -> Iterator[JsonlItem]:
    """Articles from a binary JSON Lines stream of any length, one line in memory at a time.

    Each bad line is an InputError naming WHERE:LINE; a binary file, a line over MAX_LINE_BYTES,
    truncated gzip data and too many bad lines end the file with one error. The third item
    says whether the line gave the article's id (else the store makes one from URL or content).
    """
    lineno = 0
    good = bad = 0
    warned = False
    while True:
        lineno += 1
        try:
            line = fh.readline(MAX_LINE_BYTES + 1)
        except EOFError as err:  # gzip ended before its end-of-stream marker
            yield f"{where}:{lineno}", InputError(f"{where}:{lineno}", f"truncated gzip data ({err})"), False
            return
        except gzip.BadGzipFile as err:
            yield f"{where}:{lineno}", InputError(f"{where}:{lineno}", f"not gzip data ({err})"), False
            return
        except (OSError, ValueError, zlib.error) as err:  # corrupt gzip data, I/O errors
            yield f"{where}:{lineno}", InputError(f"{where}:{lineno}", f"cannot read: {err}"), False
            return
        if not line:
            break
        here = f"{where}:{lineno}"
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            yield here, InputError(here, f"line over the {size_limit(MAX_LINE_BYTES)} limit"), False
            if not _skip_line(fh):
                return
            bad += 1
            continue
        if not line.strip():
            continue
        if good + bad == 0 and looks_binary(line):
            yield where, InputError(where, "binary file, not text"), False
            return
        try:
            text = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            if not warned:
                log.warning("%s: not valid UTF-8, read as cp1252", here)
                warned = True
        item, given = _jsonl_item(text, here, f"{stem}-{lineno}")
        if isinstance(item, InputError):
            bad += 1
            if bad > MAX_LINE_ERRORS:
                yield (
                    where,
                    InputError(where, f"over {MAX_LINE_ERRORS} bad lines; the rest of the file is skipped"),
                    False,
                )
                return
        else:
            good += 1
        yield here, item, given
    if good + bad == 0:
        yield where, InputError(where, "empty input"), False


def _skip_line(fh: BinaryIO) -> bool:
    """Read past the rest of an over-long line; False at the end of the stream."""
    while True:
        chunk = fh.readline(MAX_LINE_BYTES)
        if not chunk:
            return False
        if chunk.endswith(b"\n"):
            return True


def _jsonl_item(line: str, here: str, default_id: str) -> tuple[Article | InputError, bool]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(here, f"not JSON ({err.msg} at column {err.colno})"), False
    if not isinstance(data, dict):
        return InputError(here, f"not a JSON object but {type(data).__name__}"), False
    if not isinstance(data.get("text"), str):
        return InputError(here, "no 'text' string"), False
    given = data.get("id") not in (None, "")
    return _bounded(Article.from_mapping(data, default_id=default_id), here), given
