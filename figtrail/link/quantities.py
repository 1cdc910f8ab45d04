"""Quantities: figures that measure the same thing share one id, across articles and languages.

A quantity id is built from parts that do not depend on the language of the article:

    concept/unit-class[+status][+add]@place[#period]

- concept: the counted noun (``what_head``, else the words near the number) lemmatised
  with simplemma and looked up in the multilingual table of concepts.py;
- status: what happened to counted people ("tués", "wounded"); killed, wounded and
  the two together are three statuses, so three quantities; things are destroyed,
  launched or shot down ("620 drones launched" is not "583 shot down");
- add: an increment ("5 000 militaires supplémentaires") is not the stock it adds to;
- place: where the counted things are, read after a locative word ("in Russia",
  "dans la région de Koursk") and mapped to one code across languages; when the
  sentence names none, the place most figures of that concept have in the same
  story, else the story itself (two unrelated stories never share a quantity only
  because both count deaths);
- period: a year or day named next to the number, unless it is the article's own date.

Story links fill what one sentence leaves out: a figure that counts mere "people" takes
the kind of people its story counts most (protesters, troops), and a figure whose noun
is unknown joins a figure of the same value in the same story.

Ids are plain strings made from those parts: the same input gives the same ids on
every run, in any process.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import simplemma

from figtrail.chars import CharMap
from figtrail.link import concepts as data
from figtrail.link.lemmas import lemmas_of
from figtrail.link.lemmas import lemmatizer as _cached_lemmatizer
from figtrail.packs.tail import trie

# How far from the number we look (characters): status and place, period.
AFTER_CHARS = 90
PERIOD_AFTER = 50
PERIOD_BEFORE = 60
BEFORE_CHARS = 60
# A day named within this many days before the article's date dates a statement, not a count.
STATEMENT_DAYS = 21
# Words allowed between a locative and a place the table knows ("dans la région de Koursk");
# a name the table does not know must follow the locative directly ("à Pau").
LOCATIVE_GAP = 4
# A story's most counted kind of people stands for its "people" once seen this often.
STORY_PEOPLE_MIN = 4
# Amounts and rates of equal value in one story are one quantity, whatever noun goes with them.
VALUE_JOINS_AMOUNTS = True
DROP_MAIN_COUNTRY = True
STORY_HOME_BY_PLACE = False  # True: measured no better on dev, and risks joining unrelated stories
# The extractor's counted noun, unknown to the table, is the concept when this long.
OWN_NOUN_CHARS = 5
# A bare number this close after another one counts the same thing.
COMPARED_CHARS = 60
# Figures this close, joined by a conjunction, share the place said after the last of them.
COORDINATED_CHARS = 40
_COORDINATED = re.compile(r"\b(?:and|or|et|ou|y|o|e|und|oder)\b", re.IGNORECASE)
# A figure that names no place takes its story's place for the concept when that place
# holds this share of the placed figures and this share of all of them.
INHERIT_SHARE_PLACED = 0.75
INHERIT_SHARE_ALL = 1 / 3
# ... and when that many of them name it: one figure "in Milan" does not put a story's others there.
INHERIT_MIN_PLACED = 2

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_CAPNAME = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w'’-]{2,})")
_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d.,]?\d)")
_SENT_END = re.compile(r"[.!?](?:\s|$)|\n")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:er|º|o)?\s+(?:de\s+)?([a-z]+)")
# A clause ends at these: what follows speaks of something else.
_CLAUSE_END = re.compile(
    r"[,;:()\[\]]|\b(?:while|whereas|but|alors que|tandis que|mais|mientras|pero|"
    r"enquanto|mas|während|aber|mentre|ma)\b"
)
GENERIC_PEOPLE = ("people", "residents", "population")
BLOCS = ("UN", "EU")
HUMAN_TOLL = ("deaths", "wounded", "casualties", "missing")
# What happens to things: "620 drones launched", "583 shot down", "300 homes destroyed" are
# three counts, as killed and wounded are two.
THING_STATUS = ("destroyed", "downed", "launched")
FRAMES = ("difference", "change")
# Money of one concept in one story is one quantity only within three decades
# (a 10-billion package and 20,000 euros a home are not the same amount).
MONEY_DECADES = 3
# A place said (after a locative) in the clause before the number is the figure's own when
# at most this many words before it.
PLACE_BEFORE_WORDS = 3  # the place and at most two words between it and the number
# the clause ends at these, and at "that": "said in Seoul that 3,000" is where it was said
_CLAUSE_CUT = re.compile(
    r"[;:()\[\]«»\"“”]|\b(?:que|qu'|qu’|that|dass|daß|che|ch'|which|qui|donde|where|wo|dove|onde)", re.I
)
_HAS_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_DIGIT = re.compile(r"\d")


def _fold_table() -> dict[str, str]:
    table = {"’": "'"}
    for cp in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(cp)) if not unicodedata.combining(c))
        if len(base) == 1 and base != chr(cp):  # one letter for one: offsets stay put
            table[chr(cp)] = base
    table.update(dict.fromkeys(map(chr, range(0x300, 0x370)), ""))  # combining accents written apart
    return table


_FOLD = CharMap(_fold_table())


def fold(s: str) -> str:
    """Lower case without accents: the spelling every lookup compares.

    Precomposed letters map one to one, so a folded text keeps the offsets of its source
    (capital_at relies on it) unless it holds accents written as separate marks.
    """
    # words repeat across figures and articles, and a whole article's text is folded by
    # several readers of one article (stories, places): both are remembered, apart
    n = len(s)
    if n <= _WORD_CHARS:
        return _fold_word(s)
    if n >= _TEXT_CHARS:
        return _fold_text(s)
    return _FOLD(s.lower())


_WORD_CHARS, _TEXT_CHARS = 40, 400


@lru_cache(maxsize=16384)
def _fold_word(s: str) -> str:
    return _FOLD(s.lower())


@lru_cache(maxsize=4)
def _fold_text(s: str) -> str:
    return _FOLD(s.lower())


_NOT_AZ, _REPEATED = re.compile(r"[^a-z]"), re.compile(r"(.)\1+")


@lru_cache(maxsize=16384)
def fold_name(name: str) -> str:
    """A spelling key for a proper name across languages (Koursk, Kursk; Valence, Valencia).

    Sounds that languages spell differently are merged, then the first five letters kept.
    """
    s = _NOT_AZ.sub("", fold(name))
    for a, b in (("ou", "u"), ("k", "c"), ("ph", "f"), ("y", "i"), ("w", "v"), ("j", "i"), ("sch", "s")):
        s = s.replace(a, b)
    s = _REPEATED.sub(r"\1", s)
    return s[:5]


def capital_at(text: str, folded: str, pos: int) -> bool:
    """Whether text has a capital letter where its folded copy has a match."""
    return len(text) == len(folded) and text[pos : pos + 1].isupper()


def _lemma(word: str, lang: str | None) -> str:
    return fold(_lemma_raw(word, lang if lang in data.LANGS else "en"))


@lru_cache(maxsize=200_000)
def _lemma_raw(word: str, lang: str) -> str:
    try:
        return _lemmatize(word, lang=lang)
    except ValueError:
        return word


# simplemma's low-memory dictionaries (below): False trades ~330 MB a process for ~25 us less
# per new (word, language) pair to lemmatise; the lemmas are the same either way
LOW_MEMORY_LEMMAS = True


def _lemmatizer() -> Callable[..., str]:
    """simplemma.lemmatize, on its low-memory dictionaries where simplemma has them (2.0 on).

    concept_of tries every language for loan words, so every process that links holds six
    dictionaries: about 400 MB as Python dicts, about 50 MB as simplemma's compressed streams,
    read on demand, their lookup index kept on disk between processes (figtrail/link/lemmas.py).
    Same data, same lemmas (tests/test_link_speed_equivalence.py compares them); a lookup
    costs a few microseconds more, and the lemmas are remembered above.
    """
    if LOW_MEMORY_LEMMAS:
        return _cached_lemmatizer()
    return simplemma.lemmatize


_lemmatize = _lemmatizer()


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _trie(words: Iterable[str]) -> str:
    """One regex alternation for many words, as a trie: re tries a plain alternation branch
    by branch at every position, a trie only along the letters it meets."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        # longest first: the end of a word is the last choice, so "russia" beats "russ"
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


