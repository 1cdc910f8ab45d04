"""The figtrail command, driven as a user drives it: the installed console script in a subprocess.

A few fast tests at the end drive the CLI shell in-process with a stand-in extractor, so that
error handling and output formats are checked apart from the extractor's rules.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import REPO, SHARED
from typer.testing import CliRunner

from figtrail import cli
from figtrail.errors import UnsupportedLanguageError
from figtrail.model import Article, Figure
from figtrail.packs import AVAILABLE

GOOD_TEXT = "Manifestation à Paris\n\nSelon la préfecture de police, 3 000 personnes ont défilé jeudi.\n"


def _fold(s: str | None) -> str | None:
    """Case- and accent-folded, as the scorer compares sources."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def _jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _order(fig: dict) -> tuple:
    return (fig["field"] != "title", fig["start"])


# --- help ----------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["demo", "--help"]])
def test_help_says_what_it_does_and_the_bounds(figtrail, args):
    result = figtrail(*args)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "20 MB" in out and "1,000,000 characters" in out
    if args == ["--help"]:
        assert "extract" in out and "demo" in out and "who says how many" in out
    if args[0] == "extract":
        assert "table" in out and "jsonl" in out and "csv" in out and "--lang" in out


@pytest.mark.slow
def test_version(figtrail):
    from figtrail import __version__

    result = figtrail("--version")
    assert (result.returncode, result.stdout) == (0, f"figtrail {__version__}\n")


# --- the seed: acceptance ------------------------------------------------------------------------


