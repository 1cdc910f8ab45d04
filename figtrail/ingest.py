"""`figtrail ingest`: read -> extract in N processes -> one writer, in batches.

    inputs --read_docs--> Doc --known?--> [extraction processes: page -> article -> figures]
           --in order--> Writer (one transaction per batch) --> SQLite

Reading, the "already stored?" check and writing run in this process; extraction (and, for
pages, trafilatura) runs in --jobs processes, fed a few documents at a time with a bounded
number of chunks in flight, so memory stays flat on inputs of any size. Results come back in
input order, so versions of one article are stored in the order they were read.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import signal
import sqlite3
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from typing import BinaryIO

from figtrail.doc import Doc, ReadStats
from figtrail.errors import InputError, StoreError
from figtrail.inputs import ReadOptions, read_docs
from figtrail.store import Outcome, Writer, open_store
from figtrail.store.links import StoreLinker
from figtrail.store.write import finish_run, start_run
from figtrail.work import Extracted, Failed, process, process_chunk

log = logging.getLogger(__name__)

CHUNK_DOCS = 32  # documents per task sent to an extraction process...
CHUNK_BYTES = 256 * 1024  # ...or fewer when they are big (pages): keeps the processes evenly fed
IN_FLIGHT_PER_JOB = 4  # chunks queued per process: enough to never starve, bounded memory
CHUNK_TIMEOUT = 600  # seconds a chunk may take: far beyond any real one (a page takes ~0.1 s)
PROGRESS_EVERY = 0.1  # seconds between progress callbacks


@dataclass(slots=True)
class Summary:
    stored: int = 0  # new articles
    versions: int = 0  # new versions of stored articles (their text changed)
    known: int = 0  # already stored as they are: skipped
    figures: int = 0  # figures stored
    failed: int = 0  # inputs, lines, records or URLs that gave no article
    warnings: int = 0  # stored, with a warning (a feed entry kept when its page failed)
    no_pack: Counter[str] = field(default_factory=Counter)  # stored without figures, by language
    read: ReadStats = field(default_factory=ReadStats)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def articles(self) -> int:
        return self.stored + self.versions


class Hooks:
    """What the command line watches: a progress bar on a terminal, nothing otherwise."""

    def start(self, summary: Summary) -> None: ...
    def update(self, summary: Summary) -> None: ...
    def stop(self, summary: Summary) -> None: ...


def ingest(
    inputs: Sequence[str],
    db: str | os.PathLike[str],
    jobs: int = 1,
    options: ReadOptions | None = None,
    batch_size: int = 500,
    hooks: Hooks | None = None,
    stdin: BinaryIO | None = None,
    link: bool = True,
) -> Summary:
    """Read, extract and store every article of inputs; returns what happened.

    Problems with inputs are logged (one line each, naming the input) and counted; a
    StoreError (the database cannot be opened or written) is raised. With `link`, each new
    article is linked to everything stored before it (sources, story, quantities).
    """
    hooks = hooks or Hooks()
    summary = Summary()
    started = time.monotonic()
    jobs = max(1, jobs or os.cpu_count() or 1)
    # The pool is forked before the database is opened and before any thread starts:
    # a child must not inherit an open SQLite connection or a lock held by another thread.
    pool = _pool(jobs) if jobs > 1 else None
    try:
        conn = open_store(db)
        run = start_run(conn, list(inputs))
    except BaseException as err:
        if pool is not None:
            pool.terminate()
        if isinstance(err, sqlite3.Error):
            raise StoreError(f"{db}: {err}") from err
        raise
    try:
        linker = StoreLinker.load(conn) if link else None
    except BaseException as err:
        if pool is not None:
            pool.terminate()
        conn.close()
        if isinstance(err, sqlite3.Error):
            raise StoreError(f"{db}: {err}") from err
        raise
    writer = Writer(conn, run, batch_size=batch_size, linker=linker)
    docs = read_docs(inputs, options, summary.read, stdin)
    hooks.start(summary)
    last = 0.0
    stop = _Stop()
    try:
        with stop:
            todo = _unknown(docs, writer, summary, stop)
            results = _parallel(pool, todo, jobs) if pool is not None else map(process, todo)
            for result in results:
                _store(result, writer, summary)
                writer.maybe_commit()
                now = time.monotonic()
                if now - last >= PROGRESS_EVERY:
                    hooks.update(summary)
                    last = now
                if stop.requested:  # between two articles: what is stored so far is whole
                    summary.interrupted = True
                    break
        writer.commit()
    except KeyboardInterrupt:  # a second Ctrl-C: stop at once, drop the open batch
        summary.interrupted = True
        writer.rollback()
    except sqlite3.Error as err:  # disk full, file removed, another program's lock held too long
        with contextlib.suppress(sqlite3.Error):
            writer.rollback()
        raise StoreError(f"{db}: {err}") from err
    except BaseException:
        writer.rollback()  # the batch in progress is redone by a re-run
        raise
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        summary.seconds = time.monotonic() - started
        hooks.stop(summary)
        with contextlib.suppress(Exception):  # the run log must not hide the real error
            finish_run(conn, run, summary.articles, summary.known, summary.figures, summary.failed)
        conn.close()
    return summary


def _unknown(
    docs: Iterable[Doc | InputError], writer: Writer, summary: Summary, stop: _Stop
) -> Iterator[Doc]:
    """The documents worth extracting: read errors reported, stored ones skipped before any work."""
    for item in docs:
        if stop.requested:  # also while only known documents go by
            summary.interrupted = True
            return
        if isinstance(item, InputError):
            log.error("%s", item)
            summary.failed += 1
            continue
        if item.page is not None:
            known = item.raw_hash is not None and writer.page_is_known(item.raw_hash)
        else:
            art = item.article
            known = art is not None and writer.is_known(
                art.id if item.id_given else None, art.url, item.content_hash or "", item.kind
            )
        if known:
            summary.known += 1
            continue
        yield item


def _store(result: Extracted | Failed, writer: Writer, summary: Summary) -> None:
    if isinstance(result, Failed):
        log.error("%s: %s", result.where, result.why)
        summary.failed += 1
        return
    for note in result.notes:
        log.warning("%s: %s", result.where, note)
        summary.warnings += 1
    outcome, _ = writer.add(
        result.article,
        result.figures,
        content_hash=result.content_hash,
        id_given=result.id_given,
        raw_hash=result.raw_hash,
        origin=result.where,
        kind=result.kind,
        status=result.status,
        evidence=result.evidence,
    )
    if outcome is Outcome.known:
        summary.known += 1
        return
    if outcome is Outcome.version:
        summary.versions += 1
    else:
        summary.stored += 1
    summary.figures += len(result.figures)
    if result.no_pack:
        log.warning("%s: %s; stored without figures", result.where, result.no_pack)
        summary.no_pack[result.article.lang or "?"] += 1


class _Stop:
    """Ctrl-C (or SIGTERM) asks for a clean stop after the article being stored; a second
    Ctrl-C stops at once. Only the main thread can install signal handlers: elsewhere, no-op."""

    def __init__(self) -> None:
        self.requested = False
        self._saved: dict[int, object] = {}

    def _handle(self, signum: int, frame: object) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._saved[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._saved.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]
        self._saved.clear()


# --- extraction processes -----------------------------------------------------------------------


def _pool(jobs: int) -> Pool:
    # fork: the children start at once with figtrail (and trafilatura) already imported and
    # every language pack compiled, once here instead of once in each child.
    methods = mp.get_all_start_methods()
    if "fork" in methods:
        _warm()
    ctx = mp.get_context("fork" if "fork" in methods else None)
    return ctx.Pool(jobs, initializer=_worker_init, initargs=(os.getpid(),))


def _warm() -> None:
    import figtrail.pages  # noqa: F401 (trafilatura, lxml: a third of a second per process)
    from figtrail.packs import AVAILABLE, get_pack

    for code in AVAILABLE:
        get_pack(code)


def _worker_init(parent: int) -> None:
    # Ctrl-C is the main process's to handle: it commits, then ends the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """On Linux, a worker is killed with its parent (kill -9 of figtrail leaves no orphans)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: orphans exit when their queue closes
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _chunks(docs: Iterable[Doc]) -> Iterator[list[Doc]]:
    chunk: list[Doc] = []
    size = 0
    for doc in docs:
        chunk.append(doc)
        size += doc.size()
        if len(chunk) >= CHUNK_DOCS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _parallel(pool: Pool, docs: Iterable[Doc], jobs: int) -> Iterator[Extracted | Failed]:
    """Results in input order, with at most jobs * IN_FLIGHT_PER_JOB chunks sent ahead.

    (Pool.imap would read the whole input ahead of the workers: a crawl would sit in memory.)
    """
    pending: deque = deque()
    window = jobs * IN_FLIGHT_PER_JOB
    for chunk in _chunks(docs):
        pending.append(([d.where for d in chunk], pool.apply_async(process_chunk, (chunk,))))
        while len(pending) >= window or (pending and pending[0][1].ready()):
            yield from _results(*pending.popleft())
    while pending:
        yield from _results(*pending.popleft())


def _results(wheres: list[str], result: AsyncResult) -> list[Extracted | Failed]:
    """A chunk's results; if its process died (a crash in a C library) or hung, a Failed for each
    document, so the run goes on. (A pool replaces a dead process but never returns its task.)"""
    try:
        return result.get(timeout=CHUNK_TIMEOUT)
    except mp.TimeoutError:
        why = f"extraction did not finish in {CHUNK_TIMEOUT} s (its process crashed or hung)"
        return [Failed(where, why) for where in wheres]


__all__ = ["Hooks", "ReadOptions", "Summary", "ingest"]
