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
Where the cues can be spelt out (literals, small classes, optional parts), the test is a trie
of the reversed texts (first dozen characters) they may end with; the few that cannot (an open
"\\w*": "dépass\\w*") are tried after the trie, each reversed as it is.

The same reading of a parsed pattern gives the lookahead `packs.scan` puts before a pattern
searched along sentences: the first characters any match starts with (first_texts,
first_class). `trie` writes a list of literals as one pattern.
"""

from __future__ import annotations

import re
from re import _constants as _C
from re import _parser as _P


def trie(words) -> str:
    """A regex matching any of `words` (literals), as a character trie: one branch a
    letter, so a scan rejects most positions at the first character. Prefers the longest."""
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"  # no words: a pattern that never matches
    return _trie_node(root) or "(?!)"


def _trie_node(node: dict) -> str | None:
    if "" in node and len(node) == 1:
        return None
    alts, chars = [], []
    for ch in sorted(k for k in node if k):
        sub = _trie_node(node[ch])
        if sub is None:
            chars.append(re.escape(ch))
        else:
            alts.append(re.escape(ch) + sub)
    if chars:
        alts.append(chars[0] if len(chars) == 1 else "[" + "".join(chars) + "]")
    out = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        out = f"(?:{out})?"
    return out


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


def _reversed(items, top: bool = False) -> str:
    """A pattern for the reversed texts of a parsed sequence (a superset: assertions dropped).

    At the top, a long list of cues and what follows it is written, when it can be, as the
    texts it may start with (cut at _TEXT_CHARS characters): a trie, which rejects a window
    at its first letters, where the alternatives would each be tried in turn. A text cut short
    accepts more than the pattern, and the test ends there: a superset still."""
    seq = list(items)[::-1]
    out = []
    for j, (op, av) in enumerate(seq):
        if top and op is _C.BRANCH and len(av[1]) > 3:
            texts = _texts(seq[j:][::-1], _TEXT_CHARS, forward=False)
            if texts and all(texts):
                return "".join(out) + f"(?:{trie(texts)})"
            return "".join(out) + _spelt_branch(_cues(op, av), seq[j + 1 :][::-1])
        out.append(_reversed_item(op, av))
    return "".join(out)


def _cues(op, av) -> list[list]:
    """The alternatives of a branch as sequences, those of the groups it holds (one named
    group a bound) read as alternatives of their own."""
    alts = []
    for alt in av[1]:
        data = list(alt.data)
        if len(data) == 1 and data[0][0] is _C.SUBPATTERN and not data[0][1][1] and not data[0][1][2]:
            inner = list(data[0][1][3].data)
            if len(inner) == 1 and inner[0][0] is _C.BRANCH:
                alts += _cues(*inner[0])
                continue
        alts.append(data)
    return alts


def _spelt_branch(alts: list[list], before: list) -> str:
    """The reversed test of a long list of cues, each read with `before` (the items ahead of
    the list): the cues that can be spelt out as one trie, the few that cannot ("dépass\\w*")
    each reversed as they are. A cue that "\\w*" ends would otherwise leave the whole list to be
    tried one cue at a time. Each part accepts at least what its cues accept: a superset."""
    texts: dict[str, bool] = {}
    rest = []
    for alt in alts:
        got = _texts(before + alt, _TEXT_CHARS, forward=False)
        if got and all(got):
            for t, w in got.items():
                _keep(texts, t, w)
        else:
            rest.append(_reversed(before + alt))
    parts = ([trie(texts)] if texts else []) + rest
    return "(?:" + "|".join(parts) + ")"


_TEXT_CHARS = 12  # enough to tell most cues apart
_TEXT_COUNT = 4000  # more texts than this: the alternatives stay as they are


def _keep(texts: dict[str, bool], text: str, whole: bool) -> None:
    texts[text] = texts.get(text, True) and whole  # cut short once is cut short


def _texts(items, limit: int, forward: bool) -> dict[str, bool] | None:
    """The texts a match of the parsed sequence `items` may start with, read forward or
    reversed, cut at `limit` characters: text -> whole (False: cut short, anything may follow
    it). None when there are more than _TEXT_COUNT. What cannot be spelt out (a class of
    many characters, "\\w", an open repeat) cuts the texts short there."""
    cur: dict[str, bool] = {"": True}
    for op, av in items if forward else reversed(list(items)):
        if not any(cur.values()):
            break
        got = _item_texts(op, av, limit, forward)
        nxt: dict[str, bool] = {}
        for text, whole in cur.items():
            if not whole or got is None:
                _keep(nxt, text, False)
                continue
            for piece, piece_whole in got.items():
                t = text + piece
                _keep(nxt, t[:limit], piece_whole and len(t) < limit)
        if len(nxt) > _TEXT_COUNT:
            return None
        cur = nxt
        if got is None:
            break
    return cur


def _item_texts(op, av, limit: int, forward: bool) -> dict[str, bool] | None:
    """_texts of one item; None for what cannot be spelt out."""
    if op is _C.LITERAL:
        return {chr(av): True}
    if op is _C.IN:
        chars: list[str] = []
        for o, a in av:
            if o is _C.LITERAL:
                chars.append(chr(a))
            elif o is _C.RANGE and a[1] - a[0] < 16:
                chars += [chr(c) for c in range(a[0], a[1] + 1)]
            else:
                return None  # a category, a negated class
        return dict.fromkeys(chars, True) if len(chars) <= 16 else None
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {"": True}  # zero-width, or dropped from the reversed pattern: no text
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _texts(sub.data, limit, forward)
    if op is _C.BRANCH:
        out: dict[str, bool] = {}
        for alt in av[1]:
            got = _texts(alt.data, limit, forward)
            if got is None:
                return None
            for t, w in got.items():
                _keep(out, t, w)
        return out
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, sub = av
        once = _texts(sub.data, limit, forward)
        if once is None or "" in once or low > limit:
            return None
        top = limit if high is _C.MAXREPEAT or high > limit else high  # each copy adds a character
        out = {}
        layer = {"": True}
        for k in range(top + 1):
            if k >= low:
                for t, w in layer.items():
                    _keep(out, t, w and (k < top or k == high))
            nxt: dict[str, bool] = {}
            for a, wa in layer.items():
                for b, wb in once.items() if wa else ():
                    _keep(nxt, (a + b)[:limit], wb and len(a + b) < limit)
                if not wa:
                    _keep(nxt, a, False)
            if len(nxt) > _TEXT_COUNT:
                return None
            layer = nxt
        return out
    return None


def first_texts(pattern: str, limit: int = 2) -> list[str] | None:
    """The texts (up to `limit` characters) a match of `pattern` may start with, or None when
    they cannot all be spelt out: any match starts with one of them."""
    try:
        parsed = _P.parse(pattern)
        if parsed.state.flags & ~_C.SRE_FLAG_UNICODE:
            return None
        texts = _texts(parsed.data, limit, forward=True)
    except (re.error, TypeError, ValueError):
        return None
    if not texts or "" in texts:
        return None
    return list(texts)


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
        alts = [_reversed(alt.data) for alt in av[1]]
        # a long list of cues: one look at the first character rejects most windows before
        # the alternatives are tried one by one (the test only needs to accept a superset)
        first = first_class("|".join(alts)) if len(alts) > 3 else None
        return f"(?={first})(?:" + "|".join(alts) + ")" if first else "(?:" + "|".join(alts) + ")"
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


def _first_seq(items) -> tuple[list[str], bool]:
    """The class parts that may open a match of a parsed sequence, and whether it may be empty."""
    out: list[str] = []
    for op, av in items:
        parts, empty = _first_item(op, av)
        out += parts
        if not empty:
            return out, False
    return out, True


def _first_item(op, av) -> tuple[list[str], bool]:
    if op is _C.LITERAL:
        return [_char(av)], False
    if op is _C.IN:
        if av and av[0][0] is _C.NEGATE:
            raise _Unsupported(op)
        return [_class(av)[1:-1]], False
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return [], True  # zero-width: the next item opens the match
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unsupported(op)
        return _first_seq(sub.data)
    if op is _C.ATOMIC_GROUP:
        return _first_seq(av.data)
    if op is _C.BRANCH:
        out: list[str] = []
        empty = False
        for alt in av[1]:
            parts, e = _first_seq(alt.data)
            out += parts
            empty = empty or e
        return out, empty
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        parts, empty = _first_seq(sub.data)
        return parts, empty or low == 0
    raise _Unsupported(op)  # any character, a negated one, a back reference: no class


def first_class(pattern: str) -> str | None:
    """A character class ("[ab\\d]") holding the first character of every match of `pattern`,
    None when some match may be empty or the class cannot be told (".", "[^x]", flags).
    A pattern that starts with it as a lookahead matches exactly the same texts."""
    try:
        parsed = _P.parse(pattern)
        if parsed.state.flags & ~_C.SRE_FLAG_UNICODE:
            return None  # (?i) and the like: the class would be wrong
        parts, empty = _first_seq(parsed.data)
    except (_Unsupported, re.error, TypeError, ValueError):
        return None
    if empty or not parts:
        return None
    return "[" + "".join(dict.fromkeys(parts)) + "]"


def _end_test(pattern: re.Pattern) -> re.Pattern | None:
    """The reversed pattern, to match at the start of a reversed window; None when the pattern
    is not anchored at its end or holds what the reversal does not handle."""
    if pattern.flags & ~re.UNICODE or not isinstance(pattern.pattern, str):
        return None
    try:
        items = list(_P.parse(pattern.pattern).data)
        if not items or items[-1] != (_C.AT, _C.AT_END):
            return None
        return re.compile(_reversed(items, top=True))
    except (_Unsupported, re.error, TypeError, ValueError):
        return None


def _led(pattern: re.Pattern) -> re.Pattern:
    """The pattern behind a lookahead on the texts (three characters) its matches start with,
    for the forward search that finds the match once the end test has passed: a window's
    positions are turned away at their first characters, where the pattern would try each of
    its alternatives. The same matches; the pattern itself when its texts cannot be told."""
    if pattern.flags & ~re.UNICODE or not isinstance(pattern.pattern, str):
        return pattern
    texts = first_texts(pattern.pattern, 3)
    return re.compile(f"(?={trie(texts)}){pattern.pattern}") if texts else pattern


class TailPattern:
    """A compiled pattern ending in `$`, with a `search` that gives the same matches faster."""

    __slots__ = ("regex", "pattern", "_end", "_find")

    def __init__(self, pattern: str | re.Pattern):
        self.regex = re.compile(pattern)
        self.pattern = self.regex.pattern
        self._end = _end_test(self.regex)
        self._find = _led(self.regex)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        test = self._end
        if endpos is None and not pos and test is not None:  # the common call: a whole window
            # "$" also matches before a final newline: that rare window takes the plain search
            if not string.endswith("\n") and test.match(string[::-1]) is None:
                return None
            return self._find.search(string)
        end = len(string) if endpos is None or endpos > len(string) else endpos
        if (
            test is not None
            and (end == 0 or string[end - 1] != "\n")
            and test.match(string[pos:end][::-1]) is None
        ):
            return None
        return self._find.search(string, pos, end)

    def __repr__(self) -> str:
        return f"TailPattern({self.pattern!r})"
