"""Who asserts each figure (source, via) and how (modality).

Per sentence, attribution anchors are found from the pack's cues:
- "selon X" / "d'après X": X, for the figures after it (at the clause start), for the
  whole sentence (detached at its end: ", selon X."), or for the figure just before it;
- a speech verb with its subject before ("X a déclaré que ...": figures after it) or
  inverted after it (", a indiqué X": figures before it);
- "X cité par Y" and "Y, citant X": X is the source, Y relays it (via).
Names are resolved within the article: acronym with expansion, a person's full name for
a surname, a definite description (l'agence sud-coréenne) for the named source it points
back at. A sentence with no anchor inherits the previous source only when it continues
a quotation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from figtrail.figure import Draft
from figtrail.model import Sentence
from figtrail.packs import Pack, get_pack

_LAST_WORD_REVERSED = re.compile(r"\s*([\w']+)")
_FIRST_WORD = re.compile(r"\w+'|\w+")
_SENTENCE_END = re.compile(r"[.;!?]")
_TOKEN = re.compile(r"[\w'’.-]+|[,;:.!?\"()]")
# a wire's dateline: "MADRID, 6 nov (Reuters) - ", "Heilbronn (dpa) - ", "LONDON — ", with the
# country in brackets too: "Fresnillo (México), 9 abr (EFE).- "
_DATELINE = re.compile(
    r"^\s*(?:[^()\n]{0,60}(?:\([^()\n]{1,30}\)[^()\n]{0,20})?\([^()]{1,30}\)\.?|[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,30}(?:,[^-–—()\n]{0,30})?"
    r"|[A-ZÀ-Ý][\wÀ-ÿ'-]{2,20}(?: [A-ZÀ-Ý][\wÀ-ÿ'-]+)?, \d{1,2} \w{3,10}\.?)"
    # the dash after a space, an EFE-style ".-" or a long dash: not the hyphen inside "L'UFC-Que Choisir"
    r"(?:\s+[-–—]+|(?<=\.)-|\s*[–—]+)\s*"
)
# "Il ministero: «Meno del 20%»", and after a topic: "Cinghiali, la Regione Lazio: «Piano da ...»"
_COLON_QUOTE = re.compile(r"^\s*(?:[^:«»\"“”,.;!?\d]{2,40},\s*)?([^:«»\"“”,.;!?]{2,60}):\s*[«\"“]")
# a person's name opening a sentence or set off by commas in it: "Nathalie Appéré a présenté",
# "Le maire, Nathalie Appéré, a présenté"
_PREVIOUS_PERSON = re.compile(r"(?:^|, )([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2})(?=,| [a-zà-ÿ])")
_TITLE_DASH_SOURCE = re.compile(r"\s[–—-]\s+([A-ZÀ-Ý][\w&'.-]*(?:\s[A-ZÀ-Ý][\w&'.-]*){0,3})\s*$")
_TITLE_ACRONYM_COLON = re.compile(r"^\s*([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,7})\s?:\s")
_NAME_WORDS = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}"  # two to four capitalised words
_APPOSED_NAME = re.compile(rf",\s*({_NAME_WORDS})\s*,")
# the same name at the end of the sentence too: "ha dichiarato il sindaco di Lampedusa e Linosa, Salvatore Taranto."
_APPOSED_NAME_ENDING = re.compile(rf",\s*({_NAME_WORDS})\s*(?:[,.;:!?»\"”]|$)")
# a role's complement, then the person's name closing the sentence: "il ministro | per la Protezione civile Fabio Landolfi."
_ROLE_THEN_NAME = re.compile(r"\s*((?:[\w'’-]+\s+){0,6}?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s*(?:[.;!?»\"”]|$)")
_EVIDENCE_ADJECTIVE = re.compile(r"(?:al|ly|est|ary|ive|ic)$|^(?:new|first|recent)$")
_NON_YEAR_DIGIT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d)(?![.,]\d))\d")
_AMOUNT_AFTER_VERB = re.compile(r"\s(?:en|a|à|in|auf)\s(?:unos\s|unas\s|torno\s|cerca\sde\s)?(?!(?:19|20)\d\d\b)\d")
_OPENERS = frozenset("\"«“„‹(['‘:")
_AGE_AFTER_NAME = re.compile(r"\s*\(\s*\d{1,3}\s*\)")
_AGE_ASIDE = re.compile(r"\s*\(\s*\d{1,3}\s*\)|,\s*\d{1,3}(?=\s*[,.]|\s*$)")  # "X (47)", "said X, 49."
_ASIDE = re.compile(r"\s*([^,;:.!?\"«»“”()\d]{2,80}),")  # ", rileva l'istituto di statistica,"
_OPEN_QUOTES = "«\"“„‚‘'"
_NEXT_WORD = re.compile(r"\s*([\w'’.-]+)")
# "Sindicato N°1 de Trabajadores": a number sign and its number are one word of the name
_NAME_TOKEN = re.compile(r"N\.?[°º] ?\d+|[\w'’.-]+(?:/(?=\w)[\w'’.-]+)*|&")  # and "SNPNC-FO/UNSA-PNC", "Bruxelles-Capitale/Ixelles"
_CAP_RUN = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*")
_PAREN = re.compile(r"\(([^()]{1,40})\)")
_BRACKETED = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[\w']+")
_RELATIVE_NEXT = re.compile(r"\s*,\s*([\w']+)")
_COUNTED_SUBJECT = re.compile(r"(?<![\w°º-])\d[\d.,]*(?![\w-])")  # not the number of "Sindicato N°1"
MAX_RESOLVE_DEPTH = 4  # evidence -> owner: a real phrase needs two or three steps
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_CAPPED = re.compile(r"(?:[^\W\d_]{1,2}['’])?[A-ZÀ-Ý]")  # Unite, l'Intérieur, dell'Anbi


def _hide_commas(m: re.Match) -> str:
    return m.group(0).replace(",", "\0")


_SPACES = re.compile(r"\s*")
_QUOTE_MARKS = re.compile(r"[«»\"“”„]")
_GENITIVE_OWNER = re.compile(r"(?<=\s)([A-ZÄÖÜ][a-zäöüß]{2,})s\s+(?=[A-ZÄÖÜ])")  # "nach Brandls Angaben"
_NOUN_THEN_TITLE = re.compile(r"([\w-]+)\s+[„“\"«]\s?([^„“”\"«»\d]{2,60}?)\s?[“”\"»]$")
_ACRONYM_THEN_NAME = re.compile(r"(?:.*\s)?([A-ZÀ-Ý][\w-]{1,12})\s*\(([A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){1,8})\)")
_NAME_THEN_ACRONYM = re.compile(r"([A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,5}? ?\([A-ZÀ-Ý][\w-]{1,7}\))\s*")
_LETTER_NOUN = re.compile(r"[^\W\d_]{3,}")
_ACRONYM_TOKEN = re.compile(r"[A-ZÀ-Ý]{2,6}")
_PREPOSED_NUMBER = re.compile(r"\s+([a-zà-ÿ]+)\s+\d[\d.,]*\s")  # "unter 8.700", "among 2,000": a phrase that ends a name
_QUOTED_NAME = re.compile(r'"\s?[^"\d]{2,40}?\s?"')
_NUMBER_AHEAD = re.compile(r"\s*(?:[A-Z]{0,3}[$€£¥₩]\s?)?\d")
_LITTLE_WORD = re.compile(r"[a-zà-ÿ]{1,3}")
_VALUE_LEAD = re.compile(r"(?:\s+[a-zà-ÿ]{1,3})+(?:\s+(?:[A-Z]{1,3}[$€£¥₩]?|[$€£¥₩]))?\s*$")
_PARTICLES = {
    "de",
    "du",
    "des",
    "d'",
    "d’",
    "van",
    "von",
    "der",
    "da",
    "do",  # "Direção Executiva do SNS"
    "das",
    "dos",
    "del",
    "di",
    "bin",
    "ben",
    "al",
    "el",
    "la",
    "le",
}


@dataclass(slots=True)
class Mention:
    name: str  # the best name: NIS, Kirilo Budánov, ministère de l'Intérieur
    np: str  # the noun phrase as written
    person: bool
    named: bool  # carries a proper name or an acronym (not a bare description)
    order: int = 0  # the sentence it was named in
    relay: bool = False  # named only as an outlet told ("à Keystone-ATS"): owns and says nothing


@dataclass(slots=True)
class Anchor:
    pos: int  # field offset of the cue
    scope: str  # after | before_one | before_all
    source: str | None
    via: str | None = None
    verb: str = ""  # the speech verb as written in the view (for modality)
    strong: bool = True
    evidence: str = ""  # an according phrase as written ("según las estimaciones del ISCIII")
    joined: bool = False  # a speaker's clause joined after it (", and ..."): the speaker's own words, it relays no one
    gapped: bool = False  # a speaker whose verb is left out ("..., das Ministerium von 9.000")
    alleged: bool = False  # "..., como sostiene Copa-Cogeca": another side's claim set beside, no relay


@dataclass(slots=True)
class Memory:
    """What the article has named so far, sentence by sentence (title first, then text).

    Sentences without a figure are only queued: their speakers are read the first time
    a later figure needs to look back (a description, a pronoun, a surname, a quotation
    running on). Most sentences hold no number, so most are never read twice.
    """

    pack: Pack
    mentions: list[Mention] = field(default_factory=list)
    # sentences without figures, read only when a later figure looks back: (order, sentence, the sentence before it)
    pending: list[tuple[int, Sentence, Sentence | None]] = field(default_factory=list)
    said: dict[int, str | None] = field(default_factory=dict)  # sentence -> last source it named
    speaker_after: dict[int, str] = field(default_factory=dict)  # sentence -> speaker of ", a dit X"
    # sentence -> (source, via) of "Lo ha reso noto X": the speaker of the sentence before it
    said_before: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    order: int = 0  # the sentence being read
    previous: Sentence | None = None  # the sentence before it in the same paragraph
    current: Sentence | None = None  # the sentence being read
    body: str = ""  # the article's text, to tell a name from a topic in a headline

    def recall(self) -> list[Mention]:
        """Mentions up to the sentence being read, oldest first."""
        if self.pending:
            todo, self.pending = self.pending, []
            current, reading, before = self.order, self.current, self.previous
            for order, sent, previous in todo:
                self.order, self.current, self.previous = order, sent, previous
                self.read(find_anchors(sent, self.pack, self))
            self.order, self.current, self.previous = current, reading, before
            self.mentions.sort(key=lambda m: m.order)
        return [m for m in self.mentions if m.order <= self.order]

    def read(self, anchors: list[Anchor]) -> None:
        """Remember who the sentence being read names as speakers."""
        named = [a.source for a in anchors if a.source]
        self.said[self.order] = named[-1] if named else None
        inverted = [a.source for a in anchors if a.scope == "before_all" and a.verb and a.source]
        if inverted:
            self.speaker_after[self.order] = inverted[0]

    def last_said(self, since: int) -> str | None:
        """The source named last by a sentence in [since, order)."""
        self.recall()
        for o in range(self.order - 1, since - 1, -1):
            if self.said.get(o):
                return self.said[o]
        return None


def attribute(
    drafts: list[Draft],
    sent: Sentence,
    pack: Pack,
    memory: Memory,
    in_quote: bool,
    para_start: int = 0,
    eager: bool = False,
) -> list[tuple[str | None, str | None, str]]:
    """(source, via, modality) for each draft of the sentence memory.order.

    A sentence without drafts is only queued for later look-backs, unless `eager`."""
    if not drafts:
        if eager:
            memory.recall()
            memory.read(find_anchors(sent, pack, memory))
        else:
            memory.pending.append((memory.order, sent, memory.previous))
        return []
    anchors = find_anchors(sent, pack, memory)
    cues = modality_cues(sent.norm, pack, sent.text)
    # a quotation running on, or reported speech in its own mood ("Erlaubt seien 5.000 Tonnen")
    inherited = None
    reported = not in_quote and pack.reported_mood is not None and pack.reported_mood.search(sent.norm) is not None
    share = pack.partitive_opener is not None and pack.partitive_opener.match(sent.norm) is not None
    if not anchors and sent.field == "text" and (in_quote or reported or share):
        inherited = memory.last_said(para_start) if not share else memory.last_said(max(0, memory.order - 1))
        if inherited is None and (reported or in_quote) and memory.order == para_start:
            # "Rund 310.000 Packungen seien ausgeliefert worden." opening a paragraph: the
            # subjunctive reports the speaker of the paragraph before
            inherited = memory.last_said(max(0, para_start - 1))
    out = []
    lone = _lone(drafts, anchors)
    colons = [sent.start + i for i, c in enumerate(sent.text) if c == ":"] if ":" in sent.text else []
    # the semicolons written outside quotation marks ("“No hay 300.000 votos perdidos; cada acta
    # puede verificarse”, afirmó": one quotation, one speaker); "semis" gets the clause turns too
    semis = [sent.start + i for i in _unquoted_semicolons(sent.text)] if ";" in sent.text else []
    stops = tuple(semis)
    if pack.clause_turn is not None and len(anchors) > 1 and "," in sent.norm:
        # "rivendica il 40%, mentre per l'azienda si tratta del 12%": two claims, as across a semicolon
        semis += [sent.start + m.start() for m in pack.clause_turn.finditer(sent.norm)]
    for i, d in enumerate(drafts):
        source, via = _pick(d, i, drafts, anchors, lone, colons, semis, pack.record_verbs, pack.service_names, stops, pack.code, pack.person_role)
        if source is None and via is None and inherited:
            source = inherited  # a quotation running on
        if source is None and via is None and colons:
            # "A abstenção chegou a 31,2%, de acordo com o TRE-RJ: dos 389.510 eleitores aptos,
            # 267.983 compareceram": what follows the colon details the account before it
            colon = max((c for c in colons if c < d.start), default=None)
            said = [a for a in anchors if a.source and colon is not None and a.pos < colon]
            if said and not any(a.pos > colon for a in anchors):
                source, via = said[-1].source, said[-1].via
        if source is None and via is None and i and out and out[-1][0] and _part_of_before(d, drafts[i - 1], sent, pack):
            source, via = out[-1][0], out[-1][1]  # "14 Personen wurden nach Angaben der Polizei verletzt, zwei davon schwer"
        if source is None and via is None and i and out and out[-1][0] and _compared_after(d, drafts[i - 1], anchors, sent, pack):
            source, via = out[-1][0], out[-1][1]  # "7,6 %, selon l'Insee, contre 7,4 %": the value it is set against, same account
        if source and _counted(source, pack.service_names):
            source = None  # "arrêté publié le 12 février", "We have seen grains big until 4 centimetres": no name
        if i and d.what and any(a.gapped and a.pos < d.start and d.what.lower() in a.evidence for a in anchors):
            # "die Gewerkschaft sprach von 30.000 Streikenden, das Ministerium von 9.000": the
            # speaker is no noun of the number's; the noun left out is the one before
            d.what, d.what_head = drafts[i - 1].what, drafts[i - 1].what_head
        elif source and d.what and any(map(str.isupper, source)) and _fold(d.what) == _fold(source):
            d.what = d.what_head = None  # "la CGT en revendique 150 000": who counts is not what is counted
        out.append((source, via, modality(d, sent, pack, anchors, cues)))
    memory.read(anchors)
    return out


def _part_of_before(d: Draft, before: Draft, sent: Sentence, pack: Pack) -> bool:
    """A figure set off after a comma as a part of the one before: ", dont deux grièvement",
    ", zwei davon schwer", ", two of them seriously": the same account."""
    gap = sent.norm[before.end - sent.start : d.start - sent.start]
    comma = gap.rfind(",")
    if comma < 0 or ";" in gap or ":" in gap:
        return False
    last = gap[comma + 1 :]
    if not last.strip():
        return pack.partitive_opener is not None and pack.partitive_opener.match(sent.norm, d.end - sent.start) is not None
    return pack.partitive_left is not None and pack.partitive_left.fullmatch(last.lstrip()) is not None


def _unowned_evidence(np: str, pack: Pack) -> bool:
    """ "les réservations", "the figures": a definite evidence noun with no owner after it."""
    words = _strip_det(np, pack).lower().split()
    return len(words) == 1 and words[0] in pack.evidence_nouns


def _own_clause_figure(before: str, norm: str, np_end: int) -> bool:
    """Whether an according cue stands in a clause of its own: a comma and words after the last
    digit before it (not a bare list item), and a digit after it before the next comma."""
    last_digit = _last_digit(before)
    comma = before.rfind(",")
    if comma < last_digit or len(before[comma + 1 :].split()) < 1:  # ", wo nach Angaben der Partei 600
        return False
    return _digit_in_clause_after(norm, np_end)


def _last_digit(s: str) -> int:
    """Where the last digit in `s` stands, -1 when none does."""
    return max(s.rfind(c) for c in "0123456789")


def _digit_in_clause_after(norm: str, pos: int) -> bool:
    """Whether a digit follows `pos` before the next comma, semicolon or stop."""
    tail = norm[pos:]
    cut = min((i for i in (tail.find(","), tail.find(";"), tail.find(".")) if i >= 0), default=len(tail))
    return any(c.isdigit() for c in tail[:cut])


def _compared_after(d: Draft, before: Draft, anchors: list[Anchor], sent: Sentence, pack: Pack) -> bool:
    """An according phrase between two figures, and the second set against the first by a
    comparison after a comma: "ont fui, selon l'OIM, contre 900 000 une semaine plus tôt"."""
    if pack.compare_link is None or not any(a.scope != "after" and before.end <= a.pos < d.start for a in anchors):
        return False
    seg = sent.text[: d.start - sent.start].lower()
    comma = seg.rfind(",")
    if comma < 0:
        return False
    between = seg[comma:]
    if pack.compare_link.match(between):
        return True
    head, _, last = between.rstrip().rpartition(" ")  # "frente a los", "rispetto al": its article
    return bool(head) and len(last) <= 4 and pack.compare_link.match(head) is not None


def _lone(drafts: list[Draft], anchors: list[Anchor]) -> set[int]:
    """ "selon X" meant for the figure before it, when no figure is before it, is for those
    after: those anchors (their ids), the same for every figure of the sentence."""
    return {
        id(a)
        for a in anchors
        # "blessé le 12 novembre par une balle tirée, selon les gendarmes, à environ 300 mètres":
        # an according phrase with no figure before it (a date, an age is none) is for those after
        if (a.scope == "before_one" or (a.scope == "before_all" and not a.verb and a.evidence))
        and not any(x.end <= a.pos for x in drafts)
    }


def _counted(source: str, service_names: frozenset[str]) -> bool:
    """Whether a would-be source holds a number, so names what is counted, not who speaks; a
    service named by its number is a name ("el 112", "Emergencias 112 Andalucía")."""
    return any(m.group(0) not in service_names for m in _COUNTED_SUBJECT.finditer(source))


_COORDINATED_ASIDE = re.compile(r"(?:^|\s)(\w+)\s*,(?:[^,;:]|(?<=\d),(?=\d)){1,80},\s*$")  # "y, con el 98,6 % de las actas,"


def _unquoted_semicolons(text: str) -> list[int]:
    """Offsets of the semicolons of a sentence that stand outside quotation marks."""
    out, depth, straight = [], 0, False
    for i, c in enumerate(text):
        if c in "«“„":
            depth += 1
        elif c in "»”" and depth:
            depth -= 1
        elif c == '"':
            straight = not straight
        elif c == ";" and not depth and not straight:
            out.append(i)
    return out


def _pick(
    d: Draft,
    i: int,
    drafts: list[Draft],
    anchors: list[Anchor],
    lone: set[int],
    colons: Sequence[int] = (),
    semis: Sequence[int] = (),
    record_verbs: frozenset[str] = frozenset(),
    service_names: frozenset[str] = frozenset(),
    stops: Sequence[int] = (),
    lang: str = "",
    person_role: re.Pattern | None = None,
) -> tuple[str | None, str | None]:
    # "on tablait sur ...": a speech verb with no one named adds a modality, not a source
    pre = [a for a in anchors if (a.scope == "after" or id(a) in lone) and a.pos < d.start and a.source]
    strong_pre = [a for a in pre if a.strong]
    if strong_pre:
        pre = strong_pre
    post = None
    for a in anchors:
        if a.pos <= d.end:
            continue
        if a.source and a.scope == "before_all" and _counted(a.source, service_names):
            # "Around 60% of respondents said ..., according to a YouGov poll": what is counted
            # says nothing of the figure's source; a later one may
            continue
        if a.scope == "before_one":
            nxt = drafts[i + 1].start if i + 1 < len(drafts) else None
            if nxt is None or nxt > a.pos:
                post = a
                break
        elif a.scope == "before_all":
            if a.verb and any(d.end <= c < a.pos for c in stops):
                continue  # "398 Tote dokumentiert; ... Fälle, die Behörden bestätigen": its clause ends at the semicolon
            if a.verb and pre and any(d.end <= c < a.pos for c in colons):
                # "Trenitalia ne conta 286 ...: la differenza, spiegano da Vienna, dipenderebbe": the
                # speaker after the colon speaks for what follows it; the figure has its own before
                continue
            post = a
            break
    if pre and pre[-1].source is None and not pre[-1].strong:
        pre = []
    if pre and post is not None and post.source and _counted(pre[-1].source or "", service_names):
        pre = []  # "Les 16 bibliothèques ont enregistré ..., a annoncé la Ville": what is counted, not who
    if post is not None and post.scope == "before_one":
        return post.source, post.via
    if pre and post is not None and post.source and post.verb and any(pre[-1].pos < c < d.start for c in colons):
        # "Die Frächter befürchten eine Verlagerung: bis zu 3.000 Lkw …, warnte die Kammer": after
        # the colon a new statement, whose speaker is named at its end
        return post.source, post.via
    if pre and post is not None and post.source and post.scope == "before_all" and any(pre[-1].pos < c < d.start for c in semis):
        # "El Gobierno pretende limitar a un 1 % ..., mientras la inflación fue del 55,9 %, según el
        # INDEC": a new clause after the turn, whose speaker is named at its end
        return post.source, post.via
    if pre and not pre[-1].strong and post is not None and post.source and post.verb and post.strong:
        # "El grupo prevé abrir 40 clínicas, ha indicado su director general, X": who plans is
        # the subject; who says so, a person named, is the speaker
        return post.source, post.via
    if pre:
        a = pre[-1]
        if post is not None and post.source and a.source and _fold(post.source) != _fold(a.source):
            if (
                record_verbs
                and not record_verbs.isdisjoint(a.verb.split())
                and not (post.verb and _news_outlet(post.source, lang))
                and _fold(post.source) not in _fold(a.source)  # "Harcombe Zoo recorded 312 ..., the zoo said": one body
            ):
                # "Los hospitales han registrado 3.200 ingresos, según el balance del Ministerio",
                # "La RDC a enregistré 12 460 cas, a annoncé le ministre de la Santé": where it was
                # counted, and who counted and speaks (a news agency that reports it only relays:
                # "El sindicato CCOO contabilizó nueve muertes, informó Europa Press")
                return post.source, post.via
            if any(d.end < c < post.pos for c in semis):
                return a.source, a.via  # the speaker after a clause turn speaks for that clause only
            if post.alleged:
                return a.source, a.via  # "negó que sea un recorte del 25 %, como sostiene Copa-Cogeca": no relay
            if post.via and not a.via:
                # "Le gouvernement a prévu 300 millions, selon un document budgétaire consulté par
                # l'AFP": what the document says, relayed by the agency that read it; "Egypt said
                # 112 had died, MENA reported, citing a cabinet crisis committee": the cited speak
                return post.source, post.via
            if (
                post.verb
                and post.strong
                and person_role is not None
                and (_is_person_name(post.source) or person_role.search(post.source.lower()) is not None)
                and any(w[:1].isupper() for w in post.source.split())  # not a bare "spokeswoman": she speaks for the body
                and not _news_outlet(post.source, lang)
            ):
                # "Die Gewerkschaften fordern 5.000 Inspektoren, hat gesagt der Sekretär der CGIL": a
                # person who says it after the clause is its speaker, no relay of the clause's subject
                return post.source, post.via
            return a.source, a.via or post.source
        if post is not None and post.via and not a.via and post.source and _fold(post.source) == _fold(a.source or ""):
            return a.source, post.via  # "La empresa prevé 300 despidos, según ha explicado a Europa Press"
        # "Selon Yonhap, les autorités ont indiqué que 40 ...": the innermost speaker is the
        # source; the one around it relays
        outer = [
            o
            for o in pre[:-1]
            if o.source
            and _fold(o.source) != _fold(a.source or "")
            and not any(o.pos < c < a.pos for c in semis)  # "X revendique 95 % ; Y avance 62 %": two claims
            # "12,000 hectares, the regional government said, but Copernicus estimated 16,500":
            # a clause joined after an inverted speaker is the speaker's, and a new speaker in it
            # speaks for itself
            and not o.joined
        ]
        if outer and not a.via:
            o = outer[-1]
            if not a.verb and o.verb and o.strong and _news_outlet_named(a.source or "", lang):
                # "Carolina Ibacache schätzte den Schaden laut der spanischen Nachrichtenagentur EFE
                # auf 82 Millionen": the agency reports what the speaker around it said
                return o.source, a.source
            if (
                record_verbs
                and not record_verbs.isdisjoint(a.verb.split())
                and o.verb
                and o.strong
                and record_verbs.isdisjoint(o.verb.split())
                and not any(o.pos < x.start and x.end <= a.pos for x in drafts)  # no claim of its own between
            ):
                # "A Frontex fez saber que a rota do Mediterrâneo central registrou 11.600
                # travessias": where it was counted, inside what the speaker said
                return o.source, o.via
            if not any(map(str.isupper, a.source or "")) and len((a.source or "").split()) >= 3:
                # "Whitcombe told the BBC that inflation in steel prices had added £70m": a
                # long nameless subject inside the statement is its content, the speaker is outside
                return outer[-1].source, outer[-1].via
            # "Nach Angaben der Polizei nahmen 3.000 teil, die Veranstalter sprachen von 10.000":
            # a figure of its own between them, so the first spoke for itself, it relays no one
            relays = [o for o in outer if not any(o.pos < x.start and x.end <= a.pos for x in drafts)]
            return a.source, relays[-1].source if relays else None
        return a.source, a.via
    if post is not None:
        return post.source, post.via
    return None, None


def _fold(s: str) -> str:
    return s.casefold().replace("’", "'")


# --- anchors -------------------------------------------------------------------


@lru_cache(maxsize=16)
def attributions(lang: str, norm: str) -> tuple[re.Match, ...]:
    """The matches of a pack's `attribution` in a sentence's view, found once: the anchors
    and the dates (said_on) of a sentence both read them. (Keyed on the language, not the
    pattern: a compiled pattern hashes its whole program at every call.)"""
    return tuple(get_pack(lang).attribution.finditer(norm))


def find_anchors(sent: Sentence, pack: Pack, memory: Memory) -> list[Anchor]:
    norm, text, base = sent.norm, sent.text, sent.start
    anchors: list[Anchor] = []
    verbs: list[tuple[int, int, bool]] = []
    according = []
    pronouns: list[tuple[Anchor, str]] = []  # "según él": resolved once the sentence's verbs are read
    relative_after: list[Anchor] = []  # "..., selon qui": its antecedent is the speaker named just before, once read
    for m in attributions(pack.code, norm):
        kind = m.lastgroup
        if kind == "according":
            according.append(m)
        else:
            verbs.append((m.start(), m.end(), kind == "speech"))
    spans = []
    verb_at = {vs: ve for vs, ve, _ in verbs} if according and verbs else {}
    told_outlets: dict[int, str] = {}  # according cue -> the outlet its verb was told to
    for m in according:
        np_start = m.end()
        told = False
        rl = pack.according_relative.match(norm, np_start) if pack.according_relative is not None else None
        if rl and rl.end() in verb_at:
            np_start = rl.end()  # "selon ce qu'a indiqué le parquet", "de acordo com o que revelou a GNR"
        if np_start in verb_at:
            # "según ha informado la Guardia Civil", "segundo informou a PF": the speaker after the verb
            np_start = verb_at.pop(np_start)
            verbs = [v for v in verbs if v[0] in verb_at]  # that verb names no speaker of its own
            np_start += len(norm[np_start:]) - len(norm[np_start:].lstrip())
            wm = pack.verb_adverbs.match(norm, np_start)  # "según ha informado este martes el cuerpo": when, then who
            np_start = wm.end() if wm and wm.end() > np_start else np_start
            np_start = _past_time_phrase(text, norm, np_start, pack)
            outlet, past = _told_outlet(text, norm, np_start, pack)
            tl = pack.told_lead.match(norm, np_start)
            rest_word = text[past:].lstrip().split(" ", 1)[0].lower()
            if outlet and text[past:].lstrip()[:1].isalpha() and rest_word not in pack.complement_links:
                # (not "segundo quanto refere a Prefeitura de Agrigento": the name goes on, no one
                # told it; the article "a" is no "to")
                # "según han confirmado a Europa Press fuentes de la investigación": the outlet told
                # relays, the speaker follows it
                told_outlets[m.start()] = outlet
                np_start = past + len(text[past:]) - len(text[past:].lstrip())
            elif (
                outlet and text[past:].lstrip()[:1] in ("", ".", ",", ";", ":") and not _bare_article_lead(tl, pack)
            ) or _told_people(text, tl, pack):
                # "La compañía cerrará 38 tiendas, según ha comunicado a la CNMV.", "según ha
                # explicado a los analistas": told someone, by no one named after it: the subject
                # that opens the sentence said so
                subject = _opening_subject(text, m.start(), pack)
                at = text.rfind(subject, 0, m.start()) if subject else -1
                if at >= 0:
                    if outlet:
                        told_outlets[m.start()] = outlet
                    spans.append((m.start(), at, at + len(subject)))
                    continue
            told = True
        np_end = _to_acronym(text, _np_end(norm, np_start, pack, text), pack)
        if pack.nouns_capitalised:
            np_end = _past_extended_attribute(text, np_start, np_end, pack)  # "wie das im SDax notierte Unternehmen"
        inner = [
            vs
            for vs, ve, _ in verbs
            if np_start < vs < np_end
            and norm[vs:ve].strip() not in pack.speech_participle_words  # "figures published by", "bilan communiqué par"
            and not pack.determiners.match((_last_word(norm[:vs]) or "") + " ")  # "la stima provvisoria": a noun
        ]
        if inner:
            np_end = min(inner)  # "un video diffuso da account filo-cambogiani | parla di centinaia": a verb ends the name
        lm = pack.listener.search(text, np_start, np_end) if told and pack.listener is not None else None
        if lm and lm.start() > np_start:
            np_end = lm.start()  # "según ha comunicado la compañía a la CNMV": the company told the CNMV
        spans.append((m.start(), np_start, np_end))
    if pack.according_named is not None and pack.according_named_word in norm:
        # "per Nézőpont, invece, Fidesz conquisterebbe 101 seggi": "per" (for) before a bare name
        # and a comma is "according to" when the name is a source named before, or an acronym
        # (the cue view is lower case, so the capitals are read here), where a claim opens
        for m in pack.according_named.finditer(text):
            if (
                m.start()
                and not text[: m.start()].endswith(pack.according_named_leads)
                and not _FIGURE_BEFORE.search(text, 0, m.start())
                and not (text[: m.start()].endswith(", ") and _name_then_number(text, m.end()))
            ):
                # (right after a figure too: "200mila per la Cgil, la Questura ne conta 30mila"; and
                # after a comma before a name and its number: "cancellati 46 voli, per il Codacons 12mila")
                continue
            comma = text.find(",", m.end(), m.end() + 60)
            name = text[m.end() : comma].strip() if comma > 0 else ""
            words = name.split()
            if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
                # no comma after it: "mentre per la Cgil i salari reali hanno perso il 7%"
                rm = _CAPITAL_RUN.match(text, m.end())
                name, comma = (rm.group(0), rm.end()) if rm else ("", -1)
                words = name.split()
                if not words or len(words) > 4:
                    continue
            if (
                (len(name) >= 2 and name.isupper())
                or any(x.named and _fold(x.name) == _fold(name) for x in memory.recall())
                or _known_institution(name, pack.code)
                # "ma per la Fiom-Cgil i posti a rischio": a known body's branch, glued by a hyphen
                or ("-" in name and any(len(p) >= 3 and _known_institution(p, pack.code) for p in name.split("-")))
            ):
                spans.append((m.start(), m.end(), comma))
    if pack.according_named_count is not None and pack.according_named_word in norm:
        # "30mila persone per gli organizzatori, circa 8mila secondo la Questura", "almeno 48 morti
        # per la Mezzaluna Rossa": "per" after a count and its noun, before whoever counted it (a
        # name or a role); not after money ("5 milioni di euro per la Regione": for whom)
        for m in pack.according_named_count.finditer(norm):
            before = norm[max(0, m.start() - 40) : m.start()]
            if not _COUNT_THEN_NOUN.search(before) or (pack.according_named_not_after is not None and pack.according_named_not_after.search(before)):
                continue
            who = _NEXT_WORD.match(norm, m.end())
            if any(sp[0] == m.start() for sp in spans) or not (
                text[m.end() : m.end() + 1].isupper()
                or (m.group(0) != "per " and who is not None and (pack.role.fullmatch(who.group(1)) or who.group(1) in pack.counterparts))
            ):
                continue
            end = _PER_NAME_END.search(text, m.end())
            np_end = end.start() if end else len(text)
            while (more := _MORE_NAMES.match(text, np_end)) is not None:
                np_end = more.end()  # "per Fim, Fiom e Uilm": the bodies named together
            if 0 < len(text[m.end() : np_end].split()) <= 5:
                spans.append((m.start(), m.end(), np_end))
    if pack.according_after is not None:  # postposed: "den Daten der Region zufolge"
        for m in pack.according_after.finditer(norm):
            np_start = _np_before(text, m.start(), pack)
            if np_start is not None:
                spans.append((np_start, np_start, m.start()))
    for start, np_start, np_end in spans:
        vm = pack.vague.search(norm, np_start, np_end) or pack.base.search(norm, np_start, np_end)
        if vm and vm.start() > np_start:
            np_end = vm.start()  # "laut DB Cargo Dutzende Züge": a number ends the name
        wm = next(
            (w for w in pack.number_run.finditer(norm, np_start, np_end) if w.group(0) not in pack.data.ARTICLE_WORDS), None
        )
        if wm and wm.start() > np_start and pack.bound_left.search(norm[np_start : wm.start()]):
            # "segundo a polícia pelo menos quatro pessoas": a number word after its bound ends
            # the name too (not "due paesi", "Meio Ambiente": words, not numbers, there)
            np_end = wm.start()
        np = text[np_start:np_end].strip(" ,")
        first_word = np.split(" ", 1)[0].lower()
        lead_agent = (
            pack.agent.match(np.lower())
            if first_word in pack.agent_words and np[:1].islower() and not pack.determiners.match(first_word + " ")
            else None
        )  # the markers that are prepositions, not the articles some packs list ("der", "del")
        if lead_agent and lead_agent.group(1)[:1].strip():
            np = np[lead_agent.start(1) :]  # "according to estimates by the fishermen's association"
        ti = pack.told_inside.search(np) if pack.nouns_capitalised else None
        if ti and pack.person_role.search(np[: ti.start()].lower()) and not np[ti.end() :].strip():
            told_outlets[start] = np[ti.start() :].strip()  # ", wie ein Polizeisprecher der Deutschen Presse-Agentur sagte"
            np = np[: ti.start()]
        pa = pack.prenominal_agent.match(np) if pack.prenominal_agent is not None else None
        if pa and np[pa.end() : pa.end() + 1].isupper():
            np = np[pa.end() :]  # "laut der von der Post veröffentlichten Liste": the Post
        # "according to an Ipsos survey of 1,000 adults", "d'après une enquête Elabe réalisée auprès
        # de 1 002 personnes": the number after "of" is the survey's sample, no figure of the claim;
        # the name is the last capitalised word before it
        sample = norm[np_end : np_end + 1].isdigit() and (_last_word(norm[np_start:np_end]) or "") in pack.complement_links
        if sample:
            caps = [w for w in _SAMPLE_WORD.finditer(np) if w.group(0)[:1].isupper()]
            if caps:
                np = np[: caps[-1].end()]
        if '"' in norm[np_start:np_end]:
            np = " ".join(_QUOTE_MARKS.sub(" ", np).split())  # "le « Canard enchaîné »": the title
        bl = pack.bound_left.search(np.lower() + " ") if " " in np else None
        if bl and bl.start() > 0:
            # "according to the association around 1,500": the cue is the number's; "stimati
            # dall'amministrazione in circa 43 milioni": and so is the little word before it (below)
            np = np[: bl.start()].rstrip()
        if np and _NUMBER_AHEAD.match(text, np_end):
            # "estimada pela ADVID em 1,35 milhões", "selon l'Insee à 3,1 %": the little word
            # (and the currency prefix) that leads to the number is not part of the name
            # "nach ersten Schätzungen bei 20 Millionen": only the little word, no name at all
            np = "" if _LITTLE_WORD.fullmatch(np) else (_VALUE_LEAD.sub("", np) or np)
        if np:
            np = _evidence_end(np, pack)
            head, _, rest_np = np.partition(" ")
            if pack.head_final and rest_np and head.lower() in pack.complement_links and head.islower():
                np = rest_np  # "according to estimates | of the industry": the cue held the evidence word
        tw = pack.trailing_when.search(np.lower()) if np else None
        if tw and tw.start() > 0:
            np = np[: tw.start()]  # "figures published by NHS England on Thursday"
        np = _without_participle(np, pack)  # "un rapport de la Cour des comptes publié (mercredi)"
        am_ = _APPOSED_NAME_ENDING.match(text, np_end)
        if am_ and pack.person_role.search(np.lower()):
            np = am_.group(1)  # "according to his spokesman, Javier Olmedo, the episode"
        elif np and np == np.lower() and pack.role.search(np):
            named = _apposed_body(text, np_end, pack)
            if named:
                np = named  # "segundo a associação do setor, a APICCAPS.": the name after the description
        if np and pack.apposed_participle is not None and _strip_det(np, pack).lower() in pack.evidence_nouns:
            by = _released_by(text, norm, np_end, pack)
            if by:
                np = by  # "Segundo o relatório, divulgado pela Ordem dos Médicos, faltam": its owner
        if pack.own_words and not pack.own_words.isdisjoint(norm[start:np_start].split() + np.lower().split()[:1]):
            # "Die Glückskette hat nach eigenen Angaben bereits 300.000": the subject's own figures
            np = _clause_subject(text, start, pack) or ""
            if not np and pack.verb_second and not text[:start].strip():
                # "Nach eigenen Angaben beschäftigt das Unternehmen 2.300": the subject after the verb
                np = _subject_after_first_word(text, np_start, pack) or ""
        pw = np.lower().split(" ", 2)
        lead = next((" ".join(pw[:k]) for k in (2, 1) if " ".join(pw[:k]) in pack.pronouns), None)
        if lead and len(pw) > len(lead.split()):
            np = np[: len(lead)]  # "según él la carga había sido declarada": him, the rest is the claim
        if pack.cue_possessives and not pack.cue_possessives.isdisjoint(norm[start:np_start].split()):
            # "Hinzu kommen nach seinen Worten 60 neue Stationen": the speaker named last
            said = memory.last_said(0)
            if memory.said.get(memory.order - 1) is None:
                # "Verteidigungsminister Boris Pistorius setzt auf einen neuen Wehrdienst. Nach
                # seinen Plänen ...": the person who opens the sentence before, named by no verb
                said = _previous_opener_person(pack, memory) or said
            subject = _opening_subject(text, start, pack) if start > 0 else None
            if subject and not any(c.isdigit() for c in subject) and (pack.role.search(subject.lower()) or subject.isupper()):
                # "Die ÖBB gehen nach ihren Reservierungsdaten von rund 340 Reisenden aus": the
                # subject that opens this sentence owns "ihren"
                said = _resolve_np(subject, pack, memory)[0] or said
            if said:
                anchors.append(Anchor(base + start, "after", said, None, evidence=norm[start:np_start]))
            continue
        if pack.nouns_capitalised and (not np or np == np.lower()) and np_start > start:
            gm = _GENITIVE_OWNER.search(text, start, np_start)
            if gm:
                np = gm.group(1)  # "nach Brandls Angaben": the owner in the genitive, inside the cue
        if not np or (pack.nouns_capitalised and np == np.lower() and np not in pack.pronouns):
            continue  # "nach aktuellen Schätzungen | rund 10,5 Milliarden": no one named, only an adverb
        if pack.our_words and not pack.our_words.isdisjoint(norm[start:np_start].split() + np.lower().split()[:1]):
            continue  # "Nach unseren Berechnungen braucht Leipzig 30 Millionen", sagte X: X speaks
        comma = text.rfind(",", 0, start)
        if any(np.lower().startswith(r + " ") for r in pack.relatives if " " in r):
            continue  # "segundo as quais mais de 100 pessoas": a relative, no one named
        relative = bool(pack.relative_start.match(np.lower()))
        if relative:
            if comma < 0 or text[comma + 1 : start].strip():
                continue  # "les informations d'un quotidien selon lesquelles": reports, no one named
            # "lo ha reso noto il Viminale, secondo cui ...": the phrase before the comma
            b = _np_before(text, comma, pack)
            if b is None:
                continue
            np = text[b:comma]
            if _strip_det(np, pack).lower().split(" ", 1)[0] in pack.evidence_nouns:
                continue  # "dementiert die Information der Zeitung, gemäß welcher 80": a report, no one
        if (
            np.lower() in pack.pronouns
            or _possessive_phrase(np, pack)
            # "L'OMS estime que ... 43 %, selon l'agence onusienne": a description pointing back
            # at a speaker this sentence's own verb names before it, read below
            or (np == np.lower() and _definite(np, pack) and any(vs < start for vs, _, _ in verbs) and pack.role.search(np))
            # "Les ÖBB évoquent « environ 340 voyageurs » d'après les réservations": evidence no one
            # owns, read by the speaker this sentence's own verb names before it
            or (np == np.lower() and _definite(np, pack) and any(vs < start for vs, _, _ in verbs) and _unowned_evidence(np, pack))
        ):
            # "X ha desmentido que ...: según él la carga", "Fuentes municipales niegan ...: según
            # sus cifras": the speaker may be named later in this sentence's own verbs, read
            # below; the pronoun (the possessive) is resolved after them
            source, via = "", None
        else:
            source, via = _resolve_np(np, pack, memory)
        if source and start in told_outlets and not via:
            via = _relay(told_outlets[start], pack, memory)
        cited = _cited(text, norm, np_end, pack)  # "laut Ansa, die sich auf den Zivilschutz beruft"
        if cited and source:
            source, via = _resolve_np(cited, pack, memory)[0], source
        before = norm[:start].rstrip()
        figures_before = (
            _NON_YEAR_DIGIT.search(before) is not None  # "Em 2015, de acordo com ...": a year is no figure
            or pack.vague.search(before)
            or pack.base.search(before)
            or any(w.group(0) not in pack.data.ARTICLE_WORDS for w in pack.number_run.finditer(before))
        )  # "un milione e mezzo secondo gli organizzatori": number words count too
        if not before or before.endswith((":", ";", " –", " —", " -")) or (before.endswith('"') and before.count('"') % 2):
            # Selon X, ... (and after an opening quote; a closing one ends a figure: «oltre 200.000»
            # secondo Tisza; after a dash too: "Tausende Bauern legen ... lahm – laut Polizei 1.300")
            scope = "after"
        elif before.endswith(",") and _DIGIT_NEXT.match(norm, np_end) and not sample and not pack.relative_start.match(norm, np_start):
            scope = "after"  # "Secondo la questura erano 2.500, per gli organizzatori 6.000": its own number
        elif before.endswith(",") and _last_word(before[:-1]) in pack.clause_coordinators:
            scope = "after"  # "135 000 et, selon le Snes, plus de 60 %": the cue opens the new clause
        elif (lw := _last_word(before)) in pack.clause_coordinators and before[: -len(lw)].rstrip().endswith((",", ";")):
            scope = "after"  # "rivendica il 70%, ma per il ministero si tratta del 9,4%": the same
        elif pack.subject_opener_before is not None and pack.subject_opener_before.search(before):
            scope = "after"  # "un'adesione del 40%, mentre per l'azienda si tratta del 12%": a new clause
        elif before.endswith(","):
            scope = (
                "before_all" if figures_before else "after"
            )  # ..., selon X. / Dans le même temps, selon X, ...
        elif figures_before and _own_clause_figure(before, norm, np_end):
            # "um fast 30 Prozent, in Leipzig sind laut Stadtverwaltung derzeit rund 1.900": a
            # clause after the comma, its figure after the cue
            scope = "after"
        elif figures_before:
            scope = "before_one"  # 1,27 million selon Beauvau, plus de 2,5 millions selon l'intersyndicale
        else:
            scope = "after"  # "wurden laut Ansa etwa 1.000 Erdrutsche gezählt": no figure before it
        rel_next = _RELATIVE_NEXT.match(norm, np_end) if scope == "before_all" and source is not None else None
        if rel_next and rel_next.group(1) in pack.subject_relatives:
            # "selon la FFT, qui compte 1 000 clubs": the relative after the name is its own
            anchors.append(Anchor(base + rel_next.start(1), "after", source, via, evidence=norm[start:np_end]))
            if source == "":
                pronouns.append((anchors[-1], np))
        if relative and scope == "before_all" and source:
            # "a souligné X, selon qui des dizaines de projets ...": the relative's claim follows
            anchors.append(Anchor(base + start, "after", source, via, evidence=norm[start:np_end]))
            relative_after.append(anchors[-1])
        if source is not None:
            anchors.append(Anchor(base + start, scope, source, via, evidence=norm[start:np_end]))
            if source == "":
                pronouns.append((anchors[-1], np))
            elif (
                scope == "before_one"
                and pack.verb_second
                and "," not in before[_last_digit(before) :]
                and _digit_in_clause_after(norm, np_end)
            ):
                # "Von den 640 Stellen sollen nach Angaben der Firma 210 wegfallen": mid-clause, no
                # comma either side, the cue speaks for the clause's figures after it too
                anchors.append(Anchor(base + start, "after", source, via, evidence=norm[start:np_end]))
            elif before:
                # "Das geht aus dem Jahresbericht des Tierschutzbundes hervor.", "Lo si legge in
                # una nota della Asl.": the document speaks for the sentence before too
                _resumed(memory, pack, before, norm[np_end:], source, via)
    if pack.passive_estimate is not None:
        for pm in pack.passive_estimate.finditer(norm):
            # "Le coût total est estimé à 85 millions d'euros par la métropole": the agent after
            # the amount made the estimate
            at = pm.end(1)
            np = text[at : _np_end(norm, at, pack, text)].strip(" ,")
            if np and (any(w[:1].isupper() for w in np.split()) or pack.role.search(np.lower())):
                source, via = _resolve_np(np, pack, memory)
                if source:
                    anchors.append(Anchor(base + pm.start(1), "before_all", source, via, evidence=norm[pm.start() : pm.start(1)]))
    if pack.agent_after_figure is not None:
        for pm in pack.agent_after_figure.finditer(norm):
            # "abaixo dos 2,2% inscritos pelo Governo", "l'excédent de 0,1 % prévu par le
            # gouvernement": the agent of the forecast set right after the figure gives it
            at = pm.end(1)
            np = _PLACE_AFTER.split(text[at : _np_end(norm, at, pack, text)], maxsplit=1)[0].strip(" ,")  # "pelo Governo | na proposta"
            if np and (any(w[:1].isupper() for w in np.split()) or pack.role.search(np.lower())):
                source, via = _resolve_np(np, pack, memory)
                if source:
                    anchors.append(Anchor(base + pm.start(1) - 1, "before_one", source, via, evidence=norm[pm.start(1) : at]))
    back = pack.back_according.search(norm) if pack.back_according is not None else None
    if back is not None and not anchors:
        said = memory.last_said(0)  # "Die Quote stieg demnach auf 6,6 Prozent": the source just named
        if said:
            anchors.append(Anchor(base + back.start(), "before_all", said, None))
            anchors.append(Anchor(base + back.start(), "after", said, None))
    prev_end = -1
    for s, e, strong in verbs:
        verb = norm[s:e]
        glued, prev_end = prev_end >= 0 and not norm[prev_end:s].strip(), e
        if glued and " " not in verb:
            continue  # "has rejected claims that": a speech verb's object, a noun
        vw = verb.split()
        if (
            len(vw) > 2
            and not pack.negation_words.isdisjoint(vw[1:-1])
            and not ((mm := pack.modality.search(verb)) is not None and mm.lastgroup in ("possible", "denied"))
        ):  # (not "schließen nicht aus", "do not rule out": a possibility said)
            continue  # "19 Kitas haben nie geantwortet", "has not said": a verb denied says nothing
        if len(vw) > 2 and not pack.passive_markers.isdisjoint(vw[1:-1]):
            continue  # "The DB5 had been estimated at £900,000": a passive, its subject no speaker
        if len(vw) > 1 and vw[-2] in pack.definite and vw[0] in pack.speech_auxiliaries and vw[-1] in pack.speech_participle_words:
            continue  # "hanno superato lo scritto": "the written (exam)", a noun, not "written"
        if pack.toll_object is not None and not pack.toll_verbs.isdisjoint((vw[0], vw[-1])) and _takes_lives(norm, s, e, pack):
            continue  # "The earthquake claimed 212 lives", "hat 14 Menschenleben gefordert": taken, not said
        if verb in pack.verb_not_before:
            nw = _NEXT_WORD.match(norm, e)
            if nw and nw.group(1) in pack.verb_not_before[verb]:
                continue  # "os filmes responderam por 9,8 %": accounted for, not answered
        left = norm[:s].rstrip()
        prev_word = _last_word(left)
        before_verb = prev_word or ""
        if verb in pack.verb_not_after and before_verb in pack.verb_not_after[verb]:
            continue  # "mandatory for all states from 2027": the noun, after its quantifier
        if " " not in verb and (before_verb.endswith(("'s", "’s")) or before_verb in pack.possessives):
            continue  # "He dismissed the coalition's estimate", "its estimate": a noun its owner holds
        # "comme l'a indiqué la préfecture", "como informó el ministerio": the subject follows
        as_lead = pack.as_clause.search(left, max(0, len(left) - 40)) if pack.as_clause is not None else None
        if as_lead:
            left = left[: as_lead.start()].rstrip()
            prev_word = _last_word(left)
        if (
            prev_word
            and " " not in verb
            and (prev_word in pack.noun_markers or prev_word.endswith("'"))
            and not (prev_word in pack.noun_markers_of_present and not verb.endswith("s"))  # "state media reported"
            and not (pack.verb_endings and verb.endswith(pack.verb_endings) and prev_word in pack.clitics)
            # "la Confederación las cifra en 120": a clitic, the verb, then its amount
            and not (prev_word in pack.clitics and _AMOUNT_AFTER_VERB.match(norm, e))
            # "Lo conferma l'ad": "lo" is an article only before "s" and a consonant, "z", "gn"
            and not (prev_word in pack.article_onsets and not pack.article_onsets[prev_word].match(verb))
        ):  # "la policía las cifró": a clitic before a verb form, not an article before a noun
            continue  # "le chiffre d'affaires": a noun, not the verb
        if (
            pack.nouns_capitalised
            and prev_word
            and " " not in verb
            and _last_word(left[: -len(prev_word)]) in pack.noun_markers
            and prev_word.endswith(("e", "en", "er", "es", "em"))
            and text[s - len(prev_word) - 1 : s].strip()[:1].islower()  # not "der Stadtwerke bestätigte"
            and text[e : e + 2].strip()[:1].isupper()
        ):
            continue  # "der nächste bestätigte Fall": an adjective between an article and its noun
        if (" " not in verb and left[-1:].isdigit()) or (prev_word in pack.number_words and prev_word not in pack.clitics):
            continue  # "received 42,000 reports, up from 38,000": what is counted, a noun after its number
        if pack.number_relative is not None and pack.number_relative.search(left, max(0, len(left) - 60)):
            # "frente al 5 % que reclaman los sindicatos": the relative's subject follows its verb
            am_ = pack.verb_adverbs.match(norm, e)
            rel_np = _inverted_subject(text, norm, am_.end() if am_ else e, pack, verb)
            if rel_np and not any(c.isdigit() for c in rel_np):
                source, via = _resolve_np(rel_np, pack, memory)
                if source:
                    anchors.append(Anchor(base + s, "before_one", source, via, verb, strong))
                    continue
        if not pack.nouns_capitalised and _capital_inside(text, s):
            continue  # "the United States": a name, not "states"
        if not strong and prev_word and prev_word.endswith("ing") and len(prev_word) > 5 and " " not in verb:
            continue  # "Ministers are considering plans to cut": a noun after the participle
        if prev_word and prev_word in pack.reflexives:
            continue  # "el tiempo de espera se situó en 118 días": it stood at, no one said
        if _reduced_relative(text, norm, s, e, verb, prev_word, pack):
            continue  # "the number of cars registered in the UK has doubled": a participle, not "registered"
        rest = norm[e:]
        am = pack.verb_adverbs.match(rest)
        rest = rest[am.end() :] if am else rest
        tail = _SENTENCE_END.split(rest, maxsplit=1)[0]
        # "explicó Sánchez, que añadió 10.300": the relative's figures are his, not before the verb
        rel = next((r for r in _RELATIVE_AFTER.finditer(tail) if r.group(1) in pack.subject_relatives), None)
        own = tail[: rel.start()] if rel else tail
        om_own = _opener_in(own, pack) if any(map(str.isdigit, own)) else None
        if om_own is not None and (norm[e:].lstrip().startswith(",") or own[: om_own.start()].rstrip().endswith(",")):
            # ", teilte die Behörde mit, während die UN befürchten, dass sie 5.000": the clause a
            # conjunction opens after a comma has figures and a speaker of its own
            own = own[: om_own.start()]
        gm_own = pack.gerund_speech.search(own) if pack.gerund_speech is not None else None
        if gm_own is not None:
            own = own[: gm_own.start()]  # "said chief executive Ana Sousa, adding that 180": the gerund's clause is its own
        if rel is None and pack.article_relative is not None and pack.article_relative.match(text, e + (am.end() if am else 0)):
            # ", teilte der Betreiber Nextbike mit, der seit 2004 in Leipzig sitzt": "der" before a
            # lower-case word opens a relative (an article has its noun, capitalised, next)
            own = ""
        # "..., a indiqué la préfecture, et mobilise 1 100 pompiers": a clause joined after the
        # speaker is the speaker's too; its figures do not make the verb a non-inverted one
        joined = pack.clause_coordination.search(own) if pack.clause_coordination is not None else None
        if joined is not None:
            own = own[: joined.start()]
        if pack.apposed_participle is not None and any(map(str.isdigit, own)):
            # "aponta levantamento da Abras feito com 1.200 lojas": how the survey was made, a
            # participle after the name, is no claim of the clause
            pm = _participle_after_name(pack.code).search(own)
            o = e + (am.end() if am else 0)
            named = text[o : o + pm.start()].split() if pm else []
            if pm and len(named) >= 2 and not any(map(str.isdigit, own[: pm.start()])) and (named[-1][:1].isupper() or named[-1].endswith(")")):
                own = own[: pm.start()]
        # "said the authority had received ...": what follows is the clause said, "that" left out
        reported = pack.reported_clause_verbs and (left.endswith((",", '"')) or not left) and _reported_clause(tail, pack)
        # "Fatima Azouzi, 61 Jahre, sagt sieben Angehörige verloren zu haben": an infinitive
        # clause after the verb is what was said, its subject the one before the verb
        reported = reported or (pack.reported_infinitive is not None and pack.reported_infinitive.match(text, e) is not None)
        inverted = bool(pack.inversion.search(verb)) or (
            (left.endswith((",", '"')) or not left)
            and not _relative_closed(left, pack)  # "L'azienda, che impiega 1.450 persone, ha annunciato ricorso"
            and not rest.startswith(":")
            # "Die Anwältin, Rosa Elena Carrillo, sagte, das Urteil sei": a comma right after the
            # verb opens what was said, no subject after it
            and not (pack.verb_second and " " not in verb and norm[e:].lstrip().startswith(","))  # (not "teilte X mit, der")
            # "zerstört, teilte die Regionalregierung mit; der Dienst Copernicus": a semicolon
            # ends the clause, no content of the verb follows it
            and not (pack.clause_cut.match(rest.lstrip()) and not rest.lstrip().startswith(";"))
            and not (am and pack.clause_cut.search(am.group(0)))  # "a démenti jeudi que": what was said follows
            # "X (47)", "X, 49.", "sagte die 54-Jährige": an age, no figure of the clause
            and (not any(map(str.isdigit, _without_services(_AGE_ASIDE.sub("", own), pack))) or _age_description(own.strip(" .,"), pack))
            and not reported
            # "Le ministre délégué, Hervé Castagnède, a dénoncé une grève", "Le Groupe ... (JNIM),
            # affilié à Al-Qaïda, a revendiqué l'attaque": the subject and its aside, then its verb
            and not _subject_set_off(text[:s], pack)
        ) and (not pack.inverted_verbs or verb in pack.inverted_verbs)  # "..., said X"; never "told X"
        # "Lo ha reso noto il Viminale: ...": only a clitic before the verb, its subject follows
        # and it speaks for what comes after
        clitic_lead = pack.pro_drop and bool(left) and all(w in pack.clitics or w in pack.speech_leads for w in left.split())
        inverted = inverted or clitic_lead or as_lead is not None
        opens = as_lead is not None and not left  # "Comme l'a annoncé X, 312 ...": X speaks for what follows
        after_verb = e + (am.end() if am else 0)
        outlet, past_outlet = _told_outlet(text, norm, after_verb, pack)  # "ha detto all'Ansa"
        after_outlet = norm[past_outlet:].lstrip()
        cut_after = pack.clause_cut.match(after_outlet)
        lead = pack.told_lead.match(norm, after_verb) if outlet else None
        lead_article = lead is not None and pack.determiners.match(lead.group(0).strip() + " ") is not None
        if cut_after is None and outlet and after_outlet.startswith(",") and lead and not lead_article:
            # a comma before "che" in a copy of a German wire ("ha detto alla Zeitung, che 350");
            # not after a word that may be the subject's article ("calcula a GuardaCivil, que
            # assinala": a relative of the subject)
            cut_after = pack.clause_cut.match(after_outlet[1:].lstrip())
        # "..., fez saber a Cruz Vermelha Italiana que gere a estrutura.": no figure after it, so
        # "a" is the subject's article and "que" its relative
        subject_relative = bool(cut_after) and lead_article and not any(c.isdigit() for c in norm[past_outlet:])
        if inverted and not clitic_lead and outlet and cut_after and not subject_relative:
            # "La alcaldesa, Yadira Cruz, dijo a la agencia EFE que ...": told an outlet, then
            # what was said; the speaker is before the verb
            inverted = False
        aside = None
        if (
            not inverted
            and left.endswith(",")
            and (not pack.inverted_verbs or verb in pack.inverted_verbs)
            and not reported
            # not "Severnside, che serve 2,9 milioni di clienti, ha contestato il numero,": the subject
            # and its relative before the verb, the phrase after it its object
            and not _relative_closed(left, pack)
        ):
            aside = _ASIDE.match(text, past_outlet)  # "disse à RTP a secretária-geral, ..."
            if aside and _starts_with_verb(norm, aside.end(), pack):
                # "Il ministero, riferisce l'ANSA, ha smentito": the aside relays the subject's
                # words, the verb after it has its own speaker
                aside = None
        who = _before_statement(aside.group(1).strip(), pack) if aside else ""
        head_word, _, rest_who = who.partition(" ")
        from_body = bool(rest_who) and head_word.lower() in pack.source_from
        if from_body:
            who = rest_who  # "Il provvedimento, spiegano dal Mimit, vale 2 miliardi": the body they speak from
        if (
            aside
            and len(aside.group(1).split()) <= 8
            and not pack.clause_cut.match(rest.lstrip())
            and not pack.clause_cut.search(aside.group(1).lower())
            and (from_body or who[:1].isupper() or pack.determiners.match(who.lower()))
        ):
            # "Resta critica, rileva l'istituto di statistica, la condizione ... al 19,2%": a
            # speaker set off by commas speaks for the whole sentence, before and after
            named = _APPOSED_NAME.match(text, aside.end() - 1)
            if named and pack.person_role.search(who.lower()):
                who = f"{who}, {named.group(1)}"  # "ha detto il ministro del Lavoro, Paolo Serra,"
            source, via = _resolve_np(who, pack, memory)
            if outlet and not via:
                via = _relay(outlet, pack, memory)
            if source:
                anchors.append(Anchor(base + s, "before_all", source, via, verb, strong))
                anchors.append(Anchor(base + s, "after", source, via, verb, strong))
                continue
        if pack.pro_drop and left.endswith(",") and norm[e:].lstrip().startswith(","):
            # "Gli abbonati, ha aggiunto, sono stati 4.620": a verb set off alone, its subject
            # dropped: the speaker named last speaks for the sentence
            people = [x for x in memory.recall() if x.named and not x.relay]
            if people:
                anchors.append(Anchor(base + s, "before_all", people[-1].name, None, verb, strong))
                anchors.append(Anchor(base + s, "after", people[-1].name, None, verb, strong))
                continue
        told_via = None
        if inverted and (left or opens):
            # "ha detto all'Ansa il presidente": the outlet relays, the subject follows it
            told_via, subj = (outlet, past_outlet) if outlet else (None, e)
            np = None
            if pack.verb_second and " " in verb and not outlet:
                # ", teilte der Betreiber Nextbike mit, der in Leipzig sitzt": the subject inside
                # the verb comes first; the words after it are a relative's
                np = _inverted_subject(text[: s + verb.rfind(" ")], norm, s + verb.find(" "), pack, verb)
            np = np or _inverted_subject(text, norm, subj, pack, verb)
            if opens and np and "," in np:
                # "Come riferisce l'Istat, la società ha chiuso ...": the as-clause's subject ends at
                # its comma (a name in apposition aside: "Comme l'a dit le maire, Jean Dupont, ...")
                parts = [p.strip() for p in np.split(",")]
                np = f"{parts[0]}, {parts[1]}" if _looks_like_name(parts[1]) else parts[0]
            if np and pack.source_from and np.split(" ", 1)[0].lower() in pack.source_from and " " in np:
                np = np.split(" ", 1)[1]  # "Apuntan desde la patronal que ...": the body speaks
            elif np and not outlet and pack.pro_drop and np.split(" ", 1)[0].lower() in pack.complement_links:
                np = None  # "Jorge Sáinz, advirtió del auge del comercio": a complement, no subject after the verb
            if np and outlet and np.split(" ", 1)[0].lower() in pack.complement_links:
                np = None  # "revelou a Associação Portuguesa | da Cortiça": one name, not an outlet and a subject
            if (np is None or (opens and any(c.isdigit() for c in np))) and outlet and pack.determiners.match(
                norm[after_verb:].lstrip()
            ):
                # "..., informou a Receita Federal.": no one after the outlet, so the word that
                # seemed to say whom it was told ("a") is the article of the subject
                np, told_via = _inverted_subject(text, norm, e, pack, verb), None
            if np is None and pack.speaker_trails:
                inverted = False  # ", the department's secretary, Sir X, said in December."
        if inverted and (left or opens):
            if np is None and pack.verb_second and " " in verb:
                # ", hatte Bonaccini während der Flut gesagt": the subject is inside the verb
                np = _inverted_subject(text[: s + verb.rfind(" ")], norm, s + verb.find(" "), pack, verb)
            if np is None and pack.pro_drop and (
                not tail.strip(" \"'»”)") or tail.split(" ", 1)[0] in pack.subject_stop  # "dijo en una rueda de prensa"
            ):
                # "Otto di loro sono minorenni, ha aggiunto.": no subject, the speaker named last
                people = [x for x in memory.recall() if x.named and not x.relay]
                person = people[-1].name if people else _previous_person(memory, pack)
                before, _ = _subject_before(text, norm, s, pack)
                if before and not any(c.isdigit() for c in before) and _looks_like_name(before.rsplit(",", 1)[-1].strip()):
                    # "..., il capo dell'amministrazione militare, Ihor Bondar, ha detto nella
                    # mattina.": the subject set before the verb (a translation's word order)
                    person = _resolve_np(before, pack, memory)[0] or person
                if person:
                    anchors.append(Anchor(base + s, "before_all", person, None, verb, strong))
                continue
            if np is None:
                continue
            age = _AGE_AFTER_NAME.search(np)
            if age and age.start() > 0 and pack.determiners.match(np[age.end() :].lstrip().lower()):
                np = np[: age.start()]  # "sagte Lea Hofbauer (27) dem Bayerischen Rundfunk": whom she told
            tm = pack.told_inside.search(np)  # ", sagte X der Nachrichtenagentur dpa": dpa relays
            if tm and any(pack.person_role.search(w) for w in np[: tm.start()].lower().split()[-2:]) and "," in np[tm.end() :]:
                # "l'assessore all'Ambiente, Giorgio Maione", "l'assessora comunale all'Istruzione,
                # Teresa Iovine": the role's portfolio, then its name
                tm = None
            told = np[tm.end() :].strip() or None if tm else None
            if tm and told is None and " " in tm.group(0).strip():
                told = tm.group(0).strip().split(" ", 1)[1]  # "sagte X der Deutschen Presse-Agentur"
            np = np[: tm.start()] if told else np
            named_before = len(memory.mentions)
            cm_in = pack.citing.search(np.lower())
            cited_in = np[cm_in.end() :].strip(" ,") if cm_in and cm_in.start() > 0 else ""
            if cited_in:
                np = np[: cm_in.start()].strip(" ,")  # "riferisce l'Ansa citando fonti ospedaliere": the cited speak
            source, via = _resolve_np(np, pack, memory)
            if not cited_in and source and (at := text.find(np, after_verb)) >= 0:
                # "berichtete die Nachrichtenagentur ANSA unter Berufung auf Justizkreise": cited after the subject
                cited_after = _cited(text, norm, at + len(np), pack) or ""
                cited_in = "" if _GAP_DIGIT.search(cited_after) else cited_after
            if cited_in and source and (cited_source := _resolve_np(cited_in, pack, memory)[0]):
                source, via = cited_source, source
            if source is None and _possessive_phrase(np, pack) and not clitic_lead and not opens:
                # "Le conseil départemental a débloqué 2 millions, fait savoir son président": no
                # owner named before, so the subject that opens the sentence owns its president
                source, via = _opener_speaks(text, s, pack, memory) or (None, None)
            if source is None and np.lower() in pack.pronouns and not clitic_lead and not opens:
                # "La Région a débloqué 15 millions, a-t-elle indiqué": no one named before, so the
                # pronoun is the subject that opens the sentence
                source, via = _opener_speaks(text, s, pack, memory) or (source, via)
            if as_lead is not None and source and any(a.verb for a in anchors):
                # "El diputado negó que haya 90, como sostiene el sindicato": the main clause's
                # speaker stays the one a later "aseguró" means
                for x in memory.mentions[named_before:]:
                    x.relay = True
            told = told or told_via
            if told and not via:
                via = _relay(told, pack, memory)
            anchors.append(
                Anchor(base + s, "after" if clitic_lead or opens else "before_all", source, via, verb, strong, alleged=as_lead is not None and not opens)
            )
            if clitic_lead:
                _resumed(memory, pack, left, tail, source, via, verb)
            if joined is not None and not clitic_lead:
                at = e + (am.end() if am else 0) + joined.start() + 1  # before a figure right after "et"
                anchors.append(Anchor(base + at, "after", source, via, verb, strong, joined=True))
            if rel is not None and not clitic_lead and not opens and source and not _is_person_name(source):
                # "informó la cooperativa, que agrupa a 1.800 socios": the relative after the
                # speaker says more of the speaker, in the speaker's words
                at = e + (am.end() if am else 0) + rel.start()
                anchors.append(Anchor(base + at, "after", source, via, verb, strong))
        else:
            aside = _COORDINATED_ASIDE.search(left) if left.endswith(",") else None  # (most verbs follow no comma)
            if prev_word in pack.clause_coordinators or (aside is not None and aside.group(1) in pack.clause_coordinators):
                # ("actualizó los resultados y, con el 98,6 % de las actas contabilizadas,
                # confirmó": an aside between "and" and its verb)
                # "afirmó que 60.000 personas pasaron la noche en albergues y calculó en 2.500
                # millones": the second verb has the first one's subject, not the clause between
                said = [a for a in anchors if a.verb and a.pos < base + s and a.source]
                own = _coordinated_subject(text, left, s, pack)
                if own is not None:
                    # "O sindicato diz que ... 80%, mas o governo contesta e fala em 30%": the
                    # clause after "mas" has its own subject, which both its verbs share
                    source, via = _resolve_np(own, pack, memory)
                    anchors.append(Anchor(base + s, "after", source, via, verb, strong))
                    continue
                if said or strong:
                    # the main clause's verb, the first: "a Menzies negou ..., como denunciou o
                    # sindicato, e estimou os prejuízos" (Menzies estimates)
                    a0 = said[0] if said else None
                    source, via = (a0.source, a0.via) if a0 else (None, None)
                    if a0 is None and not any(a.pos < base + s for a in anchors):
                        # "La Consejería rebaja la cifra a 187 y niega que haya cientos": the
                        # subject that opens the sentence is the second verb's too
                        np = _opening_subject(text, s, pack)
                        np = _with_holder(text[:s], np, pack) if np else np
                        first = _NEXT_WORD.match(text)
                        if np is None and first and first.group(1).lower() in pack.person_pronouns:
                            np = first.group(1)  # "He welcomed the deal but warned that dozens": he, the one named before
                        if np:
                            source, via = _resolve_np(np, pack, memory)
                    # the aside's figures are the verb's too: "y, con el 98,6 % de las actas, confirmó"
                    at = aside.start(1) if aside is not None and prev_word not in pack.clause_coordinators else s
                    anchors.append(Anchor(base + at, "after", source, via, verb, strong))
                continue
            np, via_np = _subject_before(text, norm, s, pack)
            if np is not None and " " in np:
                said_in = [m for m in pack.attribution.finditer(np.lower()) if m.lastgroup == "speech"]
                after_said = np[said_in[-1].end() :].strip(" ,").lower() if said_in else ""
                owned = after_said.split()
                if said_in and len(owned) >= 2 and owned[0] in pack.possessives and owned[1] in pack.said_own_evidence:
                    # "Ofgem said its investigation had found that at least 3,900": the speaker's own
                    # evidence, so the speaker
                    np = np[: said_in[-1].start()].strip(" ,") or None
                elif said_in and (not after_said or after_said in pack.pronouns):
                    # "Harwell said it expects ...", "Em nota, o instituto afirma que confirmou": the
                    # verb before speaks; the subject of this one is the pronoun after it, or none
                    np = np[said_in[-1].end() :].strip(" ,") or None
            if np is not None and pack.claim_nouns:
                cw = np.lower().split()
                if len(cw) >= 3 and pack.determiners.match(cw[0] + " ") and cw[1] in pack.claim_nouns:
                    # "..., a claim the paramilitary group denies": the figure before is disputed
                    # by another, whose words are no claim of a figure of their own
                    continue
            if np is not None and not strong and _COUNTED_SUBJECT.search(np):
                np = None  # "Más de 300 pacientes esperaban": what is counted, not who expects
            if np is not None and not strong:
                at = text.rfind(np, 0, s)
                if at > 0 and text[:at].rstrip()[-1:].isdigit():
                    np = None  # "Export von 1.200 Tonnen von Rosen erwartet": what is counted, its number before it
            if np is not None and pack.not_speakers and _instrument(np, pack):
                np = None  # "O acordo prevê 1.020 euros": the text's content, in the article's voice
            if pack.verb_second and (np is None or _adverbial(np, pack) or _subject_after_verb(norm, e, np, pack)):
                # verb second: "Zugleich meldete X, ...", "Das teilte X mit": the subject follows
                v2 = _subject_after_finite(text, norm, s, e, verb, pack, memory)
                if v2 is not None:
                    anchors.append(Anchor(base + s, "after", v2[0], v2[1], verb, strong))
                    if np is not None and any(c.isdigit() for c in np):
                        # "Rund 300 Einsätze zählte die Feuerwehr": the figure fronted before the verb
                        anchors.append(Anchor(base + s, "before_all", v2[0], v2[1], verb, strong))
                    _resumed(memory, pack, left, tail, v2[0], v2[1])
                    continue
                np = None
            if np is None and pack.source_from and not left:
                np = _source_from_after(text, norm, e, pack)  # "Apuntan desde la patronal que ..."
            if np is None and not left and pack.pro_drop:
                np = _subject_then_that(text, norm, e, pack)  # "Riferiscono i carabinieri che ..."
            opener_only = not left or (
                "," not in left and len(left.split()) <= 4 and pack.adverbial_start.match(left) is not None
            )  # "In una nota ha ricordato che": a phrase of place or time, no subject
            if np is None and opener_only and pack.pro_drop and strong and sent.field == "text":
                # "Il ministero ha detto che ... . Ha respinto come falsa l'affermazione che 41":
                # a verb opening its sentence with its subject dropped is the speaker's just named,
                # or that of the subject opening the sentence before
                said = memory.last_said(max(0, memory.order - 1))
                if said is None and memory.previous is not None:
                    op = _opening_subject(memory.previous.text, len(memory.previous.text), pack)
                    said = _resolve_np(op, pack, memory)[0] if op else None
                if said:
                    anchors.append(Anchor(base + s, "after", said, None, verb, strong))
                    continue
            if np is None:
                if strong:
                    anchors.append(Anchor(base + s, "after", None, None, verb, strong))
                continue
            if verb in pack.evidence_verbs and not any(w in pack.evidence_nouns for w in _strip_det(np, pack).lower().split()[:4]):
                continue  # "Police found 300 kg": an act; "the survey found 38%" is a finding
            if pack.our_words and not pack.our_words.isdisjoint(np.lower().split()[:2]):
                continue  # "«I nostri dati parlano di poche decine di casi»": the one quoted speaks
            told_in = pack.told_inside.search(np) if pack.nouns_capitalised else None
            if told_in and pack.person_role.search(np[: told_in.start()].lower()) and not np[told_in.end() :].strip():
                # "wie ein Polizeisprecher der Deutschen Presse-Agentur sagte": the outlet told, in the dative
                via_np = via_np or np[told_in.start() :].strip()
                np = np[: told_in.start()]
            source, via = _resolve_np(np, pack, memory)
            cited_after = _citing_after(text, norm, e, pack)
            if cited_after and source:
                # "Il Financial Times aveva riportato, citando persone familiari con la questione,
                # che ...": the cited speak, the subject relays
                cited_source = _resolve_np(cited_after, pack, memory)[0]
                if cited_source:  # (not "citing witnesses and hospital records": evidence no one owns)
                    source, via = cited_source, source
            if source is None and np.lower() in pack.pronouns and np.lower() not in pack.person_pronouns:
                # "The airline carried 4.2 million passengers, it said": no one named before, so
                # "it" is the subject that opens the sentence
                source, via = _opener_speaks(text, s, pack, memory) or (source, via)
            if via_np:
                via = _relay(via_np, pack, memory)
            tm = pack.told.match(norm, e)
            told_ok = not pack.told_verbs or verb.rsplit(" ", 1)[-1] in pack.told_verbs
            told_name = text[tm.start(1) : tm.end(1)] if tm else ""
            dm_told = pack.determiners.match(told_name.lower()) if told_name[:1].islower() else None
            if dm_told and told_name[dm_told.end() :][:1].isupper() and _news_outlet_named(told_name[dm_told.end() :], pack.code):
                told_name = told_name[dm_told.end() :]  # "told the BBC": the outlet after its article
            if tm and told_ok and told_name[:1].isupper():  # "a déclaré à Reuters que": Reuters relays
                via = via or _relay(told_name, pack, memory)
            closed = am is not None and "," in am.group(0)  # "said on Tuesday, leaving ..."
            # "..., aber Überlebende sagten, ...": a subject after "but" opens a clause of its own,
            # its speaker does not reach back over the clause before
            own_clause = left[left.rfind(",") + 1 :].split(None, 1)
            coordinated = bool(own_clause) and own_clause[0] in pack.clause_coordinators
            if pack.speaker_trails and (closed or rest.lstrip().startswith(",")):
                # "29,437 crossed, Home Office figures show, a fall of 36%": both sides
                anchors.append(Anchor(base + s - 1, "before_all", source, via, verb, strong))
            # "said on Tuesday as it unveiled plans to put 500 extra officers": the clause the
            # conjunction opens has figures of its own; the verb's own tail has none
            om = _opener_in(tail, pack) if pack.speaker_trails and any(map(str.isdigit, tail)) else None
            own_tail = tail[: om.start()] if om else tail
            # "said in its evening bulletin, and more than 410,000 homes", "told analysts, adding
            # that 300 flights": the clause joined after, or the gerund's, is the speaker's too,
            # its figures no part of the verb's own tail
            if om is None and rel is None and (joined is not None or gm_own is not None) and len(own) < len(own_tail):
                own_tail = own
            joined_after = joined is not None and om is None and own_tail is own
            if (
                pack.speaker_trails
                and not coordinated
                and not any(map(str.isdigit, own_tail))
                and not pack.clause_cut.match(rest.lstrip())
                # "said in a trading update": an article is no number
                and not any(w.group(0) not in pack.data.ARTICLE_WORDS for w in pack.word_numbers.finditer(own_tail))
            ):
                # "3,000 troops had arrived, the ministry said on Monday.": the speaker trails
                anchors.append(Anchor(base + s, "before_all", source, via, verb, strong))
                if joined_after:
                    at = e + (am.end() if am else 0) + joined.start() + 1
                    anchors.append(Anchor(base + at, "after", source, via, verb, strong, joined=True))
                if om is None:
                    continue
            if (
                not pack.speaker_trails
                and not coordinated
                and (
                    not tail.strip(" \"'»”.!?")
                    or (
                        # "..., la portavoz X dijo a la agencia ANSA.", "..., dijo el domingo, mientras":
                        # a short tail with no number and no "that" after the verb
                        (closed or len(tail.split()) <= 8)
                        and not any(map(str.isdigit, tail))
                        and not pack.clause_cut.match(rest.lstrip())
                        # "Medien schrieben von einigen Zehntausend": a number in words is a tail's figure too
                        and not any(w.group(0) not in pack.data.ARTICLE_WORDS for w in pack.word_numbers.finditer(tail))
                    )
                )
                and "," in left
                and len(left) - left.rfind(",") <= 80
                and ";" not in left[left.rfind(",") :]  # "cai a 27,4%, ...; Sabesp não descarta": a new claim
                # "les opposants en comptent le double": a clitic object, then an object of its own
                and not ((prev_word in pack.clitics or vw[0] in pack.clitics) and pack.determiners.match(tail.lstrip()))
            ):
                # "Die Suche läuft mit neun Schiffen, er sagte.": a speaker at the end, after a
                # comma, speaks for what came before (a machine translation's word order)
                anchors.append(Anchor(base + s, "before_all", source, via, verb, strong))
                continue
            # "12,000 hectares, the regional government said, but Copernicus estimated": after a
            # comma the verb's clause is over; what follows is its speaker's, relayed by no one
            inverted = bool(pack.speaker_trails and (closed or rest.lstrip().startswith(",")))
            cited_after_verb = _cited(text, norm, e, pack) if source and not via and " " not in verb else None
            if cited_after_verb and not _GAP_DIGIT.search(cited_after_verb):
                # "Lusa meldete unter Berufung auf den Rettungsdienst INEM, sieben Menschen seien":
                # the cited speak, the subject relays them
                cited_source = _resolve_np(cited_after_verb, pack, memory)[0]
                if cited_source:
                    source, via = cited_source, source
            anchors.append(Anchor(base + s, "after", source, via, verb, strong, joined=inverted))
    if pack.gerund_speech is not None and "," in norm:  # the gerund follows a comma
        for gm in pack.gerund_speech.finditer(norm):
            gerund = norm[gm.start() + 1 : gm.end()].strip()
            said = [a for a in anchors if a.verb and a.source and a.pos < base + gm.start()]
            if said:  # "ha detto X, ricordando che sono stati creati più di un milione di posti"
                a0 = said[-1]
                anchors.append(Anchor(base + gm.end(), "after", a0.source, a0.via, gerund, True))
            elif not any(a.pos < base + gm.start() for a in anchors):
                # "The union Unite put the damage higher, saying up to 300 flights": the subject
                # that opens the sentence says what follows
                np = _opening_subject(text, gm.start(), pack)
                tw = pack.trailing_when.search(np.lower()) if np else None
                if np and tw and tw.start() > 0:
                    np = np[: tw.start()]  # "A federal judge on Wednesday blocked ..., ruling that": the judge
                source, via = _resolve_np(np, pack, memory) if np else (None, None)
                if source:
                    anchors.append(Anchor(base + gm.end(), "after", source, via, gerund, True))
    for a, np in pronouns:
        prior = [b for b in anchors if b.verb and b.source and b.pos < a.pos]
        if prior and (_possessive_phrase(np, pack) or _unowned_evidence(np, pack)):
            # "The rail operator CP reported a loss ..., according to its annual report, while the
            # union said ...": the speaker before it in the sentence owns it, not one named after
            a.source = prior[-1].source
            continue
        later = [b for b in anchors if b.verb and b.source and b.pos > a.pos and b.scope == "before_all"]
        if not prior and later and _possessive_phrase(np, pack):
            # "D'après ses relevés, au moins 118 ..., a indiqué à l'AFP sa porte-parole, Hélène
            # Marchetti": the speaker the sentence names after owns them
            a.source = later[0].source
            continue
        low_np = np.lower()
        if low_np in pack.pronoun_genders and not prior:
            # "Die Manufaktur streicht 120 Stellen, wie sie bekanntgab": the body that opens the
            # sentence, its gender the pronoun's, before any named earlier
            subject = _opening_subject(text[: a.pos - base], a.pos - base, pack)
            if (
                subject
                and pack.role.search(subject.lower())
                and not pack.person_role.search(subject.lower())
                and _head_gender(subject, pack) in (None, pack.pronoun_genders[low_np])
            ):
                a.source = _resolve_np(subject, pack, memory)[0]
                if a.source:
                    continue
        opener = _opening_noun(text[: a.pos - base], pack) if _possessive_phrase(np, pack) else None
        if opener and pack.person_role.search(np.lower()) and not pack.org_roles.intersection(opener.lower().split()):
            # "La grève a coûté 120 millions à la compagnie, selon son directeur financier": a
            # person's role belongs to a body; the body named last before the cue, not the strike
            body = _last_body(text[: a.pos - base], pack)
            opener = body or opener
        if opener:
            # "O santuário, que registou 6,3 milhões de visitantes, segundo os seus serviços": the
            # thing that opens the sentence owns what is "its", before anyone named earlier
            a.source = _resolve_np(opener, pack, memory)[0]
            if a.source:
                continue
        a.source = _resolve_np(np, pack, memory)[0]
        if a.source is None and _possessive_phrase(np, pack):
            # "La aerolínea transportó 4,2 millones, según sus datos": no one named before, so
            # "its" is the body that opens the sentence
            a.source = (_opener_speaks(text, a.pos - base, pack, memory) or (None, None))[0]
    if pronouns:
        anchors = [a for a in anchors if a.source != ""]
    dm = _TITLE_DASH_SOURCE.search(text) if sent.field == "title" and not anchors else None
    if dm:
        # "UK economy grew 0.1% in third quarter – ONS": a headline's source after a dash at its end
        source, via = _resolve_np(dm.group(1), pack, memory)
        if source:
            anchors.append(Anchor(base + dm.start(), "before_all", source, via))
    tm = _TITLE_ACRONYM_COLON.match(text) if sent.field == "title" and not anchors else None
    if tm and not any(c.isdigit() for c in tm.group(1)):
        # "DLRG: Mindestens 411 Menschen ertrunken", "IPC: 24,6 milhões enfrentam fome": a body's
        # acronym before a headline's colon says who gives its figures (a place or a topic,
        # written in lower case, does not: "Brasil: cheias ...")
        source, via = _resolve_np(tm.group(1), pack, memory)
        if source:
            anchors.append(Anchor(base + tm.end(1), "after", source, via))
    cm = _COLON_QUOTE.match(text) if not anchors else None
    who = cm.group(1).split() if cm else []
    if (
        cm
        and len(who) <= 6
        and not any(c.isdigit() for c in cm.group(1))
        and who[0].lower() not in pack.person_pronouns  # "He dismissed the coalition's estimate: «…»": he, below
        and (
            pack.role.search(cm.group(1).lower())
            or any(w[:1].isupper() for w in who[1:])
            or who[0].isupper()
            or (len(who) == 1 and _named_in(who[0], memory.body))
        )
    ):
        # "Il ministero: «Meno del 20%»": the speaker, a colon, the words in quotes
        source, via = _resolve_np(cm.group(1).strip(), pack, memory)
        if source:
            anchors.append(Anchor(base + cm.end(1), "after", source, via))
    elif cm and who and who[0].lower() in pack.person_pronouns and not any(c.isdigit() for c in cm.group(1)):
        # "He was blunt about the scale of the problem: «We have fewer than 800,000 donors»":
        # a person's clause, a colon, the person's words
        source, via = _resolve_np(who[0], pack, memory)
        if source:
            anchors.append(Anchor(base + cm.end(1), "after", source, via))
    if (
        pack.counterparts
        and ("," in norm or ";" in norm or any(f" {w} " in norm for w in pack.clause_coordinators))
        and any(a.verb and a.source for a in anchors)
    ):
        anchors.extend(_gapped_speakers(text, norm, base, anchors, pack, memory))
    for r in relative_after:
        said = [a for a in anchors if a.verb and a.source and a.pos < r.pos]
        if said:
            # "ha spiegato Ulrike Pichler, meteorologa dell'Ufficio della Provincia, secondo cui":
            # the relative goes back to the speaker, not to the last words of her title
            r.source, r.via = said[-1].source, said[-1].via
    if pack.interview is not None and any(a.verb and a.source and a.via is None for a in anchors):
        im = pack.interview.search(norm)
        lead_end = im.end() if im else 0
        if im and not text[lead_end : lead_end + 1].isupper():
            # "Em declarações à agência Lusa": the outlet's kind in lower case, then its name
            nxt = _WORD_BEFORE_CAPITAL.match(text, lead_end, lead_end + 30)
            lead_end = nxt.end() if nxt and nxt.group(0).islower() else lead_end
        if im and text[lead_end : lead_end + 1].isupper():
            # "En declaraciones a Europa Press, el alcalde ha cifrado", "in an interview with the
            # BBC, X said": the outlet the speaker talked to relays
            outlet_end = _np_end(norm, lead_end, pack, text)
            verb_in = next((m.start() for m in attributions(pack.code, norm) if lead_end < m.start() < outlet_end), None)
            if verb_in is not None:
                outlet_end = verb_in  # "joint par l'AFP a dit avoir vu": the outlet ends at the verb
            outlet = text[lead_end:outlet_end].strip()
            ow = outlet.split()
            stop_at = next((i for i, w in enumerate(ow) if i and w.lower() in pack.subject_stop), None)
            if stop_at is not None:
                outlet = " ".join(ow[:stop_at])  # "ouvida pela Lusa | em Pemba": where, not who
            via = _relay(outlet, pack, memory) if outlet and len(outlet.split()) <= 6 else None
            for a in anchors:
                if via and a.verb and a.source and a.via is None and a.source != via:
                    a.via = via
    anchors.sort(key=lambda a: a.pos)
    return anchors


_WORD_BEFORE_CAPITAL = re.compile(r"[^\W\d]+ (?=[A-ZÀ-Ý])")  # "agência | Lusa"
_CAPITAL_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,3}")


@lru_cache(maxsize=1024)
def _news_outlet(name: str, lang: str) -> bool:
    """Whether the alias table knows a name as a news agency or outlet ("Europa Press", "AFP")."""
    from figtrail.link.aliases import ENTRIES, lookup
    from figtrail.link.aliases_data import MEDIA

    keys = lookup(name, lang)
    return bool(keys) and ENTRIES[keys[0]].type == MEDIA


def _news_outlet_named(name: str, lang: str) -> bool:
    """A news outlet, named alone or at the end of its description ("der spanischen
    Nachrichtenagentur EFE", "the French news agency AFP")."""
    words = name.split()
    return any(_news_outlet(" ".join(words[k:]), lang) for k in range(len(words)))


def _party_after_person(core: str, acro: str, pack: Pack) -> bool:
    """ "Anna Keller (CDU)": a person's name, then her party in brackets (a party the alias
    table knows), not a body and its short form."""
    from figtrail.link.aliases import lookup
    from figtrail.link.aliases_data import PARTY_KEYS

    before = core[: core.find("(")].strip()
    run = _name_run(before, pack)
    return (
        run is not None
        and before.endswith(run)
        and _is_person_name(run)
        and not _known_institution(run, pack.code)
        and any(k in PARTY_KEYS for k in lookup(acro, pack.code))
    )


@lru_cache(maxsize=4096)
def _known_institution(name: str, lang: str) -> bool:
    """Whether the shipped alias table knows a name ("Cgil", "Istat"): general knowledge of the
    bodies news cites, read here only to tell a name after "per" from a place or a topic."""
    from figtrail.link.aliases import lookup  # the link package, imported once, on first use

    return bool(lookup(name, lang))
_GAP_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d")
_GAP_MARK = re.compile(r"[,;]")
_GAP_DIGIT = re.compile(r"\d")
_QUOTED_AFTER = re.compile(r'\s*"[^"\d]{1,60}"')  # a name in quotes after its role word (in the view, every quote is ")


def _name_then_number(text: str, pos: int) -> bool:
    """Whether a capitalised name at `pos` is followed right away by a number: "Codacons 12mila"."""
    rm = _CAPITAL_RUN.match(text, pos)
    return rm is not None and text[rm.end() : rm.end() + 1] == " " and text[rm.end() + 1 : rm.end() + 2].isdigit()


def _gapped_speakers(
    text: str, norm: str, base: int, anchors: list[Anchor], pack: Pack, memory: Memory
) -> list[Anchor]:
    """A speaker whose speech verb is left out after a comma: "Die Polizei sprach von etwa
    2.500 Teilnehmern, die Veranstalter von mehr als 6.000", "la police a compté 5 000
    manifestants, les organisateurs 12 000": the phrase before the number speaks for it. Only
    after a clause whose speech verb named a speaker, and only a speaker's noun (a role or
    one of the pack's counterparts: organisers, employers)."""
    first = min(a.pos - base for a in anchors if a.verb and a.source)
    out: list[Anchor] = []
    marks = [cm.start() for cm in _GAP_MARK.finditer(norm, first + 1)]
    for w in pack.clause_coordinators:  # "lo eleva al 2,8 % y la Comisión Europea, al 3,1 %"
        at = norm.find(f" {w} ", first + 1)
        while at >= 0:
            marks.append(at)
            at = norm.find(f" {w} ", at + 1)
    for c in sorted(set(marks)):
        dm = _GAP_DIGIT.search(norm, c, c + 70)
        if dm is None:
            continue  # most clauses after a comma hold no number
        toks = [(m.start(), m.end()) for m in _GAP_TOKEN.finditer(norm, c + 1, dm.end())]
        k = 0
        if k < len(toks) and norm[toks[k][0] : toks[k][1]] in pack.clause_coordinators:
            k += 1
        elif k + 1 < len(toks) and pack.subject_openers is not None and pack.subject_openers.match(norm, toks[k][0], toks[k + 1][0]):
            k += 1  # ", während die Veranstalter von 40.000 sprechen": the subordinate clause's speaker
        if k < len(toks) and pack.determiners.match(norm[toks[k][0] : toks[k][1]] + " "):
            k += 1
        head = norm[toks[k][0] : toks[k][1]] if k < len(toks) else ""
        qm = _QUOTED_AFTER.match(norm, toks[k][1]) if head and "\"" in norm[toks[k][1] : dm.start()] else None
        if qm and (head in pack.counterparts or pack.role.fullmatch(head) or _role_compound(head, pack)):
            # 'das Veranstalterbündnis «Isar gegen Hass» von bis zu 250.000': a role word and
            # the name in quotes it introduces
            rest = norm[qm.end() : dm.start()].split()
            if len(rest) <= 3 and (all(len(w) <= 5 for w in rest) or pack.bound_left.search(" ".join(rest) + " ")):
                source, via = _resolve_np(text[toks[k][0] : qm.end()], pack, memory)
                if source:
                    out.append(Anchor(base + toks[k][0], "after", source, via, evidence=norm[toks[k][0] : qm.end()], gapped=True))
            continue
        digit = next((j for j in range(k, min(k + 7, len(toks))) if norm[toks[j][0]].isdigit()), None)
        if digit is None or digit - k < 1:
            continue
        lead_word = norm[toks[k][0] : toks[k][1]]
        if not (text[toks[k][0]].isupper() or lead_word in pack.counterparts or pack.role.fullmatch(lead_word)):
            continue  # ", dass die Stadt 300 Millionen": a clause of what was said, no speaker left out
        # the speaker's words, then at most three little words before the number ("von mehr als")
        for end in range(k + 1, min(k + 4, digit + 1)):
            head = norm[toks[end - 1][0] : toks[end - 1][1]]
            little = [norm[a:b] for a, b in toks[end:digit]]
            if (
                (
                    head in pack.counterparts
                    or pack.role.fullmatch(head)
                    or _role_compound(head, pack)
                    # "y la Comisión Europea, al 3,1 %": a body's name led by its role word
                    or (end - k >= 2 and pack.role.fullmatch(lead_word) is not None and text[toks[end - 1][0]].isupper())
                    # "sindicatos falam em 15 mil, PSP em 6.500": a body named by its acronym
                    or (end - k == 1 and _ACRONYM_TOKEN.fullmatch(text, toks[k][0], toks[k][1]) is not None)
                    # "Jordan reported 14 deaths and Tunisia 35": a name, its number right after it,
                    # set beside a clause whose speaker is a name too
                    or (end - k == 1 and end == digit and text[toks[k][0]].isupper() and _named_speaker_before(anchors, base + c))
                )
                and len(little) <= 3
                # "von mehr als", "von weniger als": little words, or a bound cue's
                and (all(len(w) <= 5 for w in little) or pack.bound_left.search(" ".join(little) + " ") is not None)
                # "while organisers said 30,000": a verb of its own, no gap
                and not (little and pack.attribution.search(" ".join(little)))
            ):
                np = text[toks[k][0] : toks[end - 1][1]]
                source, via = _resolve_np(np, pack, memory)
                if source:
                    out.append(
                        Anchor(base + toks[k][0], "after", source, via, evidence=norm[toks[k][0] : toks[end - 1][1]], gapped=True)
                    )
                break
        else:
            # "Trenitalia ne conta 286, le Ferrovie federali austriache (Öbb) circa 340": a body's
            # name and its acronym in brackets, then at most a bound before the number
            am = _NAME_THEN_ACRONYM.match(text, toks[k][0]) if text[toks[k][0]].isupper() else None
            if am and _GAP_DIGIT.match(text, am.end()) is None:
                rest = norm[am.end() : dm.start()].split()
                if len(rest) <= 3 and (not rest or pack.bound_left.search(" ".join(rest) + " ")):
                    source, via = _resolve_np(am.group(1), pack, memory)
                    if source:
                        out.append(Anchor(base + toks[k][0], "after", source, via, evidence=norm[toks[k][0] : am.end()], gapped=True))
    return out


def _named_speaker_before(anchors: list[Anchor], pos: int) -> bool:
    """Whether the last speech verb before `pos` names its speaker by a capitalised name."""
    said = [a for a in anchors if a.verb and a.source and a.pos < pos]
    return bool(said) and said[-1].source[:1].isupper()


def _role_compound(word: str, pack: Pack) -> bool:
    """Where nouns are capitalised they are glued: "Innenministerium" ends in a role."""
    if not pack.nouns_capitalised:
        return False
    m = pack.role.search(word)
    return m is not None and m.end() == len(word) and m.start() >= 3


_SHORT_NUMBER = re.compile(r"\d{1,3}(?![\d.,]\d)")


def _age_description(low: str, pack: Pack) -> bool:
    """A person named by an age: "die 54-jährige", "the 58-year-old", "la joven de 19 años",
    "ce vétérinaire de 58 ans" (a determiner, at most two words, an age; nothing else)."""
    words = low.split()
    if not any(map(str.isdigit, low)) or len(words) < 2 or len(words) > 5 or not pack.determiners.match(low):
        return False  # most phrases hold no digit: the cheap test first
    m = _SHORT_NUMBER.search(low)
    if m is None or pack.time_unit_after.match(low[m.end() :]) is None:
        return False
    before = low[: m.start()].split()[1:]  # past the determiner
    if before and before[-1] in pack.complement_links:
        before = before[:-1]
    return len(before) <= 2 and not any(map(str.isdigit, low[: m.start()] + low[m.end() :]))


def _reduced_relative(text: str, norm: str, s: int, e: int, verb: str, prev_word: str | None, pack: Pack) -> bool:
    """A participle after a complement's noun, the clause's own verb still to come: "The number
    of classic cars registered in the UK has doubled" (no one registered anything)."""
    if not pack.reported_clause_verbs or " " in verb or not verb.endswith("ed") or not prev_word:
        return False
    words = text[:s].split()[-3:]  # "of cars registered", "of classic cars registered"
    link = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in pack.complement_links), None)
    if link is None or not all(w.islower() for w in words[link + 1 :]):
        return False
    clause = norm[e:].split(",", 1)[0].split()
    return any(w in pack.reported_clause_verbs for w in clause)