def _phrase_pattern(phrases: Iterable[str], suffix: str = "") -> re.Pattern[str]:
    alts = sorted({fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alts) + r")" + suffix + r"\b")


# ---------------------------------------------------------------- tables

_STATUS_ENDINGS = r"(?:s|es|e|n|en|i)?"


class _Tables:
    """concepts.py parsed once: word and phrase indexes per language, patterns."""

    def __init__(self) -> None:
        self.kind: dict[str, str] = {}
        self._lemmatised: set[str] = set()
        self.words: dict[str, dict[str, list[str]]] = {lang: defaultdict(list) for lang in data.LANGS}
        # multi-word terms by their first word
        self.phrases: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {
            lang: {} for lang in data.LANGS
        }
        for line in data.CONCEPTS.strip().splitlines():
            cid, kind, terms = (x.strip() for x in line.split(";", 2))
            self.kind[cid] = kind
            for lang, group in zip(data.LANGS, terms.split("|"), strict=True):
                for term in (t.strip() for t in group.split(",")):
                    self._add(lang, term, cid)
        for lang in data.LANGS:
            for group in self.phrases[lang].values():
                group.sort(key=lambda p: -len(p[0]))
        # plural and feminine endings follow the listed forms: tué -> tués, tuées
        status_terms = [
            (sid.strip(), terms.replace("|", ",").split(","))
            for sid, terms in (line.split(";", 1) for line in data.STATUS.strip().splitlines())
        ]
        self.status = [(sid, _phrase_pattern(terms, _STATUS_ENDINGS)) for sid, terms in status_terms]
        # matches where one of the status patterns matches: a text it misses has no status
        self.any_status = _phrase_pattern([w for _, terms in status_terms for w in terms], _STATUS_ENDINGS)
        self.places = self._places()
        self.locatives = {lang: set(ws.split()) for lang, ws in data.LOCATIVES.items()}
        self.any_locative: set[str] = set().union(*self.locatives.values())
        self.whole = {lang: set(ws.split()) for lang, ws in data.WHOLE.items()}
        self.there = {lang: _phrase_pattern(ws.split(",")) for lang, ws in data.THERE.items()}
        self.generic = set(fold(data.GENERIC_HEADS).split())
        self.per_unit = {
            lang: _phrase_pattern(grp.split(","))
            for lang, grp in zip(data.LANGS, data.PER_UNIT.replace("\n", " ").split("|"), strict=True)
        }
        self.total = {
            lang: _phrase_pattern(grp.split(","))
            for lang, grp in zip(data.LANGS, data.TOTAL.replace("\n", " ").split("|"), strict=True)
        }
        self.additional = {
            lang: _phrase_pattern(grp.split(","))
            for lang, grp in zip(data.LANGS, data.ADDITIONAL.replace("\n", " ").split("|"), strict=True)
        }
        self.part_before = {
            lang: re.compile(_phrase_pattern(grp.split(",")).pattern + r"(?:\W+[^\W\d]+){0,2}\W*$")
            for lang, grp in zip(data.LANGS, data.PART_BEFORE.replace("\n", " ").split("|"), strict=True)
        }
        self.part_after = {
            lang: re.compile(r"^\W*" + _phrase_pattern(grp.split(",")).pattern)
            for lang, grp in zip(data.LANGS, data.PART_AFTER.replace("\n", " ").split("|"), strict=True)
        }
        self.of_words = {lang: set(fold(ws).split()) for lang, ws in data.OF_WORDS.items()}
        age = "|".join(re.escape(fold(w.strip())) for w in data.AGE_WORDS.split(","))
        self.age = re.compile(r"\b(\d{1,3})\s*(?:" + age + r")\b")
        self.months = {
            lang: {fold(m): i + 1 for i, m in enumerate(ms.split())} for lang, ms in data.MONTHS.items()
        }
        self.not_places = set(fold(data.WEEKDAYS).split()) | {m for ms in self.months.values() for m in ms}
        self.relative_years = []
        for line in data.RELATIVE_YEARS.strip().splitlines():
            off, phrases = line.split(";", 1)
            for ph in phrases.split(","):
                self.relative_years.append((fold(ph.strip()), int(off)))
        # found wherever one of the phrases is (anywhere: `in`, not word by word)
        # (as a trie: a scan rejects most positions at their first letter)
        self.any_relative_year = re.compile(trie(ph for ph, _ in self.relative_years))

    def _add(self, lang: str, term: str, cid: str) -> None:
        if not term:
            return
        # the lemmatiser's forms of the terms are added when a language is first used
        # (loading its dictionary costs a second): see lemma_index
        toks = tuple(fold(w) for w in _words(term))
        if len(toks) > 1:
            self.phrases[lang].setdefault(toks[0], []).append((toks, cid))
        key = fold(term).replace(" ", "")  # "co2-preis", "pib", "nettokreditaufnahme"
        if cid not in self.words[lang][key]:
            self.words[lang][key].append(cid)

    def lemma_index(self, lang: str) -> dict[str, list[str]]:
        """Words of one language by their folded form and by the lemmatiser's form."""
        if lang not in self._lemmatised:
            self._lemmatised.add(lang)
            words = self.words[lang]
            # the table's terms are lemmatised once, then read from the cache (figtrail/link/lemmas.py)
            lemma = lemmas_of((k for k in words if "-" not in k), lang, lambda w: _lemma(w, lang))
            for key, cids in list(words.items()):
                lem = lemma.get(key, key)
                for cid in cids:
                    if cid not in words[lem]:
                        words[lem].append(cid)
        return self.words[lang]

    def _places(self) -> tuple[re.Pattern[str], dict[str, str]]:
        names: dict[str, str] = {}
        for line in data.PLACES.strip().splitlines():
            code, terms = line.split(";", 1)
            for t in terms.replace("|", ",").split(","):
                if t.strip():
                    names.setdefault(fold(t.strip()), code.strip())
        # a few letters may follow: inflections (russischen, norcoreanos, Russlands)
        pat = re.compile(r"\b(" + _trie(names) + r")[a-z]{0,4}\b")
        return pat, names


