"""Timelines: one quantity's figures over time, by source, with disagreements and revisions.

`figtrail track QUERY` goes through three steps, each a plain function:

- match_quantities(query, candidates): which stored quantity the words mean, in any of the six
  languages (`troupes nord-coréennes Russie`, `North Korean troops in Russia`), or an id as is;
- load_rows(conn, ids): the figures of those quantities, as the `latest_figures` view holds them;
- timeline(rows): the figures grouped into entries, one per claim (a source saying a value on
  a day, however many articles carry it), in date order, with two flags:

  * **disagreement**: two sources far apart at the same time. Both entries are claims about
    the present (modality `asserted` or `estimated`), said within `window_days` of each other,
    in the same unit, and their intervals (spec section 2: `au moins 1 500` is [1500, inf),
    `jusqu'à 12 000` is (-inf, 12000], `des milliers` is [2000, 9999]) do not overlap and
    the higher one starts more than DISAGREE_RATIO times above where the lower one ends.
    `planned`, `possible` and `denied` figures say what may be, will be or is not: they are
    shown but never disagree with anything.
  * **superseded**: the source itself later said something else. An entry is superseded on
    the first later day the same source, in the same kind of claim (present: asserted or
    estimated; planned; possible; denied), gives a value that differs by more than SAME_VALUE,
    unless the source says the old value again on or after that day; of several values that
    day, the closest one replaced it. Sources are `source_id` when the linker set it, else
    the folded name; a figure in the article's own voice belongs to its outlet (site, else
    the article).

Nothing here prints; the CLI (`figtrail track`) and plot.py show what these return.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from figtrail.detect import language_of
from figtrail.link import concepts as concept_data
from figtrail.link.fold import FUNCTION_WORDS, LEADING
from figtrail.link.fold import fold as fold_source
from figtrail.link.quantities import concept_of, find_places, fold, tables
from figtrail.link.quantities import fold_name as place_key

# ---------------------------------------------------------------- thresholds

# Claims this many days apart or closer are "at the same time": news about one quantity
# (troops sent, a death toll) moves over weeks, and a month keeps a statement and the
# reports that relay it a few days later in one window.
DISAGREE_WINDOW_DAYS = 30
# Intervals that do not overlap still agree when they are this close: 1 500 and 1 600 are
# one estimate rounded two ways, 3 000 and 10 000 are two stories. 1.5 leaves room for an
# "environ" on either side (spec: approx keeps low = high = value) and flags a factor of two.
DISAGREE_RATIO = 1.5
# Modalities that claim what is (spec section 2). planned/possible/denied are shown, not compared.
CLAIMS = frozenset({"asserted", "estimated"})
# Two values within 1% are the same value said again (1 500 and "environ 1 500"): not a revision.
SAME_VALUE = 0.01

# Matching words to quantities: what is counted weighs most, then where, then the figures' own
# words (they separate two quantities of one concept and place, and catch nouns no concept
# table knows); the number of figures only breaks ties.
CONCEPT_WEIGHT = 4.0
PLACE_WEIGHT = 3.0
PLACE_PART_WEIGHT = 1.0  # the quantity is in the capital of the named country
# The query names a place and the quantity is said to be elsewhere: ranked below quantities whose
# place is unknown (their id holds their story instead), but kept: a region (Kursk) may lie in
# the country named, and the table does not say which.
PLACE_CONFLICT = 1.0
WHAT_WEIGHT = 2.0  # times the share of the query's words found in the figures' words
PERIOD_WEIGHT = 1.0  # an id query naming the period (#2024)
UNIT_WEIGHT = 1.0  # an id query naming the unit class (/count)
# A quantity must agree on something real (a word, a place, a concept) to match at all...
MIN_SCORE = 1.0
# ...and score at least this share of the best to be listed beside it.
RELATIVE_CUTOFF = 0.6
# Words shorter than this are not compared with the figures' words (de, in, na).
MIN_WORD = 3
# Two words are one when they share this many first letters (soldats/soldados, nord-coreennes/
# nord-coreens): a cheap stem across inflections and the six languages.
STEM = 5
# How many distinct (what, what_head, lang) of each quantity, the most frequent first,
# quantity_candidates keeps for matching words.
SAMPLE_PER_QUANTITY = 12


# ---------------------------------------------------------------- matching


class Candidate(NamedTuple):
    """A quantity in the store: its id, a sample of its figures' (what, what_head, lang), how many figures."""

    quantity: str
    samples: Sequence[tuple[str | None, str | None, str | None]]
    count: int