def _subject_set_off(left: str, pack: Pack) -> bool:
    """Whether the text before a verb is its subject and an aside set off by commas, nothing
    else: a role and its holder's name ("Le ministre délégué, Hervé Castagnède,"; not where verbs
    come second, which read what comes before the verb their own way: there it cost a round never
    read), or a subject and a participle describing it ("Le Groupe ... (JNIM), affilié à
    Al-Qaïda,"). The verb's subject is before it, no inverted one after it."""
    if any(c.isdigit() for c in left):
        return False
    parts = _CLAUSE_COMMA.split(_BRACKETED.sub(_hide_commas, left.rstrip().rstrip(",")))
    if len(parts) != 2:
        return False
    subject, aside = parts[0].strip(), parts[1].strip()
    low = subject.lower()
    if (
        not pack.verb_second
        and pack.determiners.match(low + " ") is not None
        and pack.person_role.search(low) is not None
        and len(subject.split()) <= 6
        and _looks_like_name(aside)
    ):
        return True
    return (
        pack.apposed_participle is not None
        and bool(subject)
        and (subject[:1].isupper() or pack.determiners.match(low + " ") is not None)
        and len(subject.split()) <= 12
        and pack.apposed_participle.match(aside.lower()) is not None
        and pack.attribution.search(low) is None
    )


