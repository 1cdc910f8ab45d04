"""Language, only when the article does not say.

lingua (restricted to the languages figtrail has packs for) reads a bounded prefix of the
title and text; when it is unsure (mixed or unknown language) the article is still read with
the likeliest pack and the guess is logged, never a crash. If lingua is missing, a vote of
each pack's function words decides.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from figtrail.model import Article
from figtrail.packs import AVAILABLE, get_pack

log = logging.getLogger(__name__)

PREFIX_CHARS = 300  # enough for lingua on news prose (30/30 on the dev set), and bounded
CONFIDENT = 0.5  # below this, the guess is logged as an assumption
_WORDS = re.compile(r"[^\W\d_]+")


@cache
def _detector():
    """The lingua detector for the shipped packs, built once per process (it is immutable)."""
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a dependency; the vote is a fallback
        return None
    codes = [getattr(IsoCode639_1, c.upper()) for c in AVAILABLE if hasattr(IsoCode639_1, c.upper())]
    if len(codes) < 2:
        return None
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def language_of(text: str) -> str | None:
    """The likeliest of the packs' languages for a short text (a query), None when lingua
    cannot tell or is missing. Nothing is logged: the caller decides what an answer is worth."""
    detector = _detector()
    found = detector.detect_language_of(text) if detector is not None and text.strip() else None
    return found.iso_code_639_1.name.lower() if found is not None else None


def detect_language(article: Article) -> str:
    """The pack code to read the article with (one of AVAILABLE)."""
    sample = f"{article.title}\n{article.text}"[:PREFIX_CHARS]
    detector = _detector()
    if detector is not None and sample.strip():
        values = detector.compute_language_confidence_values(sample)
        if values:
            best = values[0]
            code = best.language.iso_code_639_1.name.lower()
            if best.value < CONFIDENT:
                log.warning(
                    "%s: language unclear (%s %.2f); assumed %r", article.id, code, best.value, code
                )
            else:
                log.info("%s: no language given; detected %r (%.2f)", article.id, code, best.value)
            return code
    return _vote(article, sample)


def _vote(article: Article, sample: str) -> str:
    words = _WORDS.findall(sample.lower())
    scores = {code: sum(w in get_pack(code).stopwords for w in words) for code in AVAILABLE}
    code = max(scores, key=scores.get)
    log.warning("%s: no language given and none detected; assumed %r", article.id, code)
    return code