@dataclass(frozen=True, slots=True)
class Match:
    quantity: str
    score: float
    count: int
    why: tuple[str, ...] = ()  # "concept troops", "place RU", "words 2/3"


@dataclass(frozen=True, slots=True)
class QuantityId:
    """The parts of `concept/unit-class[+status][+add]@place[#period]`."""

    concept: str
    unit: str
    tags: tuple[str, ...]
    place: str
    period: str | None

    @classmethod
    def parse(cls, qid: str) -> QuantityId:
        head, _, where = qid.partition("@")
        place, _, period = where.partition("#")
        concept, _, rest = head.partition("/")
        unit, *tags = rest.split("+") if rest else ("",)
        return cls(concept, unit, tuple(tags), place, period or None)


@dataclass(slots=True)
class Query:
    """What a query asks for, language-independent."""

    text: str
    concepts: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    words: list[str] = field(default_factory=list)  # folded content words, for the figures' words
    unit: str | None = None  # only from an id-shaped query
    period: str | None = None


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_ID_SHAPED = re.compile(r"\S*[/@]\S*")


def parse_query(query: str) -> Query:
    """Concepts, places and words of a query in any of the six languages (or an id's parts)."""
    text = " ".join(query.split())
    q = Query(text)
    if _ID_SHAPED.fullmatch(text):
        parts = QuantityId.parse(text)
        q.concepts = {parts.concept} if parts.concept else set()
        q.unit = parts.unit or None
        q.places = {parts.place} if parts.place else set()
        q.period = parts.period
        return q
    place_spans: list[tuple[int, int]] = []
    folded = fold(text)
    for pos, code in find_places(text, None, need_locative=False):
        q.places.add(code)
        m = tables().places[0].match(folded, pos)  # the whole name: "North Korean", "corée du nord"
        place_spans.append((pos, m.end() if m and len(folded) == len(text) else pos + 1))
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
    content = []
    for pos, word in words:
        if any(a <= pos < b for a, b in place_spans) or _function_word(fold(word)):
            continue
        code = _place_by_stem(word)
        if code:  # "norcoreanas": an inflection the places table does not list
            q.places.add(code)
            continue
        if len(word) > 3 and word[:1].isupper() and not _known_word(word):
            q.places.add("~" + place_key(word))  # a place the table does not know: "Turís"
        q.concepts |= _concepts(word)
        content.append(word)
    q.concepts |= _phrase_concepts([w for _, w in words])
    if not q.concepts and content:
        # no word is a listed term or a plain plural of one: ask the lemmatiser, in the query's
        # likeliest language only (each language's dictionary takes seconds to load)
        lang = language_of(text)
        if lang:
            q.concepts |= {c for w in content if (c := concept_of(w, lang, strict=True))}
    if len(q.concepts) > 1:
        q.concepts.discard("people")  # "people" only when nothing more precise is named
    q.words = [w for w in (fold(w) for _, w in words) if len(w) >= MIN_WORD and not _function_word(w)]
    return q


# Endings of plurals and feminines in the six languages, and what the listed (singular,
# masculine) term ends with instead: troupes, soldados, Soldaten, soldati, muertas, militares.
ENDINGS = (
    ("s", ""), ("es", ""), ("x", ""), ("aux", "al"), ("en", ""), ("n", ""), ("e", ""), ("er", ""),
    ("i", "o"), ("i", "e"), ("e", "a"), ("a", "o"), ("as", "a"), ("as", "o"), ("os", "o"),
    ("oes", "ao"), ("aes", "ao"), ("ns", "m"), ("ies", "y"),
)  # fmt: skip


