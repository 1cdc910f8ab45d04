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
import pickle
import queue
import signal
import sqlite3
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as mp_wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
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
    pool = _pool(jobs, link) if jobs > 1 else None
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
            results = (
                _parallel(pool, todo, jobs) if pool is not None else (process(doc, link) for doc in todo)
            )
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
    unlinked = writer.unlinked
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
    summary.warnings += writer.unlinked - unlinked
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


def _pool(jobs: int, link: bool = True) -> _Processes:
    # fork: the children start at once with figtrail (and trafilatura) already imported and
    # every language pack compiled, once here instead of once in each child.
    methods = mp.get_all_start_methods()
    if "fork" in methods:
        _warm(link)
    ctx = mp.get_context("fork" if "fork" in methods else None)
    return _Processes(ctx, jobs, link)


def _warm(link: bool = True) -> None:
    """What every extraction process would load on its own, loaded once before they are forked:
    trafilatura, the language packs, dateparser's languages and, when linking, the lemmatiser's
    dictionaries and the concept table's lemmas (about a second and a half a process)."""
    import figtrail.pages  # noqa: F401 (trafilatura, lxml: a third of a second per process)
    from figtrail.dates import warm as warm_dates
    from figtrail.packs import AVAILABLE, get_pack

    for code in AVAILABLE:
        get_pack(code)
        warm_dates(code)
    if link:
        from figtrail.link import quantities

        for code in AVAILABLE:
            quantities.tables().lemma_index(code)
            quantities.concept_of("x", code)  # the lemmatiser's dictionaries, every language


