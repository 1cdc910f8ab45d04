"""The heart: extract(article) -> list[Figure]. Pure: no I/O, no global mutable state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from figtrail.attribute import Memory, attribute
from figtrail.clean import clean_article
from figtrail.detect import detect_language
from figtrail.figure import judge
from figtrail.find import find_numbers
from figtrail.model import Article, Figure, Sentence
from figtrail.packs import Pack, get_pack
from figtrail.segment import normalise, split_sentences

_OPEN = "«“"
_CLOSE = "»”"


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
    memory = Memory(pack)
    figures: list[Figure] = []
    order = 0
    for field in ("title", "text"):
        text = art.field_text(field)
        if not text:
            continue
        norm = normalise(text)
        depth = 0
        para = -1
        para_start = order
        for sent in split_sentences(field, text, norm, pack):
            if sent.paragraph != para:
                para, depth, para_start = sent.paragraph, 0, order
            in_quote = depth > 0
            depth = max(0, depth + _quote_balance(sent))
            memory.order = order
            figures.extend(_sentence_figures(art, sent, pack, memory, in_quote, para_start, code))
            order += 1
    return art, figures


def _quote_balance(sent: Sentence) -> int:
    t = sent.text
    n = sum(t.count(c) for c in _OPEN) - sum(t.count(c) for c in _CLOSE)
    if t.count('"') % 2:
        n += 1
    return n


def _sentence_figures(
    art: Article, sent: Sentence, pack: Pack, memory: Memory, in_quote: bool, para_start: int, code: str
) -> list[Figure]:
    nums = find_numbers(sent, pack)
    drafts = judge(nums, sent, pack) if nums else []
    # a sentence without figures is queued: its speakers count only if a later figure looks back
    attributions = attribute(drafts, sent, pack, memory, in_quote, para_start)
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
