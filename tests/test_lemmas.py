"""The lemmatiser's dictionary index, kept on disk between processes (figtrail/link/lemmas.py):
what is loaded back is what simplemma builds, a broken file is rebuilt, and no cache means none."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import simplemma

from figtrail.link import lemmas

pytestmark = pytest.mark.skipif(lemmas.StreamMap is None, reason="this simplemma has no low-memory dictionaries")

LANG = "en"  # the smallest dictionary: its index builds in a tenth of a second
WORDS = ["soldiers", "were", "children", "drones", "houses", "killed", "estimates", "thousand", "xqzv"]


def test_the_index_loaded_back_is_the_one_simplemma_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("FIGTRAIL_CACHE_DIR", str(tmp_path))
    built = lemmas.stream_map(LANG)  # builds and saves
    saved = list(tmp_path.glob(f"simplemma-*-{LANG}-*.npz"))
    assert len(saved) == 1
    loaded = lemmas.stream_map(LANG)
    assert loaded is not built
    reference = lemmas.StreamMap(LANG)
    assert loaded._firsts == reference._firsts
    assert loaded._blocks == reference._blocks
    assert (loaded._rev, loaded._count, loaded._pos) == (reference._rev, reference._count, reference._pos)
    for w in WORDS:
        assert loaded.get(w) == reference.get(w), w


def test_a_broken_cache_file_is_rebuilt_and_lemmas_stay_right(tmp_path, monkeypatch):
    monkeypatch.setenv("FIGTRAIL_CACHE_DIR", str(tmp_path))
    lemmas.stream_map(LANG)
    (path,) = tmp_path.glob(f"simplemma-*-{LANG}-*.npz")
    path.write_bytes(b"PK\x03\x04 not really a zip")
    m = lemmas.stream_map(LANG)
    reference = lemmas.StreamMap(LANG)
    assert m._blocks == reference._blocks
    assert path.stat().st_size > 1000  # written again, whole


def test_a_lemmatiser_on_the_cache_gives_simplemma_s_lemmas_in_a_new_process(tmp_path):
    env = {**os.environ, "FIGTRAIL_CACHE_DIR": str(tmp_path)}
    code = (
        "import sys; from figtrail.link.lemmas import lemmatizer; f = lemmatizer(); "
        "print(' '.join(f(w, lang=sys.argv[1]) for w in sys.argv[2:]))"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code, LANG, *WORDS], env=env, capture_output=True, text=True, check=True)
        for _ in range(2)  # the first builds the index, the second reads it
    ]
    expected = " ".join(simplemma.lemmatize(w, lang=LANG) for w in WORDS)
    assert [r.stdout.strip() for r in runs] == [expected, expected]
    assert list(tmp_path.glob(f"simplemma-*-{LANG}-*.npz"))


def test_an_empty_cache_setting_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("FIGTRAIL_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    m = lemmas.stream_map(LANG)
    assert m.get("children") == lemmas.StreamMap(LANG).get("children")
    assert not any(tmp_path.rglob("*.npz"))


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FIGTRAIL_CACHE_DIR", str(blocker / "sub"))
    m = lemmas.stream_map(LANG)
    assert m.get("children") == lemmas.StreamMap(LANG).get("children")


def test_a_table_s_lemmas_are_remembered_and_a_changed_table_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FIGTRAIL_CACHE_DIR", str(tmp_path))
    calls: list[str] = []

    def lemma(w: str) -> str:
        calls.append(w)
        return simplemma.lemmatize(w, lang=LANG)

    first = lemmas.lemmas_of(["soldiers", "children"], LANG, lemma)
    assert first == {"soldiers": "soldier", "children": "child"}
    assert sorted(calls) == ["children", "soldiers"]
    calls.clear()
    again = lemmas.lemmas_of(["children", "soldiers"], LANG, lemma)  # same table, other order
    assert again == first and calls == []
    changed = lemmas.lemmas_of(["children", "soldiers", "houses"], LANG, lemma)
    assert changed["houses"] == "house" and sorted(calls) == ["children", "houses", "soldiers"]


def test_a_corrupt_lemma_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FIGTRAIL_CACHE_DIR", str(tmp_path))
    lemmas.lemmas_of(["children"], LANG, lambda w: simplemma.lemmatize(w, lang=LANG))
    (path,) = tmp_path.glob("lemmas-*.json")
    path.write_text('{"children": 3}', encoding="utf-8")  # not a lemma: never trusted
    assert lemmas.lemmas_of(["children"], LANG, lambda w: simplemma.lemmatize(w, lang=LANG)) == {"children": "child"}
