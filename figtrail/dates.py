"""When a figure was said (`said_on`) and the date it describes (`as_of`).

`said_on` is the article's `published` date moved by a time expression of the figure's
sentence, or of the sentence that names its speaker when that is another one: "ce vendredi",
"yesterday", "el pasado martes", "am Montag", "ieri", "jeudi 19 décembre". Without such an
expression it is `published` itself (None when the article has no date).

`as_of` is the date the text gives for the figure's state: "au 1er novembre", "à la fin juin",
"by the end of 2024", "a 31 de diciembre", "bis Ende 2025", "al 30 giugno". A month or a year
stands for its last day ("fin juin" is June 30, "by the end of 2024" is 2024-12-31); a day
or a month without a year is in the article's year, unless that puts its month more than nine
months away ("au 31 décembre" in a January article is the one just past).

Both are ISO strings (YYYY-MM-DD) or None.

What is read where: dateparser reads what it knows (explicit dates "7 mars" and "17 December",
relative words "yesterday", "il y a deux jours"), in the article's language only, past dates
preferred (PREFER_DATES_FROM = past: a day said on without a year is the latest on or before
`published`); the language pack gives what it does not
(weekday names: the most recent such day on or before `published`, or strictly before with a
marker "dernier", "last", "pasado", "vergangenen", "scorso"; words dateparser misses such as
"vergangene Woche"; the cues of `as_of`). Pack names, all optional:

- WEEKDAYS: {form: 0..6} (0 is Monday); DATE_PAST_MARKERS, DATE_NEXT_MARKERS: words around a
  weekday that put it strictly before `published`, or after it (then it dates no statement);
- DATE_RELATIVE: {phrase: days from `published`}: the days count only when dateparser cannot
  read the phrase; DATE_AGO: regexes of "il y a <n> jours", <n> digits or a number word
  (dateparser reads them, the number word written as digits);
- DATE_DAY_SUFFIXES ("er", "º", "."), DATE_YEAR_LINKS ("de" in "7 de marzo de 2024"),
  DATE_WEEKDAY_LINKS ("den" in "Montag, den 3. März"), DATE_NAMES_CASE ("lower": a capitalised
  weekday inside a sentence is a name, Santo Domingo; "upper": a lower-case one is a word, "may");
- DATE_SINCE: regexes before an expression that make it a period's start ("depuis le",
  "since", "desde"): it then dates neither;
- AS_OF_CUES: regexes before a date that is the figure's date ("au", "as of", "al");
  AS_OF_END_CUES: regexes before a month or a year whose end it is ("fin", "by the end of");
  AS_OF_PERIODS: {phrase: (unit, offset)}: "fin de l'année" is ("year", 0).
- MONTHS and DATE_MONTH_FIRST (March 7) are the pack's own.

Cost: only sentences with figures are scanned, by one regex built from the pack; an expression
is resolved only when it dates a figure, once per article. dateparser, imported on first use,
reads only the expressions the regex finds, and each once per process: the day and month of
"19 décembre" and the days of "hier" or "il y a 2 jours" (counted against a reference day,
then moved to `published`: the same as RELATIVE_BASE = published for counts of days and weeks,
which are all the packs send) do not depend on the article.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from figtrail.attribute import attributions
from figtrail.packs import Pack, get_pack, lead, lead_any, scan, trie
from figtrail.packs.tail import TailPattern


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A time expression of a sentence, found by the pack's regex; offsets are into the
    sentence. Resolved to a date only when a figure needs it (_Reader.date)."""

    start: int
    end: int
    as_of: bool  # the figure's date ("au 1er novembre"); else a date things were said or done
    match: re.Match


# --- the pack's patterns ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Patterns:
    scan: re.Pattern
    weekdays: dict[str, int]
    past: re.Pattern
    upcoming: re.Pattern
    relative: dict[str, int]
    periods: dict[str, tuple[str, int]]
    year: re.Pattern  # a year written inside an expression
    suffix: re.Pattern  # a day's suffix, dropped before dateparser reads the date
    links: re.Pattern  # a year link opening a month ("de junio"), dropped likewise
    number_word: re.Pattern  # a number word in "hace dos días": written as digits for dateparser
    names: re.Pattern  # weekday and month names, for the case check
    case: str
    since: TailPattern  # "depuis le", "since": the expression after it starts a period


