"""Language packs: each `packs/<code>.py` holds a language's data (words, cues, regex
fragments); this module compiles one into a `Pack` the stages read. The stages never
name a language: adding one is adding a data module and its example corpus.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

from figtrail.errors import UnsupportedLanguageError
from figtrail.packs.tail import TailPattern, first_class, first_texts, trie


def _discover() -> tuple[str, ...]:
    """Every language pack shipped: a module packs/<code>.py (two letters) beside its
    example corpus packs/<code>_corpus.py. Adding a language is adding those two files."""
    here = Path(__file__).parent
    return tuple(
        sorted(p.stem for p in here.glob("[a-z][a-z].py") if (here / f"{p.stem}_corpus.py").exists())
    )


AVAILABLE = _discover()


LEAD_CHARS = 3  # the texts a lead spells out: three characters turn away more word starts than two


def lead(body: str) -> str:
    """A lookahead on what may open a match of the pattern `body`: the three characters it may
    start with (first_texts, as a trie), else the class of its first character (first_class);
    "" when neither can be told. Put before `body`, it changes no match: it only turns most
    positions away at once, where `body` would try each of its alternatives."""
    texts = first_texts(body, LEAD_CHARS)
    if texts:
        return f"(?={trie(texts)})"
    first = first_class(body)
    return f"(?={first})" if first else ""


def lead_any(bodies: list[str]) -> str:
    """A lookahead on what may open a match of any of the patterns `bodies`: the texts they
    may start with as one trie, with the classes of those whose texts cannot be told; ""
    when one of them has neither. Before an alternation of `bodies` each behind its own
    `lead`, it changes no match: most word starts are turned away at once, where each
    alternative would try its own lead."""
    texts: list[str] = []
    classes: list[str] = []
    for body in bodies:
        found = first_texts(body, LEAD_CHARS)
        if found:
            texts += found
            continue
        first = first_class(body)
        if not first:
            return ""
        classes.append(first)
    alts = ([trie(texts)] if texts else []) + classes
    return f"(?=(?:{'|'.join(alts)}))" if alts else ""


def _service_names(d) -> frozenset[str]:
    """The service numbers that may stand inside a name ("fuentes del 112 de Andalucía"): three
    digits or more ("selon les 15 maires" is a count)."""
    return frozenset(n for n in getattr(d, "SERVICE_NUMBERS", ()) if len(n) >= 3)


def _service_name_guard(d) -> str:
    """A lookahead that keeps a service's number inside a name, for the packs that list them."""
    nums = sorted(_service_names(d))
    return rf"(?<!\d)(?!(?:{'|'.join(map(re.escape, nums))})(?![\d.,]\d))" if nums else ""


def scan(lookbehind: str, body: str) -> re.Pattern:
    """A pattern searched along whole sentences: `lookbehind` (a word start), then `body`,
    which `re` tries at every word start of the text: `lead` first. It matches exactly what
    lookbehind + body matches."""
    return re.compile(f"{lookbehind}{lead(body)}{body}")


def scan_within(lookbehind: str, body: str) -> re.Pattern:
    """As `scan`, for a pattern that starts inside a word (a verb ending after two letters):
    the lead goes first, since most positions pass a lookbehind on word characters and the
    lead turns them away at once. Two zero-width tests match the same in either order."""
    return re.compile(f"{lead(body)}{lookbehind}{body}")


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _glued_fractions(d, words: dict) -> tuple[re.Pattern | None, re.Pattern | None, dict[str, str] | None]:
    """Denominators glued from number words and an ordinal ending (veintiunavos 21, dosmillonésimos
    2e6, venticinquesimo 25): a word made of number words, each of which may have lost its last
    vowel (STEM_VOWELS) before the next, and glue letters between (treintaicinco), then one of
    FRACTION_SUFFIXES. The pieces map back to the number words they stand for."""
    if not d.FRACTION_SUFFIXES:
        return None, None, None
    stems: dict[str, str] = {}
    full = list(words) + [w for w in d.SCALES if len(w) > 2 and w.isalpha()]
    for w in full:
        for form in (w, _bare(w)):
            stems.setdefault(form, w)
    for w in full:
        for form in (w, _bare(w)):
            if form[-1] in d.STEM_VOWELS and len(form) > 2:
                stems.setdefault(form[:-1], w)
    for g, word in d.GLUE_JOINERS.items():
        stems.setdefault(g, word)
    suffix = trie(d.FRACTION_SUFFIXES)
    return re.compile(rf"(?:{trie(stems)})+(?:{suffix})"), re.compile(rf"(?:{suffix})$"), stems


def _with_unaccented(table: dict) -> dict:
    """The table plus its accent-free spellings (cinquieme for cinquième), as machine
    translation and hurried typing write them."""
    out = dict(table)
    for k, v in table.items():
        bare = "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c))
        out.setdefault(bare, v)
    return out


def _alt(items, escape: bool = False) -> str:
    """One alternation, longest first so that 'pas moins de' wins over 'moins de'.
    An empty list gives a pattern that never matches. Literal words (escape) are compiled as
    a trie: the same longest-first preference, but a match rejects a position at its first
    letter instead of trying every word."""
    if escape:
        return trie(items)
    items = sorted(set(items), key=len, reverse=True)
    if not items:
        return "(?!)"
    return "|".join(re.escape(i) if escape else i for i in items)


