"""From numbers to figures: drop what is no figure (years, dates, ordinals, ids, ages,
durations, anaphora), then attach bound, unit and what is counted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from figtrail.model import Number, Sentence
from figtrail.numbers import rescale, scale_in
from figtrail.packs import Pack
from figtrail.segment import REPLACED, ordinal_dot

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_WORD_SPLIT = re.compile(r"([\w'’-]+|[^\w\s])")  # _WORD, captured


def _token_class(c: str) -> str:
    return "word" if re.fullmatch(r"[\w'’-]", c) else "space" if c.isspace() else "mark"


# characters the view writes in another token class than the text ("‘" and "‐" are marks,
# their "'" and "-" word characters); lower-casing never changes a character's class
_RECLASSED = re.compile(
    "[" + "".join(re.escape(a) for a, b in REPLACED if _token_class(a) != _token_class(b)) + "]"
)
_SCALE_WORD = re.compile(r"[^\W\d_]+$")
_NEXT_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_AFTER_AMOUNT = re.compile(r"\s+\w{1,3}\s+([\w'’-]+)")  # " en dividendos", " in losses"
_NEXT_LINKED = re.compile(r"\s+([\w]+['’]?)\s*([\w'’-]+)")  # " di persone", " d'euros", " of people"
_CHAIN = re.compile(r"[-–]\d+[-–/]\d")
# the unit of a bare amount in a money scale (pack.bare_money_scales): the currency the
# article names elsewhere, resolved once the whole article is read (extract.py)
ARTICLE_CURRENCY = "¤"
ARTICLE_SUBUNIT = "¢"  # hundredths of the article's currency; left as they are where it names none


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
    change_from: bool = False  # the first number of a change ("de 27% para 30%"): what is now


_ELIDED_ARTICLE = re.compile(r"[lL]['’](?=\w)")


def judge(nums: list[Number], sent: Sentence, pack: Pack) -> list[Draft]:
    """Figures of one sentence, in order."""
    out: list[Draft] = []
    for n in nums:
        d = _draft(n, sent, pack)
        if d is not None:
            out.append(d)
    _elided(out, sent, pack)
    _change_unit(out, sent, pack)
    _change_from(out, sent, pack)
    _compared_unit(out, sent, pack)
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
    if not is_figure(n, norm, s, e, left, right, pack, sent.text) or _age_after_name(n, sent.text, s, e):
        return None
    if sent.field == "text" and not pack.nouns_capitalised and _inside_name(n, sent.text, s, e, pack):
        return None  # "Il Sole 24 Ore", "France 24 said": a number inside a name
    if _code_before(n, sent.text, s, pack):
        return None
    if n.kind == "words" and norm[s:e] not in pack.share_words and _capitalised_name(sent.text, s, pack):
        return None  # "les Vingt-Sept", "los Veintisiete": the EU's members, a name
    if n.kind == "words" and pack.homographs:
        word = norm[s:e]
        if any(w == word and left_re.search(left) for w, left_re in pack.homographs):
            return None  # "forti venti di scirocco": winds, not twenty
    if (
        pack.clock_left is not None
        and n.kind == "digits"
        and (
            (n.plain_digits and (n.value or 0) <= 24 and pack.clock_right.match(right))
            or _HOUR_MINUTES.fullmatch(norm, s, e)
        )
        and pack.clock_left.search(left)
    ):
        return None  # "iniziato alle 21 di giovedì", "si è concluso alle 3.40": an hour
    if n.value in _RATE_BASES and _rate_base(left, right, pack):
        return None  # "452 casos cada 100.000 habitantes": the base of a rate, not a count
    unit = None
    unit_end = e
    cue_start = s
    um = pack.unit_after.match(norm, e)
    if um and not (um.group(0).strip().startswith(("de ", "d'")) and um.group(1) in ("m", "t")):
        unit = pack.units_after[um.group(1)]
        unit_end = um.end()
    if unit is None and n.unit:
        unit = n.unit  # "3 dollars 50 cents": the currency inside the span
    bm = pack.unit_before.search(left)
    if bm:
        if unit is None:
            unit = pack.units_before[bm.group(1)]
        cue_start = s - (len(left) - bm.start())
        left = left[: bm.start()]
    lm = pack.what_link.match(norm, e) if unit is None and n.scaled and pack.bare_money_scales else None
    nw = _WORD.match(norm, lm.end()) if lm else None
    if unit is None and n.scaled and pack.bare_money_scales and (not lm or (nw and _money_noun(nw.group(0), pack))):
        sw = _SCALE_WORD.search(norm, s, e)  # "vale 28 miliardi": money, in the article's currency
        if sw and sw.group(0) in pack.bare_money_scales:
            unit = ARTICLE_CURRENCY
    if unit is None and n.scaled and pack.money_context is not None and _money_said(n, norm, s, e, pack, sent.text):
        unit = ARTICLE_CURRENCY
    pence = None
    if unit is None and n.kind == "digits" and pack.glued_subunit is not None:
        pence = pack.glued_subunit.match(norm, e)
        if pence:  # "10p": hundredths of the pound, glued
            unit, unit_end = pack.glued_subunit_currency[pence.group(1)], pence.end()
    if unit is None and n.kind in ("digits", "words") and pack.subunit_alone is not None:
        sub = pack.subunit_alone.match(norm, e)
        if sub:  # "35 centimes de frais": hundredths of the currency the article names, if it names one
            unit, unit_end = ARTICLE_SUBUNIT, sub.end()
    what_from = unit_end
    if n.kind in ("vague", "base", "range"):
        bound = n.bound
    else:
        bound = "exact"
        cm = pack.bound_left.search(left)
        # "200 or more"; after a hedge too: "about 500 or fewer" is at most 500
        loose = not cm or cm.lastgroup == "approx"
        am = pack.bound_after.match(norm, unit_end) if pack.bound_after is not None and loose else None
        if am:
            bound = am.lastgroup or "exact"
            what_from = am.end()  # "200 o más manifestantes": the phrase follows the cue
        elif cm:
            bound = cm.lastgroup or "exact"
            word_before = left[: cm.start()].rsplit(None, 1)[-1:]  # the word before the cue, if any
            if (
                bound == "up_to"
                and (pack.up_to_as_to is None or pack.up_to_as_to.match(cm.group(0).strip()))
                and pack.change_verb_near.search(left[: cm.start()])
                and not (word_before and word_before[0] in pack.change_size_words)
            ):
                bound = "exact"  # "le bilan monte jusqu'à 211": to, not up to; "rise by up to": up to
            elif bound == "more_than" and pack.negation_left is not None and pack.negation_left.search(left[: cm.start()]):
                bound = "at_most"  # "ne pas pêcher plus de 298 000 tonnes", "should not exceed"
            elif bound == "more_than" and pack.amount_of_left is not None:
                # "einen Hilfsfonds über 20 Millionen": a noun's amount ("a fund of"), no bound;
                # read on the text, whose capitals mark the noun
                cue_at = s - len(left) + cm.start()
                if pack.amount_of_left.search(sent.text[max(0, cue_at - 40) : cue_at]):
                    bound = "exact"
            cue_start = max(0, s - 40) + cm.start()  # left may have lost its currency sign
    value, low, high = n.value, n.low, n.high
    if pence:
        value, low, high = (None if x is None else round(x / 100, 6) for x in (value, low, high))
    if (
        unit is None
        and n.kind == "words"
        and pack.point_fractions
        and norm[s:e].rsplit(" ", 1)[-1] in pack.point_fractions
        and not _OF_TIME.match(norm, e)
    ):
        unit = "percent"  # "tres décimas menos que en octubre": tenths of a percentage point
    elif (
        unit is None
        and n.kind == "digits"
        and pack.point_words is not None
        and n.value is not None
        and n.value % 1  # a decimal: "0,4 punti"; not a thousands mark, "2.300 puntos de atención"
        and _DECIMAL.search(norm, s, e)
    ):
        pm = pack.point_words.match(norm, e)
        if pm:
            # "scesa di 0,4 punti", "recule de 0,3 point": a change of a rate in points of
            # percentage (a whole number of points is an index's or basis points: no unit)
            unit, unit_end, what_from = "percent", pm.end(), pm.end()
    elif unit is None and n.kind == "words" and value is not None and 0 < value < 1 and _share_of(norm, s, e, pack):
        # "deux tiers des vergers", "half of the harvest": a share of a whole, in percent
        value = low = high = value * 100
        unit = "percent"
    if n.kind == "range" or n.kind == "vague":
        value = None
    elif bound in ("at_least", "more_than"):
        low, high = value, None
    elif bound in ("at_most", "up_to", "less_than"):
        low, high = None, value
    what, head = counted(sent, pack, e, what_from, cue_start, unit)
    if head and _ELIDED_ARTICLE.match(head):
        # "L'inflazione è salita al 3,1%": what is counted without its elided article
        head = head[2:]
        what = what[2:] if what and _ELIDED_ARTICLE.match(what) else what
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


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s$")


def _inside_name(n: Number, text: str, s: int, e: int, pack: Pack) -> bool:
    """A small number between two capitalised words inside a sentence, where only names are
    capitalised: "Il Sole 24 Ore", "Radio 24 Ore", "Canale 5 News"; not after the sentence's
    first word, not before a unit or a month."""
    if n.kind == "words" and text[s : s + 1].isupper() and text[:s].strip():
        # "Indústrias de Duas Rodas", "Cinque Terre": a number word capitalised inside a
        # sentence, a capitalised word after it: a name's
        a = _NEXT_WORD_AFTER.match(text, e)
        return a is not None and a.group(1)[:1].isupper() and not text[:s].rstrip().endswith((".", ":", "«", '"', "“"))
    if n.kind != "digits" or not n.plain_digits or len(n.plain_digits) > 3:
        return False
    b = _WORD_BEFORE.search(text, max(0, s - 30), s)
    a = _NEXT_WORD_AFTER.match(text, e)
    if b is None or a is None or not b.group(1)[:1].isupper() or not a.group(1)[:1].isupper():
        return False
    if not text[: b.start()].strip() or pack.unit_after.match(text.lower(), e) or pack.month_after.match(text.lower()[e:]):
        return False
    return b.group(1).lower() not in pack.stopwords and a.group(1).lower() not in pack.stopwords


def _share_of(norm: str, s: int, e: int, pack: Pack) -> bool:
    """Whether a fraction in words is a share of what follows: "two thirds of the public"."""
    last = norm[s:e].rsplit(" ", 1)[-1]
    if "-" in last and pack.number_words.get(last.rpartition("-")[0], 10) < 10:
        last = last.rpartition("-")[2]  # "two-thirds", "trois-quarts" (not "un vingt-cinquième")
    if last not in pack.fractions and last not in pack.share_words:
        return False
    if pack.fractions.get(last) == 2 and last not in pack.share_words:
        return False  # "una media de 660 al día": an average; a half is "la mitad", a share word
    nxt = _WORD.match(norm, e + 1) if norm[e : e + 1] == " " else None
    if nxt is None:
        return False
    w = nxt.group(0)
    return w in pack.complement_links or w in pack.share_links or w.split("'")[0] + "'" in pack.complement_links


def _in_score(norm: str, s: int, left: str, right: str, pack: Pack) -> bool:
    """Whether a small number is one side of a score in words ("por 2 a 1", "3 to 1") after a
    result's word in its clause ("vitória", "won")."""
    nm = _SCORE_NEXT.match(right)
    pm = _SCORE_PREV.search(left) if nm is None or nm.group(1) != pack.score_link else None
    if not ((nm and nm.group(1) == pack.score_link) or (pm and pm.group(1) == pack.score_link)):
        return False
    start = s if pm is None else s - len(pm.group(0))
    clause = max(norm.rfind(",", 0, start), norm.rfind(";", 0, start), norm.rfind(".", 0, start), start - 60, 0)
    return pack.score_words.search(norm, clause, start) is not None