def _alt(items, escape: bool = True) -> str:
    items = sorted(set(items), key=len, reverse=True)
    if not items:
        return "(?!)"
    return "|".join(re.escape(i) if escape else i for i in items)


@cache
def _patterns(code: str) -> _Patterns:
    """The date patterns of a language, built once per process from its pack."""
    pack = get_pack(code)
    d = pack.data
    weekdays = {k: int(v) for k, v in d.WEEKDAYS.items()}
    months = trie(d.MONTHS)
    links = _alt(d.DATE_YEAR_LINKS)
    year = r"(?:1[89]|2[01])\d\d(?!\d)"
    year_part = rf"(?:,?\s+(?:(?:{links})\s+)?{year})?"
    day = rf"[0-3]?\d(?:{_alt(d.DATE_DAY_SUFFIXES)})?"
    dmy = rf"{day}\s*(?:{months})(?![\w]){year_part}"
    date = dmy
    if getattr(d, "DATE_MONTH_FIRST", False):  # March 7, 2024
        date = rf"{dmy}|(?:{months})\.?\s+{day}(?![\w\d]){year_part}"
    month_year = rf"(?:{months})(?![\w]){year_part}"
    markers = trie(list(d.DATE_PAST_MARKERS) + list(d.DATE_NEXT_MARKERS))
    wlinks = _alt(d.DATE_WEEKDAY_LINKS)
    weekday = (
        rf"(?:(?:{markers})\s+)?(?P<wname>{trie(weekdays)})(?![\w-])"
        rf"(?:[\s,]+(?:(?:{wlinks})\s+)?(?P<wdate>{date})|\s*\((?P<wday>[0-3]?\d)\))?"
        rf"(?:\s+(?:{markers})(?![\w]))?"
    )
    number = rf"(?:\d+|{trie(pack.number_words)})"  # <n> in DATE_AGO
    ago = _alt([a.replace("<n>", number) for a in d.DATE_AGO], escape=False)
    periods = {k: (str(v[0]), int(v[1])) for k, v in d.AS_OF_PERIODS.items()}
    kinds = [
        rf"(?P<period>{trie(periods)})",
        rf"(?:{_alt(d.AS_OF_END_CUES, escape=False)})(?:\s+|(?<=['-]))(?P<end>{month_year}|(?:(?:{links})\s+)?{year})",
        rf"(?:{_alt(d.AS_OF_CUES, escape=False)})(?:\s+|(?<='))(?P<point>{date}|{month_year})",
        rf"(?P<weekday>{weekday})",
        rf"(?P<date>{date})",
        rf"(?P<relative>{trie(d.DATE_RELATIVE)})",
        rf"(?P<ago>{ago})",
    ]
    # each kind behind its own lead: at a word start, most kinds are turned away at once
    # and all of them behind one lead: most word starts open no kind at all
    body = "(?:" + "|".join(lead(k) + k for k in kinds) + r")(?![\w])"
    outer = lead_any(kinds)
    expressions = re.compile(rf"(?<![\w-]){outer}{body}") if outer else scan(r"(?<![\w-])", body)
    return _Patterns(
        scan=expressions,
        weekdays=weekdays,
        past=re.compile(rf"(?<![\w])(?:{trie(d.DATE_PAST_MARKERS)})(?![\w])"),
        upcoming=re.compile(rf"(?<![\w])(?:{trie(d.DATE_NEXT_MARKERS)})(?![\w])"),
        relative={k: int(v) for k, v in d.DATE_RELATIVE.items()},
        periods=periods,
        year=re.compile(rf"(?<!\d){year}"),
        suffix=re.compile(rf"(?<=\d)(?:{_alt(d.DATE_DAY_SUFFIXES)})"),
        links=re.compile(rf"^(?:{links})\s+"),
        number_word=re.compile(rf"(?<![\w-])(?:{trie(pack.number_words)})(?![\w-])"),
        names=re.compile(rf"(?<![\w])(?:{trie(list(weekdays) + list(d.MONTHS))})(?![\w])", re.I),
        case=str(getattr(d, "DATE_NAMES_CASE", "") or ""),
        since=TailPattern(rf"(?<![\w])(?:{_alt(d.DATE_SINCE, escape=False)})\s*$"),
    )


_AS_OF_KINDS = frozenset({"period", "end", "point"})


# --- dateparser --------------------------------------------------------------------------------

