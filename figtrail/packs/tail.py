"""Fast `search` for the packs' patterns anchored at the end of the text they read.

Many cues are read right before a number: `bound_left` ("au moins" in "au moins 1 500"),
`id_left`, `unit_before`... Each is a pattern ending in `$`, searched in the few dozen
characters before the number. Python's `re` has no backward search, so such a search tries
every position of the window, and at each one every alternative of a long list of cues:
microseconds a call, thousands of calls an article.

`TailPattern` answers the same `search` with a cheap test first: the pattern reversed (its
zero-width assertions dropped, so it accepts at least every text the pattern accepts) is
matched once, at the start of the reversed window. When it fails, no match can end at the
end, and the answer is None; otherwise the original pattern is searched as before. The
match returned is always the original pattern's own, so results are the same, always.
"""

from __future__ import annotations

import re
from re import _constants as _C
from re import _parser as _P


class _Unsupported(Exception):
    """A construct the reversal does not handle: that pattern is searched without the test."""


_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
}


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class(items) -> str:
    parts = []
    negate = ""
    for op, av in items:
        if op is _C.NEGATE:
            negate = "^"
        elif op is _C.LITERAL:
            parts.append(_char(av))
        elif op is _C.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unsupported(op)
    return f"[{negate}{''.join(parts)}]"


def _reversed(items) -> str:
    """A pattern for the reversed texts of a parsed sequence (a superset: assertions dropped)."""
    return "".join(_reversed_item(op, av) for op, av in reversed(list(items)))


def _reversed_item(op, av) -> str:
    if op is _C.LITERAL:
        return _char(av)
    if op is _C.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _C.ANY:
        return "."
    if op is _C.IN:
        return _class(av)
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return ""  # zero-width: dropping it can only let more texts through
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unsupported(op)
        return f"(?:{_reversed(sub.data)})"
    if op is _C.BRANCH:
        return "(?:" + "|".join(_reversed(alt.data) for alt in av[1]) + ")"
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, sub = av
        top = "" if high is _C.MAXREPEAT else str(high)
        inner = list(sub.data)
        if len(inner) == 1 and inner[0][0] in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
            body = _reversed_item(*inner[0])  # one character: a fast single-character repeat
        else:
            body = f"(?:{_reversed(inner)})"
        return f"{body}{{{low},{top}}}"
    if op is _C.ATOMIC_GROUP:
        return f"(?:{_reversed(av.data)})"
    raise _Unsupported(op)


def _end_test(pattern: re.Pattern) -> re.Pattern | None:
    """The reversed pattern, to match at the start of a reversed window; None when the pattern
    is not anchored at its end or holds what the reversal does not handle."""
    if pattern.flags & ~re.UNICODE or not isinstance(pattern.pattern, str):
        return None
    try:
        items = list(_P.parse(pattern.pattern).data)
        if not items or items[-1] != (_C.AT, _C.AT_END):
            return None
        return re.compile(_reversed(items))
    except (_Unsupported, re.error, TypeError, ValueError):
        return None


class TailPattern:
    """A compiled pattern ending in `$`, with a `search` that gives the same matches faster."""

    __slots__ = ("regex", "pattern", "_end")

    def __init__(self, pattern: str | re.Pattern):
        self.regex = re.compile(pattern)
        self.pattern = self.regex.pattern
        self._end = _end_test(self.regex)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(string) if endpos is None or endpos > len(string) else endpos
        test = self._end
        # "$" also matches before a final newline: that rare window takes the plain search
        if (
            test is not None
            and (end == 0 or string[end - 1] != "\n")
            and test.match(string[pos:end][::-1]) is None
        ):
            return None
        return self.regex.search(string, pos, end)

    def __repr__(self) -> str:
        return f"TailPattern({self.pattern!r})"
