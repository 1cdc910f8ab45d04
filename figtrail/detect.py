"""Language, only when the article does not say: a vote of each pack's function words.

A cheap stand-in until lingua is wired in (issue 4); it only picks among the packs
figtrail ships and says which it assumed.
"""

from __future__ import annotations

import logging
import re

from figtrail.model import Article
from figtrail.packs import AVAILABLE, get_pack

log = logging.getLogger(__name__)
_WORDS = re.compile(r"[^\W\d_]+")
PREFIX_CHARS = 2000


def detect_language(article: Article) -> str:
    sample = (article.title + " " + article.text)[:PREFIX_CHARS].lower()
    words = _WORDS.findall(sample)
    best, best_score = AVAILABLE[0], -1
    for code in AVAILABLE:
        sw = get_pack(code).stopwords
        score = sum(w in sw for w in words)
        if score > best_score:
            best, best_score = code, score
    if len(AVAILABLE) == 1 or best_score < 3:
        log.info("%s: no language given; assumed %r", article.id, best)
    return best