_dateparser: Any = None


_ABSOLUTE = ["absolute-time"]  # "19 décembre", "march 7, 2024": three times faster than all parsers
_RELATIVE = ["relative-time"]  # "hier", "il y a 2 jours"


def _parse(text: str, lang: str, base: dt.date | None, parsers: list[str]) -> dt.date | None:
    """dateparser on one expression: past dates preferred, relative to `base`, one language."""
    global _dateparser
    if _dateparser is None:
        import dateparser  # about 0.3 s: only when an article first has an expression to read

        _dateparser = dateparser
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": parsers,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        got = _dateparser.parse(text, languages=[lang], settings=settings)
    except (ValueError, OverflowError):
        return None
    return got.date() if got is not None else None


_REFERENCE = dt.date(2000, 7, 1)  # a leap year: "29 février" reads


def warm(lang: str) -> None:
    """Load dateparser's reading of a language now (its first parse in a process costs a
    tenth of a second): `figtrail ingest` does it before it forks its extraction processes."""
    months = get_pack(lang).data.MONTHS
    if months:
        _parse(f"12 {months[0]}", lang, _REFERENCE, _ABSOLUTE)


@lru_cache(maxsize=4096)
def _relative_days(text: str, lang: str) -> int | None:
    """Days from the article's date of "hier", "last week", "il y a 2 jours", read by dateparser
    once per process against a reference day. The expressions the packs send count days and
    weeks, which move any day alike: the same as RELATIVE_BASE = published, without a
    dateparser call per article."""
    got = _parse(text, lang, _REFERENCE, _RELATIVE)
    return (got - _REFERENCE).days if got is not None else None


@lru_cache(maxsize=4096)
def _month_day(text: str, lang: str) -> tuple[int, int] | None:
    """(month, day) of an explicit date ("19 décembre", "march 7", "juin"), read by dateparser
    once per process: they do not depend on the article, whose date only chooses the year."""
    got = _parse(text, lang, _REFERENCE, _ABSOLUTE)
    return (got.month, got.day) if got is not None else None


# --- resolving one expression ---------------------------------------------------------------


