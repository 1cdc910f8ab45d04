"""Folding names so that spellings of one name meet: accents, case, punctuation, leading
articles and honorifics, and a looser transliteration key for persons' names.

Everything here is a pure function of its input; the tables are constants.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from figtrail.chars import CharMap


# Leading articles and determiners of the six languages, folded. The scorer drops one leading
# article; we drop up to three words (it is harmless: "Il Service national" as the seed writes it).
def words(s: str) -> frozenset[str]:
    """A set of words written as one string: word lists stay readable in the source."""
    return frozenset(s.split())


_LEADING_BY_LANGUAGE = (
    "le la les l un une des du de d",  # fr
    "el los las lo unos unas del",  # es
    "the a an",  # en
    "o a os as um uma do da dos das",  # pt
    "der die das den dem des ein eine einen einem einer",  # de
    "il lo gli i gl un uno una dello della dei degli delle",  # it
)
LEADING = frozenset(w for line in _LEADING_BY_LANGUAGE for w in line.split())
# Honorifics and forms of address: they say nothing about who speaks.
HONORIFICS = words(
    "m mm mme mmes mlle me mgr dr pr prof sir dame lord lady mr mrs ms miss sr sra srta don dona dom "
    "senhor senhora herr frau signor signora sig sigra on hon rt"
)
# Connectives that never start an acronym's letter ("Office for Budget Responsibility" = OBR).
FUNCTION_WORDS = words(
    "de du des la le les l d et en pour sur of the for and on in at to del los las el y e por para do "
    "da dos das o a e em para der die das des dem den und fur von zur zum im di della delle dei degli "
    "dello il lo per e al alla"
)

_QUOTES = CharMap({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "‐": "-", "–": "-", "—": "-"})
_ACRONYM_DOTS = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # U.S., O.N.U.
_POSSESSIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^\w]+")


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def strip_accents(s: str) -> str:
    """Letters without their diacritics: 'Budánov' -> 'Budanov', 'Ğ' -> 'G' (one regex pass:
    articles are long)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s))


def tokens(s: str | None, keep_case: bool = False) -> list[str]:
    """Folded words, articles kept: 'l’agence sud-coréenne' -> ['l', 'agence', 'sud', 'coreenne'].
    keep_case: the same words with their case (for US/us), one for one."""
    if not s:
        return []
    return split_prepared(prepare(s), keep_case)


def prepare(s: str) -> str:
    """What tokens() does to a text before it splits it, its case aside: quotes, acronyms'
    dots, accents. For a text read both ways: split_prepared(prepare(s), keep_case) is
    tokens(s, keep_case) for any non-empty s."""
    s = _QUOTES(s)
    s = _ACRONYM_DOTS.sub(_undot, s)
    return strip_accents(s)


def _undot(m: re.Match[str]) -> str:
    return m.group(0).replace(".", "")


def split_prepared(s: str, keep_case: bool = False) -> list[str]:
    """The words of a prepare()d text, as tokens() gives them."""
    s = _POSSESSIVE.sub("", s if keep_case else s.casefold())
    return [t for t in _NON_WORD.split(s.replace("_", " ")) if t]


@lru_cache(maxsize=65536)  # names repeat across figures and articles; the result is a str
def fold(s: str | None) -> str:
    """The key two spellings of one name share: 'l’Agence  Météo-France' == 'agence meteo france'.

    Leading articles and honorifics go (up to three words: "M. le ministre" -> "ministre"),
    but never the last word, so "La" alone stays "la"."""
    words = tokens(s)
    drop = 0
    while drop < 3 and len(words) - drop > 1 and (words[drop] in LEADING or words[drop] in HONORIFICS):
        drop += 1
    return " ".join(words[drop:])


def bare(s: str) -> str:
    """The name as written, without leading articles and honorifics: "l'Insee" -> "Insee",
    "la CGT" -> "CGT" (case kept, for acronyms)."""
    words = s.strip(' .,;:()"«»“”').split()
    while len(words) > 1 and fold(words[0]) in LEADING | HONORIFICS:
        words = words[1:]
    if words:
        m = re.match(r"^(?:[lLdD]|[dD]ell|[aA]ll|[nN]ell|[sS]ull|[dD]all|[dD]ello)['’](.+)$", words[0])
        if m:
            words[0] = m.group(1)
    return " ".join(words)


