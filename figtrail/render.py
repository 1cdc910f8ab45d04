"""How a figure reads on screen: its value with bound and unit, its sentence cut around it."""

from __future__ import annotations

from rich.markup import escape

from figtrail.model import Figure

_BOUND_SIGN = {
    "approx": "≈ ",
    "at_least": "≥ ",
    "more_than": "> ",
    "at_most": "≤ ",
    "up_to": "≤ ",
    "less_than": "< ",
}


def format_value(fig: Figure) -> str:
    """The value as a reader says it: '≥ 1 500', '≈ 20–99', '10–12 %', '1 500 000 000 EUR'."""
    if fig.value is not None:
        body = _number(fig.value)
    elif fig.low is not None and fig.high is not None:
        body = f"{_number(fig.low)}–{_number(fig.high)}"
    elif fig.low is not None or fig.high is not None:
        body = _number(fig.low if fig.low is not None else fig.high)
    else:
        body = fig.surface
    unit = {"percent": "%"}.get(fig.unit or "", fig.unit or "")
    return f"{_BOUND_SIGN.get(fig.bound, '')}{body}{' ' + unit if unit else ''}"


def _number(x: float | int | None) -> str:
    # 15 significant digits hide float noise (0.1 + 0.2) and keep every real digit.
    return f"{x:,.15g}".replace(",", " ") if x is not None else ""


def snippet(fig: Figure, width: int = 90) -> str:
    """Rich markup: the figure's sentence cut around the number, the number in bold, text escaped."""
    sentence = " ".join((fig.sentence or fig.surface).split())
    at = sentence.find(fig.surface)
    if at < 0:
        return escape(sentence[:width] + ("…" if len(sentence) > width else ""))
    side = max(10, (width - len(fig.surface)) // 2)
    start, end = max(0, at - side), min(len(sentence), at + len(fig.surface) + side)
    before = ("…" if start else "") + sentence[start:at]
    after = sentence[at + len(fig.surface) : end] + ("…" if end < len(sentence) else "")
    return f"{escape(before)}[bold]{escape(fig.surface)}[/bold]{escape(after)}"
