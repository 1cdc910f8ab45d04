"""Sentences and the normalised view the other stages read.

The view has the same length as the text, so every offset found in it is an offset
into the text as written: lower-cased, NBSP / narrow NBSP / thin spaces as plain
spaces, curly apostrophes as ', and all double quotes (« » “ ” „) as ".
"""

from __future__ import annotations

import re

from figtrail.chars import CharMap
from figtrail.model import Sentence
from figtrail.packs import Pack

REPLACED = tuple(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\t": " ",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u2010": "-",
        "\u2011": "-",
    }.items()
)
_REPLACE = CharMap(dict(REPLACED))


def normalise(text: str) -> str:
    """Same-length normalised view of `text` (see module doc)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters (İ) lower-case to two: keep those as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _REPLACE(low)


# a boundary (group 1): after sentence punctuation, closing quotes and spaces, then an
# upper-case letter, a digit or an opening quote; or (group 2) a line break. The punctuation
# is matched, not looked behind at, so that the scan skips in C to the few characters that
# can open a match.
# German quotes open low and close high („…“): a sentence may start with „ and end with “
_BOUNDARY = re.compile(r"[.!?…]([\"'»”“)\]]*\s+)(?=[\"«“„‹(\[]?\s*[A-ZÀ-ÖØ-Þ0-9«\"“„])|(\n+)")
_WORD_BEFORE_REVERSED = re.compile(r"\.([\w.'-]+)")  # `([\w.'-]+)\.$`, read from the end


def split_sentences(field: str, text: str, norm: str, pack: Pack) -> list[Sentence]:
    """Sentences of one field, with paragraph numbers; abbreviations (M. Sánchez) do not end one."""
    out: list[Sentence] = []
    start = 0
    para = 0
    pending_para = 0
    for m in _BOUNDARY.finditer(text):
        group = 1 if m.start(2) < 0 else 2
        gap = m.group(group)
        end, after = m.span(group)
        end += len(gap.rstrip())  # the closing quotes after the stop end the sentence too: „… geantwortet.“
        if "\n" not in gap:
            before = norm[max(0, end - 12) : end].rstrip("\"')]»")
            wm = _WORD_BEFORE_REVERSED.match(before[::-1])
            if wm:
                word = wm.group(1)[::-1].split("'")[-1]
                if word in pack.abbreviations or (len(word) == 1 and word.isalpha()):
                    continue
                if word.isdigit() and ordinal_dot(norm, end - 1 - len(word), after, pack):
                    continue  # "am 8. Oktober", "der 2. Weltkrieg": an ordinal, not a sentence end
        _add(out, field, text, norm, start, end, para)
        if "\n" in gap:
            pending_para += 1
        para = pending_para
        start = after
    _add(out, field, text, norm, start, len(text), para)
    for i, s in enumerate(out):
        s.index = i
    return out


def ordinal_dot(norm: str, start: int, after: int, pack: Pack) -> bool:
    """A number written norm[start:] and followed by a dot is an ordinal (languages that
    write "8." for 8th): a month follows, or a word before it says so (am, vom, der)."""
    if pack.ordinal_dot_left is None:
        return False
    if pack.month_after.match(norm[after : after + 16]):
        return True
    return bool(pack.ordinal_dot_left.search(norm, max(0, start - 24), start))


def _add(out: list[Sentence], field: str, text: str, norm: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(
            Sentence(field=field, start=start, end=end, text=text[start:end], norm=norm[start:end], paragraph=para)
        )
