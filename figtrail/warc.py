"""WARC files (.warc, .warc.gz) -> pages: the HTML responses of a crawl, the rest skipped and counted.

warcio parses the records. It is lenient: it warns on stderr and goes on past a record
whose length is wrong, and it stops without a word on a truncated gzip member. figtrail must
name every broken record instead, so each record is checked here: its block is as long as its
Content-Length says, it ends where the next record begins, and the last one ends at the end of
the file. A broken record gives one error naming PATH@OFFSET (the byte where the record starts,
which `warcio extract PATH OFFSET` takes); the records before it are kept, and reading goes on
from the next record start after it (the next gzip member, or the next WARC/1.x line).
"""

from __future__ import annotations

import contextlib
import io
import os
import zlib
from collections.abc import Generator, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from figtrail.doc import Doc, ReadStats
from figtrail.errors import InputError
from figtrail.read import MAX_INPUT_BYTES, size_limit

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PAGE_RECORDS = frozenset({"response", "resource"})  # resource: a page stored without HTTP headers


def warc_docs(path: str, stats: ReadStats, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Doc | InputError]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed in the finally below, across yields)
    except FileNotFoundError:
        yield InputError(path, "no such file")
        return
    except OSError as err:
        yield InputError(path, f"cannot read: {err.strerror or err}")
        return
    base = stats.bytes_done
    try:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            yield InputError(path, "empty input")
            return
        yield from _records(fh, path, size, stats, base, max_bytes)
    finally:
        fh.close()
        stats.bytes_done = base + size if "size" in locals() else base


def _records(
    fh: io.BufferedReader, path: str, size: int, stats: ReadStats, base: int, max_bytes: int
) -> Iterator[Doc | InputError]:
    """Every record from the start; after a broken one, again from the next record start found."""
    gz = fh.read(2) == b"\x1f\x8b"
    start: int | None = 0
    while start is not None:
        fh.seek(start)
        start = yield from _segment(fh, path, size, stats, base, max_bytes, gz)


def _segment(
    fh: io.BufferedReader, path: str, size: int, stats: ReadStats, base: int, max_bytes: int, gz: bool
) -> Generator[Doc | InputError, None, int | None]:
    """Records from the file's position on; returns where to go on after a broken record, or None."""
    sink = io.StringIO()  # warcio's own warnings: each is turned into an error below
    first = fh.tell()
    it = ArchiveIterator(fh)
    records = iter(it)
    end = offset_of_last = first  # where the last whole record started and ended
    while True:
        offset = it.offset
        here = f"{path}@{offset}"
        why = None
        try:
            with contextlib.redirect_stderr(sink):
                record = next(records, None)
            if record is None:
                break
            if not record.rec_type:
                why = "malformed WARC record: no WARC-Type (truncated file?)"
            else:
                doc, why = _page(record, here, max_bytes)
                errors = it.err_count
                with contextlib.redirect_stderr(sink):
                    length = it.get_record_length()  # reads to the record's end and the blank lines after
                declared = (record.rec_headers.get_header("Content-Length") or "").strip()
                if not declared.isdigit():  # cut inside its headers
                    why = "truncated or malformed WARC record: no Content-Length"
                elif getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside the record
                    why = "truncated WARC record: shorter than its Content-Length"
                elif it.err_count > errors:
                    why = "malformed WARC record: its Content-Length does not match the data"
        except (ArchiveLoadFailed, EOFError, ValueError, OSError, zlib.error) as err:
            why = f"malformed WARC record: {_short(err)}"
        except Exception as err:  # warcio trips on some cuts (a header line with no value)
            why = f"malformed WARC record ({type(err).__name__}: {_short(err)})"
        stats.bytes_done = base + min(fh.tell(), size)
        if why:
            yield InputError(here, why)
            # The records after a broken one are still worth having: go on from the next start.
            return _next_record_start(fh, offset + 1, gz)
        if doc is None:
            stats.warc_skipped += 1
        else:
            yield doc
        offset_of_last, end = offset, offset + length
    if end == 0 and offset == 0:
        yield InputError(path, "not a WARC file (no record in it)")
        return None
    rest = _tail(fh, end, size)
    if rest:
        yield InputError(
            f"{path}@{end}", f"truncated or malformed WARC data ({rest:,} bytes after the last whole record)"
        )
    elif gz and end > first and not _member_complete(fh, offset_of_last, size):
        yield InputError(f"{path}@{offset_of_last}", "truncated WARC record: its gzip member ends early")
    return None


def _next_record_start(fh: io.BufferedReader, after: int, gz: bool) -> int | None:
    """Where the next record seems to start after a broken one: a gzip member (each record of a
    .warc.gz is one), or a WARC/1.x version line. None at the end of the file."""
    marker = b"\x1f\x8b\x08" if gz else b"\nWARC/1."
    fh.seek(after)
    pos = after
    tail = b""
    while chunk := fh.read(1 << 20):
        data = tail + chunk
        at = data.find(marker)
        if at >= 0:
            found = pos - len(tail) + at
            return found if gz else found + 1
        tail = data[-(len(marker) - 1) :]
        pos += len(chunk)
    return None


def _page(record, here: str, max_bytes: int) -> tuple[Doc | None, str | None]:
    """(the page, None) for an HTML response; (None, None) for a record to skip; (None, why) if broken."""
    if record.rec_type not in PAGE_RECORDS:
        return None, None
    if record.rec_type == "response":
        if record.http_headers is None:
            return None, None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None, None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if ctype.split(";")[0].strip().lower() not in HTML_TYPES:
        return None, None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return None, f"page over the {size_limit(max_bytes)} limit"
    while record.raw_stream.read(65536):  # what a content decoder left unread
        pass
    url = record.rec_headers.get_header("WARC-Target-URI")
    return Doc.of_page(here, body, url=url.strip("<>") if url else None), None


def _member_complete(fh: io.BufferedReader, start: int, size: int) -> bool:
    """The last gzip member reaches its end-of-stream marker (warcio does not check: a file cut
    in a member's last bytes would otherwise pass for whole)."""
    if size - start > 64 * 2**20:  # not worth reading a huge record again: trust it
        return True
    fh.seek(start)
    unzip = zlib.decompressobj(wbits=31)
    try:
        unzip.decompress(fh.read(size - start))
    except zlib.error:
        return False
    return unzip.eof


def _tail(fh: io.BufferedReader, end: int, size: int) -> int:
    """Bytes after the last whole record that are not blank (0 when the file ends cleanly)."""
    if end >= size:
        return 0
    fh.seek(end)
    rest = fh.read(4096)
    if size - end > 4096 or rest.strip(b"\r\n"):
        return size - end
    return 0


def _short(err: BaseException) -> str:
    msg = " ".join(str(err).split())
    return msg[:120] + ("…" if len(msg) > 120 else "")
