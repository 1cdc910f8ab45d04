"""RSS and Atom feeds -> one article per entry (feedparser); with --follow, the entry's page.

An entry's own text (its content, else its summary) is often a teaser. `--follow` fetches the
page each entry links to and reads the article there; the entry still lends the page its title,
date and language when the page lacks them, and is stored itself when the page cannot be had.
Pages are fetched a few at a time, in order.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from typing import Any

import feedparser
import lxml.html
from lxml import etree

from figtrail.doc import Doc
from figtrail.errors import InputError
from figtrail.fetch import Fetched
from figtrail.model import Article
from figtrail.pages import normalise_lang
from figtrail.read import bounded

log = logging.getLogger(__name__)

FETCH_THREADS = 4  # pages of one feed fetched at once: polite to one site, still 4x faster
_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
)
_SPACES = re.compile(r"[ \t\r\f\v]+")


def looks_like_feed(head: bytes) -> bool:
    """An RSS or Atom document, from its first bytes."""
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
        start.startswith(b"<?xml") and any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    )


def feed_docs(
    data: bytes,
    where: str,
    base_url: str | None = None,
    fetch_page: Callable[[str], Fetched] | None = None,
) -> Iterator[Doc | InputError]:
    """A Doc per entry (an article, or the linked page when fetch_page is given), or an InputError."""
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        yield InputError(where, "not an RSS or Atom feed" + (f" ({_short(why)})" if why else ""))
        return
    if not parsed.entries:
        log.info("%s: the feed has no entries", where)
        return
    lang = normalise_lang(parsed.feed.get("language"))
    entries = [(f"{where} entry {n}", _entry_article(e, lang), e) for n, e in enumerate(parsed.entries, 1)]
    if fetch_page is None:
        for here, article, _ in entries:
            yield _entry_doc(here, article, follow=False)
        return
    with ThreadPoolExecutor(max_workers=FETCH_THREADS, thread_name_prefix="figtrail-fetch") as pool:
        it = iter(entries)
        # A few entries at a time: pages are held in memory only until they are handed on.
        while group := list(islice(it, FETCH_THREADS * 2)):
            links = [article.url for _, article, _ in group]
            results = pool.map(lambda url: _try_fetch(fetch_page, url), links)
            for (here, article, _), result in zip(group, results, strict=True):
                if isinstance(result, Fetched):
                    yield Doc.of_page(article.url or here, result.body, url=result.url, hints=article)
                    continue
                if result is not None:
                    yield result  # the page could not be had: say so, keep the entry's own text
                yield _entry_doc(here, article, follow=True)


def _try_fetch(fetch_page: Callable[[str], Fetched], url: str | None) -> Fetched | InputError | None:
    if not url:
        return None
    try:
        return fetch_page(url)
    except InputError as err:
        return err


def _entry_doc(here: str, article: Article, follow: bool) -> Doc | InputError:
    if not article.text.strip():
        hint = "" if follow else " (give --follow to fetch the page it links to)"
        return InputError(here, f"entry has no text{hint}")
    item = bounded(article, here)
    if isinstance(item, InputError):
        return item
    # A link identifies the entry's article (the same as its page's); else the feed's own id.
    return Doc.of_article(here, item, id_given=bool(article.id), kind="feed_entry")


def _entry_article(entry: Any, feed_lang: str | None) -> Article:
    link = entry.get("link") or None
    if link and not link.lower().startswith(("http://", "https://")):
        link = None  # feedparser makes an Atom entry's id (urn:...) its link
    bodies = [c for c in entry.get("content", []) if c.get("value")]
    if entry.get("summary"):
        bodies.append(
            {"value": entry["summary"], "type": entry.get("summary_detail", {}).get("type", "text/html")}
        )
    body = max(bodies, key=lambda c: len(c["value"]), default=None)
    text = fragment_text(body["value"]) if body else ""
    title = entry.get("title") or ""
    if "<" in title:
        title = fragment_text(title)
    lang = normalise_lang((body or {}).get("language")) or feed_lang
    return Article(
        id="" if link else str(entry.get("id") or ""),
        text=text,
        title=" ".join(title.split()),
        lang=lang,
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        url=link,
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, a line per block (paragraph, list item, line break)."""
    if "<" not in html and "&" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.strip()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _date(parsed: Any) -> str | None:
    """feedparser's UTC struct_time -> an ISO date (the spec's `published`)."""
    if not parsed:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC).date().isoformat()
    except (OverflowError, ValueError, TypeError):
        return None


def _short(err: Any) -> str:
    msg = " ".join(str(err).split())
    return msg[:100] + ("…" if len(msg) > 100 else "")
