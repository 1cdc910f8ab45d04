"""One source across names, articles and languages: a registry that gives every figure's
source a stable id.

    reg = SourceRegistry()
    ctx = article_context(article, [f.source for f in figures])
    ids = [reg.resolve(f.source, lang=f.lang, doc=f.doc, context=ctx) for f in figures]

How a name finds its id, in order (the first that answers wins):
1. a manual override (alias -> id), then the persons' path when the name is a person's:
   the same full name, a transliteration variant (rapidfuzz, thresholds below), a bare
   surname with the article's full name; a person speaking for a body (minister,
   spokesperson, head) takes the body's id, one speaking in their own name keeps theirs;
2. the shipped alias table (aliases_data.py): its key. A generic table name ("ministère de
   l'Intérieur") in an article about another country means that country's ministry;
3. the same name after folding, seen before;
4. the article's acronym <-> expansion pairs ("Confederação Nacional de Municípios (CNM)"),
   and names made of names: "CEOE y Cepyme" (a joint id), "the Fund's Fiscal Monitor" (its
   owner), "Documento ... della Difesa" (the evidence's owner);
5. what the phrase says: a role and a country ("le ministère russe de la Défense",
   "südkoreanische Behörden", "Gobierno" in an article about Spain) -> the table entry that
   fills it, else a key derived from both (`es-authorities`); a regional government -> its
   region; a bare description ("l'agence", "the department") -> the source it points back to;
6. a close spelling of a name seen before (rapidfuzz);
7. else a new id from the folded name: global for a proper name, scoped to the article for
   a common-noun description that no rule placed ("les organisateurs").

Ids are plain strings; the registry's state is plain data (`rows()`, `from_rows()`), so a
store can keep it in a table. No global mutable state: the tables are constants.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from figtrail.link import aliases
from figtrail.link.context import ArticleContext, article_context
from figtrail.link.fold import (
    FUNCTION_WORDS,
    HONORIFICS,
    bare,
    fold,
    is_acronym,
    slug,
    tokens,
    translit_keys,
    words,
)
from figtrail.link.lemmas import known_words
from figtrail.link.places import LANGUAGE_COUNTRY, countries_in, regions_in
from figtrail.link.roles import (
    ANAPHOR_HEADS,
    COMPANY_HEADS,
    FILLER,
    HEAD,
    MINISTER,
    OFFICIAL,
    OWN_NAME,
    REGIONAL,
    ROLES,
    SPOKESPERSON,
    Title,
    portfolio,
    portfolio_word,
    read,
    read_title,
    role_of,
)

# --- thresholds (rapidfuzz 0-100), measured by `bench/score_sources.py --measure` ---------
# Persons: the best ratio between the transliteration keys of two name words
# (fold.translit_keys). On 65 pairs of one person spelled for two languages, 63 surnames
# score >= 93 (most 100: Budanow ~ Boudanov, Selenskyj ~ Zelensky, Choïgou ~ Shoigu);
# two score 83 (Hanija ~ Haniyeh, Sinouar ~ Sinwar). On 28 pairs of different persons with
# close names the surnames score <= 92 (Lindner ~ Linder 92, Barnier ~ Bernier 86, Berger ~
# Burger 83) unless the first names differ (<= 55: Joe ~ Jill Biden). A wrong merge costs
# more than a split (a split is one `merge` away), so the line is drawn above 92.
SURNAME_MIN = 93.0
FIRST_NAME_MIN = 75.0  # same person: first names >= 86 (Sergueï ~ Sergei); others <= 55
SURNAME_ALONE_MIN = 93.0  # a bare surname, with exactly one known person bearing it
# Organisations not in the table, on the folded names: 8 pairs of one body's variants score
# 93.8..98 (Centre ~ Center, "de Municípios" ~ "dos Municípios"); 17 pairs of sibling bodies
# score <= 93.3 (Instituto de Estudios Fiscales ~ Sociales 93.3, Regione Lombardia ~ Liguria).
ORG_MIN = 93.5
ORG_MIN_LENGTH = 10  # shorter names (acronyms, "Intel") join only when equal

PERSON, REGION, DOC = "person:", "region:", "doc:"
_OWN = "<own>"  # a title saying the person speaks in their own name

_PARTICLES = words("de da do dos das del della di du van von der den le la bin ben al el")
_CONJ = re.compile(r"\s+(?:y|et|and|e|und|ed)\s+")
_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+(.+)$")
EVIDENCE = words(
    "rapport report informe relatorio bericht rapporto documento document dokument chiffres figures "
    "cifras numeros zahlen numeri donnees data datos dados daten dati bilan balance balanco bilanz "
    "bilancio estimation estimate estimacion estimativa schatzung stima previsions forecast forecasts "
    "previsiones previsoes prognose previsioni sondage survey encuesta pesquisa umfrage sondaggio "
    "etude study estudio estudo studie studio calculs calculos calcoli berechnungen"
)
_MEDIA_WORDS = re.compile(
    r"(?<!\w)(?:journal|quotidien|newspaper|daily|diario|periodico|jornal|zeitung|giornale|quotidiano|tv|television|"
    r"televisao|televisione|fernsehen|sender|radio|chaine|cadena|emissora|emittente|news agency|agence de presse|"
    r"agencia de noticias|agencia de noticias|nachrichtenagentur|agenzia di stampa|magazine|revista|rivista)(?!\w)"
)


# Descriptions that fit many kinds of body ("the club", "la società", "o escritório", "the
# airport"): they point back only at a body named before whose name carries the word.
NAMED_ONLY = words("club klub societa escritorio airport zoo")

# A ministry's own word, and the descriptions that point back at one ("the department", "a
# pasta", "la cartera": the portfolio)
MINISTRY_WORDS = words("ministere ministerio ministry ministerium ministero")
MINISTRY_HEADS = MINISTRY_WORDS | words(
    "dicastero department departement departamento dipartimento pasta cartera"
)

# how far one name may lead to another while it is resolved (title -> body -> description ...)
MAX_DEPTH = 6


@dataclass
class SourceRegistry:
    """Names -> source ids, growing as articles are read. `names` holds organisations and
    other named sources (folded name -> id), `persons` persons' full names (folded -> id);
    `overrides` are manual corrections (alias -> id) applied on top: an alias is a source
    name as written (folded to match) or a whole source id (a merge)."""

    names: dict[str, str] = field(default_factory=dict)
    persons: dict[str, str] = field(default_factory=dict)
    overrides: list[tuple[str, str]] = field(default_factory=list)
    # rows (alias, id, kind) added since the store last took them: what it has to save
    journal: list[tuple[str, str, str]] = field(default_factory=list, repr=False, compare=False)

    # --- the public API ------------------------------------------------------------------

    def resolve(
        self,
        name: str | None,
        via: str | None = None,
        lang: str | None = None,
        doc: str | None = None,
        context: ArticleContext | None = None,
    ) -> str | None:
        """The source id of `name` as an article names it. `context` (article_context) lets
        descriptions, surnames and titles use the rest of the article; without it the name
        is read alone. `via` only adds to the context: a relay is never the source."""
        if not name or not name.strip():
            return None
        if context is None:
            context = article_context({"id": doc, "lang": lang, "text": ""}, [name, via], lang)
        by_name, by_id = self._override_maps()
        hit = by_name.get(fold(name))
        if hit:
            return hit
        sid = self._resolve(name, context, depth=0)
        return by_id.get(sid, sid) if sid else sid

    def resolve_article(
        self, article: Mapping[str, Any] | Any, figures: Sequence[Any], context: ArticleContext | None = None
    ) -> list[str | None]:
        """Source ids for an article's figures, in order (figures as figtrail Figures or
        spec section 5 mappings). `context` is sources_context(article, figures) when it
        was computed elsewhere (in an extraction process)."""
        ctx = context or sources_context(article, figures)
        # one name, one id within an article: an article cites its few sources many times over
        # (13 figures an article, 3 or 4 names), and resolving reads the whole registry
        seen: dict[str, str | None] = {}
        out: list[str | None] = []
        for f in figures:
            name = _get(f, "source")
            if name not in seen:
                seen[name] = self.resolve(name, _get(f, "via"), ctx.lang, ctx.doc, ctx)
            out.append(seen[name])
        return out

    def merge(self, keep: str, other: str) -> tuple[str, str]:
        """Record that source `other` is source `keep`; returns the override it added."""
        o = (other, keep)
        self.overrides.append(o)
        return o

    def split(self, alias: str, new_id: str) -> tuple[str, str]:
        """Record that the name `alias` is source `new_id`, apart from where it was joined."""
        o = (alias, new_id)
        self.overrides.append(o)
        return o

    def rows(self) -> list[tuple[str, str, str]]:
        """The state as rows (alias, id, kind) with kind 'name' or 'person', for a table."""
        return sorted(
            [(a, i, "name") for a, i in self.names.items()]
            + [(a, i, "person") for a, i in self.persons.items()]
        )

    @classmethod
    def from_rows(
        cls, rows: Iterable[tuple[str, str, str]], overrides: Iterable[tuple[str, str]] = ()
    ) -> SourceRegistry:
        reg = cls(overrides=list(overrides))
        for alias, sid, kind in rows:
            (reg.persons if kind == "person" else reg.names)[alias] = sid
        return reg

    # --- resolution --------------------------------------------------------------------

    def _override_maps(self) -> tuple[dict[str, str], dict[str, str]]:
        by_name: dict[str, str] = {}
        by_id: dict[str, str] = {}
        for alias, sid in self.overrides:  # later corrections win
            by_name[fold(alias)] = sid
            by_id[alias] = sid
        return by_name, by_id

    def _resolve(self, name: str, ctx: ArticleContext, depth: int) -> str | None:
        f = fold(name)
        if not f or depth > MAX_DEPTH:
            return None  # names that point at each other ("its spokesman" ... "the agency") stop here
        title, person = split_person(name, ctx, self)
        if person:
            return self._person(person, title, ctx, depth)
        if depth < 2:
            longer = _longer_name(name, ctx)
            if longer:  # "Northway" after "Northway Energy", "ANA" beside "ANA Aeroportos de Portugal"
                return self._resolve(longer, ctx, depth + 1)
        keys = _table(name, ctx)
        if keys:
            return keys
        if f in self.names:
            return self.names[f]
        partner = ctx.acronyms.get(f)
        if partner:
            sid = _table(partner, ctx) or self.names.get(partner)
            if sid:
                return self._remember(f, sid)
        if depth < 2:
            sid = self._parts(name, ctx, depth)
            if sid:
                return sid
        r = read(name)
        if depth < 2 and not r.role and not r.anaphor and _unplaced_office(name) is False:
            # "DHSC spokesperson", "secretária-geral da Fenprof": an office names its body
            sid = self._speaks_for(name, ctx, depth + 1)
            if sid and sid != _OWN and not sid.startswith(DOC):
                return sid
        if r.regional and r.role in ("government", None):
            return _region_id(r.region or ctx.region, ctx)
        if (r.role == "officials" or _OFFICIALS.match(f)) and depth < 2:
            comp = _complement_of(name)  # "Fuentes de la CHG", "Fonte oficial da ANA": the body
            sid = self._confident(comp, ctx, depth + 1) if comp else None
            if sid is None and comp and _proper(comp) and not split_person(comp, ctx, self)[1]:
                sid = self._resolve(comp, ctx, depth + 1)
            if sid and not sid.startswith(DOC):
                return sid
        if r.role and not is_acronym(name.strip()):
            # German nouns are capitalised: "Sprecher der Feuerwehr", "Ministerio de Energía y
            # Minas" name no body beside the role's
            named = [w for w in r.rest if w[:1].isupper() and not _title_or_body(fold(w))]
            owner = _table(" ".join(named), ctx) if named else None
            if owner:
                return owner  # "Kremlin officials", "Pentagon sources"
            local = _local_office(name, r.role, named, ctx)
            if local:
                return self._remember(f, local) if named else local
            if not named and r.role in UNPLACED_LOCAL:
                # "la préfecture" with no place said: one of a hundred, known to this article only
                return f"{DOC}{ctx.doc}:{r.role}"
            if not named or (_person_like(named) and not r.regional):
                # "Gobierno", "le ministère russe de la Défense", "gouvernement de Michel Barnier";
                # "Policía Local de Valencia" names a body of its own (below)
                return _role_id(r.role, r.country, ctx, self)
        if r.anaphor:
            return self._point_back(name, r.anaphor, r.country, ctx, depth)
        if len(f) >= ORG_MIN_LENGTH and _proper(name):
            near = _closest(f, [a for a in self.names if len(a) >= ORG_MIN_LENGTH], ORG_MIN)
            if near:
                return self._remember(f, self.names[near])
            core = _org_core(f)
            same = next((a for a in self.names if core and _org_core(a) == core), None) if core else None
            if same:
                # "Fundación Libertad y Progreso" = "Libertad y Progreso Foundation": the name
                # without its kind, written before or after it by each language
                return self._remember(f, self.names[same])
        if _proper(name) or _brand(name, ctx.lang):
            sid = slug(name)
            if partner:
                self._remember(partner, sid)
            return self._remember(f, sid)
        return f"{DOC}{ctx.doc}:{slug(name)}"  # a description no rule placed: this article only

    def _remember(self, alias: str, sid: str) -> str:
        if alias not in self.names:
            self.names[alias] = sid
            self.journal.append((alias, sid, "name"))
        return self.names[alias]

    def _remember_person(self, key: str, sid: str) -> str:
        self.persons[key] = sid
        self.journal.append((key, sid, "person"))
        return sid

    def _parts(self, name: str, ctx: ArticleContext, depth: int) -> str | None:
        """Names made of other names: "CEOE y Cepyme" (both bodies, one joint voice), "the
        Fund's Fiscal Monitor" (its owner), "Ukraine's National Resistance Center" (a body
        qualified by its country), "Documento ... della Difesa" (the evidence's owner)."""
        m = re.match(r"^(.+?)\s*\(([A-Z][A-Za-z-]{1,9})\)$", name.strip())
        if m and is_acronym(m.group(2)):  # "l'Observatoire syrien des droits de l'homme (OSDH)"
            sid = (
                _table(m.group(1), ctx)
                or _table(m.group(2), ctx)
                or self._resolve(m.group(1), ctx, depth + 1)
            )
            if sid and _proper(m.group(1)):
                self._remember(fold(m.group(2)), sid)
            return sid
        parts = _CONJ.split(name)
        if len(parts) > 1:
            keys = [_table(p, ctx) for p in parts]
            if all(keys):
                return "+".join(sorted(set(keys)))  # type: ignore[arg-type]
        words_cased = name.split()
        if len(words_cased) == 2 and words_cased[-1][:1].isupper():
            # "WWF España", "WWF Spain", "Greenpeace France": a body's branch in a country ("Cruz
            # Roja Española" is the table's own)
            last = words_cased[-1]
            found = countries_in(tokens(last), tokens(last, keep_case=True))
            head_key = _table(" ".join(words_cased[:-1]), ctx) if found else None
            if head_key and "+" not in head_key:
                return f"{head_key}-{found[0][2]}"
        m = _POSSESSIVE.match(name.strip())
        if m:
            owner, rest = m.group(1), m.group(2)
            if countries_in(tokens(owner), tokens(owner, keep_case=True)):
                return _table(rest, ctx)  # else the whole phrase is read with its country below
            return self._confident(owner, ctx, depth + 1) or self._resolve(owner, ctx, depth + 1)
        words = [
            w
            for w in tokens(name)
            if w not in ("l", "le", "la", "les", "el", "the", "o", "a", "il", "der", "die", "das")
        ]
        if words and words[0] in EVIDENCE:
            comp = _complement_of(name)
            if comp:
                return self._confident(comp, ctx, depth + 1)
        return None

    def _confident(self, phrase: str, ctx: ArticleContext, depth: int) -> str | None:
        """An id for a phrase inside a title or a possessive, only when something knows it:
        the table, the registry, a role, a region, or a source of the article it is part of.
        Never a new id: "the department" alone must not become a source of its own."""
        if depth > 3 or not phrase.strip():
            return None
        keys = _table(phrase, ctx)
        if keys:
            return keys
        f = fold(phrase)
        if f in self.names:
            return self.names[f]
        if f in ctx.acronyms:
            partner = ctx.acronyms[f]
            sid = _table(partner, ctx) or self.names.get(partner)
            if sid:
                return sid
        for acr in re.findall(r"\(([A-Z][A-Za-z]{1,8})\)", phrase):
            keys = _table(acr, ctx)
            if keys:
                return keys
        r = read(phrase)
        if r.regional and r.role in ("government", None):
            return _region_id(r.region or ctx.region, ctx)
        local = _local_office(phrase, r.role, list(r.rest), ctx) or _local_office(phrase, r.role, [], ctx)
        if local:
            return local
        if r.role and r.role not in ("officials",):
            return _role_id(r.role, r.country, ctx, self)
        if r.anaphor:
            sid = self._point_back(phrase, r.anaphor, r.country, ctx, depth, scoped=False)
            if sid:
                return sid
        for n in ctx.names:  # "préfecture maritime" inside "préfecture maritime de la Manche"
            fn = fold(n)
            if (
                f
                and fn != f
                and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", fn)  # words, not "pesca" in "sernapesca"
                and not split_person(n, ctx, self)[1]
                and _unplaced_office(n) is not False
            ):
                return self._resolve(n, ctx, depth + 1)  # (an office "of" the phrase is no body)
        if (_proper(phrase) or _brand(phrase, ctx.lang)) and any(
            fold(n) == f for n in (*ctx.names, *ctx.described.values())
        ):
            return self._resolve(phrase, ctx, depth + 1)  # "spokeswoman of Kolbach", Kolbach a source
        return None

    def _point_back(
        self, name: str, head: str, country: str | None, ctx: ArticleContext, depth: int, scoped: bool = True
    ) -> str | None:
        """A bare description points back at the nearest source of the article before it (else
        after it) that it can describe: same country if it says one, a ministry for
        "the ministry", any body but a government or a relay for "the agency"."""
        named = ctx.described.get(head)
        if named is None and head in COMPANY_HEADS:
            # "das Unternehmen" after "die Bergbaufirma Minera Punta Sierra": one company, two words
            companies = {fold(n): n for h, n in ctx.described.items() if h in COMPANY_HEADS}
            named = next(iter(companies.values())) if len(companies) == 1 else None
            first = ctx.text.find(name)
            if named and first >= 0 and not (0 <= ctx.text.find(named) < first):
                named = None  # only a company introduced before: "das Unternehmen" ... "die Beratungsfirma X"
        if named and depth < 3 and fold(named) != fold(name) and not _is_media(named, ctx):
            return self._resolve(named, ctx, depth + 1)  # "la compañía Minera X" ... "la compañía"
        here = next((i for i, n in enumerate(ctx.names) if n == name), len(ctx.names))
        order = list(range(here - 1, -1, -1)) + list(range(here + 1, len(ctx.names)))
        ministry = portfolio(head) is not None or head in MINISTRY_HEADS
        best = None
        for i in order:
            if head in NAMED_ONLY and i > here:
                break  # "the airport said" ... "Stop Airport Growth West": not forward
            cand = ctx.names[i]
            if cand in ctx.relays:
                continue  # "a déclaré à Keystone-ATS" ... "l'association": not the relay
            r = read(cand)
            keys = aliases.lookup(cand, ctx.lang)
            if (r.anaphor and not keys) or split_person(cand, ctx, self)[1]:
                continue
            inst = aliases.entry(keys[0]) if len(keys) == 1 else None
            if inst and inst.type == "media":
                continue
            if country and (inst.country if inst else r.country) != country:
                continue
            if any(
                fold(n) == fold(cand)
                for h, n in ctx.described.items()
                if h != head and not (h in COMPANY_HEADS and head in COMPANY_HEADS)  # a manufacturer is a company
            ):
                continue  # "the union Unite" is not "the company"
            named = fold(cand) + " " + ctx.acronyms.get(fold(cand), "")
            # "Verband" in "Bundesverband der deutschen Binnenschifffahrt": German compounds
            if any(w == head or (len(head) >= 4 and w.endswith(head)) for w in named.split()) and (
                inst or _proper(cand)
            ):
                best = cand  # "la confédération" -> the Confederação named before; "o ministério"
                break  # -> MECI, spelled out as "Ministério da Educação, Ciência e Inovação"
            if ministry and not (inst and inst.type == "government" or r.role or _ministry_named(named)):
                continue  # ("a pasta" -> "MPA", spelled out as "Ministério da Pesca e Aquicultura")
            if not ministry and (r.role in ("government", "authorities", "officials") or r.regional):
                continue
            if not (inst or _proper(cand) or r.role):
                continue
            if i > here and not inst and _common_people(cand, ctx.lang):
                continue  # "the company said" ... "Analysts at X said": a plural of people, capitalised
            # inside a title ("Verbandschef"), only a body of the same kind will do
            if head in NAMED_ONLY:
                continue  # "the club", "la società": many bodies are; only its name will do
            if best is None and (scoped or (ministry and inst is not None and inst.type == "government")):
                best = cand
        if best is not None and depth < 3:
            return self._resolve(best, ctx, depth + 1)
        return f"{DOC}{ctx.doc}:{slug(name)}" if scoped else None

    # --- persons ---------------------------------------------------------------------

    def _person(self, words: list[str], title: str | None, ctx: ArticleContext, depth: int = 0) -> str:
        if len(words) == 1:
            full = ctx.full_name(words[0])
            if full:
                words = full.split()
        key = " ".join(tokens(" ".join(words)))
        if key in self.persons:
            return self.persons[key]
        near = _same_person(key, self.persons)
        if near:
            return self._remember_person(key, self.persons[near])
        titles = ([title] if title else []) + ctx.titles(" ".join(words))
        for t in titles:
            sid = self._speaks_for(t, ctx, depth + 1)
            if sid == _OWN:
                break
            if sid and not sid.startswith(DOC):  # a body only this article knows is no anchor
                return self._remember_person(key, sid)
        else:
            if any(_unplaced_office(t) for t in titles):
                # "sa présidente, Sylvie Carré", "Its chief operating officer, Marcus Hale": an
                # office that names no body holds it in the body the text has just named
                sid = self._body_before(" ".join(words), ctx, depth)
                if sid:
                    return self._remember_person(key, sid)
        return self._remember_person(key, PERSON + key.replace(" ", "-"))

    def _body_before(self, person: str, ctx: ArticleContext, depth: int = 0) -> str | None:
        """The id of the body the article names last before the person's first mention, in
        the same paragraph: a source of the article or a name a description introduced."""
        at = ctx.text.find(person)
        if at < 0:
            return None
        start = ctx.text.rfind("\n", 0, at) + 1
        # the article's sources, the names its descriptions introduce, and the acronyms it
        # spells out ("La Agencia Estatal de Meteorología (Aemet) ... Su portavoz, X")
        acronyms = [a for a in ctx.acronyms if " " not in a]
        # and an acronym the paragraph spells out though no figure cites it ("(Aemet)")
        acronyms += [a for a in _ACRONYM_PAREN.findall(ctx.text[start:at]) if aliases.lookup(a, ctx.lang)]
        best, best_end = None, -1
        bodies = [
            n
            for n in (*ctx.names, *ctx.described.values(), *acronyms)
            if not (split_person(n, ctx, self)[1] or _is_media(n, ctx) or read(n).role == "officials")
        ]
        for n in bodies:
            for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", ctx.text[start:at], re.IGNORECASE):
                if m.end() > best_end:
                    best, best_end = m.group(0), m.end()
        if best is None:
            # "Chief executive Helen Marsh said Northway had set aside £18m": none before in the
            # paragraph, the proper name her own clause gives next
            end = _SENTENCE_END_AT.search(ctx.text, at)
            after = ctx.text[at + len(person) : end.start() if end else len(ctx.text)]
            after = after.split(",", 1)[0]  # not past an aside ("Marco Villani, che ... come sostiene l'Anief")
            first = len(after)
            for n in bodies:
                m = re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", after) if _proper(n) else None
                if m and m.start() < first:
                    best, first = m.group(0), m.start()
        if best is None:
            return None
        # one deeper than the person's: a body whose description points back at this person
        # again must end, not loop
        sid = self._resolve(best, ctx, depth=max(1, depth + 1))
        return sid if sid and not sid.startswith((DOC, PERSON)) else None

    def _speaks_for(self, title: str, ctx: ArticleContext, depth: int = 1) -> str | None:
        """The body a person's title ties them to, _OWN when it says they speak for
        themselves, None when it tells nothing."""
        t = read_title(title)
        if t is None:
            return None
        if t.kind == "own":
            return _OWN
        country = read(title).country
        whole = _table(title, ctx)  # "Secretary of State", "Chancellor of the Exchequer"
        if whole:
            return whole
        if t.kind in ("minister", "ambassador") and t.role:
            if t.complement:
                sid = _table(t.complement, ctx)
                if sid:
                    return sid
            return _role_id(t.role, country, ctx, self)
        owned = _POSSESSIVE.match(title.strip())
        if owned:  # "the zoo's director of conservation": the zoo, not conservation
            owner = re.split(r"\b(?:the|a|an|its|their|his|her)\s+", owned.group(1))[-1].strip()
            sid = self._confident(owner, ctx, depth) if owner else None
            if sid:
                return sid
        comp = t.complement
        while comp:  # "directora del Centro Nacional de Epidemiología del ISCIII": the ISCIII
            sid = self._confident(comp, ctx, depth)
            if sid:
                return sid
            # "superintendente da PF em São Paulo", "Leiter von Basarnas in Kendari": the body
            # before the place it serves in
            here = _AT_PLACE.split(comp, maxsplit=1)[0].strip()
            if here and here != comp:
                sid = self._confident(here, ctx, depth)
                if sid:
                    return sid
            words = comp.split()
            for k in range(len(words) - 1, 0, -1):  # "IG Metall Homburg-Saarpfalz": the table's IG Metall
                sid = _table(" ".join(words[:k]), ctx)
                if sid:
                    return sid
            comp = _complement_of(comp)
        if t.complement and is_acronym(t.complement.strip()):
            # "le directeur général du GPMM": a body the title spells, though no figure cited it yet
            sid = self._resolve(t.complement.strip(), ctx, depth + 1)
            if sid and not sid.startswith((DOC, PERSON)):
                return sid
        for w in title.split():  # "délégué CGT à la raffinerie": an acronym the title carries
            w = w.strip(",;:()«»\"'")
            if is_acronym(w) and fold(w) != fold(title):
                sid = self._confident(w, ctx, depth)
                if sid:
                    return sid
        if t.role == "regional":
            return _region_id(ctx.region, ctx)
        if t.role and t.role not in ("officials", "authorities"):
            return _role_id(t.role, country, ctx, self)
        return None


# --- helpers (pure) ---------------------------------------------------------------------


def sources_context(article: Mapping[str, Any] | Any, figures: Sequence[Any]) -> ArticleContext:
    """What resolve_article reads of the article besides the names: a pure function."""

    names = [x for f in figures for x in (_get(f, "source"), _get(f, "via"))]
    lang = next((_get(f, "lang") for f in figures if _get(f, "lang")), None)
    sources = {_get(f, "source") for f in figures}
    relays = {v for f in figures if (v := _get(f, "via")) and v not in sources}
    return article_context(article, names, lang, relays)


def _ministry_named(folded: str) -> bool:
    """A folded name (with its acronym's expansion) that spells a ministry."""
    return any(w in MINISTRY_WORDS for w in folded.split())


def _unplaced_office(title: str) -> bool | None:
    """None when `title` is no office; else whether it is an office that names no body (True:
    "sa présidente", "its chief executive") or one that names its body (False: "DHSC
    spokesperson", "secretária-geral da Fenprof"). An office of one's own is None."""
    t = read_title(title)
    if t is None or t.kind not in ("head", "spokesperson", "official") or t.role:
        return None
    comp = t.complement
    while comp:  # "diretora de Operações da companhia", "Verbandspräsident": a description
        if read(comp).anaphor:
            return True
        comp = _complement_of(comp)
    return t.complement is None


def _is_media(name: str, ctx: ArticleContext) -> bool:
    keys = aliases.lookup(name, ctx.lang)
    return len(keys) == 1 and aliases.entry(keys[0]).type == "media"


def _get(f: Any, k: str) -> Any:
    return f.get(k) if isinstance(f, Mapping) else getattr(f, k, None)


def split_person(
    name: str, ctx: ArticleContext | None = None, reg: SourceRegistry | None = None
) -> tuple[str | None, list[str] | None]:
    """(title, person's name words) when `name` ends with a person's name: 'Finanzminister
    Christian Lindner' -> ('Finanzminister', ['Christian', 'Lindner']); 'M. Sánchez' ->
    (None, ['Sánchez']) when the article or the registry knows a Sánchez. (None, None) for
    anything else ('Home Office', 'Intel', 'Emilia-Romagna')."""
    raw = [w.strip(",;:()\"'«»“”") for w in name.split()]
    raw = [w for w in raw if w]
    while raw and fold(raw[0]) in HONORIFICS and len(raw) > 1:
        raw = raw[1:]
    if not raw or aliases.lookup(name) or aliases.lookup(" ".join(raw)):
        return None, None
    run: list[str] = []
    for w in reversed(raw):
        lw = fold(w)
        if lw in _PARTICLES and run:
            run.insert(0, w)
            continue
        body = _org_word(lw) or (lw in ANAPHOR_HEADS and not _title_word(lw))
        # "BfG-Hydrologin", "SBB-Obmann": a body's acronym joined to a title
        compound = "-" in w and _title_or_body(fold(w.rsplit("-", 1)[1]))
        if body or not w[:1].isupper() or is_acronym(w) or _title_or_body(lw) or lw in FILLER or compound:
            joined = bool(run) and fold(run[0]) in _PARTICLES
            while run and fold(run[0]) in _PARTICLES:
                run.pop(0)
            if body and len(run) < 2:
                return None, None  # "Observatorio Nacional de Vivienda", "Acme Workers Union": a body
            if lw in FUNCTION_WORDS and not w[:1].isupper() and any(_org_word(fold(x)) for x in raw):
                return None, None  # "Ministério para a Transição Ecológica": a body's name goes on
            if joined and (body or lw in FUNCTION_WORDS):
                # "Asociación de Ingenieros de Montes", "Ministerio para la Transición Ecológica":
                # what follows a body's word and a preposition completes the body's name
                return None, None
            break
        if re.search(r"['’]s$", w):
            break
        run.insert(0, w)
    while run and fold(run[0]) in _PARTICLES:
        run.pop(0)
    if not run or len(run) > 5:
        return None, None
    person = " ".join(run)
    if ctx is not None and len(run) >= 2 and any(fold(n) == fold(run[0]) for n in ctx.names):
        return None, None  # "Coldiretti Puglia", "Halvorsen Components" beside "Halvorsen": a body
    if countries_in(tokens(person), tokens(person, keep_case=True)) or regions_in(tokens(person)):
        return None, None
    if any(aliases.lookup(" ".join(run[i:])) or aliases.lookup(run[i]) for i in range(len(run))):
        return None, None  # "Fiscal Monitor", "Casa Branca": a body's name, not a person's
    title = " ".join(raw[: len(raw) - len(run)]) or None
    if len(run) >= 2:
        return title, run
    # one word: a person only when the article or the registry has a full name ending with it
    if ctx is not None and ctx.full_name(run[0]) and _known_full(run[0], ctx):
        return title, run
    if reg is not None and any(
        word_score(k.split()[-1], fold(run[0])) >= SURNAME_ALONE_MIN for k in reg.persons if " " in k
    ):
        return title, run  # "Selenskyj" alone, with "Volodymyr Zelensky" known
    return None, None


# The kind of body a name carries before or after it, by language: a foundation's name is its core.
_ORG_KINDS = frozenset(words("foundation fundacion fundacao fondation fondazione stiftung"))
_CORE_LINKS = frozenset(words("de da do del della di of der"))


@lru_cache(maxsize=65536)  # called on every known name when an unknown one carries a kind
def _org_core(f: str) -> str | None:
    """A folded body's name without its kind and the link to it ("fundacion libertad y
    progreso" -> "libertad y progreso"); None when it names no kind or too little is left."""
    ws = f.split()
    if not any(w in _ORG_KINDS for w in ws):
        return None
    ws = [w for w in ws if w not in _ORG_KINDS]
    while ws and ws[0] in _CORE_LINKS:
        ws.pop(0)
    while ws and ws[-1] in _CORE_LINKS:
        ws.pop()
    return " ".join(ws) if len(ws) >= 2 else None


# Words of bodies' names that no person's name carries.
ORG_WORDS = words(
    "nacional national nationale nationaler nazionale federal federale central centrale centre center "
    "centro zentrum general generale international internacional internazionale internationale unidas "
    "united unite unies unite vereinte unite real royal civil civile republic republica republique "
    "repubblica republik union unions unite workers trabajadores travailleurs trabalhadores arbeiter "
    "lavoratori association council party partido parti partei partito front frente fronte movement "
    "movimiento movimento bewegung foundation fundacion fundacao stiftung fondazione university "
    "universidad universidade universitat universite universita college hospital hopital hospital "
    "klinikum ospedale group groupe grupo gruppe gruppo holding bank banque banco banca airlines "
    "airways motors energy energie energia news press presse prensa imprensa stampa tv radio times "
    "post journal zeitung observatory observatorio observatoire osservatorio institute institut "
    "instituto istituto agency agence agencia agentur agenzia office oficina ufficio amt bureau "
    "service servicio servico dienst servizio ministry ministere ministerio ministerium ministero "
    "court cour tribunal gericht corte police policia polizei polizia army armee ejercito exercito "
    "esercito components systems solutions technologies technology industries industrie logistics "
    "foods pharma pharmaceuticals holdings capital partners insurance automotive electronics software "
    "telecom airport airports aeroportos aeropuertos aeroports aeroporti flughafen gmbh ag sa spa srl "
    "ltd inc plc llc corp zoo hospice ambulance brigade rescue trust charity society fund alliance "
    "campaign coalition network league federation council commission authority board "
    "producciones productions producoes produzioni produktion produktionen entertainment events eventos "
    "metropole metropolitana metropolitano metropolitan agglomeration communaute comunidad comunidade "
    "comunita gemeinde landkreis kreis prefeitura municipio municipalidad secretaria secretariat "
    "secretariado segreteria sekretariat subsecretaria"
)
# German compounds ending like a body's name: "Landespolizeidirektion", "Antriebstechnik"
_ORG_SUFFIXES = (
    "direktion",
    "polizei",
    "behorde",
    "ministerium",
    "gesellschaft",
    "verband",
    "kammer",
    "technik",
    "werke",
    "forst",
    "verwaltung",
    "verein",  # "Verband Bernischer Imkervereine"
    "vereine",
    "vereinigung",
    "genossenschaft",
)


def _common_people(name: str, lang: str | None) -> bool:
    """A single capitalised word that is a role of people, not a name: "Analysts", "Experten",
    "Economistas" opening a sentence."""
    from figtrail.packs import AVAILABLE, get_pack

    words = name.split()
    if len(words) != 1 or lang not in AVAILABLE:
        return False
    w = fold(words[0])
    roles = get_pack(lang).person_roles
    return any(v in roles for v in (w, w[:-1], w[:-2]))  # a plural: analysts, Experten


def _org_word(w: str) -> bool:
    return w in ORG_WORDS or (len(w) > 9 and w.endswith(_ORG_SUFFIXES))


def _person_like(words: list[str]) -> bool:
    """Capitalised words that read as a person's name ("Michel Barnier"), not a body's."""
    return len(words) >= 2 and not any(fold(w) in ORG_WORDS or fold(w) in ANAPHOR_HEADS for w in words)


def _title_word(w: str) -> bool:
    return bool(
        HEAD.fullmatch(w) or MINISTER.fullmatch(w) or OFFICIAL.fullmatch(w) or SPOKESPERSON.fullmatch(w)
    )


def _known_full(surname: str, ctx: ArticleContext) -> bool:
    """The article names someone with this surname in full, as a source or in its text next to
    a title: a bare capitalised word in a German article is not a surname for that alone."""
    full = ctx.full_name(surname)
    if not full or len(full.split()) < 2:
        return False
    # a capitalised word before it in the text is a first name only beside a title
    return any(fold(n) == fold(full) for n in ctx.names) or bool(ctx.titles(full))


def _title_or_body(w: str) -> bool:
    """A word that belongs to a title or a body's name, never to a person's."""
    return bool(
        HEAD.fullmatch(w)
        or MINISTER.fullmatch(w)
        or OFFICIAL.fullmatch(w)
        or SPOKESPERSON.fullmatch(w)
        or OWN_NAME.fullmatch(w)
        or REGIONAL.fullmatch(w)
        or portfolio(w)
        or role_of(w)
        or w in ANAPHOR_HEADS
        or w in EVIDENCE
        or portfolio_word(w)
    )


def _brand(name: str, lang: str | None) -> bool:
    """A single lower-case word the language does not know: a name written in lower case
    ("apisuisse", "easyJet" aside), not a common noun ("l'association")."""
    from figtrail.packs import AVAILABLE

    w = name.strip()
    if lang not in AVAILABLE or " " in w or len(w) < 5 or not w.isalpha() or not w.islower():
        return False
    return w not in known_words(lang)


def _proper(name: str) -> bool:
    """Names something by a proper name or an acronym, not only by common nouns: a capital
    letter past the first word, an acronym, or a single capitalised word ('Intel', 'Beauvau')."""
    words = [w for w in re.split(r"[\s'’]+", name.strip()) if w]
    if not words:
        return False
    if any(is_acronym(w.strip("()")) for w in words):
        return True
    if len(words) == 1:
        w = words[0]
        return w[:1].isupper() and fold(w) not in ANAPHOR_HEADS and not role_of(fold(w))
    first = 1 if fold(words[0]) not in ("l", "d") else 2
    return any(w[:1].isupper() for w in words[first:])


def _table(name: str, ctx: ArticleContext) -> str | None:
    """The alias table's key for a name, with the article's countries settling an ambiguous
    or generic name."""
    keys = aliases.lookup(name, ctx.lang)
    if not keys:
        return None
    r = read(name)
    if len(keys) > 1:
        rank = {c: i for i, c in enumerate(ctx.countries)}
        default = LANGUAGE_COUNTRY.get(ctx.lang or "")
        keys = tuple(
            sorted(
                keys,
                key=lambda k: (
                    rank.get(aliases.entry(k).country or "", 99),
                    aliases.entry(k).country != default,
                    k,
                ),
            )
        )
    key = keys[0]
    inst = aliases.entry(key)
    # "Ministerio del Interior" in a Spanish article about France: France's ministry (only
    # on the article's own evidence: the language's default country is no reason to move)
    if (
        inst
        and r.generic
        and r.role
        and not r.country
        and ctx.country in ctx.evidenced
        and inst.country not in (None, ctx.country, "eu")
        and r.role in inst.roles
    ):
        return _role_id(r.role, ctx.country, ctx, None)
    return key


def _role_id(role: str, country: str | None, ctx: ArticleContext, reg: SourceRegistry | None) -> str:
    """The body filling `role` in `country` (else, the article's body filling it, else the
    article's country): the table's entry, or a key derived from both (`es-authorities`)."""
    if role == "regional":
        return _region_id(ctx.region, ctx)
    if country is None:
        for n in ctx.names:  # "Defense Secretary" in an article quoting the Pentagon
            key = _table(n, ctx)
            inst = aliases.entry(key) if key else None
            if inst and role in inst.roles:
                return key
        country = ctx.country
    if country is None:
        return f"{DOC}{ctx.doc}:{role}"
    return aliases.filling(role, country) or f"{country}-{role}"


def _region_id(region: str | None, ctx: ArticleContext) -> str:
    return f"{REGION}{region}" if region else f"{DOC}{ctx.doc}:regional-government"


# "Fuentes del Ministerio de ...", "sources at the ministry": what the body says
_OFFICIALS = re.compile(
    r"(?:"
    + dict(ROLES)["officials"].pattern
    + r")\s+(?:\w+\s+)?(?:of|at|de|del|da|do|du|des|di|della|dello|der|des|von|vom)\b"
)
# Roles held by many local offices: the place names which ("prefettura di Agrigento").
LOCAL_ROLES = frozenset(("prefecture", "police", "prosecutor", "fire-brigade"))
# of those, the ones no country has one of: unplaced, they are the article's own (the police may be national)
UNPLACED_LOCAL = frozenset(("prefecture", "prosecutor", "fire-brigade"))
_SENTENCE_END_AT = re.compile(r"[.!?](?:\s|$)")
_ACRONYM_PAREN = re.compile(r"\(([A-Z][A-Za-z-]{1,9})\)")


def _local_office(name: str, role: str | None, named: list[str], ctx: ArticleContext) -> str | None:
    """The id of a local office: "prefettura di Agrigento" = "prefecture in Agrigento"
    (`prefecture:agrigento`); unplaced ("la prefettura", "le parquet"), the one the article
    places elsewhere. `named`: the phrase's words beside its role; a word that is not the
    place's makes another body ("Policía Local de Valencia" is not the police in Valencia)."""
    if role not in LOCAL_ROLES:
        return None
    if named:
        place = _place_of(name)
        if not place or not {fold(w) for w in named} <= set(tokens(place)):
            return None
        return f"{role}:{slug(place)}"
    for n in ctx.names:
        if n != name and read(n).role == role:
            place = _place_of(n)
            if place:
                return f"{role}:{slug(place)}"
    return None


def _place_of(name: str) -> str | None:
    """The place a local office is named by: "préfecture des Pyrénées-Atlantiques",
    "prefecture in Agrigento", "Fiscalía de Lima" -> the place's name as written."""
    parts = _AT_PLACE.split(name.strip(), maxsplit=1)
    place = parts[1] if len(parts) > 1 else _complement_of(name.strip())
    if place is None:  # "préfecture d'Ille-et-Vilaine"
        m = re.search(r"(?<=\s)d['’]\s*([A-ZÀ-Ý].*)$", name.strip())
        place = m.group(1) if m else None
    if not place or not place[:1].isupper():
        return None
    ws = tokens(place)
    if not ws or any(w in ORG_WORDS or _title_or_body(w) for w in ws) or is_acronym(place.strip()):
        return None
    if aliases.lookup(place):
        return None
    return place


def _longer_name(name: str, ctx: ArticleContext) -> str | None:
    """The article's fuller name for a one-word proper name: "Northway" -> "Northway Energy",
    "ANA" -> "ANA Aeroportos de Portugal" (a body's name that starts with it; not a person's)."""
    n = bare(name.strip())
    if " " in n or not n[:1].isupper():
        return None
    f = fold(n)
    if not f or f in ORG_WORDS or _title_or_body(f) or f in FILLER:
        return None
    cased = tokens(n, keep_case=True)
    if countries_in([f], cased) or regions_in([f]):
        return None
    for other in ctx.names:
        ws = other.split()
        if len(ws) < 2 or fold(ws[0]) != f or fold(other) == f:
            continue
        if split_person(other, ctx)[1] or read(other).anaphor:
            continue
        return other
    return None


# a place a body serves in, after its name: "da PF em São Paulo", "von Basarnas in Kendari"
_AT_PLACE = re.compile(r"\s+(?:in|en|em|no|na|à|a|au|nel|nella|bei|im)\s+(?=[A-ZÀ-Ý])")

_COMP = re.compile(
    r"(?<=\w )(?:of the|of|de la|de l'|du|des|de|del|do|da|dos|das|della|dello|dell'|dei|degli|delle|di|der|des|von)\s*(?<=[\s'])(.+)$",
    re.IGNORECASE,
)


def _complement_of(phrase: str) -> str | None:
    m = _COMP.search(re.sub(r"(?<=\w)['’](?=\w)", "' ", phrase))
    return m.group(1) if m else None


def _closest(f: str, candidates: list[str], cutoff: float) -> str | None:
    best, best_score = None, cutoff
    for c in candidates:
        if abs(len(c) - len(f)) > max(4, len(f) // 5):
            continue
        s = fuzz.ratio(f, c)
        if s >= best_score and (best is None or s > best_score):
            best, best_score = c, s
    return best


def word_score(a: str, b: str) -> float:
    """How close two name words are across transliterations: the best fuzzy ratio over
    their keys (fold.translit_keys)."""
    return max(fuzz.ratio(x, y) for x in translit_keys(a) for y in translit_keys(b))


def same_person_score(a: str, b: str) -> tuple[float, float | None]:
    """(surname score, first-name score or None) of two folded names."""
    wa, wb = a.split(), b.split()
    sa = word_score(wa[-1], wb[-1])
    if len(wa) < 2 or len(wb) < 2:
        return sa, None
    fa, fb = wa[0], wb[0]
    if len(fa) == 1 or len(fb) == 1:
        return sa, 100.0 if fa[0] == fb[0] else 0.0
    return sa, word_score(fa, fb)


def _same_person(key: str, persons: Mapping[str, str]) -> str | None:
    """A known person's key that `key` names too: the same person transliterated, or a bare
    surname of exactly one known full name."""
    alone = " " not in key
    hits = []
    for k in persons:
        sur, first = same_person_score(key, k)
        if alone or " " not in k:
            if sur >= SURNAME_ALONE_MIN:
                hits.append((sur, k))
        elif sur >= SURNAME_MIN and first is not None and first >= FIRST_NAME_MIN:
            hits.append((sur + first, k))
    if not hits:
        return None
    ids = {persons[k] for _, k in hits}
    if alone and len(ids) > 1:
        return None  # "Johnson" alone, with two Johnsons known: no guess
    return max(hits)[1]


@lru_cache(maxsize=65536)  # pure: the table and the name's shape
def source_type(name: str | None, lang: str | None = None) -> str:
    """person, organisation, government, media or unknown: from the table, else the name's shape."""
    if not name:
        return "unknown"
    keys = aliases.lookup(name, lang)
    if keys:
        types = {aliases.entry(k).type for k in keys}
        return types.pop() if len(types) == 1 else "unknown"
    title, person = split_person(name)
    if person and len(person) >= 2:
        return "person"
    f = fold(name)
    t = read_title(name) if title is None else None
    if isinstance(t, Title) and t.kind in ("minister", "spokesperson", "own") and not read(name).role:
        return "person"  # "le porte-parole", "the chancellor"
    if _MEDIA_WORDS.search(f):
        return "media"
    r = read(name)
    if r.role in ("statistics", "central-bank", "meteorology"):
        return "organisation"
    if r.role or r.regional:
        return "government"
    if r.anaphor or any(w in ANAPHOR_HEADS for w in f.split()):
        return "organisation"
    return "unknown"
