"""Quantities: one id for what measures the same thing, in every language; apart otherwise."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import SHARED

import figtrail
from figtrail.link import concepts
from figtrail.link.quantities import QuantityLinker, concept_of, fold_name, link_quantities
from figtrail.link.stories import StoryLinker


def art(aid: str, lang: str, text: str, published: str = "2024-10-28") -> dict:
    return {"id": aid, "lang": lang, "published": published, "title": "", "text": text}


def ids_of(*articles: dict, story: str = "s1") -> list[list[str]]:
    return link_quantities((a, figtrail.extract(a), story) for a in articles)


def one(qids: list[list[str]]) -> list[str]:
    return [q for per_article in qids for q in per_article]


TROOPS = [
    art("fr", "fr", "Le NIS estime qu'environ 1 500 soldats nord-coréens ont été envoyés en Russie."),
    art("en", "en", "Budanov said 11,000 North Korean troops were training in Russia."),
    art("de", "de", "Das Pentagon schätzt, dass 10.000 nordkoreanische Soldaten in Russland sind."),
    art("es", "es", "Seúl cree que unos 12.000 efectivos norcoreanos están ya en Rusia."),
    art("pt", "pt", "O Pentágono estima que cerca de 10 mil soldados norte-coreanos estão na Rússia."),
    art("it", "it", "Secondo Kiev, 11.000 soldati nordcoreani si trovano in Russia."),
]


def test_troops_join_across_languages():
    qids = one(ids_of(*TROOPS))
    assert len(qids) == 6 and len(set(qids)) == 1


def test_troops_join_across_stories():
    # the same quantity told by stories weeks apart: the id does not depend on the story
    qs = QuantityLinker()
    a = qs.assign(TROOPS[0], figtrail.extract(TROOPS[0]), "story-a")
    b = qs.assign(TROOPS[1], figtrail.extract(TROOPS[1]), "story-b")
    assert a == b


def test_killed_wounded_and_both_stay_apart():
    a = art(
        "fr",
        "fr",
        "Selon le NIS, au moins 100 soldats nord-coréens ont été tués et près de 1 000 blessés. "
        "Kiev affirme que plus de 3 000 soldats nord-coréens ont été tués ou blessés.",
    )
    killed, wounded, both = one(ids_of(a))
    assert len({killed, wounded, both}) == 3


def test_killed_joins_across_languages():
    fr = art("fr", "fr", "Au moins 100 soldats ont été tués lors de l'attaque.")
    en = art("en", "en", "At least 100 soldiers were killed in the attack.")
    wounded = art("es", "es", "Al menos 100 soldados resultaron heridos en el ataque.")
    q_fr, q_en, q_es = one(ids_of(fr, en, wounded))
    assert q_fr == q_en != q_es


def test_weapons_launched_and_shot_down_stay_apart_and_join_across_languages():
    en = art(
        "en",
        "en",
        "Russia launched 620 drones and 48 missiles overnight, the air force said. "
        "Air defences shot down 583 drones and 41 missiles, it added.",
    )
    fr = art(
        "fr",
        "fr",
        "La Russie a lancé 620 drones et 48 missiles dans la nuit, selon l'armée de l'air. "
        "Au total, 583 drones et 41 missiles ont été abattus, a-t-elle précisé.",
    )
    de = art("de", "de", "Russland hat 620 Drohnen abgefeuert, teilte die Luftwaffe mit.")
    en_q, fr_q, de_q = ids_of(en, fr, de)
    drones_launched, missiles_launched, drones_down, missiles_down = en_q
    assert len(set(en_q)) == 4  # what was launched is not what was shot down
    assert fr_q == en_q
    assert de_q == [drones_launched]


def test_batteries_are_one_concept_across_languages():
    # different values, so only the counted noun can join them
    fr = art("fr", "fr", "Le fabricant a déjà remplacé 19 000 batteries.")
    de = art("de", "de", "Der Hersteller ruft 214.000 Akkus zurück, teilte das Unternehmen mit.")
    it = art("it", "it", "Il produttore richiama 210mila batterie, ha detto l'azienda.")
    people = art("en", "en", "About 5,000 people attended the launch, the company said.")
    q_fr, q_de, q_it, q_people = one(ids_of(fr, de, it, people))
    assert q_fr == q_de == q_it != q_people


def test_place_separates_one_concept():
    a = art(
        "en",
        "en",
        "The Pentagon said 10,000 North Korean troops were in Russia. "
        "Kyiv said 3,000 North Korean troops were fighting in the Kursk region.",
    )
    russia, kursk = one(ids_of(a))
    assert russia != kursk
    both = art(
        "g",
        "en",
        "The ministry said 1,200 people were killed in Gaza. Officials said 1,200 people were killed in Israel.",
    )
    gaza, israel = one(ids_of(both))
    assert gaza != israel


def test_unrelated_stories_with_no_place_stay_apart():
    a = art("a", "en", "Officials said 40 people died.")
    b = art("b", "en", "Officials said 90 people died.")
    qs = QuantityLinker()
    assert qs.assign(a, figtrail.extract(a), "s1") != qs.assign(b, figtrail.extract(b), "s2")


def test_year_separates_one_concept():
    a = art("a", "fr", "Le déficit public atteindra 6,1 % en 2024 et 5 % en 2025.")
    y24, y25 = one(ids_of(a))
    assert y24 != y25


def test_ids_stable_across_runs():
    first, again = ids_of(*TROOPS), ids_of(*TROOPS)
    assert first == again
    assert all(isinstance(q, str) and q for q in one(first))


def test_concept_table_covers_six_languages():
    lines = concepts.CONCEPTS.strip().splitlines()
    assert len(lines) >= 200
    for line in lines:
        groups = line.split(";", 2)[2].split("|")
        assert len(groups) == 6 and all(g.strip() for g in groups), line[:40]
    for word, lang in [
        ("Soldaten", "de"),
        ("efectivos", "es"),
        ("militaires", "fr"),
        ("vittime", "it"),
        ("mortos", "pt"),
        ("troops", "en"),
        ("Elitesoldaten", "de"),
    ]:
        assert concept_of(word, lang) in ("troops", "deaths"), word


def test_name_fold_across_spellings():
    assert fold_name("Koursk") == fold_name("Kursk")


@pytest.mark.slow
def test_dev_set_quantities(dev_articles):
    path = SHARED / "tools" / "score_figures.py"
    if not path.is_file():
        pytest.skip("scorer not found")
    spec = importlib.util.spec_from_file_location("score_figures", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    stories, quants, preds = StoryLinker(), QuantityLinker(), []
    for a in dev_articles:
        given = {k: v for k, v in a.items() if k not in ("figures", "story")}
        figs = figtrail.extract(given)
        qids = quants.assign(given, figs, stories.add(given, figs))
        preds += [{**f.to_dict(), "quantity": q} for f, q in zip(figs, qids, strict=True)]
    _stats, _errors, matched = scorer.score(dev_articles, preds)
    links = scorer.link_scores(dev_articles, preds, matched, {"quantities"})
    assert links["quantities"]["f1"] >= 0.85
    assert links["quantities_across_articles"]["f1"] >= 0.85


def _by_surface(text: str) -> dict[str, str]:
    a = art("fr", "fr", text)
    figs = figtrail.extract(a)
    return dict(zip((f.surface for f in figs), QuantityLinker().assign(a, figs, "s1"), strict=True))


def test_an_unlisted_counted_noun_keeps_its_figure_apart_from_the_words_after_it():
    # "organisations" is no concept of the table: the figure must not borrow "manifestants"
    q = _by_surface(
        "La police a compté 12 000 manifestants. Sept organisations y ont appelé les manifestants."
    )
    assert q["Sept"] != q["12 000"]


# ---------------------------------------------------------------- qualifiers: a part is not its total


def test_a_part_said_with_dont_is_not_the_total():
    a = art(
        "es",
        "es",
        "El incendio dejó 58 fallecidos, de los cuales 12 murieron tras llegar al hospital. "
        "Otro balance hablaba de 58 fallecidos.",
    )
    total, part, again = one(ids_of(a))
    assert total == again != part


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Officials counted 2,300 deaths during the heatwave. "
            "They also counted 1,400 deaths among people aged 80 years or more.",
            id="an age group",
        ),
        pytest.param(
            "es",
            "Sanidad atribuye al calor 900 muertes este verano. "
            "El sindicato contabilizó 15 muertes de trabajadores durante su jornada.",
            id="a second noun",
        ),
        pytest.param(
            "de",
            "Bundesweit streikten 40.000 Beschäftigte. Allein in Heilbronn streikten 6.000 Beschäftigte.",
            id="a German town after in",
        ),
        pytest.param(
            "it",
            "Restano scoperte circa 68.000 cattedre in tutta Italia, e soltanto a Bergamo 900 cattedre.",
            id="a place just before the number",
        ),
    ],
)
def test_a_qualifier_keeps_a_narrower_count_apart(lang, text):
    whole, narrower = one(ids_of(art(lang, lang, text)))
    assert whole != narrower


def test_the_same_value_with_and_without_a_qualifier_is_one_quantity():
    a = art(
        "pt",
        "pt",
        "As cheias no Rio Grande do Sul já fizeram 176 mortos. "
        "O número de mortos subiu para 176, segundo a Defesa Civil.",
    )
    first, second = one(ids_of(a))
    assert first == second