def parse_published(published: str | None) -> dt.date | None:
    """The article's date from its `published` field (YYYY-MM-DD, with or without a time)."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(year: int, month: int, by: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + by
    return n // 12, n % 12 + 1


def _near_year(month: int, published: dt.date) -> int:
    """The year of a day or month named without one: the article's, unless that puts the month
    more than nine months from the article's ("au 31 décembre" in January is the one just past,
    "by January 15" in December the one to come, "fin juin" in March the June to come)."""
    diff = month - published.month
    return published.year - 1 if diff > 9 else published.year + 1 if diff < -9 else published.year


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # February 29 of another year
        return None


def _nearest_month_end(month: int, published: dt.date) -> dt.date:
    return _month_end(_near_year(month, published), month)


def _weekday(wd: int, published: dt.date, strictly_before: bool) -> dt.date:
    """The most recent such weekday on or before `published` (strictly before with a marker)."""
    back = (published.weekday() - wd) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - dt.timedelta(days=back)


def _weekday_of_day(wd: int, day: int, published: dt.date) -> dt.date | None:
    """In "nesta sexta-feira (7)": the latest day `day` of a month, on or before `published`
    and at most 40 days back, that is this weekday."""
    for back in range(41):
        c = published - dt.timedelta(days=back)
        if c.day == day and c.weekday() == wd:
            return c
    return None


class _Reader:
    """Resolves the expressions of one article: its language, its date, a cache."""

    __slots__ = ("code", "p", "published", "cache")

    def __init__(self, code: str, published: dt.date | None):
        self.code = code
        self.p = _patterns(code)
        self.published = published
        self.cache: dict[tuple[str, str], dt.date | None] = {}

    def scan(self, norm: str, text: str) -> list[DateExpr]:
        """The time expressions of a sentence (`norm` is its normalised view), unresolved."""
        out = []
        for m in self.p.scan.finditer(norm):
            if self.p.case and not self._case_ok(m, text):
                continue
            if self.p.since.search(norm, max(0, m.start() - 40), m.start()):
                continue  # "depuis le 1er janvier", "desde o fim de abril": a period's start
            out.append(DateExpr(m.start(), m.end(), m.lastgroup in _AS_OF_KINDS, m))
        return out

    def date(self, e: DateExpr) -> dt.date | None:
        """The date of an expression, resolved once per article."""
        kind = e.match.lastgroup or ""  # the alternative: its group closes last
        key = (kind, e.match.group())
        if key not in self.cache:
            self.cache[key] = self._resolve(kind, e.match)
        return self.cache[key]

    def first(self, ranked: list[DateExpr]) -> dt.date | None:
        """The date of the best expression that resolves."""
        for e in ranked:
            got = self.date(e)
            if got is not None:
                return got
        return None

    def _case_ok(self, m: re.Match, text: str) -> bool:
        """Weekday and month names written as the language writes them: "Santo Domingo" is a
        place where names are lower-case; "may" is a verb where they are capitalised."""
        for n in self.p.names.finditer(text, m.start(), m.end()):
            upper = text[n.start()].isupper()
            if self.p.case == "upper" and not upper:
                return False
            if self.p.case == "lower" and upper:
                before = text[max(0, n.start() - 8) : n.start()].rstrip(" ,")
                if before and before[-1].isalnum():
                    return False  # capitalised inside the sentence, not at its start
        return True

    def _resolve(self, kind: str, m: re.Match) -> dt.date | None:
        pub = self.published
        text = m.group()
        if kind == "period":
            if pub is None:
                return None
            unit, off = self.p.periods[text]
            if unit == "month":
                return _month_end(*_shift_months(pub.year, pub.month, off))
            return dt.date(pub.year + off, 12, 31)
        if kind == "end":
            return self._month_or_year(m.group("end"))
        if kind == "point":
            part = m.group("point")
            if not re.search(r"\d", self.p.year.sub("", part)):  # no day: a month
                return self._month_or_year(part)
            got = self._explicit(part)
            if got is None:
                return None
            year, month, day = got
            if year is None:
                if pub is None:
                    return None
                year = _near_year(month, pub)
            return _day(year, month, day)
        if kind == "weekday":
            if m.group("wdate"):
                return self._said_date(m.group("wdate"))
            if pub is None or self.p.upcoming.search(text):
                return None
            wd = self.p.weekdays[m.group("wname")]
            if m.group("wday"):
                got = _weekday_of_day(wd, int(m.group("wday")), pub)
                if got is not None:
                    return got
            return _weekday(wd, pub, bool(self.p.past.search(text)))
        if kind == "date":
            return self._said_date(text)
        if kind == "relative":
            if pub is None:
                return None
            days = _relative_days(text, self.code)
            if days is None or days > 0:
                days = self.p.relative[text]
            return pub + dt.timedelta(days=days)
        if kind == "ago":
            if pub is None:
                return None
            digits = self.p.number_word.sub(lambda w: self._number(w.group()), text)
            days = _relative_days(digits, self.code)
            return pub + dt.timedelta(days=days) if days is not None and days <= 0 else None
        return None

    def _number(self, word: str) -> str:
        value = get_pack(self.code).number_words.get(word)
        return str(int(value)) if value is not None and float(value).is_integer() else word

    def _explicit(self, text: str) -> tuple[int | None, int, int] | None:
        """(year as written or None, month, day) of an explicit date."""
        md = _month_day(self.p.suffix.sub("", text), self.code)
        if md is None:
            return None
        written = self.p.year.search(text)
        return (int(written.group()) if written else None, *md)

    def _said_date(self, text: str) -> dt.date | None:
        """A day said on: without a year, the latest such day on or before `published`, as
        dateparser's PREFER_DATES_FROM=past reads it; a day to come dates no statement."""
        got = self._explicit(text)
        if got is None:
            return None
        year, month, day = got
        pub = self.published
        if year is not None:
            said = _day(year, month, day)
            return None if said is None or (pub is not None and said > pub) else said
        if pub is None:
            return None
        said = _day(pub.year, month, day)
        if said is None or said > pub:
            said = _day(pub.year - 1, month, day)
        return said

    def _month_or_year(self, text: str) -> dt.date | None:
        """The last day of a month ("juin", "juin 2024") or of a year ("2024")."""
        text = self.p.links.sub("", text.strip())
        written = self.p.year.search(text)
        if written and written.start() == 0:
            return dt.date(int(written.group()), 12, 31)
        md = _month_day(text, self.code)  # the month only
        if md is None:
            return None
        if written:
            return _month_end(int(written.group()), md[0])
        if self.published is None:
            return None
        return _nearest_month_end(md[0], self.published)


