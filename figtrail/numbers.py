"""Reading one numeric expression: digits with a language's separators, number words
(through text2num), scale words. Pure functions over strings; offsets are given back
relative to the string they were handed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from figtrail.packs import Pack, get_pack

_TRAILING_LETTERS = re.compile(r"(\D+)$")
_RUN_WORD = re.compile(r"[^\s-]+")
_DIGIT_RUN = re.compile(r"\d+(?:[ .,']\d+)*")
_PARTS = re.compile(r"(\d+)|([ .,'])")


# digits both ways of writing read alike: "1,250,000" groups with commas, "1.250.000" with
# points; a decimal of one or two digits before a scale word or a percent ("1.5 miliardi",
# "8,4 percent") can be nothing else. Each digit run of the article is read once.
_DIGIT_RUN_ANY = re.compile(r"\d[\d.,]*")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_POINT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")
# round thousands in the other language's marks: "11,000" and "1,500" in a Spanish copy of an
# English wire ("11,000" as eleven would be written "11"), "7.500" in an English copy of a German one
_COMMA_ROUND = re.compile(r"[1-9]\d{0,2},\d00")
_POINT_ROUND = re.compile(r"[1-9]\d{0,2}\.\d00")
_WORD_AFTER = re.compile(r"\s?(%|[^\W\d_]+\.?)")
# the scale words a machine translation leaves untranslated ("4,1 billions Euro")
_ANY_SCALE = frozenset(["million", "millions", "billion", "billions", "bn", "mn", "m"])


def rescale(value: float, factor: float) -> float:
    """value times a scale, without the binary noise of the product: 4.1 x 1e9 is
    4100000000, not 4099999999.9999995 (fifteen significant digits, what a float holds)."""
    return float(f"{value * factor:.15g}")


def digit_marks(text: str, pack: Pack) -> tuple[str, str]:
    """(thousands marks, decimal marks) of an article's digits: the pack's, unless the article
    plainly writes them the other way and never the pack's way.

    A machine translation keeps the digits of the language it came from: "12,000 ettari" and
    "1.5 miliardi" in an Italian copy of an English wire, "7.500 jobs" and "8,4 percent" in an
    English copy of a German one. Its other numbers show which way it writes ("1.5 miliardi":
    a decimal point), and then "12,000" is twelve thousand, not twelve. An article that gives
    no sign, or signs both ways, keeps the pack's marks.
    """
    group, decimal = pack.data.GROUP_MARKS, pack.data.DECIMAL_MARKS
    pack_uses_commas = "," in decimal  # the pack writes 1.250.000 and 1,5
    foreign = False
    rounds = 0  # round thousands in the other way's marks: a sign only when there are two
    for m in _DIGIT_RUN_ANY.finditer(text):
        run = m.group(0).rstrip(".,")
        if len(run) < 3 or run.isdigit():
            continue  # most runs: a plain number, a year
        if _COMMA_GROUPS.fullmatch(run) or (
            _POINT_DECIMAL.fullmatch(run) and _before_scale(text, m.start() + len(run), pack)
        ):
            commas_group = True
        elif _POINT_GROUPS.fullmatch(run) or (
            _COMMA_DECIMAL.fullmatch(run) and _before_scale(text, m.start() + len(run), pack)
        ):
            commas_group = False
        else:
            if (_COMMA_ROUND if pack_uses_commas else _POINT_ROUND).fullmatch(run):
                rounds += 1
            continue
        if commas_group != pack_uses_commas:
            return group, decimal  # a sign of the pack's own way: keep it
        foreign = True
    if not foreign and rounds < 2:
        return group, decimal
    if pack_uses_commas:
        return group.replace(".", "") + ",", "."
    return group.replace(",", "") + ".", ","


def _before_scale_word(text: str, end: int, pack: Pack) -> bool:
    """Whether a scale word follows ("1,000 Mio."), a unit not counted."""
    m = _WORD_AFTER.match(text, end)
    word = m.group(1).lower() if m else ""
    return any(w in pack.scales or w in _ANY_SCALE for w in (word, word.rstrip("."))) if word else False


def _before_scale(text: str, end: int, pack: Pack) -> bool:
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    for w in (word, word.rstrip(".")):  # "Mrd.", but "percent." at a sentence end
        if w == "%" or w in pack.scales or w in _ANY_SCALE or w in pack.units_after:  # or a unit: "45,8 km"
            return True
    return False


def digit_numbers(
    norm: str, pack: Pack, pos: int = 0, endpos: int | None = None, marks: tuple[str, str] | None = None
):
    """Yield (start, end, value, grouped, decimal) for every number written in digits.

    A separator is a thousands mark only when the marks say so (the pack's, or the article's:
    digit_marks) and three digits follow; a decimal mark reads as a decimal; a run that fits
    neither is split there ("en 2023 2 000" is two numbers, not 20232000).
    """
    group_marks, decimal_marks = marks or (pack.data.GROUP_MARKS, pack.data.DECIMAL_MARKS)
    endpos = len(norm) if endpos is None else endpos
    for m in _DIGIT_RUN.finditer(norm, pos, endpos):
        parts = m.group(0)
        base = m.start()
        if parts.isdigit():  # the common case: no separator at all
            yield base, m.end(), float(int(parts)), False, False
            continue
        tokens = [(t.start(), t.group(1), t.group(2)) for t in _PARTS.finditer(parts)]
        g_marks, d_marks = group_marks, decimal_marks
        if len(tokens) >= 5 and tokens[1][2] in ".," and tokens[1][2] not in group_marks:
            mark = tokens[1][2]
            if (
                len(tokens[0][1]) <= 3
                and all(t[2] == mark for t in tokens[1::2])
                and all(len(t[1]) == 3 for t in tokens[2::2])
            ):
                # "2,450,000" in an Italian text: two marks of one kind, three digits after each,
                # group thousands whatever the article's marks (no decimal has two marks)
                g_marks, d_marks = group_marks + mark, decimal_marks.replace(mark, "")
        i = 0
        while i < len(tokens):
            start, first, _ = tokens[i]
            int_digits = first
            grouped = False
            decimal = ""
            end = start + len(first)
            j = i + 1
            while j + 1 < len(tokens):
                sep, nxt = tokens[j][2], tokens[j + 1][1]
                if (
                    not decimal
                    and sep in g_marks
                    and len(nxt) == 3
                    and (grouped or len(first) <= 3)
                ):
                    int_digits += nxt
                    grouped = True
                elif (
                    not decimal
                    and not grouped
                    and sep in d_marks
                    and nxt == "000"
                    and len(first) <= 3
                    and j + 2 >= len(tokens)
                    and not _before_scale_word(norm, base + tokens[j + 1][0] + 3, pack)
                ):
                    # "30,000 Schiffe" in a German copy of an English wire: no one writes a decimal
                    # as three zeros, so the mark groups thousands
                    int_digits += nxt
                    grouped = True
                elif not decimal and sep in d_marks:
                    decimal = nxt
                elif not decimal and sep == "." and len(nxt) != 3:
                    decimal = nxt  # 1.5 milliard in a machine-translated copy
                elif (
                    not decimal
                    and not grouped
                    and sep == ","
                    and len(nxt) in (1, 2)
                    and j + 2 >= len(tokens)
                    and _before_scale(norm, base + tokens[j + 1][0] + len(nxt), pack)
                ):
                    decimal = nxt  # "114,2 million" in an English copy of a German wire: no group
                else:
                    break
                end = tokens[j + 1][0] + len(nxt)
                j += 2
            value = float(f"{int(int_digits)}.{decimal}") if decimal else float(int(int_digits))
            yield base + start, base + end, value, grouped, bool(decimal)
            i = j + 1 if j < len(tokens) else j


@lru_cache(maxsize=4096)
def words_value(phrase: str, lang: str) -> float | None:
    """The value of a run of number words (douze mille -> 12000), or None."""
    pack = get_pack(lang)
    if phrase in pack.data.WORD_VALUES:  # one word text2num does not read: zweieinhalb (2.5)
        return float(pack.data.WORD_VALUES[phrase])
    aliases = pack.number_aliases  # "eine Million": text2num reads "ein million"
    if aliases:
        phrase = " ".join(aliases.get(w, w) for w in phrase.split(" "))
    try:
        return float(text2num(phrase, lang))
    except (ValueError, TypeError, IndexError, KeyError):
        return None


def parse_word_run(run: str, pack: Pack) -> tuple[tuple[int, int, float], ...]:
    """Split a run of number words into numbers: (start, end, value) relative to `run`.

    text2num reads a whole run or refuses it; when it refuses ("trois quatre") the run
    is read greedily from the left, longest readable prefix first.
    """
    return _parse_word_run(run, pack.code)


@lru_cache(maxsize=8192)
def _parse_word_run(run: str, lang: str) -> tuple[tuple[int, int, float], ...]:
    # a pure function of a short phrase ("deux millions", "un"): the same runs recur in
    # every article, so each is split once per process
    pack = get_pack(lang)
    words = [(m.start(), m.end()) for m in _RUN_WORD.finditer(run)]
    decimal = _decimal_words(run, words, pack)
    if decimal is not None:
        return (decimal,)
    fraction = _fraction_words(run, words, pack)
    if fraction is not None:
        return tuple(fraction)
    texts = [run[a:b] for a, b in words]
    out = []
    i = 0
    n = len(words)
    while i < n:
        if texts[i] in pack.data.NOT_ALONE and (i + 1 == n or texts[i + 1] not in pack.scales):
            i += 1  # "64,2 cents une douzaine": the coin, not a hundred
            continue
        found = None
        k = first_scale(texts, i, pack)
        if k is not None and words_value(run[words[i][0] : words[k][1]], pack.code) is None:
            # "un billion": text2num does not know every scale word; number times scale
            v = words_value(" ".join(texts[i:k]), pack.code) if k > i else 1.0
            if v is not None:
                found = _scale_rest(run, words, texts, i, k, v * pack.scales[texts[k]], pack)
        for j in range(n, i, -1):
            if found is not None:
                break
            if texts[j - 1] in pack.data.NUMBER_JOINERS:
                continue
            v = words_value(run[words[i][0] : words[j - 1][1]], pack.code)
            if v is not None:
                found = (words[i][0], words[j - 1][1], v, j)
                break
        if found is None:
            i += 1
            continue
        out.append(found[:3])
        i = found[3]
    return tuple(out)


def first_scale(texts: list[str], i: int, pack: Pack) -> int | None:
    """Index of the first scale word at or after i, if every word before it is a number word."""
    for k in range(i, len(texts)):
        if texts[k] in pack.scales and texts[k] not in pack.number_words:
            return k
        if texts[k] not in pack.number_words and texts[k] not in pack.data.WORD_VALUES:
            return None
    return None


def _decimal_words(run: str, words: list[tuple[int, int]], pack: Pack) -> tuple[int, int, float] | None:
    """ "un virgule cinq milliard" -> 1.5e9: integer words, the decimal word, one word per
    decimal digit, then an optional scale. text2num's own reading gives 1,5000000000."""
    texts = [run[a:b] for a, b in words]
    marks = [i for i, w in enumerate(texts) if w in pack.data.DECIMAL_WORDS]
    if len(marks) != 1 or marks[0] == 0 or any(_fraction_word(w, pack) for w in texts[marks[0] :]):
        return None  # "ciento tres con dos tercios": a whole and a fraction, not decimals
    k = marks[0]
    whole = words_value(" ".join(texts[:k]), pack.code)
    if whole is None:
        return None
    # a scale ends the run: "uno coma cinco millones"; inside it, it belongs to the decimals
    # ("coma mil quinientos setenta y ocho")
    i = len(texts) - 1 if len(texts) - 1 > k + 1 and texts[-1] in pack.scales else len(texts)
    # the decimals, read as a whole number: "virgule cinquante deux" is .52, "virgule cinq" .5
    each = [pack.number_words.get(w) for w in texts[k + 1 : i]]
    if len(each) > 1 and all(d is not None and d <= 9 and d == int(d) for d in each):
        digits = "".join(str(int(d)) for d in each)  # one word a digit: "point nought four" (.04)
    else:
        frac = words_value(" ".join(texts[k + 1 : i]), pack.code) if i > k + 1 else None
        if frac is None:
            return None
        digits = str(int(frac))
    value = float(f"{int(whole)}.{digits}")
    if i < len(texts):
        value *= pack.scales[texts[i]]
        i += 1
    return words[0][0], words[i - 1][1], value


