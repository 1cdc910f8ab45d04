"""Stories: copies and translations join, other stories stay apart, ids are stable."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import SHARED

import figtrail
from figtrail.link.stories import StoryLinker, StoryParams, link_stories, story_id

EN = (
    "North Korea has sent about 11,000 troops to Russia, Ukraine's military intelligence chief "
    "Kyrylo Budanov said on Friday. The NIS in Seoul said 3,000 soldiers had arrived in October and "
    "that 12,000 could follow by December. The Kremlin denied the reports."
)
FR = (
    "La Corée du Nord a envoyé environ 11 000 soldats en Russie, a affirmé vendredi le chef du "
    "renseignement militaire ukrainien, Kyrylo Boudanov. Le NIS à Séoul a indiqué que 3 000 soldats "
    "étaient arrivés en octobre et que 12 000 pourraient suivre d'ici décembre. Le Kremlin a démenti."
)
OTHER = (
    "The government approved a budget of 477 billion euros on Thursday, with 39 billion euros of new "
    "borrowing. The opposition said spending on pensions would rise by 4 per cent next year."
)


def art(aid: str, text: str, lang: str = "en", published: str = "2024-10-18", title: str = "") -> dict:
    return {"id": aid, "lang": lang, "published": published, "title": title, "text": text}


def add(linker: StoryLinker, a: dict) -> str:
    return linker.add(a, figtrail.extract(a))


def test_near_copy_joins_the_original():
    s = StoryLinker()
    first = add(s, art("a1", EN))
    copy = add(
        s, art("a2", EN.replace("on Friday", "on Friday morning") + " More follows.", published="2024-10-19")
    )
    assert copy == first == story_id("a1")


def test_translation_with_the_same_figures_joins():
    s = StoryLinker()
    assert add(s, art("en-1", EN)) == add(s, art("fr-1", FR, lang="fr"))


def test_other_story_stays_apart():
    s = StoryLinker()
    assert add(s, art("a1", EN)) != add(s, art("b1", OTHER))


def test_same_figures_months_later_are_another_story():
    s = StoryLinker()
    assert add(s, art("en-1", EN)) != add(s, art("fr-1", FR, lang="fr", published="2025-02-18"))


def test_ids_stable_across_runs_and_readding_changes_nothing():
    items = [(a, figtrail.extract(a)) for a in (art("a1", EN), art("b1", OTHER), art("fr-1", FR, lang="fr"))]
    first, again = link_stories(items), link_stories(items)
    assert first == again
    s = StoryLinker()
    ids = [s.add(a, f) for a, f in items]
    assert s.add(*items[2]) == ids[2]
    assert ids[0] == story_id("a1") and ids[1] == story_id("b1")


def test_thresholds_are_parameters():
    # with no window at all, the French report a day later is no longer the same story
    s = StoryLinker(StoryParams(window_days=0))
    assert add(s, art("en-1", EN)) != add(s, art("fr-1", FR, lang="fr", published="2024-10-19"))


@pytest.mark.slow
def test_dev_set_stories(dev_articles):
    path = SHARED / "tools" / "score_figures.py"
    if not path.is_file():
        pytest.skip("scorer not found")
    spec = importlib.util.spec_from_file_location("score_figures", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    s = StoryLinker()
    preds = []
    for a in dev_articles:
        given = {k: v for k, v in a.items() if k not in ("figures", "story")}
        figs = figtrail.extract(given)
        story = s.add(given, figs)
        preds += [{**f.to_dict(), "story": story} for f in figs] or [{"doc": a["id"], "story": story}]
    _stats, _errors, matched = scorer.score(dev_articles, preds)
    links = scorer.link_scores(dev_articles, preds, matched, {"stories"})
    assert links["stories"]["f1"] >= 0.9