def _forms(word: str) -> list[str]:
    """The word folded, then the forms its ending suggests (a lemmatiser for nouns, in every
    language at once, with no dictionary to load)."""
    w = fold(word)
    out = [w]
    for end, instead in ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            form = w[: -len(end)] + instead
            if form not in out:
                out.append(form)
    return out


def _concepts(word: str) -> set[str]:
    """The concepts a word names in any language (the query's language is unknown): the concept
    table's terms, by the word or a plain singular of it; a German compound by its last part."""
    t = tables()
    forms = _forms(word)
    found = set()
    for lang in concept_data.LANGS:
        for form in forms:
            hit = _count_concept(t.words[lang].get(form))
            if hit:
                found.add(hit)
                break
    if not found:  # Elitesoldaten -> Soldat
        w = fold(word)
        for i in range(1, len(w) - 3):
            hit = next((h for f in _forms(w[i:]) if (h := _count_concept(t.words["de"].get(f)))), None)
            if hit:
                found.add(hit)
                break
    return found


def _count_concept(cands: list[str] | None) -> str | None:
    """Of the concepts a term may name, the first that counts people or things."""
    if not cands:
        return None
    return next((c for c in cands if tables().kind[c] in ("p", "t")), cands[0])


def _phrase_concepts(words: list[str]) -> set[str]:
    """Multi-word terms of the concept table: "forces spéciales", "special forces"."""
    t = tables()
    folded = [fold(w) for w in words]
    found = set()
    for lang in concept_data.LANGS:
        phrases = t.phrases[lang]
        for i, first in enumerate(folded):
            for toks, cid in phrases.get(first, ()):
                if tuple(folded[i : i + len(toks)]) == toks:
                    found.add(cid)
    return found


def _place_by_stem(word: str) -> str | None:
    """A place whose listed name is this word with another ending: norcoreanas ~ norcoreano."""
    w = fold(word)
    if len(w) < 6:
        return None
    for name, code in tables().places[1].items():
        if len(name) >= 6 and " " not in name and w[: len(name) - 1] == name[:-1] and len(w) <= len(name) + 3:
            return code
    return None


def _known_word(word: str) -> bool:
    return bool(_concepts(word)) or _function_word(fold(word))


def _function_word(w: str) -> bool:
    return w in FUNCTION_WORDS or w in LEADING


def score_quantities(query: str, candidates: Iterable[Candidate | tuple[Any, ...]]) -> list[Match]:
    """Every candidate that agrees with the query, best first (see match_quantities)."""
    cands = [Candidate(*c) for c in candidates]
    text = query.strip()
    exact = [c for c in cands if c.quantity == text]
    if exact:
        return [Match(exact[0].quantity, math.inf, exact[0].count, ("id",))]
    q = parse_query(text)
    out = []
    for c in cands:
        score, why = _score(q, c)
        if score >= MIN_SCORE:
            out.append(Match(c.quantity, score, c.count, tuple(why)))
    out.sort(key=lambda m: (-m.score, -m.count, m.quantity))
    if out:
        best = out[0].score
        out = [m for m in out if m.score >= RELATIVE_CUTOFF * best]
    return out


def match_quantities(query: str, candidates: Iterable[Candidate | tuple[Any, ...]]) -> list[str]:
    """The quantity ids the query means, best first; [] when none agrees.

    A query equal to an id is that id alone. Otherwise its words are mapped to concepts
    (the concept table's words and lemmas, each of the six languages tried) and places (the
    places table, any language, with or without "in"); each quantity scores CONCEPT_WEIGHT when
    its concept is named, PLACE_WEIGHT when its place is, and up to WHAT_WEIGHT for the share
    of the query's words found in its figures' words; more figures break ties. Quantities
    scoring under RELATIVE_CUTOFF of the best are left out.
    """
    return [m.quantity for m in score_quantities(query, candidates)]


