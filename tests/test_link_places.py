"""The country table: the countries news cites are placed in each of the six languages, and
the words that only look like them are not."""

from __future__ import annotations

import pytest

from figtrail.link.fold import fold, tokens
from figtrail.link.places import COUNTRIES, countries_in


def placed(text: str) -> list[str]:
    return [code for _, _, code in countries_in(tokens(text), tokens(text, keep_case=True))]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ministero della Difesa cambogiano", "kh"),
        ("le ministère thaïlandais de l'Intérieur", "th"),
        ("the Thai army", "th"),
        ("el gobierno argentino", "ar"),
        ("die kenianische Regierung", "ke"),
        ("the Nigerian army", "ng"),
        ("le gouvernement nigérien", "ne"),  # Niger, not Nigeria
        ("el gobierno nigerino", "ne"),
        ("la junte malienne", "ml"),
        ("il ministero degli Esteri vietnamita", "vn"),
        ("a polícia indonésia", "id"),
        ("das usbekische Außenministerium", "uz"),
        ("the Georgian government", "ge"),
        ("le Premier ministre arménien", "am"),
        ("the Azerbaijani foreign ministry", "az"),
        ("das libysche Innenministerium", "ly"),
        ("o governo sul-sudanês", "ss"),
        ("le gouvernement sud-soudanais", "ss"),
        ("the Sudanese army", "sd"),
        ("la policía ecuatoriana", "ec"),
        ("le ministère équatorien de la Santé", "ec"),
        ("das tschechische Finanzministerium", "cz"),
        ("il governo serbo", "rs"),
        ("the Estonian defence ministry", "ee"),
        ("le gouvernement néo-zélandais", "nz"),
        ("the New Zealand government", "nz"),
        ("el gobierno islandés", "is"),
        ("l'armée congolaise", "cd"),
        ("the DRC government", "cd"),
        ("le gouvernement de la République du Congo", "cg"),
        ("Moscou et Tbilissi", "ge"),
    ],
)
def test_new_countries_are_placed(text, code):
    assert code in placed(text), (text, placed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Bardella",  # a first name; the country is Jordanie, Jordania, Jordanian...
        "Thaís Oyama",  # a first name, not Thai
        "a small island",  # not de "Island" (Iceland)
        "die Armen und die Reichen",  # the poor, not Armenia
        "l'armement",
        "a slovenly job",
        "il serbatoio",
        "vai checar os dados",  # pt "to check", not Czech "checa"
        "i mali dell'economia",  # the ills, not Mali
        "DACA recipients",  # not Daca (Dhaka)
        "uma praga nas lavouras",  # a pest, not Praga
        "el ecuatorial",
        "the state of Georgia",  # the US state: Georgia is left unplaced
    ],
)
def test_lookalikes_are_not_placed(text):
    assert placed(text) == [], (text, placed(text))


def test_the_niger_delta_is_nigeria():
    assert placed("violence in the Niger Delta") == ["ng"]
    assert placed("le président du Niger") == ["ne"]


def test_the_senate_seat_is_not_luxembourg():
    assert placed("au palais du Luxembourg") == ["fr"]
    assert placed("le gouvernement luxembourgeois") == ["lu"]


def test_capitals_stand_for_their_country():
    assert placed("Bangkok a annoncé") == ["th"]
    assert placed("Kinshasa accuse Kigali") == ["cd"]
    assert placed("Nairobi said") == ["ke"]


def test_short_capital_names_keep_the_us_rule():
    # RDC/DRC count only in capitals, as US does
    assert placed("RDC") == ["cd"]
    assert placed("la rdc") == []


def test_codes_are_unique_and_names_point_to_one_country():
    codes = [c.code for c in COUNTRIES]
    assert len(codes) == len(set(codes))
    seen: dict[str, str] = {}
    for c in COUNTRIES:
        for n in c.names + c.capitals:
            assert seen.setdefault(fold(n), c.code) == c.code, (n, seen[fold(n)], c.code)


def test_no_stem_swallows_another_countrys_adjective():
    stems = [(tuple(tokens(a)[:-1]), tokens(a)[-1], c.code) for c in COUNTRIES for a in c.adjectives]
    clashes = [
        (c, s, c2, s2)
        for h, s, c in stems
        for h2, s2, c2 in stems
        if c != c2 and h == h2 and s2.startswith(s)
    ]
    assert clashes == []
