"""The dataclasses that flow between stages: Article in, Figure out.

Everything here is plain data. Stages are functions in their own modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

BOUNDS = ("exact", "approx", "at_least", "more_than", "at_most", "up_to", "less_than", "range")
MODALITIES = ("asserted", "estimated", "planned", "possible", "denied")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as spec/figures.md section 3 describes it."""

    id: str
    text: str
    title: str = ""
    lang: str | None = None
    published: str | None = None
    url: str | None = None

    @classmethod
    def from_mapping(cls, data: dict[str, Any], default_id: str = "doc") -> Article:
        text = data.get("text")
        if not isinstance(text, str):
            raise ValueError("article has no 'text' string")
        title = data.get("title") or ""
        if not isinstance(title, str):
            title = str(title)
        ident = data.get("id")
        return cls(
            id=str(ident) if ident not in (None, "") else default_id,
            text=text,
            title=title,
            lang=(str(data["lang"]).lower() or None) if data.get("lang") else None,
            published=str(data["published"]) if data.get("published") else None,
            url=str(data["url"]) if data.get("url") else None,
        )

    def field_text(self, name: str) -> str:
        return self.title if name == "title" else self.text


@dataclass(slots=True)
class Span:
    """A stretch of one field of an article: [start, end) character offsets."""

    field: str
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    field: str
    start: int
    end: int
    text: str  # the sentence as written (slice of the field)
    norm: str  # same length: lower-cased, spaces and quotes unified (offsets agree)
    index: int = 0  # position among the field's sentences
    paragraph: int = 0


@dataclass(slots=True)
class Number:
    """A numeric expression found in a sentence, before it is judged a figure.

    Offsets are relative to the field (title or text), not to the sentence.
    """

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    kind: str = "digits"  # digits | words | vague | base | range
    bound: str = "exact"  # set here for vague magnitudes, bases and ranges
    scaled: bool = False  # carries a scale word (million, milliard, bn, k)
    plain_digits: str | None = None  # the digits as written when no separator/scale (year test)
    ordinal: bool = False
    unit: str | None = None  # a unit read with the number: the currency of "3 dollars 50 cents"


@dataclass(slots=True)
class Figure:
    """A sourced figure: spec/figures.md section 2 (plus doc and sentence)."""

    doc: str
    field: str
    start: int
    end: int
    surface: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    bound: str = "exact"
    unit: str | None = None
    what: str | None = None
    what_head: str | None = None
    source: str | None = None
    via: str | None = None
    modality: str = "asserted"
    sentence: str = ""
    lang: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # dates (figtrail/dates.py), ISO YYYY-MM-DD: when the source said it (the article's date
    # moved by "vendredi", "yesterday"), and the date the figure describes ("au 1er novembre")
    said_on: str | None = None
    as_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """One spec section 5 line: every section 2 field but source_aliases, plus doc and sentence;
        said_on and as_of when known."""
        d = {name: getattr(self, name) for name in _FIGURE_FIELDS}  # flat: no deep copy (asdict is slow)
        extra = dict(self.extra)
        for key in ("value", "low", "high"):
            d[key] = _tidy_number(d[key])
        if self.said_on is not None:
            d["said_on"] = self.said_on
        if self.as_of is not None:
            d["as_of"] = self.as_of
        d.update(extra)
        return d


def _tidy_number(x: float | int | None) -> float | int | None:
    """Whole numbers print as ints (1500, not 1500.0); others keep their float."""
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e18:
        return int(x)
    return x


_FIGURE_FIELDS = tuple(f.name for f in fields(Figure) if f.name not in ("extra", "said_on", "as_of"))