def _fraction_words(run: str, words: list[tuple[int, int]], pack: Pack) -> list[tuple[int, int, float]] | None:
    """Fractions and multiples in words: "trois cinquièmes" 0.6, "un million et demi" 1.5e6,
    "cinq milliards et trois quarts" 5.75e9, "un et un demi" 1.5, "trois douzaines" 36,
    "half a million" 5e5, "three quarters billion" 7.5e8, ordinal denominators made of several
    words ("a twenty-first" 1/21, "one one hundred fifth" 1/105), and an improper numerator
    after a joiner ("one hundred and thirty-two fifths" 26.4).
    None when the run holds no fraction or multiple word."""
    texts = [run[a:b] for a, b in words]
    k = next((i for i, w in enumerate(texts) if _fraction_word(w, pack)), None)
    if k is None:
        return None
    word = texts[k]
    if word in pack.multiples:
        j = next((i for i in range(k - 1, 0, -1) if texts[i] in pack.data.NUMBER_JOINERS), None)
        if j is not None and not _compound_at(texts, j, k, pack):  # "trecento e due dozzine": 300 + 24
            whole, n = words_value(" ".join(texts[:j]), pack.code), words_value(" ".join(texts[j + 1 : k]), pack.code)
            if whole is not None and n is not None:
                return [(words[0][0], words[k][1], whole + n * pack.multiples[word])]
        n = words_value(" ".join(texts[:k]), pack.code) if k else None
        if n is None:
            return []  # "des douzaines": no number to multiply
        return [(words[0][0], words[k][1], n * pack.multiples[word])]
    joiners = pack.data.NUMBER_JOINERS + pack.data.FRACTION_JOINERS
    if word in pack.data.DENOMINATOR_AFTER:  # "dois onze avos" (2/11): the longest numerator first
        for s in range(k - 1, 0, -1):
            if texts[s - 1] in joiners or texts[s] in joiners:
                continue
            num, den = words_value(" ".join(texts[:s]), pack.code), words_value(" ".join(texts[s:k]), pack.code)
            if num is not None and den:
                return [(words[0][0], words[k][1], num / den)]
        return []
    denom = pack.fractions.get(word) or glued_value(word, pack.code)
    # a scale after the fraction word, articles between: "half a million", "trois quarts de milliard"
    end, mult = k, 1.0
    j = k + 1
    while j + 1 < len(texts) and texts[j] in pack.data.ARTICLE_WORDS:
        j += 1
    if j < len(texts) and texts[j] in pack.scales:
        end, mult = j, pack.scales[texts[j]]
    # a compound ordinal: a tens word before the ordinal, glued ("thirty-fifths", "vingt-cinquième")
    # or through a joiner ("vingt et unième"); an ordinal of one ("first") is never a denominator alone
    tens = k - 2 if k >= 2 and texts[k - 1] in joiners else k - 1
    glued = k >= 1 and texts[k - 1] not in joiners and run[words[k - 1][1] : words[k][0]] == "-"
    # ("dix-septième": French glues its teens to ten, 17th, never ten sevenths)
    ten = pack.number_words.get(texts[tens], 0) if tens >= 0 else 0
    if tens >= 0 and (glued or denom == 1) and (ten in _TENS or (glued and ten == 10 and denom < 10)):
        denom += pack.number_words[texts[tens]]
        k_num = tens
    elif denom == 1:
        return []
    else:
        k_num = k
    span = (words[0][0], words[end][1])
    joiner = next((i for i in range(k_num - 1, -1, -1) if texts[i] in joiners), None)
    if joiner is not None and _compound_at(texts, joiner, k_num, pack):
        joiner = None  # "treinta y tres quintos" (33/5): the joiner is inside the numerator
    if joiner is None:
        if k_num == 0:
            return [(*span, mult / denom)] if mult > 1 else []  # half million, medio millón
        num = words_value(" ".join(texts[:k_num]), pack.code)
        if num is None:  # "twenty twenty fifths" (20/25), "one one hundred fifth" (1/105)
            for i in range(k_num - 1, 0, -1):
                num = words_value(" ".join(texts[:i]), pack.code)
                lead = words_value(" ".join(texts[i:k_num]), pack.code)
                if num is not None and lead:
                    denom = lead * denom if lead < denom else lead + denom
                    break
            else:
                return []
        return [(*span, num / denom * mult)]
    whole = _scaled_value(texts[:joiner], pack) if joiner else None
    if whole is None:
        return []
    between = " ".join(texts[joiner + 1 : k_num])
    num = words_value(between, pack.code) if between else 1.0
    if num is None:
        return []
    if num >= denom:  # "one hundred and thirty-two fifths": 132/5, not 100 + 32/5
        every = words_value(" ".join(texts[:k_num]), pack.code)
        return [(*span, every / denom * mult)] if every is not None else []
    # "un million et demi": half a million more; "one hundred and three quarters": 100.75
    own = pack.scales.get(texts[joiner - 1]) if texts[joiner - 1] not in pack.number_words else None
    if own:
        return [(*span, whole + num / denom * (mult if mult > 1 else own))]
    return [(*span, (whole + num / denom) * mult)]  # "two and a half million"