@pytest.mark.slow
def test_raw_seed_page_gives_the_six_gold_figures(figtrail, gold_dir, seed):
    result = figtrail("extract", str(gold_dir / "seed-raw-page.txt"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    got = sorted(_jsonl(result.stdout), key=_order)
    gold = sorted(seed["figures"], key=_order)
    assert len(got) == len(gold) == 6
    for g, p in zip(gold, got, strict=True):
        # the page cleans to the gold article, so even the offsets agree
        for key in ("field", "start", "end", "surface", "value", "low", "high", "bound", "unit", "modality"):
            assert p[key] == g[key], (key, g["surface"], p)
        names = {_fold(g["source"]), *map(_fold, g["source_aliases"])} if g["source"] else {None}
        assert _fold(p["source"]) in names, (g["surface"], p["source"])
        assert p["doc"] == "seed-raw-page"


@pytest.mark.slow
def test_seed_jsonl_scores_full_f1(figtrail, gold_dir, tmp_path):
    result = figtrail("extract", str(gold_dir / "seed.jsonl"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    pred = tmp_path / "pred.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    scorer = SHARED / "tools" / "score_figures.py"
    scored = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold_dir / "seed.jsonl"), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(scored.stdout)["all"]
    assert summary["detect_f1"] == 1.0 and summary["full_f1"] == 1.0, summary


# --- output formats ------------------------------------------------------------------------------


@pytest.mark.slow
def test_output_is_jsonl_when_piped(figtrail, gold_dir):
    result = figtrail("extract", str(gold_dir / "seed.jsonl"))
    assert result.returncode == 0, result.stderr
    figures = _jsonl(result.stdout)
    assert len(figures) == len(_seed_figures(gold_dir))
    assert {f["doc"] for f in figures} == {"fr-02"}
    assert all("sentence" in f and "source_aliases" not in f for f in figures)


def _seed_figures(gold_dir: Path) -> list[dict]:
    return json.loads((gold_dir / "seed.jsonl").read_text(encoding="utf-8"))["figures"]


@pytest.mark.slow
def test_csv_has_the_jsonl_fields_as_columns(figtrail, gold_dir):
    as_jsonl = _jsonl(figtrail("extract", str(gold_dir / "seed.jsonl"), "--format", "jsonl").stdout)
    result = figtrail("extract", str(gold_dir / "seed.jsonl"), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == cli.CSV_FIELDS
    assert [(r["doc"], int(r["start"]), r["surface"], r["bound"]) for r in rows] == [
        (f["doc"], f["start"], f["surface"], f["bound"]) for f in as_jsonl
    ]


@pytest.mark.slow
def test_table_shows_bounds_sources_and_escapes_article_text(figtrail, gold_dir, tmp_path):
    result = figtrail("extract", str(gold_dir / "seed-raw-page.txt"), "--format", "table")
    assert result.returncode == 0, result.stderr
    assert "≥ 1 500" in result.stdout and "≈ 20–99" in result.stdout
    assert "NIS" in result.stdout and "Yonhap" in result.stdout and "planned" in result.stdout
    # rich markup in an article is shown as written, never interpreted (nor a crash on "[/]")
    odd = tmp_path / "odd.txt"
    odd.write_text(
        "Bilan [/] provisoire\n\nSelon la police [red], 3 000 personnes [/red] ont défilé.\n", "utf-8"
    )
    result = figtrail("extract", str(odd), "--format", "table", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert "Bilan [/] provisoire" in result.stdout and "[red]" in result.stdout


@pytest.mark.slow
def test_standard_input_text(figtrail):
    result = figtrail("extract", "-", "--format", "jsonl", "--lang", "fr", stdin=GOOD_TEXT)
    assert result.returncode == 0, result.stderr
    assert [(f["doc"], f["value"]) for f in _jsonl(result.stdout)] == [("stdin", 3000)]


@pytest.mark.slow
def test_standard_input_jsonl(figtrail, gold_dir):
    result = figtrail("extract", "-", "--format", "jsonl", stdin=(gold_dir / "seed.jsonl").read_text("utf-8"))
    assert result.returncode == 0, result.stderr
    assert len(_jsonl(result.stdout)) == 6


# --- bad inputs: one line on stderr each, the rest still processed, exit 1 ---------------------


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """kind -> (input path, what the stderr line must name)."""
    d = tmp_path
    (d / "empty.txt").write_bytes(b"")
    (d / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "notjson.jsonl").write_text('{"id": "ok", "lang": "fr", "text": "Un texte."}\n{oops\n', "utf-8")
    (d / "notext.jsonl").write_text('{"id": "t1", "lang": "fr", "title": "Sans texte"}\n', "utf-8")
    (d / "nopack.jsonl").write_text('{"id": "x1", "lang": "xx", "text": "Lorem 3 000 ipsum."}\n', "utf-8")
    return {
        "missing": (d / "missing.txt", f"{d / 'missing.txt'}: "),
        "empty": (d / "empty.txt", f"{d / 'empty.txt'}: "),
        "binary": (d / "blob.bin", f"{d / 'blob.bin'}: "),
        "directory": (d, f"{d}: "),
        "not json": (d / "notjson.jsonl", f"{d / 'notjson.jsonl'}:2: "),
        "no text": (d / "notext.jsonl", f"{d / 'notext.jsonl'}:1: "),
        "no language pack": (d / "nopack.jsonl", f"{d / 'nopack.jsonl'}:1: "),
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "kind", ["missing", "empty", "binary", "directory", "not json", "no text", "no language pack"]
)
def test_bad_input_is_one_stderr_line_and_the_batch_goes_on(figtrail, tmp_path, kind):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, "utf-8")
    bad, names = _bad_inputs(tmp_path)[kind]
    result = figtrail("extract", "--format", "jsonl", "--lang", "fr", str(bad), str(good))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"figtrail: {names}"), lines[0]
    assert ("good", 3000) in [(f["doc"], f["value"]) for f in _jsonl(result.stdout)]


@pytest.mark.slow
def test_cp1252_file_is_extracted_with_a_warning(figtrail, tmp_path):
    old = tmp_path / "ancien.txt"
    old.write_bytes(GOOD_TEXT.encode("cp1252"))
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, "utf-8")
    result = figtrail("extract", "--format", "jsonl", "--lang", "fr", str(old), str(good))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert str(old) in line and "cp1252" in line
    figures = [(f["doc"], f["value"], f["surface"]) for f in _jsonl(result.stdout)]
    assert ("ancien", 3000, "3 000") in figures and ("good", 3000, "3 000") in figures
    sentence = next(f["sentence"] for f in _jsonl(result.stdout) if f["doc"] == "ancien")
    assert "préfecture" in sentence  # decoded, not mojibake


@pytest.mark.slow
def test_bad_lang_option_is_a_usage_error(figtrail, gold_dir):
    result = figtrail("extract", "--lang", "français", str(gold_dir / "seed.jsonl"))
    assert result.returncode == 2 and "--lang" in result.stderr


# --- demo, the README's main job -----------------------------------------------------------------


def _readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", readme, re.S)
    assert block, "README opens with a code block of commands"
    return [line.strip() for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


def test_readme_opens_with_setup_and_test_commands():
    run, test = _readme_commands()[:2]
    assert "pip install -e ." in run and run.endswith("figtrail demo")
    assert (
        "pip install -e '.[test]'" in test and "ruff check ." in test and test.endswith("python -m pytest -q")
    )
    assert "-m pytest -q" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.slow
def test_demo_prints_figures_by_source(figtrail):
    result = figtrail("demo")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert "NIS" in out and "Yonhap" in out and "(none: the article itself)" in out
    summary = re.search(r"(\d+) figures from (\d+) articles in (\d) languages", out)
    assert summary and int(summary.group(1)) >= 20 and int(summary.group(2)) == len(_demo_articles())
    assert int(summary.group(3)) == len({a["lang"] for a in _demo_articles()})
    # the North Korean troops story is told in French, English and Spanish: one story, and
    # its quantity's timeline with the sources that put a number on it
    stories = out[out.index("Stories told by more than one article") : out.index("troops/count@RU")]
    assert len(re.findall(r"│ s-\w+", stories)) == 1 and "en es fr" in stories
    assert all(doc in stories for doc in ("demo-fr-01", "demo-en-01", "demo-es-01"))
    timeline = out[out.index("troops/count@RU") :]
    assert "Budánov" in timeline and "NIS" in timeline and "Disagreements" in timeline


@pytest.mark.slow
def test_demo_keeps_its_store_with_db(figtrail, tmp_path):
    db = tmp_path / "demo.db"
    result = figtrail("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"Stored in {db}" in result.stdout
    sources = [json.loads(x) for x in figtrail("sources", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    nis = [s for s in sources if "NIS" in s["aliases"]]
    assert len(nis) == 1 and {"en", "es", "fr"} <= set(nis[0]["langs"]) and nis[0]["articles"] == 3
    stories = [json.loads(x) for x in figtrail("stories", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    assert len(stories) == len(_demo_articles()) - 2  # twelve articles, one story told three times
    # a second run on the same store stores nothing twice and shows the same figures
    again = figtrail("demo", "--db", str(db))
    assert again.returncode == 0 and again.stdout.count("figures from") == 1
    assert re.search(r"(\d+) figures", again.stdout).group(1) == re.search(r"(\d+) figures", result.stdout).group(1)


@pytest.mark.slow
def test_demo_with_a_db_that_is_not_a_store_says_so_in_one_line(figtrail, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database\n" * 100, encoding="utf-8")
    result = figtrail("demo", "--db", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"figtrail: {bad}: file is not a database"]
    assert bad.read_text(encoding="utf-8") == "not a database\n" * 100  # left as it was


def _demo_articles() -> list[dict]:
    path = REPO / "figtrail" / "data" / "demo.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_demo_corpus_is_well_formed():
    articles = _demo_articles()
    assert 6 <= len(articles) <= 20
    assert len({a["id"] for a in articles}) == len(articles)
    # every language figtrail reads is in the demo, and each demo article has a pack
    assert {a["lang"] for a in articles} == set(AVAILABLE)
    for a in articles:
        assert set(a) == {"id", "lang", "published", "url", "title", "text"}
        assert 400 <= len(a["text"]) <= 1500, a["id"]


# --- the CLI shell in-process, with a stand-in extractor -----------------------------------------


def _fake_extract(article: Article, lang: str | None = None) -> tuple[Article, list[Figure]]:
    """One figure per '3 000' in the text; 'xx' has no pack. Enough to drive the shell."""
    if article.lang == "xx":
        raise UnsupportedLanguageError("no language pack for 'xx'")
    at = article.text.find("3 000")
    if at < 0:
        return article, []
    fig = Figure(
        doc=article.id, field="text", start=at, end=at + 5, surface="3 000", value=3000, low=3000, high=3000,
        source="[bold]police", sentence=article.text, lang=article.lang,
    )  # fmt: skip
    return article, [fig]


@pytest.fixture
def shell(monkeypatch):
    monkeypatch.setattr(cli, "extract_article", _fake_extract)
    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(cli.app, list(args), input=input)


def test_shell_reports_each_bad_input_and_goes_on(shell, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, "utf-8")
    batch = tmp_path / "b.jsonl"
    batch.write_text(
        '{"id": "a", "lang": "xx", "text": "3 000"}\nnope\n{"id": "c", "text": "3 000"}\n', "utf-8"
    )
    result = shell("extract", "-f", "jsonl", str(tmp_path / "none.txt"), str(batch), str(good))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"figtrail: {tmp_path / 'none.txt'}: no such file",
        f"figtrail: {batch}:1: no language pack for 'xx'",
        f"figtrail: {batch}:2: not JSON (Expecting value at column 1)",
    ]
    assert [f["doc"] for f in _jsonl(result.stdout)] == ["c", "good"]


def test_shell_lang_fills_in_only_a_missing_language(shell, tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "a", "text": "3 000"}\n{"id": "b", "lang": "es", "text": "3 000"}\n', "utf-8")
    result = shell("extract", "-f", "jsonl", "--lang", "FR", str(batch))
    assert result.exit_code == 0, result.stderr
    assert [f["lang"] for f in _jsonl(result.stdout)] == ["fr", "es"]


def test_shell_table_escapes_markup(shell, tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text("Titre [/]\n\nSelon [red]la police[/red], 3 000 personnes.", "utf-8")
    result = shell("extract", "-f", "table", str(path))
    assert result.exit_code == 0, result.stderr
    assert "Titre [/]" in result.stdout and "[bold]police" in result.stdout and "[red]la" in result.stdout


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"value": 1500, "low": 1500, "high": 1500}, "1 500"),
        ({"value": 1500, "low": 1500, "high": None, "bound": "at_least"}, "≥ 1 500"),
        ({"value": None, "low": 20, "high": 99, "bound": "approx"}, "≈ 20–99"),
        ({"value": None, "low": 10, "high": 12, "bound": "range", "unit": "percent"}, "10–12 %"),
        ({"value": 1.5e9, "low": 1.5e9, "high": 1.5e9, "unit": "EUR"}, "1 500 000 000 EUR"),
        ({"value": 3.93, "low": 3.93, "high": 3.93, "bound": "more_than", "unit": "percent"}, "> 3.93 %"),
        ({"value": None, "low": None, "high": 12000, "bound": "up_to"}, "≤ 12 000"),
    ],
)
def test_format_value(fields, shown):
    base = {"doc": "d", "field": "text", "start": 0, "end": 1, "surface": "x"}
    assert cli.format_value(Figure(**base, **{"bound": "exact", **fields})) == shown


def test_snippet_cuts_around_the_number_and_escapes():
    sentence = "[x] " + "a" * 100 + " 1 500 soldats " + "b" * 100
    fig = Figure(doc="d", field="text", start=0, end=5, surface="1 500", value=1500, low=1500, high=1500,
                 sentence=sentence)  # fmt: skip
    shown = cli.snippet(fig, width=40)
    assert "[bold]1 500[/bold]" in shown and shown.startswith("…") and shown.endswith("…")
    assert "[x]" not in shown and len(shown) < 80


def _readme_console_examples() -> list[tuple[str, str]]:
    """(command, expected stdout) for each `$ command` in the README's console blocks."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"```console\n(.*?)```", readme, re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


@pytest.mark.slow
@pytest.mark.parametrize(("command", "expected"), _readme_console_examples())
def test_readme_example_gives_the_output_shown(figtrail, command, expected):
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected
