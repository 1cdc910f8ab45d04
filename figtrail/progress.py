"""The progress bar of `figtrail ingest` on a terminal (rich): bytes read, articles, rate.

While the bar is shown, figtrail's own log lines are sent through rich's stderr proxy so
that each error line prints above the bar instead of tearing it.
"""

from __future__ import annotations

import logging
import sys
import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from figtrail.ingest import Hooks, Summary


class ProgressBar(Hooks):
    def __init__(self) -> None:
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("ingesting"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self.task = self.progress.add_task("ingest", total=None, counts="")
        self._streams: list[tuple[logging.StreamHandler, object]] = []
        self._t0 = time.monotonic()

    def start(self, summary: Summary) -> None:
        self._t0 = time.monotonic()
        self.progress.start()
        for handler in logging.getLogger("figtrail").handlers:
            if isinstance(handler, logging.StreamHandler) and getattr(handler, "_figtrail_cli", False):
                self._streams.append((handler, handler.setStream(sys.stderr)))  # rich's proxy now
        self.update(summary)

    def update(self, summary: Summary) -> None:
        read = summary.read
        elapsed = time.monotonic() - self._t0
        rate = summary.articles / elapsed if elapsed > 1 else 0.0
        counts = f"{summary.articles:,} stored · {summary.known:,} known · {summary.failed:,} failed · {summary.figures:,} figures"
        if rate:
            counts += f" · {rate:,.0f}/s"
        total = read.bytes_total or None
        self.progress.update(
            self.task, total=total, completed=min(read.bytes_done, total or 0), counts=counts
        )

    def stop(self, summary: Summary) -> None:
        self.progress.stop()
        for handler, stream in self._streams:
            handler.setStream(stream)  # type: ignore[arg-type]
        self._streams.clear()