_TENS = frozenset(range(20, 100, 10))


def _compound_at(texts: list[str], j: int, k: int, pack: Pack) -> bool:
    """The joiner at j, right before the last word ahead of k, joins tens and units into one
    number ("treinta y tres quintos", 33/5), not a whole and a part ("vingt et un cinquième")."""
    return (
        j == k - 2
        and j > 0
        and texts[j] in pack.data.NUMBER_JOINERS
        and pack.number_words.get(texts[j - 1], 0) in _TENS
        and 1 < pack.number_words.get(texts[j + 1], 0) < 10
    )


def _fraction_word(w: str, pack: Pack) -> bool:
    if w in pack.fractions or w in pack.multiples or w in pack.data.DENOMINATOR_AFTER:
        return True
    return pack.glued_fraction is not None and pack.glued_fraction.fullmatch(w) is not None and bool(
        glued_value(w, pack.code)
    )


@lru_cache(maxsize=1024)
def glued_value(word: str, lang: str) -> float | None:
    """The denominator of a glued ordinal (veintiunavo 21, dosmillonésimos 2e6, ventunesimo 21):
    the stem read whole, with a lost last vowel put back, or piece by piece."""
    pack = get_pack(lang)
    m = pack.glued_suffix.search(word) if pack.glued_suffix is not None else None
    if m is None:
        return None
    stem = word[: m.start()]
    for vowel in ("", *pack.data.STEM_VOWELS):
        v = words_value(stem + vowel, lang)
        if v:
            return v
    reach: dict[int, list[str]] = {0: []}  # the fewest pieces that spell the stem
    for i in range(len(stem)):
        if i in reach:
            for j in range(len(stem), i, -1):
                if stem[i:j] in pack.stem_words and j not in reach:
                    reach[j] = [*reach[i], pack.stem_words[stem[i:j]]]
    pieces = reach.get(len(stem))
    return _scaled_value(pieces, pack) if pieces else None


