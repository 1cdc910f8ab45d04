"""Stories: articles that tell the same story share a story id.

Two tests, both incremental (feed articles one at a time, in the order they come):

- same language, near copies: MinHash LSH (datasketch) over normalised word shingles;
  an estimated Jaccard of at least ``copy_threshold`` joins the earlier article's story;
- any language, other reports of the same event and figures: a fingerprint that no
  language changes (the figures' values and units, acronyms, places) compared with the
  articles published within ``window_days``; a weighted overlap of at least
  ``fingerprint_threshold`` with at least ``min_shared_values`` shared figure values joins.

A story id is derived from the id of its first article, so re-running the same input
in the same order gives the same ids. All thresholds live in StoryParams; tune them with
``bench/score_links.py --copy-threshold/--fingerprint-threshold/--window-days`` and
``--sweep``, which prints the dev-set score over a grid.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from figtrail.link.quantities import fold, fold_name, named_places


@dataclass(frozen=True)
class StoryParams:
    """Every threshold of story linking, in one place.

    Measured with ``bench/score_links.py --sweep`` on the dev set (30 articles, 9 same-story
    pairs): stories F1 is 1.0 for windows of 1 to 3 days, fingerprint thresholds 0.2 to 0.45
    and 1 or 2 shared values; 0 days loses the reports published a day apart, 0.55 loses
    two-language reports, 3 shared values loses those with few figures. Same-story pairs
    score 0.54 and up; different stories that share figures score 0.40 and down (and
    they lie weeks apart). The defaults sit mid-plateau. The copy threshold has no
    near-copies to learn from on dev: on bench/synth_corpus.py stories (syndicated copies,
    one sentence added) 0.5 gives precision 1.0, recall 0.99.
    """

    shingle: int = 4  # words in a shingle
    num_perm: int = 64  # MinHash permutations
    copy_threshold: float = 0.5  # estimated Jaccard of shingles for a same-language copy
    copy_window_days: int = 7  # a copy is published within this many days of its original
    window_days: int = 2  # other reports of a story come out within this many days
    fingerprint_threshold: float = 0.35  # weighted overlap of fingerprints
    min_shared_values: int = 2  # figure values both articles carry
    value_weight: float = 3.0  # a shared figure value counts this many names
    max_postings: int = 2000  # a token carried by more articles than this on one day finds no candidates


_WORD = re.compile(r"\w+", re.UNICODE)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")


def story_id(first_article_id: str) -> str:
    return "s-" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:12]


def shingles(text: str, k: int) -> set[bytes]:
    ws = _WORD.findall(fold(text))
    if len(ws) < k:
        return {" ".join(ws).encode()} if ws else set()
    # each word encoded once: UTF-8 of words joined by spaces is their UTF-8 joined by spaces
    bs = [w.encode() for w in ws]
    return {b" ".join(gram) for gram in zip(*(bs[j:] for j in range(k)), strict=False)}


def _value_token(f: Any) -> str | None:
    get = f.get if isinstance(f, Mapping) else lambda k: getattr(f, k, None)
    v = get("value")
    lo, hi = get("low"), get("high")
    if v is None and lo is None and hi is None:
        return None
    if v is None:
        v = lo if lo is not None else hi
    if not v or (get("unit") is None and abs(v) < 20):
        return None  # small counts (two leaders, three brigades) say little about the story
    mag = f"{v:.3g}"
    return f"v:{mag}:{get('unit') or ''}"


def fingerprint(article: Mapping[str, Any], figures: Sequence[Any]) -> tuple[set[str], set[str]]:
    """(figure values, names): tokens that read the same in every language."""
    values = {t for t in (_value_token(f) for f in figures) if t}
    text = (article.get("title") or "") + "\n" + (article.get("text") or "")
    found = {"p:" + code for _, code in named_places(text)}
    found |= {"a:" + a for a in _ACRONYM.findall(text)}
    # capitalised words inside sentences: persons and places, folded across spellings
    for m in re.finditer(r"(?<=[a-zà-ÿ,;] )([A-ZÀ-Ý][a-zà-ÿ]{3,})", text):
        found.add("n:" + fold_name(m.group(1)))
    return values, found


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> Any:
    # drawing the permutations costs more than hashing an article: once per process
    return MinHash(num_perm=num_perm, seed=1, scheme="affine32").permutations


def sketch(article: Mapping[str, Any], params: StoryParams | None = None) -> Any:
    """The MinHash values of an article's shingles (a numpy array): what the copy test compares."""
    p = params or StoryParams()
    text = (article.get("title") or "") + "\n" + (article.get("text") or "")
    # crc32: fast, and the same in every process (unlike hash()); zlib's own, not wrapped
    mh = MinHash(
        num_perm=p.num_perm, hashfunc=zlib.crc32, permutations=_permutations(p.num_perm), scheme="affine32"
    )
    mh.update_batch(list(shingles(text, p.shingle)))
    return mh.hashvalues