def _score(q: Query, c: Candidate) -> tuple[float, list[str]]:
    qid = QuantityId.parse(c.quantity)
    score, why = 0.0, []
    if qid.concept in q.concepts:
        score += CONCEPT_WEIGHT
        why.append(f"concept {qid.concept}")
    places = {p.casefold() for p in q.places}
    if qid.place.casefold() in places:
        score += PLACE_WEIGHT
        why.append(f"place {qid.place}")
    elif qid.place.endswith("_CAPITAL") and qid.place.removesuffix("_CAPITAL").casefold() in places:
        score += PLACE_PART_WEIGHT
        why.append(f"place {qid.place}")
    elif places and _explicit_place(qid.place):
        score -= PLACE_CONFLICT
    if q.unit and q.unit == qid.unit:
        score += UNIT_WEIGHT
    if q.period and q.period == qid.period:
        score += PERIOD_WEIGHT
    if q.words:
        said = set()
        for what, head, _lang in c.samples:
            said.update(fold(w) for w in _WORD.findall(f"{what or ''} {head or ''}"))
        found = sum(any(_same_word(w, s) for s in said) for w in q.words)
        if found:
            score += WHAT_WEIGHT * found / len(q.words)
            why.append(f"words {found}/{len(q.words)}")
    return score, why


_PLACE_CODE = re.compile(r"[A-Z][A-Z0-9_]+|~.+|home:.+")


def _explicit_place(place: str) -> bool:
    """A place code (RU, KURSK, FR_CAPITAL) or a name's key (~turis), not a story standing in."""
    return bool(_PLACE_CODE.fullmatch(place))


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    return len(a) >= STEM and len(b) >= STEM and a[:STEM] == b[:STEM]


# ---------------------------------------------------------------- the store


def quantity_candidates(conn: sqlite3.Connection, per_quantity: int = SAMPLE_PER_QUANTITY) -> list[Candidate]:
    """Every quantity of the latest articles' figures, with its figures' most frequent words
    (distinct what, what_head, lang; at most per_quantity of them)."""
    sql = """
        SELECT quantity, what, what_head, lang, n FROM (
            SELECT quantity, what, what_head, lang, n,
                   row_number() OVER (PARTITION BY quantity ORDER BY k DESC, what, lang) AS r
            FROM (SELECT quantity, what, what_head, lang, count(*) AS k,
                         sum(count(*)) OVER (PARTITION BY quantity) AS n
                  FROM latest_figures WHERE quantity IS NOT NULL
                  GROUP BY quantity, what, what_head, lang))
        WHERE r <= ? ORDER BY quantity, r"""
    samples: dict[str, list[tuple[str | None, str | None, str | None]]] = defaultdict(list)
    counts: dict[str, int] = {}
    for qid, what, head, lang, n in conn.execute(sql, (per_quantity,)):
        samples[qid].append((what, head, lang))
        counts[qid] = n
    return [Candidate(qid, tuple(samples[qid]), counts[qid]) for qid in samples]


