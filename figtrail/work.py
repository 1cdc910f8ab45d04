"""One unit of extraction work: a Doc -> its cleaned article and figures, or why it failed.

Runs in the extraction processes (or in the main one with --jobs 1). Never raises: whatever
goes wrong with one document is returned as a Failed naming it, so a batch always goes on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from figtrail.clean import clean_article
from figtrail.detect import detect_language
from figtrail.doc import Doc
from figtrail.errors import FigtrailError, InputError, UnsupportedLanguageError
from figtrail.extract import extract_article
from figtrail.link.linker import Evidence, gather
from figtrail.model import Article, Figure
from figtrail.store.ids import content_hash

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Extracted:
    where: str
    article: Article  # cleaned: figure offsets point into its title and text
    figures: list[Figure]
    content_hash: str  # of the article as read, before cleaning
    id_given: bool
    raw_hash: str | None = None
    kind: str = "text"  # text, jsonl, page, feed_entry
    status: str = "ok"  # ok | no_pack (stored without figures: no language pack)
    no_pack: str | None = None  # why, when status is no_pack
    notes: list[str] = field(default_factory=list)  # warnings to show, naming the input
    evidence: Evidence | None = None  # what linking reads of this article alone (link.linker.gather)


@dataclass(slots=True)
class Failed:
    where: str
    why: str


def process(doc: Doc, link: bool = True) -> Extracted | Failed:
    try:
        return _process(doc, link)
    except InputError as err:
        return Failed(err.where, err.why)
    except FigtrailError as err:
        return Failed(doc.where, str(err))
    except Exception as err:  # a bug must not cost the rest of the batch
        log.debug("%s: internal error", doc.where, exc_info=True)
        return Failed(doc.where, f"internal error ({type(err).__name__}: {err})")


def process_chunk(docs: list[Doc], link: bool = True) -> list[Extracted | Failed]:
    return [process(doc, link) for doc in docs]


def _process(doc: Doc, link: bool) -> Extracted:
    notes: list[str] = []
    article, chash, kind = doc.article, doc.content_hash, doc.kind
    if doc.page is not None:
        from figtrail.pages import page_article  # trafilatura only when there are pages

        try:
            # named after where it was read until the store gives it its id (messages name it)
            article = replace(page_article(doc.page, doc.where, url=doc.url, hints=doc.hints), id=doc.where)
        except InputError as err:
            if doc.hints is None or not doc.hints.text.strip():
                raise
            # A feed entry whose page holds no article: keep the entry's own text.
            notes.append(f"{err.why}; stored the feed entry's own text")
            article, kind = doc.hints, "feed_entry"
        chash = content_hash(article.title, article.text)
    if article is None or chash is None:
        raise InputError(doc.where, "nothing to read")
    if not article.lang:
        # Detected once here so that the store records the language the figures were read in.
        article = replace(article, lang=detect_language(article))
    no_pack = None
    try:
        cleaned, figures = extract_article(article)
    except UnsupportedLanguageError as err:
        cleaned, figures, no_pack = clean_article(article), [], str(err)
    evidence = None
    if link:
        try:
            evidence = gather(cleaned, figures)
        except Exception as err:  # the article and its figures are worth storing without links
            log.debug("%s: linking evidence failed", doc.where, exc_info=True)
            notes.append(f"not linked (internal error: {type(err).__name__}: {err}); `figtrail relink` retries")
    return Extracted(
        where=doc.where,
        article=cleaned,
        figures=figures,
        content_hash=chash,
        id_given=doc.id_given if doc.page is None else False,
        raw_hash=doc.raw_hash,
        kind=kind,
        status="no_pack" if no_pack else "ok",
        no_pack=no_pack,
        notes=notes,
        evidence=evidence,
    )