def slug(s: str | None) -> str:
    """fold() as an id fragment: 'Pedro Sánchez' -> 'pedro-sanchez'."""
    return fold(s).replace(" ", "-")


# --- persons' names across transliterations ---------------------------------------
# Cyrillic, Arabic or Korean names reach us through French, German, Spanish... spellings:
# Budanov = Boudanov (fr) = Budanow (de) = Budánov (es); Zelensky = Zelenski = Selenskyj.
# The keys below undo the usual differences; what remains is left to a fuzzy ratio
# (thresholds in sources.py, measured by bench/score_sources.py --measure).
_TRANSLIT = (
    ("tsch", "ch"),  # de Tschernyschow
    ("sch", "sh"),  # de Schoigu
    ("tch", "ch"),  # fr Tchernychev
    ("dzh", "j"),
    ("zh", "j"),  # en Prigozhin ~ fr Prigojine
    ("kh", "h"),  # en Kharkiv ~ es Járkov
    ("ou", "u"),  # fr Boudanov
    ("w", "v"),  # de Budanow
    ("ph", "f"),
    ("ck", "k"),
    ("gue", "ge"),  # fr Guerassimov
    ("gui", "gi"),
    ("y", "i"),  # Kyrylo ~ Kirilo, Zelensky ~ Zelenski
    ("z", "s"),  # de Selenskyj ~ Zelensky
    ("ee", "i"),
)
# Letters whose sound depends on the language the name was spelled for: fr "ch" is en "sh"
# (Choïgou), de "ch" is en "kh" (Chamenei); es "j" is en "kh" (Jamenei), elsewhere "y"/"zh".
_AMBIGUOUS = (("ch", ("sh", "h", "ch")), ("j", ("i", "h")))
_DOUBLE = re.compile(r"(.)\1+")


def translit_keys(s: str) -> frozenset[str]:
    """Loose keys for one name word, one per reading of its ambiguous letters:
    'Budanow' -> {'budanov'}, 'Choïgou' -> {'shoigu', 'hoigu', 'choigu'}. Two spellings of one
    name share a key or come close (fuzzy ratio)."""
    base = "".join(tokens(s))
    for a, b in _TRANSLIT:
        base = base.replace(a, b)
    keys = {base}
    for a, options in _AMBIGUOUS:
        keys = {k.replace(a, o) for k in keys for o in options} if any(a in k for k in keys) else keys
    keys |= {k[:-1] for k in keys if len(k) > 4 and k.endswith("e")}  # fr Poutine, Michoustine
    return frozenset(_DOUBLE.sub(r"\1", k.replace("j", "i")) for k in keys)  # Zelenskyy, Kadyrow


def translit_key(s: str) -> str:
    """One canonical loose key (the first of translit_keys in sorted order)."""
    return sorted(translit_keys(s))[0]


# --- acronyms -------------------------------------------------------------------------


def is_acronym(name: str) -> bool:
    """NIS, OBR, CGT, HUR, U.S. (not 'Intel', not 'Aemet')."""
    s = name.replace(".", "").replace("-", "").strip()
    return 2 <= len(s) <= 8 and s.isalpha() and s.isupper()


def initials(name: str) -> str:
    """Initials of the content words: 'Office for Budget Responsibility' -> 'obr'.
    'Confederación General del Trabajo' -> 'cgt'."""
    return "".join(w[0] for w in tokens(name) if w not in FUNCTION_WORDS)


def expands(acronym: str, expansion: str) -> bool:
    """Is `expansion` the spelled-out `acronym`? Allows one connective initial either way
    ('Confederação Nacional de Municípios' = CNM; 'Institut national de la statistique et
    des études économiques' = INSEE)."""
    a = "".join(tokens(acronym))
    if len(a) < 2 or not expansion or is_acronym(expansion):
        return False
    content = initials(expansion)
    every = "".join(w[0] for w in tokens(expansion))
    return a in (content, every)