@dataclass(frozen=True)
class Pack:
    code: str
    data: _PackData
    number_words: dict[str, float]
    fractions: dict[str, float]  # denominator words: tiers 3, quart 4, cinquième 5
    multiples: dict[str, float]  # douzaines 12
    multiple_after: re.Pattern  # after digits: "2 douzaines"
    number_run: re.Pattern  # a run of number words: douze mille, vingt-cinq, deux cent trente
    word_numbers: re.Pattern  # bases | vague magnitudes | number-word runs, in one scan
    scales: dict[str, float]
    scale_after: re.Pattern  # right after a number: " milliards", "k", " Md"
    vague: re.Pattern  # des dizaines (de milliers)
    base: re.Pattern  # une dizaine (de milliers)
    bound_left: re.Pattern  # cue ending right before the number; group name = bound
    change_verb_near: re.Pattern  # a change verb just before a number or its cue: "monte jusqu'à"
    compare_link: re.Pattern | None  # "9 400 tonnes, contre 18 100": the second has the first's unit
    impersonal_from: re.Pattern | None  # after "indique-t-on": "à la mairie", "auprès de la préfecture"
    passive_auxiliaries: frozenset[str]  # "wird", "werden": a future, or a passive with a participle
    passive_participle: re.Pattern | None  # the participle that ends a passive clause ("geschätzt")
    passive_markers: frozenset[str]  # "been", "été", "sido" between auxiliary and participle: a passive
    interview: re.Pattern | None  # "en declaraciones a", "in an interview with": the outlet spoken to follows
    reported_future: re.Pattern | None  # a possibility cue that is a future in reported speech ("würden")
    as_leads: tuple[str, ...]  # "come", "comme", "como": before a subject that speaks ("Come la diocesi ha comunicato")
    change_verb_to: re.Pattern  # "... potrebbe scendere fino a | 100.000": a change, then the number it goes to
    speech_auxiliaries: frozenset[str]  # "ha", "hat", "has": the first word of a compound speech verb
    speech_participle_words: frozenset[str]  # the one-word participles: "scritto" (a noun after "lo")
    resumptive: frozenset[str]  # clitics that resume what was just said: "Lo ha reso noto X"
    speech_leads: frozenset[str]  # a word alone before a speech verb whose subject follows: "A rilevarlo è l'Istat"
    pointing_determiners: frozenset[str]  # "aquela força de segurança", "dicho cuerpo": points back, in its sentence too
    noun_relatives: frozenset[str]  # a relative that is also "said that": "the federation that manages the stockpile said"
    resuming_verbs: frozenset[str]  # verbs between a resumptive pronoun and a cue: "Das geht aus dem Bericht hervor"
    reported_mood: re.Pattern | None  # verbs of reported speech: "Erlaubt seien 5.000 Tonnen" goes on the speaker's account
    verb_not_before: dict[str, frozenset[str]]  # a speech verb that the next word makes none
    verb_not_after: dict[str, frozenset[str]]  # a speech verb that the word before makes none (a noun)
    subject_stop_always: frozenset[str]  # words that end an inverted subject even after a role
    reflexives: frozenset[str]  # a speech verb after one is no speech: "se situó en", "s'élève à"
    negation_left: TailPattern | None  # a negation before a bound cue: "ne pas pêcher plus de" is at most
    range_between_left: re.Pattern
    range_and: re.Pattern
    range_to: re.Pattern
    range_from_left: re.Pattern
    unit_after: re.Pattern
    units_after: dict[str, str]
    unit_before: re.Pattern
    units_before: dict[str, str]
    time_unit_after: re.Pattern
    month_after: re.Pattern
    ordinal_after: re.Pattern
    id_left: re.Pattern
    year_left: re.Pattern
    anaphora_left: re.Pattern
    what_link: re.Pattern
    what_aux: re.Pattern
    number_of: re.Pattern
    stopwords_what: frozenset[str]
    premodifiers: frozenset[str]
    not_heads: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    adjective_not: frozenset[str]
    attribution: re.Pattern  # one scan for speech verbs, weak ones and "selon": group names say which
    via_after: re.Pattern
    citing: re.Pattern
    evidence_nouns: frozenset[str]
    pronouns: frozenset[str]
    impersonal: frozenset[str]
    clause_openers: tuple[str, ...]
    verb_adverbs: re.Pattern
    trailing_when: re.Pattern  # a time or date ending a source's phrase: "NHS England on Thursday"
    subject_stop: frozenset[str]
    determiners: re.Pattern
    honorifics: frozenset[str]
    person_roles: frozenset[str]
    org_roles: frozenset[str]
    person_role: re.Pattern
    role: re.Pattern  # any role word, person or organisation; earliest, longest first
    modality: re.Pattern  # group name = modality
    modality_suffix: re.Pattern | None  # verb endings: conditional, future (None: the language has none)
    modality_not: frozenset[str]
    abbreviations: frozenset[str]
    definite: frozenset[str]
    not_names: frozenset[str]
    noun_markers: frozenset[str]
    stopwords: frozenset[str]
    complement_links: tuple[str, ...]
    complement_determiners: frozenset[str]
    left_determiners: frozenset[str]
    left_skip: frozenset[str]
    verb_endings: tuple[str, ...]
    clause_cut: re.Pattern  # where the clause holding a speech verb's subject starts
    adverbial_start: re.Pattern
    relative_start: re.Pattern
    agent: re.Pattern  # "communiqué par X": X
    np_end: re.Pattern  # the end of the phrase after "selon"
    inversion: re.Pattern  # a pronoun glued to an inverted verb: a-t-il
    base_left: re.Pattern
    few_left: TailPattern | None  # "several hundred", "mehrere Tausend", "qualche migliaio": a vague magnitude
    clitics: frozenset[str]
    told: re.Pattern  # "a déclaré à Reuters que": group 1 is the outlet (in the view's offsets)
    number_aliases: dict[str, str]  # forms text2num reads under another spelling: eine -> ein
    ordinal_dot_left: re.Pattern | None  # "am 8.": a number and a dot that make an ordinal
    according_after: re.Pattern | None  # postposed "according to": den Daten der Region zufolge
    nouns_capitalised: bool  # nouns are written capitalised: lower-case words are no heads
    verb_second: bool  # the subject may follow the finite verb: "Zugleich meldete X, ..."
    told_lead: re.Pattern  # "ha detto all'Ansa X": the outlet before an inverted subject
    told_inside: re.Pattern  # an outlet told, inside an inverted subject: "X der Zeitung Bild"
    quote_open: str  # quotation marks that open ("„" in German, where "“" closes)
    quote_close: str
    quote_stray: re.Pattern  # an opening mark before punctuation: a misplaced closing one
    range_article: re.Pattern | None  # an article opening a range's second number: entre el 3 % y el 4 %
    name_adjectives_follow: bool  # "Ministerio de Defensa ruso": a trailing adjective belongs to the name
    spokes_roles: frozenset[str]  # "a spokeswoman", "ein Sprecher" alone: they speak for the body named just before
    evidence_points_back: bool  # "según el balance" (no owner named): the source named before
    what_left_chain: bool  # read back, "margem de tolerância" / "piso atual" lead with their noun
    what_past_participle: bool  # "les secours ont coûté 4,8 millions": the subject before "ont coûté"
    left_window: int  # content words read back from a number for the phrase it measures
    verb_head_defers: bool  # a verb-looking word after a bare count yields to "the number of X"
    inverted_verbs: frozenset[str]  # speech verbs that may come before their subject (empty: all)
    told_verbs: frozenset[str]  # speech verbs an outlet may follow as listener (empty: all)
    speaker_trails: bool  # "..., the ministry said.": a subject-verb speaker after its figures
    # finite verbs that make the words after a speech verb a reported clause, not an inverted
    # speaker: "said the authority had received hundreds" ("that" left out)
    reported_clause_verbs: frozenset[str]
    reported_infinitive: re.Pattern | None  # "sagt sieben Angehörige verloren zu haben": what was said
    postposed_adjective: re.Pattern | None  # "Die Rote Halbmond marokkanische": a copy's adjective after its noun
    name_links: frozenset[str]  # lower-case words inside one name: Office for Budget Responsibility
    bare_money_scales: frozenset[str]  # "vale 28 miliardi": a bare amount in these scales is money
    default_currency: str | None  # its currency when the article names none
    name_places: frozenset[str]  # a capitalised run after these is a place: in the Valencian Community
    head_final: bool  # a noun phrase ends in its head: "North Korean soldiers"
    person_pronouns: frozenset[str]  # pronouns that point back at a person: he, she
    irregular_plurals: frozenset[str]  # plural heads without the plural ending: people, staff
    change_by: re.Pattern | None  # before an amount of change: "raises taxes by £40bn"
    rate_after: re.Pattern | None  # a rate between an amount and its phrase: "£32bn a year of"
    postmodifier_links: frozenset[str]  # "aids for damaged housing": links inside a phrase before
    month_left: re.Pattern | None  # a month right before a day number: March 12 (a date)
    what_coordinators: frozenset[str]  # a counted list: "fiumi, strade e opere pubbliche"
    plural_determiners: frozenset[str]  # "le autorità": the description is plural
    pro_drop: bool  # a speech verb may have no subject: "..., ha aggiunto." (the last speaker)
    what_subject: bool  # a number after a verb may count the verb's subject: "le frane ... sono 376"
    subordinators: frozenset[str]
    measure_verbs: frozenset[str]  # verbs between a phrase and its quantity: grow by, cost
    money_link: re.Pattern | None  # between an amount and what it pays for: "£240m in payments"
    fraction_over: re.Pattern | None = None  # between numerator and denominator: "1 over 3", "un sur trois"
    bound_after: re.Pattern | None = None  # a bound cue after the number: "200 or more"; group name = bound
    subunit_join: re.Pattern | None = None  # between a currency and its subunits: "3 dollars [and] 50 [cents]"
    subunit_after: re.Pattern | None = None  # the subunit word, or the end of the clause
    subunit_alone: re.Pattern | None = None  # "35 centimes de frais": hundredths of the article's currency
    glued_fraction: re.Pattern | None = None  # a denominator glued from number words: veintiunavo, ventunesimo
    glued_suffix: re.Pattern | None = None  # its ordinal ending: avo, esimo
    stem_words: dict[str, str] | None = None  # a piece of a glued word -> the number word it stands for
    scale_fraction: re.Pattern | None = None  # after digits and a scale: "2 millones y medio"
    bound_link: re.Pattern | None = None  # between two opposite bounds: "more than 10 [, but] less than 15"
    fraction_scale: re.Pattern | None = None  # after a fraction in words: "un cuarto de millón"
    subject_relatives: frozenset[str] = frozenset()  # ", que añadió": the relative's subject is the phrase before
    locative_relatives: frozenset[str] = frozenset()  # ", où la police dit": the subject follows the relative
    model_left: re.Pattern | None = None  # "die Modelle Urban 8 und Urban 10 Pro": a model's number, a name
    model_words: tuple[str, ...] = ()  # their words, lower case, looked for first
    evidence_verbs: frozenset[str] = frozenset()  # "found": a speech verb only after evidence ("the readings found")
    relatives: frozenset[str] = frozenset()  # every relative word (RELATIVES and SUBJECT_RELATIVES)
    anaphoric_roles: frozenset[str] = frozenset()  # "a entidade", "the watchdog": bare, they point back
    # the words that tell one kind of institution from another (the anaphoric roles and more):
    # "das Ministerium" does not point back at the "Regionalregierung"
    kind_words: frozenset[str] = frozenset()
    clause_articles: frozenset[str] = frozenset()  # articles no genitive after a noun takes: "des Ministeriums | die Ernten"
    according_named: re.Pattern | None = None  # "per Nézőpont, ...": a cue read on the text, before a known name
    according_named_word: str = ""  # its word, to skip the sentences without it
    according_named_leads: tuple[str, ...] = ()  # what comes before it where a claim opens: ". ", ", ma "
    place_named_heads: frozenset[str] = frozenset()  # bodies named by their place: "Delegación del Gobierno en Madrid"
    point_fractions: frozenset[str] = frozenset()  # "tres décimas": tenths of a percentage point
    rank_adjectives: frozenset[str] = frozenset()  # "General" after a body's noun: "Intervención General"
    negated_modals: frozenset[str] = frozenset()  # "cannot": no subject of a speech verb
    agent_after_figure: re.Pattern | None = None  # "os 2,2% previstos pelo Governo": the agent of a participle after a figure
    statement_lead: re.Pattern | None = None  # "in una nota diffusa": a statement between an inverted verb and its subject
    time_word: re.Pattern = re.compile("(?!)")  # one of TIME_WORDS
    time_phrase: re.Pattern | None = None  # "nella serata di ieri", "am Dienstagabend": when, between an inverted verb and its subject
    according_relative: re.Pattern | None = None  # "selon ce qu'": a relative between the cue and its verb
    claim_nouns: frozenset[str] = frozenset()  # "a claim the group denies": a relative without its pronoun, about the figure before
    agent_words: frozenset[str] = frozenset()  # AGENT_MARKERS as words: "by", "par", "von"
    prenominal_agent: re.Pattern | None = None  # "laut der von der Post veröffentlichten Liste": the agent before the participle
    gender_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "r": masculine heads ("verband"), "s": neuter ("amt")
    generic_person_roles: frozenset[str] = frozenset()  # "le dirigeant socialiste": a role any leader named before fits
    noun_markers_of_present: frozenset[str] = frozenset()  # "media reports" (a noun), "media reported" (a verb)
    toll_verbs: frozenset[str] = frozenset()  # speech verbs that also take lives: "claimed", "forderte"
    toll_object: re.Pattern | None = None  # their object then: "claimed 212 lives", "212 Todesopfer gefordert"
    partitive_opener: re.Pattern | None = None  # "Desse total, ...": a sentence that goes on with the figures before
    article_onsets: dict[str, re.Pattern] = field(default_factory=dict)  # "lo" is an article only before these
    source_side: tuple[str, ...] = ()  # "du côté de": the body an impersonal "on" speaks for
    point_words: re.Pattern | None = None  # " punti" after a decimal: points of percentage
    stressed_pronouns: frozenset[str] = frozenset()  # "le ministère, lui, fait état de": the subject stressed
    any_body_roles: frozenset[str] = frozenset()  # "die Behörde": points back at a body of any kind
    object_determiners: frozenset[str] = frozenset()  # after a subject's noun, an article that opens the object
    pronoun_genders: dict[str, str] = field(default_factory=dict)  # "er": "r" (GENDER_ENDINGS)
    negation_words: frozenset[str] = frozenset()  # NEGATIONS: "haben nie geantwortet" says nothing
    subject_after: re.Pattern | None = None  # "Die Kosten bezifferte | der Sprecher": a subject's article, its noun (group 1)
    fronted_objects: frozenset[str] = frozenset()  # articles a fronted object may open with: "Die Kosten bezifferte"
    oblique_determiners: frozenset[str] = frozenset()  # never a subject's: "Den Schaden beziffert die Feuerwehr"
    subject_after_oblique: re.Pattern | None = None  # then any nominative article opens the subject
    descriptors: frozenset[str] = frozenset()  # "Insurer Aviva": a company's trade written before its name
    glued_subunit: re.Pattern | None = None  # "85p": a subunit glued to its number; group 1 its word
    glued_subunit_currency: dict[str, str] = field(default_factory=dict)  # "p" -> GBP
    number_relative: TailPattern | None = None  # "frente al 5 % que reclaman los sindicatos": its own speaker, after its verb
    listener: re.Pattern | None = None  # "según ha comunicado la compañía | a la CNMV": whom it was told, not who
    counterparts: frozenset[str] = frozenset()  # "..., die Veranstalter von 6.000": who speak with their verb left out
    passive_estimate: re.Pattern | None = None  # "est estimé à 85 millions ... par la métropole": group 1 the agent's marker
    resuming_opener: re.Pattern | None = None  # "Das waren 33 weniger, wie X mitteilte": X said the sentence before too
    role_antecedents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "a pasta": a ministry named before
    as_clause: TailPattern | None = None  # "comme", "como" before a speech verb: its subject follows it
    self_named_roles: frozenset[str] = frozenset()  # "o governo estadual": names itself, not a named org
    # ", et mobilise ..." after ", a indiqué X": a clause joined to the speaker's sentence
    clause_coordination: re.Pattern | None = None
    clause_coordinators: frozenset[str] = frozenset()  # and, but: a verb after one shares the subject of the verb before
    own_words: frozenset[str] = frozenset()  # "nach eigenen Angaben": the subject's own figures
    genitive_determiners: frozenset[str] = frozenset()  # "des Konzerns": the owner is "Konzern"
    subject_openers: re.Pattern | None = None  # "enquanto a empresa propôs": a conjunction before the subject
    clock_left: re.Pattern | None = None  # "alle 21 di giovedì": the hour, not a count
    clock_right: re.Pattern | None = None  # what follows an hour: punctuation, "and", its day
    change_to: re.Pattern | None = None  # "von 6,0 auf 6,6 Prozent": the word between a change's numbers
    rate_each: re.Pattern | None = None  # "cada 100.000": the base of a rate, whatever follows
    rate_per: re.Pattern | None = None  # "per 100,000 people": a rate's base before people only
    rate_people: re.Pattern | None = None
    possessives: frozenset[str] = frozenset()  # "ses contrôleurs": the owner named last speaks
    same_source_words: frozenset[str] = frozenset()  # "la même source": the source just before
    said_own_evidence: frozenset[str] = frozenset()  # "X said its investigation had found": X's own
    gerund_speech: re.Pattern | None = None  # ", adding that": the speaker of the verb before
    partitive_left: re.Pattern | None = None  # "di cui ", "dont ", "of which ": a part of what was just said
    money_context: re.Pattern | None = None  # "le perdite arrivano a 80 milioni": money
    not_speakers: frozenset[str] = frozenset()  # "l'accordo prevede": a text or a measure says nothing
    apposed_participle: re.Pattern | None = None  # ", ligada ao Senado,": a description, no subject
    record_verbs: frozenset[str] = frozenset()  # "han registrado ..., según X": X counted and speaks
    change_size_words: frozenset[str] = frozenset()  # "rise by up to": the size of the change
    forecast: re.Pattern | None = None  # "forecasts that ... will": the estimated cue that rules a future
    cue_possessives: frozenset[str] = frozenset()  # "after her words", "nach seinen Worten"
    share_words: frozenset[str] = frozenset()  # "half", "moitié": a share of a whole (50 %)
    one_scale: re.Pattern | None = None  # "dépasser le milliard", "superare il miliardo": one of the scale
    one_scale_words: tuple[str, ...] = ()  # its words, looked for before the pattern
    # a match's score in words: "a vitória do Flamengo por 2 a 1" (both numbers are no figures)
    score_link: str = ""  # the word between the two numbers ("a", "à", "to")
    # prepositions of place and time whose noun is not what a number measures, where the nearest
    # capitalised noun is read back ("seit Jahresbeginn um 20 Prozent")
    place_time_prepositions: frozenset[str] = frozenset()
    score_words: re.Pattern | None = None  # a result's words before the score, within its clause
    share: re.Pattern | None = None
    share_not_after: frozenset[str] = frozenset()  # "the first half of 2024": a period, no share
    share_links: frozenset[str] = frozenset()  # words that link a share to its whole beyond the complement links
    up_to_as_to: re.Pattern | None = None  # "hasta" after a verb of change is "to" (exact)
    according_named_count: re.Pattern | None = None  # "30mila persone per gli organizzatori"
    according_named_not_after: re.Pattern | None = None  # "5 milioni di euro per la Regione": for whom
    amount_of_left: re.Pattern | None = None  # "einen Hilfsfonds über": "über" is "of", no bound
    clause_turn: re.Pattern | None = None  # ", mentre", ", while": a new claim, another speaker
    subject_opener_before: re.Pattern | None = None  # "…, mentre" right before an according cue
    evidence_suffixes: tuple[str, ...] = ()  # "Polizeiangaben": evidence glued to its owner
    evidence_heads: tuple[str, ...] = ()  # "Jahresbericht des Verbands": a compound whose head is evidence
    article_relative: re.Pattern | None = None  # ", der seit 2004 ...": an article-shaped relative pronoun
    data_participle: re.Pattern | None = None  # "dados do IBGE divulgados": the data's participle
    service_numbers: frozenset[str] = frozenset()  # "el 112": an emergency service by its number
    service_names: frozenset[str] = frozenset()  # those that may stand inside a source's name
    service_leads: frozenset[str] = frozenset()  # "del 112", "dal 118": an article's contraction before a service number
    street_after: re.Pattern | None = None  # "au 30 boulevard Vivier-Merle": a house number
    clock_range: re.Pattern | None = None  # "dalle 10 alle 13": opening hours, no figure
    our_words: frozenset[str] = frozenset()  # "nach unseren Berechnungen": the one quoted speaks
    evidence_modifiers: frozenset[str] = frozenset()  # "o mesmo levantamento": the same evidence
    unnamed_sources: frozenset[str] = frozenset()  # "fonti vicine al dossier": people, not evidence
    client_links: frozenset[str] = frozenset()  # "un sondage Ifop pour Le Figaro": for whom, not whose
    source_from: frozenset[str] = frozenset()  # "Desde la Consejería señalan que": the body speaks
    place_names: frozenset[str] = frozenset()  # "Wirtschaftskammer Tirol": a place ends an institution's name
    homographs: tuple = ()  # (number word, the left context where it is another word); a tuple: a Pack hashes
    back_according: re.Pattern | None = None  # "demnach": according to the source named before
    elided_article: re.Pattern | None = None  # "l'AFP": the article, its apostrophe, the noun