# --- which expression dates which figure -----------------------------------------------------


def _between(a: tuple[int, int], b: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Some span lies wholly between a and b."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return any(lo <= s and e <= hi for s, e in spans)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def rank_said(
    exprs: list[DateExpr],
    at: tuple[int, int],
    spans: list[tuple[int, int]],
    cues: list[tuple[int, int]],
) -> list[DateExpr]:
    """The expressions that may date when a figure at `at` was said, best first.

    Its cue is the last attribution cue (speech verb, "selon") before it, else the first after
    it. A cue before the figure takes an expression before the figure with no other figure
    between the two ("a déclaré vendredi que 3 000", "Vendredi, le ministère a affirmé que
    3 000"); a cue after it, an expression after the cue ("3,000, the ministry said on
    Tuesday"). Others date the events told ("a dit que 3 000 soldats ont été tués lundi",
    "the flood that hit on 29 October"); a sentence without a cue dates nothing said.
    Nearest the cue first."""
    said = [e for e in exprs if not e.as_of]
    if not said or not cues:
        return []
    before = [c for c in cues if c[1] <= at[0]]
    if before:
        cue = before[-1]
        cands = [e for e in said if e.end <= at[0]]
    else:
        after = [c for c in cues if c[0] >= at[1]]
        if not after:
            return []
        cue = after[0]
        cands = [e for e in said if e.start >= cue[0]]
    cands = [e for e in cands if not _between((e.start, e.end), cue, spans)]
    return sorted(cands, key=lambda e: (_gap((e.start, e.end), cue), e.start))


def rank_as_of(exprs: list[DateExpr], at: tuple[int, int], spans: list[tuple[int, int]]) -> list[DateExpr]:
    """The expressions that may give the date a figure at `at` describes, best first: the
    nearest as_of expressions with no other figure between them; else those that open the
    sentence before any figure ("Au 1er novembre, ...")."""
    cands = [e for e in exprs if e.as_of]
    if not cands:
        return []
    others = [s for s in spans if s != at]
    near = [e for e in cands if not _between((e.start, e.end), at, others)]
    if near:
        return sorted(near, key=lambda e: (_gap((e.start, e.end), at), e.start))
    first = min(s for s, _ in spans)
    return [e for e in reversed(cands) if e.end <= first]


def attribution_cues(norm: str, pack: Pack) -> list[tuple[int, int]]:
    """Spans of the sentence's speech verbs and "according to" cues (the pack's own); its weak
    ones ("planned", "évoque") only when it has no other."""
    strong, weak = [], []
    for m in attributions(pack.code, norm):
        (weak if m.lastgroup == "weak" else strong).append(m.span())
    if pack.according_after is not None:
        strong += [m.span() for m in pack.according_after.finditer(norm)]
    return sorted(strong) or weak


# --- the article ------------------------------------------------------------------------------


