"""The read and clean stages: inputs -> Articles, and repairs that never move clean offsets."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from figtrail import read
from figtrail.clean import clean_article, fold
from figtrail.errors import InputError
from figtrail.model import Article
from figtrail.read import read_inputs

# --- clean: a no-op on clean text ------------------------------------------------------------


def test_clean_leaves_every_gold_article_unchanged(dev_articles, seed):
    """Gold offsets point into these texts: clean must not move a single character."""
    for data in [*dev_articles, seed]:
        article = Article.from_mapping(data)
        cleaned = clean_article(article)
        assert cleaned.title == data["title"], data["id"]
        assert cleaned.text == data["text"], data["id"]


def test_clean_keeps_quotes_and_spaces_inside_numbers():
    text = "« Le mouvement a commencé », a dit l’agence : 1\u00a0500 soldats, 12\u202f000 en tout.\n\nFin du récit."
    article = Article(id="a", title="Titre « cité »", text=text)
    assert clean_article(article) == article


def test_clean_keeps_a_multiword_trailing_keyword_line():
    text = "Premier paragraphe.\n\nMots-clés : Corée du Nord, Russie, Ukraine, Koursk — © 2024"
    assert clean_article(Article(id="a", text=text)).text == text


@pytest.mark.parametrize(
    "last", ["Il a refusé.", "Affaire à suivre", "« Non »", "Redacción / Agencias", "12 000."]
)
def test_clean_keeps_a_short_real_last_paragraph(last):
    text = f"Un paragraphe avec 3 000 personnes.\n\n{last}"
    assert clean_article(Article(id="a", text=text)).text == text


# --- clean: repairs ----------------------------------------------------------------------------


def test_clean_repairs_mojibake_without_uncurling_quotes():
    broken = "Les Nord-CorÃ©ens sâ€™entraÃ®nent Ã\u00a0 lâ€™extrÃªme est : au moins 1\u00a0500 soldats."
    cleaned = clean_article(Article(id="a", title="CorÃ©e", text=broken))
    assert cleaned.text == "Les Nord-Coréens s’entraînent à l’extrême est : au moins 1\u00a0500 soldats."
    assert cleaned.title == "Corée"


def test_clean_drops_a_first_line_that_repeats_the_title_without_accents():
    article = Article(
        id="a",
        title="Ça pourrait être 12 000",
        text="ca pourrait etre 12 000\n\nLe NIS a signalé 1 500 soldats.",
    )
    assert clean_article(article).text == "Le NIS a signalé 1 500 soldats."


def test_clean_keeps_a_first_line_that_only_resembles_the_title():
    text = "Ça pourrait être 12 000 soldats.\n\nLe NIS a signalé 1 500 soldats."
    article = Article(id="a", title="Ça pourrait être 12 000", text=text)
    assert clean_article(article).text == text


def test_clean_keeps_an_article_that_is_only_its_title():
    article = Article(id="a", title="12 000 soldats", text="12 000 soldats")
    assert clean_article(article).text == "12 000 soldats"


@pytest.mark.parametrize("tag", ["fr-02", "#ukraine", "AFP-2024-10-18", "politique/international"])
def test_clean_drops_a_trailing_id_or_tag_line(tag):
    article = Article(id="a", text=f"Le NIS a signalé 1 500 soldats.\n\n{tag}\n")
    assert clean_article(article).text == "Le NIS a signalé 1 500 soldats."


def test_clean_never_drops_the_only_paragraph():
    assert clean_article(Article(id="a", text="fr-02")).text == "fr-02"


def test_clean_is_pure():
    article = Article(id="a", title="T", text="t\n\nLe NIS a signalé 1 500 soldats.\n\nfr-02")
    before = repr(article)
    clean_article(article)
    assert repr(article) == before


def test_fold():
    assert fold("Ça  pourrait-ÊTRE 12\u00a0000 !") == "ca pourrait etre 12 000"


# --- read: the seed page, an acceptance criterion ---------------------------------------------


def test_raw_seed_page_reads_and_cleans_to_the_gold_article(gold_dir, seed):
    (article,) = read_inputs([str(gold_dir / "seed-raw-page.txt")])
    assert isinstance(article, Article)
    assert article.id == "seed-raw-page"
    cleaned = clean_article(article)
    assert cleaned.title == seed["title"]
    assert cleaned.text == seed["text"]


def test_gold_jsonl_reads_as_its_articles(gold_dir, dev_articles):
    articles = list(read_inputs([str(gold_dir / "dev.jsonl")]))
    assert [a.id for a in articles] == [d["id"] for d in dev_articles]
    assert all(
        a.text == d["text"] and a.lang == d["lang"] for a, d in zip(articles, dev_articles, strict=True)
    )


# --- read: text files --------------------------------------------------------------------------


def test_text_file_gives_title_text_and_stem_id(tmp_path: Path):
    path = tmp_path / "manif.txt"
    path.write_text(
        "\n  Titre de l’article  \n\nPremier paragraphe.\n\nDeuxième, 3 000 personnes.\n", encoding="utf-8"
    )
    (article,) = read_inputs([str(path)])
    assert article == Article(
        id="manif", title="Titre de l’article", text="Premier paragraphe.\n\nDeuxième, 3 000 personnes."
    )


def test_single_line_text_is_text_not_title(tmp_path: Path):
    path = tmp_path / "one.txt"
    path.write_text("Selon la police, 3 000 personnes ont défilé.\n", encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert (article.title, article.text) == ("", "Selon la police, 3 000 personnes ont défilé.")


def test_windows_line_ends_become_newlines(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Titre\r\n\r\nUn.\r\n\r\nDeux.\r\n")
    (article,) = read_inputs([str(path)])
    assert (article.title, article.text) == ("Titre", "Un.\n\nDeux.")


def test_cp1252_file_is_read_with_a_warning(tmp_path: Path, caplog):
    path = tmp_path / "vieux.txt"
    path.write_bytes("Crue\n\nD’après la préfecture, 1 200 évacués.".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="figtrail.read"):
        (article,) = read_inputs([str(path)])
    assert article.text == "D’après la préfecture, 1 200 évacués."
    assert [r.getMessage() for r in caplog.records] == [f"{path}: not valid UTF-8, read as cp1252"]


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path, caplog):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Titre\n\nCaf\xe9 \x81 1 500 tasses.")
    with caplog.at_level(logging.WARNING, logger="figtrail.read"):
        (article,) = read_inputs([str(path)])
    assert article.text == "Café \x81 1 500 tasses."
    assert "latin-1" in caplog.text


def test_utf8_bom_and_utf16_are_read(tmp_path: Path):
    (tmp_path / "bom.txt").write_bytes("\ufeffTitre\n\nTexte, 12 soldats.".encode())
    (tmp_path / "u16.txt").write_text("Titre\n\nTexte, 12 soldats.", encoding="utf-16")
    articles = list(read_inputs([str(tmp_path / "bom.txt"), str(tmp_path / "u16.txt")]))
    assert [(a.title, a.text) for a in articles] == [("Titre", "Texte, 12 soldats.")] * 2


# --- read: JSON Lines --------------------------------------------------------------------------


def test_jsonl_bad_lines_are_errors_naming_the_line_and_the_rest_is_read(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok1", "lang": "fr", "text": "Un texte."}),
        "{not json",
        "",
        json.dumps({"id": "no-text", "title": "Titre"}),
        json.dumps({"id": "num", "text": 12}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Sans id."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "InputError",
        "InputError",
        "InputError",
        "InputError",
        "Article",
    ]
    assert items[0].id == "ok1" and items[0].lang == "fr"
    assert items[1].where == f"{path}:2" and "not JSON" in items[1].why
    assert items[2].where == f"{path}:4" and "text" in items[2].why
    assert items[3].where == f"{path}:5"
    assert items[4].where == f"{path}:6"
    assert items[5].id == "batch-7"


def test_jsonl_keeps_raw_line_separators_inside_strings(tmp_path: Path):
    path = tmp_path / "sep.jsonl"
    text = "Un\u2028deux\u0085trois 1 500."
    path.write_text(json.dumps({"id": "s", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert article.text == text


# --- read: bad inputs ----------------------------------------------------------------------------


def _only_error(items: list) -> InputError:
    (item,) = items
    assert isinstance(item, InputError)
    return item


def test_missing_file(tmp_path: Path):
    err = _only_error(list(read_inputs([str(tmp_path / "nope.txt")])))
    assert err.where == str(tmp_path / "nope.txt") and err.why == "no such file"


def test_directory(tmp_path: Path):
    assert "directory" in _only_error(list(read_inputs([str(tmp_path)]))).why


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
@pytest.mark.parametrize("name", ["empty.txt", "empty.jsonl"])
def test_empty_file(tmp_path: Path, name: str, content: bytes):
    (tmp_path / name).write_bytes(content)
    assert _only_error(list(read_inputs([str(tmp_path / name)]))).why == "empty input"


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 256)) * 8, b"text\x00with a NUL"],
)
def test_binary_file(tmp_path: Path, content: bytes):
    (tmp_path / "blob.txt").write_bytes(content)
    assert "binary" in _only_error(list(read_inputs([str(tmp_path / "blob.txt")]))).why


def test_unreadable_file(tmp_path: Path):
    path = tmp_path / "secret.txt"
    path.write_text("Titre\n\nTexte.", encoding="utf-8")
    path.chmod(0)
    try:
        items = list(read_inputs([str(path)]))
    finally:
        path.chmod(0o644)
    if isinstance(items[0], Article):
        pytest.skip("running as root: permissions are not enforced")
    assert "cannot read" in _only_error(items).why


def test_errors_do_not_stop_the_batch(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("Titre\n\nTexte.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "missing.txt"), str(good), str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["InputError", "Article", "InputError"]


def test_oversized_file_is_rejected_unread(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(read, "MAX_INPUT_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("Titre\n\n" + "x" * 200, encoding="utf-8")
    assert "limit" in _only_error(list(read_inputs([str(path)]))).why


def test_overlong_article_is_rejected_and_others_kept(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(read, "MAX_ARTICLE_CHARS", 50)
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "long", "text": "x" * 60})
        + "\n"
        + json.dumps({"id": "short", "text": "ok"})
        + "\n",
        encoding="utf-8",
    )
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], InputError) and items[0].where == f"{path}:1" and "limit" in items[0].why
    assert items[1].id == "short"


# --- read: standard input ------------------------------------------------------------------------


def test_stdin_jsonl():
    stream = io.BytesIO(b'{"id": "x", "text": "Un."}\n{"id": "y", "text": "Deux."}\n')
    assert [a.id for a in read_inputs(["-"], stdin=stream)] == ["x", "y"]


def test_stdin_text():
    stream = io.StringIO("Titre\n\nSelon la police, 3 000 personnes.")
    (article,) = read_inputs(["-"], stdin=stream)
    assert (article.id, article.title, article.text) == (
        "stdin",
        "Titre",
        "Selon la police, 3 000 personnes.",
    )


def test_stdin_empty():
    assert _only_error(list(read_inputs(["-"], stdin=io.BytesIO(b"")))).where == "<stdin>"


@pytest.mark.parametrize(
    "text",
    ["SÃO PAULO — 1 500 mortos.", "ESPAÑA: 12.000 soldados, «según» el NIS.", "Åland : 3 000 habitants."],
)
def test_clean_leaves_letters_that_look_like_mojibake_alone(text):
    article = Article(id="a", text=text)
    assert clean_article(article) is article