@lru_cache(maxsize=1)
def tables() -> _Tables:
    return _Tables()


# ---------------------------------------------------------------- concepts


def unit_class(unit: str | None) -> str:
    if unit is None:
        return "count"
    if unit == "percent":
        return "pct"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return unit  # a measure keeps its own symbol: mm and km2 never meet


_FITS = {"money": "m", "pct": "rm", "count": "pt"}


def concept_of(word: str | None, lang: str | None, ucls: str = "count", strict: bool = False) -> str | None:
    """The concept a counted noun names, or None. German compounds match by their last part.

    The article's language is tried first, then the others (loan words: "drone", "Pil").
    """
    if not word:
        return None
    return _concept_of(word, lang, ucls, strict)


@lru_cache(maxsize=32768)  # nouns repeat across figures and articles; the answer is a str or None
def _concept_of(word: str, lang: str | None, ucls: str, strict: bool) -> str | None:
    t = tables()
    folded = fold(word)
    if t.places[0].fullmatch(folded):  # "Nordkoreaner", "norte-coreanos": people of a place
        return "people"
    langs = ([lang] if lang in data.LANGS else []) + ([] if strict else [x for x in data.LANGS if x != lang])
    for lg in langs:
        words = t.lemma_index(lg)
        hit = _pick(words.get(folded), ucls)
        if hit:
            return hit  # the word as written: no need to lemmatise it (lemmas cost most here)
        lem = _lemma(word, lg)
        hit = _pick(words.get(lem), ucls)
        if hit:
            return hit
        if lg == lang == "de":  # Elitesoldaten -> Soldat, Nettokreditaufnahme -> Kreditaufnahme
            for i in range(1, len(lem) - 3):
                hit = _pick(words.get(lem[i:]), ucls)
                if hit:
                    return hit
    return None


def _pick(cands: list[str] | None, ucls: str) -> str | None:
    """Of the concepts a word may name, the first whose kind fits the unit (loss: casualties or money)."""
    if not cands:
        return None
    want = _FITS.get(ucls, "x")
    for c in cands:
        if tables().kind[c] in want:
            return c
    return cands[0]


def _concept_in(text: str, lang: str | None, ucls: str, limit: int, strict: bool = False) -> str | None:
    """First concept among the first `limit` content words of text (phrases first)."""
    t = tables()
    ws = [w for w in _words(text) if fold(w) not in t.generic and len(w) > 2][:limit]
    if not ws:
        return None
    lg = lang if lang in data.LANGS else "en"
    phrases = t.phrases[lg]
    for lemmas in (False, True):  # the words as written, then their lemmas (made only then)
        seq = [_lemma(w, lg) for w in ws] if lemmas else [fold(w) for w in ws]
        for i, first in enumerate(seq):
            for toks, cid in phrases.get(first, ()):
                if tuple(seq[i : i + len(toks)]) == toks:
                    return cid
    for w in ws:
        hit = concept_of(w, lang, ucls, strict)
        if hit:
            return hit
    return None