def _reported_clause(tail: str, pack: Pack) -> bool:
    """Whether the words after a speech verb are a clause whose "that" was left out: a finite
    verb among their first words, past a relative set off by commas ("said the light, which can
    be seen from 22 km, would stay"), before any other comma."""
    rm = next((r for r in _RELATIVE_AFTER.finditer(tail) if r.group(1) in pack.subject_relatives), None)
    if rm is not None:
        close = tail.find(",", rm.end())
        if close < 0:
            return False  # "said the minister, who has led it since 2019.": the relative ends the sentence
        tail = tail[: rm.start()] + " " + tail[close + 1 :]
    words = tail.split(",", 1)[0].split()[:8]
    return any(w in pack.reported_clause_verbs for w in words[1:])


_DIGIT_RUN = re.compile(r"\d+")


def _without_services(s: str, pack: Pack) -> str:
    """A clause with the emergency services named by their number left out: "ha informado el
    112" names a speaker, it holds no figure."""
    return _DIGIT_RUN.sub(lambda m: "" if m.group(0) in pack.service_names else m.group(0), s) if pack.service_names else s


def _relative_closed(left: str, pack: Pack) -> bool:
    """Whether the text before a verb ends with a relative clause set off by commas after the
    sentence's subject ("L'azienda, che impiega 1.450 persone a Pordenone,"): the verb is the
    subject's, not one whose subject follows it."""
    if not left.endswith(","):
        return False
    commas = [m.start() for m in _CLAUSE_COMMA.finditer(left, 0, len(left) - 1)]  # not "2,300"
    if not commas:
        return False
    seg = [left[: commas[-1]], left[commas[-1] + 1 : -1]]
    first = seg[1].split(None, 1)[:1]
    return bool(first) and first[0] in pack.subject_relatives and "," not in seg[0] and len(seg[0].split()) <= 6


