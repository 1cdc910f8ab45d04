"""What the readers of `figtrail ingest` hand to extraction: an article, or a page still to read.

Reading (files, streams, WARC records, feeds, URLs) is cheap and runs in the main process;
turning a page into an article (trafilatura) is not, so a page travels as bytes and is
converted in an extraction process, beside the figure extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from figtrail.model import Article
from figtrail.store.ids import content_hash, sha256


@dataclass(slots=True)
class Doc:
    where: str  # for messages and the store's origin column: PATH, PATH:LINE, URL, WARC@OFFSET
    article: Article | None = None  # ready to extract (text, JSON Lines, feed entries)...
    page: bytes | None = None  # ...or an HTML page to read first
    url: str | None = None  # the page's URL (fetched from, or a WARC record's target)
    id_given: bool = False  # the input named the article's id (else the store derives one)
    content_hash: str | None = None  # of a ready article, as read
    raw_hash: str | None = None  # of the page's bytes
    hints: Article | None = None  # a feed entry: fills in what its page lacks, stored if the page fails
    kind: str = "text"  # how the article was read: text, jsonl, page, feed_entry (the store's kind)

    @classmethod
    def of_article(cls, where: str, article: Article, id_given: bool, kind: str = "text") -> Doc:
        return cls(
            where=where,
            article=article,
            id_given=id_given,
            content_hash=content_hash(article.title, article.text),
            kind=kind,
        )

    @classmethod
    def of_page(cls, where: str, page: bytes, url: str | None = None, hints: Article | None = None) -> Doc:
        return cls(where=where, page=page, url=url, raw_hash=sha256(page), hints=hints, kind="page")

    def size(self) -> int:
        """Rough bytes of work, to balance chunks sent to the extraction processes."""
        if self.page is not None:
            return len(self.page)
        return len(self.article.text) if self.article else 0


@dataclass(slots=True)
class ReadStats:
    """What the readers met besides articles and errors, for the progress bar and the summary."""

    inputs: int = 0  # files, URLs and streams opened
    ignored: list[str] = field(default_factory=list)  # files of other kinds met in directories
    warc_skipped: int = 0  # WARC records that are not HTML responses (requests, metadata, images...)
    bytes_total: int = 0  # of the local files to read, when known
    bytes_done: int = 0  # of them read so far