def _age_after_name(n: Number, text: str, s: int, e: int) -> bool:
    """An age set off after a name: "Jörg Brenner (61)", "Daniel Meier, 57, said"."""
    if n.kind != "digits" or not n.plain_digits or len(n.plain_digits) > 3 or not 10 <= (n.value or 0) <= 120:
        return False
    if text[s - 1 : s] == "(" and text[e : e + 1] == ")":
        head = text[: s - 1].rstrip()
    elif text[s - 2 : s] == ", " and (text[e : e + 1] == "," or (text[e : e + 1] == "." and not text[e + 1 : e + 2].isdigit())):
        head = text[: s - 2]  # "..., said Hélène Bergeron-Lacasse, 49."
    else:
        return False
    word = head.rsplit(" ", 1)[-1]
    # the word before is a capitalised name (its parts: "Bergeron-Lacasse"), not a sentence start
    # or a place before a list
    if not all(p[:1].isupper() and (p[1:].islower() or not p[1:]) for p in word.split("-")):
        return False
    if len(head.split()) == 1:
        # "Okafor, 49, said": a surname alone opening the sentence, a verb after the age
        return text[e : e + 1] == "," and text[e + 1 :].lstrip()[:1].islower()
    return head.split()[-2][:1].isupper()


_RATE_BASES = (100.0, 1000.0, 10000.0, 100000.0, 1000000.0)


def _rate_base(left: str, right: str, pack: Pack) -> bool:
    """ "cada 100.000", "per 100,000 people": the base a rate is counted per ("per" is also
    "for": only before people)."""
    if pack.rate_each is not None and pack.rate_each.search(left):
        return True
    return bool(
        pack.rate_per is not None
        and pack.rate_people is not None
        and pack.rate_per.search(left)
        and pack.rate_people.match(right)
    )


_CODE_BEFORE = re.compile(r"(?<![\w])([A-Z]{2,6})\s$")


def _code_before(n: Number, text: str, s: int, pack: Pack) -> bool:
    """A long bare number after a code in capitals is an identifier: "le conteneur MSCU
    4471882", "flight LH 4402", "la motovedetta CP 324" (not a currency code: "USD 15000").
    A code of two letters takes three digits or more, a longer one four."""
    if n.kind != "digits" or not n.plain_digits or len(n.plain_digits) < 3:
        return False
    m = _CODE_BEFORE.search(text, max(0, s - 8), s)
    if m is None or len(n.plain_digits) < (3 if len(m.group(1)) == 2 else 4):
        return False
    return not pack.unit_before.search(m.group(1).lower() + " ")


def _in_clock_range(norm: str, s: int, e: int, pack: Pack) -> bool:
    """Whether the number at s:e is inside a span of opening hours the pack spells."""
    for m in pack.clock_range.finditer(norm, max(0, s - 14), min(len(norm), e + 14)):
        if m.start() <= s and e <= m.end():
            return True
    return False


