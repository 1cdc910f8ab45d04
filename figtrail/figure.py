"""From numbers to figures: drop what is no figure (years, dates, ordinals, ids, ages,
durations, anaphora), then attach bound, unit and what is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from figtrail.model import Number, Sentence
from figtrail.packs import Pack
from figtrail.segment import ordinal_dot

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


@dataclass(slots=True)
class Draft:
    """A figure before attribution: offsets are into the field."""

    num: Number
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    what: str | None
    what_head: str | None
    unit_end: int  # end of number + scale + unit, for the stages that read what follows
    cue_start: int  # start of the bound cue or currency sign before the number


def judge(nums: list[Number], sent: Sentence, pack: Pack) -> list[Draft]:
    """Figures of one sentence, in order."""
    out: list[Draft] = []
    for n in nums:
        d = _draft(n, sent, pack)
        if d is not None:
            out.append(d)
    _elided(out, sent, pack)
    # an elided noun: "1,28 million de manifestants, dont 81 000 à Paris"; "de 6,1 % ... à 5 %"
    for prev, d in zip(out, out[1:], strict=False):
        if d.what is None and prev.what is not None and prev.unit == d.unit:
            d.what, d.what_head = prev.what, prev.what_head
    return out


def _draft(n: Number, sent: Sentence, pack: Pack) -> Draft | None:
    norm = sent.norm
    s, e = n.start - sent.start, n.end - sent.start
    left = norm[max(0, s - 40) : s]
    right = norm[e : e + 40]
    if not is_figure(n, norm, s, e, left, right, pack):
        return None
    unit = None
    unit_end = e
    cue_start = s
    um = pack.unit_after.match(norm, e)
    if um and not (um.group(0).strip().startswith(("de ", "d'")) and um.group(1) in ("m", "t")):
        unit = pack.units_after[um.group(1)]
        unit_end = um.end()
    bm = pack.unit_before.search(left)
    if bm:
        if unit is None:
            unit = pack.units_before[bm.group(1)]
        cue_start = s - (len(left) - bm.start())
        left = left[: bm.start()]
    if n.kind in ("vague", "base", "range"):
        bound = n.bound
    else:
        bound = "exact"
        cm = pack.bound_left.search(left)
        if cm:
            bound = cm.lastgroup or "exact"
            if bound == "up_to" and pack.change_verb_left.search(left[: cm.start()]):
                bound = "exact"  # "le bilan monte jusqu'à 211": to, not up to
            cue_start = s - (len(left) - cm.start())
    value, low, high = n.value, n.low, n.high
    if n.kind == "range" or n.kind == "vague":
        value = None
    elif bound in ("at_least", "more_than"):
        low, high = value, None
    elif bound in ("at_most", "up_to", "less_than"):
        low, high = None, value
    what, head = counted(sent, pack, e, unit_end, cue_start, unit)
    return Draft(
        n,
        n.start,
        n.end,
        value,
        low,
        high,
        bound,
        unit,
        what,
        head,
        sent.start + unit_end,
        sent.start + cue_start,
    )


def is_figure(n: Number, norm: str, s: int, e: int, left: str, right: str, pack: Pack) -> bool:
    if n.kind in ("vague", "base"):
        return True
    before = norm[s - 1] if s > 0 else " "
    before2 = norm[s - 2] if s > 1 else " "
    # glued to a name: F-16, Covid-19, G7, A320, 49.3 (the "3" of an article number)
    if before.isalpha() or (before in "-/#°" and before2.isalnum()) or (before in ".," and before2.isdigit()):
        return False
    if n.kind == "digits" and pack.ordinal_after.match(norm, e):
        return False  # 1er novembre, 2e brigade
    if n.kind == "digits" and norm.startswith(".", e) and ordinal_dot(norm, s, e + 1, pack):
        return False  # am 8. Oktober, der 2. Weltkrieg
    after = norm[e] if e < len(norm) else " "
    if after.isalpha() and not pack.unit_after.match(norm, e) and not n.scaled:
        return False  # 14h30, 3D, A320neo
    if after in "/" and e + 1 < len(norm) and norm[e + 1].isdigit():
        return False  # 5/17/2018, Lei 14.197/2021
    if pack.time_unit_after.match(right):
        return False  # ages, durations, times of day: 73 ans, trois jours, 14 h
    if pack.month_after.match(right):
        return False  # le 1er novembre, 19 décembre
    if pack.id_left.search(left):
        return False  # article 5, résolution 2231
    if n.kind == "range":
        return True
    v = n.value or 0
    four_digits = (
        n.plain_digits is not None and len(n.plain_digits) == 4 and not pack.unit_after.match(norm, e)
    )
    if four_digits and (1900 <= v <= 2100 or (1000 <= v < 1900 and pack.year_left.search(left))):
        return False  # a year
    # les deux pays, l'un des deux: small number words that point back at known things
    return not (n.kind == "words" and v <= 12 and pack.anaphora_left.search(left))


def counted(
    sent: Sentence, pack: Pack, e: int, unit_end: int, cue_start: int, unit: str | None
) -> tuple[str | None, str | None]:
    """What the number counts: the noun phrase after it (1 500 soldats des forces spéciales),
    else the one it measures before it (une baisse de 30 %, la dette publique atteignait 112 %)."""
    norm, text = sent.norm, sent.text
    pos = unit_end
    if unit == "percent":
        lm = pack.what_link.match(norm, pos)
        right = _np_right(text, norm, lm.end(), pack) if lm else (None, None)
        if right[1] and right[1].lower() not in pack.not_heads:
            return right
        return _np_left(text, norm, cue_start, pack)
    lm = pack.what_link.match(norm, pos)
    if lm:
        pos = lm.end()
        r = _np_right(text, norm, pos, pack)
        if r[1]:
            return r
    elif unit is None:  # a count: the noun follows (12 000 soldats); an amount needs "de"
        am = pack.what_aux.match(norm, pos)
        if am:
            m = _WORD.match(text, am.end())
            if m:
                return m.group(0), m.group(0)
        r = _np_right(text, norm, pos, pack)
        if r[1]:
            return r
    nm = pack.number_of.search(norm)
    if nm:
        r = _np_right(text, norm, nm.end(), pack)
        if r[1]:
            return r
    return _np_left(text, norm, cue_start, pack)


def _tokens(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, pos, end)]


def _is_adjective(w: str, pack: Pack) -> bool:
    if w in pack.adjective_not or w in pack.stopwords_what or w.endswith(pack.verb_endings):
        return False
    return w.endswith(pack.adjective_suffixes)


def _content(w: str, pack: Pack) -> bool:
    return len(w) > 1 and w[0].isalpha() and w not in pack.stopwords_what and w not in pack.number_words


def _np_right(
    text: str, norm: str, pos: int, pack: Pack, max_words: int = 7
) -> tuple[str | None, str | None]:
    """The noun phrase starting at pos: premodifiers, head, adjectives, one 'de' complement."""
    toks = _tokens(text, pos, min(len(text), pos + 70))
    words = [norm[a:b] for a, b in toks]
    n = len(words)
    i = 0
    while i < n and words[i] in pack.premodifiers:
        i += 1
    if pack.nouns_capitalised:  # "weiteren nordkoreanischen Offizieren": adjectives, then the noun
        i = _skip_lower(text, toks, words, i, pack)
    if i >= n or not _content(words[i], pack) or (pack.nouns_capitalised and text[toks[i][0]].islower()):
        if i > 0:  # "plus de 30 000 autres": the premodifier is all there is
            return text[toks[0][0] : toks[i - 1][1]], text[toks[i - 1][0] : toks[i - 1][1]]
        return None, None
    head, last = i, i
    i += 1
    complement = False
    while i < n and i - head < max_words:
        w = words[i]
        if _is_adjective(w, pack) and text[toks[i][0]].islower():
            last = i
            i += 1
            continue
        if complement:
            break
        link = _link(w, pack)
        if link is None:
            break
        j = i + 1 if link == w else i  # "d'explosifs" is one token: link and word
        if link != w:
            last, i, complement = i, i + 1, True
            continue
        while j < n and words[j] in pack.complement_determiners:
            j += 1
        if j < n and words[j] in pack.number_words and j + 1 < n and _content(words[j + 1], pack):
            j += 1  # "de quatre brigades"
        if pack.nouns_capitalised:
            j = _skip_lower(text, toks, words, j, pack)
            if j < n and text[toks[j][0]].islower():
                break
        if j < n and _content(words[j], pack):
            last, i, complement = j, j + 1, True
            continue
        break
    return text[toks[0][0] : toks[last][1]], text[toks[head][0] : toks[head][1]]


def _skip_lower(text: str, toks: list[tuple[int, int]], words: list[str], i: int, pack: Pack) -> int:
    """Past up to three lower-case content words (adjectives where nouns are capitalised)."""
    k = i
    while k < len(words) and k - i < 3 and _content(words[k], pack) and text[toks[k][0]].islower():
        k += 1
    return k


def _link(w: str, pack: Pack) -> str | None:
    """'de' / 'des' / 'du' as a word, or the elided link glued to its word (d'explosifs)."""
    if w in pack.complement_links:
        return w
    for link in pack.complement_links:
        if link.endswith("'") and w.startswith(link) and len(w) > len(link):
            return link
    return None


def _np_left(text: str, norm: str, cue_start: int, pack: Pack) -> tuple[str | None, str | None]:
    """The phrase a number measures from before it: 'une baisse de [plus de] 30 %',
    'la dette publique atteignait 112 %', 'imposés à au moins 20 %'."""
    toks = _tokens(text, max(0, cue_start - 60), cue_start)
    words = [norm[a:b] for a, b in toks]
    if pack.nouns_capitalised:
        return _np_left_capitalised(text, toks, words, pack)
    k = len(words) - 1
    seen = 0
    first_content = None
    while k >= 0 and seen < 3:
        w = words[k]
        if not w[0].isalnum():
            break  # punctuation ends the clause
        if w in pack.left_determiners and k < len(words) - 1:
            j = k + 1
            if _content(words[j], pack) and words[j] not in pack.not_heads:
                last = j
                m = j + 1
                while m < len(words):
                    if _is_adjective(words[m], pack):
                        last = m
                        m += 1
                    elif (
                        words[m] in pack.complement_links
                        and m + 1 < len(words)
                        and _content(words[m + 1], pack)
                    ):
                        last = m + 1  # "le revenu de référence"
                        m += 2
                    else:
                        break
                return text[toks[j][0] : toks[last][1]], text[toks[j][0] : toks[j][1]]
            break
        if w.endswith(pack.verb_endings) or w in pack.adjective_not:
            k -= 1
            continue  # a verb between the phrase and its number
        if w not in pack.left_skip:
            seen += 1
            if first_content is None and _content(w, pack) and w not in pack.not_heads:
                first_content = k
        k -= 1
    if first_content is not None:
        a, b = toks[first_content]
        return text[a:b], text[a:b]
    return None, None


def _np_left_capitalised(
    text: str, toks: list[tuple[int, int]], words: list[str], pack: Pack
) -> tuple[str | None, str | None]:
    """_np_left where nouns are capitalised: the nearest capitalised noun before the number
    (verbs and adverbs between are lower-case), with the noun it complements ("den
    Investitionsbedarf der Truppe auf 300") and its adjectives ("der reguläre Wehretat")."""
    k = len(words) - 1
    seen = 0
    head = None
    while k >= 0 and seen < 4:
        w = words[k]
        if not w[0].isalnum():
            break  # punctuation ends the clause
        if w not in pack.left_skip:
            seen += 1
            if _content(w, pack) and w not in pack.not_heads and text[toks[k][0]].isupper():
                head = k
                break
        k -= 1
    if head is None:
        return None, None
    end = head
    while head >= 2 and words[head - 1] in pack.complement_links and text[toks[head - 2][0]].isupper():
        head -= 2  # "Lücke im Kernhaushalt", "Investitionsbedarf der Truppe"
    start = head
    while start >= 1 and _content(words[start - 1], pack) and text[toks[start - 1][0]].islower():
        start -= 1  # "reguläre Wehretat"
    if start < head and not (start >= 1 and words[start - 1] in pack.left_determiners):
        start = head  # lower-case words not opened by a determiner are verbs, not adjectives
    return text[toks[start][0] : toks[end][1]], text[toks[head][0] : toks[head][1]]


def _elided(drafts: list[Draft], sent: Sentence, pack: Pack) -> None:
    """Scale and currency said once for several numbers: '85,4 miliardi, di cui 24,9 di
    sovvenzioni' (24,9 is 24.9 billion); 'environ 40 milliards d'euros ... une vingtaine
    de milliards' (EUR)."""
    prev = None
    for d in drafts:
        if prev is not None and d.unit is None and prev.unit not in (None, "percent"):
            if d.num.scaled and (d.value or d.low or 0) >= 1e6:
                d.unit = prev.unit
            elif (
                d.num.kind == "digits"
                and not d.num.scaled
                and prev.num.scaled
                and "." in str(d.value)
                and (d.value or 0) < 1000
                and (d.value or 0) % 1
            ):
                mult = _mult(prev, sent, pack)
                if mult > 1:
                    d.value = d.value * mult if d.value is not None else None
                    d.low = d.low * mult if d.low is not None else None
                    d.high = d.high * mult if d.high is not None else None
                    d.unit = prev.unit
        if d.unit not in (None, "percent") and d.num.scaled or d.unit not in (None, "percent"):
            prev = d


def _mult(d: Draft, sent: Sentence, pack: Pack) -> float:
    words = sent.norm[d.start - sent.start : d.end - sent.start].split()
    for w in reversed(words):
        if w in pack.scales:
            return pack.scales[w]
    return 1.0