# ---------------------------------------------------------------- context


def _windows(
    text: str, start: int, end: int, starts: Sequence[int], ends: Sequence[int]
) -> tuple[str, str]:
    """Text after the number (to the next figure or the sentence end) and before it.

    starts and ends: the sorted starts and ends of the figures of its field; its own may be
    among them when it is not empty (its start is before its end, its end after its start)."""
    i = bisect_left(starts, end)
    nxt = min(starts[i] if i < len(starts) else len(text), len(text), end + AFTER_CHARS)
    after = text[end:nxt]
    m = _SENT_END.search(after)
    if m:
        after = after[: m.start()]
    j = bisect_right(ends, start)
    prv = max(ends[j - 1] if j else 0, 0, start - BEFORE_CHARS)
    before = text[prv:start]
    cut = [m.end() for m in _SENT_END.finditer(before)]
    if cut:
        before = before[cut[-1] :]
    elif prv == 0 or text[prv - 1 : prv] == "\n":
        pass
    else:
        before = " " + before  # not a sentence start
    return after, before


def _clause(after: str) -> str:
    m = _CLAUSE_END.search(after.lower())
    return after[: m.start()] if m else after


def find_places(text: str, lang: str | None, need_locative: bool = True) -> list[tuple[int, str]]:
    """(position, code) of places named in text, in order. With need_locative, only those
    after a locative word: where things are, not whose they are ("North Korean troops")."""
    if not need_locative:
        return sorted(named_places(text), key=_place_order)
    t = tables()
    pat, names = t.places
    ft = fold(text)
    low = text.lower()
    locs = t.locatives.get(lang or "") or t.any_locative
    whole = t.whole.get(lang or "", _NONE)
    out = []
    for m in pat.finditer(ft):
        at = m.start()
        if len(m.group(1)) <= 4 and not capital_at(text, ft, at):
            continue  # short names are also words: un, who, eu, usa
        if _after_locative(low[max(0, at - 40) : at], whole, 2):
            continue  # "dans toute la France": the whole country, the story's own scope
        if _after_locative(low[max(0, at - 40) : at], locs, LOCATIVE_GAP):
            out.append((at, names[m.group(1)]))
    if lang != "de":  # German capitalises every noun: no unknown names there
        for m in _CAPNAME.finditer(text):
            at = m.start()
            word = fold(m.group(1))
            if word in t.not_places or any(abs(p - at) < 3 for p, _ in out) or pat.match(word):
                continue
            # "A Defesa Civil": a bare capital A or O opening a sentence is an article ("À Pau" is not)
            if _after_locative(low[max(0, at - 40) : at], locs, 0) and not _OPENER.search(text[:at]):
                out.append((at, "~" + fold_name(m.group(1))))
    else:
        # German capitalises every noun, but a noun after a bare "in" takes an article ("in
        # der Stadt") or is a plural the lemmatiser knows ("in Städten"): "in Heilbronn" is a place
        for m in _DE_IN_NAME.finditer(text):
            at, name = m.start(1), m.group(1)
            word = fold(name)
            if word in t.not_places or any(abs(p - at) < 3 for p, _ in out) or pat.match(word):
                continue
            if _lemma_raw(name, "de") != name or concept_of(name, "de", strict=True) or word in t.generic:
                continue
            out.append((at, "~" + fold_name(name)))
    # a name the table knows comes first ("al Lejano Oriente de Rusia" is in Russia), and
    # a region before its country ("dans la région russe de Koursk" is in Kursk)
    return sorted(out, key=_place_order)


def _place_order(p: tuple[int, str]) -> tuple[bool, bool, int]:
    return (p[1].startswith("~"), _is_country(p[1]), p[0])


_DE_IN_NAME = re.compile(r"\b[Ii]n\s+([A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")
_OPENER = re.compile(r"(?:^|[.!?]\s+)[AO]\s+$")
_NONE: set[str] = set()


@lru_cache(maxsize=4)  # one article's whole text is read by stories and quantities both
def named_places(text: str) -> tuple[tuple[int, str], ...]:
    """(position, code) of every place the table knows in text, in order of position; a short
    name (un, who, eu, usa) only when written with a capital."""
    pat, names = tables().places
    ft = fold(text)
    return tuple(
        (m.start(), names[m.group(1)])
        for m in pat.finditer(ft)
        if len(m.group(1)) > 4 or capital_at(text, ft, m.start())
    )


def _is_country(code: str) -> bool:
    return len(code) == 2 or code in BLOCS


_LETTERS = re.compile(r"[^\W\d_]+")


def _after_locative(before: str, locs: set[str], gap: int) -> bool:
    ws = _LETTERS.findall(before[-40:].replace("'", " "))[-(gap + 1) :]
    return any(w in locs for w in ws)


def _period(after: str, before: str, lang: str | None, published: str | None) -> str | None:
    """A year or day said next to the number, unless it is the article's own date."""
    t = tables()
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    for text in (after[:PERIOD_AFTER], before[-PERIOD_BEFORE:]):
        m = _YEAR.search(text)
        if m:
            return m.group(1)
        ft = fold(text)
        if pub_year and t.any_relative_year.search(ft):
            for ph, off in t.relative_years:
                if ph in ft:
                    return str(pub_year + off)
        months = t.months.get(lang or "", {})
        for m in _DAY_MONTH.finditer(ft):
            mon = months.get(m.group(2))
            if mon and not (published and _near_date(published, mon, int(m.group(1)))):
                return f"{mon:02d}-{int(m.group(1)):02d}"
    return None