def _opener_in(tail: str, pack: Pack) -> re.Match | None:
    """The first subordinating conjunction that opens a clause in a speech verb's tail
    (" as it unveiled", " while police"), None when there is none."""
    if pack.subject_openers is None:
        return None
    for m in pack.subject_openers.finditer(tail):
        if m.start() == 0 or tail[m.start() - 1] == " ":
            return m
    return None


def _coordinated_subject(text: str, left: str, s: int, pack: Pack) -> str | None:
    """The subject that opens the clause a verb after "and" belongs to, when a comma and a
    coordinator ("mas", "but", "aber") or a conjunction ("alors que", "while") opened it with
    a subject of its own; else None."""
    comma = left.rfind(",")
    if comma < 0:
        return None
    seg = text[comma + 1 : s].strip()
    first, _, rest = seg.partition(" ")
    if first.lower() not in pack.clause_coordinators:
        # "..., alors que le Haut Conseil juge cette prévision optimiste et l'estime à 5,7 %"
        om = pack.subject_openers.match(seg.lower()) if pack.subject_openers is not None else None
        rest = seg[om.end() :].lstrip() if om else ""
    if not rest:
        return None
    np = _opening_subject(rest, len(rest), pack)
    return np if np and np.lower() not in pack.pronouns else None


_DIGIT_NEXT = re.compile(r"\s*\d")
_COMMA_SEGMENT = re.compile(r",\s*([^,;:.!?()]{3,90}?)\s*,")


def _released_by(text: str, norm: str, pos: int, pack: Pack) -> str | None:
    """Who an evidence word's aside says released it: ", divulgado pela Ordem dos Médicos,",
    ", released by HMRC on Tuesday,"; None when the aside is no such participle."""
    m = _COMMA_SEGMENT.match(text, pos)
    if m is None or not pack.apposed_participle.match(norm, m.start(1)):
        return None
    seg = m.group(1)
    am = pack.agent.search(seg.lower())
    if am is None:
        return None
    agent = seg[am.start(1) :]
    tw = pack.trailing_when.search(agent.lower())
    agent = agent[: tw.start()] if tw and tw.start() > 0 else agent
    return agent if any(w[:1].isupper() for w in agent.split()) else None


_APPOSED_SEGMENT = re.compile(r",\s*([^,;:.!?()\d]{2,60}?)\s*(?:[.;!?]|$)")


def _apposed_body(text: str, pos: int, pack: Pack) -> str | None:
    """The name set after a description of a body that ends its sentence (", a APICCAPS.",
    ", the GMB."): an acronym or two or more capitalised words, links between; else None."""
    m = _APPOSED_SEGMENT.match(text, pos)
    if m is None:
        return None
    name = _strip_det(m.group(1).strip(), pack)
    toks = name.split()
    if not toks or not all(t[:1].isupper() or t.lower() in pack.complement_links for t in toks):
        return None
    if not (name.isupper() and len(name) >= 2) and sum(t[:1].isupper() for t in toks) < 2:
        return None
    return name


def _person_in_previous(memory: Memory, persons: list[Mention]) -> str | None:
    """A known person (not the one named last) whose surname the sentence before writes, the
    last written there; None when there is none."""
    if memory.previous is None or len(persons) < 2:
        return None
    prev = memory.previous.text
    best, at = None, -1
    for x in persons[:-1]:
        surname = x.name.rsplit(" ", 1)[-1]
        if len(surname) < 3 or x.name == persons[-1].name:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", prev):
            if m.start() > at:
                best, at = x.name, m.start()
    return best


def _source_from_after(text: str, norm: str, e: int, pack: Pack) -> str | None:
    """The body a verb that opens the sentence says its words come from: "Apuntan desde la
    patronal que ..." -> "la patronal"."""
    nw = _NEXT_WORD.match(norm, e)
    if nw is None:
        return None
    at, first = nw.start(1), nw.group(1)
    if first not in pack.source_from and "'" in first:
        first = first[: first.index("'") + 1]  # "fanno sapere dall'assessorato": the elided "dall'"
    if first not in pack.source_from:
        return None
    cut = pack.clause_cut.search(norm, at + len(first))
    if cut is None or cut.start() - at > 80:
        return None
    return text[at + len(first) : cut.start()].strip(" ,") or None


def _subject_then_that(text: str, norm: str, e: int, pack: Pack) -> str | None:
    """The subject after a speech verb that opens the sentence, before the "che"/"que" of what
    it says: "Riferiscono i carabinieri che", "Comunica la Questura che", "Informa el ministerio
    que"; None unless a determiner opens it and a subordinator ends it within a few words."""
    if not pack.determiners.match(norm[e:].lstrip()):
        return None
    cut = pack.clause_cut.search(norm, e)
    if cut is None or cut.start() - e > 60 or norm[cut.start()] in ";:\"—–-":
        return None
    np = text[e : cut.start()].strip(" ,")
    return np if np and not any(c.isdigit() for c in np) else None


_SAMPLE_WORD = re.compile(r"[^\s']+")
_PLACE_AFTER = re.compile(r"\s(?:na|no|nas|nos|em|en|dans|nel|nella|nei|nelle|in|im)\s")
# a count and one or two words of its noun (or a percent), right before: "30mila persone ", "48 morti ", "70% "
# (a bare number is left to the stricter rule: "Dei 500 milioni stanziati, 200 per la Regione")
_COUNT_THEN_NOUN = re.compile(r"(?<![\w.,])\d[\d.,]*(?:[^\W\d]{1,8})?(?:\s?%\s(?:[^\W\d]+\s){0,2}|\s(?:[^\W\d]+\s){1,2})$")
_PER_NAME_END = re.compile(r"[,.;:!?«»\"]|\s(?:e|ed|mentre|ma|contro|rispetto|secondo)\s")
_MORE_NAMES = re.compile(r"(?:,\s|\se\s)[A-ZÀ-Ý][\w-]*(?=[,.;:]|\se\s|\s*$)")
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*(?:[^\W\d]{1,8}|\s?%)?\s$")  # "200mila ", "40 % ": a bare figure, no noun
_CITED_END = re.compile(r"[,;:]|\.(?:\s|$)")


def _citing_after(text: str, norm: str, e: int, pack: Pack) -> str | None:
    """The phrase a speech verb's aside cites right after it: ", citing people familiar with
    the matter, that ..." -> "people familiar with the matter"."""
    head = norm[e : e + 40]
    k = head.find(",")
    if k < 0 or any(c.isdigit() for c in head[:k]) or len(head[:k].split()) > 4:
        return None
    cm = pack.citing.match(norm, _SPACES.match(norm, e + k + 1).end())
    if cm is None:
        return None
    em = _CITED_END.search(norm, cm.end(), cm.end() + 100)  # ", citing government sources."
    cited = text[cm.end() : em.start()].strip() if em else ""
    # not "gestützt auf Artikel 7 des Gesetzes": a law's article is no source
    return cited if cited and not _GAP_DIGIT.search(cited) else None


def _relay(np: str, pack: Pack, memory: Memory) -> str | None:
    """The outlet or relay a speaker told ("a déclaré à Keystone-ATS Lukas Imhof"), remembered
    as a relay: a later "selon lui" or "ses données" is never its."""
    if _place_name(np) and not _known_institution(np, pack.code):
        return None  # "a-t-il indiqué mardi à Berne": where it was said, no outlet
    n = len(memory.mentions)
    via = _resolve_np(np, pack, memory)[0]
    for x in memory.mentions[n:]:
        x.relay = True
    return via


@lru_cache(maxsize=1024)
def _place_name(name: str) -> bool:
    """Whether a name is a country or a capital the place table knows ("Berne", "Madrid")."""
    from figtrail.link.aliases import fold
    from figtrail.link.places import COUNTRY_PHRASES

    return tuple(fold(name).split()) in COUNTRY_PHRASES


def _named_in(word: str, body: str) -> bool:
    """Whether a capitalised word is a name in the article: written so inside a sentence, never
    in lower case ("Assobibe: «Salvati 5mila posti»"; not "Incendi: «300 ettari»")."""
    if not word[:1].isupper() or len(word) < 3 or word.lower() in body:
        return False
    return re.search(rf"[^\s.!?«»\"“”]\s+{re.escape(word)}(?![\w])", body) is not None


def _resumed(
    memory: Memory, pack: Pack, lead: str, tail: str, source: str | None, via: str | None, verb: str = ""
) -> None:
    """A speaker whose verb is led only by words that resume the sentence before ("Lo ha reso
    noto X", "Das teilte X mit") speaks for that sentence too, as does one whose verb carries
    the clitic itself after a speech lead ("A darne notizia è X"); not when a colon announces
    what follows ("Lo ha stimato l'Istat: 300 ...")."""
    words = lead.split()
    enclitic = verb.split(" ", 1)[0].endswith(tuple(pack.resumptive)) if pack.resumptive and verb else False
    if (
        source
        and words
        and (not pack.resumptive.isdisjoint(words) or (enclitic and all(w in pack.speech_leads for w in words)))
        and all(w in pack.resumptive or w in pack.clitics or w in pack.speech_leads or w in pack.resuming_verbs for w in words)
        and ":" not in tail
    ):
        memory.said_before[memory.order] = (source, via)


@lru_cache(maxsize=16)
def _participle_after_name(lang: str) -> re.Pattern:
    """A pack's apposed participle right after a word or a bracket: "(Abras) feito com"."""
    return re.compile(rf"(?<=[\w)]) (?:{get_pack(lang).apposed_participle.pattern})(?![\w])")


def _previous_person(memory: Memory, pack: Pack) -> str | None:
    """With no one named yet, the person whose name opens the sentence before or stands in
    apposition in its first clause, though no speech verb named her and no role comes with it
    ("Nathalie Appéré a présenté son budget. « ... », a-t-elle annoncé"); remembered."""
    if memory.previous is None:
        return None
    nm = _PREVIOUS_PERSON.search(memory.previous.text[:160])
    name = nm.group(1) if nm else None
    if not name or not _is_person_name(name) or pack.role.search(name.lower()) or any(w.lower() in pack.not_names for w in name.split()):
        return None
    mention = Mention(_full_name(name, memory), name, True, True)
    mention.order = memory.order - 1  # remembered for the next "il", "elle"
    memory.mentions.append(mention)
    return mention.name