def _worker_init(parent: int) -> None:
    # Ctrl-C is the main process's to handle: it commits, then ends the processes. A process
    # started again mid-run inherits the main process's Ctrl-C and SIGTERM handlers: reset both.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """On Linux, a worker is killed with its parent (kill -9 of figtrail leaves no orphans).

    (The signal comes when the *thread* that forked the worker ends: workers are only ever
    forked by the thread that runs the ingest, never by a helper thread.)"""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: orphans exit when their pipe closes
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


def _parallel(pool: _Processes, docs: Iterable[Doc], jobs: int) -> Iterator[Extracted | Failed]:
    """Results in input order, with at most jobs * IN_FLIGHT_PER_JOB chunks read ahead.

    (Pool.imap would read the whole input ahead of the workers: a crawl would sit in memory.)
    """
    return pool.run(_chunks(docs), window=jobs * IN_FLIGHT_PER_JOB)


def _results(chunk: Sequence[Doc], out: object) -> list[Extracted | Failed]:
    """What a process answered for a chunk: its results, or (a str) why there are none."""
    if isinstance(out, list) and len(out) == len(chunk):
        return out
    why = out if isinstance(out, str) else f"internal error (a chunk of {len(chunk)} gave {out!r:.80})"
    return [Failed(doc.where, why) for doc in chunk]


QUEUED_PER_PROCESS = 2  # chunks sent to a process at once: the one it reads, the next one


class _Worker:
    __slots__ = ("conn", "proc", "sent", "since")

    def __init__(self, proc: BaseProcess, conn: Connection) -> None:
        self.proc = proc
        self.conn = conn
        self.sent: deque[int] = deque()  # chunks sent and not answered, in order: [0] is being read
        self.since = 0.0  # when it started on sent[0]


class _Processes:
    """jobs extraction processes, each fed through its own pipe.

    No queue, lock or thread is shared: a process that dies at any moment (a crash in a C
    library, os._exit, kill -9, the OOM killer) takes nothing down with it. The main process
    sees it go (its pipe closes, its sentinel fires), knows which chunk it was reading (the
    first one it had not answered): that chunk's documents fail, with one message each, the
    chunks queued behind it go to the other processes, and a new process takes its place.
    A chunk still running after CHUNK_TIMEOUT seconds is handled the same way, its process
    killed. multiprocessing.Pool does neither: it never returns a dead process's task, and a
    worker killed while it holds the task queue's lock (an idle worker always does) blocks
    every other worker and Pool.terminate for ever.
    """

    def __init__(self, ctx: BaseContext, jobs: int, link: bool = True) -> None:
        self._ctx = ctx
        self._link = link  # whether the processes gather linking evidence too
        self._fork = ctx.get_start_method() == "fork"
        self._parent = os.getpid()
        self._stillborn = 0  # processes dead before they took a chunk, since the last answer
        self._slots: list[_Worker | None] = [None] * jobs
        for i in range(jobs):
            self._slots[i] = self._start()

    def _start(self) -> _Worker:
        ours, theirs = self._ctx.Pipe()
        # a forked child holds a copy of every pipe end of the main process: it closes them
        # (a process must see the end of its pipe when the main process goes)
        others = [w.conn for w in self._slots if w is not None] + [ours] if self._fork else []
        proc = self._ctx.Process(
            target=_work, args=(theirs, self._parent, others, self._link), name="figtrail-extract", daemon=True
        )
        proc.start()
        theirs.close()
        return _Worker(proc, ours)

    def run(self, chunks: Iterator[list[Doc]], window: int) -> Iterator[Extracted | Failed]:
        todo: deque[int] = deque()  # chunks to send, in order
        docs: dict[int, list[Doc]] = {}  # chunks read and not answered
        done: dict[int, list[Extracted | Failed]] = {}  # answered, not yet handed on
        read = out = 0
        more = True
        while True:
            while more and read - out < window:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                    break
                docs[read] = chunk
                todo.append(read)
                read += 1
            if todo:
                self._send(todo, docs, done)
            if out in done:
                yield from done.pop(out)
                out += 1
            elif out == read and not more:
                return
            else:
                self._receive(todo, docs, done)

    def _send(self, todo: deque[int], docs: dict[int, list[Doc]], done: dict) -> None:
        while todo:
            i = min(range(len(self._slots)), key=self._load)  # the least busy
            if self._load(i) >= QUEUED_PER_PROCESS:
                return
            worker = self._slots[i]
            if worker is None:  # (re)started here, when there is work for it
                worker = self._slots[i] = self._start()
            n = todo.popleft()
            try:
                worker.conn.send_bytes(pickle.dumps((n, docs[n]), pickle.HIGHEST_PROTOCOL))
            except OSError:  # it died before it could take this chunk: not the chunk's fault
                todo.appendleft(n)
                fresh = not worker.sent
                self._lost(i, todo, docs, done)
                self._stillborn += fresh
                if self._stillborn > 10:
                    status = _exit_status(worker.proc.exitcode)
                    raise RuntimeError(f"extraction processes die as they start ({status})") from None
                continue
            if not worker.sent:
                worker.since = time.monotonic()
            worker.sent.append(n)

    def _load(self, i: int) -> int:
        worker = self._slots[i]
        return 0 if worker is None else len(worker.sent)

    def _receive(self, todo: deque[int], docs: dict[int, list[Doc]], done: dict) -> None:
        """Wait for an answer (or a death, or a chunk over its time) and take it."""
        busy = {i: w for i, w in enumerate(self._slots) if w is not None and w.sent}
        if not busy:  # (cannot happen: _send left work with every process or none to do)
            return
        timeout = CHUNK_TIMEOUT
        deadline = min(w.since for w in busy.values()) + timeout
        waits: dict[object, int] = {}
        for i, w in busy.items():
            waits[w.conn] = waits[w.proc.sentinel] = i
        ready = mp_wait(list(waits), max(0.0, deadline - time.monotonic()))
        for i in dict.fromkeys(waits[r] for r in ready):
            worker = busy[i]
            try:
                while worker.sent and worker.conn.poll():
                    self._take(worker, worker.conn.recv_bytes(), docs, done)
            except (EOFError, OSError):
                self._lost(i, todo, docs, done)
                continue
            if worker.proc.sentinel in ready:
                self._lost(i, todo, docs, done)
        now = time.monotonic()
        for i, w in busy.items():
            if self._slots[i] is w and w.sent and now - w.since >= timeout:
                w.proc.kill()
                why = f"extraction did not finish in {timeout} s (its process hung; killed)"
                self._lost(i, todo, docs, done, why)

    def _take(self, worker: _Worker, data: bytes, docs: dict[int, list[Doc]], done: dict) -> None:
        n = worker.sent.popleft()
        worker.since = time.monotonic()
        self._stillborn = 0
        try:
            m, out = pickle.loads(data)
        except Exception as err:  # a result that cannot be read fails its chunk
            m, out = n, f"internal error (unreadable result: {type(err).__name__}: {err})"
        if m != n:
            out = f"internal error (chunk {m} answered for chunk {n})"
        done[n] = _results(docs.pop(n), out)

    def _lost(
        self, i: int, todo: deque[int], docs: dict[int, list[Doc]], done: dict, why: str | None = None
    ) -> None:
        """Process i is gone: what it answered is kept, the chunk it was reading fails, the
        chunks queued behind it are sent again; a new process is started when there is work."""
        worker = self._slots[i]
        assert worker is not None
        self._slots[i] = None
        with contextlib.suppress(EOFError, OSError):  # answers sent before it died
            while worker.sent and worker.conn.poll():
                self._take(worker, worker.conn.recv_bytes(), docs, done)
        worker.conn.close()
        worker.proc.join(1)
        if worker.proc.exitcode is None:
            worker.proc.kill()
            worker.proc.join()
        if not worker.sent:
            return
        if why is None:
            status = _exit_status(worker.proc.exitcode)
            why = f"its extraction process crashed ({status}) on this document or one sent with it"
        n = worker.sent.popleft()
        done[n] = [Failed(doc.where, why) for doc in docs.pop(n)]
        again = sorted([*worker.sent, *todo])
        todo.clear()
        todo.extend(again)

    def terminate(self) -> None:
        """Kill every process (they hold nothing worth saving) and wait for them."""
        for worker in self._slots:
            if worker is not None:
                with contextlib.suppress(OSError):
                    worker.proc.kill()
                worker.conn.close()
        self.join()

    def join(self) -> None:
        for i, worker in enumerate(self._slots):
            if worker is not None:
                worker.proc.join()
                worker.proc.close()
                self._slots[i] = None


def _exit_status(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _work(conn: Connection, parent: int, others: list[Connection], link: bool = True) -> None:
    """An extraction process: reads chunks, answers each with its results, in order."""
    for other in others:
        other.close()
    _worker_init(parent)
    chunks: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    # a thread takes the next chunk in while this one is read: the main process never waits on
    # a full pipe while this process waits to send its answer (a deadlock with big chunks)
    threading.Thread(target=_take_in, args=(conn, chunks), daemon=True).start()
    while (data := chunks.get()) is not None:
        n, docs = pickle.loads(data)
        try:
            answer = pickle.dumps((n, process_chunk(docs, link)), pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # process() catches per document: this is a bug
            answer = pickle.dumps((n, f"internal error ({type(err).__name__}: {err})"))
        try:
            conn.send_bytes(answer)
        except OSError:  # the main process is gone
            return


def _take_in(conn: Connection, chunks: queue.SimpleQueue[bytes | None]) -> None:
    while True:
        try:
            chunks.put(conn.recv_bytes())
        except (EOFError, OSError):  # the main process closed the pipe (or is gone)
            chunks.put(None)
            return


__all__ = ["Hooks", "ReadOptions", "Summary", "ingest"]