def _near_date(published: str, mon: int, day: int) -> bool:
    """A day shortly before the article's date is when something was said, not what was counted."""
    try:
        pub = date.fromisoformat(published[:10])
        said = date(pub.year if mon <= pub.month else pub.year - 1, mon, day)
    except ValueError:
        return False
    return -1 <= (pub - said).days <= STATEMENT_DAYS


def _statuses(text: str) -> list[str]:
    ft = fold(text)
    t = tables()
    if not t.any_status.search(ft):  # most clauses say nothing of what happened to anyone
        return []
    return [sid for sid, pat in t.status if pat.search(ft)]


# ---------------------------------------------------------------- one article


def _get(x: Any, key: str) -> Any:
    return _getter(x)(key)


_IS_MAPPING: dict[type, bool] = {}


def _getter(x: Any) -> Callable[[str], Any]:
    """_get(x, key) as a function of the key alone."""
    t = type(x)
    is_map = _IS_MAPPING.get(t)
    if is_map is None:
        is_map = _IS_MAPPING[t] = isinstance(x, Mapping)
    return x.get if is_map else lambda key: getattr(x, key, None)


def describe(article: Mapping[str, Any], figures: Sequence[Any]) -> list[dict[str, Any]]:
    """For each figure: concept, unit class, status, increment, place, period, value."""
    t = tables()
    lang = article.get("lang")
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in figures:
        spans[_get(f, "field") or "text"].append((_get(f, "start") or 0, _get(f, "end") or 0))
    # each figure's window stops at its neighbours: their starts and ends, sorted, per field
    bounds = {fld: (sorted(s for s, _ in sp), sorted(e for _, e in sp)) for fld, sp in spans.items()}
    out: list[dict[str, Any]] = []
    prev: dict[str, Any] | None = None
    main_country = lru_cache(maxsize=1)(lambda: _main_country(article))
    for f in figures:
        get = _getter(f)
        fld = get("field") or "text"
        text = article.get(fld) or ""
        start, end = get("start") or 0, get("end") or 0
        lang_f = get("lang") or lang
        if start < end:
            after, before = _windows(text, start, end, *bounds[fld])
        else:  # no offsets (a figure read from elsewhere): its window stops at the others only
            others = [s for s in spans[fld] if s != (start, end)]
            after, before = _windows(text, start, end, sorted(s for s, _ in others), sorted(e for _, e in others))
        clause = _clause(after)
        ucls = unit_class(get("unit"))
        what, head = get("what") or "", get("what_head")
        concept = None
        if head and fold(head) not in t.generic:
            concept = concept_of(head, lang_f, ucls)
        if concept is None and what:
            # "North Koreans": people of a place, however many words the place takes
            concept = "people" if t.places[0].fullmatch(fold(what)) else _concept_in(what, lang_f, ucls, 4)
        if (
            concept is None
            and ucls == "count"
            and head
            and len(head) >= OWN_NOUN_CHARS
            and head.islower()
            and head.endswith("s")  # a plural noun, not a verb or an adverb the extractor took
            and lang_f != "en"  # English verbs end in -s too ("approves")
        ):
            # "22 moyens aériens", "sept organisations": a noun the table does not know still
            # says what is counted; the words around the number would say something else
            concept = "~" + _lemma(head, lang_f)
        if concept is None:
            concept = _concept_in(clause, lang_f, ucls, 3) or _concept_in(before[-40:], lang_f, ucls, 3)
        if concept in GENERIC_PEOPLE or concept is None:
            # "l'écart dépasse 2,2 millions de personnes" counts a difference, not people
            framed = _concept_in(before[-50:], lang_f, "pct", 6, strict=True)
            if framed in FRAMES:
                concept = framed
        kind = t.kind.get(concept or "", "")
        value = get("value") or get("low") or get("high")
        if kind == "m" and ucls == "count" and value and value >= 1e5:
            ucls = "money"  # "10.600 millones en ayudas": amounts of money whose currency went unsaid
        # the noun may come before the number: "le nombre de soldats tués et blessés ... dépasse les 3 000"
        lead = _lead(text, start, head)
        # a verb just before the number may say what happened to mere people: "ont secouru 4 800 personnes"
        told = " ".join((clause, what, lead))
        if head:  # the noun says what it counts; only the words around it add a status
            told = _blank_word(told, head)
        status = _status(concept, kind, ucls, told)
        if status is None and (concept in GENERIC_PEOPLE or concept is None):
            # a verb just before the number, in its own clause: "ont secouru environ 4 800 personnes"
            status = _status(concept, kind, ucls, _last_clause(before[-30:]))
        elif status is None and kind == "t":
            # "Russia launched 620 drones and 48 missiles": the verb before both, in its clause
            status = _status(concept, kind, ucls, _PUNCT_BREAK.split(before[-60:])[-1])
        near = fold(clause[:40])
        add = bool(t.additional[lang_f].search(near)) if lang_f in t.additional else False
        each = bool(t.per_unit[lang_f].search(near)) if lang_f in t.per_unit else False
        total = bool(t.total[lang_f].search(near)) if lang_f in t.total else False
        places = find_places(clause, lang_f) or find_places(lead, lang_f)
        if not places and before.strip() and not before.startswith(" "):
            # "À Pau, la préfecture a compté 15 500": a place that opens the sentence
            places = [p for p in find_places(before, lang_f) if len(before[: p[0]].split()) <= 2]
        if not places:
            # "A Milano una decina di istituti", "in Heilbronn alone twelve thousand": a place
            # said after a locative in the clause that leads to the number
            seg = " ".join(_CLAUSE_CUT.split(before)[-1].split()[-PLACE_BEFORE_WORDS - 1 :])
            locs = t.locatives.get(lang_f or "") or t.any_locative
            # places are names after a locative: most clauses have none
            if _HAS_CAPITAL.search(seg) and not locs.isdisjoint(
                _LETTERS.findall(seg.lower().replace("'", " "))
            ):
                places = [
                    p for p in find_places(seg, lang_f) if len(seg[p[0] :].split()) <= PLACE_BEFORE_WORDS
                ]
        if not places and lang_f in t.there and t.there[lang_f].search(fold(clause)):
            # "were training there": the place the sentence before named last
            named = find_places(_previous_sentence(text, start), lang_f)
            places = [max(named)] if named else []  # the last named, by position
        place = places[0][1] if places else None
        if place == "CAPITAL":  # "dans la capitale": the capital of the country the article is about
            place = _main_country(article, plainly=False) + "_CAPITAL"
        elif DROP_MAIN_COUNTRY and place is not None and place == main_country():
            place = None  # "in France" in a story about France tells no French figure from another
        period = _period(after, before, lang_f, article.get("published"))
        qual = _qualifier(after, before, clause, lang_f, head, concept, ucls, place)
        same_sentence = prev and prev["field"] == fld and not _SENT_END.search(text[prev["end"] : start])
        if (
            prev
            and same_sentence
            and (concept in GENERIC_PEOPLE or concept is None)
            and status is None
            and ucls == prev["unit_class"]
            and start - prev["end"] <= COMPARED_CHARS
        ):
            # "10.793 pessoas em abrigos, contra mais de 81 mil": a bare number right after
            # another one of its kind counts the same thing
            concept, status = prev["concept"], prev["status"]
        if prev and same_sentence and prev["concept"] == concept:
            # the same sentence goes on about the same thing: "à Pau, 15 500 selon la
            # préfecture, contre 22 000 selon les organisateurs"
            period = period or prev["period"]
            place = place or prev["place"]
        if ucls == "money" and value:
            ucls += str(int(math.log10(abs(value)) // MONEY_DECADES))
        if get("value") is None:
            value = (get("low"), get("high"))
        out.append(
            {
                "concept": concept,
                "unit_class": ucls,
                "status": status,
                "add": add,
                "each": each,
                "total": total,
                "place": place,
                "period": period,
                "qual": qual,
                "value": value,
                "field": fld,
                "start": start,
                "end": end,
            }
        )
        prev = out[-1]
    _share_coordinated_places(article, out)
    _share_coordinated_thing_status(article, out)
    return out


_ARTICLE_WORDS = frozenset(data.DETERMINERS.split())


def _qualifier(
    after: str,
    before: str,
    clause: str,
    lang: str | None,
    head: str | None,
    concept: str | None,
    ucls: str,
    place: str | None,
) -> str | None:
    """What narrows a figure to a part of its concept, as one short string (None: nothing).

    - part: a subset marker just before or after the number ("dont 211", "211 de ellos");
    - age: an age group said with the number ("694 fallecidos tenían 85 años o más");
    - of: a second counted noun in the phrase ("muertes de trabajadores", "treni passeggeri").
    """
    t = tables()
    out = []
    lg = lang if lang in data.LANGS else "en"
    if place is None and (
        t.part_before[lg].search(fold(before[-40:])) or t.part_after[lg].search(fold(after[:20]))
    ):
        out.append("part")  # a part that names its place is told apart by the place
    if ucls in ("count", "pct"):
        m = t.age.search(fold(clause[:80])) if _DIGIT.search(clause, 0, 80) else None
        if m and 10 <= int(m.group(1)) <= 110:
            out.append("age" + m.group(1))
    sub = _second_noun(clause, lg, head, concept, ucls)
    if sub:
        out.append("of:" + sub)
    return "+".join(out) or None


def _second_noun(clause: str, lang: str, head: str | None, concept: str | None, ucls: str) -> str | None:
    """The concept of a noun that narrows the counted one, right after it or after 'of'."""
    if not head or ucls != "count":
        return None
    ws = _WORD.findall(clause, 0, 60)[:7]
    if head not in ws[:3]:
        return None
    rest = [w.lower() for w in ws[ws.index(head) + 1 :][:4]]
    of = False
    for w in rest:
        if w in t_of(lang) and not of:
            of = True
            continue
        if of and w in _ARTICLE_WORDS:
            continue
        if not of:
            return None
        c = concept_of(w, lang, ucls, strict=True)
        if c and c != concept and c not in GENERIC_PEOPLE and t_kind(c) in ("p", "t"):
            return c
        return None
    return None


def t_of(lang: str) -> set[str]:
    return tables().of_words.get(lang, _NONE)


def _blank_word(text: str, word: str) -> str:
    """Each whole-word occurrence of `word` in text replaced by a space."""
    return _word_pattern(word).sub(" ", text)


@lru_cache(maxsize=4096)  # heads repeat across figures and articles: each compiled once
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(word) + r"\b")


def _share_coordinated_places(article: Mapping[str, Any], out: list[dict[str, Any]]) -> None:
    """ "120 morti e 300 feriti in Marocco": figures joined by a conjunction share the place said after them."""
    for cur, nxt in zip(reversed(out[:-1]), reversed(out[1:]), strict=True):
        if not cur["place"] and nxt["place"] and _coordinated(article, cur, nxt):
            cur["place"] = nxt["place"]


def _coordinated(article: Mapping[str, Any], a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two figures in a row are joined by a conjunction alone: "120 morti e 300 feriti"."""
    if a["field"] != b["field"]:
        return False
    between = (article.get(a["field"]) or "")[a["end"] : b["start"]]
    return len(between) <= COORDINATED_CHARS and _COORDINATED.search(between) is not None and not _PUNCT.search(between)


def _share_coordinated_thing_status(article: Mapping[str, Any], out: list[dict[str, Any]]) -> None:
    """ "launched 620 drones and 48 missiles", "583 drones et 41 missiles ont été abattus":
    things joined by a conjunction share what happened to them, said before or after them."""
    kind = tables().kind
    for a, b in zip(out[:-1], out[1:], strict=True):
        if (a["status"] is None) == (b["status"] is None):
            continue
        if kind.get(a["concept"] or "") == "t" == kind.get(b["concept"] or "") and _coordinated(article, a, b):
            a["status"] = b["status"] = a["status"] or b["status"]


_PUNCT = re.compile(r"[,;:.()]")


def _previous_sentence(text: str, start: int) -> str:
    ends = [m.end() for m in _SENT_END.finditer(text, 0, start)]
    if not ends:
        return ""
    begin = ends[-2] if len(ends) > 1 else 0
    return text[begin : ends[-1]]


_ENDS_IN_DIGIT = re.compile(r"\d\s*$")


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins: the end of the last _SENT_END match in
    text[:start] (0 without one). The matches of the whole text are found once: up to
    `start` they are those of text[:start], but for a [.!?] just before `start`, which ends
    a sentence in text[:start] (at its end) whatever follows it in text."""
    if not 0 < start <= len(text):
        cut = [m.end() for m in _SENT_END.finditer(text[:start])]
        return cut[-1] if cut else 0
    if text[start - 1] in ".!?":
        return start
    ends = _sentence_ends(text)
    k = bisect_right(ends, start)
    return ends[k - 1] if k else 0


@lru_cache(maxsize=4)  # the fields of the article at hand
def _sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENT_END.finditer(text)]


def _lead(text: str, start: int, head: str | None) -> str:
    """The words that follow the counted noun when it stands before the number in its sentence."""
    if not head:
        return ""
    sent = text[_sentence_start(text, start) : start]
    i = sent.rfind(head)
    if i < 0 or _ENDS_IN_DIGIT.search(sent[:i]):
        return ""  # absent, or the noun of another number ("120 people were killed and 300")
    return _clause(sent[i + len(head) : i + len(head) + 70])


def _main_place(article: Mapping[str, Any]) -> str | None:
    text = (article.get("title") or "") + "\n" + (article.get("text") or "")
    counts = Counter(c for _, c in find_places(text, article.get("lang"), need_locative=False))
    return _top(Counter({c: n for c, n in counts.items() if c not in BLOCS and "CAPITAL" not in c}))


def _main_country(article: Mapping[str, Any], plainly: bool = True) -> str:
    text = (article.get("title") or "") + "\n" + (article.get("text") or "")
    counts = Counter(c for _, c in find_places(text, article.get("lang"), need_locative=False))
    countries = Counter({c: n for c, n in counts.items() if len(c) == 2 and c not in BLOCS})
    top = _top(countries)
    if not top:
        return "XX"
    if plainly and (countries[top] < 2 or sum(n == countries[top] for n in countries.values()) > 1):
        return "XX"  # no country the article is plainly about
    return top


_PUNCT_BREAK = re.compile(r"[,;:()]")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|or|et|ou|y|o|e|und|oder)\b")


