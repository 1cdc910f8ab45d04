"""Timelines (issue 7, part 3): matching words to quantities, grouping figures into claims,
disagreements and superseded figures, the plot, and `figtrail track` on a real store.

The pure functions run on hand-made rows shaped like the `latest_figures` view; the last tests
ingest the dev set with the installed command and track the North Korean troops."""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from figtrail.plot import plot_timeline
from figtrail.timeline import (
    DISAGREE_RATIO,
    DISAGREE_WINDOW_DAYS,
    RECORD_FIELDS,
    Candidate,
    entry_record,
    flat_record,
    gap_ratio,
    interval,
    match_quantities,
    parse_query,
    point,
    timeline,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
QID = "troops/count@RU"


def row(**kw: Any) -> dict[str, Any]:
    """A figure as the latest_figures view gives it; exact 1 500 by default."""
    value = kw.pop("value", 1500)
    base: dict[str, Any] = {
        "doc": "a1",
        "value": value,
        "low": value,
        "high": value,
        "bound": "exact",
        "unit": None,
        "what": "soldats",
        "what_head": "soldats",
        "source": "NIS",
        "source_id": None,
        "source_type": None,
        "modality": "asserted",
        "said_on": "2024-10-18",
        "published": "2024-10-18",
        "lang": "fr",
        "url": None,
        "site": None,
        "surface": "1 500",
        "sentence": "Selon le NIS, 1 500 soldats.",
        "quantity": QID,
        "story": "s-1",
    }
    base.update(kw)
    return base


def by_value(tl, value: float):
    found = [e for e in tl.entries if e.value == value]
    assert len(found) == 1, [(e.value, e.source) for e in tl.entries]
    return found[0]


# --- intervals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, low, high, bound, expected",
    [
        (1500, 1500, 1500, "exact", (1500, 1500)),
        (1500, 1500, 1500, "approx", (1500, 1500)),  # environ 1 500: the bound says approximate
        (1500, 1500, None, "at_least", (1500, math.inf)),  # au moins 1 500
        (3000, 3000, None, "more_than", (3000, math.inf)),
        (12000, None, 12000, "up_to", (-math.inf, 12000)),  # jusqu'à 12 000
        (100, None, 100, "less_than", (-math.inf, 100)),
        (None, 10000, 12000, "range", (10000, 12000)),  # entre 10 000 et 12 000
        (None, 20, 99, "approx", (20, 99)),  # des dizaines
        (1500, None, None, "at_least", (1500, math.inf)),  # only a value stored: the bound opens it
        (12000, None, None, "up_to", (-math.inf, 12000)),
    ],
)
def test_interval_follows_the_spec_bounds(value, low, high, bound, expected):
    assert interval(value, low, high, bound) == expected


def test_point_is_the_value_else_the_middle_else_the_known_end():
    assert point(1500, 1500, 1500) == 1500
    assert point(None, 20, 99) == pytest.approx(59.5)
    assert point(None, 3000, None) == 3000
    assert point(None, None, 12000) == 12000
    assert point(None, None, None) is None


def test_gap_ratio():
    assert gap_ratio((1500, 1500), (11000, 11000)) == pytest.approx(11000 / 1500)
    assert gap_ratio((11000, 11000), (1500, 1500)) == pytest.approx(11000 / 1500)  # order free
    assert gap_ratio((3000, math.inf), (10000, 10000)) is None  # "at least 3 000" allows 10 000
    assert gap_ratio((-math.inf, 12000), (10000, 10000)) is None  # "up to 12 000" too
    assert gap_ratio((2000, 9999), (9999, 9999)) is None  # touching is overlapping
    assert gap_ratio((-10, -10), (-3, -3)) == pytest.approx(10 / 3)
    assert gap_ratio((-2, -2), (5, 5)) == math.inf


# --- grouping and order -----------------------------------------------------------------------


