"""kill -9 in the middle of `figtrail ingest`: the database stays whole, keeps what was committed,
and running the same command again finishes the job without storing anything twice."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import news_files as nf
import pytest
from conftest import FIGTRAIL, child_pids

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find the extraction processes"),
]

N = 6000


def _count(db: Path) -> tuple[int, set[str]]:
    if not db.exists():
        return 0, set()
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            ids = {r[0] for r in conn.execute("SELECT id FROM articles")}
        finally:
            conn.close()
    except sqlite3.OperationalError:  # the schema is being made
        return 0, set()
    return len(ids), ids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _ingest(src: Path, db: Path, jobs: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(FIGTRAIL), "ingest", str(src), "--db", str(db), "--jobs", jobs, "--batch", "20", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _kill_when(proc: subprocess.Popen, db: Path, at_least: int) -> tuple[int, set[str]]:
    """SIGKILL the ingest once at_least articles are committed; returns what was seen committed."""
    seen: tuple[int, set[str]] = (0, set())
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        seen = _count(db)
        if seen[0] >= at_least:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed: make N bigger"
    workers = child_pids(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # the extraction processes die with their parent: no orphans left working
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if _alive(w)]
    return seen


def _check(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        total, distinct = conn.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        assert total == distinct  # no article twice
        # no article without all its figures: each batch is one transaction
        torn = conn.execute(
            "SELECT count(*) FROM articles a WHERE figure_count != (SELECT count(*) FROM figures f WHERE f.article = a.pk)"
        ).fetchone()[0]
        assert torn == 0
        return total
    finally:
        conn.close()


def test_kill_9_mid_ingest_loses_nothing_committed_and_a_rerun_finishes(tmp_path):
    src = nf.write_jsonl(tmp_path / "many.jsonl", [nf.article(i) for i in range(N)])
    db = tmp_path / "news.db"

    seen1 = _kill_when(_ingest(src, db, "2"), db, at_least=N // 5)
    after1 = _check(db)
    assert after1 >= seen1[0] and seen1[1] <= _count(db)[1]

    seen2 = _kill_when(_ingest(src, db, "1"), db, at_least=after1 + N // 5)
    after2 = _check(db)
    assert after2 >= seen2[0] > after1 and seen2[1] <= _count(db)[1]

    done = subprocess.run(
        [str(FIGTRAIL), "ingest", str(src), "--db", str(db), "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    stored = N - after2
    assert done.stdout.startswith(f"{db}: {stored:,} articles stored, {after2:,} already known, "), (
        done.stdout
    )
    assert _check(db) == N
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles WHERE version != 1").fetchone()[0] == 0
    # the two killed runs never finished; the last one did
    assert conn.execute("SELECT finished_at IS NOT NULL FROM runs ORDER BY id").fetchall() == [
        (0,),
        (0,),
        (1,),
    ]
    conn.close()


def test_ctrl_c_stops_cleanly_between_articles(tmp_path):
    src = nf.write_jsonl(tmp_path / "many.jsonl", [nf.article(i) for i in range(N)])
    db = tmp_path / "news.db"
    proc = _ingest(src, db, "2")
    deadline = time.monotonic() + 120
    while _count(db)[0] < N // 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be interrupted: make N bigger"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert (
        err.decode().strip()
        == "figtrail: interrupted: what was stored is kept; run the same command again to finish"
    )
    stored = _check(db)
    assert 0 < stored < N
    conn = sqlite3.connect(db)
    # a clean stop: the run says what it stored, and it stored what it says
    assert conn.execute("SELECT stored, finished_at IS NOT NULL FROM runs").fetchall() == [(stored, 1)]
    conn.close()
