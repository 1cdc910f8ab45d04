"""Every language pack's example corpus, run as tests (Duckling's Rules.hs + Corpus.hs).

For each code in `figtrail.packs.AVAILABLE`, `figtrail/packs/<code>_corpus.py` holds
`EXAMPLES`: texts with ALL the figures they must give, in order (title first). Each
example is one test case: exactly the listed figures must be found (matched in order by
surface), every surface must be the slice its offsets point at, and every key an example
lists must equal what the extractor gives.
"""

from __future__ import annotations

import importlib
import math
import re
import unicodedata
from typing import Any

import pytest

import figtrail
from figtrail.packs import AVAILABLE

MIN_EXAMPLES = 80
NUMERIC_KEYS = ("value", "low", "high")
NAME_KEYS = ("source", "via")  # compared after case folding and dropping a leading article
_LEADING_ARTICLE = re.compile(r"^(?:le\s+|la\s+|les\s+|l['\u2019]\s*)", re.IGNORECASE)


def _corpus(code: str) -> list[dict[str, Any]]:
    return list(importlib.import_module(f"figtrail.packs.{code}_corpus").EXAMPLES)


def _slug(text: str, words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "_".join(re.findall(r"\w+", ascii_text)[:words]) or "empty"


def _cases() -> list[Any]:
    cases = []
    for code in AVAILABLE:
        for i, example in enumerate(_corpus(code)):
            head = example.get("title") or example["text"]
            cases.append(pytest.param(code, i, example, id=f"{code}-{i:03d}-{_slug(head)}"))
    return cases


def _name(x: str | None) -> str | None:
    if x is None:
        return None
    return _LEADING_ARTICLE.sub("", x.strip().casefold()).strip()


def _same(key: str, expected: Any, got: Any) -> bool:
    if key in NUMERIC_KEYS:
        if expected is None or got is None:
            return expected is None and got is None
        return math.isclose(float(expected), float(got), rel_tol=1e-9)
    if key in NAME_KEYS:
        return _name(expected) == _name(got)
    return expected == got


@pytest.mark.parametrize("code", AVAILABLE)
def test_every_pack_has_a_corpus(code: str) -> None:
    examples = _corpus(code)
    assert len(examples) >= MIN_EXAMPLES, (
        f"{code}_corpus.py has {len(examples)} examples, needs {MIN_EXAMPLES}"
    )
    for i, example in enumerate(examples):
        assert isinstance(example.get("text"), str), f"{code} example {i} has no text"
        assert all("surface" in f for f in example["figures"]), (
            f"{code} example {i}: a figure lacks its surface"
        )


@pytest.mark.parametrize(("code", "index", "example"), _cases())
def test_corpus_example(code: str, index: int, example: dict[str, Any]) -> None:
    article = {"id": f"{code}-{index}", "lang": code, "text": example["text"]}
    if example.get("title"):
        article["title"] = example["title"]
    figures = figtrail.extract(article)

    expected_surfaces = [f["surface"] for f in example["figures"]]
    got_surfaces = [f.surface for f in figures]
    assert got_surfaces == expected_surfaces, (
        f"figures found: {got_surfaces!r}, expected {expected_surfaces!r}"
    )

    problems = []
    for n, (want, fig) in enumerate(zip(example["figures"], figures, strict=True)):
        field_text = article["title"] if fig.field == "title" else article["text"]
        if field_text[fig.start : fig.end] != fig.surface:
            problems.append(
                f"#{n} {fig.surface!r}: offsets [{fig.start}:{fig.end}] point at {field_text[fig.start : fig.end]!r}"
            )
        for key, value in want.items():
            if key == "surface":
                continue
            got = getattr(fig, key)
            if not _same(key, value, got):
                problems.append(f"#{n} {fig.surface!r}: {key} expected {value!r}, got {got!r}")
    assert not problems, "\n".join(problems)