def _last_clause(before: str) -> str:
    """The end of a text after its last clause break or conjunction ("killed and | 300")."""
    parts = _CLAUSE_BREAK.split(before.lower())
    return parts[-1]


def _status(concept: str | None, kind: str, ucls: str, text: str) -> str | None:
    """What happened to the counted people; killed and wounded together are casualties."""
    if ucls != "count" or kind not in ("p", "t", ""):
        return None
    found = _statuses(text)
    if kind == "t":  # things are destroyed, or, weapons, launched and shot down
        return next((s for s in found if s in THING_STATUS), None)
    found = [s for s in found if s != "destroyed"]
    has = set(found) | ({concept} if concept in ("deaths", "wounded") else set())
    if {"deaths", "wounded"} <= has:
        return "casualties"
    return found[0] if found else None


def key_of(d: Mapping[str, Any], place: str | None) -> str:
    """The quantity id: concept, unit class, status, increment, place, period."""
    concept, status = d["concept"], d["status"]
    if status and (concept in GENERIC_PEOPLE or status in HUMAN_TOLL or concept in HUMAN_TOLL):
        # "12 personnes ont perdu la vie", "100 soldats tués", "morts et blessés": the toll is the thing counted
        concept, status = status, None
    k = f"{concept}/{d['unit_class']}"
    if status and status != concept:
        k += "+" + status
    if d.get("qual"):
        k += "~" + d["qual"]
    if d["add"]:
        k += "+add"
    if d.get("each"):
        k += "+each"
    if d.get("total"):
        k += "+total"
    k += "@" + (place or "-")
    if d["period"]:
        k += "#" + d["period"]
    return k


