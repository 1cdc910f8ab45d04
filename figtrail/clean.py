"""Clean stage: repair what saved web pages carry, without touching clean text.

Figure offsets point into the cleaned title/text, and gold files point into the
article as it was given, so on clean input this stage must be a no-op, character
for character. That is why it never rewrites spaces, NBSP, narrow NBSP or curly
quotes (the extractor reads them through a same-length normalized view), and why
the only repairs are:

- mojibake (UTF-8 read as cp1252/latin-1), through ftfy, encoding fixes only;
- page debris: a first text line that repeats the title (often accent-stripped
  by the site's slug or <meta> copy) and a trailing id/slug/hashtag line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import ftfy

from figtrail.model import Article

# Only the encoding repairs. Everything else ftfy can do (uncurl quotes, fold
# ligatures and full-width forms, normalize line breaks, NFC) would rewrite clean
# text and shift offsets, so it is switched off.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# UTF-8 read as cp1252 or latin-1 turns each non-ASCII character into a lead byte
# and continuation bytes: accented letters (U+00C0-U+00FF) start with Ã, NBSP and
# other U+0080-U+00BF with Â, Œ/œ with Å, Cyrillic with Ð/Ñ, and curly quotes,
# dashes, narrow NBSP and € with â€ / â‚ (â\x80 / â\x82 through latin-1). ftfy
# costs ~0.5 ms an article even on clean text, so it only runs when one of these
# marks is there; substring tests cost well under a microsecond.
_MOJIBAKE_MARKS = ("Ã", "Â", "Å", "Ð", "Ñ", "â€", "â‚", "â\x80", "â\x82")

# A trailing line that is one token: an article id or slug (`fr-02`), a hashtag,
# a bare code. Multi-word lines ("Tags: a, b", "Mots-clés : ...", "Redacción /
# Agencias") are kept: they cannot be told from a short real last paragraph
# safely, and gold files count them as part of the text.
_TAG_LINE = re.compile(r"[#@]?\w+(?:[-_/:.#]\w+)*")
_TAG_LINE_MAX = 40


def clean_article(article: Article) -> Article:
    """The article with mojibake repaired and page debris dropped (pure)."""
    title = _fix_encoding(article.title).rstrip()
    text = _fix_encoding(article.text)
    text = _drop_title_copy(text, title)
    text = _drop_tag_line(text).rstrip()
    if title == article.title and text == article.text:
        return article
    return replace(article, title=title, text=text)


def _fix_encoding(s: str) -> str:
    if not any(mark in s for mark in _MOJIBAKE_MARKS):
        return s
    return ftfy.fix_text(s, _FTFY_CONFIG)


def fold(s: str) -> str:
    """Accent- and case-folded words of s, single-spaced: 'Ça  pourrait-être' -> 'ca pourrait etre'."""
    decomposed = unicodedata.normalize("NFKD", s)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.split(r"\W+", bare)).strip()


def _drop_title_copy(text: str, title: str) -> str:
    """Drop a first line of text that repeats the title (and the blank lines after it)."""
    if not title.strip():
        return text
    end = text.find("\n")
    # Folding is slow on a long line: a first paragraph much longer than the title is no copy.
    if end < 0 or end > 2 * len(title) + 10:
        return text
    first, rest = text[:end], text[end + 1 :]
    if not rest.strip() or fold(first) != fold(title):  # keep an article that is only that line
        return text
    return rest.lstrip("\r\n\t \u00a0")


def _drop_tag_line(text: str) -> str:
    """Drop a last paragraph that is a single id/slug/hashtag token."""
    stripped = text.rstrip()
    cut = stripped.rfind("\n")
    last = stripped[cut + 1 :].strip()
    if cut < 0 or len(last) > _TAG_LINE_MAX or not _TAG_LINE.fullmatch(last):
        return text
    before = stripped[:cut].rstrip(" \t\u00a0")
    body = before.rstrip()
    # A paragraph of its own (a blank line before it), and not the article's only one.
    if not before.endswith("\n") or not body:
        return text
    return body