def test_one_claim_in_three_articles_and_two_languages_is_one_entry():
    rows = [
        row(doc="fr-1", lang="fr", source="NIS", source_id="kr-nis", url="https://a.example/1"),
        row(doc="fr-2", lang="fr", source="le renseignement sud-coréen", source_id="kr-nis"),
        row(doc="en-1", lang="en", source="National Intelligence Service", source_id="kr-nis",
            what="troops", surface="1,500"),
    ]  # fmt: skip
    tl = timeline(rows)
    assert len(tl.entries) == 1
    e = tl.entries[0]
    assert e.docs == ["fr-1", "fr-2", "en-1"]
    assert sorted(e.langs) == ["en", "fr"]
    assert e.urls == ["https://a.example/1"]
    assert e.source_key == "kr-nis"
    assert tl.langs == ["en", "fr"]
    assert tl.sources == ["kr-nis"]


def test_another_bound_modality_day_or_source_is_another_entry():
    rows = [
        row(doc="a1"),
        row(doc="a2", bound="approx"),  # "environ 1 500"
        row(doc="a3", modality="planned"),
        row(doc="a4", said_on="2024-10-19"),
        row(doc="a5", source="Pentagon"),
    ]
    tl = timeline(rows)
    assert len(tl.entries) == 5
    assert sorted(d for e in tl.entries for d in e.docs) == ["a1", "a2", "a3", "a4", "a5"]


def test_without_a_source_id_names_are_folded_and_unsourced_figures_belong_to_their_outlet():
    rows = [
        row(doc="a1", source="le NIS"),
        row(doc="a2", source="NIS"),  # the same name, without its article: one source
        row(doc="a3", source=None, site="lemonde.fr", value=3000),
        row(doc="a4", source=None, site="elpais.com", value=3000),
    ]
    tl = timeline(rows)
    nis = by_value(tl, 1500)
    assert nis.docs == ["a1", "a2"]
    unsourced = [e for e in tl.entries if e.value == 3000]
    assert len(unsourced) == 2  # two outlets saying it in their own voice are two voices
    assert {tl.source_names[e.source_key] for e in unsourced} == {"(lemonde.fr)", "(elpais.com)"}


def test_entries_are_in_order_of_the_day_said_then_published_then_undated():
    rows = [
        row(doc="late", said_on="2024-11-02", published="2024-11-03", value=3000),
        row(doc="undated", said_on=None, published=None, value=4000),
        row(doc="pub-only", said_on=None, published="2024-10-20T08:00:00Z", value=2000),
        row(doc="early", said_on="2024-10-17", published="2024-10-18", value=1000),
    ]
    tl = timeline(rows)
    assert [e.docs[0] for e in tl.entries] == ["early", "pub-only", "late", "undated"]
    assert [e.n for e in tl.entries] == [1, 2, 3, 4]
    assert [e.dated_by for e in tl.entries] == ["said_on", "published", "said_on", None]
    assert tl.entries[1].date == "2024-10-20"  # a date-time is its day


# --- disagreements ----------------------------------------------------------------------------


def test_two_sources_far_apart_in_the_window_disagree():
    tl = timeline([
        row(doc="a1", source="NIS", value=1500, said_on="2024-10-18"),
        row(doc="a2", source="Budanov", value=11000, bound="approx", said_on="2024-10-23"),
    ])  # fmt: skip
    nis, budanov = by_value(tl, 1500), by_value(tl, 11000)
    assert nis.disagrees_with == [budanov.n] and budanov.disagrees_with == [nis.n]
    (d,) = tl.disagreements
    assert {d.first, d.second} == {nis.n, budanov.n}
    assert d.ratio == pytest.approx(11000 / 1500) and d.days == 5
    (pair,) = tl.source_disagreements()
    assert {pair.first, pair.second} == {nis.source_key, budanov.source_key}