def load_rows(conn: sqlite3.Connection, quantity_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The figures of these quantities, as the latest_figures view holds them, as dicts."""
    if not quantity_ids:
        return []
    marks = ",".join("?" * len(quantity_ids))
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    rows = cur.execute(
        f"SELECT * FROM latest_figures WHERE quantity IN ({marks}) "
        "ORDER BY coalesce(said_on, published), article, n",
        list(quantity_ids),
    )
    return [dict(r) for r in rows]


# ---------------------------------------------------------------- the timeline


@dataclass(slots=True)
class Entry:
    """One claim: a source saying a value on a day, with every article that carries it."""

    n: int  # 1-based position in the timeline
    date: str | None  # when it was said (said_on), else the article's date; YYYY-MM-DD
    dated_by: str | None  # "said_on", "published" or None (no date at all)
    source: str | None  # the source as the first article names it; None: the article's own voice
    source_key: str  # the source id, else its folded name, else the outlet ("site:..." or "doc:...")
    source_type: str | None
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    modality: str
    quantity: str | None
    docs: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    whats: list[str] = field(default_factory=list)
    surface: str | None = None
    sentence: str | None = None
    superseded_by: int | None = None  # n of the entry that replaced it
    disagrees_with: list[int] = field(default_factory=list)  # n of the entries far from it

    @property
    def interval(self) -> tuple[float, float]:
        return interval(self.value, self.low, self.high, self.bound)

    @property
    def point(self) -> float | None:
        return point(self.value, self.low, self.high)

    @property
    def is_claim(self) -> bool:
        return self.modality in CLAIMS


@dataclass(frozen=True, slots=True)
class Disagreement:
    first: int  # entry n, the earlier (or lower) one
    second: int
    ratio: float  # how many times the higher interval's start is above the lower's end
    days: int | None  # days between the two


@dataclass(frozen=True, slots=True)
class SourceDisagreement:
    first: str  # source keys
    second: str
    ratio: float  # the widest gap between their entries
    entries: list[tuple[int, int]]  # the pairs of entries (n) that disagree


@dataclass(slots=True)
class Timeline:
    quantities: list[str]
    entries: list[Entry]
    disagreements: list[Disagreement]
    window_days: int
    source_names: dict[str, str]  # source_key -> the name most articles use

    @property
    def sources(self) -> list[str]:
        """Source keys in order of first appearance."""
        return list(dict.fromkeys(e.source_key for e in self.entries))

    @property
    def langs(self) -> list[str]:
        return sorted({lang for e in self.entries for lang in e.langs})

    def entry(self, n: int) -> Entry:
        return self.entries[n - 1]

    def source_disagreements(self) -> list[SourceDisagreement]:
        """The disagreements by pair of sources, the widest gap first."""
        pairs: dict[tuple[str, str], list[Disagreement]] = defaultdict(list)
        for d in self.disagreements:
            a, b = self.entry(d.first).source_key, self.entry(d.second).source_key
            pairs[(a, b) if a <= b else (b, a)].append(d)
        out = [
            SourceDisagreement(a, b, max(d.ratio for d in ds), [(d.first, d.second) for d in ds])
            for (a, b), ds in pairs.items()
        ]
        return sorted(out, key=lambda s: (-s.ratio, s.entries[0]))


def interval(value: float | None, low: float | None, high: float | None, bound: str) -> tuple[float, float]:
    """The values a figure allows (spec section 2): `au moins 1 500` is [1500, inf),
    `jusqu'à 12 000` (-inf, 12000], `des dizaines` [20, 99], `environ 1 500` [1500, 1500]."""
    lo, hi = low, high
    if lo is None and hi is None and value is not None:
        if bound in ("at_least", "more_than"):
            lo = value
        elif bound in ("at_most", "up_to", "less_than"):
            hi = value
        else:
            lo = hi = value
    return (-math.inf if lo is None else float(lo), math.inf if hi is None else float(hi))


def point(value: float | None, low: float | None, high: float | None) -> float | None:
    """One number to place a figure by: its value, a range's middle, else its one known end."""
    if value is not None:
        return float(value)
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2
    if low is not None:
        return float(low)
    return None if high is None else float(high)


def gap_ratio(a: tuple[float, float], b: tuple[float, float]) -> float | None:
    """How far apart two intervals are: the higher one's start over the lower one's end.

    None when they overlap (or touch). inf when they lie on both sides of zero.
    """
    lower, higher = (a, b) if a[1] <= b[1] else (b, a)
    end, start = lower[1], higher[0]
    if start <= end:
        return None
    if end > 0:
        return start / end
    if start < 0:  # both below zero: -10 is further from -3 than -3 from 0
        return end / start
    return math.inf


def parse_day(s: str | None) -> date | None:
    """The day an ISO date (or date-time) names; YYYY-MM and YYYY as their first day."""
    if not s:
        return None
    s = s[:10]
    for fmt in (s, s + "-01", s + "-01-01"):
        try:
            return date.fromisoformat(fmt[:10])
        except ValueError:
            continue
    return None


def _claim_kind(modality: str) -> str:
    return "present" if modality in CLAIMS else modality


def _source_key(row: Mapping[str, Any]) -> str:
    if row.get("source_id"):
        return str(row["source_id"])
    if row.get("source"):
        return "name:" + fold_source(row["source"])
    if row.get("site"):
        return "site:" + str(row["site"])  # the article's own voice: its outlet says so
    return "doc:" + str(row.get("doc"))


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def _same_value(a: Entry, b: Entry) -> bool:
    pa, pb = a.point, b.point
    if pa is None or pb is None:
        return a.interval == b.interval
    return abs(pa - pb) <= SAME_VALUE * max(abs(pa), abs(pb))


def timeline(rows: Iterable[Mapping[str, Any]], window_days: int = DISAGREE_WINDOW_DAYS) -> Timeline:
    """Figures (dicts of the latest_figures view) -> entries in date order, flagged.

    One entry per (source, date said, value/low/high, bound, unit, modality): the same claim
    carried by several articles (copies, translations) is one entry listing them all. The date
    is `said_on`, else the article's `published`; entries with no date come last.
    """
    groups: dict[tuple[Any, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        said = (row.get("said_on") or "")[:10] or None
        published = (row.get("published") or "")[:10] or None
        when = said or published
        key = (
            _source_key(row),
            when,
            _num(row.get("value")),
            _num(row.get("low")),
            _num(row.get("high")),
            row.get("bound") or "exact",
            row.get("unit"),
            row.get("modality") or "asserted",
        )
        groups.setdefault(key, []).append(
            {**row, "_dated_by": "said_on" if said else "published" if when else None}
        )
    entries = []
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for (skey, when, value, low, high, bound, unit, modality), members in groups.items():
        first = members[0]
        e = Entry(
            n=0,
            date=when,
            dated_by=first["_dated_by"],
            source=first.get("source"),
            source_key=skey,
            source_type=first.get("source_type"),
            value=value,
            low=low,
            high=high,
            bound=bound,
            unit=unit,
            modality=modality,
            quantity=first.get("quantity"),
            surface=first.get("surface"),
            sentence=first.get("sentence"),
        )
        for row in members:
            _add_unique(e.docs, row.get("doc"))
            _add_unique(e.langs, row.get("lang"))
            _add_unique(e.urls, row.get("url"))
            _add_unique(e.whats, row.get("what"))
            names[skey][row.get("source") or _voice(row)] += 1
        entries.append(e)
    entries.sort(
        key=lambda e: (
            e.date is None,
            e.date or "",
            fold(e.source or ""),
            e.point or 0.0,
            e.modality,
            e.source_key,
        )
    )
    for i, e in enumerate(entries, 1):
        e.n = i
    source_names = {k: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, c in names.items()}
    _mark_superseded(entries)
    disagreements = _disagreements(entries, window_days)
    quantities = list(dict.fromkeys(e.quantity for e in entries if e.quantity))
    return Timeline(quantities, entries, disagreements, window_days, source_names)


def _voice(row: Mapping[str, Any]) -> str:
    return f"({row.get('site') or row.get('doc')})"


def _add_unique(items: list[str], x: Any) -> None:
    if x is not None and x not in items:
        items.append(x)


def _mark_superseded(entries: list[Entry]) -> None:
    """An entry is superseded on the first later day its source (in the same kind of claim) gives
    another value, unless the source says the entry's value again on or after that day. Of
    several values that day, the closest to the entry's is the one that replaced it."""
    by_source: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.date is not None:
            by_source[(e.source_key, _claim_kind(e.modality))].append(e)
    for group in by_source.values():
        for e in group:
            later = [f for f in group if f.date > e.date]  # type: ignore[operator]
            other = [f for f in later if not _same_value(e, f)]
            if not other:
                continue
            day = min(f.date for f in other)  # type: ignore[type-var]
            if any(_same_value(e, g) and g.date >= day for g in later):  # type: ignore[operator]
                continue  # said again: the value still stands
            that_day = [f for f in other if f.date == day]
            e.superseded_by = min(that_day, key=lambda f: (_distance(e, f), f.n)).n


def _distance(a: Entry, b: Entry) -> float:
    """How far apart two values are, as a ratio (log scale), or inf when one has no number."""
    pa, pb = a.point, b.point
    if pa is None or pb is None or pa <= 0 or pb <= 0:
        return math.inf if pa is None or pb is None else abs(pa - pb)
    return abs(math.log(pa / pb))


def _disagreements(entries: list[Entry], window_days: int) -> list[Disagreement]:
    """Pairs of claims (asserted or estimated) of two sources, within window_days, in one unit,
    whose intervals do not overlap and lie more than DISAGREE_RATIO times apart."""
    claims = [(e, d) for e in entries if e.is_claim and (d := parse_day(e.date)) is not None]
    claims.sort(key=lambda c: c[1])  # by day, so the window ends the inner loop
    out = []
    for i, (a, da) in enumerate(claims):
        for b, db in claims[i + 1 :]:
            days = (db - da).days
            if days > window_days:
                break
            if a.source_key == b.source_key or a.unit != b.unit:
                continue
            ratio = gap_ratio(a.interval, b.interval)
            if ratio is None or ratio <= DISAGREE_RATIO:
                continue
            out.append(Disagreement(a.n, b.n, ratio, days))
            a.disagrees_with.append(b.n)
            b.disagrees_with.append(a.n)
    return out


# ---------------------------------------------------------------- records


def shown(e: Entry) -> str:
    """The value as a reader says it: '≥ 3 000', '≈ 2 000–9 999', '1 500 EUR' (render.format_value)."""
    from figtrail.model import Figure
    from figtrail.render import format_value

    fig = Figure(doc="", field="text", start=0, end=0, surface=e.surface or "", value=e.value, low=e.low,
                 high=e.high, bound=e.bound, unit=e.unit)  # fmt: skip
    return format_value(fig)


# The fields of a `figtrail track` record, in order (the columns of --format csv).
RECORD_FIELDS = (
    "n", "quantity", "date", "dated_by", "source", "source_key", "source_name", "source_type",
    "shown", "value", "low", "high", "bound", "unit", "modality", "what", "articles", "langs", "urls",
    "superseded_by", "disagrees_with", "sentence",
)  # fmt: skip


def entry_record(e: Entry, tl: Timeline) -> dict[str, Any]:
    """One JSON Lines record of `figtrail track --format jsonl`: the entry, its articles and
    languages (lists), and the entries (n) that superseded it or disagree with it."""
    from figtrail.store.query import tidy

    rec = {
        "n": e.n,
        "quantity": e.quantity,
        "date": e.date,
        "dated_by": e.dated_by,
        "source": e.source,
        "source_key": e.source_key,
        "source_name": tl.source_names.get(e.source_key),
        "source_type": e.source_type,
        "shown": shown(e),
        "value": tidy(e.value),
        "low": tidy(e.low),
        "high": tidy(e.high),
        "bound": e.bound,
        "unit": e.unit,
        "modality": e.modality,
        "what": e.whats[0] if e.whats else None,
        "articles": list(e.docs),
        "langs": list(e.langs),
        "urls": list(e.urls),
        "superseded_by": e.superseded_by,
        "disagrees_with": list(e.disagrees_with),
        "sentence": e.sentence,
    }
    return rec


def flat_record(rec: Mapping[str, Any]) -> dict[str, Any]:
    """A record for one CSV row: lists joined by spaces (ids, languages and URLs hold none)."""
    return {k: " ".join(map(str, v)) if isinstance(v, list) else v for k, v in rec.items()}