# names holding a number, written alike in every language: stock indices ("el Ibex 35", "le CAC
# 40", "the FTSE 100", "l'Euro Stoxx 50", "S&P 500")
SHARED_ID_CUES = [r"ibex", r"cac", r"ftse", r"ftse mib", r"stoxx", r"euro stoxx", r"dax", r"mdax", r"sdax", r"tecdax", r"s&p", r"nikkei", r"psi", r"smi", r"aex"]

# the scale words a machine translation leaves in another language's copy ("R$ 137 milhões" in an
# English copy of a Brazilian wire, "1,9 Mrd." in a Spanish copy of a German one): read after
# digits in every pack whose own scales lack them. Not "billion" (10^12 in French and German),
# nor the short ones ("mil", "m") that mean other things elsewhere.
FOREIGN_SCALES = {
    "million": 1e6, "millions": 1e6, "millionen": 1e6, "mio.": 1e6, "millón": 1e6, "millones": 1e6,
    "milhão": 1e6, "milhões": 1e6, "milione": 1e6, "milioni": 1e6,
    "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9,
    "miliardo": 1e9, "miliardi": 1e9, "bilhão": 1e9, "bilhões": 1e9,
}  # fmt: skip

# the little words of English names, which news in every language carries as they are: "Save the
# Children", "Institute for Fiscal Studies" (added to each pack's NAME_LINKS)
SHARED_NAME_LINKS = ("the", "of", "for")

