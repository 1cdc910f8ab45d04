"""A web page -> Article: the main text, title, date and language, boilerplate dropped.

trafilatura finds the article in the page (menus, footers, cookie banners, comments and
related links left out) and reads its metadata; its date comes from htmldate (the original
publication date, not the last change). The language is the page's own declaration
(<html lang>, Content-Language, og:locale); when a page declares none, the extractor detects it.

This runs in the extraction processes: it is the costly part of reading HTML.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.utils import load_html

from figtrail.errors import InputError
from figtrail.model import Article
from figtrail.read import MAX_ARTICLE_CHARS

log = logging.getLogger(__name__)

# Below this, what trafilatura returns from a page is a menu or a sign-in prompt, not an article.
MIN_ARTICLE_CHARS = 80
MIN_SENTENCE_WORDS = 6  # ...and at least one line reads like a sentence
_LANG = re.compile(r"[a-zA-Z]{2,3}(?=$|[-_])")
_DATE_PARAMS = {"original_date": True, "extensive_search": True}  # as trafilatura asks htmldate


def page_article(page: bytes, where: str, url: str | None = None, hints: Article | None = None) -> Article:
    """The page's article; raises InputError(where, ...) when the page holds none.

    hints (a feed entry) fills in what the page lacks: title, date, language.
    """
    tree = load_html(page)
    if tree is None:
        raise InputError(where, "not an HTML page")
    lang = page_language(tree)
    title, declared_url, date = _metadata(tree, url)
    doc = trafilatura.bare_extraction(tree, url=url, include_comments=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if not _is_article(text):
        raise InputError(where, "no article text found in the page")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            where, f"article is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,}-character limit"
        )
    # The URL the page was fetched from wins over the one it declares (<link rel=canonical>):
    # a misconfigured site can declare its home page as every article's canonical URL.
    article = Article(id="", text=text, title=title, lang=lang, published=date, url=url or declared_url)
    if hints is not None:
        article = replace(
            article,
            title=article.title or hints.title,
            published=article.published or hints.published,
            lang=article.lang or hints.lang,
            url=article.url or hints.url,
        )
    return article


def _metadata(tree: etree._Element, url: str | None) -> tuple[str, str | None, str | None]:
    """Title, declared URL and publication date, read before trafilatura prunes the tree.

    The pieces of trafilatura's metadata reader that figtrail needs (meta tags and JSON-LD, then
    the <title>/<h1>; the canonical URL) and htmldate's original publication date: its whole
    extract_metadata would also hunt for authors, licences and categories, at 10x the cost.
    """
    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD reader trips on odd markup: the meta tags will do
        log.debug("JSON-LD metadata unreadable", exc_info=True)
    title = " ".join((meta.title or extract_title(tree) or "").split())
    declared = _absolute(meta.url or extract_url(tree))
    date = find_date(tree, url=url or declared, **_DATE_PARAMS)
    return title, declared, date or None


def page_language(tree: etree._Element) -> str | None:
    """The language the page declares: <html lang>, then Content-Language, then og:locale."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += tree.xpath(
        "//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content"
    )
    candidates += tree.xpath("//meta[@property='og:locale']/@content")
    for value in candidates:
        code = normalise_lang(value)
        if code:
            return code
    return None


def normalise_lang(value: str | None) -> str | None:
    """'fr-FR', 'en_US', 'DE' -> 'fr', 'en', 'de'; anything else -> None."""
    if not value:
        return None
    m = _LANG.match(value.strip())
    return m.group(0).lower() if m else None


def _is_article(text: str) -> bool:
    if len(text) < MIN_ARTICLE_CHARS:
        return False
    return any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines())


def _absolute(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None