@pytest.mark.parametrize(
    "other",
    [
        {"value": 1600},  # apart, but within DISAGREE_RATIO: one estimate rounded two ways
        {"value": 1000, "low": 1000, "high": None, "bound": "at_least"},  # "at least 1 000" allows 1 500
        {"value": 12000, "low": None, "high": 12000, "bound": "up_to"},  # "up to 12 000" allows 1 500
        {"value": 11000, "said_on": "2024-11-19"},  # 32 days later: outside the window
        {"value": 11000, "modality": "planned"},  # what will be is not a claim about the present
        {"value": 11000, "modality": "possible"},
        {"value": 11000, "modality": "denied"},
        {"value": 11000, "unit": "EUR"},  # another unit is not comparable
        {"value": 11000, "source": "NIS"},  # the same source: a revision, not a disagreement
    ],
)
def test_no_disagreement(other):
    tl = timeline(
        [row(doc="a1", source="NIS", value=1500), row(**{"doc": "a2", "source": "Pentagon", **other})]
    )
    assert tl.disagreements == []
    assert all(e.disagrees_with == [] for e in tl.entries)


def test_window_and_ratio_are_parameters_and_constants():
    rows = [row(doc="a1", value=1500), row(doc="a2", source="Pentagon", value=11000, said_on="2024-11-19")]
    assert DISAGREE_WINDOW_DAYS < 32  # the default leaves these two apart
    assert timeline(rows).disagreements == []
    assert len(timeline(rows, window_days=60).disagreements) == 1
    # just past the ratio disagrees, just under does not
    just_over = [row(doc="a1", value=1000), row(doc="a2", source="P", value=1000 * DISAGREE_RATIO * 1.01)]
    just_under = [row(doc="a1", value=1000), row(doc="a2", source="P", value=1000 * DISAGREE_RATIO * 0.99)]
    assert len(timeline(just_over).disagreements) == 1
    assert timeline(just_under).disagreements == []


def test_vague_magnitudes_disagree_by_their_interval():
    tl = timeline([
        row(doc="a1", source="NIS", value=1500),
        row(doc="a2", source="Kremlin", value=None, low=2000, high=9999, bound="approx"),  # des milliers
        row(doc="a3", source="GUR", value=None, low=200, high=999, bound="approx"),  # des centaines
    ])  # fmt: skip
    pairs = {frozenset(tl.entry(n).source for n in (d.first, d.second)) for d in tl.disagreements}
    # 1 500 is not "thousands" (2 000 to 9 999) but within 1.5 times of it; hundreds (up to 999)
    # lie just over 1.5 times below 1 500 and twice below thousands
    assert pairs == {frozenset({"Kremlin", "GUR"}), frozenset({"NIS", "GUR"})}


# --- superseded -------------------------------------------------------------------------------


def test_a_source_revising_its_figure_supersedes_the_old_one():
    tl = timeline([
        row(doc="a1", source_id="kr-nis", value=1500, said_on="2024-10-18"),
        row(doc="a2", source_id="kr-nis", value=3000, said_on="2024-10-23"),
        row(doc="a3", source_id="kr-nis", value=11000, modality="estimated", said_on="2024-12-24"),
    ])  # fmt: skip
    first, second, third = (by_value(tl, v) for v in (1500, 3000, 11000))
    assert first.superseded_by == second.n
    assert second.superseded_by == third.n  # estimated and asserted are both claims about the present
    assert third.superseded_by is None
    assert tl.disagreements == []  # one source never disagrees with itself


def test_not_superseded():
    tl = timeline([
        row(doc="a1", source_id="kr-nis", value=1500, said_on="2024-10-18"),
        row(doc="a2", source_id="kr-nis", value=1500, bound="approx", said_on="2024-10-20"),  # same value
        row(doc="a3", source_id="kr-nis", value=12000, modality="planned", said_on="2024-10-21"),  # another kind
        row(doc="a4", source_id="kr-nis", value=2000, said_on="2024-10-18"),  # the same day
        row(doc="a5", source_id="us-dod", value=10000, said_on="2024-10-28"),  # another source
    ])  # fmt: skip
    assert all(e.superseded_by is None for e in tl.entries if e.value in (1500, 12000, 10000))
    # 2 000 (18 Oct) is followed by 1 500 again on the 20th: that is a revision of the 2 000
    assert by_value(tl, 2000).superseded_by == tl.entries[[e.bound for e in tl.entries].index("approx")].n