# units written the same in every language (currency names taken as they are, symbols): each
# pack's UNITS_AFTER adds its own words and may override these
SHARED_UNITS_AFTER = {
    "taka": "BDT",
    "naira": "NGN",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "baht": "THB",
    "forint": "HUF",
    "forints": "HUF",
    "fiorini": "HUF",  # the forint in Italian, Spanish and Portuguese copy
    "fiorino": "HUF",
    "florines": "HUF",
    "shekel": "ILS",
    "shekels": "ILS",
    "tenge": "KZT",
    "hl": "hl",
}


def _optional(d, name: str, shape: str = "{}") -> re.Pattern | None:
    """A pack's optional pattern `name`, written into `shape` where its "{}" is; None when the
    pack has none (most rules are for some languages only)."""
    pattern = getattr(d, name, "")
    return re.compile(shape.replace("{}", pattern)) if pattern else None


def _when_words(d) -> str:
    """A pack's time words and full month names, as one alternation (never empty)."""
    months = [re.escape(m) for m in getattr(d, "MONTHS", ()) if len(m) >= 4 and " " not in m]
    return "|".join([*getattr(d, "TIME_WORDS", ()), *months]) or "(?!)"


def _compile(code: str, d: ModuleType) -> Pack:
    # when something was said, between a speech verb and its subject or after a source:
    # "a annoncé jeudi 13 mars la DGDDI", "figures published by NHS England on Thursday"
    months = _alt(d.MONTHS, escape=True)
    when = (
        rf"(?:{_alt(d.VERB_ADVERBS, escape=True)})(?:\s*\(\d{{1,2}}\))?"
        rf"|(?:(?:{_alt(d.VERB_ADVERBS, escape=True)})\s+)?\d{{1,2}}(?:er|º|st|nd|rd|th|\.)?\s+(?:{months})"
        rf"|(?:on\s+)?(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d.,])"
    )
    # hurried and machine-translated spellings drop accents (veintitres, tres, milhoes): the
    # bare forms read as their accented words
    words = _with_unaccented(d.NUMBER_WORDS)
    aliases = dict(getattr(d, "NUMBER_ALIASES", {}))
    for k in d.NUMBER_WORDS:
        if _bare(k) not in d.NUMBER_WORDS:
            aliases.setdefault(_bare(k), aliases.get(k, k))
    # scale words continue a run of number words (deux millions); bases and vague words
    # (millier, milliers) are read by their own branches
    scale_words = [
        w for w in d.SCALES if len(w) > 2 and w.isalpha() and w not in d.BASES and w not in d.VAGUE
    ]
    fractions = _with_unaccented(getattr(d, "FRACTIONS", {}))
    multiples = _with_unaccented(getattr(d, "MULTIPLES", {}))
    word_alt = trie(list(words) + scale_words + list(fractions) + list(multiples) + list(d.WORD_VALUES))
    compound = getattr(d, "NUMBER_COMPOUND", "")  # one word glued from number words: zweihundertfünfzig
    glued, glued_suffix, stems = _glued_fractions(d, words)
    if glued is not None:
        word_alt = f"(?:{glued.pattern})|{word_alt}"
    if d.DENOMINATOR_AFTER:  # "dois onze avos": the word makes the number before it a denominator
        word_alt = f"{word_alt}|{trie(d.DENOMINATOR_AFTER)}"
    if compound:
        word_alt = f"(?:{compound})|{word_alt}"
    joiners = _alt(list(d.NUMBER_JOINERS) + list(d.DECIMAL_WORDS) + list(d.FRACTION_JOINERS), escape=True)
    # a run: number words joined by spaces, hyphens or joiners ("vingt et un")
    number_run = scan(
        r"(?<![\w-])", rf"(?:{word_alt})(?:(?:[\s-]+|\s+(?:{joiners})\s+)(?:{word_alt}))*(?![\w-])"
    )
    multiple_words = _alt(list(multiples) + list(d.BASES), escape=True)
    multiple_after = re.compile(rf"\s?({multiple_words})(?![\w])")
    own_scales = {k.lower() for k in d.SCALES}
    foreign_scales = {k: v for k, v in FOREIGN_SCALES.items() if k not in own_scales}
    short_scales = _alt([s for s in d.SCALES] + list(foreign_scales), escape=True)
    scale_glue = getattr(d, "SCALE_GLUE", r"\s?")  # between digits and scale: "1,5 Mrd", "100-Milliarden"
    scale_after = re.compile(rf"(?:{scale_glue})({short_scales})(?![\w])")
    vague_words = trie(d.VAGUE)
    scale_link_words = trie([w for w in d.SCALES if len(w) > 2 and w.isalpha()])
    vague = scan(
        r"(?<![\w-])",
        rf"({vague_words})(?:\s+{d.VAGUE_REPEAT}\s+(?:{vague_words}))?(?:\s+{d.SCALE_LINK}({scale_link_words}))?(?![\w])",
    )
    base = scan(r"(?<![\w-])", rf"({trie(d.BASES)})(?:\s+{d.SCALE_LINK}({scale_link_words}))?(?![\w])")
    # one scan for every word-made number of a sentence, bases first (une dizaine de milliers),
    # then vague magnitudes (des dizaines de milliers), then number words
    word_numbers = scan(
        r"(?<![\w-])",
        rf"(?:(?P<base>{trie(d.BASES)})(?:\s+{d.SCALE_LINK}(?P<base_scale>{scale_link_words}))?(?![\w])"
        rf"|(?P<vague>{vague_words})(?:\s+{d.VAGUE_REPEAT}\s+(?:{vague_words}))?"
        rf"(?:\s+{d.SCALE_LINK}(?P<vague_scale>{scale_link_words}))?(?![\w])"
        rf"|(?P<words>(?:{word_alt})(?:(?:[\s-]+|\s+(?:{joiners})\s+)(?:{word_alt}))*)(?![\w-]))",
    )
    bound_groups = "|".join(f"(?P<{b}>{_alt(cues)})" for b, cues in d.BOUND_CUES.items())
    # a word between the cue and its number: "pelo menos outras 9 embarcações", "mindestens aber 350"
    others = _alt(getattr(d, "BOUND_OTHER_WORDS", ()), escape=True)
    others = rf"(?:\s+(?:{others}))?" if others else ""
    bound_left = TailPattern(rf"(?<![\w])(?:{bound_groups}){others}\s*\"?\s*$")
    units_after = {**SHARED_UNITS_AFTER, **{k.lower(): v for k, v in d.UNITS_AFTER.items()}}
    unit_alt = _alt(units_after, escape=True)
    unit_after = re.compile(rf"(?:\s|-(?=[^\W\d]{{3}}))?(?:{d.WHAT_LINK})?({unit_alt})(?![\w²])")  # "150-metre": a hyphen too
    units_before = {k.lower(): v for k, v in d.UNITS_BEFORE.items()}
    unit_before = TailPattern(rf"(?<![\w])({_alt(units_before, escape=True)})\s?$")
    mod_groups = "|".join(f"(?P<{m}>{_alt(c)})" for m, c in d.MODALITY_CUES.items())
    suffix_groups = "|".join(f"(?P<{m}>{trie(c)})" for m, c in d.MODALITY_SUFFIXES.items() if c)
    suffix_groups = suffix_groups or "(?!)"  # a language whose verbs carry no modality (en)
    inv = d.SPEECH_INVERSION
    # words between auxiliary and participle: up to three (a-t-il déjà dit); verb-final
    # languages set more ("hatte der Chef des Dienstes, Kyrylo Budanow, gesagt")
    gap = getattr(d, "SPEECH_GAP", r"(?: [\w']+){0,3}?")
    # separable verbs: finite form ... particle at the clause end ("teilte ... mit")
    split = "".join(
        rf"|(?:{trie(fin)}){gap} (?:{trie(part)})(?=\s*[,.;:!?\"]|\s*$)"
        for fin, part in getattr(d, "SPEECH_SPLIT", [])
    )
    speech = (
        rf"(?:{trie(d.SPEECH_AUXILIARIES)}){gap} (?:{trie(d.SPEECH_PARTICIPLES)})"
        rf"|(?:{trie(inv['aux']) if inv['aux'] else '(?!)'}) (?:{trie(d.SPEECH_PARTICIPLES)})"
        rf"|(?:{trie(d.SPEECH_PRESENT)})(?:{trie(inv['suffix']) if inv['suffix'] else '(?!)'})?"
        rf"{split}"
        # phrases a word list cannot spell: "put the previous year's total at"
        + "".join(f"|(?:{p})" for p in getattr(d, "SPEECH_PATTERNS", ()))
    )
    time_words = "|".join(getattr(d, "TIME_WORDS", ()))  # regexes: "\w*abend"
    ordinal_dot = getattr(d, "ORDINAL_DOT_LEFT", [])
    according_after = getattr(d, "ACCORDING_AFTER", [])
    # role words inside compounds (Finanzminister, Nachrichtenagentur) when the language glues them
    role_left = r"(?<![-])" if getattr(d, "ROLE_COMPOUNDS", False) else r"(?<![\w-])"
    role_right = getattr(d, "ROLE_ENDINGS", "") + r"(?![\w-])"  # inflected: des Dienstes
    return Pack(
        code=code,
        data=d,
        number_words=words,
        fractions=fractions,
        multiples=multiples,
        multiple_after=multiple_after,
        number_run=number_run,
        word_numbers=word_numbers,
        scales={**foreign_scales, **{k.lower(): v for k, v in d.SCALES.items()}},
        scale_after=scale_after,
        vague=vague,
        base=base,
        bound_left=bound_left,
        # a change verb just back, maybe past a little word or its own amount: "monte jusqu'à",
        # "creció un 18,4 %",
        # "mejoró 2,3 puntos hasta el 41,8 %" (not "chegaram a formar filas de até 20 km")
        # a verb of change, then at most two little words, right before a number: "potrebbe
        # scendere fino a", "could fall to", "subirá hasta"
        change_verb_to=re.compile(rf"(?<![\w]){d.CHANGE_VERBS}(?![\w])(?:\s+[\w']{{1,5}}){{0,2}}\s*$"),
        change_verb_near=TailPattern(
            rf"(?<![\w]){d.CHANGE_VERBS}(?![\w])(?:\s+[\w%]{{1,4}})?(?:\s+\d[\d.,]*\s*(?:[^\W\d]{{1,10}}|%)?)?\s*$"
        ),
        compare_link=(
            re.compile(rf"^\s*,?\s*(?:{_alt(d.COMPARE_LINKS)})\s*$") if getattr(d, "COMPARE_LINKS", None) else None
        ),
        speech_auxiliaries=frozenset(w.split()[0] for w in d.SPEECH_AUXILIARIES),
        speech_participle_words=frozenset(w for w in d.SPEECH_PARTICIPLES if " " not in w),
        resumptive=frozenset(getattr(d, "RESUMPTIVE_CLITICS", ())),
        speech_leads=frozenset(getattr(d, "SPEECH_LEADS", ())),
        resuming_verbs=frozenset(getattr(d, "RESUMING_VERBS", ())),
        noun_relatives=frozenset(getattr(d, "NOUN_RELATIVES", ())),
        pointing_determiners=frozenset(getattr(d, "POINTING_DETERMINERS", ())),
        reported_mood=(
            re.compile(rf"(?<![\w])(?:{_alt(d.REPORTED_MOOD)})(?![\w])") if getattr(d, "REPORTED_MOOD", None) else None
        ),
        verb_not_before={v: frozenset(ws) for v, ws in getattr(d, "VERB_NOT_BEFORE", {}).items()},
        verb_not_after={v: frozenset(ws) for v, ws in getattr(d, "VERB_NOT_AFTER", {}).items()},
        subject_stop_always=frozenset(getattr(d, "SUBJECT_STOP_ALWAYS", ())),
        reflexives=frozenset(getattr(d, "REFLEXIVES", ())),
        negation_words=frozenset(getattr(d, "NEGATIONS", ())),
        pronoun_genders=dict(getattr(d, "PRONOUN_GENDERS", {})),
        negation_left=(
            TailPattern(rf"(?:(?<![\w])(?:{_alt(d.NEGATIONS)})|n't)(?:\s+[\w'-]+){{0,2}}\s+$")
            if getattr(d, "NEGATIONS", None)
            else None
        ),
        range_between_left=TailPattern(rf"(?<![\w]){d.RANGE_BETWEEN}\s+$"),
        range_and=re.compile(rf"^\s*(?:{d.RANGE_AND})\s*$"),
        range_to=re.compile(rf"^\s*(?:{d.RANGE_TO}|-|–|—)\s*$"),
        range_from_left=TailPattern(rf"(?<![\w])(?:{d.RANGE_FROM})\s*$"),
        unit_after=unit_after,
        units_after=units_after,
        unit_before=unit_before,
        units_before=units_before,
        # "73 ans", "trois jours", and glued as a modifier: "the 18-week standard", "35-Stunden-Woche"
        time_unit_after=re.compile(
            rf"^(?:\s?(?:{getattr(d, 'TIME_LINK', d.WHAT_LINK)})?|[-‐])(?:{_alt(d.TIME_UNITS)})(?![\w])"
        ),
        # a month after the number, or after a list of days: "16 e 17 maggio", "du 16 au 18 mai"
        month_after=re.compile(
            rf"^(?:\s*(?:[,\-–]|(?:{d.RANGE_AND})(?![\w])|(?:{d.RANGE_TO})(?![\w]))\s*"
            rf"(?:(?:le|el|il|lo|o|the|den|dem|al|au)\s+)?\d{{1,2}}(?:er|º|\.)?)*"
            rf"\s?(?:of\s|de\s|del\s)?(?:{_alt(d.MONTHS, escape=True)})(?![\w])"  # "the 3 of August"
        ),
        ordinal_after=re.compile(rf"{d.ORDINAL_SUFFIXES}(?![\w])"),
        id_left=TailPattern(rf"(?<![\w])(?:{_alt(list(d.ID_CUES) + SHARED_ID_CUES)})\s?$"),
        year_left=TailPattern(rf"(?<![\w])(?:{_alt(d.YEAR_CUES)})\s+$"),
        anaphora_left=TailPattern(rf"(?<![\w]){d.ANAPHORA_BEFORE}\s+$"),
        what_link=re.compile(rf"\s*\"?\s*{d.WHAT_LINK}"),
        what_aux=re.compile(rf"\s*(?:{_alt(d.WHAT_AUXILIARIES, escape=True)})\s+"),
        number_of=scan(r"(?<![\w])", d.NUMBER_OF),
        stopwords_what=frozenset(d.WHAT_STOPWORDS),
        premodifiers=frozenset(d.WHAT_PREMODIFIERS),
        # a month is when, not what ("salita a ottobre al 3,1%"); not the short forms ("mar", "set")
        not_heads=frozenset(d.WHAT_NOT_HEADS) | frozenset(m.lower() for m in d.MONTHS if len(m) > 3 and not m.endswith(".")),
        adjective_suffixes=tuple(d.ADJECTIVE_SUFFIXES),
        adjective_not=frozenset(d.ADJECTIVE_NOT),
        attribution=scan(
            r"(?<![\w'-])",
            rf"(?:(?P<speech>{speech})(?![\w])|(?P<weak>{trie(d.WEAK_SPEECH)})(?![\w])"
            rf"|(?P<according>{_alt(d.ACCORDING_TO)})(?![\w])\s*)",
        ),
        via_after=re.compile(rf"(?<![\w])(?:{_alt(d.VIA_AFTER)})(?:\s+|(?<='))"),  # "citato dall'agenzia"
        citing=re.compile(rf"(?<![\w])(?:{_alt(d.CITING)})\s+"),
        evidence_nouns=frozenset(d.EVIDENCE_NOUNS),
        pronouns=frozenset(d.PRONOUNS),
        impersonal=frozenset(d.IMPERSONAL),
        clause_openers=tuple(d.CLAUSE_OPENERS),
        verb_adverbs=re.compile(rf"(?:\s*,?\s*(?:{when})(?![\w]))*\s*,?\s*"),
        trailing_when=re.compile(rf"(?:\s*,?\s+(?:{when}))+\s*$"),
        subject_stop=frozenset(d.SUBJECT_STOP),
        # the text's own apostrophe too: "l’association" is read from the text, not its normal form
        determiners=re.compile(
            rf"^(?:{_alt([*d.DETERMINERS, *(x.replace(chr(39), '’') for x in d.DETERMINERS if chr(39) in x)], escape=True)})"
            r"(?:\s+|(?<=['’])|$)"
        ),
        honorifics=frozenset(h for x in d.HONORIFICS for h in (x, x.rstrip("."))),  # "M." and "M" before its dot
        person_roles=frozenset(d.PERSON_ROLES),
        org_roles=frozenset(d.ORG_ROLES),
        person_role=re.compile(rf"{role_left}(?:{trie(d.PERSON_ROLES)}){role_right}"),
        role=re.compile(rf"{role_left}(?:{trie(d.PERSON_ROLES + d.ORG_ROLES)}){role_right}"),
        modality=scan(r"(?<![\w-])", rf"(?:{mod_groups})(?![\w])"),
        modality_suffix=scan_within(r"(?<=\w\w)", rf"(?:{suffix_groups})(?![\w'-])") if d.MODALITY_SUFFIXES else None,
        modality_not=frozenset(d.MODALITY_NOT),
        abbreviations=frozenset(d.ABBREVIATIONS),
        definite=frozenset(d.DEFINITE),
        not_names=frozenset(d.NOT_NAMES),
        noun_markers=frozenset(d.NOUN_MARKERS),
        stopwords=frozenset(d.STOPWORDS),
        clitics=frozenset(d.CLITICS),
        # the outlet ends at a comma, a colon, "that", the sentence's end, or where the pack says
        # ("told Reuters on Monday", "told Reuters the plant will ...": "that" left out)
        told=re.compile(
            rf"\s*(?:{_alt(d.TOLD, escape=True)})\s+([\w'’.-]+(?:\s+[\w'’.-]+){{0,2}}?)"
            rf"\s*(?:,|:|{_alt(d.SUBORDINATORS, escape=True)}|(?=[.;!?»\"”]|$){''.join('|' + e for e in getattr(d, 'TOLD_ENDS', ()))})"
        ),
        complement_links=tuple(d.COMPLEMENT_LINKS),
        complement_determiners=frozenset(d.COMPLEMENT_DETERMINERS),
        left_determiners=frozenset(d.LEFT_DETERMINERS),
        left_skip=frozenset(d.LEFT_SKIP),
        verb_endings=tuple(d.VERB_ENDINGS),
        clause_cut=re.compile(
            rf"[;:\"—]|(?<=\s)[–-](?=\s)|(?<![\w-])(?:{_alt(d.SUBORDINATORS, escape=True)})(?![\w])|(?<![\w-])(?:{_alt([w for w in d.SUBORDINATORS if w.endswith(chr(39))], escape=True)})"
        ),
        adverbial_start=re.compile(rf"(?:{_alt(d.ADVERBIAL_STARTS, escape=True)})(?![\w'])"),
        relative_start=re.compile(rf"(?:{_alt(d.RELATIVES, escape=True)})(?![\w'])"),
        agent=re.compile(rf"(?<![\w])(?:{_alt(d.AGENT_MARKERS, escape=True)})(?:\s+|(?<='))(.+)$"),
        # a number ends a name, unless it names a service ("fuentes del 112 de Andalucía")
        np_end=re.compile(
            # a digit glued after a letter is a name's ("GAD3", "M6"), not a number's start
            rf"[,;:.!?\"()–—]|{_service_name_guard(d)}(?<![^\W\d_])\d|\s(?:{_alt(d.NP_END_WORDS, escape=True)})\s"
        ),
        # no pronoun glued to a speech verb (es, it, en): a pattern that never matches
        inversion=re.compile(rf"(?:{_alt(d.SPEECH_INVERSION['suffix'], escape=True) or '(?!)'})(?![\w])"),
        number_aliases=aliases,
        ordinal_dot_left=TailPattern(rf"(?<![\w])(?:{_alt(ordinal_dot)})\s+$") if ordinal_dot else None,
        according_after=re.compile(rf"(?<![\w])(?:{_alt(according_after)})(?![\w])") if according_after else None,
        nouns_capitalised=bool(getattr(d, "NOUNS_CAPITALISED", False)),
        verb_second=bool(getattr(d, "VERB_SECOND", False)),
        # an outlet told right after an inverted verb: "ha detto all'Ansa il presidente"
        told_lead=re.compile(rf"\s*(?:{_alt([t for t in d.TOLD if t], escape=True)})(?:\s+|(?<='))"),
        # an outlet told inside an inverted subject: "X der Zeitung Bild", "le autorità all'Ansa"
        told_inside=re.compile(
            rf"\s(?:{_alt([t for t in d.TOLD if ' ' in t or t.endswith(chr(39))], escape=True) or '(?!)'})"
            r"(?:\s+|$|(?<=')(?=(?-i:[A-ZÀ-Ý])))",
            re.I,
        ),
        quote_open=getattr(d, "QUOTE_OPEN", "«“"),
        quote_close=getattr(d, "QUOTE_CLOSE", "»”"),
        quote_stray=re.compile(rf"[{re.escape(getattr(d, 'QUOTE_OPEN', '«“'))}]\s*(?=[,.;:!?]|$)"),
        left_window=int(getattr(d, "WHAT_LEFT_WORDS", 3)),
        what_left_chain=bool(getattr(d, "WHAT_LEFT_CHAIN", False)),
        what_past_participle=bool(getattr(d, "WHAT_PAST_PARTICIPLE", False)),
        evidence_points_back=bool(getattr(d, "EVIDENCE_POINTS_BACK", False)),
        spokes_roles=frozenset(getattr(d, "SPOKES_ROLES", ())),
        name_adjectives_follow=bool(getattr(d, "NAME_ADJECTIVES_FOLLOW", False)),
        verb_head_defers=bool(getattr(d, "VERB_HEAD_DEFERS", False)),
        range_article=re.compile(rf"\s(?:{_alt(getattr(d, 'RANGE_ARTICLES', []), escape=True)})\s*$")
        if getattr(d, "RANGE_ARTICLES", [])
        else None,
        inverted_verbs=frozenset(getattr(d, "INVERTED_VERBS", ())),
        told_verbs=frozenset(getattr(d, "TOLD_VERBS", ())),
        speaker_trails=bool(getattr(d, "SPEAKER_TRAILS", False)),
        reported_clause_verbs=frozenset(getattr(d, "REPORTED_CLAUSE_VERBS", ())),
        reported_infinitive=_optional(d, "REPORTED_INFINITIVE"),
        postposed_adjective=_optional(d, "POSTPOSED_ADJECTIVE"),
        name_links=frozenset(getattr(d, "NAME_LINKS", ())) | frozenset(SHARED_NAME_LINKS),
        name_places=frozenset(getattr(d, "NAME_PLACES", ())),
        bare_money_scales=frozenset(getattr(d, "BARE_MONEY_SCALES", ())),
        default_currency=getattr(d, "DEFAULT_CURRENCY", None),
        head_final=bool(getattr(d, "HEAD_FINAL", False)),
        person_pronouns=frozenset(getattr(d, "PERSON_PRONOUNS", ())),
        irregular_plurals=frozenset(getattr(d, "IRREGULAR_PLURALS", ())),
        change_by=TailPattern(rf"(?<![\w])(?:{d.CHANGE_BY})\s+$") if getattr(d, "CHANGE_BY", "") else None,
        rate_after=_optional(d, "RATE_AFTER", r"\s*(?:{})(?![\w])"),
        postmodifier_links=frozenset(getattr(d, "POSTMODIFIER_LINKS", ())),
        month_left=TailPattern(rf"(?<![\w])(?:{_alt(d.MONTHS, escape=True)})\.?\s+$")
        if getattr(d, "DATE_MONTH_FIRST", False)
        else None,
        measure_verbs=frozenset(getattr(d, "MEASURE_VERBS", ())),
        what_subject=bool(getattr(d, "WHAT_SUBJECT", False)),
        pro_drop=bool(getattr(d, "PRO_DROP", False)),
        plural_determiners=frozenset(getattr(d, "PLURAL_DETERMINERS", ())),
        what_coordinators=frozenset(getattr(d, "WHAT_COORDINATORS", ())),
        subordinators=frozenset(d.SUBORDINATORS),
        subject_relatives=frozenset(d.SUBJECT_RELATIVES),
        locative_relatives=frozenset(getattr(d, "LOCATIVE_RELATIVES", ())),
        evidence_verbs=frozenset(getattr(d, "EVIDENCE_VERBS", ())),
        model_words=tuple(w.lower() for w in getattr(d, "MODEL_WORDS", ())),
        model_left=(
            re.compile(
                rf"(?i:(?<![\w])(?:{_alt(d.MODEL_WORDS)}))\s+(?:(?:[A-ZÀ-Ý][\w-]*|\d+|(?i:{_alt(d.CLAUSE_COORDINATORS)}))\s+)*?[A-ZÀ-Ý][\w-]*\s$"
            )
            if getattr(d, "MODEL_WORDS", ())
            else None
        ),
        relatives=frozenset(d.RELATIVES) | frozenset(d.SUBJECT_RELATIVES),
        anaphoric_roles=frozenset(d.ANAPHORIC_ROLES),
        kind_words=frozenset(d.ANAPHORIC_ROLES) | frozenset(getattr(d, "KIND_WORDS", ())),
        stressed_pronouns=frozenset(getattr(d, "STRESSED_PRONOUNS", ())),
        point_words=(
            re.compile(rf"\s(?:{_alt(d.POINT_WORDS, escape=True)})(?![\w])(?!\s+(?:{_alt(d.POINT_NOT_AFTER, escape=True)})(?![\w]))")
            if getattr(d, "POINT_WORDS", ())
            else None
        ),
        source_side=tuple(sorted(getattr(d, "SOURCE_SIDE", ()), key=len, reverse=True)),
        article_onsets={k: re.compile(v) for k, v in getattr(d, "ARTICLE_ONSETS", {}).items()},
        partitive_opener=(
            re.compile(rf"\s*(?:{_alt(d.PARTITIVE_OPENERS, escape=True)})(?![\w'])") if getattr(d, "PARTITIVE_OPENERS", ()) else None
        ),
        rank_adjectives=frozenset(getattr(d, "RANK_ADJECTIVES", ())),
        negated_modals=frozenset(getattr(d, "NEGATED_MODALS", ())),
        noun_markers_of_present=frozenset(getattr(d, "NOUN_MARKERS_OF_PRESENT", ())),
        generic_person_roles=frozenset(getattr(d, "GENERIC_PERSON_ROLES", ())),
        gender_endings={k: tuple(v) for k, v in getattr(d, "ADJECTIVE_ENDINGS_BY_HEAD", {}).items()},
        prenominal_agent=_optional(d, "PRENOMINAL_AGENT"),
        agent_words=frozenset(d.AGENT_MARKERS),
        claim_nouns=frozenset(getattr(d, "CLAIM_NOUNS", ())),
        time_word=re.compile(time_words or "(?!)"),
        statement_lead=_optional(d, "STATEMENT_LEAD", r"(?:{})\s*"),
        # up to three little words, a time word, then more of them: "nella serata di ieri"
        time_phrase=(
            re.compile(
                rf"(?:[^\W\d]{{1,6}}\s+){{0,3}}(?:{time_words})(?![\w-])"
                rf"(?:\s+(?:[^\W\d]{{1,6}}\s+){{0,2}}(?:{time_words})(?![\w-]))*\s*,?\s*"
            )
            if time_words
            else None
        ),
        according_relative=(
            re.compile(rf"(?:{_alt(d.ACCORDING_RELATIVES, escape=True)})\s*") if getattr(d, "ACCORDING_RELATIVES", ()) else None
        ),
        # a figure, its unit or one or two words, a participle of forecasting, then its agent
        agent_after_figure=(
            re.compile(
                rf"\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s[^\W\d]+)?)?\s+(?:{_alt(d.FIGURE_PARTICIPLES)})\s+"
                # when, between the participle and its agent: "avancé en juin par", "prevista martedì dal"
                rf"(?:(?:[^\W\d]{{1,6}}\s+|\d{{1,2}}\S{{0,2}}\s+){{0,3}}(?:{_when_words(d)})(?:\s+\d{{4}})?\s*,?\s+)?"
                rf"((?:{_alt(d.PASSIVE_AGENTS, escape=True)})(?:\s+|(?<=')))"
            )
            if getattr(d, "FIGURE_PARTICIPLES", ())
            else None
        ),
        toll_verbs=frozenset(getattr(d, "TOLL_VERBS", ())),
        toll_object=(
            re.compile(rf"(?<![\w])(?:{_alt(d.TOLL_OBJECTS, escape=True)})(?![\w])") if getattr(d, "TOLL_OBJECTS", ()) else None
        ),
        point_fractions=frozenset(getattr(d, "POINT_FRACTIONS", ())),
        place_named_heads=frozenset(getattr(d, "PLACE_NAMED_HEADS", ())),
        according_named=_optional(d, "ACCORDING_NAMED"),
        according_named_word=getattr(d, "ACCORDING_NAMED_WORD", ""),
        according_named_count=_optional(d, "ACCORDING_NAMED_COUNT"),
        according_named_not_after=_optional(d, "ACCORDING_NAMED_NOT_AFTER"),
        according_named_leads=tuple(getattr(d, "ACCORDING_NAMED_LEADS", ())),
        clause_articles=frozenset(getattr(d, "CLAUSE_ARTICLES", ())),
        any_body_roles=frozenset(getattr(d, "ANY_BODY_ROLES", ())),
        object_determiners=frozenset(getattr(d, "OBJECT_DETERMINERS", ())),
        fronted_objects=frozenset(getattr(d, "FRONTED_OBJECT_DETERMINERS", ())),
        oblique_determiners=frozenset(getattr(d, "OBLIQUE_DETERMINERS", ())),
        subject_after_oblique=(
            re.compile(rf"\s+(?:{_alt(d.SUBJECT_DETERMINERS_AFTER_OBLIQUE, escape=True)})\s+(\w+)")
            if getattr(d, "SUBJECT_DETERMINERS_AFTER_OBLIQUE", ())
            else None
        ),
        subject_after=(
            re.compile(rf"\s+(?:{_alt(d.SUBJECT_DETERMINERS, escape=True)})\s+(\w+)") if getattr(d, "SUBJECT_DETERMINERS", ()) else None
        ),
        descriptors=frozenset(getattr(d, "DESCRIPTORS", ())),
        glued_subunit=re.compile(rf"({_alt(list(d.GLUED_SUBUNITS))})(?![\w])") if getattr(d, "GLUED_SUBUNITS", {}) else None,
        glued_subunit_currency=dict(getattr(d, "GLUED_SUBUNITS", {})),
        number_relative=(
            TailPattern(rf"\d[\d.,]*\s*(?:%\s*|[^\W\d_]+\s+){{0,3}}(?:{_alt(d.INVERTED_RELATIVES, escape=True)})\s*$")
            if getattr(d, "INVERTED_RELATIVES", ())
            else None
        ),
        listener=(
            re.compile(
                rf"\s(?:{_alt([t for t in d.TOLD if t and ' ' not in t and not t.endswith(chr(39))], escape=True)})"
                rf"\s+(?:(?:{_alt(d.DEFINITE, escape=True)})\s+)?(?=[A-ZÀ-Ý])"
            )
            if any(t and " " not in t and not t.endswith("'") for t in d.TOLD)
            else None
        ),
        counterparts=frozenset(getattr(d, "COUNTERPARTS", ())),
        passive_estimate=(
            re.compile(
                rf"(?<![\w])(?:{d.PASSIVE_ESTIMATE})\s[^,;:.!?]*?\d[^,;:!?]*?\s((?:{_alt(d.PASSIVE_AGENTS, escape=True)})(?:\s+|(?<=')))"
            )
            if getattr(d, "PASSIVE_ESTIMATE", "")
            else None
        ),
        resuming_opener=(
            re.compile(rf"\s*(?:{_alt(d.RESUMING_OPENERS, escape=False)})(?![\w])") if getattr(d, "RESUMING_OPENERS", ()) else None
        ),
        role_antecedents={k: tuple(v) for k, v in getattr(d, "ROLE_ANTECEDENTS", {}).items()},
        impersonal_from=_optional(d, "IMPERSONAL_FROM"),
        passive_auxiliaries=frozenset(getattr(d, "PASSIVE_AUXILIARIES", ())),
        passive_participle=_optional(d, "PASSIVE_PARTICIPLE"),
        passive_markers=frozenset(getattr(d, "PASSIVE_MARKERS", ())),
        interview=re.compile(rf"(?<![\w])(?:{_alt(d.INTERVIEW_LEADS)})\s*") if getattr(d, "INTERVIEW_LEADS", ()) else None,
        reported_future=_optional(d, "REPORTED_FUTURE"),
        as_leads=tuple(sorted(getattr(d, "AS_CLAUSE", ()), key=len, reverse=True)),
        as_clause=(
            TailPattern(rf"(?:^|(?<=[,;\s]))(?:{_alt(d.AS_CLAUSE, escape=True)})$") if getattr(d, "AS_CLAUSE", ()) else None
        ),
        self_named_roles=frozenset(d.SELF_NAMED_ROLES),
        clause_coordinators=frozenset(d.CLAUSE_COORDINATORS),
        own_words=frozenset(getattr(d, "OWN_WORDS", ())),
        genitive_determiners=frozenset(getattr(d, "GENITIVE_DETERMINERS", ())),
        possessives=frozenset(getattr(d, "POSSESSIVES", ())),
        same_source_words=frozenset(getattr(d, "SAME_SOURCE_WORDS", ())),
        said_own_evidence=frozenset(getattr(d, "SAID_OWN_EVIDENCE", ())) | frozenset(d.EVIDENCE_NOUNS),
        homographs=tuple(
            (w, re.compile(rf"(?:^|\s)(?:{left})\s$")) for w, left in getattr(d, "HOMOGRAPHS", {}).items()
        ),
        not_speakers=frozenset(getattr(d, "NOT_SPEAKERS", ())),
        apposed_participle=(
            _optional(d, "APPOSED_PARTICIPLE", r"(?:{})(?![\w'])")
        ),
        record_verbs=frozenset(getattr(d, "RECORD_VERBS", ())),
        change_size_words=frozenset(getattr(d, "CHANGE_SIZE_WORDS", ())),
        forecast=_optional(d, "FORECAST_CUES", r"(?:{})"),
        cue_possessives=frozenset(getattr(d, "CUE_POSSESSIVES", ())),
        share_words=frozenset(getattr(d, "SHARE_WORDS", {})),
        one_scale=(
            re.compile(rf"(?<![\w])(?:{_alt(d.ONE_SCALE_ARTICLES)}) ({_alt(d.ONE_SCALE_WORDS)})(?![\w])")
            if getattr(d, "ONE_SCALE_WORDS", ())
            else None
        ),
        one_scale_words=tuple(getattr(d, "ONE_SCALE_WORDS", ())),
        score_link=getattr(d, "SCORE_LINK", ""),
        place_time_prepositions=frozenset(getattr(d, "PLACE_TIME_PREPOSITIONS", ())),
        score_words=re.compile(rf"(?<![\w])(?:{_alt(d.SCORE_WORDS)})") if getattr(d, "SCORE_WORDS", ()) else None,
        share=(
            re.compile(
                rf"(?<![\w-])(?:{_alt(list(d.SHARE_WORDS), escape=True)})"
                rf"(?= (?:{_alt(list(d.COMPLEMENT_LINKS) + list(getattr(d, 'SHARE_LINKS', ())), escape=True)})(?![\w]))"
            )
            if getattr(d, "SHARE_WORDS", None)
            else None
        ),
        share_not_after=frozenset(getattr(d, "SHARE_NOT_AFTER", ())),
        share_links=frozenset(getattr(d, "SHARE_LINKS", ())),
        up_to_as_to=_optional(d, "UP_TO_AS_TO", r"(?:{})$"),
        amount_of_left=_optional(d, "AMOUNT_OF_LEFT", r"(?:{})\s*$"),
        subject_opener_before=(
            re.compile(rf"(?<![\w'])(?:{_alt(d.SUBJECT_OPENERS, escape=True)})$") if getattr(d, "SUBJECT_OPENERS", ()) else None
        ),
        clause_turn=(
            re.compile(rf",\s+(?:{_alt(d.SUBJECT_OPENERS, escape=True)})\s") if getattr(d, "SUBJECT_OPENERS", ()) else None
        ),
        evidence_suffixes=tuple(getattr(d, "EVIDENCE_SUFFIXES", ())),
        evidence_heads=tuple(getattr(d, "EVIDENCE_HEADS", ())),
        article_relative=(
            re.compile(rf"(?:{_alt(d.ARTICLE_RELATIVES)})\s+[^\W\d_](?<=[a-zà-ÿß])") if getattr(d, "ARTICLE_RELATIVES", ()) else None
        ),
        data_participle=(
            re.compile(rf"[^\W\d_]+(?:{_alt(d.DATA_PARTICIPLE_ENDINGS)})") if getattr(d, "DATA_PARTICIPLE_ENDINGS", ()) else None
        ),
        service_numbers=frozenset(getattr(d, "SERVICE_NUMBERS", ())),
        service_names=_service_names(d),
        service_leads=frozenset(getattr(d, "SERVICE_LEADS", ())),
        street_after=re.compile(d.STREET_AFTER) if getattr(d, "STREET_AFTER", None) else None,
        clock_range=re.compile(d.CLOCK_RANGE) if getattr(d, "CLOCK_RANGE", None) else None,
        our_words=frozenset(getattr(d, "OUR_WORDS", ())),
        evidence_modifiers=frozenset(getattr(d, "EVIDENCE_MODIFIERS", ())),
        unnamed_sources=frozenset(getattr(d, "UNNAMED_SOURCES", ())),
        client_links=frozenset(getattr(d, "CLIENT_LINKS", ())),
        source_from=frozenset(getattr(d, "SOURCE_FROM", ())),
        place_names=frozenset(w.lower() for w in getattr(d, "PLACE_NAMES", ())),
        partitive_left=(
            re.compile(rf"(?<![\w])(?:{_alt(d.PARTITIVES, escape=True)})\s+$") if getattr(d, "PARTITIVES", ()) else None
        ),
        money_context=(
            _optional(d, "MONEY_CONTEXT", r"(?<![\w])(?:{})(?![\w])")
        ),
        gerund_speech=(
            re.compile(rf",\s*(?:{_alt(d.GERUND_SPEECH, escape=True)})(?![\w])")
            if getattr(d, "GERUND_SPEECH", ())
            else None
        ),
        clock_left=(
            re.compile(rf"(?<![\w])(?:{_alt(d.CLOCK_LEFT, escape=True)})\s$") if getattr(d, "CLOCK_LEFT", ()) else None
        ),
        clock_right=(
            re.compile(
                rf"^\s*(?:[.,;:)]|$|(?:{_alt(d.CLAUSE_COORDINATORS, escape=True)})\s"
                rf"|(?:{_alt(d.CLOCK_OF, escape=True)})\s+(?:{_alt(d.CLOCK_DAYS, escape=True)})(?![\w]))"
            )
            if getattr(d, "CLOCK_LEFT", ())
            else None
        ),
        change_to=re.compile(rf"^\s*(?:{d.RANGE_TO}|-|–|—{''.join('|' + w for w in getattr(d, 'CHANGE_TO', ()))})\s*$"),
        rate_each=re.compile(rf"(?:^|\s)(?:{_alt(d.RATE_EACH, escape=True)})\s$") if getattr(d, "RATE_EACH", ()) else None,
        rate_per=re.compile(rf"(?:^|\s)(?:{_alt(d.RATE_PER, escape=True)})\s$") if getattr(d, "RATE_PER", ()) else None,
        rate_people=re.compile(rf"\s?(?:{_alt(d.RATE_PEOPLE)})(?![\w])") if getattr(d, "RATE_PEOPLE", ()) else None,
        subject_openers=(
            re.compile(rf"(?:{_alt(d.SUBJECT_OPENERS, escape=True)})\s+")
            if getattr(d, "SUBJECT_OPENERS", ())
            else None
        ),
        elided_article=(
            re.compile(rf"^((?i:{_alt(d.ELIDED_ARTICLES)}))(['’])(\w.*)$")
            if getattr(d, "ELIDED_ARTICLES", ())
            else None
        ),
        back_according=(
            re.compile(rf"(?<![\w])(?:{_alt(d.BACK_ACCORDING, escape=True)})(?![\w])")
            if getattr(d, "BACK_ACCORDING", ())
            else None
        ),
        clause_coordination=(
            # (or at the very start, the comma taken with the verb: "a-t-elle précisé, et une quinzaine")
            re.compile(rf"(?:,|^)\s*(?:{_alt(d.CLAUSE_COORDINATORS, escape=True)})\s") if d.CLAUSE_COORDINATORS else None
        ),
        money_link=_optional(d, "MONEY_LINK", r"\s*(?:{})"),
        base_left=TailPattern(rf"(?:^|[\s'])(?:{_alt(d.BASE_DETERMINERS, escape=True)})\s+$"),
        few_left=(
            TailPattern(rf"(?:^|[\s'])(?:{_alt(d.FEW_WORDS, escape=True)})\s+$") if getattr(d, "FEW_WORDS", ()) else None
        ),
        fraction_over=re.compile(rf"\s+(?:{_alt(d.FRACTION_OVER)})\s+") if d.FRACTION_OVER else None,
        bound_after=re.compile(
            r"\s*(?:" + "|".join(f"(?P<{b}>{_alt(c)})" for b, c in d.BOUND_AFTER.items()) + r")(?![\w])"
        )
        if d.BOUND_AFTER
        else None,
        subunit_join=re.compile(rf"\s*(?:(?:{d.RANGE_AND}{'|' + d.SUBUNIT_LINKS if d.SUBUNIT_LINKS else ''})\s+)?$")
        if d.SUBUNITS
        else None,
        subunit_after=re.compile(rf"\s*(?:(?:{_alt(d.SUBUNITS)})(?![\w])|(?=[.,;!?)]|$))") if d.SUBUNITS else None,
        subunit_alone=re.compile(rf"\s+(?:{_alt(d.SUBUNITS)})(?![\w])") if d.SUBUNITS else None,
        glued_fraction=glued,
        fraction_scale=re.compile(rf"\s+{d.SCALE_LINK}({scale_link_words})(?![\w])"),
        bound_link=re.compile(
            rf"\s*,?\s*(?:(?:{d.RANGE_AND}{'|' + d.BOUND_JOIN if d.BOUND_JOIN else ''})\s*)?$"
        ),
        scale_fraction=re.compile(
            rf"\s+(?:{_alt(d.NUMBER_JOINERS, escape=True)})\s+(?:(?:{_alt(d.ARTICLE_WORDS, escape=True)})\s+)?"
            rf"({trie(fractions)})(?![\w])"
        )
        if fractions and d.NUMBER_JOINERS
        else None,
        glued_suffix=glued_suffix,
        stem_words=stems,
    )