def _score_or_clock(norm: str, s: int, e: int) -> bool:
    """Whether the number at s:e is one side of "2:1" (a score or a ratio: one digit after the
    colon) or of "14:30" (a clock: an hour, then two-digit minutes); "52:48" is two figures."""
    if norm[e : e + 1] == ":" and s >= 2 and norm[s - 1] == ":" and norm[s - 2].isdigit():
        return True  # the minutes of "2:27:05", a race time
    m = _COLON_PAIR.match(norm, s) if norm[e : e + 1] == ":" else _COLON_PAIR.search(norm, max(0, s - 4), e)
    if m is None or not (m.start() == s or m.end() == e):
        return False
    hour, after = m.group(1), m.group(2)
    return len(after) == 1 or (len(hour) <= 2 and int(hour) <= 24 and len(after) == 2 and after[0] in "012345")


def _part_of(d: Draft, prev: Draft, sent: Sentence, pack: Pack) -> bool:
    """A whole number said as a part of the scaled amount just before, with nothing of its own
    after it: "45 milioni, di cui 18 per l'attaccante" (not "di cui 18 giocatori")."""
    if pack.partitive_left is None or not (d.value or 0) < (prev.value or 0):
        return False
    left = sent.norm[max(0, d.start - sent.start - 20) : d.start - sent.start]
    if pack.partitive_left.search(left) is None or _own_noun(d.end - sent.start, sent.norm, pack):
        return False
    nw = _NEXT_WORD_AFTER.match(sent.norm, d.end - sent.start)  # "di cui 18 giocatori": counted, no money
    return nw is None or nw.group(1) in pack.stopwords or _money_noun(nw.group(1), pack)


def _own_noun(pos: int, norm: str, pack: Pack, text: str | None = None) -> bool:
    """Whether a noun of its own follows an amount at pos: "2 milioni di persone", "3 millions
    d'habitants", "2 million people" (not a money noun: "miliardi di prestiti")."""
    m = _NEXT_LINKED.match(norm, pos)
    if m is None:
        return False
    link, noun = m.group(1), m.group(2)
    if link in ("d'", "d’") or (pack.complement_links and link == pack.complement_links[0]):
        # a bare link ("di persone", "d'habitants"); with an article it is a complement
        # ("dai 191,5 miliardi della versione originaria")
        return noun not in pack.stopwords and not _money_noun(noun, pack)
    # where the head comes last, a noun right after the number: "2 million people" (elsewhere
    # the word after is as often an adjective: "2,5 milioni netti", "millions supplémentaires")
    if pack.head_final and link.isalpha() and link not in pack.stopwords and not _money_noun(link, pack):
        return True
    # where nouns are capitalised, a capitalised word right after it: "5,8 Millionen Menschen"
    return bool(
        text is not None
        and pack.nouns_capitalised
        and text[m.start(1) : m.start(1) + 1].isupper()
        and link.isalpha()
        and not _money_noun(link, pack)
    )


def _money_noun(word: str, pack: Pack) -> bool:
    """ "prestiti", "recettes", "losses": a noun that keeps an amount money."""
    return pack.money_context is not None and pack.money_context.fullmatch(word) is not None


def _money_said(n: Number, norm: str, s: int, e: int, pack: Pack, text: str | None = None) -> bool:
    """A bare amount in millions or more ("80 milioni") whose clause speaks of money before it
    (losses, costs, a tax, a jackpot) and that no noun of its own follows."""
    sw = _SCALE_WORD.search(norm, s, e)
    if sw is None or pack.scales.get(sw.group(0), 0) < 1e6:
        return False
    if _own_noun(e, norm, pack, text):
        return False  # "80 milioni di persone": a noun of its own
    clause = max(norm.rfind(",", 0, s), norm.rfind(";", 0, s), norm.rfind(":", 0, s), s - 120) + 1
    if pack.money_context.search(norm, max(0, clause), s) is not None:
        return True
    after = _AFTER_AMOUNT.match(norm, e)  # "800 millones en dividendos", "40 million in losses"
    return after is not None and pack.money_context.fullmatch(after.group(1)) is not None


def _capitalised_name(text: str, s: int, pack: Pack) -> bool:
    """A number word written with a capital after a determiner, inside a sentence, is a name:
    "les Vingt-Sept", "los Veintisiete", "the Big Four" (a title's capitals are not: its first
    word opens a sentence, and its determiner is capitalised too)."""
    if not text[s : s + 1].isupper():
        return False
    before = text[:s].rstrip()
    if before and before[-1] in "«“\"„" and _CAPITAL_WORD.match(text, _WORD_AT.match(text, s).end()):
        return True  # a title opening a quotation: "Quatro Patas na Estrada 2"
    det = _LAST_TOKEN.search(before)
    if det is None or not pack.determiners.match(det.group(0).lower() + " "):
        return False
    # the determiner in lower case, or opening the sentence ("Les Vingt-Sept ont importé")
    return det.group(0).islower() or not before[: det.start()].strip(" «\"“„'")


_LAST_TOKEN = re.compile(r"[\w']+$")
_WORD_AT = re.compile(r"[\w'-]+")
_CAPITAL_WORD = re.compile(r"\s+[A-ZÀ-Ý]")
_HOUR_MINUTES = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
# stock indices named by a number, in every language: the number is part of the name
_INDEX_WORDS = frozenset(
    ["cac", "ftse", "bist", "ibex", "dax", "mdax", "sdax", "tecdax", "s&p", "nikkei", "stoxx", "psi", "atx", "smi", "spi", "wig", "omx", "russell", "msci", "kospi", "sensex", "nifty", "aex", "omxs", "topix"]
)
_PHONE_LEFT = re.compile(r"(?<![\d,.])\d{2,3}(?: \d{2}){1,3} $")  # "04 92 81 |21 58", "808 24 |24 24"
_PHONE_RIGHT = re.compile(r"(?: \d{2}){2,4}(?![\d,]|\.\d| ?%)")  # the sentence's full stop may follow
# "(21) 2253-1177", "99876-5432": a phone number written with a dash between its halves
_PHONE_DASHED = re.compile(r"-\d{4}(?!\d)")
_AREA_CODE = re.compile(r"\) ?\d{4,5}-\d{4}(?!\d)")
_SCORE_NEXT = re.compile(r" (\w+) \d{1,2}(?![\d%]|[.,]\d| ?%)")  # "2 | a 1"
_SCORE_PREV = re.compile(r"(?<![\d.,])\d{1,2} (\w+) $")  # "2 a | 1"
_HOUR_H_LEFT = re.compile(r"(?<![\w,.])(?:[01]?\d|2[0-3]) ?h ?$")
_COLON_PAIR = re.compile(r"(?<!\d)(\d+):(\d+)(?!\d)")
_SCORE = re.compile(r"[-–](\d{1,2})(?!\d)([-–.,/]\d)?")
_LIST_NEXT = re.compile(r"\s+(\w+)\s+\d[\d.,]*")  # " und 81" (then its unit)
_LIST_PREV = re.compile(r"\d[\d.,]*\s+(\w+)\s+$")  # "67 and " before the number
_LIST_END = re.compile(r"\s*(?:[,.;:)]|$)")
_DIGIT_IN = re.compile(r"\d")
_DECIMAL = re.compile(r"\d[.,]\d")
_OF_TIME = re.compile(r"\s+(?:de|di|do|da) (?:segundo|secondo|seconde|hora|ora|heure)")  # "tres décimas de segundo"
_ZERO_LED = re.compile(r"(?<![\w,.])0\d+(?:\s\d+){0,3}\s$")  # "0800 123 4567": every group after the zero


