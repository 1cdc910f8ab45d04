"""Lookups over the shipped alias table (aliases_data.py): a name -> the entries it may mean;
a (country, role) -> the entry that fills it. Built once at import from constants; read-only.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from types import MappingProxyType

from figtrail.link.aliases_data import INSTITUTIONS, LANGS, Institution
from figtrail.link.fold import bare, fold, is_acronym

ENTRIES: MappingProxyType[str, Institution] = MappingProxyType({i.key: i for i in INSTITUTIONS})


def _build() -> tuple[dict[str, dict[str, frozenset[str]]], dict[str, dict[str, frozenset[str]]]]:
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    acronyms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for inst in INSTITUTIONS:
        for acr in inst.acronyms:
            acronyms[fold(acr)][inst.key].add(acr)
        for lang in (*LANGS, "*"):
            for n in inst.names[lang]:
                if is_acronym(n) or (n[:1].isupper() and n[1:].islower() and " " not in n and len(n) <= 5):
                    acronyms[fold(n)][inst.key].add(n)  # "Nato", "Onu" written as words
                else:
                    names[fold(n)][lang].add(inst.key)
    freeze = lambda d: {k: {x: frozenset(v) for x, v in sub.items()} for k, sub in d.items()}  # noqa: E731
    return freeze(names), freeze(acronyms)


_NAMES, _ACRONYMS = _build()
_ROLES: dict[tuple[str, str], str] = {}
for _inst in INSTITUTIONS:
    for _role in _inst.roles:
        if _inst.country:
            _ROLES.setdefault((_inst.country, _role), _inst.key)


@lru_cache(maxsize=65536)  # pure; the answer is a tuple
def lookup(name: str, lang: str | None = None) -> tuple[str, ...]:
    """The entries a whole name may mean, best first. Names written in the article's language
    win over the same spelling in another ("Tesoro": Italy's treasury in Italian, Spain's in
    Spanish). An acronym matches when written in capitals or as the table spells it
    ("Nato", "Insee"), so that a lower-case word never does."""
    f = fold(name)
    if not f:
        return ()
    keys: set[str] = set()
    by_lang = _NAMES.get(f)
    if by_lang:
        if lang and lang in by_lang:
            keys = set(by_lang[lang]) | set(by_lang.get("*", ()))
        else:
            keys = set().union(*by_lang.values())
    acr = _ACRONYMS.get(f)
    if acr:
        written = bare(name)
        # "Afad", "Ocse": Italian and Spanish papers write long acronyms as words
        titled = len(written) >= 4 and written[:1].isupper() and written[1:].islower()
        for key, spellings in acr.items():
            if (
                is_acronym(written)
                or written in spellings
                or (titled and any(is_acronym(x) for x in spellings))
            ):
                keys.add(key)
    return tuple(sorted(keys))


def filling(role: str, country: str) -> str | None:
    """The table entry that fills `role` in `country` (the French interior ministry, Spain's
    government), if the table has one."""
    return _ROLES.get((country, role))


def entry(key: str) -> Institution | None:
    return ENTRIES.get(key)


def is_known_acronym(name: str) -> bool:
    return fold(name) in _ACRONYMS
