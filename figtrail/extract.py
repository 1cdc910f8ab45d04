"""The heart: extract(article) -> list[Figure]. Pure: no I/O, no global mutable state."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from figtrail.attribute import Memory, attribute
from figtrail.clean import clean_article
from figtrail.dates import ArticleDates
from figtrail.detect import detect_language
from figtrail.figure import ARTICLE_CURRENCY, ARTICLE_SUBUNIT, iso_currency, judge
from figtrail.find import find_numbers
from figtrail.model import Article, Figure, Sentence
from figtrail.numbers import digit_marks
from figtrail.packs import Pack, get_pack
from figtrail.segment import normalise, split_sentences


def to_article(article: str | Mapping[str, Any] | Article) -> Article:
    if isinstance(article, Article):
        return article
    if isinstance(article, str):
        return Article(id="doc", text=article)
    if isinstance(article, Mapping):
        return Article.from_mapping(dict(article))
    raise TypeError(f"extract() takes a str, a mapping or an Article, not {type(article).__name__}")


def extract_article(
    article: str | Mapping[str, Any] | Article, lang: str | None = None
) -> tuple[Article, list[Figure]]:
    """Clean the article and extract its figures; returns the cleaned article too.

    Figure offsets point into the cleaned article's title/text.
    """
    art = clean_article(to_article(article))
    code = art.lang or lang or detect_language(art)
    pack = get_pack(code)
    memory = Memory(pack, body=art.text or "")
    dating = ArticleDates(pack, art.published)  # said_on, as_of (issue 6)
    whole = f"{art.title or ''}\n{art.text or ''}"
    marks = digit_marks(whole, pack)
    figures: list[Figure] = []
    order = 0
    for field in ("title", "text"):
        text = art.field_text(field)
        if not text:
            continue
        norm = normalise(text)
        depth = 0
        para = -1
        told = False  # the sentence before closed a quotation and named its speaker
        previous: Sentence | None = None
        para_start = order
        waiting: list[Figure] = []  # figures of a quotation whose speaker is named when it closes
        unsourced: list[Figure] = []  # the sentence before's figures without a source
        for sent in split_sentences(field, text, norm, pack):
            if sent.paragraph != para:
                para, depth, para_start, waiting, unsourced = sent.paragraph, 0, order, [], []
                # a paragraph that opens with a quotation after one that closed a quotation and
                # named its speaker: the same speaker goes on (wire style)
                told, previous = told and order > 0 and sent.text.lstrip()[:1] in _OPENING_QUOTES, None
            # «Quote», said X. «Another quote»: the second quotation runs on with the same speaker
            in_quote = depth > 0 or (told and sent.text.lstrip()[:1] in _OPENING_QUOTES)
            told = bool(_QUOTE_THEN_SPEAKER.search(sent.text))
            depth = max(0, depth + _quote_balance(sent, pack))
            memory.order = order
            memory.previous = previous  # the sentence before, in this paragraph
            memory.current = sent
            # a sentence that may resume the one before ("Lo ha reso noto X") is read at once
            first = sent.norm.split(None, 2)[:2]
            resumes = bool(unsourced) and (not pack.resumptive.isdisjoint(first) or first[:1] and first[0] in pack.speech_leads)
            found = _sentence_figures(
                art, sent, pack, memory, in_quote, para_start, code, marks, eager=bool(waiting) or resumes
            )
            back = memory.said_before.get(order)
            if not back and unsourced and pack.resuming_opener is not None and pack.resuming_opener.match(sent.norm):
                # "... 411 Menschen ertrunken. Das waren 33 weniger als im Vorjahr, wie die DLRG
                # mitteilte.": one speaker for the sentence that goes on from the one before
                said = {(f.source, f.via) for f in found if f.source}
                back = said.pop() if len(said) == 1 and len(found) == sum(1 for f in found if f.source) else None
            if back and unsourced:
                # "... 612 persone. Lo ha reso noto la Guardia costiera.": the speaker of "lo"
                for f in unsourced:
                    f.source, f.via = back
                dating.told(unsourced, order)
            resuming = pack.resumptive or pack.resuming_opener is not None
            unsourced = [f for f in found if f.source is None] if resuming else []
            dating.read(order, sent, found, memory, in_quote, para_start)
            speaker = memory.speaker_after.get(order)
            if waiting and speaker:
                # « Nous avons abattu 40 drones. Trente autres ont été brouillés », a déclaré X.
                for f in waiting:
                    f.source = speaker
                dating.told(waiting, order)
                waiting = []
            if depth > 0 and not memory.said.get(order):
                waiting.extend(f for f in found if f.source is None)
            elif depth == 0:
                waiting = []
            figures.extend(found)
            previous = sent
            order += 1
    _article_currency(figures, pack)
    _same_amount(figures)
    _peso_country(art, whole, figures)
    _dollar_country(art, whole, figures)
    return art, figures


# the countries whose money is the peso: a bare "pesos" is the money of the one the article names most
PESO_CURRENCIES = {"mx": "MXN", "ar": "ARS", "co": "COP", "cl": "CLP", "ph": "PHP", "uy": "UYU", "cu": "CUP", "do": "DOP"}


@functools.cache
def _bare_pesos() -> re.Pattern:
    """ "pesos" not followed by its country's adjective ("pesos mexicanos" say it already);
    the adjectives are those the place gazetteer knows (imported on the first pesos only)."""
    from figtrail.link.places import COUNTRIES

    stems = sorted({a for c in COUNTRIES if c.code in PESO_CURRENCIES for a in c.adjectives}, key=len, reverse=True)
    return re.compile(rf"\s*(?:de\s+)?pesos?\b(?!\s+(?:{'|'.join(map(re.escape, stems))}))", re.I)


def _peso_country(art: Article, whole: str, figures: list[Figure]) -> None:
    """ "2.1 billion pesos" in a story about the Philippines is PHP, not the pack's default."""
    money = PESO_CURRENCIES.values()
    bare = [f for f in figures if f.unit in money and _bare_pesos().match(art.field_text(f.field), f.end)]
    if not bare:
        return
    from figtrail.link.fold import tokens
    from figtrail.link.places import countries_in

    named = [code for _, _, code in countries_in(tokens(whole), lambda: tokens(whole, keep_case=True))]
    counts = {c: named.count(c) for c in set(named) if c in PESO_CURRENCIES}
    if counts:
        code = PESO_CURRENCIES[max(sorted(counts), key=counts.get)]
        for f in bare:
            f.unit = code