def is_figure(n: Number, norm: str, s: int, e: int, left: str, right: str, pack: Pack, text: str = "") -> bool:
    """Whether a number is a figure; `norm` is the sentence lower-cased, `text` as written."""
    if n.kind in ("vague", "base"):
        return not pack.time_unit_after.match(right)  # "una ventina di minuti": a duration
    if n.kind == "digits":
        # each test looks first at the one character that can start it: most numbers skip all
        digit_left = left[-1:] == " " and left[-2:-1].isdigit()
        if (digit_left and _PHONE_LEFT.search(left)) or (right[1:2].isdigit() and _PHONE_RIGHT.match(right)):
            return False  # "04 92 81 21 58": a phone number's pairs, not five numbers
        if (
            right[:1] == "-"
            and n.plain_digits
            and len(n.plain_digits) in (4, 5)
            and _PHONE_DASHED.match(right)
            and (left.endswith(") ") or int(right[1:5]) < int(n.plain_digits[:4]))  # not a range: "1200-1500"
        ):
            return False  # "(21) 2253-1177", "99876-5432": a phone number
        if right[:1] == ")" and left[-1:] == "(" and _AREA_CODE.match(right):
            return False  # "(21) 2253-1177": its area code
        if left[-2:].strip()[-1:] == "h" and _HOUR_H_LEFT.search(left):
            return False  # the minutes of "à 9 h 30"
        if s and norm[s - 1] in "«“\"" and norm[e : e + 1] in "»”\"":
            return False  # "il «6» del SuperEnalotto": a number as a name
        if (norm[e : e + 1] == ":" or norm[s - 1 : s] == ":") and _score_or_clock(norm, s, e):
            return False  # "nach dem 2:1-Heimsieg", "à 14:30": neither number is a figure
        if pack.score_words is not None and n.plain_digits and len(n.plain_digits) <= 2 and _in_score(norm, s, left, right, pack):
            return False  # "a vitória do Flamengo por 2 a 1": a score
        sm = _SCORE.match(norm, e) if norm[e : e + 1] in "-–" else None
        if sm and int(sm.group(1)) <= (n.value or 0) and not sm.group(2):
            return False  # "beat Hull City 2-1", "finito 1-1": a score (the first number the larger, or a draw)
    before = norm[s - 1] if s > 0 else " "
    before2 = norm[s - 2] if s > 1 else " "
    # glued to a name: F-16, Covid-19, G7, A320, 49.3 (the "3" of an article number)
    glued_code = before.isalpha() and pack.unit_before.search(left)  # USD115.5: a currency code, no name
    if (before.isalpha() and not glued_code) or (before in "-/#°" and before2.isalnum()) or (before in ".," and before2.isdigit()):
        return False
    if n.kind == "digits" and pack.ordinal_after.match(norm, e):
        return False  # 1er novembre, 2e brigade
    if n.kind == "digits" and norm[s] == "0" and (n.value or 0) >= 1 and (
        norm[s + 1 : s + 2].isdigit() or (norm[s + 1 : s + 2].isspace() and norm[s + 2 : s + 3].isdigit())
    ):
        return False  # 0 805 690 140, 08001: a leading zero makes a phone number, a code
    if n.kind != "words" and left[-1:] == " " and left[-2:-1].isdigit() and _ZERO_LED.search(left):
        return False  # the "123", "4567" of "0800 123 4567", the "672-4242" of "0221 672-4242": the rest of the phone number
    if n.kind == "digits" and norm.startswith(".", e) and ordinal_dot(norm, s, e + 1, pack):
        return False  # am 8. Oktober, der 2. Weltkrieg
    after = norm[e] if e < len(norm) else " "
    if (
        after.isalpha()
        and not pack.unit_after.match(norm, e)
        and not n.scaled
        and not (pack.glued_subunit is not None and pack.glued_subunit.match(norm, e))
    ):
        return False  # 14h30, 3D, A320neo; not "85p" (pence)
    if after in "/+" and e + 1 < len(norm) and norm[e + 1].isdigit():
        return False  # 5/17/2018, Lei 14.197/2021, "2+2" talks
    if after in "-–" and _CHAIN.match(norm, e):
        return False  # +1-222-2222-2222, 2024-01-05: a phone number or a date
    if before == "+" and before2.isdigit():
        return False  # the second 2 of "2+2"
    if pack.time_unit_after.match(right):
        return False  # ages, durations, times of day: 73 ans, trois jours, 14 h
    # most numbers are followed by no second number, preceded by none: a cheap look first
    lm = _LIST_NEXT.match(right) if n.kind == "digits" and _DIGIT_IN.search(right, 0, 16) else None
    if (
        lm
        and (lm.group(1) in pack.clause_coordinators or pack.change_to.match(lm.group(1)))
        and pack.time_unit_after.match(right[lm.end() :])
    ):
        return False  # "67 und 81 Jahre alt", "von 22 bis 5 Uhr": the first of a list or span of times
    lp = _LIST_PREV.search(left) if n.kind == "digits" and _DIGIT_IN.search(left, max(0, len(left) - 16)) else None
    if (
        lp
        and lp.group(1) in pack.clause_coordinators
        and _LIST_END.match(right)  # "aged 67 and 81,"; not "classe 3 e 240 treni"
        and pack.id_left.search(left[: lp.start()])
    ):
        return False  # "aged 67 and 81", "articles 12 et 14": a list after an id or age cue
    if pack.month_after.match(right):
        return False  # le 1er novembre, 19 décembre
    if (
        pack.month_left is not None
        and n.kind in ("digits", "range")
        and ((n.high if n.kind == "range" else n.value) or 0) <= 31
        and pack.month_left.search(left)
    ):
        return False  # March 12, on May 3, "conducted Dec. 8-12"
    idm = pack.id_left.search(left)
    if idm and not _counted_after_weekday(idm.group(0), right, pack):
        return False  # article 5, résolution 2231
    if (
        pack.model_left is not None
        and text
        and n.kind == "digits"
        and any(w in norm for w in pack.model_words)  # most sentences name no model
        and pack.model_left.search(text, max(0, s - 60), s)
    ):
        return False  # "die Modelle Urban 8 und Urban 10 Pro": a model's name
    if n.kind == "digits" and left[-1:] == " " and (left[-12:].split() or [""])[-1] in _INDEX_WORDS:
        return False  # "der Leitindex BIST 100", "le CAC 40", "the FTSE 100": a stock index's name
    if pack.street_after is not None and n.kind == "digits" and pack.street_after.match(right):
        return False  # "au 30 boulevard Vivier-Merle", "at 10 Downing Street": a house number
    if (
        n.plain_digits in pack.service_numbers
        and left.rsplit(None, 1)[-1:]
        and (
            left.rsplit(None, 1)[-1] in pack.definite
            or left.rsplit(None, 1)[-1] in pack.service_leads
            or left.rsplit(None, 1)[-1].endswith(("'s", "’s"))  # "the city's 311 service line"
        )
        and not pack.unit_after.match(norm, e)
    ):
        return False  # "según ha informado el 112", "el último parte del 112": the emergency service, a name
    if pack.clock_range is not None and n.kind in ("range", "digits") and _in_clock_range(norm, s, e, pack):
        return False  # "dalle 10 alle 13", "das 9 às 17": opening hours
    if n.kind == "range":
        return True
    v = n.value or 0
    four_digits = (
        n.plain_digits is not None and len(n.plain_digits) == 4 and not pack.unit_after.match(norm, e)
    )
    if four_digits and (1900 <= v <= 2100 or (1000 <= v < 1900 and pack.year_left.search(left))):
        return _count_like_year(text or norm, e, left, right, pack)  # a year, unless "mehr als 2000 Menschen"
    if n.kind == "words" and text and s > 0 and text[s : s + 1].isupper() and _word_of_name(text, s):
        return False  # "según Sigma Dos", "the Big Four banks": a number word inside a name
    # les deux pays, l'un des deux: small number words that point back at known things (not a
    # fraction: "les deux tiers des gares", "los dos tercios")
    return not (n.kind == "words" and 1 <= v <= 12 and pack.anaphora_left.search(left) and norm[s:e] not in pack.share_words)


