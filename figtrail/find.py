"""Find the numeric expressions of a sentence: digits (+ scale), number words, vague
magnitudes (des dizaines), approximate bases (une dizaine) and ranges (entre X et Y).

The hot path: most sentences hold no number, so a sentence is scanned for a digit
and for the pack's number vocabulary first, and parsed only where one is found.
"""

from __future__ import annotations

import re
import unicodedata

from figtrail.model import Number, Sentence
from figtrail.numbers import digit_numbers, parse_word_run, rescale, scale_in
from figtrail.packs import Pack

_DIGIT = re.compile(r"\d")
_FRACTION = re.compile(r"/(\d{1,3})(?![\d/])")
_SPACES = re.compile(r"\s+")
_DIGIT_BEFORE = re.compile(r"\d\s?$")
# a number word written with a capital right after a lower-case word: a name (Trente, Cinque Terre)
_NAMED_WORD_NUMBER = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Ý]")
_UNIT_SIGN = re.compile(r"^\s*[%‰€$£¥₩]")
_SIGN_BEFORE = re.compile(r"(?<=\s)(?:[a-z]{0,3}[€$£¥₩]|usd|eur|gbp|chf)\s?$")
_SIGN_CODES = ("usd", "eur", "gbp", "chf")


# after "21.4m": a plural noun makes the "m" a million, not metres ("a 300m tower", "13 m deep")
_GLUED_M_COUNT = re.compile(r" (?!(?:metres|meters|miles|minutes|seconds|inches|feet|years old)\b)[a-z]{2,}s\b")

def _strip_sign(s: str) -> str:
    """s without a currency sign or code at its end ("and C$" -> "and "); most strings have none."""
    t = s.rstrip()
    if not t or (t[-1] not in "€$£¥₩" and not t.endswith(_SIGN_CODES)):
        return s
    return _SIGN_BEFORE.sub(" ", s, count=1)