# the countries besides the United States whose money is the dollar: a bare "dollars" or "$" in a
# story about one of them (and not about the US) is its money
DOLLAR_CURRENCIES = {"ca": "CAD", "au": "AUD", "nz": "NZD", "hk": "HKD", "sg": "SGD"}
# the sign after the number, as Quebec writes it: "180 M$", "1 200 $" (not "$ US", "$ CA")
_DOLLAR_SIGN_AFTER = re.compile(r"\s?\$(?!\s?(?:US|USD|CA|CAD|AU))")


@functools.cache
def _bare_dollars() -> re.Pattern:
    """ "dollars", "dólares", "Dollar" not followed by a country's adjective or name ("dollars
    américains", "dollari statunitensi", "US dollars" say it already); the adjectives and names
    are those the place gazetteer knows for the dollar countries and the US."""
    from figtrail.link.places import COUNTRIES

    words = {w for c in COUNTRIES if c.code in DOLLAR_CURRENCIES or c.code == "us" for w in (*c.adjectives, *c.names)}
    alt = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"\s*(?:de\s+|d'\s*|di\s+)?d[oóò]l(?:lar|ar)\w*(?!\s+(?:de\s+|do\s+|da\s+)?(?:{alt}))", re.I)


def _dollar_country(art: Article, whole: str, figures: list[Figure]) -> None:
    """ "180 millions de dollars" in a story about Montréal is CAD, not the pack's USD."""
    bare = []
    for f in figures:
        if f.unit != "USD":
            continue
        text = art.field_text(f.field)
        before = text[max(0, f.start - 3) : f.start].rstrip()
        if (
            _bare_dollars().match(text, f.end)
            or (before.endswith("$") and not before[-2:-1].isalpha())
            or _DOLLAR_SIGN_AFTER.match(text, f.end)  # "180 M$", "1 200 $" (Quebec writes the sign after)
        ):
            bare.append(f)
    if not bare:
        return
    from figtrail.link.fold import tokens
    from figtrail.link.places import countries_in

    named = [code for _, _, code in countries_in(tokens(whole), lambda: tokens(whole, keep_case=True))]
    counts = {c: named.count(c) for c in set(named) if c in DOLLAR_CURRENCIES}
    if counts:
        code = max(sorted(counts), key=counts.get)
        if counts[code] > named.count("us"):
            for f in bare:
                f.unit = DOLLAR_CURRENCIES[code]