_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def _word_of_name(text: str, s: int) -> bool:
    """Whether a capitalised word at `s`, inside its sentence, follows a capitalised word and so
    belongs to a name, where the sentence is not written in title case (an English headline)."""
    head = text[:s].rstrip()
    if not head or head[-1] in ".!?:;\"«»“”(—–-'’" or not head.rsplit(None, 1)[-1][:1].isupper():
        return False
    words = _LONG_WORD.findall(text)
    return not (len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words))


_COUNT_BOUNDS = frozenset({"approx", "more_than", "at_least", "less_than", "at_most"})


def _count_like_year(text: str, e: int, left: str, right: str, pack: Pack) -> bool:
    """A number a year could be, written without a group mark, that counts: after a bound cue
    that no date takes ("more than", "rund", "plus de") and before a noun that is not a time
    unit ("mehr als 2000 Menschen", "about 1950 people"); `text` is as written, for the noun's
    capital. "Around 2030 the plant", "vers 2030 les",
    "rund 2000 Jahre" stay years and durations."""
    cm = pack.bound_left.search(left)
    # "bis zu 2000 Wildschweine": "up to" before a capitalised noun counts; "jusqu'à 2100 sans"
    # is "until" a year where a noun has no capital to tell it
    counting = cm is not None and (cm.lastgroup in _COUNT_BOUNDS or (cm.lastgroup == "up_to" and pack.nouns_capitalised))
    if not counting or pack.time_unit_after.match(right):
        return False
    wm = _NEXT_WORD_AFTER.match(text, e)
    if not wm:
        return False
    word = wm.group(1)
    if word.lower() in pack.stopwords or pack.month_after.match(right):
        return False
    return word[0].isupper() == pack.nouns_capitalised


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
        if not lm and pack.head_final:  # "a 3.2% rise": the number stands before its phrase
            right = _np_right(text, norm, pos, pack)
        if right[1] and right[1].lower() not in pack.not_heads:
            return right
        return _np_left_unsourced(text, norm, cue_start, pack)
    if pack.change_by is not None and pack.change_by.search(norm, 0, cue_start) and (unit is not None or not _np_right(text, norm, pos, pack)[1]):
        # "raises taxes by £40bn": what changes (a count names its own noun: "short by 1,700 officers")
        r = _np_left_unsourced(text, norm, cue_start, pack)
        if r[1]:
            return r
    if pack.rate_after is not None:
        rm = pack.rate_after.match(norm, pos)  # "£32bn a year of extra borrowing"
        pos = rm.end() if rm else pos
    mm = pack.money_link.match(norm, pos) if pack.money_link and _currency(unit) else None
    if mm and norm[:cue_start].rstrip().rpartition(" ")[2] in pack.complement_links:
        mm = None  # "a package of aid of €10.6bn for families": the amount measures the phrase before it
    if mm:  # "£240m in payments to Kigali"
        r = _np_right(text, norm, mm.end(), pack)
        if r[1]:
            return r
    lm = pack.what_link.match(norm, pos)
    if lm:
        pos = lm.end()
        r = _np_right(text, norm, pos, pack)
        if r[1]:
            return r
    elif unit is None or pack.head_final:  # a count: the noun follows (12 000 soldats); an amount needs "de"
        am = pack.what_aux.match(norm, pos)
        if am:
            m = _WORD.match(text, am.end())
            if m:
                return m.group(0), m.group(0)
        r = _np_right(text, norm, pos, pack)
        if r[1] and not (pack.verb_head_defers and r[1].lower().endswith(pack.verb_endings)):
            return r
        if r[1]:  # "la cifra asciende a 217, de los que 211 murieron": a verb, not the counted noun
            nm = _number_of(pack.number_of, norm)
            v = _np_right(text, norm, nm.end(), pack) if nm else (None, None)
            return v if v[1] else r
    nm = _number_of(pack.number_of, norm)
    if nm:
        r = _np_right(text, norm, nm.end(), pack)
        if r[1]:
            return r
        if pack.head_final and nm.start() < cue_start <= nm.end() + 1:
            return None, None  # "a total of 10,000 by December": the noun said before, if any
    return _np_left_unsourced(text, norm, cue_start, pack)


@lru_cache(maxsize=16)
def _number_of(pattern: re.Pattern, norm: str) -> re.Match | None:
    """ "le nombre de" in a sentence, searched once: each of its figures may look for it."""
    return pattern.search(norm)


def iso_currency(unit: str | None) -> bool:
    """Whether a unit is money named by its ISO 4217 code (EUR, USD)."""
    return bool(unit) and len(unit) == 3 and unit.isupper()


def _currency(unit: str | None) -> bool:
    return unit == ARTICLE_CURRENCY or iso_currency(unit)


@lru_cache(maxsize=16)
def _sentence_tokens(text: str, norm: str) -> tuple[list[int], list[int], list[str], list[tuple[int, int]]]:
    """Every token of a sentence (starts, ends, words of the view, (start, end) spans), cut
    once: the phrase readers look at windows of the same sentence several times a figure."""
    # split keeps the tokens: [space, token, space, token, ..., space]; the running sums of
    # their lengths are where each piece ends, so all of it runs in C, not a loop per token
    if _RECLASSED.search(text) is None:  # the view cuts the same tokens: split it, no slicing
        parts = _WORD_SPLIT.split(norm)
        offsets = list(accumulate(map(len, parts)))
        starts, ends = offsets[:-1:2], offsets[1::2]
        return starts, ends, parts[1::2], list(zip(starts, ends, strict=True))
    offsets = list(accumulate(map(len, _WORD_SPLIT.split(text))))
    starts, ends = offsets[:-1:2], offsets[1::2]
    words = list(map(norm.__getitem__, map(slice, starts, ends)))
    return starts, ends, words, list(zip(starts, ends, strict=True))


def _counted_after_weekday(cue: str, right: str, pack: Pack) -> bool:
    """Whether a number after a weekday is a count, not the day's date: a noun follows it ("ha
    contabilizado este lunes 19 muertos"), not a month, a stop or a little word ("el sábado 11
    por la noche")."""
    words = cue.split()
    if not words or words[-1] not in pack.data.WEEKDAYS:
        return False
    m = _NEXT_WORD_AFTER.match(right)
    word = m.group(1) if m else ""
    return word.islower() and len(word) >= 4 and word not in pack.stopwords and word not in pack.stopwords_what