@cache
def get_pack(code: str) -> Pack:
    """The compiled pack for a language code ('fr'); compiled once per process, immutable."""
    code = (code or "").lower().split("-")[0].split("_")[0]
    if code not in AVAILABLE:
        raise UnsupportedLanguageError(
            f"no language pack for {code!r} (figtrail reads: {', '.join(AVAILABLE)})"
        )
    module = importlib.import_module(f"figtrail.packs.{code}")
    return _compile(code, _PackData(module))


# Names a pack may leave out, with the value that means "this language has none".
# New pack names get a neutral default here, so packs written before them keep working.
OPTIONAL = {
    "NOT_ALONE": (), "DECIMAL_WORDS": (), "FRACTIONS": {}, "MULTIPLES": {}, "CLITICS": [], "TOLD": [],
    "SCALE_NEEDS_CURRENCY": (), "MODALITY_SUFFIXES": {}, "MODALITY_NOT": [], "ORDINAL_WORDS": [],
    "NOUN_MARKERS": [], "NOT_NAMES": [], "DEFINITE": [], "CITING": [], "VIA_AFTER": [], "WEAK_SPEECH": [],
    "EVIDENCE_NOUNS": [], "BASE_DETERMINERS": [], "AGENT_MARKERS": [], "NP_END_WORDS": [],
    "SUBORDINATORS": [], "RELATIVES": [], "ADVERBIAL_STARTS": [], "PREMODIFIERS": [],
    "WORD_VALUES": {}, "FRACTION_OVER": (), "BOUND_AFTER": {}, "SUBUNITS": (), "ARTICLE_ONLY": (),
    "FRACTION_JOINERS": (), "FRACTION_SUFFIXES": (), "STEM_VOWELS": "", "GLUE_JOINERS": {},
    "DENOMINATOR_AFTER": (), "SUBUNIT_LINKS": "", "BOUND_JOIN": "",
    "NEGATIVE_WORDS": (),
    "SUBJECT_RELATIVES": (), "ANAPHORIC_ROLES": (), "SELF_NAMED_ROLES": (), "CLAUSE_COORDINATORS": (),
    # dates (figtrail/dates.py): a pack without them dates figures by `published` alone
    "WEEKDAYS": {}, "DATE_PAST_MARKERS": (), "DATE_NEXT_MARKERS": (), "DATE_RELATIVE": {}, "DATE_AGO": (),
    "DATE_DAY_SUFFIXES": (), "DATE_YEAR_LINKS": (), "DATE_WEEKDAY_LINKS": (), "DATE_NAMES_CASE": "",
    "AS_OF_CUES": (), "AS_OF_END_CUES": (), "AS_OF_PERIODS": {}, "DATE_SINCE": (),
}


class _PackData:
    """A pack module, with OPTIONAL's neutral values for the names it leaves out."""

    def __init__(self, module: ModuleType):
        self._module = module

    def __getattr__(self, name: str):
        # called only when the instance lacks the name: the value found is kept on the
        # instance, so the stages' many reads of pack.data.X cost a plain attribute lookup
        try:
            value = getattr(self._module, name)
        except AttributeError:
            if name not in OPTIONAL:
                raise AttributeError(f"language pack {self._module.__name__} has no {name}") from None
            value = OPTIONAL[name]
        self.__dict__[name] = value
        return value