def _is_person_name(name: str) -> bool:
    """Whether a source reads as a person's name: two or three capitalised words, no acronym."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)


def _last_word(s: str) -> str | None:
    r"""The word ending `s`, trailing spaces aside (what `([\w']+)\s*$` finds): matched at the
    start of the reversed text, where the search tries every position of a long clause."""
    m = _LAST_WORD_REVERSED.match(s[::-1])
    return m.group(1)[::-1] if m else None


def _adverbial(np: str, pack: Pack) -> bool:
    """Where nouns are capitalised, a phrase before the verb that ends in a lower-case word
    other than a pronoun ("Wenige Tage zuvor", "Zugleich") is an adverbial, not the subject."""
    if not pack.nouns_capitalised:
        return False
    words = np.split()
    while len(words) > 1 and words[-1] in pack.clitics:
        words.pop()  # "die Partei selbst": the subject, stressed
    if (
        len(words) >= 3
        and pack.postposed_adjective is not None
        and pack.postposed_adjective.fullmatch(words[-1])
        and pack.determiners.match(words[0].lower() + " ")
        and words[-2][:1].isupper()
    ):
        return False  # "Die Rote Halbmond marokkanische sagt": a copy's adjective after its noun, the subject
    # a compound's head after its hyphen: "auf dpa-Anfrage" ends in a noun
    return bool(words) and words[-1].rsplit("-", 1)[-1][:1].islower() and np.lower() not in pack.pronouns


def _subject_after_verb(norm: str, e: int, np: str, pack: Pack) -> bool:
    """Verb second with its object first: "Die Kosten bezifferte | der Sprecher der Stadt auf":
    a fronted phrase an object's article may open ("die", "das": no case shown), and a
    subject's article and a speaker's word right after the verb."""
    # "Weitere 20 Tote meldete das Ministerium", "Rund 300 Einsätze zählte die Feuerwehr": a
    # fronted phrase holding the figure, and no body or person, is the object too
    counted = any(c.isdigit() for c in np) and pack.role.search(np.lower()) is None
    if pack.subject_after is None or (np.split(" ", 1)[0].lower() not in pack.fronted_objects and not counted):
        return False
    nw = _NEXT_WORD.match(norm, e)
    if nw and nw.group(1) in pack.pronouns and nw.group(1) not in pack.impersonal:
        return True  # "Die Lücke zur Nato-Quote beziffern sie auf 22 Milliarden": the pronoun is the subject
    m = pack.subject_after.match(norm, e)
    if m is None and pack.subject_after_oblique is not None and (
        np.split(" ", 1)[0].lower() in pack.oblique_determiners or pack.role.search(np.lower()) is None
    ):
        # "Den Schaden beziffert | die Feuerwehr"; "Die Kosten beziffert | das Ministerium": a
        # fronted phrase that names no body or person is the object, the body after the subject
        m = pack.subject_after_oblique.match(norm, e)
    return m is not None and pack.role.fullmatch(m.group(1)) is not None


def _subject_after_finite(
    text: str, norm: str, s: int, e: int, verb: str, pack: Pack, memory: Memory
) -> tuple[str | None, str | None] | None:
    """(source, via) named right after the finite verb, inside a split verb ("hatte X gesagt",
    "teilte X mit") or after a simple one; "X unter Berufung auf Y": Y is the source, X relays."""
    first = verb.find(" ")
    if first > 0:
        np = _inverted_subject(text[: s + verb.rfind(" ")], norm, s + first, pack, verb)
        end = s + verb.rfind(" ")
    else:
        np = _inverted_subject(text, norm, e, pack, verb)
        end = e
    if np is not None and (dm := _GAP_DIGIT.search(np)) is not None:
        # "Insgesamt zählte die Behörde 12.400 Anträge": the subject, then what it counted;
        # "Wir haben 45 Verletzte gezählt": no article before the digit, so no subject
        np = np[: dm.start()].strip()
        np = np if pack.determiners.match(np.lower() + " ") and np.rsplit(" ", 1)[-1][:1].isupper() else None
    if np is None:
        return None
    source, via = _resolve_np(np, pack, memory)
    cm = pack.citing.search(norm, end, end + 80 + len(np))
    if cm and source and not _SENTENCE_END.search(norm, end, cm.start()):
        cited = text[cm.end() : _np_end(norm, cm.end(), pack, text)].strip(" ,")
        after = text[cm.end() + len(cited) : cm.end() + len(cited) + 2].strip()
        if cited and not _GAP_DIGIT.search(cited) and not after[:1].isdigit():
            # (not "gestützt auf Artikel 7": a law's article is no source)
            return _resolve_np(cited, pack, memory)[0], source
    return source, via


def _cited(text: str, norm: str, pos: int, pack: Pack) -> str | None:
    """The phrase cited right after a source: ", die sich auf den Zivilschutz beruft"."""
    m = _CITED_GAP.match(norm, pos)
    cm = pack.citing.match(norm, m.end()) if m else None
    if not cm:
        return None
    return text[cm.end() : _np_end(norm, cm.end(), pack, text)].strip(" ,") or None


_CITED_GAP = re.compile(r"\s*,?\s*")
_RELATIVE_AFTER = re.compile(r",\s*(\w+)\s")


def _np_before(text: str, pos: int, pack: Pack) -> int | None:
    """Start of the noun phrase ending at pos, read backwards (for a postposed "according
    to"): capitalised words, determiners and links, up to six words."""
    toks = list(_TOKEN.finditer(text, max(0, pos - 80), pos))
    start = None
    for m in reversed(toks[-6:]):
        w = m.group(0)
        lw = w.lower()
        if (
            w[0].isupper()
            or _elided_noun(w, pack)[:1].isupper()  # "dell'Anbi", "de l'Insee"
            or lw in pack.definite
            or lw in pack.complement_links
            or lw in pack.left_determiners
        ):
            start = m.start()
            continue
        break
    if start is not None:  # "è dell'Anbi": the name, not the link before it
        first = _TOKEN.match(text, start)
        if first and first.group(0).lower() in pack.complement_links:
            nxt = _TOKEN.search(text, first.end(), pos)
            start = nxt.start() if nxt else None
        elif first:
            start += len(first.group(0)) - len(_elided_noun(first.group(0), pack))  # "l'Associazione": its noun
    return start


_DAY_PAREN = re.compile(r"\(\d\d?\)")


def _definite(np: str, pack: Pack) -> bool:
    fm = _FIRST_WORD.match(np.strip(' ,«»"“”').lower().replace("’", "'"))
    return bool(fm) and fm.group(0) in pack.definite


def _name_join(c: str) -> bool:
    """Whether a name's word before its "and" ends so: a capital, or the hyphen of a compound
    whose head comes after it ("Wasserstraßen- und Schifffahrtsverwaltung")."""
    return c.isupper() or c == "-"


def _np_end(norm: str, pos: int, pack: Pack, text: str | None = None) -> int:
    """End of a noun phrase after 'selon': punctuation, a number or a clause word ends it."""
    stop = pack.np_end
    start = pos
    while True:
        m = stop.search(norm, pos)
        end = m.start() if m else len(norm)
        dm = _DAY_PAREN.match(norm, m.start()) if m and m.group(0) == "(" else None
        if dm:
            pos = dm.end()  # "divulgado nesta sexta-feira (14) pela Defesa Civil": a day, not the end
            continue
        if (
            text is not None
            and m
            and m.group(0).strip() in pack.clause_coordinators
            and text[m.end() : m.end() + 1].isupper()
            and _name_join((_last_word(text[: m.start()]) or text[: m.start()].rstrip()[-1:] or "x")[:1])
        ):
            # "Ministerio de Energía y Minas", "Wasserstraßen- und Schifffahrtsverwaltung":
            # one name across its "and"
            pos = m.end()
            continue
        if (
            m
            and m.group(0) == '"'
            and _QUOTED_NAME.match(norm, m.start())
            and (
                not norm[start : m.start()].strip()
                or (_last_word(norm[start : m.start()]) or "") in pack.complement_determiners | pack.definite
            )
        ):
            # "nach Informationen des „Spiegel“", "selon le « Monde »": a title in quotes after its article
            pos = _QUOTED_NAME.match(norm, m.start()).end()
            continue
        if m and m.group(0) == ".":
            wm = _last_word(norm[: m.start()])
            if wm and (wm in pack.honorifics or len(wm) == 1):
                pos = m.end()  # "M. Sánchez": an abbreviation, not the end
                continue
        if text is not None and pack.nouns_capitalised:
            end = _capitalised_np_end(text, start, end, pack)
        elif text is not None:
            end = _determiner_np_end(text, start, end, pack)
        return end


def _determiner_np_end(text: str, pos: int, end: int, pack: Pack) -> int:
    """A definite article right after a capitalised word opens the next phrase, where a comma
    was left out: "Selon MétéoSuisse | la neige a atteint", "Secondo Bellandi | l'operazione";
    not inside a name, after its link ("Banco de la República"). So does a plural noun after
    a name, in a machine translation's word order: "segundo a Asfinag | engarrafamentos"."""
    prev = ""
    capital_seen = False
    for m in _NAME_TOKEN.finditer(text, pos, end):
        w = m.group(0)
        lw = w.lower().replace("’", "'")
        det = lw in pack.definite or (lw.find("'") > 0 and lw[: lw.find("'") + 1] in pack.definite)
        # after a name, or after a body's word: "Per i sindacati | l'adesione allo sciopero"
        bare = prev.lower().replace("’", "'").rsplit("'", 1)[-1]  # "l'organizzazione": its noun
        if det and (prev[:1].isupper() or pack.role.fullmatch(bare)) and prev.lower() not in pack.definite:
            return m.start()
        if (
            det
            and capital_seen
            and prev.islower()
            and prev.endswith(pack.adjective_suffixes)
            and prev not in pack.complement_links
            and prev not in pack.name_links
            and prev not in pack.definite
        ):
            return m.start()  # "Per la Protezione civile | gli sfollati": after the name's adjective
        capital_seen = capital_seen or w[:1].isupper()
        if (
            not pack.head_final
            and prev[:1].isupper()
            and w.islower()
            and len(w) >= 6  # not "sans" ("Médecins sans frontières")
            and w.endswith("s")
            and not w.endswith(pack.adjective_suffixes)
            and lw not in pack.name_links
            and lw not in pack.complement_links
            and lw not in pack.complement_determiners
            and lw not in _PARTICLES
            and not pack.role.fullmatch(lw)
        ):
            return m.start()  # "segundo a Asfinag | engarrafamentos de até 15 quilómetros": a plural noun after the name
        prev = w
    return end


def _capitalised_np_end(text: str, pos: int, end: int, pack: Pack) -> int:
    """Where nouns are capitalised, a lower-case word after the noun that is no determiner,
    link or adjective after one ends the phrase: "laut dem Wirtschaftsplan des Fonds | sind"."""
    seen_noun, after_link, noun_at = False, True, pos
    tokens = list(_NAME_TOKEN.finditer(text, pos, end))
    for i, m in enumerate(tokens):
        w = m.group(0)
        lw = w.lower()
        if w[0].isupper():
            if not seen_noun or not after_link:
                noun_at = m.start()
            seen_noun = True
            after_link = w.endswith("-")  # "Wasserstraßen- und Schifffahrtsverwaltung": its head follows
        elif seen_noun and not after_link and lw in pack.clause_articles:
            # "nach Schätzung des Landwirtschaftsministeriums | die Ernten": an article no genitive
            # takes, right after a noun, opens the clause's next phrase
            return m.start()
        elif lw in pack.complement_links or lw in pack.definite or lw in pack.left_determiners or w == "&":
            after_link = True  # "laut Halsey & Tremayne": the ampersand joins one name
        elif seen_noun and not after_link:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.group(0)[:1].isupper() and _known_institution(text[noun_at : nxt.end()], pack.code):
                after_link = True  # "laut Ärzte ohne Grenzen": a little word inside a name the alias table knows
                continue
            return m.start()
    return end


# a name's acronym in brackets a few words on: "la Autorité Nationale d'Urgence et Protection
# Civile (ANEPC)", "Sistema Europeo de Información sobre Incendios Forestales (EFFIS)"
_ELIDED_LINK = re.compile(r"(?<![\w])(\w+['’])(?=[A-ZÀ-Ý])")  # "d'EDF", "dell'Istat": a link glued to a name
_ACRONYM_AHEAD = re.compile(r"([^,;:.!?()\d\n]{0,90}?)\(([A-Z][A-Za-z0-9-]{1,11})\)")
# a name whose words list its trades, between commas, then its acronym
_ACRONYM_LIST_AHEAD = re.compile(r"((?:,\s+[^\W\d][^,;:.!?()\d\n]{0,50}?){1,4})\s*\(([A-Z][A-Za-z0-9-]{1,11})\)")


def _to_acronym(text: str, end: int, pack: Pack) -> int:
    """Where a name that stops at `end` ends when its acronym follows: after the bracket when
    the words before it continue the name (capitalised words, links, "and"), else `end`."""
    m = _ACRONYM_AHEAD.match(text, end)
    if m is None:
        lm = _ACRONYM_LIST_AHEAD.match(text, end)
        parts = lm.group(1).split(",")[1:] if lm else []  # the group opens with a comma
        if parts and all(
            len(p.split()) <= 10 and (p.strip()[:1].isupper() or p.split()[0].lower() in pack.complement_links) for p in parts
        ):
            return lm.end()  # "Associação Nacional das Indústrias de Duas Rodas, Ferragens, Mobiliário e Afins (ABIMOTA)"
        return end
    words = _NAME_TOKEN.findall(m.group(1))
    if not words:
        return m.end()
    if len(words) > 8 or any(w.lower() in pack.relatives for w in words):
        return end
    # "... et des milieux aquatiques (OFB)": a name's own lower-case words, after a capital
    capitals = any(w[0].isupper() for w in words) or text[:end].rstrip()[-1:].isalpha()
    return m.end() if capitals else end


def _bare_article_lead(tl: re.Match | None, pack: Pack) -> bool:
    """Whether the word a verb was told to (`tl`, a match of pack.told_lead) is also an article
    ("revelou ontem a GNR": Portuguese "a" is "to" and "the"): then what follows is the
    speaker, not a listener."""
    lead = tl.group(0).strip() if tl else ""
    return bool(lead) and " " not in lead and pack.determiners.match(lead + " ") is not None


def _told_people(text: str, tl: re.Match | None, pack: Pack) -> bool:
    """Whether the words after a told lead (`tl`) are the people told, in lower case, and the
    clause ends there ("según ha explicado a los analistas.", "segundo disse aos jornalistas,")."""
    if tl is None or _bare_article_lead(tl, pack):
        return False  # "segundo informou a associação organizadora, Río Vivo": an article, the speaker
    rest = text[tl.end() : tl.end() + 40]
    end = min((i for i in (rest.find("."), rest.find(","), rest.find(";")) if i >= 0), default=-1)
    words = rest[:end].split() if end > 0 else []
    return 0 < len(words) <= 3 and all(w.islower() for w in words)


def _told_outlet(text: str, norm: str, pos: int, pack: Pack) -> tuple[str | None, int]:
    """(outlet, where it ends) when a verb at `pos` is followed by the outlet it was told
    ("dijo a la agencia EFE", "ha detto all'Ansa", "advirtió en declaraciones a RPP"); (None,
    pos) otherwise."""
    tl = pack.told_lead.match(norm, pos)
    if tl is None and pack.interview is not None:
        # "advirtió en declaraciones a RPP que ...": the interview the words were given in
        tl = pack.interview.match(norm, pos + len(norm[pos : pos + 3]) - len(norm[pos : pos + 3].lstrip()))
    if tl is None or not text[tl.end() : tl.end() + 1].isupper():
        return None, pos
    nm = _CAP_RUN.match(text, tl.end())
    lead = tl.group(0).rstrip()
    if " " in lead.strip():
        at = tl.start() + len(lead) - len(lead.rsplit(" ", 1)[-1])
        whole = _CAP_RUN.match(text, at) if text[at : at + 1].isupper() else None
        if whole is not None:
            nm = whole  # "disse à Agência Brasil": the lead's noun is the name's first word
    run = text[nm.start() : nm.end()]
    first = run.split(" ", 1)[0]
    if run.count(" ") >= 2 and any(c.isupper() for c in first[1:]):
        # "a déclaré à Keystone-ATS Lukas Imhof": an agency's acronym-like name, then the speaker
        return first, nm.start() + len(first)
    return run, nm.end()


def _starts_with_verb(norm: str, pos: int, pack: Pack) -> bool:
    """Whether a speech verb opens the text at pos (spaces aside)."""
    while pos < len(norm) and norm[pos] == " ":
        pos += 1
    m = pack.attribution.match(norm, pos)
    return m is not None and m.lastgroup != "according"


def _clause_subject(text: str, pos: int, pack: Pack) -> str | None:
    """The subject that opens the clause before `pos`: its determiner dropped, the name (and
    its bracketed acronym) up to the verb; where only names are capitalised, a phrase set off
    by commas ("La empresa, según sus propios datos,") is the subject whole."""
    head = text[:pos]
    cut = max(head.rfind(c) for c in ",;:") + 1
    seg = head[cut:].strip()
    if not pack.nouns_capitalised and head.rstrip().endswith(",") and 0 < len(seg.split()) <= 6:
        prev = head[: head.rstrip().rfind(",")]
        cut = max(prev.rfind(c) for c in ",;:") + 1
        seg = prev[cut:].strip()
        return seg if 0 < len(seg.split()) <= 6 else None
    toks = _TOKEN.findall(seg)
    if pack.verb_second and pack.adverbial_start.match(seg.lower()):
        # "Für eine zweite Ausbaustufe plant Heliovera nach eigenen Angaben": a fronted phrase,
        # the finite verb, then the subject (the capitalised words and their articles at the end)
        k = len(toks)
        while k > 1 and (toks[k - 1][:1].isupper() or pack.determiners.match(toks[k - 1].lower() + " ")):
            k -= 1
        if 1 < k < len(toks) and toks[k - 1].islower():
            toks = toks[k:]
    i = 0
    while i < len(toks) and pack.determiners.match(toks[i].lower() + " ") and not toks[i][0].isupper():
        i += 1
    if i < len(toks) and pack.determiners.match(toks[i].lower() + " ") and len(toks) > i + 1:
        i += 1  # "Die Glückskette": the article opens the sentence with a capital
    return _leading_name(toks[i:], pack)


def _instrument(np: str, pack: Pack) -> bool:
    """Whether a subject is a text or a measure with no name ("o acordo", "the new bill",
    "der Gesetzentwurf"), not someone who speaks."""
    core = _strip_det(np, pack)
    words = core.split()
    if not words or any(w[:1].isupper() for w in words[1:] if not pack.nouns_capitalised):
        return False
    if not pack.nouns_capitalised and words[0][:1].isupper() and core != np.strip():
        return False  # "Le Programme alimentaire mondial": a body's name, after its article
    if pack.nouns_capitalised:
        head = words[-1].lower()
        return len(words) <= 3 and any(head.endswith(w) for w in pack.not_speakers)
    heads = words[-1:] if pack.head_final else words[:1]
    return len(words) <= 4 and heads[0].lower() in pack.not_speakers


def _evidence_end(np: str, pack: Pack) -> str:
    """Where the owner comes before the evidence ("HHM-data", "BA-Angaben": the owner; in a
    head-final language "union information"), the phrase ends with the evidence noun: words
    after it that do not attach to it (not "of", "from", "by", a participle: "figures
    released by") belong to the clause."""
    words = np.split()
    for i, w in enumerate(words):
        low = w.lower().strip(",")
        owner, dash, tail = low.rpartition("-")
        if dash and owner and tail in pack.evidence_nouns:  # "HHM-data": HHM
            return " ".join([*words[:i], w[: len(owner)]])
        if pack.head_final and i and i < len(words) - 1 and low in pack.evidence_nouns and not w[:1].isupper():
            nxt = words[i + 1].lower()
            if nxt in pack.evidence_nouns:
                continue  # "the latest toll": the evidence goes on
            if nxt in pack.stopwords or nxt.endswith(pack.verb_endings):
                return np
            return " ".join(words[: i + 1])
    return np


def _subject_in_adverbial(seg: str, pack: Pack) -> str | None:
    """The subject at the end of a clause that opens with an adverbial and no comma after it
    ("For 2025 the HHM", "Per gli indennizzi agli allevatori la Regione"): the last phrase
    opened by a determiner that follows a word of the adverbial other than a preposition or
    a determiner. None where every noun is capitalised (the verb comes second there)."""
    if pack.nouns_capitalised:
        return None
    words = seg.split()
    for i in range(len(words) - 1, 0, -1):
        low = words[i].lower().replace("’", "'")
        if not pack.determiners.match(low + " "):
            continue
        prev = words[i - 1].lower().replace("’", "'")
        if pack.adverbial_start.fullmatch(prev) or pack.determiners.match(prev + " ") or prev in pack.stopwords:
            return None
        np = " ".join(words[i:])
        if len(words) - i > 6 or any(c.isdigit() for c in np) or np.lower() in pack.impersonal:
            return None
        return np
    return None


def _ends_in_role(word: str, pack: Pack) -> bool:
    """A compound whose last part is a role word: "bergbaubehörde", "umweltaufsicht"."""
    return any(m.end() == len(word) for m in pack.role.finditer(word))


def _leading_name(toks: list[str], pack: Pack) -> str | None:
    """The name that the tokens open with, its determiner already dropped: capitalised words,
    the links inside a name ("Consejería de Sanidad", "de la Pesca Artesanal"), a bracketed
    acronym, role words ("The union Unite") and one modifier before a role ("the dockers'
    union"); None when nothing names anyone or a bracket stays open."""
    out: list[str] = []
    depth = 0
    for k, t in enumerate(toks):
        low = t.lower()
        # a link word inside a name: "Consejería de Sanidad", "Office for Budget Responsibility"
        link = bool(out) and (low in pack.name_links or low in pack.complement_links) and k + 1 < len(toks)
        if link and pack.determiners.match(toks[k + 1].lower() + " ") and k + 2 < len(toks) and _CAPPED.match(toks[k + 2]):
            out.append(t)  # "de la Pesca Artesanal", "of the Interior": the article joins the name too
            continue
        if out and out[-1].lower() in pack.complement_links and pack.determiners.match(low + " "):
            out.append(t)
            continue
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif not (
            depth
            or _CAPPED.match(t)
            or (link and _CAPPED.match(toks[k + 1]))
            or pack.role.fullmatch(low)
            # a modifier before the role: "the dockers' union Unite", "die saarländische Gewerkschaft"
            or (not out and k + 1 < len(toks) and pack.role.fullmatch(toks[k + 1].lower()) and low not in pack.stopwords)
            # and before a compound ending in a role: "die chilenische Bergbaubehörde Sernageomin"
            or (
                not out
                and pack.nouns_capitalised
                and k + 1 < len(toks)
                and toks[k + 1][:1].isupper()
                and _ends_in_role(toks[k + 1].lower(), pack)
                and low not in pack.stopwords
            )
        ):
            break
        out.append(t)
    if not out or depth > 0:
        return None
    return " ".join(out).replace("( ", "(").replace(" )", ")")


def _opening_subject(text: str, pos: int, pack: Pack) -> str | None:
    """The subject that opens the sentence before `pos`, when it names someone: a name (and
    its bracketed acronym) or a role, its determiner dropped ("La Consejería de Sanidad", "The
    union Unite"); None for a common noun ("Les passages"), an opening adverbial or a wire's
    dateline alone. Where every noun is capitalised, only a phrase opened by a determiner."""
    head = text[:pos]
    dm = _DATELINE.match(head)
    start = dm.end() if dm else 0
    if head[start:].lstrip()[:1] in _OPEN_QUOTES:
        return None  # "« J'ai payé 480 euros », raconte-t-elle": a quotation opens it, no subject
    toks = _TOKEN.findall(head[start:])
    i = 0
    while i < len(toks) and pack.determiners.match(toks[i].lower() + " "):
        i += 1
    if pack.nouns_capitalised and not i:
        return None
    np = _leading_name(toks[i : i + 16], pack)
    if np is None or len(np.split()) > 14:
        return None
    n = len(np.split())
    if toks[i : i + n] == np.split():
        more = toks[i + n : i + n + 3]
        for k in range(len(more), 0, -1):
            if all(w.isalpha() for w in more[:k]) and _known_institution(" ".join([np, *more[:k]]), pack.code):
                np = " ".join([np, *more[:k]])  # "La Cour des comptes": the name the alias table knows
                break
    first = np.split()[0].lower()
    if first in pack.pronouns or first in pack.impersonal or any(c.isdigit() for c in np) or first in pack.number_words:
        return None  # (nor a number written out: "Sept décès ont été confirmés, a-t-elle précisé")
    n_np = len(np.split())
    if i + n_np < len(toks) and toks[i + n_np][:1].isdigit():
        return None  # "Around 1,200 homes were evacuated, a spokesperson ... told": a bound, then its number
    if not i and " " not in np and pack.adverbial_start.fullmatch(first):
        return None  # "En el ejercicio 2024 la Kessler facturó": a preposition, no name
    return np


def _is_age(number: str, unit: str, pack: Pack) -> bool:
    """Whether a number and the (lower-case) word after it are an age: "52 ans", "61 Jahre"."""
    return number.isdigit() and len(number) <= 3 and pack.time_unit_after.match(" " + unit) is not None


def _interviewed_end(low: str, pack: Pack) -> int | None:
    """Where an interview lead inside a phrase starts, the one reached before it ("un élu local |
    joint par téléphone par l'AFP"); None when the phrase holds none, or opens with it."""
    im = pack.interview.search(low) if pack.interview is not None else None
    return im.start() if im and im.start() > 0 else None


def _with_holder(text: str, np: str, pack: Pack) -> str:
    """A role opening the sentence with its holder named in apposition after it, a title of his
    own before the name: "The commander of the Police in the Zone 8, general Wilson Tapia,
    attributed ...": "commander of the Police, Wilson Tapia". (Only after a lower-case title: the
    bare name in apposition, read the same way, lowered the source links of a round never read.)"""
    at = text.find(np)
    if at >= 0 and pack.person_role.search(np.lower()):
        am = _ROLE_APPOSITION.match(text, at + len(np))
        if am and _looks_like_name(am.group(1)):
            return f"{np}, {am.group(1)}"
    return np


_ROLE_APPOSITION = re.compile(r"[^,.;:]{0,40}?,\s*(?:[a-zà-ÿ]+\s+)([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s*,")


def _possessive_phrase(np: str, pack: Pack) -> bool:
    """A phrase owned by someone not named in it: "sus datos", "i suoi dati"."""
    w = np.lower().split(" ", 2)
    return w[0] in pack.possessives or (len(w) > 2 and w[0] in pack.definite and w[1] in pack.possessives)


def _opening_source(text: str, pos: int, pack: Pack) -> str | None:
    """Who opens the sentence before `pos`: a name or a role, else a body by a common noun."""
    return _opening_subject(text, pos, pack) or _opening_body(text, pos, pack)


def _opener_speaks(text: str, pos: int, pack: Pack, memory: Memory) -> tuple[str | None, str | None] | None:
    """(source, via) of the name or body that opens the sentence before `pos`, for a pronoun or
    a possessive that no one named before can answer ("..., it said", "según sus datos");
    None when the sentence opens with no one (or with another pronoun)."""
    opener = _opening_source(text, pos, pack)
    if not opener or opener.lower() in pack.pronouns:
        return None
    return _resolve_np(opener, pack, memory)


def _last_body(text: str, pack: Pack) -> str | None:
    """The last body named by a determiner and one of the pack's bodies in `text` ("à la
    compagnie" -> "la compagnie"), or None."""
    toks = list(_TOKEN.finditer(text))
    for i in range(len(toks) - 1, 0, -1):
        w = toks[i].group(0)
        prev = toks[i - 1].group(0).lower()
        # after an article, or a preposition glued to one: "à la compagnie", "à companhia", "al grupo"
        if w.islower() and w in pack.org_roles and pack.determiners.match(prev + " "):
            return text[toks[i - 1].start() : toks[i].end()]
        if w.islower() and w in pack.org_roles and len(prev) <= 3 and prev.isalpha():
            return w
    return None


def _opening_noun(text: str, pack: Pack) -> str | None:
    """The determiner and common noun that open a sentence ("O santuário, que ..." -> "O
    santuário"), or None: where every noun is capitalised, or when the sentence opens otherwise."""
    toks = list(_TOKEN.finditer(text[:60]))
    if pack.nouns_capitalised or len(toks) < 2 or not pack.determiners.match(toks[0].group(0).lower() + " "):
        return None
    w = toks[1].group(0)
    ok = w.isalpha() and w.islower() and w not in pack.possessives and len(w) > 3
    if ok and pack.head_final and len(toks) > 2 and toks[2].group(0).isalpha() and text[toks[1].end() : toks[2].start()] == " ":
        # "The rail operator CP reported ...": where the head comes last, the first noun is a modifier
        nxt = toks[2].group(0)
        ok = not (nxt[:1].isupper() or nxt.lower() in pack.org_roles or pack.role.fullmatch(nxt.lower()))
    return text[toks[0].start() : toks[1].end()] if ok else None


def _opening_body(text: str, pos: int, pack: Pack) -> str | None:
    """A body named by a common noun that opens the sentence: "The airline carried ..." ->
    "airline" (a word of the pack's bodies, after its determiner and up to two adjectives)."""
    toks = _TOKEN.findall(text[: min(pos, 120)])
    i = 0
    while i < len(toks) and pack.determiners.match(toks[i].lower() + " "):
        i += 1
    if not i:
        return None
    for j in range(i, min(i + 3, len(toks))):
        w = toks[j]
        if not w.isalpha() or (j > i and not w.islower()):
            return None
        if w.lower() in pack.org_roles:
            return " ".join(toks[i : j + 1])
    return None


def _subject_after_first_word(text: str, pos: int, pack: Pack) -> str | None:
    """The subject after the finite verb that opens the text at `pos`: an article and up to three
    capitalised words ("beschäftigt | das Unternehmen"), or None."""
    toks = _TOKEN.findall(text[pos : pos + 100])
    if len(toks) < 3 or not toks[0].islower() or not pack.determiners.match(toks[1].lower() + " "):
        return None
    run = list(itertools.takewhile(lambda t: t[:1].isupper(), toks[2:5]))
    return " ".join([toks[1], *run]) if run else None


_TIME_TOKEN = re.compile(r"[^\W\d][\w'’-]*")


def _past_time_phrase(text: str, norm: str, pos: int, pack: Pack) -> int:
    """Where a time phrase at `pos` ends ("nella serata di ieri ", "am Dienstagabend "), or
    `pos`: its little words are lower case as written ("die Firma am Donnerstag" is a subject)."""
    tp = pack.time_phrase.match(norm, pos) if pack.time_phrase is not None else None
    if tp is None or tp.end() <= pos:
        return pos
    for m in _TIME_TOKEN.finditer(text, pos, tp.end()):
        if m.group(0)[:1].isupper() and not pack.time_word.fullmatch(m.group(0).lower()):
            return pos
    return tp.end()


def _statement_at(low: str, word: str, at: int, pack: Pack) -> bool:
    """Whether the place word at `at` opens where something was said: "| in una nota"."""
    return word in pack.name_places and pack.statement_lead is not None and pack.statement_lead.match(low, at) is not None


def _before_statement(np: str, pack: Pack) -> str:
    """A speaker's phrase up to where it was said: "il ministero dell'Interno | in una nota"."""
    if pack.statement_lead is None or " " not in np:
        return np
    low = np.lower()
    for m in _WORD.finditer(low):
        if m.start() and _statement_at(low, m.group(0), m.start(), pack):
            return np[: m.start()].rstrip()
    return np


def _inverted_subject(text: str, norm: str, pos: int, pack: Pack, verb: str) -> str | None:
    pm = pack.inversion.search(verb)
    if pm:
        pronoun = pm.group(0).rsplit("-", 1)[-1]  # a-t-il: il
        if pronoun in pack.impersonal and pack.impersonal_from is not None:
            # "indique-t-on à la mairie": no one says it; the place it was learnt from does
            am = pack.verb_adverbs.match(norm, pos)
            fm = pack.impersonal_from.match(norm, am.end() if am else pos)
            if fm:
                return text[fm.end() : _np_end(norm, fm.end(), pack, text)].strip() or pronoun
        return pronoun
    am = pack.verb_adverbs.match(norm, pos)
    pos = am.end() if am else pos
    pos = _past_time_phrase(text, norm, pos, pack)  # "ha reso noto nella serata di ieri la Prefettura": when, then who
    sm = pack.statement_lead.match(norm, pos) if pack.statement_lead is not None else None
    if sm and sm.end() > pos:
        # "ha fatto sapere in una nota diffusa in serata l'Asl": where it was said, then who
        pos = _past_time_phrase(text, norm, sm.end(), pack)
    words = []
    stop = len(text)
    quoted = False
    for m in _TOKEN.finditer(text[pos:]):
        w = m.group(0)
        lw = norm[pos + m.start() : pos + m.end()]
        stop = pos + m.start()
        if w == '"' and (quoted or (words and pack.determiners.match(words[-1].lower() + " "))):
            quoted = not quoted  # 'berichtet die "Süddeutsche Zeitung"': a title in quotes after its article
            continue
        if w in ';:!?"':
            break
        if w == ".":
            if words and words[-1].lower().rstrip(".") in pack.honorifics:
                words[-1] += "."
                continue
            break
        if w == ",":
            nxt = _NEXT_WORD.match(text, pos + m.end())
            if nxt and (nxt.group(1)[0].isupper() or pack.determiners.match(nxt.group(1).lower() + " ")):
                if nxt.group(1).lower() in pack.subject_stop:
                    break
                words.append(",")
                continue
            break
        if lw in pack.subject_stop and (
            lw in pack.subject_stop_always  # "sagte der Sprecher | zu Journalisten": whom he told, no portfolio
            or not (words and pack.person_role.fullmatch(words[-1].lower().replace("’", "'").rsplit("'", 1)[-1]))
        ):
            break  # "dijo en una rueda de prensa": a place, no subject after the verb (but "l'adjoint aux finances")
        if words and _statement_at(norm, lw, pos + m.start(), pack):
            break  # "ha ricordato il ministero dell'Interno | in una nota.": where it was said ends who
        if lw in pack.object_determiners and words and words[-1][:1].isupper():
            break  # "nannte Prorektorin Claudia Weber | die hohen Mieten": the object's article
        if lw.rstrip(".") in pack.honorifics and w.endswith("."):
            words.append(w)
            continue
        words.append(w.rstrip("."))
        if w.endswith(".") and lw.rstrip(".") not in pack.honorifics:
            break
        if len(words) > 14:
            break
    else:
        stop = len(text)
    while len(words) > 1 and pack.determiners.fullmatch(words[-1].lower() + " "):
        words.pop()  # "ha comunicado el consejo de dirección el | jueves": the day's article
    np = " ".join(words).replace(" ,", ",").strip(" ,")
    tw = pack.trailing_when.search(np.lower()) if " " in np else None
    if tw and tw.start() > 0:
        np = np[: tw.start()]  # ", a indiqué la préfecture lundi": when, not who
    digit = _GAP_DIGIT.search(text, stop, stop + 16) if np and stop < len(text) else None
    if digit is not None:
        bl = pack.bound_left.search(f"{np} {text[stop : digit.start()]}".lower())
        if bl and bl.start() < len(np):  # "hatte die Agentur etwas mehr als 1 Million": the number's bound, not the subject
            np = np[: bl.start()].rstrip(" ,")
            while pack.nouns_capitalised and np and np.rsplit(" ", 1)[-1].islower():
                np = np.rsplit(" ", 1)[0] if " " in np else ""  # and the adverb before it ("etwas")
    if (
        np
        and stop < len(text)
        and not pack.nouns_capitalised
        and pack.person_role.search(np.lower())
        and not any(w[:1].isupper() for w in np.split()[1:])
    ):
        rn = _ROLE_THEN_NAME.match(text, stop)
        if rn:  # "ha detto il ministro per la Protezione civile Fabio Landolfi.": the role's name ends the sentence
            return f"{np} {rn.group(1).strip()}"
    if np and stop < len(text) and pack.person_role.search(np.lower()) and "," not in np:
        comma = text.find(",", stop, stop + 80)  # "l'adjoint au maire de Chamonix chargé de la sécurité, Thierry Balmat"
        am_ = _APPOSED_NAME_ENDING.match(text, comma) if comma >= 0 else None
        if am_:  # "sagte der Leiter von Basarnas in Kendari, Agus Prasetyo, zu Reuters"; "…, Salvatore Taranto."
            return am_.group(1)
    if np and stop < len(text) and "(" not in np:
        ext = _to_acronym(text, stop, pack)
        if ext > stop:  # "a annoncé la direction générale des douanes et droits indirects (DGDDI)"
            np = f"{np} {text[stop:ext].strip()}"
    return np or None


RELATIVE_ANTECEDENT_WORDS = 4  # longer, the words before a relative are a clause, not a speaker


def _name_list_tail(seg: str, pack: Pack) -> bool:
    """Whether a segment ends a name's list after a comma: capitalised words, "and", a
    capitalised word ("Pesca y Alimentación" of "Ministerio de Agricultura, Pesca y Alimentación")."""
    words = seg.split()
    return (
        3 <= len(words) <= 6
        and words[0][:1].isupper()
        and any(
            w in pack.clause_coordinators and i > 0 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
            for i, w in enumerate(words[:-1])
        )
        and all(w[:1].isupper() or w in pack.clause_coordinators or w in pack.name_links for w in words)
    )


_ACRONYM_END = re.compile(r"\([A-Z][A-Za-z]{1,11}\)$")


def _spelled_by_acronym(np: str, pack: Pack) -> bool:
    """Whether a phrase ends with an acronym of 4 letters or more whose letters are the initials
    of the phrase's words, its links and articles aside ("Direction générale de la concurrence,
    de la consommation et de la répression des fraudes (DGCCRF)")."""
    m = _ACRONYM_END.search(np.strip())
    if m is None:
        return False
    acro = m.group(0)[1:-1].upper()
    skip = pack.name_links | pack.definite | set(pack.complement_links) | set(pack.clause_coordinators)
    words = [w.strip(",").lower().replace("’", "'").rsplit("'", 1)[-1] for w in np.strip()[: m.start()].split()]
    initials = "".join(w[:1] for w in words if w and w not in skip and not pack.determiners.fullmatch(w + " ")).upper()
    return len(acro) >= 4 and initials.endswith(acro)


_CLITIC_TOKEN = re.compile(r"\w+['’]?")  # "n’" and "en" in "qui n’en": an elided clitic keeps its apostrophe


def _title_quotes(left: str, pack: Pack) -> set[int]:
    """Where the quotation marks of a title after its article stand ('der "Spiegel"', 'le
    "Monde"'): they enclose a name, they do not open or close a quotation."""
    out: set[int] = set()
    for tm in _QUOTED_NAME.finditer(left):
        head = left[: tm.start()]
        word = _last_word(head)
        if not word or not head.endswith(" "):
            continue
        # 'der "Spiegel"', and after a noun its article opens: 'das Bündnis "Wald statt Werk"'
        word2 = _last_word(head[: -len(word) - 1]) if len(head) > len(word) + 1 else None
        if any(w and (w in pack.definite or w in pack.complement_determiners) for w in (word, word2)):
            out.update((tm.start(), tm.end() - 1))
    return out


# a comma, a relative word, then words up to the end with no comma: ", que en un primer comunicado"
_RELATIVE_SET_OFF = re.compile(r",\s+(\w+)\s+[^,]*$")


def _subject_before(text: str, norm: str, verb_start: int, pack: Pack) -> tuple[str | None, str | None]:
    """The subject of a speech verb: the clause before it, openers and relatives dropped.
    Returns (subject, relay): in 'le député X, citant le NIS, a déclaré', the NIS is the
    subject that counts and the député relays it."""
    left = norm[:verb_start]
    rel = _last_word(left)
    if rel and rel not in pack.subject_relatives and (rel in pack.clitics or "'" in rel or "’" in rel):
        # "le ministère, qui n'en recense que 37": past the clitics to the relative
        toks = list(_CLITIC_TOKEN.finditer(left, max(0, len(left) - 40)))
        while toks and toks[-1].group(0).replace("’", "'") in pack.clitics:
            toks.pop()
        if toks and toks[-1].group(0) in pack.subject_relatives:
            rel, left = toks[-1].group(0), left[: toks[-1].end()] + " "
    if rel and rel not in pack.subject_relatives:
        # "La empresa, que en un primer comunicado había hablado de": the relative, then a short
        # phrase of how or when (no article or name opening a subject of its own) before the verb
        rm = _RELATIVE_SET_OFF.search(left)
        if rm and rm.group(1) in pack.subject_relatives:
            inner = text[rm.end(1) : verb_start].split()
            if (
                2 <= len(inner) <= 5
                and not pack.determiners.match(inner[0].lower() + " ")
                and inner[0].lower() not in pack.clitics
                and inner[0][:1].islower()
                and pack.attribution.search(norm, rm.end(1), verb_start) is None
            ):
                rel, left = rm.group(1), left[: rm.end(1)] + " "
    if rel and rel in pack.subject_relatives:
        before = left[: left.rstrip().rfind(rel)].rstrip()
        if before.endswith(","):
            # "le SNPI, qui revendique 32 %", "precisa l'istituto, che rileva": the phrase before speaks
            return _antecedent(text, norm, len(before) - 1, pack), None
    if pack.article_relative is not None and left.rstrip().endswith(","):
        # "Trenitalia, die den Zug mit den ÖBB betreibt, nannte 286": the relative an article
        # opens before a lower-case word closed, the name before it speaks
        rc = left.find(", ")
        if rc > 0 and pack.article_relative.match(left, rc + 2):
            head = text[:rc].strip()
            if head[:1].isupper() and len(head.split()) <= 6 and not any(c.isdigit() for c in head):
                return head, None
    cut = 0
    last = None
    titled = _title_quotes(left, pack) if '"' in left else ()
    for m in pack.clause_cut.finditer(left):
        if m.start() in titled:
            continue  # 'Wie der "Spiegel" berichtete': a title in quotes after its article is no cut
        cut, last = m.end(), m
    if (
        last is not None
        and last.group(0) in pack.subject_relatives
        and left[cut:].strip()
        and not left[cut:].rstrip().endswith(",")
        and "," not in left[: last.start()]
        and len(left[cut:].split()) <= 5
        # not "Un numero che la prefettura ridimensiona": an article after the relative opens its own subject
        and not pack.determiners.match(left[cut:].lstrip())
        and len(left[: last.start()].split()) <= 8
        and pack.determiners.match(left.lstrip())
        and pack.attribution.search(left[: last.start()]) is None
        and _LETTER_NOUN.search(text, 0, last.start()) is not None
    ):
        # "A plataforma de sindicatos que convocou o protesto falou em 15 mil": the phrase opening
        # the sentence, its short relative set in without commas, speaks
        return text[: last.start()].strip(), None
    if last is not None and last.group(0) in pack.subject_relatives and (
        not left[cut:].strip() or left[cut:].rstrip().endswith(",")
    ):
        # "Las patronales CEOE y Cepyme, que ofrecían ...": the relative's subject is the phrase
        # before; "L'azienda, che conta 4.000 dipendenti, ha annunciato": the relative closed, the
        # verb's subject is the phrase before it too
        before = left[: last.start()].rstrip()
        if before.endswith(","):
            return _antecedent(text, norm, len(before) - 1, pack), None
        apposed = before.rfind(",")
        if (
            left[cut:].strip()
            and apposed > 0
            and "," not in before[:apposed]
            and pack.determiners.match(before[apposed + 1 :].strip())
            and text[:1].isupper()
            and pack.clause_cut.search(before) is None  # the sentence's first clause
        ):
            # "La Sac, la società che gestisce lo scalo, ha comunicato": the relative's noun is the
            # subject's apposition; the name before it speaks
            return text[: len(before)].strip(), None
    if last is not None and last.group(0) in pack.noun_relatives:
        # "..., the federation that manages the stockpile said": "that" after a short phrase led
        # by a determiner opens its relative, not what was said; the phrase speaks
        commas = [c.end() for c in _CLAUSE_COMMA.finditer(left, 0, last.start())]
        lead_at = commas[-1] if commas else 0
        phrase = norm[lead_at : last.start()].strip()
        if (
            pack.determiners.match(phrase)
            and len(phrase.split()) <= 4
            and not any(c.isdigit() for c in phrase)
            and not pack.attribution.search(phrase)  # "the ministry estimated that": what it said
        ):
            if commas:
                # "National Highways, the government-owned company that runs ..., said": the
                # phrase is the apposition of a name before its comma; the name speaks
                name_at = commas[-2] if len(commas) > 1 else 0
                name = text[name_at : commas[-1] - 1].strip()
                if name and len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split()):
                    return f"{name}, {text[lead_at : last.start()].strip()}", None
            return text[lead_at : last.start()].strip(), None
    if left.rstrip().endswith(","):
        # "The Alliance (AIA), which represents firms that supply materials, said": a relative
        # closed before the verb, with a clause of its own inside; the phrase before it speaks
        end = len(left.rstrip()) - 1
        for m in _WORD.finditer(left):
            if m.group(0) not in pack.subject_relatives:
                continue
            before = left[: m.start()].rstrip()
            # commas inside it only between names: "which looks after 60 lighthouses in England,
            # Wales and the Channel Islands, said"
            inner = [c.end() for c in _CLAUSE_COMMA.finditer(left, m.end(), end)]
            if before.endswith(",") and all(text[c:].lstrip()[:1].isupper() for c in inner):
                return _antecedent(text, norm, len(before) - 1, pack), None
    clause = text[cut:verb_start]
    if pack.source_from:
        head, _, rest_ = clause.strip().partition(" ")
        if (
            head.lower() in pack.source_from
            and rest_
            and "," not in rest_
            and (pack.determiners.match(rest_.lower()) or rest_[:1].isupper())  # "Dal Comune"
        ):
            return rest_, None  # "Desde la Consejería de Sanidad señalan que": the body speaks
    dm = _DATELINE.match(clause) if not cut else None
    if dm:  # "MADRID, 6 nov (Reuters) - El fabricante ... dijo": the agency wrote it, it did not say it
        clause = clause[dm.end() :]
    # a comma inside brackets splits no clause: "el Consejo (ICES, por sus siglas en inglés) aconsejó"
    # nor a comma between digits: "cujos associados venderam 25,4 mil milhões", "represents 10,000"
    segs = [s.strip().replace("\0", ",") for s in _CLAUSE_COMMA.split(_BRACKETED.sub(_hide_commas, clause))]
    keep: list[str] = []
    for n, seg in enumerate(segs):
        low = seg.lower()
        if not seg:
            continue
        first, _, after = seg.partition(" ")
        if after and first.lower() in pack.clause_coordinators:
            seg, low = after, after.lower()  # "..., and the RSPB warned that": the subject after "and"
        if pack.subject_openers is not None and pack.subject_openers.match(low) and len(seg.split()) >= 2:
            keep = [seg]  # "..., organisers said, while police put the number at 2,000": a new subject
            continue
        side = next((x for x in pack.source_side if low.startswith(x + " ")), None)
        if side and n == len(segs) - 2 and segs[-1].strip().lower() in pack.impersonal:
            # "Du côté de la préfecture, on indique que 450": the body on whose side "on" speaks
            return seg[len(side) :].strip(), None
        if low.startswith(pack.clause_openers) or pack.adverbial_start.match(low):
            # "En France, le gouvernement a déclaré": what comes before the adverbial is no
            # subject; after a subject it is an aside ("Il Codacons, in una nota, stima")
            if not keep or any(c.isdigit() for c in keep[-1]) or len(keep[-1].split()) > 6:
                keep = []
            inner = _subject_in_adverbial(seg, pack) if n == len(segs) - 1 else None
            if inner:  # "For 2025 the HHM expects", "Per gli indennizzi la Regione stima"
                keep = [inner]
            continue
        if pack.interview is not None and pack.interview.match(low):
            continue  # "Speaking to Reuters, Smith said": the outlet spoken to, no subject
        if n == len(segs) - 1 and first.lower() in pack.locative_relatives and after and (n or cut or dm):
            keep = [after]  # "en Allemagne, où la police fédérale (Bundespolizei) dit": the clause's own subject
            continue
        if pack.relative_start.match(low) and (n or cut or dm):
            continue  # at the sentence's start it opens no relative: "Dessen Präsident X forderte" (its)
        if keep and first.lower() in pack.complement_links and first.islower():
            if _ACRONYM_END.search(seg) and any(w[:1].isupper() for w in keep[-1].split()):
                # "la Direction générale de la concurrence, de la consommation et de la répression
                # des fraudes (DGCCRF) a publié": one name over its commas, closed by its acronym
                keep[-1] = f"{keep[-1]}, {seg}"
            continue  # "O Observatório ..., da UFMG, estima": the name's complement, not a new subject
        if seg.isdigit():
            continue  # "Il CEO Daniel Whitmore, 52, ha detto": an age, not the speaker
        if keep and low in pack.stressed_pronouns and not any(c.isdigit() for c in keep[-1]):
            continue  # "le ministère, lui, fait état de 12,8 %": the pronoun stresses the subject
        head, _, unit = low.partition(" ")
        if _is_age(head, unit, pack):
            continue  # "Hugo Lantier, 52 ans, a mis en garde", "61 Jahre": an age too
        if (
            keep
            and pack.apposed_participle is not None
            and pack.apposed_participle.match(low)
            and not pack.via_after.match(low)  # "cité par l'agence Reuters": a relay, read below
        ):
            am = pack.agent.search(low)
            if am and am.start() > pack.apposed_participle.match(low).end():
                am = None  # "condotto su un campione di 1.200 persone": "di" far from the participle is no agent
            if am and _strip_det(keep[-1], pack).lower().split(" ")[0] in pack.evidence_nouns:
                # "The figures, released by HMRC on Tuesday, show": the evidence's owner speaks
                agent = seg[am.start(1) :]
                tw = pack.trailing_when.search(agent.lower())
                keep[-1] = agent[: tw.start()] if tw and tw.start() > 0 else agent
            continue  # "A IFI, ligada ao Senado, avalia": a description of the subject, no new one
        if _starts_with_verb(low, 0, pack):
            continue  # "Il ministero, riferisce l'ANSA, ha smentito": a relay between subject and verb
        keep.append(seg)
    if not keep:
        return None, None
    if len(keep) >= 2 and keep[-2][:1].islower() and not pack.role.search(keep[-2].lower()) and _looks_like_name(keep[-1]):
        # "À Tamassint, l'un des villages les plus touchés, Fatima Azzouzi, 61 ans, dit": the
        # place's apposition, then the person's name; she speaks
        keep = keep[-1:]
    if len(keep) >= 2 and keep[-2].split()[-1][:1].isupper() and _name_list_tail(keep[-1], pack):
        keep[-2:] = [f"{keep[-2]}, {keep[-1]}"]  # "el Ministerio de Agricultura, Pesca y Alimentación"
    relay = None
    relayed = [k for k in keep if pack.via_after.match(k.lower())]
    if relayed:  # "Le porte-parole, Pat Ryder, cité par l'agence Reuters, a affirmé"
        vm = pack.via_after.match(relayed[-1].lower())
        relay = relayed[-1][vm.end() :]
        keep = [k for k in keep if k not in relayed]
        if not keep:
            return None, None
    citing = [k for k in keep if pack.citing.match(k.lower())]
    if citing:
        cm = pack.citing.match(citing[-1].lower())
        subject = citing[-1][cm.end() :]
        others = [k for k in keep if k not in citing]
        relay = ", ".join(others) if others else None
        return subject, relay
    np = (
        ", ".join(keep[-2:])
        if len(keep) >= 2
        and (
            _looks_like_name(keep[-1])
            # "Samajwadi Party chief Akhilesh Yadav, the main opposition leader in the state, said":
            # a name, then a description of the same person set off by commas
            or (
                keep[-1][:1].islower()
                and pack.determiners.match(keep[-1].lower())
                and pack.person_role.search(keep[-1].lower()) is not None
                and bool(keep[-2].split())
                and _is_person_name(" ".join(keep[-2].split()[-2:]))
            )
        )
        and len(keep[-2].split()) <= 8  # not a clause before
        # nor a clause with figures: "Council tax to rise 5% in April, Treasury confirms"
        and not any(c.isdigit() for c in keep[-2])
        and pack.vague.search(keep[-2].lower()) is None
        else keep[-1]
    )
    aux = np.rsplit(" ", 1)
    if len(aux) == 2 and aux[1].lower() in pack.speech_auxiliaries:
        np = aux[0]  # "Green councillors have called for": the auxiliary is the verb's
    if np == keep[-1] and " " in np:
        om = _opener_in(np.lower(), pack)
        if om is not None and om.start() > 0 and np[om.end() :].strip().lower() in pack.pronouns:
            np = np[om.end() :].strip()  # "the police said on Monday as it announced": "it", the opener's subject
    if np.strip().lower().replace("’", "'") in pack.negated_modals:
        return None, None  # "authorities that cannot show they are spending it": a modal, no subject
    lead = np.split(" ", 1)[0]
    if pack.head_final and len(segs) > 1 and np == keep[-1] and lead.islower() and lead.endswith("ing") and len(lead) > 5:
        return None, None  # "..., suggesting investors see little chance": a participle's clause, no speaker
    om = pack.subject_openers.match(np.lower()) if pack.subject_openers is not None else None
    if om:  # "enquanto a empresa propôs": the subject after "while"
        np = np[om.end() :].lstrip()
    if (
        len(keep) >= 2
        and np == keep[-1]
        and keep[-1] == keep[-1].lower()
        and not pack.determiners.match(keep[-1].lower())
        and len(keep[-1].split()) <= 6
        and len(keep[-2].split()) <= 5
        and not any(c.isdigit() for c in keep[-2] + keep[-1])
        and any(t[:1].isupper() for t in keep[-2].split()[1:] or keep[-2].split())
    ):
        # "Le SNUipp-FSU, premier syndicat du primaire, revendique": the name, not its apposition
        np = keep[-2]
    if (
        len(keep) >= 2
        and np == keep[-1]
        and keep[-1][:1].islower()
        and not pack.determiners.match(keep[-1].lower())
        and (rm := pack.role.match(keep[-1].lower())) is not None
        and rm.start() == 0
        and _ACRONYM_END.search(keep[-2]) is not None
    ):
        # "La Organización Panamericana de la Salud (OPS), oficina regional de la OMS, informó":
        # the name, not the description set after it
        np = keep[-2]
    if (
        len(keep) >= 2
        and np == keep[-1]
        and _possessive_role(keep[-1])
        and len(keep[-1].split()) <= 6
        and not any(c.isdigit() for c in keep[-2] + keep[-1])
        and any(t[:1].isupper() for t in keep[-2].split())
    ):
        # "The CCOO union, Spain's second-largest, said", "Miles Penrose, Trinity House's director
        # of operations, said": the name, not its apposition
        np = keep[-2]
    lead = keep[-1].split(" ", 1)[0].lower().replace("’", "'").split("'")[0] if keep else ""
    if (
        len(keep) >= 2
        and np == keep[-1]
        and lead in pack.data.ARTICLE_WORDS
        and _strip_det(keep[-2], pack)[:1].isupper()
        and len(keep[-2].split()) <= 10
        and not any(c.isdigit() for c in keep[-2])
    ):
        # "L'Osservatorio siriano per i diritti umani, una ong con sede nel Regno Unito, ha
        # parlato di 63": a description with an indefinite article says what the name before is
        np = keep[-2]
    if (
        len(keep) >= 2
        and np == keep[-1]
        and (_looks_like_name(keep[-2]) or _body_name(keep[-2], pack))
        # "Ofwat, the water regulator, said": one word names a body when a lower-case description follows
        and (len(keep[-2].split()) >= 2 or (keep[-1] == keep[-1].lower() and not any(c.isdigit() for c in keep[-1])))
        and pack.determiners.match(keep[-1].lower())
        and len(keep[-1].split()) <= 12
    ):
        # "Carmen Ortuño, the ministry's director general of public health, told", "Julián
        # Serrat, an emergency doctor at a Seville hospital, told": the name, not its description
        np = keep[-2]
    if (
        len(keep) >= 2
        and np == keep[-1]
        and pack.person_role.match(keep[-1].lower())
        and len(keep[-1].split()) <= 12
        and len(keep[-2].split()) >= 2
        and all(w[:1].isupper() for w in keep[-2].split()[-2:])
        and not pack.determiners.match(keep[-1].lower())
        # "delegado Ricardo Lemos": the role's own name (not a body's after its link: "general
        # secretary of the National Education Union")
        and not (
            _looks_like_name(" ".join(keep[-1].split()[-2:]))
            and not any(w in pack.complement_links for w in keep[-1].lower().split()[1:-2])
        )
    ):
        # "o engenheiro Rogério Antunes, professor da UFPR, alerta": a role without an article
        # after a name describes the name's bearer, who speaks
        np = keep[-2]
    head, _, last = np.rpartition(" ")
    if head and last.lower() in pack.relatives and not (last.isupper() and len(last) > 1):  # not "The WHO"
        # "le ministre qui a déclaré": the relative's antecedent speaks; a whole clause before
        # it ("le gouvernement a présenté un projet de budget qui prévoit") names no one
        np = head.rstrip()
        if len(np.split()) > RELATIVE_ANTECEDENT_WORDS:
            return None, None
    long_name = (
        _ACRONYM_END.search(np) is not None
        and not pack.nouns_capitalised
        and all(
            w.lstrip("(")[:1].isupper() or w.lower() in pack.name_links or w.lower() in pack.complement_links or pack.determiners.fullmatch(w.lower() + " ")
            for w in np.split()[1:]
        )
    )  # a long name closed by its acronym: "la Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja (FICR)"
    # ... or spelled by its acronym, lower-case words and all: "la Direction générale de la
    # concurrence, de la consommation et de la répression des fraudes (DGCCRF)"
    long_name = long_name or _spelled_by_acronym(np, pack)
    if (len(np.split()) > 14 and not long_name) or (np[:1].isdigit() and not any(w[:1].isupper() for w in np.split()[1:])):
        return None, None  # "... 49,9 percent, plans": a number's tail, not a speaker
    words = np.split()
    if len(words) >= 3 and words[-1].lower() in pack.pronouns and words[-2].lower() in pack.clause_coordinators:
        # "Le maire de Lipari a demandé l'état d'urgence et il estime": the pronoun after "and"
        # is the subject that opens the sentence
        return _opening_subject(text, verb_start, pack) or words[-1], relay
    tw = pack.trailing_when.search(np.lower())
    if tw and tw.start() > 0:
        np = np[: tw.start()]  # "He later told Reuters": the pronoun, not its adverb
    low = np.lower().strip()
    lead = next((a for a in pack.as_leads if low.startswith(a + " ")), None)
    if lead:  # "Come la diocesi ha comunicato, ...": the subject after "as"
        np, low = np[len(lead) + 1 :].lstrip(), low[len(lead) + 1 :].lstrip()
    if low in pack.impersonal:
        return None, None
    return np, relay