def _scaled_value(texts: list[str], pack: Pack) -> float | None:
    """Number words read by text2num, or number words and a scale word text2num does not know
    ("cinco trilhões", "dos millón")."""
    if not texts:
        return None
    v = words_value(" ".join(texts), pack.code)
    if v is None and texts[-1] in pack.scales:
        head = words_value(" ".join(texts[:-1]), pack.code) if len(texts) > 1 else 1.0
        v = head * pack.scales[texts[-1]] if head is not None else None
    return v


def _scale_rest(run: str, words, texts: list[str], i: int, k: int, value: float, pack: Pack):
    """A number and a scale text2num does not know ("tres billones", "treze milhoes"), then the
    smaller number that completes it ("... cuatrocientos cincuenta y cinco mil"): one number."""
    scale = pack.scales[texts[k]]
    first = k + 1
    if first < len(texts) and texts[first] in pack.data.NUMBER_JOINERS:
        first += 1  # "treze milhões e quinhentos mil"
    for j in range(len(texts), first, -1):
        if texts[j - 1] in pack.data.NUMBER_JOINERS:
            continue
        rest = _scaled_value(texts[first:j], pack)
        if rest is not None and rest < scale:
            return words[i][0], words[j - 1][1], value + rest, j
    return words[i][0], words[k][1], value, k + 1


def scale_in(span: str, pack: Pack) -> float:
    """The multiplier a number's span carries: its last scale word ("1,4 million"), or a scale
    glued to the digits ("40bn"); 1.0 when it has none."""
    for w in reversed(span.split()):
        if w in pack.scales:
            return pack.scales[w]
    m = _TRAILING_LETTERS.search(span)
    return pack.scales.get(m.group(1).strip(), 1.0) if m else 1.0