_VULGAR = re.compile(r"[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
_EXPONENT = re.compile(r"(e|\^|x10\^)([+-]?\d{1,3})(?!\w)")
_EXPONENT_LEAD = ("e", "^", "x")


_FEW_OF = frozenset({100.0, 1000.0, 1e4, 1e5, 1e6, 1e9})  # "einige Zehntausend", "several hundred thousand"


def _few(start: int, end: int, v: float) -> Number:
    """A few or several of one magnitude: vague, two to nine of them (several hundred: 200-999)."""
    return Number(start, end, None, 2 * v, 10 * v - 1, kind="vague", bound="approx")


def find_numbers(sent: Sentence, pack: Pack, marks: tuple[str, str] | None = None) -> list[Number]:
    """The numbers of a sentence; `marks` are the article's digit marks (numbers.digit_marks),
    the pack's by default."""
    norm = sent.norm
    base = sent.start
    found: list[Number] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    words_found: list[Number] = []
    articles: list[Number] = []  # "one" of "one over 3": a number only as a numerator
    for m in pack.word_numbers.finditer(norm):
        kind = m.lastgroup
        run = m.group("words") if kind == "words" else None  # a run of words: no base, no vague
        if run is None and (kind == "base" or m.group("base")):
            left = norm[max(0, m.start() - 12) : m.start()]
            fm = _LAST_WORD.search(left)
            if fm and fm.group(1) in pack.fractions and not m.group("base_scale"):  # "media docena": 6
                v = pack.data.BASES[m.group("base")] / pack.fractions[fm.group(1)]
                s0 = base + m.start() - len(left) + fm.start(1)
                words_found.append(Number(s0, base + m.end(), v, v, v, kind="base", bound="approx"))
                continue
            if not pack.base_left.search(left):
                prev = words_found[-1] if words_found else None
                if prev and prev.kind == "words" and prev.value and prev.end - base == m.start() - 1:
                    v = prev.value * pack.data.BASES[m.group("base")]  # "drei Dutzend": 36
                    words_found[-1] = Number(prev.start, base + m.end(), v, v, v, kind="words", scaled=True)
                continue  # "la quarantaine" (quarantine) is no figure; "une quarantaine" is
            scale = m.group("base_scale")
            v = pack.data.BASES[m.group("base")] * (pack.scales[scale] if scale else 1.0)
            if v in _FEW_OF and pack.few_left is not None and pack.few_left.search(left):
                words_found.append(_few(base + m.start(), base + m.end(), v))  # "qualche migliaio"
                continue
            words_found.append(
                Number(
                    base + m.start(), base + m.end(), v, v, v, kind="base", bound="approx", scaled=bool(scale)
                )
            )
        elif run is None and m.group("vague"):
            lo, hi = pack.data.VAGUE[m.group("vague")]
            scale = m.group("vague_scale")
            mult = pack.scales[scale] if scale else 1.0
            low, high = lo * mult, (hi + 1) * mult - 1 if mult > 1 else hi
            words_found.append(
                Number(base + m.start(), base + m.end(), None, low, high, kind="vague", bound="approx")
            )
        else:
            run = run or m.group("words")
            if run in pack.data.ARTICLE_WORDS and not (
                (pack.fraction_over is not None and pack.fraction_over.match(norm, m.end()))
                or _one_before_unit(run, norm, m.end(), pack)
            ):
                continue  # most runs are a lone "un"/"une": an article, not a number
            for s, e, v in parse_word_run(run, pack):
                s += m.start()
                e += m.start()
                words = norm[s:e]
                if words in pack.scales and words.split()[0] not in pack.number_words:
                    continue  # "millions de personnes" alone is a vague word, not a number ("mil millones" is)
                if _DIGIT_BEFORE.search(norm, max(0, s - 2), s) and words.split()[0] in pack.scales:
                    continue  # "322 cent", "12 mille", "3 million and a quarter": the digits' scale
                if words in pack.data.ARTICLE_WORDS and _one_before_unit(words, norm, e, pack):
                    words_found.append(Number(base + s, base + e, v, v, v, kind="words"))
                    continue  # "one mile", "ein Pfund": one, not an article
                if words in pack.data.ARTICLE_WORDS and pack.fraction_over is not None:
                    articles.append(Number(base + s, base + e, v, v, v, kind="words"))
                    continue
                if words in pack.data.ARTICLE_WORDS or words in pack.data.NOT_ALONE:
                    continue  # un/une: an article unless a scale follows (then the run holds it)
                if sent.field == "text" and not pack.nouns_capitalised and _NAMED_WORD_NUMBER.match(sent.text, s):
                    continue  # "l'hôpital Santa Chiara de Trente", "le Cinque Terre": a capital mid-sentence, a name
                if _ordinal_after_article(words, norm, e, pack):
                    continue  # "for a third time": an ordinal, not a fraction
                if v in _FEW_OF and pack.few_left is not None and pack.few_left.search(norm, max(0, s - 16), s):
                    words_found.append(_few(base + s, base + e, v))  # "several hundred", "mehrere Tausend"
                    continue
                scaled = any(w in pack.scales for w in words.split())
                fsm = pack.fraction_scale.match(norm, e) if 0 < v < 1 and words.split()[-1] in pack.fractions else None
                if fsm:  # "un cuarto de millón": a quarter of a million
                    v, e, scaled = v * pack.scales[fsm.group(1)], fsm.end(), True
                if pack.data.NEGATIVE_WORDS and norm[max(0, s - 12) : s].endswith(" "):
                    before = norm[max(0, s - 12) : s].split()
                    if before and before[-1] in pack.data.NEGATIVE_WORDS:  # "minus five"
                        v, s = -v, s - len(before[-1]) - 1
                words_found.append(Number(base + s, base + e, v, v, v, kind="words", scaled=scaled))
    if pack.share is not None and any(w in norm for w in pack.share_words):
        for m in pack.share.finditer(norm):  # "la moitié des vergers": a share, 50 %
            before = norm[max(0, m.start() - 12) : m.start()].split()
            if before and before[-1] in pack.share_not_after:
                continue  # "the first half of 2024"
            if any(n.start - base < m.end() and m.start() < n.end - base for n in words_found):
                continue  # "two and a half million": inside a number already read
            v = pack.data.SHARE_WORDS[m.group(0)]
            words_found.append(Number(base + m.start(), base + m.end(), v, v, v, kind="words"))
    if pack.one_scale is not None and any(w in norm for w in pack.one_scale_words):
        for m in pack.one_scale.finditer(norm):  # "superare il miliardo": one billion
            if any(n.start - base < m.end(1) and m.start(1) < n.end - base for n in words_found):
                continue
            v = pack.scales[m.group(1)]
            words_found.append(Number(base + m.start(1), base + m.end(1), v, v, v, kind="words", scaled=True))
    if words_found:
        found.extend(words_found)
        taken.extend((n.start - base, n.end - base) for n in words_found)

    if _DIGIT.search(norm):
        n_norm = len(norm)
        decimal_marks = marks[1] if marks else pack.data.DECIMAL_MARKS
        for s, e, value, grouped, decimal in digit_numbers(norm, pack, marks=marks):
            if taken and not free(s, e):
                continue
            if (
                not grouped
                and not decimal
                and s > 0
                and norm[s - 1] in decimal_marks
                and (s == 1 or norm[s - 2] in " -−(")
            ):
                value, s, decimal = float("0." + norm[s:e]), s - 1, True  # ".08", ",5": no leading zero
            if s > 0 and norm[s - 1] in "-−" and (s == 1 or not (norm[s - 2].isalnum() or norm[s - 2] in "-−/")):
                value, s = -value, s - 1  # a negative number: -0,5 %, −3
            nxt = norm[e] if e < n_norm else ""
            # an exponent opens with e, ^ or x, a fraction with /: most numbers, followed by a
            # space or punctuation, skip both calls
            xm = _EXPONENT.match(norm, e) if nxt in _EXPONENT_LEAD else None
            if xm:  # 1e10, 12.32e+14, 2.5^-1, 6.23x10^-4
                x = int(xm.group(2))
                value = value**x if xm.group(1) == "^" else value * 10.0**x
                e, decimal = xm.end(), True
            fm = _FRACTION.match(norm, e) if not decimal and nxt == "/" else None
            if fm and value and 0 < abs(value) < int(fm.group(1)) <= 100:
                value, e = value / int(fm.group(1)), fm.end()  # 3/4, 1/4 kilomètre
                decimal = True
                prev = found[-1] if found else None
                if prev and prev.kind == "digits" and prev.plain_digits and _SPACES.fullmatch(norm, prev.end - base, s):
                    found.pop()  # "2 1/4": a whole number and a fraction
                    value, s = prev.value + value, prev.start - base
            scaled = False
            mm = pack.multiple_after.match(norm, e)
            if mm:  # 2 douzaines: 24
                value *= pack.multiples.get(mm.group(1)) or pack.data.BASES[mm.group(1)]
                e = mm.end()
                scaled = True
                found = [n for n in found if not (base + s <= n.start and n.end <= base + e)]  # "3 dozens"
            sm = pack.scale_after.match(norm, e) if not scaled else None
            if sm:
                word = sm.group(1)
                ok = True
                if word in pack.data.SCALE_NEEDS_CURRENCY:
                    # "150 M€" / "$3m" but not "13 m" (metres)
                    after = norm[sm.end() : sm.end() + 2]
                    before = norm[max(0, s - 3) : s]
                    ok = (
                        any(c in after or c in before for c in "€$£¥₩")
                        or (sm.start() == e and _GLUED_M_COUNT.match(norm, sm.end()) is not None)
                        or pack.unit_before.search(norm[max(0, s - 12) : s]) is not None
                    )  # "21.4m passengers": glued to the number, before a plural noun, a million; "CHF3m"
                if ok:
                    value = rescale(value, pack.scales[word])  # 4,1 billions: 4100000000, not ...99.9999995
                    e = sm.end()
                    scaled = True
                    fr = pack.scale_fraction.match(norm, e) if pack.scale_fraction is not None else None
                    if fr:  # "2 millones y medio": half a million more
                        value += pack.scales[word] / pack.fractions[fr.group(1)]
                        e = fr.end()
            plain = norm[s:e] if not (grouped or decimal or scaled) else None
            found.append(
                Number(
                    base + s, base + e, value, value, value, kind="digits", scaled=scaled, plain_digits=plain
                )
            )
            taken.append((s, e))

    if _VULGAR.search(norm):  # ½, ⅔, 2½
        for vm in _VULGAR.finditer(norm):
            s, e = vm.span()
            v = unicodedata.numeric(vm.group(0))
            k = next((i for i, n in enumerate(found) if n.end - base == s and n.kind == "digits"), None)
            if k is not None and found[k].plain_digits:
                w = found[k].value + v
                found[k] = Number(found[k].start, base + e, w, w, w)
            elif free(s, e):
                found.append(Number(base + s, base + e, v, v, v))
    found.sort(key=lambda n: n.start)
    if articles:
        found = sorted(found + articles, key=lambda n: n.start)
    if pack.fraction_over is not None and len(found) > 1:
        found = _join_over(found, sent, pack)
    if articles:
        found = [n for n in found if not any(n is a for a in articles)]
    if pack.subunit_join is not None and len(found) > 1:
        found = _join_subunits(found, sent, pack)
    if len(found) >= 3 and _DASH_CHAIN.search(norm):
        found = _drop_dash_chains(found, norm, base)
    return merge_ranges(_drop_unit_words(found, sent, pack), sent, pack)


# three numbers or more joined by dashes: drawn lottery numbers, a score sheet, a code ("04 - 17 - 23 - 38")
_DASH_CHAIN = re.compile(r"\d+(?:\s*[-–]\s*\d+){2,}(?![\d,.]*\s*%)")


def _drop_dash_chains(found: list[Number], norm: str, base: int) -> list[Number]:
    chains = [(m.start(), m.end()) for m in _DASH_CHAIN.finditer(norm)]
    return [n for n in found if not any(cs <= n.start - base and n.end - base <= ce for cs, ce in chains)]


def _countable(n: Number) -> bool:
    return n.kind in ("digits", "words") and n.value is not None and n.value > 0


def _join_over(nums: list[Number], sent: Sentence, pack: Pack) -> list[Number]:
    """A fraction written as numerator, word, denominator: "1 over 3", "two out of five hundred",
    "un sur trois". Only a proper fraction: "12 out of 10" stays two numbers."""
    out: list[Number] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        if i + 1 < len(nums):
            b = nums[i + 1]
            if (
                _countable(a)
                and _countable(b)
                and a.value < b.value
                and not _yearlike(b)
                and pack.fraction_over.fullmatch(sent.norm, a.end - sent.start, b.start - sent.start)
            ):
                v = a.value / b.value
                out.append(Number(a.start, b.end, v, v, v, kind="words"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join_subunits(nums: list[Number], sent: Sentence, pack: Pack) -> list[Number]:
    """An amount in a currency and its subunits: "3 dollars 50 cents" (3.5), "dreizehn Euro und
    fünfundvierzig Cent" (13.45), "15 dollars and 50." (15.5). The value is in the main unit."""
    norm, base = sent.norm, sent.start
    out: list[Number] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        if i + 1 < len(nums) and _countable(a) and not a.scaled and a.value == int(a.value):
            b = nums[i + 1]
            # the subunits first (a whole number under 100): most pairs stop there, before the unit is read
            small = _countable(b) and b.value < 100 and b.value == int(b.value)
            um = pack.unit_after.match(norm, a.end - base) if small else None
            cur = pack.units_after.get(um.group(1)) if um else None
            if (
                cur
                and len(cur) == 3
                and cur.isupper()
                and um.end() <= b.start - base
                and pack.subunit_join.match(norm, um.end(), b.start - base)
            ):
                sm = pack.subunit_after.match(norm, b.end - base)
                if sm:
                    end = base + sm.end() if sm.group(0).strip() else b.end
                    v = a.value + b.value / 100
                    out.append(Number(a.start, end, v, v, v, kind=a.kind, unit=cur))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _one_before_unit(words: str, norm: str, e: int, pack: Pack) -> bool:
    """An article word right before a unit word is the number one: "one mile", "ein Pfund",
    "une yen"; not the articles that never mean one ("a mile away")."""
    if words in pack.data.ARTICLE_ONLY:
        return False
    um = pack.unit_after.match(norm, e)
    return bool(um) and len(um.group(1)) > 1 and um.group(1).isalpha() and um.start(1) == e + 1


_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _ordinal_after_article(words: str, norm: str, e: int, pack: Pack) -> bool:
    """ "a third time", "a fifth term": an article, an ordinal that doubles as a denominator
    (three and up) and a word that is not the link to what is shared ("a third of voters")."""
    parts = words.split()
    if len(parts) != 2 or parts[0] not in pack.data.ARTICLE_WORDS or pack.fractions.get(parts[1], 0) < 3:
        return False
    return bool(_WORD_AFTER.match(norm, e)) and not pack.what_link.match(norm, e) and not pack.unit_after.match(norm, e)


def _drop_unit_words(nums: list[Number], sent: Sentence, pack: Pack) -> list[Number]:
    """A number word inside the unit of the number before it is no number: the "cent" of
    "40 pour cent"."""
    if not any(n.kind == "words" for n in nums):
        return nums
    out: list[Number] = []
    unit_end = -1
    for n in nums:
        if n.kind == "words" and n.start < unit_end:
            continue
        out.append(n)
        um = pack.unit_after.match(sent.norm, n.end - sent.start)
        unit_end = sent.start + um.end() if um else -1
    return out


def merge_ranges(nums: list[Number], sent: Sentence, pack: Pack) -> list[Number]:
    """Join 'entre X et Y', 'de X à Y', 'X à Y', 'X-Y' into one range figure.

    A change ('passe de 13,8 % à 15 %') stays two figures, as the spec says.
    """
    if len(nums) < 2:
        return nums
    norm = sent.norm
    base = sent.start
    out: list[Number] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        if i + 1 < len(nums) and a.kind != "vague":
            b = nums[i + 1]
            between = _UNIT_SIGN.sub("", norm[a.end - base : b.start - base], count=1)  # "10 % et 12 %"
            between = _strip_sign(between)  # "between C$800 million and C$1.2 billion"
            if pack.range_article is not None and not pack.range_to.match(between):
                between = pack.range_article.sub(" ", between)  # "entre el 3 % y el 4 %"
            if len(between) > 40:  # too far apart for a range or for two bounds that meet: most pairs
                out.append(a)
                i += 1
                continue
            left = norm[max(0, a.start - base - 60) : a.start - base]
            left = _strip_sign(left)  # "between C$800 million": the words before the sign
            joined = False
            if b.kind != "vague" and len(between) <= 10 and not (_yearlike(a) and _yearlike(b)):
                if pack.range_and.match(between) and pack.range_between_left.search(left):
                    joined = True
                elif pack.range_to.match(between):
                    if between.strip() in ("-", "–", "—"):
                        # 1-222-2222, 2024-01-05: a code or a date, no range
                        joined = not (_yearlike(a) and _yearlike(b)) and not _CHAIN.match(norm, b.end - base)
                        # "finito 1-1", "won 3-1": a score (a draw, or the larger first, tight) is no range
                        joined = joined and not (
                            between.strip() == norm[a.end - base : b.start - base]
                            and a.value is not None
                            and b.value is not None
                            and b.value <= a.value <= 20
                            and a.value == int(a.value)
                        )
                    else:
                        from_m = pack.range_from_left.search(left)
                        # "passe de 13,8 % à 15 %", "creció un 18,4 % hasta los 612 millones": a
                        # change, two figures (the spec), with or without its "from"
                        joined = not pack.change_verb_near.search(left[: from_m.start()] if from_m else left)
                        if (
                            not joined
                            and from_m is None
                            and pack.change_by is not None
                            and pack.change_by.search(left)
                            and norm[a.end - base : b.start - base].strip() == between.strip()  # "3 to", no unit
                            and pack.unit_after.match(norm, b.end - base)
                        ):
                            joined = True  # "cut noise by 3 to 5 decibels": how much, a range; not "by 3% to 5%"
                        if joined and from_m is None and _yearlike(a) and not _yearlike(b):
                            joined = False  # "son quota pour 2026 à 93 000 tonnes": a year, then a value
            ends = _bounds_range(a, b, left, between, pack) if not joined and len(between) <= 40 else None
            bounded = ends is not None
            if bounded:  # "more than 10 and less than 40", "at most 100 and at least 20"
                lo_v, hi_v = ends
            elif joined:
                lo_v, hi_v = a.low, b.high
                if b.scaled and not a.scaled and lo_v is not None and hi_v is not None and lo_v < hi_v:
                    scale = scale_in(sent.norm[b.start - sent.start : b.end - sent.start], pack)
                    if scale and lo_v <= hi_v / scale:
                        # "1,1 et 1,4 million", "entre 3.500 y 6.000 millones": the scale is shared
                        lo_v = rescale(lo_v, scale)
                joined = lo_v is None or hi_v is None or lo_v <= hi_v  # "de 2025 a 1.184 euros": no range
            if joined or bounded:
                out.append(
                    Number(
                        a.start,
                        b.end,
                        None,
                        lo_v,
                        hi_v,
                        kind="range",
                        bound="range",
                        scaled=a.scaled or b.scaled,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_CHAIN = re.compile(r"[-–/]\d")
_LOWER = ("at_least", "more_than")
_UPPER = ("at_most", "up_to", "less_than")


def _bounds_meet(left: str, between: str, pack: Pack) -> bool:
    """Two open bounds joined by "and", one from below and one from above: a range."""
    bm = pack.bound_left.search(between)  # the short side first: most pairs stop here
    if not bm or not pack.bound_link.match(between[: bm.start()]):
        return False  # "at least 100, at most 300", "... but less than"
    am = pack.bound_left.search(left)
    if not am:
        return False
    return (am.lastgroup in _LOWER and bm.lastgroup in _UPPER) or (am.lastgroup in _UPPER and bm.lastgroup in _LOWER)


def _bounds_range(a: Number, b: Number, left: str, between: str, pack: Pack) -> tuple[float, float] | None:
    """The ends of "more than 10 and less than 40" (10, 40); None when the bounds do not meet
    ("more than 40 and less than 10")."""
    if not (_countable(a) and _countable(b) and _bounds_meet(left, between, pack)):
        return None
    a_low = pack.bound_left.search(left).lastgroup in _LOWER
    lo, hi = (a.value, b.value) if a_low else (b.value, a.value)
    return (lo, hi) if lo < hi else None  # "less than 10, more than 10": two bounds, no range


def _yearlike(n: Number) -> bool:
    return n.plain_digits is not None and len(n.plain_digits) == 4 and 1000 <= (n.value or 0) <= 2100