class ArticleDates:
    """Dates the figures of one article, sentence by sentence (extract.py drives it).

    Keeps the article's date, a cache of resolved expressions and the sentences read so far:
    a figure's speaker may be named in another sentence ("..., a-t-il déclaré vendredi." after
    a quotation; a quotation running on)."""

    __slots__ = ("pack", "reader", "fallback", "sents", "figures", "exprs")

    def __init__(self, pack: Pack, published: str | None):
        self.pack = pack
        day = parse_published(published)
        self.fallback = day.isoformat() if day else None  # said_on without an expression
        self.reader = _Reader(pack.code, day)
        self.sents: dict[int, Any] = {}  # order -> Sentence
        self.figures: dict[int, list] = {}  # order -> its figures
        self.exprs: dict[int, list[DateExpr]] = {}  # order -> its expressions, scanned on demand

    def read(self, order: int, sent, figures: list, memory=None, in_quote: bool = False, para_start: int = 0):
        """Set said_on and as_of on the figures of sentence `order` (a Sentence)."""
        self.sents[order] = sent
        if not figures:
            return
        self.figures[order] = figures
        exprs = self._exprs(order)
        quoted = in_quote and memory is not None and any(f.source for f in figures)
        if not exprs and not quoted:  # most sentences
            for f in figures:
                f.said_on = self.fallback
            return
        spans = self._spans(order)
        cues = attribution_cues(sent.norm, self.pack)
        elsewhere = self._speaker_sentence(order, para_start, memory) if quoted and not cues else None
        first = self.reader.first
        for f, at in zip(figures, spans, strict=True):
            said = None
            if elsewhere is not None and f.source and memory.said.get(elsewhere) == f.source:
                said = self._said_in(elsewhere, before=False)
            if said is None and exprs:
                said = first(rank_said(exprs, at, spans, cues))
            f.said_on = said.isoformat() if said else self.fallback
            if exprs:
                got = first(rank_as_of(exprs, at, spans))
                f.as_of = got.isoformat() if got else None

    def told(self, figures: list, order: int) -> None:
        """The speaker of `figures` is named in sentence `order` (after a quotation): its
        expression, if it has one, dates them."""
        said = self._said_in(order, before=True)
        if said is not None:
            for f in figures:
                f.said_on = said.isoformat()

    def _spans(self, order: int) -> list[tuple[int, int]]:
        """The figures of sentence `order`, in its offsets."""
        base = self.sents[order].start
        return [(f.start - base, f.end - base) for f in self.figures.get(order, ())]

    def _exprs(self, order: int) -> list[DateExpr]:
        exprs = self.exprs.get(order)
        if exprs is None:
            sent = self.sents[order]
            exprs = self.reader.scan(sent.norm, sent.text)
            if exprs and order in self.figures:
                # a number the figure stage kept is no year nor day ("Ende Juni 2000 Anträge")
                spans = self._spans(order)
                exprs = [e for e in exprs if not any(a < e.end and e.start < b for a, b in spans)]
            self.exprs[order] = exprs
        return exprs

    def _said_in(self, order: int, before: bool) -> dt.date | None:
        """The date sentence `order` says its speaker spoke on, for figures `before` it (a
        quotation it closes) or after it (a quotation it opens)."""
        if order not in self.sents:
            return None
        exprs = self._exprs(order)
        if not exprs:
            return None
        norm = self.sents[order].norm
        cues = attribution_cues(norm, self.pack)
        if not cues:
            return None
        at = (0, 0) if before else (len(norm), len(norm))
        return self.reader.first(rank_said(exprs, at, self._spans(order), cues))

    @staticmethod
    def _speaker_sentence(order: int, para_start: int, memory) -> int | None:
        """The sentence a quotation running on inherits its speaker from (attribute.Memory)."""
        for o in range(order - 1, para_start - 1, -1):
            if memory.said.get(o):
                return o
        return None


# --- for one sentence: the public helpers -----------------------------------------------------


def _find(sentence: str, published: str | None, lang: str) -> tuple[_Reader, list[DateExpr], str]:
    from figtrail.segment import normalise

    pack = get_pack(lang)
    norm = normalise(sentence)
    reader = _Reader(pack.code, parse_published(published))
    return reader, reader.scan(norm, sentence), norm


def _at(sentence: str, figure: str | None) -> tuple[int, int]:
    if figure and figure in sentence:
        i = sentence.index(figure)
        return i, i + len(figure)
    return 0, 0


def said_on(sentence: str, published: str | None, lang: str, figure: str | None = None) -> str | None:
    """When the figure `figure` (its text, as written in `sentence`) was said: `published`
    moved by the sentence's time expression (see rank_said), else `published`.

    >>> said_on("Le ministère a indiqué ce vendredi que 3 000 soldats...", "2024-12-24", "fr")
    '2024-12-20'
    """
    reader, exprs, norm = _find(sentence, published, lang)
    at = _at(sentence, figure)
    got = reader.first(rank_said(exprs, at, [at], attribution_cues(norm, get_pack(lang))))
    if got is not None:
        return got.isoformat()
    day = parse_published(published)
    return day.isoformat() if day else None


def as_of(sentence: str, published: str | None, lang: str, figure: str | None = None) -> str | None:
    """The date the figure `figure` describes, when `sentence` gives one (a month or a year
    stands for its last day), else None.

    >>> as_of("Au 1er novembre, 10 000 soldats étaient déployés.", "2024-11-18", "fr")
    '2024-11-01'
    """
    reader, exprs, _ = _find(sentence, published, lang)
    at = _at(sentence, figure)
    got = reader.first(rank_as_of(exprs, at, [at]))
    return got.isoformat() if got else None