def _possessive_role(seg: str) -> bool:
    """A description led by an owner's name: "Spain's second-largest", "Trinity House's director
    of operations", "Acme Foods' head of sales" (capitalised words, the last with "'s", then
    lower-case ones; not "Portugal's ICNF", a name)."""
    words = seg.split()
    owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))), None)
    return (
        owner is not None
        and owner < len(words) - 1
        and all(w[:1].isupper() for w in words[: owner + 1])
        and all(w.islower() for w in words[owner + 1 :])
    )


def _antecedent(text: str, norm: str, comma: int, pack: Pack) -> str | None:
    """The phrase a relative after `comma` stands for: its clause's last segment, a speech
    verb before it dropped ("explicó Sánchez, que añadió": Sánchez)."""
    cut = 0
    for m in pack.clause_cut.finditer(norm, 0, comma):
        cut = m.end()
    start = max(cut, text.rfind(",", 0, comma) + 1)
    vm = None
    for m in pack.attribution.finditer(norm, start, comma):
        # "explicó Sánchez, que añadió", "según el servicio de bomberos, que añadió": the verb or
        # the according cue that opens the segment is no part of the name
        lead = norm[start : m.start()].split()
        if not lead or all(w in pack.clitics for w in lead):  # "Así lo ha señalado la ministra, que"
            vm = m
    if vm is not None:
        start = vm.end()
        am = pack.verb_adverbs.match(norm, start, comma)
        if am:
            start = am.end()  # "a annoncé mardi sa direction, qui chiffre": the time is no part of the name
    np = text[start:comma].strip()
    low = np.lower()
    if start > cut + 1 and not pack.determiners.match(low) and pack.person_role.match(low):
        # "explicó Francisco Moya, gerente de la cooperativa X, quien precisó": the relative
        # stands for the person the role describes, named just before it
        name = _trailing_name(text[max(cut, text.rfind(",", 0, start - 1) + 1) : start - 1])
        if name:
            return name
    if start > cut + 1 and np[:1].islower() and not pack.determiners.match(low) and low.split(" ", 1)[0].endswith(pack.adjective_suffixes):
        # "il Nézőpont, vicino al governo, che attribuisce": an adjective's aside describes the
        # name before it, which the relative stands for
        prev = text[max(cut, text.rfind(",", 0, start - 1) + 1) : start - 1]
        name = _trailing_name(prev, min_words=1)
        if name and len(name.split()) < len(prev.split()):  # a name after other words, not a sentence's first word alone
            return name
    reached = _interviewed_end(low, pack)
    if reached is not None:
        # "Un élu local joint par téléphone par l'AFP, qui a requis l'anonymat": the one reached
        # is the relative's antecedent, not the outlet that reached him
        np, low = np[:reached].rstrip(" ,"), low[:reached].rstrip(" ,")
    elif len(np.split()) > 3:
        pm = pack.agent.search(low)  # "appelés à la grève par le Syndicat national (SNPI), qui": the agent
        # (not a link inside a name: "O Ministério da Saúde, que enviou ...")
        if pm and not (_last_word(np[: pm.start()]) or "")[:1].isupper():
            np, low = np[pm.start(1) :], low[pm.start(1) :]
    if not np or low in pack.impersonal or low in pack.pronouns or len(np.split()) > 14:
        return None
    return np


def _trailing_name(seg: str, min_words: int = 2) -> str | None:
    """The person's name that ends a segment ("explicó a EFE Francisco Moya" -> "Francisco
    Moya"): its last capitalised words, two to four, an outlet's acronym before them left out;
    with `min_words=1`, a body's one-word name too ("il Nézőpont")."""
    toks = seg.split()
    run: list[str] = []
    for t in reversed(toks):
        if not (t[:1].isupper() or (run and t.lower() in _PARTICLES)) or len(run) == 4:
            break
        if run and t.isupper() and len(t) > 1:
            break  # "a EFE Francisco Moya": the outlet told
        run.insert(0, t)
    while run and run[0].lower() in _PARTICLES:
        run.pop(0)
    return " ".join(run) if len(run) >= min_words else None


def _body_name(seg: str, pack: Pack) -> bool:
    """A body's long name, its article aside: capitalised words and the links names take ("The
    Syrian Observatory for Human Rights")."""
    toks = _strip_det(seg, pack).split()
    return 2 <= len(toks) <= 8 and toks[0][:1].isupper() and all(t[:1].isupper() or t.lower() in pack.name_links for t in toks)


def _looks_like_name(seg: str) -> bool:
    toks = seg.split()
    return 1 <= len(toks) <= 4 and all(t[0].isupper() or t.lower() in _PARTICLES for t in toks)


# --- names -----------------------------------------------------------------------


def _strip_det(np: str, pack: Pack) -> str:
    """The phrase without its leading determiners (Il Service, l’agence) and trailing clitics (y, en)."""
    s = np.strip(" ,«»\"“”'")
    for _ in range(3):
        m = pack.determiners.match(s.lower().replace("’", "'"))
        if not m or m.end() == 0:
            break
        if s[:1].isupper() and _titled(s, pack):
            break  # "Le Monde", "El País", "Der Spiegel": the article is part of the title
        s = s[m.end() :].lstrip()
    words = s.split(" ")
    while len(words) > 1 and words[-1].lower().replace("’", "'") in pack.clitics:
        words.pop()
    return " ".join(words)


def _titled(s: str, pack: Pack) -> bool:
    """Whether a phrase opens with a title that the alias table spells with its article ("Le
    Monde", "La Repubblica", "The Guardian"; not "The NAO", whose article is no part of it)."""
    words = s.split(" ", 4)
    if len(words) < 2 or not words[1][:1].isupper():
        return False  # most phrases after a capitalised article are no title: "Le ministère"
    return any(
        words[k - 1][:1].isupper() and _spelled_with_article(" ".join(words[:k]).strip(" ,.;:"), pack.code)
        for k in range(min(len(words), 4), 1, -1)
    )


@lru_cache(maxsize=4096)
def _spelled_with_article(name: str, lang: str) -> bool:
    from figtrail.link.aliases import ENTRIES, lookup

    low = name.lower()
    return any(low == n.lower() for k in lookup(name, lang) for names in ENTRIES[k].names.values() for n in names)


def _previous_opener_person(pack: Pack, memory: Memory) -> str | None:
    """The person, named with a role, who opens the sentence before ("Alpenmatt-Chef Martin
    Brügger entschuldigte sich.", "Verteidigungsminister Boris Pistorius (SPD) setzt auf"),
    though no speech verb named them there; remembered for the next "er", "he"."""
    if memory.previous is None:
        return None
    toks = _TOKEN.findall(_PAREN.sub(" ", memory.previous.text[:200]))  # "Boris Pistorius (SPD)": no party
    while toks and pack.determiners.match(toks[0].lower() + " "):
        toks = toks[1:]
    opener = _leading_name(toks[:16], pack)
    if (
        opener
        and pack.person_role.search(opener.lower().replace("-", " "))  # "Alpenmatt-Chef"
        and sum(w[:1].isupper() for w in opener.split()[1:]) >= 1
    ):
        run = _name_run(opener, pack)
        if run:
            mention = Mention(_full_name(_drop_title(run, pack), memory), opener, True, True)
            mention.order = memory.order - 1
            memory.mentions.append(mention)
            return mention.name
    return None


