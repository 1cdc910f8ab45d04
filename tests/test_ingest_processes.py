"""The extraction processes of `figtrail ingest --jobs N`: a process that dies or hangs at any
moment costs the documents of the chunk it was reading and nothing else; results come back
in input order, the run goes on and ends."""

from __future__ import annotations

import os
import signal
import sys
import time

import news_files as nf
import pytest
from conftest import child_pids

import figtrail.ingest as ingest_mod
from figtrail.doc import Doc
from figtrail.model import Article
from figtrail.store import open_store
from figtrail.work import Extracted, Failed

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forked processes, prctl, SIGKILL")


def _docs(n: int, text: str = "Il y a 3 000 habitants.") -> list[Doc]:
    return [
        Doc.of_article(f"in.jsonl:{i + 1}", Article(id=f"a{i}", text=f"{text} {i}", lang="fr"), True)
        for i in range(n)
    ]


def _crash_on(docs, link=True):
    """process_chunk, but a document's text says how its process dies."""
    from figtrail.work import process_chunk

    for d in docs:
        text = d.article.text if d.article else ""
        if "segv" in text:
            import ctypes
            import faulthandler

            faulthandler.disable()  # pytest's traceback dump would only be noise here
            ctypes.string_at(0)  # a real crash in C code
        if "kill" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "exit" in text:
            os._exit(3)
        if "hang" in text:
            time.sleep(3600)
    return process_chunk(docs, link)


def _echo(docs, link=True):
    """Big answers, instantly: both directions of each pipe fill up."""
    return [Failed(d.where, d.article.text if d.article else "") for d in docs]


@pytest.fixture
def crashy(monkeypatch):
    monkeypatch.setattr(ingest_mod, "process_chunk", _crash_on)
    monkeypatch.setattr(ingest_mod, "CHUNK_DOCS", 3)


def _run(docs: list[Doc], jobs: int = 2) -> list[Extracted | Failed]:
    pool = ingest_mod._pool(jobs)
    try:
        return list(ingest_mod._parallel(pool, docs, jobs))
    finally:
        pool.terminate()
        pool.join()


def test_every_way_a_process_dies_fails_its_chunk_only_and_keeps_the_order(crashy):
    docs = _docs(60)
    # chunks of 3: 0-2, 3-5, ... ; one bad document in chunks 1, 4, 5 (two in a row), 9 and the last
    bad = {4: "segv", 13: "kill", 15: "exit", 27: "segv", 59: "kill"}
    for i, how in bad.items():
        docs[i] = Doc.of_article(docs[i].where, Article(id=f"a{i}", text=how, lang="fr"), True)
    started = time.monotonic()
    results = _run(docs)
    assert time.monotonic() - started < 60
    assert [r.where for r in results] == [d.where for d in docs]  # in input order, one each
    failed = {i for i, r in enumerate(results) if isinstance(r, Failed)}
    assert failed == {i for b in bad for i in range(b // 3 * 3, b // 3 * 3 + 3)}
    assert all(isinstance(r, Extracted) for i, r in enumerate(results) if i not in failed)
    whys = {results[i].why for i in failed}
    assert any("SIGSEGV" in w for w in whys) and any("SIGKILL" in w for w in whys)
    assert any("exit code 3" in w for w in whys)


def test_a_hung_chunk_fails_after_the_timeout_and_the_rest_is_read(crashy, monkeypatch):
    monkeypatch.setattr(ingest_mod, "CHUNK_TIMEOUT", 2)
    docs = _docs(12)
    docs[7] = Doc.of_article(docs[7].where, Article(id="a7", text="hang", lang="fr"), True)
    started = time.monotonic()
    results = _run(docs)
    assert time.monotonic() - started < 30
    assert [r.where for r in results] == [d.where for d in docs]
    assert [i for i, r in enumerate(results) if isinstance(r, Failed)] == [6, 7, 8]
    assert "did not finish in 2 s" in results[7].why


def test_a_process_killed_while_idle_loses_nothing(monkeypatch):
    # With multiprocessing.Pool this one hung for ever: an idle worker holds the task queue's
    # lock, and kill -9 never gives it back.
    pool = ingest_mod._pool(2)
    try:
        for worker in pool._slots:
            os.kill(worker.proc.pid, signal.SIGKILL)
            worker.proc.join(10)
        docs = _docs(40)
        results = list(ingest_mod._parallel(pool, docs, 2))
    finally:
        pool.terminate()
        pool.join()
    assert [r.where for r in results] == [d.where for d in docs]
    assert all(isinstance(r, Extracted) for r in results)


def test_big_chunks_and_big_answers_do_not_block_the_pipes(monkeypatch):
    monkeypatch.setattr(ingest_mod, "process_chunk", _echo)
    big = "x" * 400_000  # a chunk holds one: the pipes' buffers are far smaller
    docs = _docs(30, text=big)
    started = time.monotonic()
    results = _run(docs)
    assert time.monotonic() - started < 60
    assert [r.where for r in results] == [d.where for d in docs]
    assert all(r.why.startswith(big) for r in results)


def test_processes_die_as_they_start_is_an_error_not_a_loop(monkeypatch):
    def broken_start(self):
        worker = real_start(self)
        worker.proc.kill()
        worker.proc.join()
        return worker

    real_start = ingest_mod._Processes._start
    pool = ingest_mod._pool(2)
    monkeypatch.setattr(ingest_mod._Processes, "_start", broken_start)
    try:
        for worker in pool._slots:
            worker.proc.kill()
            worker.proc.join()
        with pytest.raises(RuntimeError, match="die as they start"):
            list(ingest_mod._parallel(pool, _docs(10), 2))
    finally:
        pool.terminate()
        pool.join()


def test_no_process_outlives_the_run(crashy, tmp_path):
    records = [nf.article(i) for i in range(20)]
    records[5]["text"] = "kill"
    src = nf.write_jsonl(tmp_path / "a.jsonl", records)
    before = set(child_pids(os.getpid()))
    summary = ingest_mod.ingest([str(src)], tmp_path / "t.db", jobs=2)
    assert summary.failed == 3 and summary.stored == 17
    assert set(child_pids(os.getpid())) <= before
    c = open_store(tmp_path / "t.db")
    assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 17
    c.close()