def test_a_value_said_again_after_the_change_still_stands():
    tl = timeline([
        row(doc="a1", source_id="s", value=1500, said_on="2024-10-01"),
        row(doc="a2", source_id="s", value=3000, said_on="2024-10-05"),
        row(doc="a3", source_id="s", value=1500, said_on="2024-10-09"),
    ])  # fmt: skip
    old, changed, again = tl.entries
    assert old.superseded_by is None  # said again on the 9th
    assert changed.superseded_by == again.n
    assert again.superseded_by is None


def test_of_several_new_values_the_closest_replaces_the_old():
    tl = timeline([
        row(doc="a1", source_id="s", value=12000, modality="planned", said_on="2024-10-18"),
        row(doc="a2", source_id="s", value=3000, modality="planned", said_on="2024-10-21"),
        row(doc="a3", source_id="s", value=10000, modality="planned", said_on="2024-10-21"),
    ])  # fmt: skip
    assert by_value(tl, 12000).superseded_by == by_value(tl, 10000).n


# --- records ----------------------------------------------------------------------------------


def test_records_carry_every_field_and_flatten_for_csv():
    tl = timeline([
        row(doc="a1", lang="fr", value=1500),
        row(doc="a2", lang="es", value=1500),
        row(doc="a3", source="Pentagon", lang="en", value=None, low=3000, high=None, bound="at_least",
            said_on="2024-10-19"),
    ])  # fmt: skip
    recs = [entry_record(e, tl) for e in tl.entries]
    assert all(tuple(r) == RECORD_FIELDS for r in recs)
    assert json.loads(json.dumps(recs[0]))["articles"] == ["a1", "a2"]
    assert recs[0]["value"] == 1500 and isinstance(recs[0]["value"], int)
    assert recs[1]["shown"].startswith("≥") and recs[1]["value"] is None
    flat = flat_record(recs[0])
    assert flat["articles"] == "a1 a2" and flat["langs"] == "fr es"


# --- matching ---------------------------------------------------------------------------------

CANDIDATES = [
    Candidate("troops/count@RU", [("soldats nord-coréens", "soldats", "fr"), ("North Korean troops", "troops", "en"),
                                  ("soldados norcoreanos", "soldados", "es")], 23),
    Candidate("troops/count@KURSK", [("North Koreans", "North Koreans", "en")], 2),
    Candidate("troops/count@VALENCIA", [("militares", "militares", "es")], 5),
    Candidate("troops/count+add@s-0a1b2c3d4e5f", [("militaires supplémentaires", "militaires", "fr")], 1),
    Candidate("deaths/count@RU", [("morts", "morts", "fr")], 8),
    Candidate("deaths/count@VALENCIA", [("muertos", "muertos", "es")], 6),
    Candidate("protesters/count@FR_CAPITAL", [("manifestants", "manifestants", "fr")], 5),
    Candidate("protesters/count@s-9f8e7d6c5b4a", [("manifestants", "manifestants", "fr")], 10),
]  # fmt: skip


@pytest.mark.parametrize(
    "query",
    [
        "troupes nord-coréennes Russie",
        "North Korean troops in Russia",
        "tropas norcoreanas Rusia",
        "nordkoreanische Soldaten in Russland",
        "truppe nordcoreane in Russia",
        "tropas norte-coreanas na Rússia",
    ],
)
def test_words_in_any_language_find_the_troops_in_russia(query):
    found = match_quantities(query, CANDIDATES)
    assert found[0] == "troops/count@RU"
    assert not any(q.startswith(("deaths/", "protesters/")) for q in found)


def test_query_words_become_concepts_and_places():
    q = parse_query("troupes nord-coréennes Russie")
    assert "troops" in q.concepts and {"RU", "KP"} <= q.places
    q = parse_query("muertos en Valencia")
    assert q.concepts == {"deaths"} and "VALENCIA" in q.places


def test_an_id_matches_itself_only():
    assert match_quantities("deaths/count@RU", CANDIDATES) == ["deaths/count@RU"]
    assert match_quantities("  troops/count@KURSK ", CANDIDATES) == ["troops/count@KURSK"]