def _same_amount(figures: list[Figure]) -> None:
    """A bare amount in millions that the article gives elsewhere in a currency is that money:
    "estima en 2,9 millones de euros ... niegan que vaya a devolver 2,9 millones"."""
    money = {f.value: f.unit for f in figures if iso_currency(f.unit) and f.value}
    if not money:
        return
    for f in figures:
        if f.unit is None and f.value in money and f.value >= 1e6 and any(c.isalpha() for c in f.surface):
            f.unit = money[f.value]


def _article_currency(figures: list[Figure], pack: Pack) -> None:
    """A bare amount in a money scale ("vale 28 miliardi") takes the currency the article
    names nearest before it, else the first after it, else the pack's default."""
    if not any(f.unit in (ARTICLE_CURRENCY, ARTICLE_SUBUNIT) for f in figures):
        return
    money = [i for i, f in enumerate(figures) if iso_currency(f.unit)]
    for i, f in enumerate(figures):
        if f.unit in (ARTICLE_CURRENCY, ARTICLE_SUBUNIT):
            before = [j for j in money if j < i]
            after = [j for j in money if j > i]
            j = before[-1] if before else after[0] if after else None
            if f.unit == ARTICLE_SUBUNIT:
                # "35 centimes de frais ... un stationnement à 2 euros": 0.35 EUR; with no currency
                # named, the number as written (a peer's "197 centimes" stays 197)
                if j is not None:
                    f.value, f.low, f.high = (None if x is None else round(x / 100, 6) for x in (f.value, f.low, f.high))
                f.unit = figures[j].unit if j is not None else None
                continue
            f.unit = figures[j].unit if j is not None else pack.default_currency


_ANY_QUOTE = re.compile(r"[«»“”„\"]")
_OPENING_QUOTES = ("«", "“", "„", '"')
# a quotation closed, then its speaker: «...», a déclaré X / "...", said X
_QUOTE_THEN_SPEAKER = re.compile(r"[»”\"“],\s+\w|[,?!][»”\"“]\s+\w")  # English: ',"' then the speaker


def _quote_balance(sent: Sentence, pack: Pack) -> int:
    """Opening minus closing quotation marks. Machine translation often writes an opening
    mark where the quotation closes (« Le mouvement a commencé« , a indiqué X): an opening
    mark followed by punctuation or the sentence end counts as closing."""
    t = sent.text
    if not _ANY_QUOTE.search(t):
        return 0
    stray = len(pack.quote_stray.findall(t))
    n = sum(t.count(c) for c in pack.quote_open) - sum(t.count(c) for c in pack.quote_close) - 2 * stray
    if t.count('"') % 2:
        n += 1
    return n


def _sentence_figures(
    art: Article,
    sent: Sentence,
    pack: Pack,
    memory: Memory,
    in_quote: bool,
    para_start: int,
    code: str,
    marks: tuple[str, str] | None = None,
    eager: bool = False,
) -> list[Figure]:
    nums = find_numbers(sent, pack, marks)
    drafts = judge(nums, sent, pack) if nums else []
    # a sentence without figures is queued: its speakers count only if a later figure looks back
    attributions = attribute(drafts, sent, pack, memory, in_quote, para_start, eager)
    if not drafts:
        return []
    text = art.field_text(sent.field)
    out = []
    for d, (source, via, mod) in zip(drafts, attributions, strict=True):
        out.append(
            Figure(
                doc=art.id,
                field=sent.field,
                start=d.start,
                end=d.end,
                surface=text[d.start : d.end],
                value=d.value,
                low=d.low,
                high=d.high,
                bound=d.bound,
                unit=d.unit,
                what=d.what,
                what_head=d.what_head,
                source=source,
                via=via,
                modality=mod,
                sentence=sent.text,
                lang=code,
            )
        )
    return out


def extract(article: str | Mapping[str, Any] | Article, lang: str | None = None) -> list[Figure]:
    """The sourced figures of one article (spec/figures.md), in text order, title first."""
    return extract_article(article, lang)[1]
