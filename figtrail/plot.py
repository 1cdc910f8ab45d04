"""A timeline drawn: value over time, one series per source, bounds as intervals.

matplotlib is imported inside plot_timeline only (it costs a second to load, and no other
command needs it), on its Agg canvas: no display, nothing downloaded, its bundled fonts.

What the picture shows, for each entry of the timeline (figtrail/timeline.py):
- a marker at its value (a range's or a vague magnitude's middle), shaped by modality:
  filled for claims (asserted ●, estimated ■), hollow for planned ▲, possible ◆, denied ✕;
- a vertical bar over its interval (`entre 10 000 et 12 000`, `des milliers` = 2 000–9 999);
  an arrow up from `au moins`/`plus de` values, down from `jusqu'à`/`moins de` values;
- a line through each source's claims in time; faded markers for superseded entries, a red
  ring around entries that disagree with another source's.
Entries with no date at all are left out of the picture (the table lists them).
"""

from __future__ import annotations

import math
import warnings
from datetime import date
from pathlib import Path
from typing import Any

from figtrail.timeline import Entry, Timeline, parse_day

FORMATS = (".svg", ".png")
# Markers by modality: claims filled, what may or will be (or is not) hollow.
MARKERS = {"asserted": "o", "estimated": "s", "planned": "^", "possible": "D", "denied": "X"}
HOLLOW = frozenset({"planned", "possible", "denied"})
# Sources that speak on the same day are spread sideways by this share of the time span.
DODGE_SHARE = 0.012
# A logarithmic value axis when the values span this many times (1 500 next to 11 000 and 3 000
# stays linear; 200 next to 200 000 does not).
LOG_SPAN = 50
# Arrows for open intervals reach this share of the axis (linear) or this factor (log).
ARROW_SHARE = 0.12
ARROW_FACTOR = 1.6
SUPERSEDED_ALPHA = 0.4
# The time axis shows at least a week: one day of statements is not drawn over hours.
MIN_SPAN_DAYS = 7
DPI = 120