def test_parts_of_an_id_rank_by_its_parts():
    assert match_quantities("troops@KURSK", CANDIDATES)[0] == "troops/count@KURSK"
    assert match_quantities("deaths/count", CANDIDATES)[:2] == ["deaths/count@RU", "deaths/count@VALENCIA"]


def test_place_and_concept_pick_among_quantities_of_one_concept():
    assert match_quantities("muertos Valencia", CANDIDATES)[0] == "deaths/count@VALENCIA"
    assert match_quantities("morts en Russie", CANDIDATES)[0] == "deaths/count@RU"
    assert match_quantities("manifestants à Paris", CANDIDATES)[0] == "protesters/count@FR_CAPITAL"


def test_equal_scores_go_to_the_quantity_with_more_figures():
    # no place named: both protester quantities agree as much; the one with more figures leads
    assert match_quantities("manifestants", CANDIDATES)[:2] == [
        "protesters/count@s-9f8e7d6c5b4a",
        "protesters/count@FR_CAPITAL",
    ]


def test_nothing_matches_words_that_mean_nothing_here():
    assert match_quantities("xyzzy plugh", CANDIDATES) == []
    assert match_quantities("troops", []) == []


# --- the plot ---------------------------------------------------------------------------------


def _varied_timeline():
    return timeline([
        row(doc="a1", source="NIS", value=1500),
        row(doc="a2", source="NIS", value=3000, said_on="2024-10-25"),  # supersedes 1 500
        row(doc="a3", source="Budanov", value=11000, bound="approx"),  # disagrees
        row(doc="a4", source="Kremlin", value=None, low=2000, high=9999, bound="approx", modality="denied"),
        row(doc="a5", source="Kirby", value=3000, low=3000, high=None, bound="at_least", said_on="2024-10-23"),
        row(doc="a6", source="Zelensky", value=12000, low=None, high=12000, bound="up_to", modality="possible",
            said_on="2024-10-28"),
        row(doc="a7", source="Pentagon", value=None, low=10000, high=12000, bound="range", modality="estimated",
            said_on="2024-10-28"),
        row(doc="a8", source="NIS", value=12000, bound="approx", modality="planned"),
        row(doc="a9", source="$1bn _fund {x}", value=5000, said_on="2024-10-20"),  # text matplotlib must not parse
        row(doc="a10", source="Nobody", value=7000, said_on=None, published=None),  # undated: not drawn
    ])  # fmt: skip


def test_plot_writes_a_valid_svg(tmp_path):
    path = plot_timeline(_varied_timeline(), tmp_path / "nk.svg")
    assert path == tmp_path / "nk.svg"
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    ids = {el.get("id") for el in root.iter()}
    assert {"legend_1", "legend_2"} <= ids  # sources, and the modality key


def test_plot_writes_a_valid_png(tmp_path):
    path = plot_timeline(_varied_timeline(), tmp_path / "nk.PNG")
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert len(data) > 20_000
    assert data[12:16] == b"IHDR"


def test_plot_of_a_timeline_without_dates_is_still_a_picture(tmp_path):
    tl = timeline([row(said_on=None, published=None)])
    root = ET.parse(plot_timeline(tl, tmp_path / "empty.svg")).getroot()
    assert root.tag.endswith("svg")


def test_plot_refuses_other_suffixes(tmp_path):
    with pytest.raises(ValueError, match="svg or .png"):
        plot_timeline(_varied_timeline(), tmp_path / "nk.pdf")
    assert not (tmp_path / "nk.pdf").exists()