@dataclass(slots=True)
class StoryEvidence:
    """What the story tests read of one article, computed wherever it was extracted
    (sketch: MinHash values; values and names: its fingerprint)."""

    sketch: Any
    values: set[str]
    names: set[str]


def evidence(
    article: Mapping[str, Any], figures: Sequence[Any], params: StoryParams | None = None
) -> StoryEvidence:
    values, names = fingerprint(article, figures)
    return StoryEvidence(sketch(article, params), values, names)


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal()  # type: ignore[index]
    except (TypeError, ValueError):
        return None


class StoryLinker:
    """Feed articles one at a time with their figures; get each one's story id."""

    def __init__(self, params: StoryParams | None = None) -> None:
        self.p = params or StoryParams()
        self._lsh: dict[str, MinHashLSH] = {}
        self._story: dict[str, str] = {}  # article id -> story id
        self._day_of: dict[str, int | None] = {}  # article id -> date ordinal of its publication
        self._fp: dict[str, tuple[set[str], set[str]]] = {}
        self._sketch: dict[str, Any] = {}  # article id -> MinHash values
        # token -> day (date ordinal; None undated) -> articles: a report is looked for among the
        # articles of the days within the window only, so the cost does not grow with the store
        self._postings: dict[str, dict[int | None, list[str]]] = defaultdict(lambda: defaultdict(list))
        self._n = 0

    def add(
        self, article: Mapping[str, Any], figures: Sequence[Any] = (), ev: StoryEvidence | None = None
    ) -> str:
        """The story of an article, joining it to the linker. `ev` is evidence(article, figures)
        when it was computed elsewhere (in an extraction process)."""
        aid = str(article["id"])
        if aid in self._story:  # the same article again changes nothing
            return self._story[aid]
        self._n += 1
        ev = ev or evidence(article, figures, self.p)
        lang, pub = article.get("lang") or "?", article.get("published")
        story = self._copy_of(aid, lang, pub, ev.sketch) or self._report_of(aid, pub, ev) or story_id(aid)
        self._remember(aid, lang, pub, story, ev)
        return story

    def restore(
        self, aid: str, lang: str | None, published: str | None, story: str, ev: StoryEvidence
    ) -> None:
        """Join an article linked before (e.g. read back from a store) without testing it again."""
        if aid not in self._story:
            self._n += 1
            self._remember(aid, lang or "?", published, story, ev)

    def _minhash(self, hashvalues: Any) -> MinHash:
        # given the permutations, MinHash does not draw them again (that would cost more than the query)
        return MinHash(
            num_perm=self.p.num_perm,
            hashvalues=hashvalues,
            permutations=_permutations(self.p.num_perm),
            scheme="affine32",
        )

    def _remember(self, aid: str, lang: str, pub: str | None, story: str, ev: StoryEvidence) -> None:
        self._story[aid] = story
        self._day_of[aid] = _day(pub)
        lsh = self._lsh.get(lang)
        if lsh is None:
            lsh = self._lsh[lang] = MinHashLSH(threshold=self.p.copy_threshold, num_perm=self.p.num_perm)
        lsh.insert(aid, self._minhash(ev.sketch))
        self._sketch[aid] = ev.sketch
        self._fp[aid] = (ev.values, ev.names)
        for tok in ev.values:
            self._postings[tok][_day(pub)].append(aid)

    def story_of(self, article_id: str) -> str | None:
        return self._story.get(article_id)

    def evidence_of(self, article_id: str) -> StoryEvidence | None:
        """The evidence an article joined with (for a store to save)."""
        if article_id not in self._sketch:
            return None
        values, names = self._fp[article_id]
        return StoryEvidence(self._sketch[article_id], values, names)

    # same language, near copies
    def _copy_of(self, aid: str, lang: str, pub: str | None, hashvalues: Any) -> str | None:
        lsh = self._lsh.get(lang)
        if lsh is None or not lsh.keys:
            return None
        cands = sorted(lsh.query(self._minhash(hashvalues)))
        if not cands:
            return None
        # LSH only proposes: keep an earlier article whose estimated Jaccard passes, within the
        # window. A syndicated story brings hundreds of copies: their estimates in one array
        # operation, not one each
        sims = (np.stack([self._sketch[o] for o in cands]) == hashvalues).mean(axis=1)
        day = _day(pub)
        best, best_j = None, 0.0
        for other, j in zip(cands, sims.tolist(), strict=True):
            if j < self.p.copy_threshold or j <= best_j:
                continue
            od = self._day_of.get(other)
            if day is None or od is None or abs(day - od) <= self.p.copy_window_days:
                best, best_j = other, j
        return self._story[best] if best else None

    # any language: same figures, names, places, within a few days
    def _report_of(self, aid: str, pub: str | None, ev: StoryEvidence) -> str | None:
        values, names = ev.values, ev.names
        cands: dict[str, int] = defaultdict(int)
        day, w = _day(pub), self.p.window_days
        # undated articles are candidates of every day (their gap is unknown); an undated one
        # looks at every day
        days = None if day is None else [*range(day - w, day + w + 1), None]
        for tok in values:
            by_day = self._postings.get(tok)
            if not by_day:
                continue
            for d in days if days is not None else list(by_day):
                post = by_day.get(d)
                if post and len(post) <= self.p.max_postings:
                    for other in post:
                        cands[other] += 1
        best, best_score = None, 0.0
        for other, shared in cands.items():
            # an article with a single figure can share no more than that one
            if shared < min(self.p.min_shared_values, len(values), len(self._fp[other][0])):
                continue
            od = self._day_of.get(other)
            if day is not None and od is not None and abs(day - od) > self.p.window_days:
                continue
            score = self._score((values, names), self._fp[other])
            if score > best_score or (score == best_score and best is not None and other < best):
                best, best_score = other, score
        if best is not None and best_score >= self.p.fingerprint_threshold:
            return self._story[best]
        return None

    def _score(self, a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> float:
        """Weighted overlap: shared tokens over the smaller fingerprint, values weigh more."""
        w = self.p.value_weight
        shared = w * len(a[0] & b[0]) + len(a[1] & b[1])
        size = min(w * len(a[0]) + len(a[1]), w * len(b[0]) + len(b[1]))
        return shared / size if size else 0.0


def link_stories(
    items: Sequence[tuple[Mapping[str, Any], Sequence[Any]]], params: StoryParams | None = None
) -> list[str]:
    """(article, figures) in order -> story ids."""
    linker = StoryLinker(params)
    return [linker.add(a, figs) for a, figs in items]


__all__ = [
    "StoryEvidence",
    "StoryLinker",
    "StoryParams",
    "evidence",
    "fingerprint",
    "link_stories",
    "sketch",
    "story_id",
]
