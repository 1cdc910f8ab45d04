"""The three links in one pass, article by article: source ids, story, quantities.

Linking has two halves. What it reads of one article alone (the sources' context, the
story sketch and fingerprint, what each figure counts) is a pure function, `gather`,
run wherever the article was extracted: in the extraction processes of `figtrail
ingest`, in parallel. What it decides across articles (which source, story, quantity an
article joins) needs everything seen before, so one `Linker` does it, in the single
writer, in the order articles arrive:

    links = Linker().link(article, figures)             # gathers on the way
    links = linker.link(article, figures, evidence)     # evidence = gather(article, figures)

A Linker's state is plain data held by its three parts (SourceRegistry, StoryLinker,
QuantityLinker); figtrail/store/links.py saves it in the store and loads it back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from figtrail.link import aliases
from figtrail.link.context import ArticleContext
from figtrail.link.quantities import QuantityLinker, describe
from figtrail.link.sources import PERSON, SourceRegistry, source_type, sources_context
from figtrail.link.stories import StoryEvidence, StoryLinker, StoryParams, evidence


@dataclass(slots=True)
class Evidence:
    """What linking reads of one article alone (picklable: it crosses processes)."""

    sources: ArticleContext
    story: StoryEvidence
    quantities: list[dict[str, Any]]


@dataclass(slots=True)
class Links:
    """An article's links: its story, and for each figure in order its source id, source type
    (person, organisation, government, media, unknown; None without a source) and quantity."""

    story: str
    source_ids: list[str | None]
    source_types: list[str | None]
    quantities: list[str]


def as_mapping(article: Mapping[str, Any] | Any) -> dict[str, Any]:
    """An article as the mapping the linkers read (spec section 3 fields)."""
    if isinstance(article, Mapping):
        return dict(article)
    return {k: getattr(article, k, None) for k in ("id", "lang", "published", "title", "text", "url")}


def gather(
    article: Mapping[str, Any] | Any, figures: Sequence[Any], params: StoryParams | None = None
) -> Evidence:
    """Everything linking reads of one article alone: a pure function of the article and its figures."""
    art = as_mapping(article)
    # the context's copy of the text stays behind: the article travels with its evidence anyway
    return Evidence(
        sources=dataclasses.replace(sources_context(art, figures), text=""),
        story=evidence(art, figures, params),
        quantities=describe(art, figures),
    )


class Linker:
    """Links articles one at a time, in the order they arrive; same order, same ids."""

    def __init__(
        self,
        registry: SourceRegistry | None = None,
        stories: StoryLinker | None = None,
        quantities: QuantityLinker | None = None,
    ) -> None:
        self.registry = registry or SourceRegistry()
        self.stories = stories or StoryLinker()
        self.quantities = quantities or QuantityLinker()

    def link(
        self, article: Mapping[str, Any] | Any, figures: Sequence[Any], ev: Evidence | None = None
    ) -> Links:
        """Links of an article whose id is final (a store's id, not a placeholder)."""
        art = as_mapping(article)
        if ev is None:
            ev = gather(art, figures, self.stories.p)
        ctx = dataclasses.replace(
            ev.sources,
            doc=str(art.get("id")),  # it may have been gathered under a placeholder (a page's path)
            text=f"{art.get('title') or ''}\n{art.get('text') or ''}",
        )
        source_ids = self.registry.resolve_article(art, figures, ctx)
        story = self.stories.add(art, figures, ev.story)
        quantities = self.quantities.assign(art, figures, story, ev.quantities)
        types = [
            _type_of(_get(f, "source"), sid, ctx.lang) for f, sid in zip(figures, source_ids, strict=True)
        ]
        return Links(story, source_ids, types, quantities)


def _type_of(name: str | None, sid: str | None, lang: str | None) -> str | None:
    """person, organisation, government, media or unknown: the table's word for a source it
    knows, else what the name's shape says."""
    if not name:
        return None
    if sid:
        if sid.startswith(PERSON):
            return "person"
        inst = aliases.entry(sid)
        if inst is not None and inst.type:
            return inst.type
    return source_type(name, lang)


def _get(f: Any, k: str) -> Any:
    return f.get(k) if isinstance(f, Mapping) else getattr(f, k, None)


__all__ = ["Evidence", "Linker", "Links", "as_mapping", "gather"]