# --- figtrail track on a real store -----------------------------------------------------------


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory, figtrail, gold_dir) -> Path:
    db = tmp_path_factory.mktemp("track") / "dev.db"
    done = figtrail("ingest", str(gold_dir / "dev.jsonl"), "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    try:
        linked = conn.execute("SELECT count(*) FROM figures WHERE quantity IS NOT NULL").fetchone()[0]
    finally:
        conn.close()
    assert linked, "ingest links: figures get their quantity"
    return db


def _gold_troops(gold_dir: Path) -> tuple[set[float], set[str]]:
    """The values said as claims, and the languages, of the dev set's North Korean troops in Russia."""
    values, langs = set(), set()
    for line in (gold_dir / "dev.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        for f in art["figures"]:
            if f.get("quantity") == "nk-troops-russia":
                langs.add(art["lang"])
                if f["modality"] in ("asserted", "estimated") and f["value"] is not None:
                    values.add(float(f["value"]))
    return values, langs


@pytest.mark.slow
@pytest.mark.parametrize(
    "query", ["troupes nord-coréennes Russie", "North Korean troops in Russia", "tropas norcoreanas Rusia"]
)
def test_track_finds_the_north_korean_troops_with_their_sources_and_languages(
    figtrail, dev_store, gold_dir, tmp_path, query
):
    svg = tmp_path / "nk.svg"
    done = figtrail("track", query, "--db", str(dev_store), "--format", "jsonl", "--plot", str(svg))
    assert done.returncode == 0, done.stderr
    recs = [json.loads(line) for line in done.stdout.splitlines()]
    quantities = {r["quantity"] for r in recs}
    assert len(quantities) == 1
    (qid,) = quantities
    assert qid.startswith("troops/") and qid.endswith("@RU")
    named = {r["source_key"] for r in recs if r["source"]}
    assert len(named) >= 3  # several sources...
    gold_values, gold_langs = _gold_troops(gold_dir)
    langs = {lang for r in recs for lang in r["langs"]}
    assert len(langs & gold_langs) >= 3  # ...in several languages
    said = {
        float(r["value"])
        for r in recs
        if r["value"] is not None and r["modality"] in ("asserted", "estimated")
    }
    assert len(said & gold_values) >= 3  # 1 500, 3 000, 10 000, 11 000: the values the dev set's sources give
    dates = [r["date"] for r in recs if r["date"]]
    assert dates == sorted(dates)
    assert any(r["disagrees_with"] for r in recs)  # 1 500 and 11 000 on the same days
    for r in recs:  # what is not a claim about the present never disagrees
        if r["modality"] not in ("asserted", "estimated"):
            assert r["disagrees_with"] == []
    assert ET.parse(svg).getroot().tag.endswith("svg")


@pytest.mark.slow
def test_track_by_id_as_csv_and_table_and_png(figtrail, dev_store, tmp_path):
    first = figtrail("track", "troupes nord-coréennes Russie", "--db", str(dev_store), "--format", "jsonl")
    qid = json.loads(first.stdout.splitlines()[0])["quantity"]
    png = tmp_path / "nk.png"
    done = figtrail("track", qid, "--db", str(dev_store), "--format", "csv", "--plot", str(png))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # an id is one quantity: no other candidates
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert tuple(rows[0]) == RECORD_FIELDS
    assert {r["quantity"] for r in rows} == {qid}
    assert png.read_bytes()[:8] == PNG_SIGNATURE
    table = figtrail("track", qid, "--db", str(dev_store), "--format", "table")
    assert table.returncode == 0, table.stderr
    assert qid in table.stdout and "entries" in table.stdout.splitlines()[-1]


@pytest.mark.slow
def test_track_errors_and_other_candidates(figtrail, dev_store, tmp_path):
    none = figtrail("track", "xyzzy plugh", "--db", str(dev_store))
    assert none.returncode == 1 and none.stdout == ""
    assert none.stderr.startswith("figtrail: ") and len(none.stderr.splitlines()) == 1
    several = figtrail("track", "troops", "--db", str(dev_store), "--format", "jsonl")
    assert several.returncode == 0
    (line,) = several.stderr.splitlines()  # the others in one line
    shown = json.loads(several.stdout.splitlines()[0])["quantity"]
    assert f"showing {shown}" in line and "also matching" in line
    bad = figtrail("track", "troops", "--db", str(dev_store), "--plot", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and not (tmp_path / "x.pdf").exists()
    missing = figtrail("track", "troops", "--db", str(tmp_path / "nothing.db"))
    assert missing.returncode == 1 and "no such database" in missing.stderr
