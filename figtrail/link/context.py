"""What an article tells about the sources it names, beyond the names themselves: the
country it is about (which "government" is meant), its region, the acronyms it spells out,
the full names behind bare surnames and the titles persons carry ("Defense Secretary Lloyd
Austin"). Built once per article by `article_context`, a pure function; read-only after.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

from figtrail.link import aliases
from figtrail.link.fold import (
    FUNCTION_WORDS,
    HONORIFICS,
    expands,
    fold,
    is_acronym,
    prepare,
    split_prepared,
    strip_accents,
    tokens,
    words,
)
from figtrail.link.places import LANGUAGE_COUNTRY, countries_in, regions_in
from figtrail.link.roles import (
    ANAPHOR_HEADS,
    FILLER,
    HEAD,
    MINISTER,
    OFFICIAL,
    REGIONAL,
    SPOKESPERSON,
    read,
    read_title,
    role_of,
)

# A region named by its shape when the table does not list it: "Regione Marche", "estado do Pará".
_REGION_SHAPE = re.compile(
    r"\b(?:Regione|Region|Région|Región|Região|Estado de|Estado do|Estado da|state of|Bundesland|Comunidad de|Comunidade de)\s+"
    r"((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?:d[aoe]s?|del|de la|di|du)?\s*[A-ZÀ-Ý][\w'’-]+){0,3})"
)
_ACRONYM_PAREN = re.compile(r"\(([A-Z][A-Za-z-]{1,9})\)")
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")
_CONJUNCTION = re.compile(r"\s(?:et|and|y|e|und|ou|or|o|oder)\s", re.IGNORECASE)

# weights of the evidence for the country an article is about (measured on the dev set: the
# sources' own countries are the surest sign, then the title, then the body's mentions)
W_SOURCE, W_TITLE, W_TEXT, W_LANGUAGE = 3.0, 2.0, 1.0, 1.5


@dataclass(frozen=True)
class ArticleContext:
    doc: str
    lang: str | None
    text: str  # title and text, as the article gives them
    names: tuple[str, ...]  # every source (and relay) the article names, in order
    countries: tuple[str, ...]  # the countries it is about, likeliest first
    regions: tuple[str, ...]  # the regions it is about, likeliest first
    evidenced: frozenset[str] = frozenset()  # countries the article itself names (not a default)
    acronyms: Mapping[str, str] = field(default_factory=dict)  # folded acronym <-> folded expansion
    # description head -> the one name the text introduces with it ("la compañía Minera X")
    described: Mapping[str, str] = field(default_factory=dict)
    # names the article gives only as relays ("a déclaré à Keystone-ATS X"): never a source a
    # description ("l'association") points back at
    relays: frozenset[str] = frozenset()

    @property
    def country(self) -> str | None:
        return self.countries[0] if self.countries else None

    @property
    def region(self) -> str | None:
        return self.regions[0] if self.regions else None

    def full_name(self, surname: str) -> str | None:
        """The full name a bare surname stands for in this article: Sánchez -> Pedro Sánchez."""
        key = fold(surname)
        for n in self.names:
            words = _person_words(n)
            if len(words) >= 2 and fold(words[-1]) == key and _name_shaped(words):
                return " ".join(words)
        pat = re.compile(r"(?<![\w.])([A-ZÀ-Ý][\w'’-]+)\s+" + re.escape(surname) + r"(?!\w)")
        for m in pat.finditer(self.text):
            first = m.group(1)
            if fold(first) in HONORIFICS or len(first) < 2 or not _first_name_shaped(first):
                continue
            return f"{first} {surname}"
        return None

    def titles(self, person: str) -> list[str]:
        """The titles the article gives a person, nearest first: the phrase just before the
        name ("Defense Secretary Lloyd Austin", "le chef du GUR, Kirilo Budánov"), the one
        before that ("le préfet maritime, le vice-amiral X"), and an apposition after it
        ("Rachel Reeves, the chancellor,")."""
        found: list[str] = []
        forms = {person, " ".join(_person_words(person))}
        for form in sorted(forms, key=len, reverse=True):
            if not form:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", self.text):
                found.extend(_titles_around(self.text, m.start(), m.end()))
        out: list[str] = []
        for t in found:
            if t not in out:
                out.append(t)
        return out


def article_context(
    article: Mapping[str, Any] | Any,
    names: Iterable[str | None] = (),
    lang: str | None = None,
    relays: Iterable[str] = (),
) -> ArticleContext:
    """Read an article (a spec section 3 mapping or a figtrail Article) with the source and
    relay names its figures carry, in order."""
    get = article.get if isinstance(article, Mapping) else lambda k, d=None: getattr(article, k, d)
    title, text = get("title") or "", get("text") or ""
    lang = lang or get("lang")
    seen = tuple(dict.fromkeys(n for n in names if n))
    countries: Counter[str] = Counter()
    folded_words = []  # the words of title and text: those of the whole are the two lists joined
    for weight, part in ((W_TITLE, title), (W_TEXT, text)):
        prepared = prepare(part) if part else ""  # tokens(part) is split_prepared(prepared) ...
        words = split_prepared(prepared) if part else []
        folded_words.append(words)
        # ... and the cased words, read only when a name that counts in capitals alone turns
        # up (US, UK), split_prepared(prepared, keep_case=True)
        cased = partial(split_prepared, prepared, True) if part else list
        for _a, _b, code in countries_in(words, cased):
            countries[code] += weight
    for n in seen:
        keys = aliases.lookup(n, lang)
        r = read(n)
        if r.generic and not r.country:
            continue  # "Ministerio del Interior" says nothing of which country's it is
        if len(keys) == 1:
            inst = aliases.entry(keys[0])
            if inst and inst.country:
                countries[inst.country] += W_SOURCE
    evidenced = frozenset(c for c in countries if c != "eu")
    if lang in LANGUAGE_COUNTRY:
        countries[LANGUAGE_COUNTRY[lang]] += W_LANGUAGE
    countries.pop("eu", None)  # the Union is never "the country" a bare "government" belongs to
    full = f"{title}\n{text}"
    regions: Counter[str] = Counter()
    for _a, _b, key in regions_in(folded_words[0] + folded_words[1]):
        regions[key] += 1
    for m in _REGION_SHAPE.finditer(full):
        found = regions_in(tokens(m.group(1)))
        regions[found[0][2] if found else fold(m.group(1)).replace(" ", "-")] += 2
    return ArticleContext(
        doc=str(get("id") or get("doc") or ""),
        lang=lang,
        text=full,
        names=seen,
        countries=tuple(c for c, _ in sorted(countries.items(), key=lambda x: (-x[1], x[0]))),
        regions=tuple(r for r, _ in sorted(regions.items(), key=lambda x: (-x[1], x[0]))),
        evidenced=evidenced,
        acronyms=_acronym_pairs(full, seen),
        described=_described(full, seen),
        relays=frozenset(relays),
    )


# After a description's head word, up to three lower-case words ("à bas coûts"), then a name:
# "la compagnie à bas coûts Célestia Airlines", "der Autozulieferer Kessler", "the union Unite".
_NAME = r"[A-ZÀ-Ý][\w'’&-]*(?:[ \t]+(?:(?:de|del|di|da|do|du|des|der|of|and|y|e|et|und)[ \t]+)?[A-ZÀ-Ý][\w'’&-]*){0,4}"
_APPOSED = re.compile(r"((?:[ \t]+[a-zà-ÿ'’-]+){0,3}?)[ \t]+(" + _NAME + r")")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
# a word between the head and the name that makes the name a complement ("l'agence de X")
_OF = words("de del of do da dos das di du des della dei degli delle von der vom d")
# nor a place after its preposition: "das Innenministerium in Madrid" (not "à": "la compagnie à
# bas coûts Célestia Airlines")
_NOT_APPOSED = _OF | words("in im em at aus bei")


# the heads a compound may end in, matched at the word's end in one pass (the leftmost start is
# the longest head)
_COMPOUND_HEAD = re.compile(
    "(?:" + "|".join(sorted((re.escape(h) for h in ANAPHOR_HEADS if len(h) >= 5), key=len, reverse=True)) + ")$"
)


def _compound_head(word: str) -> str | None:
    """The head a folded compound ends in ("bergbaufirma" -> "firma"), None for most words."""
    if len(word) < 8:
        return None
    m = _COMPOUND_HEAD.search(word, 3)
    return m.group(0) if m else None


@lru_cache(maxsize=65536)  # words repeat across articles: most are no head, the answer is None
def _head_of(word: str) -> tuple[str, bool] | None:
    """The description head a word is (and whether as a compound's end), None for most words."""
    head = fold(word)
    if head in ANAPHOR_HEADS:
        return head, False
    # a German compound ending in a head: "die Bergbaufirma Minera Punta Sierra" (its capital
    # is the noun's, it opens no name)
    head = _compound_head(head) if word[:1].isupper() else None
    return None if head is None else (head, True)


def _described(text: str, names: tuple[str, ...]) -> dict[str, str]:
    """The names the text introduces by a description's head ("la compañía Minera
    Condorcanqui"), so that "la compañía" later is that company. A head introducing two
    different names is left out: the description could be either."""
    known = {fold(n) for n in names}
    found: dict[str, list[str]] = {}
    for w in _WORD.finditer(text):
        hit = _head_of(w.group(0))
        if hit is None:  # most words
            continue
        head, compound = hit
        m = _APPOSED.match(text, w.end())
        if not m or any(fold(x) in _NOT_APPOSED for x in m.group(1).split()):
            continue  # "l'agence de X": a complement, not a name in apposition
        name = m.group(2)
        if re.match(r"\.?[ \t]*\d", text[m.end() : m.end() + 3]):
            continue  # "Signal No. 4", "Article 12": a number's label
        sure = fold(name) in known or bool(aliases.lookup(name)) or is_acronym(name)
        # a capitalised head may open the name itself ("Comisión Federal de Electricidad"), and
        # a single word after other words may be anything ("the company said on Wednesday")
        if not sure and ((w.group(0)[:1].isupper() and not compound) or (m.group(1) and " " not in name)):
            continue
        if read(name).role or read_title(name) or fold(name.split()[0]) in ANAPHOR_HEADS:
            continue  # "el organismo Gobierno" is no name of its own
        if any(read_title(x) for x in m.group(1).split()):
            continue  # "Company spokeswoman Lauren Pike": she speaks for the company, she is not it
        found.setdefault(head, []).append(name)
    return {h: ns[0] for h, ns in found.items() if len({fold(n) for n in ns}) == 1}


def _acronym_pairs(text: str, names: tuple[str, ...]) -> dict[str, str]:
    """'Confederação Nacional de Municípios (CNM)': the acronym and its expansion, both ways.
    The expansion is the run of words before the bracket whose initials spell the acronym,
    or a source of the article that ends right there ("état-major interarmées (JCS)")."""
    pairs: dict[str, str] = {}
    folded_names = [fold(n) for n in names if not is_acronym(n)]
    for m in _ACRONYM_PAREN.finditer(text):
        acr = m.group(1)
        mixed = not is_acronym(acr)  # "Santé publique France (SpF)", "Monitorización ... (MoMo)"
        if mixed and sum(c.isupper() for c in acr) < 2:
            continue
        before = text[max(0, m.start() - 120) : m.start()].rstrip()
        before = _SENTENCE_END.split(before)[-1]
        words = before.split()
        expansion = None
        for k in range(min(10, len(words)), 1, -1):
            cand = " ".join(words[-k:])
            if expands(acr, cand):
                expansion = cand
                break
        if expansion is None and not mixed:
            tail = fold(before)
            expansion = next((n for n in folded_names if n and tail.endswith(n)), None)
        if expansion:
            a, e = fold(acr), fold(expansion).split()
            while len(e) > 1 and e[0] in FUNCTION_WORDS:
                e = e[1:]  # "et l'Observatoire français ... (OFCE)": the name starts after them
            e = " ".join(e)
            pairs.setdefault(a, e)
            pairs.setdefault(e, a)
    return pairs


def _person_words(name: str) -> list[str]:
    """A person's name without honorifics: 'Sir Matthew Rycroft' -> ['Matthew', 'Rycroft']."""
    words = name.split()
    while words and fold(words[0]) in HONORIFICS and len(words) > 1:
        words = words[1:]
    return words


def _name_shaped(words: list[str]) -> bool:
    """Capitalised words (particles aside) that are none of a title, a role or a body:
    'Pedro Sánchez', not 'Ministerio del Interior' nor 'Regionalpräsident Stefano Bonaccini'."""
    particles = {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "bin",
        "al",
    }
    if len(words) > 5 or aliases.lookup(" ".join(words)):
        return False
    for w in words:
        f = fold(w)
        if f in particles:
            continue
        if not w[:1].isupper() or is_acronym(w) or _is_title_word(w) or role_of(f) or f in ANAPHOR_HEADS:
            return False
    return True


def _first_name_shaped(word: str) -> bool:
    """A capitalised word before a surname in the text that may be a first name: not an
    article opening a sentence ("La Junta", "Il Codacons"), an acronym ("NHS Providers"), a
    title, a body's word ("Gewerkschaft Unia", "Landespolizeidirektion Steiermark") or a
    country's adjective ("Schweizer Vantor")."""
    f = fold(word)
    return not (
        f in FUNCTION_WORDS
        or f in FILLER
        or is_acronym(word)
        or _is_title_word(word)
        or role_of(f)
        or REGIONAL.search(f)
        or f in ANAPHOR_HEADS
        or countries_in([f], [word])
        or regions_in([f])
    )


def _is_title_word(word: str) -> bool:
    f = strip_accents(word).casefold()
    return any(rx.fullmatch(f) for rx in (HEAD, MINISTER, OFFICIAL, SPOKESPERSON))


def _titles_around(text: str, start: int, end: int) -> list[str]:
    """Title phrases next to a name occurrence: before it within the sentence (the nearest
    comma-separated segment, then the one before), and an apposition right after it."""
    out = []
    left = text[max(0, start - 160) : start]
    left = _SENTENCE_END.split(left)[-1]
    left = re.split(r"[«»\"“”]", left)[-1]
    words = left.rstrip().split()
    while words and fold(words[-1]) in HONORIFICS:
        words.pop()
    left = " ".join(words).rstrip(" ,")
    segments = [s.strip() for s in re.split(r"[,(]", left) if s.strip()]
    for seg in reversed(segments[-2:]):
        # "..., and the chief executive X": the clause before the conjunction is no title; but
        # "la consejera de Agricultura y Agua", "o sindaco di Lampedusa e Linosa" is one whole
        last = _CONJUNCTION.split(" " + seg + " ")[-1].strip()
        if last and read_title(last):
            out.append(last)
        elif read_title(seg):
            out.append(seg)
    right = text[end : end + 120]
    m = re.match(r"\s*(?:\([^)]*\))?\s*,\s*([^,.;:]{2,80})[,.;:]", right)
    if m and read_title(m.group(1)):
        out.append(m.group(1).strip())
    return out