def _window(text: str, norm: str, pos: int, end: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The tokens of text[pos:end] and their words in the view: what _WORD.finditer(text, pos,
    end) gives. A token is a run of word characters or one other mark, so the tokens of a
    window are the sentence's tokens cut at the window's edges."""
    if pos >= end:
        return [], []
    starts, ends, words, spans = _sentence_tokens(text, norm)
    i = bisect_right(ends, pos)  # the first token ending after pos
    j = bisect_left(starts, end, i)  # past the last token starting before end
    toks = spans[i:j]
    ws = words[i:j]
    if toks:
        a, b = toks[0]
        if a < pos:
            toks[0] = a, b = pos, b
            ws[0] = norm[a:b] if b <= end else norm[a:end]
        a, b = toks[-1]
        if b > end:
            toks[-1] = a, end
            ws[-1] = norm[a:end]
    return toks, ws


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
    if pack.head_final:
        return _np_right_head_final(text, norm, pos, pack)
    toks, words = _window(text, norm, pos, min(len(text), pos + 70))
    n = len(words)
    i = 0
    if n > 1 and words[0].isdigit() and _content(words[1], pack):
        toks, words, n = toks[1:], words[1:], n - 1  # "23 dei 32 paesi alleati": after the 32
    if n > 1 and words[0] in pack.possessives:
        toks, words, n = toks[1:], words[1:], n - 1  # "16 % de leurs colonies": the colonies
    while i < n and words[i] in pack.premodifiers:
        i += 1
    premods = i
    first = 0  # "sono 173mila gli edifici crollati": the article is no part of what is counted
    while first < premods - 1 and words[first] in pack.complement_determiners:
        first += 1
    if pack.nouns_capitalised:  # "weiteren nordkoreanischen Offizieren": adjectives, then the noun
        i = _skip_lower(text, toks, words, i, pack)
    if i >= n or not _content(words[i], pack) or (pack.nouns_capitalised and text[toks[i][0]].islower()):
        i = premods
        if i > 0:  # "plus de 30 000 autres": the premodifier is all there is
            return text[toks[first][0] : toks[i - 1][1]], text[toks[i - 1][0] : toks[i - 1][1]]
        return None, None
    if first == premods - 1 and words[first] in pack.complement_determiners:
        first = premods
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
    if pack.what_coordinators:
        last = _coordinated(text, toks, words, last, pack)
    return text[toks[first][0] : toks[last][1]], text[toks[head][0] : toks[head][1]]


def _coordinated(text: str, toks: list[tuple[int, int]], words: list[str], last: int, pack: Pack) -> int:
    """The end of a list of nouns the phrase opens: 'fiumi, strade e opere pubbliche',
    'edifici crollati o gravemente danneggiati'; it must close with a coordinator."""
    i, end = last + 1, last
    while i + 1 < len(words) and (words[i] == "," or words[i] in pack.what_coordinators):
        j = i + 1
        w = words[j]
        if not _content(w, pack) or w in pack.measure_verbs or w.endswith(pack.verb_endings):
            break
        if not text[toks[j][0]].islower():
            break
        while j + 1 < len(words) and _is_adjective(words[j + 1], pack) and text[toks[j + 1][0]].islower():
            j += 1
        if j + 1 < len(words) and (words[j + 1][0].isdigit() or words[j + 1] in pack.number_words):
            break  # "2 tonnellate di cocaina e arrestato 14 persone": a verb and its object
        if words[i] != ",":
            end = j
            break
        i = j + 1
    return end


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


def _np_left_unsourced(text: str, norm: str, cue_start: int, pack: Pack) -> tuple[str | None, str | None]:
    """_np_left, past a source: the phrase an according cue opens names who says, not what is
    measured ("Die Kosten belaufen sich laut Ministerium auf", "la rénovation coûtera selon
    les experts"): the search goes on before the cue."""
    from figtrail.attribute import attributions  # the sentence's cues, read once (cached for the anchors)

    for m in attributions(pack.code, norm):
        if (
            m.group("speech") is not None
            and 0 <= cue_start - m.end() <= 1
            and " " in m.group(0).strip()
            and not any(pack.determiners.match(w + " ") for w in m.group(0).split())  # "situó la cifra en": its noun
        ):
            return None, None  # "le ministère fait état de 12,8 %": the speech verb's noun counts nothing
    r = _np_left(text, norm, cue_start, pack)
    if r[0] is None:
        return r
    at = text.rfind(r[0], 0, cue_start)
    if at < 0:
        return r
    end = at + len(r[0])
    for m in attributions(pack.code, norm):
        if m.group("according") is None or m.start() >= end or m.end() < at - 40:
            continue
        gap = norm[m.end() : at].split()
        if (len(gap) <= 2 and all(w in pack.left_determiners or w in pack.definite for w in gap)) or (
            # "nach Angaben des Statistischen Bundesamtes": the owner of the cue's evidence word
            len(gap) <= 3 and gap and (gap[0] in pack.evidence_nouns or gap[0] in pack.genitive_determiners)
        ):
            return _np_left(text, norm, m.start(), pack)
    return r


def _np_left(text: str, norm: str, cue_start: int, pack: Pack) -> tuple[str | None, str | None]:
    """The phrase a number measures from before it: 'une baisse de [plus de] 30 %',
    'la dette publique atteignait 112 %', 'imposés à au moins 20 %'."""
    toks, words = _window(text, norm, max(0, cue_start - 60), cue_start)
    if pack.head_final:
        return _np_left_head_final(text, toks, words, pack)
    if pack.nouns_capitalised:
        return _np_left_capitalised(text, toks, words, pack)
    k = len(words) - 1
    seen = 0
    first_content = None
    while k >= 0 and seen < pack.left_window:
        w = words[k]
        if pack.what_subject and w == ")" and "(" in words[:k]:
            k = max(i for i in range(k) if words[i] == "(") - 1
            continue  # "il fondo speciale (Sondervermögen) da 100 miliardi": past the aside
        if pack.what_subject and w == "," and seen == 0:
            return _np_subject(text, norm, toks[k][0], pack)  # "La quarta, da 16,5 miliardi,"
        if not w[0].isalnum():
            break  # punctuation ends the clause
        if w in pack.left_determiners and k < len(words) - 1:
            j = k + 1
            while j < len(words) - 1 and words[j] in pack.premodifiers:
                j += 1  # "un primer paquete de ayudas de 10.600 millones": the head follows
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
        participle = (
            pack.what_past_participle and seen == 0 and k >= 1 and words[k - 1] in pack.speech_auxiliaries and _content(w, pack)
        )
        if w.endswith(pack.verb_endings) or w in pack.adjective_not or w in pack.measure_verbs or participle:
            if pack.what_subject and seen == 0:  # "le frane ... sono 376": the verb's subject
                r = _np_subject(text, norm, toks[k][0], pack)
                if r[1]:
                    return r
            k -= 2 if participle else 1  # "les secours ont coûté": the auxiliary too
            continue  # a verb between the phrase and its number
        if w not in pack.left_skip:
            seen += 1
            if first_content is None and _content(w, pack) and w not in pack.not_heads:
                first_content = k
        k -= 1
    if first_content is not None:
        head = first_content
        if pack.what_left_chain:
            head = _head_before(words, head, pack)
        return text[toks[head][0] : toks[first_content][1]], text[toks[head][0] : toks[head][1]]
    return None, None


def _head_before(words: list[str], k: int, pack: Pack) -> int:
    """Where adjectives and complements follow their noun, the head of a phrase read back
    from its last word: "superávit primário" (an adjective after its noun), "margem de
    tolerância" (a complement after its noun)."""
    if (
        k >= 1
        and _is_adjective(words[k], pack)
        and _content(words[k - 1], pack)
        and words[k - 1] not in pack.left_skip
    ):
        k -= 1
    if (
        k >= 2
        and words[k - 1] in pack.complement_links
        and _content(words[k - 2], pack)
        and not words[k - 2].endswith(pack.verb_endings)
    ):
        k -= 2
    return k


_SEGMENT_STOP = frozenset(';:.!?"()«»')  # a token opening with one of these ends a segment


def _np_subject(text: str, norm: str, end: int, pack: Pack) -> tuple[str | None, str | None]:
    """The subject of the verb ending the clause at `end` ("le frane principali censite tra
    collina e montagna sono 376", "la quota di fondi destinata agli obiettivi sale dal 37,5%"):
    the last phrase opened by a determiner that no preposition governs, in the clause's last
    comma segment; a segment opened by a preposition ("gli sfollati, nei giorni più critici,
    hanno superato") is passed over."""
    toks, words = _window(text, norm, max(0, end - 160), end)
    stop = 0
    for i, w in enumerate(words):
        if w[0] in _SEGMENT_STOP or w in pack.subordinators:
            stop = i + 1
    seg_end = len(words)
    while seg_end > stop:
        seg_start = seg_end - 1
        while seg_start > stop and words[seg_start - 1] != ",":
            seg_start -= 1
        for j in range(seg_end - 2, seg_start - 1, -1):
            w = words[j]
            if w not in pack.left_determiners or not _content(words[j + 1], pack):
                continue
            if j > seg_start and (words[j - 1] in pack.left_skip or pack.adverbial_start.fullmatch(words[j - 1])):
                continue  # "per i lavoratori": a complement, not the subject
            head = j + 1
            while head + 1 < seg_end and words[head] in pack.premodifiers and _content(words[head + 1], pack):
                head += 1  # "i nuovi casi sono 1.250"
            last = head
            m = head + 1
            while m < seg_end:
                if _is_adjective(words[m], pack) and text[toks[m][0]].islower():
                    last, m = m, m + 1
                elif words[m] in pack.complement_links and m + 1 < seg_end and _content(words[m + 1], pack):
                    last, m = m + 1, m + 2  # "la quota di fondi"
                else:
                    break
            if words[head] in pack.not_heads:
                return None, None
            return text[toks[head][0] : toks[last][1]], text[toks[head][0] : toks[head][1]]
        first = words[seg_start] if seg_start < seg_end else ""
        if seg_start < seg_end - 1 and not pack.adverbial_start.fullmatch(first):
            return None, None  # a segment with no subject in it: give up
        seg_end = seg_start - 1  # past the comma
    return None, None


def _np_left_capitalised(
    text: str, toks: list[tuple[int, int]], words: list[str], pack: Pack
) -> tuple[str | None, str | None]:
    """_np_left where nouns are capitalised: the nearest capitalised noun before the number
    (verbs and adverbs between are lower-case), with the noun it complements ("den
    Investitionsbedarf der Truppe auf 300") and its adjectives ("der reguläre Wehretat")."""
    k = len(words) - 1
    seen = 0
    head = governed = None
    while k >= 0 and seen < 4:
        w = words[k]
        if not w[0].isalnum():
            break  # punctuation ends the clause
        if w not in pack.left_skip:
            seen += 1
            if _content(w, pack) and w not in pack.not_heads and text[toks[k][0]].isupper():
                if (k + 2 == len(words) and words[k + 1] in pack.complement_links) or not _governed(words, k, pack):
                    head = k  # (a noun right before its number owns it: "in einem Gebiet von 1.200")
                    break
                # "die Zahl der Bewerbungen seit Jahresbeginn um 20 Prozent": a noun a preposition
                # governs says when or where; what is measured stands before it, if anything does
                # ("In den Fonds flossen 434 Millionen": the fund)
                governed = k if governed is None else governed
                seen -= 1
        k -= 1
    head = head if head is not None else governed
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


def _governed(words: list[str], k: int, pack: Pack) -> bool:
    """Whether a capitalised noun is governed by a preposition before it (its article and
    adjectives between): "seit Jahresbeginn", "an der Börse in Seoul", "nach dem Sturz"."""
    if not pack.place_time_prepositions:
        return False
    j = k - 1
    while j >= k - 3 and j >= 0 and (
        words[j] in pack.left_determiners
        or (_content(words[j], pack) and words[j] not in pack.place_time_prepositions and words[j] not in pack.stopwords_what)
    ):
        j -= 1  # its article and adjectives ("an der Börse", "in erster Instanz")
    return j >= 0 and words[j] in pack.place_time_prepositions


def _np_words(text: str, toks: list[tuple[int, int]], words: list[str], i: int, pack: Pack, max_words: int):
    """Where phrases end in their head ("North Korean soldiers"): the modifiers and head from
    token i, as (first, last) token indices, or None. A participle after a noun ends the phrase
    ("officers patrolling beaches", "people crossed"); so does a lower-case plural ("attempts")."""
    start = i
    n = len(words)
    while i < n and i - start < max_words:
        w = words[i]
        if not (_content(w, pack) or w in pack.premodifiers) or w in pack.complement_links:
            break  # "the restoration | of the lighthouse": the complement is read after the head
        if (
            i > start
            and w.endswith(pack.verb_endings)
            and not text[toks[i][0]].isupper()
            and not words[i - 1].endswith("ly")  # "critically endangered": an adverb's participle
        ):
            nxt = words[i + 1] if i + 1 < n else ""
            if w.endswith("ed") or _content(nxt, pack):
                break  # a verb: "officers patrolling French beaches", "people crossed"
        i += 1
        if text[toks[i - 1][0]].islower() and (
            (w.endswith("s") and not w.endswith(("ss", "us")) and len(w) > 3)  # "surplus", "census"
            or w in pack.irregular_plurals
        ):
            break  # "26,000 crossing attempts last year", "tax measures bring", "people made"
    if i == start:
        return None
    if i == start + 1 and words[start].endswith("ed") and i < n and words[i][0].isalpha():
        return None  # "of which 211 died in": a verb, not a noun
    return start, i - 1


def _np_right_head_final(text: str, norm: str, pos: int, pack: Pack) -> tuple[str | None, str | None]:
    """The noun phrase at pos where the head comes last, with one complement
    ("agents of the National Police"); quotes around it are dropped ("black hole")."""
    toks, words = _window(text, norm, pos, min(len(text), pos + 90))
    i = 1 if words and words[0] == '"' else 0
    if i < len(words) - 1 and (words[i] in pack.complement_determiners or words[i] in pack.possessives):
        i += 1  # "40% of the stations", "a third of its staff": what is counted, not its article
    span = _np_words(text, toks, words, i, pack, 6)
    if span is None:
        return None, None
    first, head = span
    last = head
    j = head + 1
    if j < len(words) and words[j] in pack.complement_links:
        j += 1
        while j < len(words) and words[j] in pack.complement_determiners:
            j += 1
        sub = _np_words(text, toks, words, j, pack, 4)
        if sub is not None:
            last = sub[1]
    return text[toks[first][0] : toks[last][1]], text[toks[head][0] : toks[head][1]]


def _np_left_head_final(
    text: str, toks: list[tuple[int, int]], words: list[str], pack: Pack
) -> tuple[str | None, str | None]:
    """The phrase a number measures from before it, where the head comes last: past the
    prepositions and measure verbs ("the global economy will grow by 3.2%", "corporation tax
    would stay at no more than 25%", "raise spending by almost"), the words up to the head."""
    k = len(words) - 1
    for _ in range(2):  # "an average of 6.7%": a head that is no head sends the search further back
        steps = 0
        while k >= 0 and steps < 6 and (words[k] in pack.left_skip or words[k] in pack.measure_verbs):
            if k > 0 and words[k - 1] in pack.left_determiners and words[k] not in pack.left_skip:
                break  # "a fall of 36%", "an average of 6.7%": a noun, not a verb
            k -= 1
            steps += 1
        if k < 0 or not words[k][0].isalnum():
            return None, None
        end = k
        while (
            k >= 0
            and end - k < 5
            and _content(words[k], pack)
            # a measure verb after its article is a noun: "the cost of Project Torrent had risen to"
            and (k == end or words[k] not in pack.measure_verbs or (k >= 1 and words[k - 1] in pack.left_determiners))
        ):
            k -= 1
        if k == end:
            return None, None
        if words[end] not in pack.not_heads:
            first = k + 1
            if k >= 1 and words[k] in pack.postmodifier_links and _content(words[k - 1], pack):
                j = k - 1  # "the aids for damaged housing will go from": the phrase it ends
                while j >= 0 and first - j < 8 and _content(words[j], pack) and words[j] not in pack.measure_verbs:
                    j -= 1
                first = j + 1
                if first < k:
                    return text[toks[first][0] : toks[end][1]], text[toks[k - 1][0] : toks[k - 1][1]]
            # a complement inside the phrase: its head comes before the link ("cost of Project Torrent")
            link = next((j for j in range(first + 1, end) if words[j] in pack.postmodifier_links), None)
            head = link - 1 if link is not None else end
            return text[toks[first][0] : toks[end][1]], text[toks[head][0] : toks[head][1]]
        while k >= 0 and words[k] in pack.left_determiners:
            k -= 1
    return None, None


def _change_unit(drafts: list[Draft], sent: Sentence, pack: Pack) -> None:
    """A change names its unit once, after the second number: "von 6,0 auf 6,6 Prozent",
    "from 6.0 to 6.6 percent", "de 6,0 à 6,6 %": the first number has it too; and the first
    number of a change is marked (what is now, whatever the change's modality)."""
    if len(drafts) < 2:
        return
    norm, base = sent.norm, sent.start
    for a, b in zip(drafts, drafts[1:], strict=False):
        if a.unit is not None or b.unit is None or a.num.kind != "digits":
            continue
        between = norm[a.end - base : b.start - base]
        left = norm[max(0, a.start - base - 30) : a.start - base]
        if pack.change_to.match(between) and pack.range_from_left.search(left):
            a.unit = b.unit
    for a, b in zip(drafts, drafts[1:], strict=False):
        # "da 160.000 euro a 100.000", "oggi 160.000 euro, potrebbe scendere fino a 100.000": where
        # an amount of money goes, the number it goes to is money too
        if (
            b.unit is None
            and iso_currency(a.unit)
            and b.num.kind == "digits"
            # no noun of its own after it ("fino a 1.200 posti" counts seats)
            and (b.what is None or b.what.lower() in pack.units_after or b.what not in sent.text[b.end - base :])
            and _comparable(a.value, b.value)
        ):
            between = norm[a.unit_end - base : b.start - base]
            left = norm[max(0, a.start - base - 30) : a.start - base]
            if (pack.change_to.match(between) and pack.range_from_left.search(left)) or (
                len(between) < 60 and not any(c.isdigit() for c in between) and pack.change_verb_to.search(between)
            ):
                b.unit = a.unit
    for a, b in zip(drafts, drafts[1:], strict=False):
        if a.unit == b.unit and pack.change_to.match(norm[a.unit_end - base : b.start - base]):
            left = norm[max(0, a.start - base - 30) : a.cue_start - base]
            a.change_from = bool(pack.range_from_left.search(left))


def _change_from(drafts: list[Draft], sent: Sentence, pack: Pack) -> None:
    """ "o desconto passou de 15% para 25%": "passar de" before a change's first number is
    "from", not "more than"; both numbers are exact (spec: a change is two figures)."""
    norm, base = sent.norm, sent.start
    for a, b in zip(drafts, drafts[1:], strict=False):
        if a.bound != "more_than" or a.value is None:
            continue
        if pack.change_to.match(norm[a.unit_end - base : b.start - base]) and pack.change_verb_near.search(
            norm[max(0, a.start - base - 40) : a.start - base]
        ):  # the cue is a verb of change with its "de": not "more than 5% to 7%"
            a.bound, a.low, a.high = "exact", a.value, a.value


def _compared_unit(drafts: list[Draft], sent: Sentence, pack: Pack) -> None:
    """A unit said once for two numbers set side by side: "9 400 tonnes, contre 18 100 l'an
    dernier", "131,500 tonnes from 254,000" (the second takes the first's), "93.000 y 61.000
    toneladas" (the first takes the second's). Only a number without a unit takes one: from a
    value of the same order after a comparing word, or from the next across a bare "and"."""
    if len(drafts) < 2:
        return
    norm, base = sent.norm, sent.start
    for a, b in zip(drafts, drafts[1:], strict=False):
        if (a.unit is None) == (b.unit is None) or b.num.kind == "range" or (a.num.kind == "range" and a.unit is None):
            continue
        between = norm[a.unit_end - base if a.unit else a.end - base : b.start - base]
        if "," in between and a.unit is not None and len(between) < 40:
            between = between[between.rfind(",") :]  # "4.000 euro al chilo, contro i 5.000": its rate aside
        if (
            a.unit is not None
            and pack.compare_link is not None
            and pack.compare_link.match(between)
            and _comparable(a.value if a.value is not None else a.high, b.value)
        ):
            b.unit = a.unit
        elif (
            b.unit is not None
            and a.num.kind == "digits"
            and b.num.kind == "digits"
            and pack.range_and.match(norm[a.end - base : b.start - base])
        ):
            a.unit = b.unit


def _set_against(d: Draft, prev: Draft, sent: Sentence, pack: Pack) -> bool:
    """A bare number set against a scaled amount by a comparing word, the same order once
    scaled: "almeno 300 miliardi di euro, contro i circa 387" (387 billion)."""
    if pack.compare_link is None:
        return False
    between = sent.norm[prev.unit_end - sent.start : d.cue_start - sent.start]
    if "," in between and len(between) < 40:
        between = between[between.rfind(",") :]
    mult = scale_in(sent.norm[prev.start - sent.start : prev.end - sent.start], pack)
    return pack.compare_link.match(between) is not None and _comparable((d.value or 0) * mult, prev.value or prev.low)


def _comparable(x: float | None, y: float | None) -> bool:
    """Two values of one measure set side by side: within a factor of 20."""
    return bool(x and y) and 1 / 20 <= x / y <= 20


def _elided(drafts: list[Draft], sent: Sentence, pack: Pack) -> None:
    """Scale and currency said once for several numbers: '85,4 miliardi, di cui 24,9 di
    sovvenzioni' (24,9 is 24.9 billion); 'environ 40 milliards d'euros ... une vingtaine
    de milliards' (EUR)."""
    prev = None
    for d in drafts:
        if prev is not None and d.unit is None and prev.unit not in (None, "percent"):
            if d.num.scaled and (d.value or d.low or 0) >= 1e6:
                if not _own_noun(d.unit_end - sent.start, sent.norm, pack, sent.text):  # "..., e 2 milioni di persone"
                    d.unit = prev.unit
            elif (
                d.num.kind == "digits"
                and not d.num.scaled
                and prev.num.scaled
                and (d.value or 0) < 1000
                and ((d.value or 0) % 1 or _part_of(d, prev, sent, pack) or _set_against(d, prev, sent, pack))
            ):
                mult = scale_in(sent.norm[prev.start - sent.start : prev.end - sent.start], pack)
                if mult > 1:
                    d.value = rescale(d.value, mult) if d.value is not None else None
                    d.low = rescale(d.low, mult) if d.low is not None else None
                    d.high = rescale(d.high, mult) if d.high is not None else None
                    d.unit = prev.unit
                    mm = pack.money_link.match(sent.norm, d.unit_end - sent.start) if pack.money_link else None
                    if d.what is None and mm:  # "vale 28 miliardi, 15,7 in deficit"
                        d.what, d.what_head = _np_right(sent.text, sent.norm, mm.end(), pack)
                    continue  # "85,4 miliardi: 24,9 di anticipo e 60,5 con le rate": the scale stays
        if d.unit not in (None, "percent") and d.num.scaled or d.unit not in (None, "percent"):
            prev = d