def plot_timeline(timeline: Timeline, path: str | Path) -> Path:
    """Draw the timeline into path, SVG or PNG by its suffix; returns the path.

    Raises ValueError for any other suffix (before drawing anything).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f"{path}: a plot is written as .svg or .png, not {suffix or 'a file without suffix'}"
        )

    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    entries = [e for e in timeline.entries if e.date and parse_day(e.date)]
    with (
        matplotlib.rc_context({"svg.hashsalt": "figtrail", "font.family": "DejaVu Sans"}),
        warnings.catch_warnings(),
    ):
        # a name in a script the bundled font lacks (Korean, Arabic) is drawn as boxes, quietly
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        fig = Figure(figsize=(11, 5.5), dpi=DPI)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        title = ", ".join(timeline.quantities) or "timeline"
        ax.set_title(_text(title), loc="left", fontsize=11)
        legends: list[Any] = []
        if not entries:
            ax.text(0.5, 0.5, "no dated figures", ha="center", va="center", transform=ax.transAxes)
            ax.set_xticks([])
            ax.set_yticks([])
        else:
            legends = _draw(ax, timeline, entries, Line2D)
        metadata: dict[str, Any] = {"Date": None} if suffix == ".svg" else {"Software": None}
        fig.savefig(
            path, format=suffix[1:], metadata=metadata, bbox_inches="tight", bbox_extra_artists=legends
        )
    return path


def _draw(ax: Any, tl: Timeline, entries: list[Entry], Line2D: Any) -> list[Any]:
    """Draw the entries; returns the legends (outside the axes, for the saved bounding box)."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter, NullFormatter

    days = [parse_day(e.date) for e in entries]
    first, last = min(days), max(days)  # type: ignore[type-var]
    span = max(MIN_SPAN_DAYS, (last - first).days)  # type: ignore[operator]
    dodge = span * DODGE_SHARE
    finite = [v for e in entries for v in (*e.interval, e.point) if v is not None and math.isfinite(v)]
    log = bool(finite) and min(finite) > 0 and max(finite) / min(finite) >= LOG_SPAN
    if log:
        ax.set_yscale("log")
    lo_axis, hi_axis = (min(finite), max(finite)) if finite else (0.0, 1.0)
    arrow_len = (hi_axis - lo_axis or abs(hi_axis) or 1.0) * ARROW_SHARE

    keys = list(dict.fromkeys(e.source_key for e in entries))
    colors = _colors(len(keys))
    color_of = dict(zip(keys, colors, strict=True))
    # sources speaking on the same day, side by side
    on_day: dict[date, list[str]] = {}
    for e, d in zip(entries, days, strict=True):
        on_day.setdefault(d, [])  # type: ignore[arg-type]
        if e.source_key not in on_day[d]:  # type: ignore[index]
            on_day[d].append(e.source_key)  # type: ignore[index]

    def x_of(e: Entry, d: date) -> float:
        same = on_day[d]
        shift = (same.index(e.source_key) - (len(same) - 1) / 2) * dodge
        return mdates.date2num(d) + shift

    series: dict[str, list[tuple[float, float]]] = {k: [] for k in keys}
    for e, d in zip(entries, days, strict=True):
        x, color = x_of(e, d), color_of[e.source_key]  # type: ignore[arg-type]
        lo, hi = e.interval
        y = e.point
        alpha = SUPERSEDED_ALPHA if e.superseded_by else 1.0
        if math.isfinite(lo) and math.isfinite(hi) and hi > lo:
            ax.vlines(x, lo, hi, colors=[color], linewidth=2.5, alpha=0.55 * alpha)
        elif math.isfinite(lo) and not math.isfinite(hi):  # at least, more than: open upwards
            top = lo * ARROW_FACTOR if log else lo + arrow_len
            ax.annotate(
                "",
                xy=(x, top),
                xytext=(x, lo),
                arrowprops={"arrowstyle": "-|>", "color": color, "alpha": alpha, "lw": 1.5},
            )
        elif math.isfinite(hi) and not math.isfinite(lo):  # up to, at most, less than: open downwards
            bottom = hi / ARROW_FACTOR if log else hi - arrow_len
            ax.annotate(
                "",
                xy=(x, bottom),
                xytext=(x, hi),
                arrowprops={"arrowstyle": "-|>", "color": color, "alpha": alpha, "lw": 1.5},
            )
        if y is None:
            continue
        marker = MARKERS.get(e.modality, "o")
        hollow = e.modality in HOLLOW
        ax.scatter(
            [x], [y], marker=marker, s=46, zorder=3, alpha=alpha,
            facecolors="none" if hollow else color, edgecolors=color, linewidths=1.6,
        )  # fmt: skip
        if e.disagrees_with:
            ax.scatter(
                [x], [y], marker="o", s=170, zorder=2, facecolors="none", edgecolors="#d62728", linewidths=1.2
            )
        if e.is_claim:
            series[e.source_key].append((x, y))
    for key, points in series.items():
        if len(points) > 1:
            xs, ys = zip(*sorted(points), strict=True)
            ax.plot(xs, ys, color=color_of[key], linewidth=1, alpha=0.6, zorder=1)

    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    widest = max(len(keys_on_day) for keys_on_day in on_day.values())
    pad = (widest / 2 + 1) * dodge + 1.0
    start, end = mdates.date2num(first), mdates.date2num(last)
    short = max(0.0, MIN_SPAN_DAYS - (end - start)) / 2  # a single day still shows a week
    ax.set_xlim(start - pad - short, end + pad + short)
    ax.yaxis.set_major_formatter(FuncFormatter(_tick))
    ax.yaxis.set_minor_formatter(NullFormatter())
    unit = next((e.unit for e in entries if e.unit), None)
    ax.set_ylabel(_text(f"value ({unit})" if unit else "value"))
    ax.grid(True, which="major", axis="y", alpha=0.3)

    source_handles = [
        Line2D([], [], color=color_of[k], marker="o", linestyle="-", label=_text(tl.source_names.get(k, k)))
        for k in keys
    ]
    modalities = [m for m in MARKERS if any(e.modality == m for e in entries)]
    modality_handles = [
        Line2D(
            [],
            [],
            color="0.35",
            marker=MARKERS[m],
            linestyle="",
            markerfacecolor="none" if m in HOLLOW else "0.35",
            label=m,
        )
        for m in modalities
    ]
    if any(e.disagrees_with for e in entries):
        modality_handles.append(
            Line2D(
                [],
                [],
                color="#d62728",
                marker="o",
                markersize=11,
                markerfacecolor="none",
                linestyle="",
                label="disagrees",
            )
        )
    if any(e.superseded_by for e in entries):
        modality_handles.append(
            Line2D([], [], color="0.35", marker="o", alpha=SUPERSEDED_ALPHA, linestyle="", label="superseded")
        )
    first_legend = ax.legend(
        handles=source_handles,
        title="source",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        title_fontsize=9,
    )
    ax.add_artist(first_legend)
    second_legend = ax.legend(
        handles=modality_handles, loc="lower left", bbox_to_anchor=(1.01, 0.0), fontsize=8
    )
    return [first_legend, second_legend]


def _colors(n: int) -> list[Any]:
    from matplotlib import colormaps

    cmap = colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(n)]


def _tick(value: float, _pos: Any = None) -> str:
    """Axis numbers as the tables write them: 1 250 000, 0.5."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:g}"


def _text(s: str) -> str:
    """Text from articles as matplotlib should draw it: plain, never mathtext ($...$), and a
    legend label never starting with the underscore that would hide it."""
    s = " ".join(str(s).split()).replace("$", r"\$")
    return " " + s if s.startswith("_") else s