def _resolve_np(np: str, pack: Pack, memory: Memory, depth: int = 0) -> tuple[str | None, str | None]:
    """(source, via) for a noun phrase naming a speaker; remembers what it names."""
    # an evidence word sends the phrase on to its owner; a German evidence noun alone ("Bilanz")
    # is also a capitalised run, the owner of itself: the depth bounds that
    if depth > MAX_RESOLVE_DEPTH:
        return None, None
    via = None
    if "(" in np:
        np = _AGE_AFTER_NAME.sub("", np)  # "Lukas Imhof (47), Leiter des Zentrums": the age aside
    m = pack.via_after.search(np.lower())
    if m:
        via_np = np[m.end() :]
        np = np[: m.start()].strip(" ,")
        via = _resolve_np(via_np, pack, memory, depth + 1)[0]
        if (
            len(np.split()) <= 2
            and not any(w[:1].isupper() for w in np.split())
            and not pack.role.search(np.lower())
            and _strip_det(np, pack).lower().split(" ", 1)[0] not in pack.unnamed_sources  # "fuentes policiales citadas por EFE"
        ):
            # "secondo quanto riportato dal Corriere della Sera": no one before the relay, so
            # the outlet itself says it
            return via, None
    aw = np.split()
    if (
        len(aw) >= 4
        and _is_age(aw[-2], aw[-1].lower(), pack)
        # "a précisé le dirigeant de 52 ans": he, the person named before (read below as an age)
        and not (aw[0].lower() in pack.definite and any(x.named and x.person for x in memory.recall()))
    ):
        # "Uma líder comunitária de 54 anos": her age is no part of who speaks
        aw = aw[:-2]
        if aw[-1].lower() in pack.complement_links:
            aw = aw[:-1]
        np = " ".join(aw)
    reached = _interviewed_end(np.lower(), pack)
    if reached is not None and pack.role.search(np[:reached].lower()):
        # "Un élu local joint par téléphone par l'AFP": the one reached speaks; the outlet that
        # reached him relays (read for the sentence)
        np = np[:reached].rstrip(" ,")
    cw = np.split()
    if (
        len(cw) >= 4
        and cw[1].lower() in pack.client_links
        and cw[0][:1].isupper()
        and pack.role.search(cw[0].lower()) is None
        and pack.determiners.match(cw[2].lower() + " ")
        and cw[3][:1].isupper()
    ):
        # "Ipsos per il Corriere della Sera", "Ifop pour le Figaro": a pollster's one-word name,
        # then the client it worked for (not "Istituto per la Protezione": a body's word opens a name)
        np = cw[0]
    if pack.nouns_capitalised and " " in np:
        np = _without_extended_attribute(np, pack)  # "das im SDax notierte Unternehmen": das Unternehmen
    if pack.head_final and "ing " in np:
        np = _without_ing_clause(np, pack)  # "The union representing the mine's 900 workers": the union
    bare_np = np.strip(" ,")
    dm_ = pack.determiners.match(bare_np.lower())
    qm = _NOUN_THEN_TITLE.match(bare_np[dm_.end() :] if dm_ else bare_np) if bare_np[-1:] in "“”\"»" else None
    if qm and qm.group(1)[:1].isupper() and not pack.role.fullmatch(qm.group(2).lower()):
        # 'das Bündnis „Wald statt Werk“': a body's noun and its name in quotes, as written
        mention = Mention(qm.group(0), np, False, True, memory.order)
        memory.mentions.append(mention)
        return mention.name, via
    low = np.lower().strip(" ,")
    aged = _age_description(low, pack)  # "sagte die 54-Jährige", "the 58-year-old said": as "she", "he"
    if low in pack.pronouns or aged:
        said = [x for x in memory.recall() if not x.relay]
        people = [x for x in said if x.named]
        if not people and " " not in low:
            # "Nathalie Appéré a présenté son budget. « ... », a-t-elle annoncé"
            person = _previous_person(memory, pack)
            if person:
                return person, via
        if aged or low in pack.person_pronouns:  # "she says": a person, not the agency named last
            persons = [x for x in people if x.person]
            named_before = _person_in_previous(memory, persons)
            if named_before is not None:
                # "... and Hale apologised to runners. He denied reports that thousands ...": the
                # person the sentence before names, though no speech verb named him there
                return named_before, via
            if memory.previous is not None and (not persons or persons[-1].order < memory.order - 1):
                # "Alpenmatt-Chef Martin Brügger entschuldigte sich. ... , sagte er.": the person
                # who opens the sentence before, though no speech verb named him
                # or named without a role: "Miriam Oltmanns von der Bertelsmann Stiftung hält ... «...», sagt sie."
                opener = _previous_opener_person(pack, memory)
                if opener:
                    return opener, via
            people = persons or people
        elif low in pack.pronoun_genders and memory.said.get(memory.order - 1) is None and (opener := _previous_person(memory, pack)):
            # "Miriam Oltmanns von der Bertelsmann Stiftung hält ... «...», sagt sie.": "sie" may be
            # she; the person whose name opens the sentence before, though no verb named her
            return opener, via
        elif not people:  # "the coast guard said ... it said": a speaker named by a description
            people = [x for x in said if not x.person]
        if low in pack.pronoun_genders and memory.current is not None and re.search(rf"[:;]\s+{re.escape(np.strip())}\s", memory.current.text):
            # "Die Polizei kam auf eine niedrigere Zahl: Sie schätzte die Menge auf 450.000": the
            # body that opens the sentence, before the colon
            subject = _opening_subject(memory.current.text, memory.current.text.find(":"), pack)
            if (
                subject
                and pack.role.search(subject.lower())
                and not pack.person_role.search(subject.lower())
                and _head_gender(subject, pack) in (None, pack.pronoun_genders[low])
            ):
                return _resolve_np(subject, pack, memory, depth + 1)[0], via
        if low in pack.pronoun_genders:
            # "Der Verband (FH) meldete ... Die Manufaktur streicht 120 Stellen, wie sie bekanntgab":
            # "sie" is no "Verband" (a masculine head says "er")
            want = pack.pronoun_genders[low]
            shown = {x.name: {g for y in memory.mentions if y.name == x.name and (g := _head_gender(y.np, pack))} for x in people}
            people = [x for x in people if x.person or not shown[x.name] or want in shown[x.name]]
        if (
            low not in pack.person_pronouns
            and not pack.nouns_capitalised
            and memory.previous is not None
            and memory.said.get(memory.order - 1) is None
            and (not people or people[-1].order < memory.order - 1)
        ):
            # "Volantis, qui opère 62 rotations, est la compagnie la plus touchée. Elle dit avoir
            # dû annuler 210 vols": a pronoun that may stand for a body is the one-word name that
            # opens the sentence before, its subject, though no speech verb named it there
            subject = _opening_subject(memory.previous.text, len(memory.previous.text), pack)
            if subject and subject[:1].isupper() and " " not in subject and not pack.role.search(subject.lower()):
                return subject, via
        if not people and low not in pack.impersonal:
            # "Un élu local ... a dit avoir vu 60 corps. Selon lui, des centaines ...": the person
            # who spoke last, though named only by a role
            described = [x for x in said if pack.person_role.search(x.np.lower())]
            if described:
                return described[-1].name, via
        return (people[-1].name if people else None), via
    if low in pack.impersonal:
        return None, via
    first, _, rest = low.partition(" ")
    if first in pack.definite and rest.split(" ", 1)[0] in pack.possessives:
        first, _, rest = rest.partition(" ")  # "secondo il suo rapporto annuale": its owner's report
    if first in pack.possessives and rest and not any(w[:1].isupper() for w in np.split()[1:]):
        # "Selon l'ACPR, ses contrôleurs ont relevé": the owner named last speaks through them
        owners = [x for x in memory.recall() if x.named and not x.person and not x.relay and x.order <= memory.order]
        if pack.role.fullmatch(rest):
            # "a indiqué sa direction": the management of a body named in this sentence or the one
            # before, not of a court named paragraphs earlier
            owners = [x for x in owners if x.order >= memory.order - 1]
        prev = memory.said.get(memory.order - 1)
        if prev and _is_person_name(prev) and not (owners and owners[-1].order == memory.order):
            # "Markus Feldhaus dijo que ... . Según sus cálculos, 900 millones": the person who
            # spoke in the sentence just before
            return prev, via
        if not (owners and owners[-1].order >= memory.order - 1):
            # "Verteidigungsminister Boris Pistorius setzt auf einen neuen Wehrdienst. Nach seinen
            # Plänen sollen ...": the person who opens the sentence just before, though no speech
            # verb named them there
            person = _previous_opener_person(pack, memory)
            if person:
                return person, via
        if (
            pack.head_final
            and not (owners and owners[-1].order >= memory.order - 1)
            and pack.org_roles.intersection(rest.split())
            and memory.current is not None
            and memory.current.text.lstrip().lower().startswith(low)
        ):
            # "Saudi Arabia has not published a toll. Its health ministry said ...": no speaker of
            # the sentences just before owns it; the body it describes, opening the sentence
            return np.strip().split(" ", 1)[1], via
        if owners:
            return owners[-1].name, via
        return None, via  # "segundo os seus serviços" with no one named: the sentence's opener, read after
    core = _strip_det(np, pack)
    if not core:
        return None, via
    if pack.spokes_roles and _spokes_phrase(core.replace("’", "'"), pack):
        body = _spokes_body(pack, memory)
        if body:
            return body, via
    if pack.evidence_suffixes and " " not in core and core.lower().endswith(pack.evidence_suffixes):
        suffix = next(x for x in pack.evidence_suffixes if core.lower().endswith(x))
        owner = core[: -len(suffix)]
        if len(owner) >= 4:  # "Polizeiangaben": the police; "Regierungsangaben": the government
            # the joining "s" of a compound: "Unternehmensangaben", "Verbandsangaben" (not "Landkreis")
            owner = owner[:-1] if owner.endswith(("ungs", "heits", "keits", "ions", "ums", "ats", "amts", "ens", "ands", "erns", "ers", "afts")) else owner
            return _resolve_np(owner, pack, memory, depth + 1)[0], via
    if pack.genitive_determiners and low.split(" ", 1)[0] in pack.genitive_determiners:
        core = _nominative(core, pack)
    lead = core.split(" ", 3)
    if pack.head_final and len(lead) > 1 and _EVIDENCE_ADJECTIVE.search(lead[0]) and lead[0].islower():
        # "an annual census released by the ministry", "the latest official figures": the
        # evidence after its adjectives (not "company statements": the owner before them)
        k0 = 1 if lead[1].lower() in pack.evidence_nouns else 0
        if not k0 and len(lead) > 2 and _EVIDENCE_ADJECTIVE.search(lead[1]) and lead[2].lower() in pack.evidence_nouns:
            k0 = 2
        core = core.split(" ", k0)[k0] if k0 else core
    if pack.evidence_modifiers and " " in core:
        first_word, rest_words = core.split(" ", 1)
        nxt = rest_words.split(" ", 1)[0]
        if first_word.lower() in pack.evidence_modifiers and nxt.islower() and nxt in pack.evidence_nouns:
            core = rest_words  # "o mesmo levantamento": the evidence named before
    words2 = core.split(" ")[:2]
    named_first = (
        not pack.nouns_capitalised
        and len(words2) == 2
        and all(w[:1].isupper() for w in words2)
        # not "Dati Istat alla mano": evidence at a sentence's start, then the body the table knows
        and not (
            core.count(" ") == 1
            and (_known_institution(words2[1], pack.code) or words2[0].lower() in pack.evidence_nouns)
            and not _known_institution(core, pack.code)  # "Statistics Canada" is a name
        )
    ) or (
        # "Statistik Austria": a body the alias table knows, named by an evidence word and a name
        len(words2) == 2 and words2[1][:1].isupper() and " " not in core[len(words2[0]) + 1 :] and _known_institution(core, pack.code)
    )  # "Information Commissioner's Office": a name that opens with an evidence word
    head0 = core.lower().split(" ")[0]
    if pack.evidence_heads and pack.nouns_capitalised and head0 == core.split(" ")[0] and core.count(" ") > 1:
        nxt = core.split(" ", 2)[1].lower()
        if nxt in pack.evidence_nouns or nxt.endswith(pack.evidence_heads):
            # "dem aktuellen Jahresbericht des Verbands": an adjective before the document
            core, head0 = core.split(" ", 1)[1], nxt
    if (
        (head0 in pack.evidence_nouns or (pack.evidence_heads and " " in core and head0.endswith(pack.evidence_heads)))
        and not named_first
        and not pack.person_role.match(core.lower())
    ):
        core = _without_participle(core, pack)  # "a pesquisa Datafolha divulgada (nesta sexta)"
        # an elided link glued to its owner: "les estimations d'EDF", "i dati dell'Istat"
        core = _ELIDED_LINK.sub(lambda m: m.group(1) + " " if (m.group(1).lower().replace("’", "'")) in pack.complement_links else m.group(0), core)
        words = core.split(" ")
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if i > 0
                and w.lower() in pack.client_links
                and (
                    words[i - 1].lower() in pack.evidence_nouns
                    # "Department for Transport": a link inside names is no client after a name
                    or ((words[i - 1][:1].isupper() or words[i - 1][:1].isdigit()) and w.lower() not in pack.name_links)  # "40dB para El País"
                    # "il sondaggio (di) Swg per il TgLa7": a one-word owner right after the
                    # document or its link, then "per" (not "Istituto Superiore per la Protezione",
                    # nor "del Dipartimento per l'Ambiente": a body's word opens a longer name)
                    or (
                        words[i - 1][:1].isupper()
                        and i >= 2
                        and pack.role.search(words[i - 1].lower()) is None
                        and (words[i - 2].lower() in pack.evidence_nouns or words[i - 2].lower() in pack.complement_links)
                    )
                )
                # "pour Le Figaro", "para el diario El Heraldo", not "pour l'étude"
                and any(x[:1].isupper() for x in words[i + 1 : i + 4])
            ),
            None,
        )
        if cut is not None:  # "sondage Ifop pour Le Figaro": made by Ifop for Le Figaro
            words = words[:cut]
            core = " ".join(words)
        pm_ = next((m for m in _PREPOSED_NUMBER.finditer(core) if m.group(1) not in pack.complement_links), None)
        if pm_ is not None:
            core = core[: pm_.start()]  # "eine Befragung der Gewerkschaft Verdi | unter 8.700 Beschäftigten": whom it asked
            words = core.split(" ")
        k = next((i for i, w in enumerate(words) if w.lower() in pack.complement_links), None)
        owner = _strip_det(" ".join(words[k + 1 :]), pack) if k is not None else ""
        if owner and pack.genitive_determiners and words[k].lower() in pack.genitive_determiners:
            owner = _nominative(owner, pack)  # "einer Mitteilung des Ministeriums": the Ministerium
        if owner and pack.role.match(owner.lower()):
            # "datos de el ministerio del Interior": the ministry, not "Interior"
            return _resolve_np(owner, pack, memory, depth + 1)[0], via
        pm = pack.agent.search(core.lower())
        if pm:
            agent = core[pm.start(1) :]
            if pack.genitive_determiners and core[pm.start() : pm.start(1)].strip().lower() in pack.genitive_determiners:
                agent = _nominative(agent, pack)  # "einer Mitteilung des Bundesamtes für Strahlenschutz"
            return _resolve_np(agent, pack, memory, depth + 1)[0], via
        run = _name_run(core, pack)
        if run and core.endswith(run) and run != core:  # "secondo i dati Nato": the name the evidence belongs to
            return _resolve_np(run, pack, memory, depth + 1)[0], via
        if run == core and " " in core and not pack.nouns_capitalised:
            # "Dati Istat alla mano": the evidence word capitalised at the sentence's start
            return _resolve_np(core.split(" ", 1)[1], pack, memory, depth + 1)[0], via
        if k is not None and k + 1 < len(words):  # "the latest toll of the Government": its owner
            later = [
                j
                for j in range(k + 1, len(words) - 1)
                if words[j].lower() in pack.complement_links
                and any(w.replace("’", "'").rsplit("'", 1)[-1][:1].isupper() for w in words[j + 1 : j + 3])  # "de l'OMS"
            ]
            if words[k + 1][:1].islower() and not pack.role.match(" ".join(words[k + 1 :]).lower()) and later:
                k = later[0]  # "le dernier rapport de situation de l'OMS": the report's kind, then its owner
            return _resolve_np(" ".join(words[k + 1 :]), pack, memory, depth + 1)[0], via
        if words[0].lower() in pack.unnamed_sources and len(words) > 1:
            return core, via  # "fonti vicine al dossier": unnamed people, described, speak
        if (
            pack.evidence_points_back
            and pack.statement_lead is not None
            and pack.statement_lead.fullmatch("in " + np.lower().strip()) is not None
            and (just := memory.last_said(max(0, memory.order - 1)))
        ):
            return just, via  # "Un numero che la prefettura ridimensiona. ..., si legge in una nota,": its note
        if pack.evidence_points_back and _definite(np, pack):
            # "De acordo com o balanço, 478 municípios": the toll just named, so its source
            said = [x for x in memory.recall() if not x.relay and x.order < memory.order]
            last = memory.last_said(max(0, memory.order - 2))
            if last and any(x.named and x.name == last for x in said):
                # the source named last in the sentences just before, by position: "O Brasil
                # registrou 187.420, segundo dados do Ministério" -> the Ministério
                return last, via
            # with no name before, a body named by what it is ("comme l'a indiqué la préfecture.
            # Selon le bilan")
            named = [x for x in said if x.named] or [
                x for x in said if x.order == memory.order - 1 and pack.role.search(x.name.lower())
            ]
            return (named[-1].name if named else None), via
        return None, via
    if pack.head_final:  # "provisional Home Office figures": the name the evidence belongs to
        words = core.split(" ")
        # a capitalised evidence word is part of a name: "National Statistics Institute"
        k = next((i for i, w in enumerate(words) if i and w.lower() in pack.evidence_nouns and not w[:1].isupper()), None)
        run = _name_run(" ".join(words[:k]), pack) if k else None
        if run:
            return _resolve_np(run, pack, memory, depth + 1)[0], via
        j = max((i for i in range(k or 0) if words[i].endswith(("'s", "’s"))), default=None)
        if j is not None and core in np:
            # "by the watchdog's count": the owner, a description that may point back
            owner = np[: np.index(core)] + " ".join(words[: j + 1])[:-2]
            return _resolve_np(owner, pack, memory, depth + 1)[0], via
        if (
            k is not None
            and k == len(words) - 1
            # "union information" (a body), not "official figures" (a person's role as an adjective)
            and (k >= 2 or words[0][:1].isupper() or words[0].lower() in pack.org_roles)
            and pack.role.search(" ".join(words[:k]).lower())
        ):
            # "Interior ministry data", "coast guard figures": the body the evidence belongs to
            return _resolve_np(" ".join(words[:k]), pack, memory, depth + 1)[0], via
        if k is not None and k == len(words) - 1 and not any(w[:1].isupper() for w in words[:k]):
            return None, via  # "official figures showed": evidence with no owner names no one
    first = np.strip(' ,«»"“”').lower().replace("’", "'")
    fm = _FIRST_WORD.match(first)
    definite = bool(fm) and fm.group(0) in pack.definite
    if definite and fm.group(0) in pack.plural_determiners:
        definite = False  # "le autorità sudcoreane": a plural description points back at no one
    core = _without_participle(core, pack)  # "dados do IBGE divulgados nesta terça-feira": the IBGE
    mention = _name(core, pack, memory, definite)
    if fm and fm.group(0) in pack.pointing_determiners and mention.name == core and memory.current is not None:
        # "A PSP deteve 14 pessoas, informou aquela força de segurança": a demonstrative points
        # back; with no one named before, at the name that opens this sentence
        opener = _opening_subject(memory.current.text, len(memory.current.text), pack)
        if opener and any(w[:1].isupper() for w in opener.split()):
            mention = Mention(_name(opener, pack, memory).name, core, False, True)
    if mention.name.endswith(("'s", "’s")) and len(mention.name) > 3:
        mention.name = mention.name[:-2]  # "the UKSA's latest survey": the UKSA
    if mention.name.endswith(".") and len(mention.name) > 3:
        mention.name = mention.name[:-1]  # "i dati della Lega Serie A. Il tasso": the sentence's stop
    mention.order = memory.order
    memory.mentions.append(mention)
    return mention.name, via


_ING_CLAUSE = re.compile(r"(?<=\w) ([a-z]+ing) (?=\S)")


def _without_ing_clause(np: str, pack: Pack) -> str:
    """A body's description without the participle clause after its head: "the union
    representing the mine's 900 workers", "the company running the plant" (a role word before
    it; not "the housing ministry", where the -ing word stands before the head)."""
    m = _ING_CLAUSE.search(np)
    if m is None:
        return np
    head = np[: m.start()]
    last = head.rsplit(" ", 1)[-1].lower()
    if not pack.role.fullmatch(last) or pack.role.fullmatch(np[m.end() :].split(" ", 1)[0].lower()):
        return np
    return head


def _without_participle(np: str, pack: Pack) -> str:
    """A phrase naming a source without the participle that ends it after the name: it agrees
    with the data or the report the name owns, not with the name. Either a data participle by
    its ending right after a capitalised word ("dados do IBGE divulgados", "a pesquisa Datafolha
    divulgada"), or a speech participle in any of its forms after a name that may end in
    lower-case words ("un rapport de la Cour des comptes publié mercredi", "i dati della Corte
    dei conti diffusi oggi")."""
    head, _, last = np.rstrip(" ,").rpartition(" ")
    if not head or not last.islower():
        return np
    words = head.split()
    if pack.data_participle is not None and len(words[-1]) >= 2 and words[-1][:1].isupper() and pack.data_participle.fullmatch(last):
        return head.rstrip(" ,")
    if not any(w[:1].isupper() for w in words[1:] or words):
        return np
    forms = {last}
    forms.update(last[: -len(e)] for e in ("es", "s", "e") if last.endswith(e))  # publiées, publiés
    forms.update(last[: -len(e)] + "o" for e in ("os", "as", "a", "i", "e") if last.endswith(e))  # pubblicata, publicados
    return np if pack.speech_participle_words.isdisjoint(forms) else head.rstrip(" ,")


def _spokes_phrase(core: str, pack: Pack) -> bool:
    """A spokesperson named by role alone, or for a body described in lower case: "a spokesman",
    "a spokesman for the company" (not "for Ryanair", nor where every noun is capitalised: "ein
    Sprecher des Bundeswirtschaftsministeriums" names its body)."""
    low = core.lower()
    if low in pack.spokes_roles:
        return True
    head, _, rest = low.partition(" ")
    link = rest.split(" ", 1)[0]
    return (
        head in pack.spokes_roles
        and bool(rest)
        and not pack.nouns_capitalised
        and core.partition(" ")[2] == rest  # the body described, not named
        and (link in pack.complement_links or link in pack.client_links or link in pack.genitive_determiners)
        and pack.role.search(rest) is not None
        and pack.person_role.search(rest) is None
    )


def _spokes_body(pack: Pack, memory: Memory) -> str | None:
    """The body a spokesperson with no name speaks for: a body this sentence named as a
    speaker ("Velmara ha smentito: «...», ha detto un portavoce"), else the body that opens it
    or the sentence before ("Das Bundesinnenministerium verwies auf ... , sagte ein Sprecher"),
    else the body the sentence before named as a speaker; None when none is named."""
    said = [x for x in memory.recall() if x.named and not x.person and not x.relay]
    here = [x for x in said if x.order == memory.order]
    if here:
        return here[-1].name
    for sent in (memory.current, memory.previous):
        np = _opening_subject(sent.text, len(sent.text), pack) if sent is not None else None
        core = _strip_det(np, pack) if np else ""
        if not core or core.lower() in pack.spokes_roles:
            continue
        am = pack.attribution.match(sent.norm.lstrip(" \"'«“„"))
        if am is not None and am.lastgroup == "according":
            continue  # "According to a spokesperson for the ministry, ...": the cue opens it, no body
        low = core.lower()
        if pack.adverbial_start.match(low) or low.startswith(pack.clause_openers):
            continue  # "Para ello ha alquilado cientos de furgonetas": an adverbial, no body
        if pack.nouns_capitalised and " " not in core and not pack.role.search(low) and not core.isupper():
            continue  # "Einen Zeitungsbericht ... wies eine Sprecherin zurück": an object, no body
        mention = _name(core, pack, memory)
        if mention.named and not mention.person:
            return mention.name
    before = [x for x in said if x.order == memory.order - 1]
    return before[-1].name if before else None


def _nominative(core: str, pack: Pack) -> str:
    """A German genitive's owner in the nominative: "Landesfeuerwehrverbands" ->
    "Landesfeuerwehrverband", "Verbandes" -> "Verband" (acronyms and short words as they are)."""
    words = core.split(" ")
    # the head is the word before a lower-case link: "Landesamts für Umwelt" -> "Landesamt für Umwelt"
    k = next((i for i in range(len(words) - 1) if words[i + 1].islower() and words[i][:1].isupper()), len(words) - 1)
    last = words[k]
    if len(last) < 6 or last.isupper() or not last[0].isupper() or last.endswith("ss"):
        return core
    if last.endswith("es") and last[-3] not in "aeiouäöü":
        last = last[:-2]
    elif last.endswith("s"):
        last = last[:-1]
    # its adjectives too, as a name says them without the article, by the head's gender: "des
    # Deutschen Bauernverbands" -> "Deutscher Bauernverband", "des Deutschen Roten Kreuzes" ->
    # "Deutsches Rotes Kreuz" (a feminine head: "-e")
    low = last.lower()
    ending = next((e for e, suffixes in pack.gender_endings.items() if low.endswith(suffixes)), "")
    before = [w[:-1] + ending if w[:1].isupper() and w.endswith("en") and len(w) >= 5 else w for w in words[:k]]
    return " ".join([*before, last, *words[k + 1 :]])


def _past_extended_attribute(text: str, start: int, end: int, pack: Pack) -> int:
    """Where a phrase that opens with its article and a preposition ends: past the attribute
    to its noun ("das im SDax notierte | Unternehmen"), not at the attribute's own noun."""
    toks = list(_WORD.finditer(text, start, min(len(text), start + 120)))[:10]
    if not _opens_extended_attribute([t.group(0) for t in toks], pack):
        return end
    for j in range(3, len(toks)):
        w, prev = toks[j].group(0), toks[j - 1].group(0)
        if not text[toks[j - 1].end() : toks[j].start()].isspace():
            return end  # punctuation between: no attribute
        if _attribute_then_noun(prev, w) and prev not in pack.definite and prev not in pack.complement_determiners:
            return toks[j].end()
    return end


def _without_extended_attribute(np: str, pack: Pack) -> str:
    """A phrase without the attribute set between its article and its noun, a prepositional
    phrase ending in a participle or adjective: "das im SDax notierte Unternehmen", "die für
    den Bau zuständige Behörde" -> "das Unternehmen", "die Behörde"."""
    toks = np.strip(" ,").split()
    if _opens_extended_attribute(toks, pack) and _attribute_then_noun(toks[-2], toks[-1]):
        return f"{toks[0]} {toks[-1]}"
    return np


def _opens_extended_attribute(words: list[str], pack: Pack) -> bool:
    """Whether words open as an extended attribute does: an article, then a preposition
    ("das im ...", "die für ..."), with room for the attribute and its noun."""
    return (
        len(words) >= 4
        and pack.determiners.fullmatch(words[0].lower() + " ") is not None
        and words[1] in pack.place_time_prepositions | pack.name_places | pack.client_links
    )


def _attribute_then_noun(prev: str, word: str) -> bool:
    """Whether `prev` ends an extended attribute, an inflected participle or adjective in
    lower case ("notierte", "zuständigen"), and `word` is its capitalised noun."""
    return word[:1].isupper() and prev[:1].islower() and prev.endswith(("e", "en", "er", "es"))


def _opening_capitals(text: str, pack: Pack) -> str | None:
    """The capitalised words that open a sentence, its article aside, up to the first word
    that is not ("Brandenburgs Wirtschaftsministerium unterstützt"): the name of a body that
    a later description of its kind may point back at."""
    toks = _TOKEN.findall(text[:120])
    i = 1 if toks and pack.determiners.fullmatch(toks[0].lower() + " ") else 0
    words = []
    for t in toks[i : i + 4]:
        if not t[:1].isupper():
            break
        words.append(t)
    return " ".join(words) if len(words) >= 2 or (words and i) else None


def _head_gender(np: str, pack: Pack) -> str | None:
    """The grammatical gender a phrase's head noun shows by its ending (pack.gender_endings:
    "Verband" r, "Ministerium" s), None when its ending tells none. The head is the last
    capitalised word before the first lower-case word, a bracket or a quotation mark, its
    article aside ("Verband der Schweizerischen Uhrenindustrie", "Statistisches Bundesamt")."""
    head = ""
    for w in re.split(r"\s+", re.split(r"[(„“\"«]", np, maxsplit=1)[0].strip()):
        if not w:
            continue
        if not head and pack.determiners.fullmatch(w.lower() + " "):
            continue  # its article
        if not w[:1].isupper():
            break
        head = w
    low = head.lower()
    return next((g for g, suffixes in pack.gender_endings.items() if low.endswith(suffixes)), None) if low else None


# single-word names in a list, the last after a coordinator: "Fim, Fiom e Uilm", "CGT, FO et Solidaires"
_NAME_LIST = re.compile(r"[A-ZÀ-Ý][\w-]*(?:, [A-ZÀ-Ý][\w-]*)+ (\w+) [A-ZÀ-Ý][\w-]*")


def _name(core: str, pack: Pack, memory: Memory, definite: bool = True) -> Mention:
    low = core.lower()
    person = any(not _name_adjective(core, m, pack) for m in pack.person_role.finditer(low))
    pair = core.split()
    if pack.head_final and len(pair) == 2 and pair[0].isupper() and len(pair[0]) >= 2 and pair[1].lower() in pack.org_roles:
        return Mention(pair[0], core, False, True)  # "the CCOO union", "the GMB union": the acronym names it
    lm = _NAME_LIST.fullmatch(core.strip())
    if lm and lm.group(1).strip().lower() in pack.clause_coordinators and not person:
        return Mention(core.strip(), core, False, True)  # "Fim, Fiom e Uilm": bodies named together, one voice
    # a person named in apposition: "le chef du GUR, Kirilo Budánov"
    parts = [p.strip() for p in core.split(",")]
    if (
        len(parts) > 1
        and 2 <= len(parts[0].split()) <= 3
        and _looks_like_name(parts[0])
        and pack.person_role.match(parts[-1].lower())
    ):
        return Mention(parts[0], core, True, True)  # "Reto Caduff, Leiter der Astra-Filiale": the name, then the role
    if len(parts) > 1 and _looks_like_name(parts[-1]) and len(parts[-1].split()) >= 2:
        return Mention(_drop_title(parts[-1], pack), core, True, True)  # "..., Councillor Mohammed Rafique"
    if len(parts) > 1 and 2 <= len(parts[0].split()) <= 3 and _looks_like_name(parts[0]) and pack.person_role.search(parts[1].lower()):
        return Mention(parts[0], core, True, True)  # "Sabine Köhler, Erste Bevollmächtigte der IG Metall"
    if len(parts) > 1 and parts[1][:1].islower() and pack.determiners.match(parts[1].lower().replace("’", "'")):
        if 1 <= len(parts[0].split()) <= 4 and all(w[:1].isupper() for w in parts[0].split()):
            return Mention(parts[0], core, person, True)  # "Europol, l'agence européenne de coopération policière"
        run0 = _name_run(parts[0], pack)
        if run0 and parts[0].endswith(run0) and len(run0.split()) >= 2:
            # "Samajwadi Party chief Akhilesh Yadav, the main opposition leader in the state"
            return Mention(_drop_title(run0, pack), core, person, True)
    am_ = _ACRONYM_THEN_NAME.fullmatch(core)
    if am_ and not (person and not core.split()[0].islower()) and not _acronym_like(am_.group(2).split()[0], ""):
        # "A Febraban (Federação Brasileira de Bancos) negou", "Amyts (Asociación de Médicos ...)":
        # the short name, then its expansion in brackets
        return Mention(am_.group(1), core, False, True)
    acro = None
    for pm in _PAREN.finditer(core):
        inner = pm.group(1).split(",")[0].strip()  # "(ICES, por sus siglas en inglés)"
        if inner and inner[0].isupper() and len(inner.split()) <= 3 and _acronym_like(inner, core[: pm.start()]):
            acro = inner
        elif (
            inner[:1].isupper()
            and " " not in inner
            and not person
            and core[: pm.start()].strip() == core[: pm.start()].strip().lower()
            and pack.role.search(core[: pm.start()].lower())
        ):
            acro = inner  # "la police fédérale (Bundespolizei)": a body described, then its name
    run = _name_run(core, pack)
    entitled = False  # a name after its title: "Frächterverband Anita"
    if run:
        untitled = _drop_title(run, pack)
        entitled, run = untitled != run, untitled
    if run and run != core and core.endswith(" " + run):
        det = core[: -len(run) - 1].rpartition(" ")[2]
        if det[:1].isupper() and pack.determiners.match(det.lower() + " ") and _titled(f"{det} {run}", pack):
            run = f"{det} {run}"  # "El País", "el diario El Mundo": a title with its article
    if run and person and run.count(" ") >= 2:
        party, _, rest_run = run.partition(" ")
        if party.isupper() and len(party) >= 2 and _is_person_name(rest_run):
            run = rest_run  # "le député LFI François Ruffin": the party's letters, then the person
    if (
        run
        and " " in core
        and run != core
        and core.startswith(run)
        and core[len(run) : len(run) + 1] == " "
        and core[len(run) + 1 :].split(" ", 1)[0].lower() in pack.complement_links  # "des comptes", not "espanhol"
        and _known_institution(core, pack.code)
    ):
        run = core  # "la Cour des comptes", "la Banca d'Italia": a name the alias table knows, lower-case words and all
    elif run and not person and core.endswith(" " + run) and core[: -len(run) - 1].rpartition(" ")[2].islower():
        # "Ärzte ohne Grenzen", "a organização Médicos sem Fronteiras": the run stops at a little
        # word inside a name the alias table knows; it is the phrase's last words
        words, n = core.split(), run.count(" ") + 1
        for k in range(min(len(words), n + 3), n + 1, -1):
            longer = " ".join(words[-k:])
            if longer[:1].isupper() and _known_institution(longer, pack.code):
                run = longer
                break
    if run and not person and pack.name_adjectives_follow and core.endswith(run + " " + core.split(" ")[-1]):
        last = core.split(" ")[-1]  # "Ministerio de Defensa ruso": the adjective is part of the name
        if last.islower() and last.endswith(pack.adjective_suffixes) and last not in pack.adjective_not:
            run = f"{run} {last}"
    pm = pack.person_role.search(low) if acro and person else None
    after_role = low[pm.end() :].lstrip().split(" ", 1)[0].replace("’", "'") if pm else ""
    if pm and (after_role in pack.complement_links or after_role.split("'")[0] + "'" in pack.complement_links) and acro.isupper():
        # "Um porta-voz do Escritório da ONU para a Coordenação de Assuntos Humanitários (OCHA)": the
        # role speaks for the body it serves, named by its acronym
        return Mention(acro, core, False, True)
    if acro and (person or _party_after_person(core, acro, pack)):
        # "Finanzminister Christian Lindner (FDP)", "Anna Keller (CDU)": the party is not the speaker
        # the name is the run before the brackets ("sagte Anna Keller (CDU) dem Bayerischen Rundfunk")
        bare = _name_run(core[: core.find("(")], pack) or _name_run(_PAREN.sub(" ", core), pack)
        bare = _drop_title(bare, pack) if bare else bare  # "Agrarminister Hanka Mittelstädt (SPD)"
        if bare and len(bare.split()) >= 2:
            return Mention(_full_name(bare, memory), core, True, True)
    if (
        run
        and pack.head_final
        and not person
        and core.startswith(run + " ")
        and pack.role.fullmatch(core[len(run) + 1 :].lower())
    ):
        return Mention(core, core, False, True)  # "the Uttar Pradesh government": a place's body, named by it
    if run and (person or len(run.split()) >= 2) and not acro:
        # a surname alone after a full name: Sánchez -> Pedro Sánchez
        # a name holding an organisation's word (Office for Budget Responsibility) is no person
        return Mention(_full_name(run, memory), core, person or not pack.role.search(run.lower()), True)
    if acro:
        return Mention(acro, core, person, True)
    if (
        run
        and pack.nouns_capitalised
        and definite
        and core == run
        and " " not in run
        and (rm := pack.role.search(low)) is not None
        and rm.start() == 0
        and rm.end() == len(low)
        and low in pack.anaphoric_roles
    ):
        # "nach Schätzung des Konzerns", "die Behörde": a bare institution word points back at
        # the last named source of its kind
        want_person = pack.person_role.search(low) is not None
        # not an outlet told ("gegenüber AFP"): "der Verband" is not the agency
        named = [x for x in memory.recall() if x.named and x.person == want_person and x.name != core and not x.relay]
        # "nach Schätzungen des Ministeriums": the one whose words hold "Ministerium"
        # ("das saarländische Wirtschaftsministerium") before any other named last
        holding = [x for x in named if low in x.np.lower() or low in x.name.lower()]
        # "die Gewerkschaft" is not the Innenministerium named last: a name holding another
        # institution's word is of another kind
        # ("das Ministerium" is not the Umweltbundesamt: a compound ending in another's word);
        # "die Behörde" may be any office, an Amt or a Dienst too
        if low not in pack.any_body_roles:
            named = [x for x in named if not _named_other_kind([x.np, x.name], low, pack)]
            named = [x for x in named if not _head_of_other_kind(x.np, low, pack)]
        named = [x for x in named if not pack.role.fullmatch(x.name.lower())]  # "die Veranstalter": no name either
        if holding or named:
            x = (holding or named)[-1]
            return Mention(x.name, core, x.person, True)
        opener = _opening_capitals(memory.previous.text, pack) if memory.previous is not None else None
        if opener and opener.lower().endswith(low) and opener.lower() != low and not pack.person_role.search(opener.lower()):
            # "Brandenburgs Wirtschaftsministerium unterstützt das Projekt. ... nach Angaben des
            # Ministeriums": the body of that kind that opens the sentence before, though no
            # speech verb named it there
            return Mention(opener, core, False, True)
    if run and pack.nouns_capitalised and " " not in run and core.split()[0][0].islower():
        # "südkoreanische Behörden": a common noun; "des südkoreanischen Dienstes" after the
        # NIS is the NIS (a definite description with its adjectives, pointing back)
        # not "die nationale Katastrophenschutzbehörde INGD": a description with its own acronym names itself
        # nor "der italienische Frächterverband Anita": a name after its title
        role = _role(low, pack) if definite and not (run.isupper() and len(run) >= 2) and not entitled else None
        if role:
            want_person = pack.person_role.search(role) is not None
            for x in reversed(memory.recall()):
                # not a body of another kind: "dem italienischen Gesundheitsministerium" after the
                # BLV (a "Bundesamt") is no pointer to it
                if (
                    x.named
                    and x.person == want_person
                    and not _named_other_kind([y.np for y in memory.mentions if y.name == x.name], role, pack)
                    and not _other_compound_portfolio(run, role, x)
                ):
                    return Mention(x.name, core, x.person, True)
        return Mention(core, core, person, False)
    if run:
        full = _full_name(run, memory)
        if full != run or run.isupper() or core == run or core.endswith(run):
            is_person = person or full != run
            return Mention(full, core, is_person, True)
    # a bare description: point back at a named source
    words = low.split()
    plural = bool(words) and words[0].endswith(("s", "x")) and len(words[0]) > 3
    if (
        definite
        and not plural
        and not any(any(map(str.isupper, t)) for t in core.split()[1:] if t.lower() not in pack.not_names)
    ):
        role = _role(low, pack)
        if role and role in pack.role_antecedents:
            # "a pasta": the ministry named before, not the body named last
            holds = pack.role_antecedents[role]
            for x in reversed(memory.recall()):
                if x.named and not x.person and any(h in x.np.lower() or h in x.name.lower() for h in holds):
                    return Mention(x.name, core, False, True)
        if role:
            role_re = re.compile(rf"(?<![\w-]){re.escape(role)}(?![\w-])")
            for x in reversed(memory.recall()):
                if (
                    x.named
                    and role_re.search(x.np.lower())
                    and not _other_portfolio(words, role, x, pack)
                    # "El Gobierno ceutí" is no person whose title holds another "Gobierno" ("el delegado
                    # del Gobierno, X"): a word of the description's own missing from the title
                    and not (x.person and pack.person_role.search(low) is None and _lacks_own_word(_own_words(words, role), x.np))
                ):
                    return Mention(x.name, core, x.person, True)
            # "l'agence sud-coréenne", "le dirigeant socialiste": a qualified role points back
            # at the last named source of its kind; a bare one ("l'intersyndicale") does not
            extra = [w for w in words if w not in role.split() and w not in pack.not_names]
            # "a entidade", "the watchdog", "a mesma agência": these point back even bare;
            # "o governo estadual" names a government, not the organisation named last
            back = all(w.endswith(pack.adjective_suffixes) or w in pack.anaphoric_roles for w in extra)
            if role in pack.same_source_words and extra and all(w in pack.anaphoric_roles for w in extra):
                # "selon la même source", "según la misma fuente": the source of the figures just
                # before, named or described ("a indiqué la direction de l'établissement")
                said = [x for x in memory.recall() if not x.relay and x.order >= memory.order - 1]
                if said:
                    return Mention(said[-1].name, core, said[-1].person, said[-1].named)
            if role not in pack.self_named_roles and back and (extra or role in pack.anaphoric_roles):
                want_person = role in pack.person_roles
                opener = _opening_subject(memory.previous.text, len(memory.previous.text), pack) if memory.previous is not None else None
                if (
                    not want_person
                    and opener
                    and memory.said.get(memory.order - 1) is None
                    and (_ACRONYM_END.search(opener) or opener.isupper())
                ):
                    # "O Conselho das Finanças Públicas (CFP) também se mostrou mais cauteloso. O
                    # organismo prevê 1,8%": the body that opens the sentence before, though no
                    # speech verb named it there
                    return Mention(_name(opener, pack, memory).name, core, False, True)
                for x in reversed(memory.recall()):
                    if x.named and x.person == want_person and not (want_person and x.relay):
                        held = pack.person_role.search(x.np.lower()) if want_person else None
                        if held and role not in held.group(0) and role not in pack.generic_person_roles:
                            # "le président ukrainien" is not the "chef de l'administration" named
                            # last; "le dirigeant socialiste" may be any leader named before
                            continue
                        return Mention(x.name, core, x.person, True)
    return Mention(core, core, person, any(map(str.isupper, core)))


