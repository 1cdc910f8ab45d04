"""Shared fixtures: where the gold files live, and running the real `figtrail` command."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# The project's shared contract (spec, gold, scorer) sits beside the clone; CI may point elsewhere.
SHARED = Path(os.environ.get("FIGTRAIL_SHARED", REPO.parent / "shared"))
FIGTRAIL = Path(sys.executable).parent / "figtrail"


@pytest.fixture(scope="session")
def scorer():
    """The project's scorer, shared/tools/score_figures.py, imported as a module."""
    path = SHARED / "tools" / "score_figures.py"
    if not path.is_file():
        pytest.skip(f"scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("score_figures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    gold = SHARED / "gold"
    if not (gold / "seed.jsonl").is_file():
        pytest.skip(f"gold files not found in {gold} (set FIGTRAIL_SHARED)")
    return gold


@pytest.fixture(scope="session")
def seed(gold_dir: Path) -> dict[str, Any]:
    return json.loads((gold_dir / "seed.jsonl").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_articles(gold_dir: Path) -> list[dict[str, Any]]:
    lines = (gold_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def run_figtrail(
    *args: str, stdin: str | bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    """Run the installed console script, as a user would; returns text stdout/stderr."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [str(FIGTRAIL), *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, "COLUMNS": "200"},
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


@pytest.fixture(scope="session")
def figtrail():
    """The figtrail command as a function: figtrail('extract', path, stdin=...)."""
    if not FIGTRAIL.exists():
        pytest.skip(f"{FIGTRAIL} not installed (pip install -e .)")
    return run_figtrail


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is pid (Linux /proc): the extraction processes of an ingest."""
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry))
    return kids