def _value_key(d: Mapping[str, Any]) -> str:
    v = d["value"]
    return f"{d['unit_class']}={v if not isinstance(v, tuple) else '-'.join(map(str, v))}"


@dataclass
class StoryQuantities:
    """What one story has counted so far: all QuantityLinker keeps, per story, as plain data
    (a store saves it as JSON and loads it back when the story gets a new article)."""

    places: dict[str, Counter[str]] = field(default_factory=dict)  # concept key -> place -> figures
    people: Counter[str] = field(default_factory=Counter)  # crowd concept -> figures
    seen: Counter[str] = field(default_factory=Counter)  # concept key -> figures
    home: str | None = None  # where the story happens (its first article's place), or None
    by_value: dict[str, str] = field(default_factory=dict)  # value key -> the quantity it joined

    def to_json(self) -> dict[str, Any]:
        return {
            "places": {k: dict(v) for k, v in self.places.items()},
            "people": dict(self.people),
            "seen": dict(self.seen),
            "home": self.home,
            "by_value": self.by_value,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> StoryQuantities:
        return cls(
            places={str(k): Counter(v) for k, v in (d.get("places") or {}).items()},
            people=Counter(d.get("people") or {}),
            seen=Counter(d.get("seen") or {}),
            home=d.get("home"),
            by_value=dict(d.get("by_value") or {}),
        )


class QuantityLinker:
    """Assigns quantity ids article by article, remembering what each story counts.

    Feed articles in the order they arrive (with the story StoryLinker gave them). A story's
    memory is a StoryQuantities; `load` (a function story -> StoryQuantities | None) fetches
    the memory of a story not seen in this process, e.g. from a store; `touched` lists the
    stories whose memory changed since it was last cleared, for the store to save.
    """

    def __init__(self, load: Callable[[str], StoryQuantities | None] | None = None) -> None:
        self._stories: dict[str, StoryQuantities] = {}
        self._load = load
        self.touched: set[str] = set()

    def story(self, story: str) -> StoryQuantities:
        st = self._stories.get(story)
        if st is None:
            st = (self._load(story) if self._load else None) or StoryQuantities()
            self._stories[story] = st
        return st

    def assign(
        self,
        article: Mapping[str, Any],
        figures: Sequence[Any],
        story: str,
        desc: list[dict[str, Any]] | None = None,
    ) -> list[str]:
        """Quantity ids of an article's figures. `desc` is describe(article, figures), when
        it was computed elsewhere (in an extraction process)."""
        desc = describe(article, figures) if desc is None else [dict(d) for d in desc]
        st = self.story(story)
        self.touched.add(story)
        for d in desc:
            # what a story's mere "people" stand for: a crowd it counts (protesters, troops), never its toll
            c = d["concept"]
            if t_kind(c) == "p" and c not in GENERIC_PEOPLE and c not in HUMAN_TOLL and not d["status"]:
                st.people[c] += 1
        for d in desc:
            if d["concept"] in GENERIC_PEOPLE and not d["status"]:
                top = _top(st.people)
                if top and st.people[top] >= STORY_PEOPLE_MIN:
                    d["concept"] = top
            st.seen[_concept_key(d)] += 1
            if d["place"]:
                st.places.setdefault(_concept_key(d), Counter())[d["place"]] += 1
        # keys from what each figure says; the figures whose noun we know speak first
        keys: list[str | None] = []
        for d in desc:
            if d["concept"] is None:
                keys.append(None)
                continue
            place = d["place"] or self._story_place(st, _concept_key(d)) or self._home(st, story, article)
            keys.append(key_of(d, place))
            st.by_value.setdefault(_value_key(d), keys[-1])
        ids = []
        for d, key in zip(desc, keys, strict=True):
            # the same amount said twice in one story is one quantity ("60 milliards d'effort",
            # "chiffre à 60 milliards"); for counts only when the noun tells us nothing
            same = st.by_value.get(_value_key(d))
            weak = key is None or (d["concept"] in GENERIC_PEOPLE and not d["status"])
            amount = VALUE_JOINS_AMOUNTS and d["unit_class"] != "count"
            if same and (weak or amount) and _context_agrees(same, d):
                key = same
            if key is None:
                key = key_of({**d, "concept": "?" + _value_key(d)}, d["place"] or story)
                st.by_value.setdefault(_value_key(d), key)
            else:
                # the same value of the same concept, once with a qualifier and once without
                # ("1 180 morts", "1 180 morts attribuables à la chaleur"), is one quantity
                # and a figure that names no place is the figure of that value that names one
                # ("176 mortos no Rio Grande do Sul", "o número de mortos subiu para 176")
                base = _BASE_PREFIX + key_of({**d, "qual": None}, "*") + "=" + _value_key(d)
                own = base + "@" + d["place"] if d["place"] else None
                key = st.by_value.get(own or base) or key
                st.by_value.setdefault(base, key)
                if own:
                    st.by_value.setdefault(own, key)
            ids.append(key)
        return ids

    def _home(self, st: StoryQuantities, story: str, article: Mapping[str, Any]) -> str:
        """Where a story happens, from its first article: the last resort of a figure's place."""
        if st.home is None:
            home = _main_place(article) if STORY_HOME_BY_PLACE else None
            st.home = "home:" + home if home else story
        return st.home

    @staticmethod
    def _story_place(st: StoryQuantities, ckey: str) -> str | None:
        """The place most figures of this concept have in the story, when it is clearly theirs.

        Troops that the story keeps putting in Russia are in Russia; protesters of whom
        some are counted in Paris and some in Pau are the nation's, not Paris's.
        """
        places = st.places.get(ckey)
        top = _top(places)
        if not top or not places:
            return None
        n = places[top]
        if n < INHERIT_MIN_PLACED:
            return None
        if n >= INHERIT_SHARE_PLACED * sum(places.values()) and n >= INHERIT_SHARE_ALL * st.seen[ckey]:
            return top
        return None


_BASE_PREFIX = "base:"


def _context_agrees(key: str, d: Mapping[str, Any]) -> bool:
    """Whether a key leaves room for this figure's own place and period."""
    place, _, period = key.rpartition("@")[2].partition("#")
    if d["period"] and period and d["period"] != period:
        return False
    return not (d["place"] and place != d["place"])


def t_kind(concept: str | None) -> str:
    return tables().kind.get(concept or "", "")


def _top(counts: Counter[str] | None) -> str | None:
    """The most frequent key; ties go to the smallest, so the choice never depends on hashing."""
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _concept_key(d: Mapping[str, Any]) -> str:
    return key_of({**d, "period": None}, None)


def link_quantities(items: Iterable[tuple[Mapping[str, Any], Sequence[Any], str]]) -> list[list[str]]:
    """(article, figures, story) in order -> quantity ids, figure by figure."""
    q = QuantityLinker()
    return [q.assign(a, figs, s) for a, figs, s in items]