def _other_portfolio(words: list[str], role: str, x: Mention, pack: Pack) -> bool:
    """Whether a description's own noun before its head is missing from a named source that has
    words of its own: "the foreign ministry" is not the "Interior Ministry" named before ("the
    health ministry" is the "Ministry of Health"; an adjective, "the Saudi ministry", and an
    acronym, "the DHSC", may be any). Compared on the first five letters ("election" ~
    "Electoral")."""
    if not pack.head_final:
        # only where a noun before the head names its kind ("foreign ministry"): a complement
        # after it ("le centre hospitalier de ...") describes more loosely, and German names the
        # portfolio in the compound ("Innen-" and "Außenministerium")
        return False
    own = [
        w
        for w in _own_words(words, role)
        if w not in pack.not_names and not w.endswith(pack.adjective_suffixes) and w not in pack.anaphoric_roles
        and not pack.determiners.match(w + " ") and w not in pack.complement_links
    ]
    named = f"{x.np} {x.name}"
    # an acronym tells nothing of its words: "l'agence régionale de santé" may be the "ARS"
    theirs = _own_words([w for w in re.findall(r"[^\W\d_]+", named) if not w.isupper()], role)
    return bool(own) and bool(theirs) and _lacks_own_word(own, named)


def _other_compound_portfolio(run: str, role: str, x: Mention) -> bool:
    """Whether a compound description names a portfolio the named source lacks: "das spanische
    Verteidigungsministerium" is not the "Ministerium des Innern" named before, nor the
    "Innenministerium"; "das Innenministerium" may be the "Ministerium des Innern" or the
    "Bundesinnenministerium". The compound's part before its head is compared on its first four
    letters ("Innen-" ~ "Innern"); an acronym tells nothing of its words ("das BMI")."""
    low = run.lower()
    if not low.endswith(role) or len(low) - len(role) < 4:
        return False
    stem = low[: -len(role)][:4]
    theirs = [w.lower() for w in re.findall(r"[^\W\d_]+", f"{x.np} {x.name}") if not w.isupper() and w.lower() != role]
    return bool(theirs) and not any(stem in w for w in theirs)


def _own_words(words: list[str], role: str) -> list[str]:
    """The words of a description beside its role word, but the little ones."""
    role_words = role.split()
    return [w for w in words if w.lower() not in role_words and len(w) > 2]


def _lacks_own_word(own: list[str], named: str) -> bool:
    """Whether a named source's words lack one of a description's own, compared on the first
    five letters ("election" ~ "Electoral")."""
    low = named.lower()
    return any(w[:5] not in low for w in own)


def _named_other_kind(nps: list[str], role: str, pack: Pack) -> bool:
    """Whether a source's phrases name it by another institution's word and never by `role`:
    "Bundesamt für Lebensmittelsicherheit (BLV)" is an "amt", no "Ministerium"; "die Gewerkschaft"
    is not the Innenministerium. A word `role` ends in is no other kind ("Behörde", "Amt")."""
    low = " ".join(nps).lower()
    if role in low:
        return False
    return any(r in low for r in pack.kind_words if r != role and len(r) > 2 and not role.endswith(r))


def _head_of_other_kind(np: str, role: str, pack: Pack) -> bool:
    """Whether a phrase's head word (before any bracket) ends in an institution word other
    than `role`: "Umweltbundesamt (UBA)" is an "amt", no "Ministerium"."""
    head = np.split("(", 1)[0].split()
    last = head[-1].lower() if head else ""
    return any(last.endswith(r) and r != role and not role.endswith(r) for r in pack.kind_words)


def _drop_title(run: str, pack: Pack) -> str:
    """A name run without the title written before it as one of its capitalised words:
    "Finance Minister Christian Lindner", "Personalvorständin Katrin Welsch" (a person's role,
    two names after it), "Industriekonzern Vantor" (where nouns are capitalised, a compound
    ending in an institution's word). "Ministério Público Federal", "Bundesagentur für
    Arbeit" and "Verband Deutscher ..." keep their words."""
    toks = run.split(" ")
    if (
        len(toks) >= 2
        and toks[0].lower() in pack.descriptors
        and toks[1][:1].isupper()
        and all(t[:1].isupper() or t.lower() in pack.name_links or t.lower() in _PARTICLES or t == "&" for t in toks[1:])
    ):
        return " ".join(toks[1:])  # "Insurer Aviva", "Carmaker Stellantis": what the company does, then its name
    for i in range(len(toks) - 2, -1, -1):
        low = toks[i].lower().rsplit("-", 1)[-1]  # "BA-Chefin": the role after the hyphen
        rest = toks[i + 1 :]
        if not all(t[:1].isupper() for t in rest):
            continue
        pm = pack.person_role.search(low)
        if pm and pm.end() == len(low) and len(rest) >= 2:
            return " ".join(rest)
        om = pack.role.search(low) if pack.nouns_capitalised else None
        if om and om.end() == len(low) and (om.start() > 0 or len(rest) == 1):
            if len(rest) == 1 and (rest[0].lower() in pack.place_names or _place_name(rest[0])):
                return run  # "Wirtschaftskammer Tirol", "Stadt Brüssel": the chamber of Tyrol, the city, not the place
            return " ".join(rest)  # "Industriekonzern Vantor", "Gewerkschaft Verdi"
    return run


def _name_adjective(core: str, m: re.Match, pack: Pack) -> bool:
    """A rank word written after a capitalised noun is the adjective of a body's name:
    "Intervención General", "Direction générale", "Procuradoria-Geral" (not "el general Sok")."""
    if m.group(0).strip() not in pack.rank_adjectives:
        return False
    before = core[: m.start()].rstrip(" -").rsplit(None, 1)[-1:]
    return bool(before) and before[0][:1].isupper()


def _acronym_like(s: str, before: str) -> bool:
    """ "ISCIII", "MoMo", "Ofast"; "Fenprof" after "Federação Nacional dos Professores": an
    acronym. "Montoro (Córdoba)": a place in brackets, not the name's short form."""
    if sum(c.isupper() for c in s) >= 2:
        return True
    if " " in s:
        return False
    # a short word, or a word after a name of several capitalised words
    return len(s) <= 6 or sum(w[:1].isupper() for w in before.split()) >= 2


def _role(low: str, pack: Pack) -> str | None:
    m = pack.role.search(low)
    return m.group(0) if m else None


def _elided_noun(token: str, pack: Pack) -> str:
    """ "l'Administration" -> "Administration"; other tokens as they are."""
    if pack.elided_article is None or ("'" not in token and "’" not in token):
        return token
    m = pack.elided_article.match(token)
    return m.group(3) if m else token


def _comma_parted(core: str, pack: Pack) -> set[int]:
    """The index of the name token after the last comma of `core`, when what follows it is one
    name set off ("der Dachverband der Imker, Apisuisse"), not the end of a list ("Ministerium
    für Umwelt, Klima und Energie")."""
    cut = core.rfind(",")
    if any(w in pack.clause_coordinators for w in core[cut + 1 :].lower().split()):
        return set()
    return {sum(1 for m in _NAME_TOKEN.finditer(core) if m.start() < cut)}


def _name_run(core: str, pack: Pack) -> str | None:
    """The name a phrase carries: the last run of capitalised words that is not a complement
    ("la mer du Nord", "gouvernement de Michel Barnier" name places and people, not the source).
    A single capitalised word counts only at the end of the phrase (l'agence de presse Yonhap)."""
    toks = _NAME_TOKEN.findall(core)
    # where every noun is capitalised, a comma parts two names: "der Dachverband der Imker, Apisuisse"
    parted = _comma_parted(core, pack) if pack.nouns_capitalised and "," in core else ()
    runs: list[tuple[list[str], bool, bool]] = []  # words, complement, at end
    cur: list[str] = []
    complement = False
    for i, t in enumerate(toks):
        if cur and i in parted:
            runs.append((cur, complement, False))
            cur = []
        if (
            _elided_noun(t, pack)[0].isupper()  # "de l'Administration Interne": the noun after the article
            and (t.lower().rstrip(".") not in pack.honorifics or (t.isalpha() and t.isupper() and len(t) > 1))  # "MS" is no "Ms"
            # a word no name is alone may go on one after its link: "Secretaria de Estado da Saúde"
            and (
                t.lower() not in pack.not_names
                or (len(cur) >= 2 and cur[-1].islower())
                # ... or open one before its capitalised adjective: "Estado Islâmico", "Stato Islamico"
                or (
                    not cur
                    and i + 1 < len(toks)
                    and toks[i + 1][:1].isupper()
                    and toks[i + 1].lower().endswith(pack.adjective_suffixes)
                )
            )
        ):
            if not cur:
                before = toks[i - 1].lower() if i > 0 else ""
                before2 = toks[i - 2].lower() if i > 1 else ""
                complement = before in pack.complement_links or (
                    before in pack.complement_determiners and before2 in pack.complement_links
                )
                # "Delegation of the Government in the Valencian Community": a place, not the source
                complement = complement or before in pack.name_places or (
                    before in pack.complement_determiners and before2 in pack.name_places
                )
                # "Export von 1.200 Tonnen von Rosen": where every noun is capitalised, the noun
                # after a number is what it counts, no name
                complement = complement or (pack.nouns_capitalised and before[-1:].isdigit())
                em = pack.elided_article.match(t) if pack.elided_article else None
                if em:  # "ministero dell'Interno", "corso d'Italia", "de l'Intérieur": the article says
                    art = (em.group(1) + "'").lower()
                    complement = complement or art in pack.complement_links or (
                        art in pack.complement_determiners and before in pack.complement_links
                    )
            cur.append(t)
        elif cur and _particle_joins(toks, i):
            cur.append(t)
        elif cur and t == "y" and t not in pack.clause_coordinators and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            cur.append(t)  # a Spanish name in another language: "Fundação Libertad y Progreso"
        elif cur and t in pack.service_names:
            cur.append(t)  # "Centro de Coordinación de Emergencias 112 Andalucía": the service's number is its name's
        elif cur and t == "&" and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            cur.append(t)  # "Hartwell & Co", "Marks & Spencer"
        elif (
            cur
            and not pack.nouns_capitalised
            and t.islower()
            and t.endswith(pack.adjective_suffixes)
            and i + 1 < len(toks)
            and toks[i + 1][0].isupper()
            and toks[i + 1].lower() not in pack.not_names
        ):
            cur.append(t)  # "Santé publique France": a lower-case adjective inside the name
        elif (
            cur
            # "Delegación del Gobierno en Madrid": a body named by the place it serves
            and (t.lower() in pack.name_links or (t.lower() in pack.name_places and _elided_noun(cur[0], pack).lower() in pack.place_named_heads))
            and i + 1 < len(toks)
            and (
                toks[i + 1][0].isupper()
                or (
                    # "Office of the ...", "Ministério para a Transição": a link, its article
                    (toks[i + 1].lower() in pack.name_links or toks[i + 1].lower() in pack.complement_determiners)
                    and i + 2 < len(toks)
                    and toks[i + 2][0].isupper()
                )
            )
        ):
            cur.append(t)  # "Office for Budget Responsibility", "Bank of England"
        elif (
            cur
            and (cur[-1].lower() in pack.name_links or (cur[-1].lower() in pack.name_places and _elided_noun(cur[0], pack).lower() in pack.place_named_heads))
            and t.lower() in pack.complement_determiners
            and i + 1 < len(toks)
            and toks[i + 1][0].isupper()
        ):
            cur.append(t)  # the article after the link: "Ministério para a Transição"
        elif (
            cur
            and t.lower() in pack.clause_coordinators
            and i + 1 < len(toks)
            and toks[i + 1][0].isupper()
            and (
                cur[-1].endswith("-")
                or (len(cur) >= 3 and any(w.lower() in pack.name_links for w in cur))
                # "HM Courts and Tribunals Service", "Food and Drug Administration": the words
                # after "and" end in a body's word
                or _and_ends_in_body(toks, i + 1, pack)
            )
        ):
            # "Wasserstraßen- und Schifffahrtsverwaltung", "Ministerio de Energía y Minas": one
            # name across its "and" (a compound cut short, or a name already built of links)
            cur.append(t)
        else:
            if cur:
                runs.append((cur, complement, False))
            cur = []
    if cur:
        runs.append((cur, complement, True))
    # a run cut short after its link ("Secretaria de" before a word it stops at) ends at its last name
    runs = [(r[: max(i for i, w in enumerate(r) if not w.islower()) + 1], c, e) for r, c, e in runs]
    if runs and runs[-1][2] and len(runs[-1][0]) >= 3 and pack.person_role.search(core.lower()):
        # "il segretario generale della Nato Jens Stoltenberg", "il ministro per il Pnrr Raffaele
        # Fitto": a person's name glued after the complement of the role (no comma between)
        r = runs[-1][0]
        i = len(toks) - len(r)
        before = toks[i - 1].lower() if i > 0 else ""
        # ... or of a portfolio after any little word: "l'assessore all'Agricoltura Martin Gasser",
        # "the minister for Health John Smith"
        little = "'" in r[0] or (len(before) <= 4 and before[:1].islower())  # all'Agricoltura, for, the
        if (
            (before in pack.complement_links or before in pack.complement_determiners or little)
            and all(w[:1].isupper() for w in r[-2:])
            and not pack.role.fullmatch(r[-1].lower())  # "for the Local Government Association": a body
        ):
            runs[-1] = (r[-2:], False, True)
    good = [r for r, comp, at_end in runs if not comp and (len(r) >= 2 or at_end)]
    if good and not runs[-1][2] and good[-1] is runs[-1][0] and good[-1][-1].endswith(("'s", "’s")):
        return None  # "South Korea's spy agency": a possessive, the phrase names the agency
    if not good:
        return None
    words = [_elided_noun(good[-1][0], pack), *good[-1][1:]]  # "l'AFP": AFP
    if len(words) > 2 and "," in core:
        # a name that lists across a comma keeps it: "Ministerio de Agricultura, Pesca y Alimentación"
        m = re.search(r"\s*,?\s+".join(map(re.escape, words)), core)
        if m:
            return m.group(0)
    return " ".join(words)


def _and_ends_in_body(toks: list[str], i: int, pack: Pack) -> bool:
    """Whether the capitalised words from `i` end, within three, in a body's word ("Tribunals
    Service", "Crime Commissioner"): one name across its "and"."""
    for k in range(i, min(i + 3, len(toks))):
        if not toks[k][:1].isupper():
            return False
        if pack.role.fullmatch(toks[k].lower()):
            return True
    return False


_PAIRED_PARTICLES = {"von": ("der", "den", "de"), "van": ("der", "den", "de")}


def _particle_joins(toks: list[str], i: int) -> bool:
    """Whether the particle at `i` goes on with a name: before a capitalised word ("Lula da
    Silva"), or paired with the next ("Ursula von der Leyen"; German and Dutch pairs only:
    "de la" opens too many complements in Spanish)."""
    t = toks[i].lower()
    if t not in _PARTICLES or t in ("la", "le"):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    after = toks[i + 2] if i + 2 < len(toks) else ""
    return nxt[:1].isupper() or (nxt.lower() in _PAIRED_PARTICLES.get(t, ()) and after[:1].isupper())


def _full_name(run: str, memory: Memory) -> str:
    """A surname alone after a full name: Sánchez -> Pedro Sánchez (not for acronyms)."""
    if " " in run or run.isupper():
        return run
    for x in reversed(memory.recall()):
        if x.person and x.name.endswith(" " + run):
            return x.name
    return run


# --- modality ---------------------------------------------------------------------


def _capital_inside(text: str, pos: int) -> bool:
    """Whether the word at `pos` is written with a capital inside its sentence, not at its
    start nor after an opening quote («Esperamos ...»): where only names are capitalised, a name
    ("the United States", "fell to 7.42 million in May")."""
    return pos > 0 and text[pos].isupper() and text[max(0, pos - 3) : pos].rstrip()[-1:] not in _OPENERS


_CLAUSE_REST = re.compile(r"[^,.;:!?]*")


_CLAUSE_STOP = re.compile(r"[,;:!?]\s|\.\s|\.$")


def _takes_lives(norm: str, s: int, e: int, pack: Pack) -> bool:
    """A verb of claiming or demanding whose object is lives, within its clause (after it, or
    in the four words before a participle): "claimed at least 212 lives", "forderte nach
    Angaben der Behörden 45 Tote", "hat 14 Menschenleben gefordert"."""
    if pack.toll_object is None:
        return False
    after = norm[e : e + 90]
    stop = _CLAUSE_STOP.search(after)
    before = norm[max(0, s - 60) : s]
    stops = list(_CLAUSE_STOP.finditer(before))
    return bool(
        pack.toll_object.search(norm, s, e)
        or pack.toll_object.search(after[: stop.start()] if stop else after)
        or pack.toll_object.search(" ".join(before[stops[-1].end() if stops else 0 :].split()[-4:]))
    )


def modality_cues(norm: str, pack: Pack, text: str | None = None) -> list[tuple[int, int, str, bool]]:
    """Every modality cue of a sentence, in order: (start, end, modality, is a verb ending).

    With the sentence's text, a cue written with a capital inside the sentence is a name, not a
    verb ("fell to 7.42 million in May"), where only names are capitalised."""
    cues = [
        (m.start(), m.end(), m.lastgroup, False)
        for m in pack.modality.finditer(norm)
        if m.group(0) not in pack.modality_not
        and not (text and not pack.nouns_capitalised and _capital_inside(text, m.start()))
        and not (m.group(0) in pack.toll_verbs and _takes_lives(norm, m.start(), m.end(), pack))  # "forderte 45 Tote"
    ]
    if pack.passive_participle is not None and cues:
        # "Der Schaden wird auf 15 Millionen Euro geschätzt": "wird" with a participle ending its
        # clause is the passive, no future
        kept = []
        for c in cues:
            if c[2] == "planned" and norm[c[0] : c[1]] in pack.passive_auxiliaries:
                clause = _CLAUSE_REST.match(norm, c[1]).group(0)
                if pack.passive_participle.search(clause):
                    continue
            kept.append(c)
        cues = kept
    if pack.reported_future is not None and any(m.lastgroup == "speech" for m in attributions(pack.code, norm)):
        # reported speech: "würden geschult, sagte Regazzoni" is "werden geschult" said by him,
        # a plan, not a possibility
        cues = [
            (c[0], c[1], "planned", c[3]) if c[2] == "possible" and pack.reported_future.fullmatch(norm, c[0], c[1]) else c
            for c in cues
        ]
    for m in pack.modality_suffix.finditer(norm) if pack.modality_suffix else ():
        at = norm.rfind(" ", 0, m.start()) + 1
        word = norm[at : m.end()]
        if word not in pack.modality_not and not (text and at > 0 and text[at].isupper()):  # "no Pará"
            cues.append((m.start(), m.end(), m.lastgroup, True))
    cues.sort()
    return cues


def modality(
    d: Draft, sent: Sentence, pack: Pack, anchors: list[Anchor], cues: list[tuple[int, int, str, bool]]
) -> str:
    """The nearest modality cue before the number in its clause; else the first after it
    (up to the next punctuation or number); else the nearest in the sentence before it;
    else the inverted speech verb after it (", a démenti X")."""
    for a in anchors:
        if a.scope == "before_all" and a.pos > d.end and a.verb:
            # "Berichte, wonach 600 Stellen gestrichen werden sollen, wies Kessler zurück": the
            # denial after the claim rules it, whatever the claim's own verbs say
            m = pack.modality.search(_verb_ends(a.verb))
            if m and m.lastgroup == "denied":
                return "denied"
    for a in reversed(anchors):
        if a.scope == "after" and a.pos < d.start and " " in a.verb and a.verb != _verb_ends(a.verb):
            # a separable verb around its object: "Kessler wies Berichte zurück, wonach 600 ...
            # könnten": the denial before the claim rules it too, whatever its own verbs say
            m = pack.modality.search(_verb_ends(a.verb))
            between = sent.norm[a.pos - sent.start : d.start - sent.start]
            if m and m.lastgroup == "denied" and ":" not in between and ";" not in between:
                return "denied"  # not the figure after a colon: "…zurück, wonach …: Angezeigt seien 212"
            break
    if cues:  # most sentences have none
        cued = _cued(d, sent, cues, pack, anchors)
        if cued == "planned" and any(
            ((a.scope == "after" and a.pos < d.start) or (a.scope == "before_all" and a.pos > d.end))
            and _estimates(a.evidence, pack)
            for a in anchors
        ):
            # "Según las estimaciones del Ministerio, la medida beneficiará a 2,4 millones"; but a
            # speaker who believes in a plan reports a plan ("cree que Pyongyang enviará 12.000")
            return "estimated"
        if cued in ("planned", "estimated", "possible") and d.change_from:
            return "asserted"  # "elevar a cobertura de 27% para 30%": 27 % is now, 30 % the plan
        if cued == "planned" and any(
            a.scope == "before_all" and a.pos > d.end and a.verb and _estimates(_verb_ends(a.verb), pack)
            for a in anchors
        ):
            return "estimated"  # "Production will fall by 15% next year, the company forecast"
        if cued is not None:
            return cued
    for a in anchors:
        if a.scope == "before_all" and a.pos > d.end and a.evidence:
            m = pack.modality.search(a.evidence)
            if m and m.lastgroup == "estimated":
                return "estimated"  # "1.180 muertes, según las estimaciones del ISCIII"
    for a in anchors:
        if a.scope == "before_all" and a.pos > d.end and a.verb:
            m = pack.modality.search(_verb_ends(a.verb))
            # ", a démenti X", ", estimó X"; but ", a annoncé X" reports what the clause says
            # in its own tense ("ont intercepté 10,2 tonnes, a annoncé la DGDDI"): no plan
            if m and m.lastgroup != "planned":
                return m.lastgroup or "asserted"
    return "asserted"


def _estimates(evidence: str, pack: Pack) -> bool:
    if not evidence:
        return False
    m = pack.modality.search(evidence)
    return m is not None and m.lastgroup == "estimated"


def _verb_ends(verb: str) -> str:
    """A separable verb without what it holds: "wies die Polizei als falsch zurück" -> "wies zurück"."""
    words = verb.split()
    return verb if len(words) <= 2 else f"{words[0]} {words[-1]}"


def _cued(
    d: Draft, sent: Sentence, cues: list[tuple[int, int, str, bool]], pack: Pack, anchors: list[Anchor]
) -> str | None:
    """The modality of the cue that rules the number (see modality), None when none does."""
    norm = sent.norm
    s = d.cue_start - sent.start
    # just past the last clause mark (, ; :) before the number, 0 when there is none
    clause_start = max(norm.rfind(",", 0, s), norm.rfind(";", 0, s), norm.rfind(":", 0, s)) + 1
    # "desmintió que hubiera 40 ... y aseguró que son 9": a speech verb between a cue and the
    # number says the number in its own voice
    said = [a.pos - sent.start for a in anchors if a.verb and a.source and a.pos - sent.start < s]
    # "ha smentito che siano 300: «Sono meno di 40»", "secondo lui ... meno di 900.000": after a
    # colon or a new attribution, the speaker's own figure, not what is denied
    turns = [a.pos - sent.start for a in anchors if a.scope == "after" and a.pos - sent.start < s]
    denial = [
        c
        for c in cues
        if c[2] == "denied"
        and c[1] <= s
        and not any(c[1] < p for p in said)
        and not any(c[1] < p for p in turns)
        and ":" not in norm[c[1] : s]
        and ";" not in norm[c[1] : s]  # "wies zurück, wonach 40 getötet worden seien; es habe vier Verletzte gegeben"
        and not _coordinated_speech(norm[c[1] : s], pack)
    ]
    if denial and not any(c[2] == "asserted" for c in cues if denial[-1][1] <= c[0] and c[1] <= s):
        # "Vantor bestritt, dass es plane 2,000 Stellen zu verlagern": what is denied is denied,
        # its own verbs of plan or possibility inside it
        return "denied"
    num = d.start - sent.start
    before = [
        c
        for c in cues
        if clause_start <= c[0]
        and (c[1] <= s or (not c[3] and s <= c[0] and c[1] <= num))  # inside the bound cue: "an estimated"
        and not any(c[1] < p for p in said)
    ]
    if before and pack.pro_drop and not before[-1][3] and before[-1][2] in ("estimated", "planned"):
        # "a OCHA calcula que 600 mil foram afetadas e lançou um apelo de 48 milhões": a verb of
        # its own after "e" opens another clause, which the estimate does not rule
        between = norm[before[-1][1] : s].split()
        if any(w in pack.clause_coordinators and nxt.endswith(pack.verb_endings) for w, nxt in zip(between, between[1:], strict=False)):
            return None
    if before:
        words = [c for c in before if not c[3]]
        if before[-1][3] and words:
            # "stima che il debito raggiungerà il 140%": the word, not the ending; but not a
            # word of another clause ("ha negato che ... e ha annunciato che chiederà fino a")
            between = norm[words[-1][1] : before[-1][0]].split()
            if pack.clause_coordinators.isdisjoint(between):
                return words[-1][2]
        if before[-1][2] == "planned" and pack.forecast is not None:
            # "EirGrid forecasts that data centres will account for about 30%": the forecast rules
            # the future it introduces
            ruling = [c for c in before if c[2] == "estimated" and c[1] <= before[-1][0]]
            if ruling and pack.forecast.fullmatch(norm, ruling[-1][0], ruling[-1][1]):
                return "estimated"
        if before[-1][2] == "estimated" and any(c[2] == "possible" and not c[3] for c in before):
            # "könnten es nach Einschätzung der UN-Organisation bis zu 150.000 werden": what an
            # estimate holds possible is possible
            return "possible"
        return before[-1][2]
    e = d.unit_end - sent.start
    stop = _WINDOW_END.search(norm, e)
    stop_at = stop.start() if stop else len(norm)
    for w in pack.clause_coordinators:  # "31 fueron evacuados y negó que 200": another clause
        k = norm.find(f" {w} ", e, stop_at)
        if k >= 0:
            stop_at = k
    # not an adjective between an article and its noun, which qualifies that noun: "Tausende
    # Landwirte protestierten gegen die geplante Neuordnung" (a noun cue keeps its complement:
    # "dans un projet de loi")
    after = [c for c in cues if e <= c[0] and c[1] <= stop_at and not _attributive(norm, c, pack)]
    if after:
        return after[0][2]
    before = [c for c in cues if c[1] <= s]
    # nor across another speaker's cue ("stima che ... si fermerà a +0,9%, mentre per la Cgil i
    # salari hanno perso il 7%": the Cgil's count)
    if (
        before
        and not any(before[-1][1] < p for p in said)
        and not any(before[-1][1] < p and "," in norm[before[-1][1] : p] for p in turns)
        # nor a plan across a semicolon: "tinha como objetivo cumprir 100 mandados ...; 48 pessoas foram
        # presas" (an estimate goes on: "Nach Berechnungen des Ministeriums ... 2,8 Prozent; im
        # laufenden Jahr seien es 2,4 Prozent")
        and not (before[-1][2] == "planned" and ";" in norm[before[-1][1] : s])
    ):
        if before[-1][2] == "denied" and (
            ":" in norm[before[-1][1] : s]
            or any(before[-1][1] < p for p in turns)
            or _coordinated_speech(norm[before[-1][1] : s], pack)
        ):
            return None  # the speaker's own figure after the denied one: «Sono meno di 40»
        return before[-1][2]
    return None


_WINDOW_END = re.compile(r"[,;:.!?]|\d")


def _coordinated_speech(between: str, pack: Pack) -> bool:
    """Whether a second speech act is joined on with its auxiliary left out: "Il a démenti que
    ... et assuré que 86 évadés": what follows is asserted, not denied."""
    words = between.split()
    return any(
        w in pack.clause_coordinators and nxt in pack.speech_participle_words
        for w, nxt in zip(words, words[1:], strict=False)
    )


def _attributive(norm: str, cue: tuple[int, int, str, bool], pack: Pack) -> bool:
    """Whether a cue word stands between an article and a noun it qualifies ("die geplante
    Neuordnung", "the planned reform"), not as a noun with its complement ("un projet de loi")."""
    if " " in norm[cue[0] : cue[1]].strip() or not pack.determiners.match((_last_word(norm[: cue[0]]) or "") + " "):
        return False  # a phrase cue is a noun with its complement: "un projet de loi"
    nxt = _NEXT_WORD.match(norm, cue[1])
    return nxt is not None and nxt.group(1) not in pack.complement_links
