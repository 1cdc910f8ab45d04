"""`figtrail ingest` and the commands that read the store, driven as a user drives them.

Every test runs the installed `figtrail` command in a subprocess on real files made here:
pages, a WARC written with warcio, an RSS feed, JSON Lines (plain and gzip), URLs served by a
web server on 127.0.0.1, and each kind of bad input. The store is then read back with the
command (and, to check what is on disk, with sqlite3 itself).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import news_files as nf
import pytest
from conftest import FIGTRAIL
from typer.testing import CliRunner

from figtrail import cli
from figtrail.store.migrations import MIGRATIONS

pytestmark = pytest.mark.slow

SPEC_KEYS = {"doc", "field", "start", "end", "surface", "value", "low", "high", "bound", "unit", "what",
             "what_head", "source", "via", "modality", "sentence"}  # fmt: skip


def _jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _query(db: Path, sql: str, *params) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _dump(db: Path) -> tuple[list, list]:
    """Everything stored about articles and figures, but the time each was ingested."""
    articles = _query(db, "SELECT pk, id, version, latest, url, title, text, lang, published, content_hash, "
                          "figure_count, status, kind FROM articles ORDER BY pk")  # fmt: skip
    figures = _query(db, "SELECT * FROM figures ORDER BY id")
    return articles, figures


@pytest.fixture
def news_dir(tmp_path: Path) -> Path:
    """A folder of every kind of file figtrail reads, one level nested, plus files it must skip."""
    d = tmp_path / "news"
    (d / "sub").mkdir(parents=True)
    (d / "note.txt").write_text(
        "Manifestation à Lyon\n\nSelon la police, 1 500 personnes ont défilé jeudi à Lyon.\n", "utf-8"
    )
    nf.write_jsonl(d / "batch.jsonl", [nf.article(i) for i in range(3)])
    nf.write_jsonl(d / "more.jsonl.gz", [nf.article(i) for i in range(10, 12)], gz=True)
    (d / "page.html").write_text(
        nf.news_page(1, canonical="https://quotidien.example/mobilisation-1"), "utf-8"
    )
    # no <html lang>: the language is detected
    (d / "sub" / "old.htm").write_text(nf.news_page(2, published="2023-05-01", lang=None), "utf-8")
    nf.warc(
        d / "crawl.warc.gz", [(f"https://www.quotidien.example/w{i}", nf.news_page(30 + i)) for i in range(2)]
    )
    feed = nf.rss(
        [
            {"title": "Défilé à Nice", "link": "https://quotidien.example/f1",
             "description": "<p>Selon la police, 4 100 personnes ont défilé jeudi à Nice.</p><p>Calme.</p>"},
            {"title": "Défilé à Brest", "link": "https://quotidien.example/f2",
             "description": "Selon la police, 4 200 personnes ont défilé jeudi à Brest.",
             "date": "2024-10-19T10:00:00+00:00"},
        ]
    )  # fmt: skip
    (d / "sub" / "feed.rss").write_text(feed, "utf-8")
    (d / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (d / ".hidden.txt").write_text("Selon la police, 9 999 personnes.", "utf-8")
    return d


def test_every_kind_of_input_in_a_folder_then_reingest_changes_nothing(figtrail, news_dir, tmp_path):
    db = tmp_path / "news.db"
    result = figtrail("ingest", str(news_dir), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    # txt 1 + jsonl 3 + jsonl.gz 2 + html 2 + warc 2 + feed 2
    assert lines[0].startswith(f"{db}: 12 articles stored, 0 already known, ") and lines[0].endswith(
        "; 0 inputs failed"
    ), result.stdout
    assert "10 WARC records skipped (not HTML pages)" in lines  # warcinfo, 2 requests+5 others, metadata
    assert "1 file of other kinds skipped in directories" in lines

    articles = {a["id"]: a for a in _jsonl(figtrail("articles", "--db", str(db), "--format", "jsonl").stdout)}
    assert len(articles) == 12
    assert {"a0", "a1", "a2", "a10", "a11"} <= set(articles)
    for a in articles.values():
        assert {"id", "lang", "url", "title", "published"} <= set(a)
        assert a["lang"] == "fr"
    by_url = {a["url"]: a for a in articles.values() if a["url"]}
    # a page read from a file takes the URL it declares; a WARC page the URL it was fetched from
    page = by_url["https://quotidien.example/mobilisation-1"]
    assert page["id"].startswith("u-") and page["title"] == "Mobilisation à Lyon (1)"
    assert page["published"] == "2024-10-18" and page["site"] == "quotidien.example"
    assert by_url["https://www.quotidien.example/w1"]["title"] == "Mobilisation à Lyon (31)"
    assert by_url["https://www.quotidien.example/w1"]["site"] == "quotidien.example"
    assert by_url["https://quotidien.example/f2"]["published"] == "2024-10-19"
    assert by_url["https://quotidien.example/f1"]["title"] == "Défilé à Nice"
    old = [a for a in articles.values() if a["published"] == "2023-05-01"]
    assert len(old) == 1 and old[0]["id"].startswith("c-")  # no URL: the id is a hash of the content

    # boilerplate is gone from the stored text: menus, cookie banner, related links, footer
    for (text,) in _query(db, "SELECT text FROM articles WHERE kind = 'page'"):
        assert "personnes ont défilé" in text
        for junk in ("cookies", "Tout accepter", "À lire aussi", "Mentions légales", "Accueil"):
            assert junk not in text, (junk, text)

    figures = _jsonl(figtrail("figures", "--db", str(db), "--format", "jsonl").stdout)
    values = {f["value"] for f in figures}
    assert {1500, 1000, 1001, 1002, 1010, 1011, 2001, 2002, 2030, 2031, 4100, 4200} <= values
    for f in figures:
        assert set(f) >= SPEC_KEYS and "url" in f and "published" in f, f
        assert "source_aliases" not in f
        assert f["doc"] in articles
    fig = next(f for f in figures if f["value"] == 2001)
    assert fig["url"] == "https://quotidien.example/mobilisation-1" and fig["published"] == "2024-10-18"
    assert fig["source"] == "police" and fig["bound"] == "exact"

    before = _dump(db)
    again = figtrail("ingest", str(news_dir), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"{db}: 0 articles stored, 12 already known, 0 figures; 0 inputs failed")
    assert _dump(db) == before
    assert _query(db, "PRAGMA user_version") == [(MIGRATIONS[-1][0],)]
    assert _query(db, "PRAGMA journal_mode") == [("wal",)]
    assert _query(db, "SELECT count(*), count(finished_at) FROM runs") == [(2, 2)]


def test_changed_text_is_a_new_version_and_the_old_one_is_kept(figtrail, tmp_path):
    db = tmp_path / "news.db"
    first = nf.write_jsonl(tmp_path / "v1.jsonl", [nf.article(1), nf.article(2)])
    assert figtrail("ingest", str(first), "--db", str(db)).returncode == 0
    changed = nf.article(1, text="Selon la police, 7 777 personnes ont défilé jeudi à Lyon.")
    second = nf.write_jsonl(tmp_path / "v2.jsonl", [changed, nf.article(2)])
    result = figtrail("ingest", str(second), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{db}: 1 article stored (1 new version), 1 already known, 1 figure;")

    latest = _jsonl(figtrail("articles", "--db", str(db), "--doc", "a1").stdout)
    assert [(a["id"], a["version"]) for a in latest] == [("a1", 2)]
    every = _jsonl(figtrail("articles", "--db", str(db), "--doc", "a1", "--all-versions").stdout)
    assert [a["version"] for a in every] == [1, 2]
    assert [f["value"] for f in _jsonl(figtrail("figures", "--db", str(db), "--doc", "a1").stdout)] == [7777]
    old_and_new = _jsonl(figtrail("figures", "--db", str(db), "--doc", "a1", "--all-versions").stdout)
    assert sorted(f["value"] for f in old_and_new) == [1001, 7777]

    # the first text again is already stored (as version 1): nothing changes
    before = _dump(db)
    again = figtrail("ingest", str(first), "--db", str(db))
    assert again.stdout.startswith(f"{db}: 0 articles stored, 2 already known")
    assert _dump(db) == before

    # no id given: the URL ties the versions together
    url = "https://news.example/sans-id"
    a = nf.write_jsonl(tmp_path / "u1.jsonl", [{"url": url, "lang": "fr", "text": nf.sentence(3000)}])
    b = nf.write_jsonl(tmp_path / "u2.jsonl", [{"url": url, "lang": "fr", "text": nf.sentence(3001)}])
    figtrail("ingest", str(a), str(b), "--db", str(db))
    rows = _query(db, "SELECT id, version, latest FROM articles WHERE url = ? ORDER BY version", url)
    assert [r[1:] for r in rows] == [(1, 0), (2, 1)] and rows[0][0] == rows[1][0]


def test_urls_and_feeds_from_a_local_server(figtrail, tmp_path):
    db = tmp_path / "news.db"
    routes: dict = {
        "/p1": (200, "text/html; charset=utf-8", nf.news_page(1).encode(), 0),
        "/p2": (200, "text/html", nf.news_page(2).encode(), 0),
        "/note": (200, "text/plain; charset=utf-8", f"Défilé\n\n{nf.sentence(4000)}".encode(), 0),
        "/slow": (200, "text/html", nf.news_page(3).encode(), 5),
        "/huge": (200, "x-claims-huge", b"", 0),
        "/empty": (200, "text/html", nf.NO_ARTICLE_PAGE.encode(), 0),
    }
    with nf.serve(routes) as base:
        feed = nf.rss(
            [
                {"title": "Défilé 1", "link": f"{base}/p1", "description": "Un défilé."},
                {"title": "Défilé 2", "link": f"{base}/p2", "description": "Un autre défilé."},
                {"title": "Défilé 3", "link": f"{base}/gone",
                 "description": "<p>Selon la police, 6 000 personnes ont défilé jeudi à Nice.</p>"},
            ]
        )  # fmt: skip
        routes["/feed"] = (200, "application/rss+xml; charset=utf-8", feed.encode(), 0)
        direct = figtrail(
            "ingest", "--db", str(db), "--timeout", "1",
            f"{base}/note", f"{base}/slow", f"{base}/huge", f"{base}/nope", f"{base}/empty",
            "http://127.0.0.1:9/refused",
        )  # fmt: skip
        followed = figtrail("ingest", "--db", str(db), "--follow", f"{base}/feed")
        teasers = figtrail("ingest", "--db", str(db), f"{base}/feed")

    assert direct.returncode == 1
    assert sorted(direct.stderr.splitlines()) == sorted(
        [
            f"figtrail: {base}/slow: timed out after 1 s",
            f"figtrail: {base}/huge: over the 20 MB limit (62,914,560 bytes)",
            f"figtrail: {base}/nope: HTTP 404 Not Found",
            f"figtrail: {base}/empty: no article text found in the page",
            "figtrail: http://127.0.0.1:9/refused: cannot fetch: [Errno 111] Connection refused",
        ]
    ), direct.stderr
    assert direct.stdout.startswith(f"{db}: 1 article stored, 0 already known, 1 figure; 5 inputs failed")

    # --follow: each entry's page is read; an entry whose page fails keeps its own text
    assert followed.returncode == 1
    assert followed.stderr == f"figtrail: {base}/gone: HTTP 404 Not Found\n"
    assert followed.stdout.startswith(f"{db}: 3 articles stored, 0 already known, ")
    assert followed.stdout.splitlines()[0].endswith("; 1 input failed")
    stored = {r[0]: r[1:] for r in _query(db, "SELECT url, title, kind, published FROM articles")}
    assert stored[f"{base}/p1"] == ("Mobilisation à Lyon (1)", "page", "2024-10-18")
    assert stored[f"{base}/gone"] == ("Défilé 3", "feed_entry", "2024-10-18")
    assert stored[f"{base}/note"][:2] == ("Défilé", "text")
    # the same feed without --follow: the teasers do not replace the pages already stored
    assert teasers.returncode == 0, teasers.stderr
    assert teasers.stdout.startswith(f"{db}: 0 articles stored, 3 already known")


def test_each_bad_input_is_one_line_and_the_rest_is_stored(figtrail, tmp_path):
    db = tmp_path / "news.db"
    keep = nf.write_jsonl(tmp_path / "keep.jsonl", [nf.article(1)])
    assert figtrail("ingest", str(keep), "--db", str(db)).returncode == 0

    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d / "latin1.txt").write_bytes(
        "Défilé\n\nSelon la police, 3 100 personnes ont défilé à Orléans.".encode("cp1252")
    )
    (d / "lines.jsonl").write_text(
        json.dumps(nf.article(2)) + "\n{not json\n" + json.dumps(nf.article(3)) + "\n", "utf-8"
    )
    whole = nf.write_jsonl(d / "whole.jsonl.gz", [nf.article(i) for i in range(20, 40)], gz=True).read_bytes()
    (d / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (d / "whole.jsonl.gz").unlink()
    nf.warc(
        d / "crawl.warc", [(f"https://news.example/w{i}", nf.news_page(40 + i)) for i in range(3)], gz=False
    )
    raw = (d / "crawl.warc").read_bytes()
    (d / "crawl.warc").unlink()
    (d / "cut.warc").write_bytes(raw[: raw.index(b"https://news.example/w2") + 2000])  # inside the last page
    third = raw.index(b"WARC/1.0", raw.index(b"https://news.example/w1"))
    at = raw.index(b"Content-Length: ", third) + len("Content-Length: ")
    end = raw.index(b"\r\n", at)
    shorter = str(int(raw[at:end]) - 100).encode()  # a record whose length is wrong, then a good one
    (d / "bad-length.warc").write_bytes(raw[:at] + shorter + raw[end:])
    (d / "nothing.html").write_text(nf.NO_ARTICLE_PAGE, "utf-8")
    with open(d / "huge.txt", "wb") as fh:  # 50 MB of real text
        line = (nf.sentence(1234) + "\n").encode("utf-8")
        fh.write(line * (50 * 2**20 // len(line) + 1))
    good = d / "good.txt"
    good.write_text("Défilé à Caen\n\nSelon la police, 2 500 personnes ont défilé jeudi à Caen.\n", "utf-8")
    missing = d / "missing.txt"

    inputs = sorted(str(p) for p in d.iterdir()) + [str(missing)]
    result = figtrail("ingest", "--db", str(db), *inputs)
    assert result.returncode == 1
    expected = {
        f"figtrail: {d / 'empty.txt'}: empty input",
        f"figtrail: {d / 'blob.txt'}: binary file, not text",
        f"figtrail: warning: {d / 'latin1.txt'}: not valid UTF-8, read as cp1252",
        f"figtrail: {d / 'lines.jsonl'}:2: not JSON",
        f"figtrail: {d / 'cut.jsonl.gz'}:",
        f"figtrail: {d / 'cut.warc'}@",
        f"figtrail: {d / 'bad-length.warc'}@",
        f"figtrail: {d / 'nothing.html'}: no article text found in the page",
        f"figtrail: {d / 'huge.txt'}: over the 20 MB limit",
        f"figtrail: {missing}: no such file",
    }
    lines = result.stderr.splitlines()
    assert len(lines) == len(expected), result.stderr
    for prefix in expected:
        assert sum(line.startswith(prefix) for line in lines) == 1, (prefix, result.stderr)
    assert "truncated gzip data" in next(x for x in lines if "cut.jsonl.gz" in x)
    assert "truncated WARC record" in next(x for x in lines if "cut.warc" in x)
    assert "malformed WARC record" in next(x for x in lines if "bad-length.warc" in x)
    assert result.stdout.startswith(f"{db}: ")
    assert result.stdout.splitlines()[0].endswith("; 9 inputs failed")

    stored = _jsonl(figtrail("figures", "--db", str(db)).stdout)
    values = {f["value"] for f in stored}
    # what came before each error and after it: lines around a bad one, the pages of a WARC before
    # its cut, and after a broken record (w2 of bad-length.warc), the gzip lines before its cut
    assert {1001, 1002, 1003, 2500, 3100, 2040, 2041, 2042} <= values
    assert 1020 in values
    assert _query(db, "PRAGMA integrity_check") == [("ok",)]


def test_language_without_a_pack_is_stored_without_figures(figtrail, tmp_path):
    db = tmp_path / "news.db"
    src = nf.write_jsonl(
        tmp_path / "mixed.jsonl",
        [nf.article(1), {"id": "x1", "lang": "xx", "text": "Lorem 3 000 ipsum dolor."}],
    )
    result = figtrail("ingest", str(src), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"figtrail: warning: {src}:2: no language pack for 'xx'")
    assert result.stderr.rstrip().endswith("stored without figures")
    assert "1 article in a language without a pack (xx 1): stored without figures" in result.stdout
    assert _query(db, "SELECT id, status, figure_count FROM articles ORDER BY pk") == [
        ("a1", "ok", 1),
        ("x1", "no_pack", 0),
    ]


def test_standard_input_and_the_database_location(figtrail, tmp_path):
    lines = "".join(json.dumps(nf.article(i)) + "\n" for i in range(3))
    env_db = tmp_path / "env.db"
    proc = _run(["ingest", "-"], stdin=lines, env={"FIGTRAIL_DB": str(env_db)}, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"{env_db}: 3 articles stored")
    proc = _run(["ingest", "-"], stdin=lines, cwd=tmp_path, env={"FIGTRAIL_DB": ""})
    assert proc.stdout.startswith("figtrail.db: 3 articles stored") and (tmp_path / "figtrail.db").exists()
    proc = _run(
        ["ingest", "-", "--db", str(tmp_path / "opt.db")], stdin=lines, env={"FIGTRAIL_DB": str(env_db)}
    )
    assert proc.stdout.startswith(f"{tmp_path / 'opt.db'}: 3 articles stored")
    # reading needs a database that exists: none is made by mistake
    proc = _run(["articles", "--db", str(tmp_path / "nope.db")])
    assert proc.returncode == 1 and "no such database" in proc.stderr
    assert not (tmp_path / "nope.db").exists()


def _run(args: list[str], stdin: str | None = None, env: dict | None = None, cwd: Path | None = None):
    import subprocess

    return subprocess.run(
        [str(FIGTRAIL), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_filters_and_formats(figtrail, tmp_path):
    db = tmp_path / "news.db"
    records = [
        {"id": "lyon", "lang": "fr", "published": "2024-09-30", "url": "https://www.lyon.example/a",
         "title": "Lyon", "text": "Selon la police, 1 500 personnes ont défilé jeudi à Lyon."},
        {"id": "paris", "lang": "fr", "published": "2024-10-15T08:00:00Z", "url": "https://paris.example/b",
         "title": "Paris", "text": "Selon la préfecture, 30 000 manifestants ont défilé jeudi à Paris."},
        {"id": "nice", "lang": "fr", "published": "2024-11-02",
         "title": "Nice", "text": "Selon les syndicats, entre 4 000 et 5 000 personnes ont défilé à Nice."},
    ]  # fmt: skip
    src = nf.write_jsonl(tmp_path / "f.jsonl", records)
    assert figtrail("ingest", str(src), "--db", str(db)).returncode == 0

    # The many queries run the same command in this process (typer's runner): a subprocess each
    # would cost the suite half a second per line for nothing more.
    runner = CliRunner()

    def run(*args: str) -> SimpleNamespace:
        result = runner.invoke(cli.app, list(args))
        return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)

    def docs(*args: str, what: str = "figures") -> list[str]:
        result = run(what, "--db", str(db), "--format", "jsonl", *args)
        assert result.returncode == 0, result.stderr
        return [r["doc" if what == "figures" else "id"] for r in _jsonl(result.stdout)]

    assert docs() == ["lyon", "paris", "nice"]
    assert docs("--source", "préfecture") == ["paris"]
    assert docs("--source", "PREFECTURE") == ["paris"]  # case and accents ignored
    assert docs("--source", "syndicats", what="articles") == ["nice"]
    assert docs("--what", "manifestants") == ["paris"]
    assert docs("--since", "2024-10") == ["paris", "nice"]
    assert docs("--until", "2024-10-15") == ["lyon", "paris"]  # a date-time counts by its date
    assert docs("--since", "2024-10-01", "--until", "2024-10-31", what="articles") == ["paris"]
    assert docs("--min", "4500") == ["paris", "nice"]  # the range 4 000-5 000 reaches 4 500
    assert docs("--max", "4500") == ["lyon", "nice"]
    assert docs("--min", "2000", "--max", "3000") == []
    assert docs("--doc", "nice", what="articles") == ["nice"]
    assert docs("--lang", "fr", "--limit", "1", what="articles") == ["lyon"]
    assert docs("--lang", "de") == []
    assert docs("--site", "lyon.example", what="articles") == ["lyon"]

    bad = run("figures", "--db", str(db), "--since", "octobre")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr

    rows = list(csv.DictReader(io.StringIO(run("figures", "--db", str(db), "--format", "csv").stdout)))
    assert [r["doc"] for r in rows] == ["lyon", "paris", "nice"]
    assert rows[0]["url"] == "https://www.lyon.example/a" and rows[0]["published"] == "2024-09-30"
    arts = list(csv.DictReader(io.StringIO(run("articles", "--db", str(db), "--format", "csv").stdout)))
    assert [(a["id"], a["site"], a["figures"]) for a in arts] == [
        ("lyon", "lyon.example", "1"),
        ("paris", "paris.example", "1"),
        ("nice", "", "1"),
    ]
    with_text = _jsonl(run("articles", "--db", str(db), "--format", "jsonl", "--text").stdout)
    assert with_text[0]["text"] == records[0]["text"]
    table = run("figures", "--db", str(db), "--format", "table").stdout
    assert "1 500" in table and "4 000–5 000" in table and "3 figures" in table
    table = run("articles", "--db", str(db), "--format", "table").stdout
    assert "paris.example" in table and "3 articles" in table


def test_export_jsonl_csv_parquet(figtrail, tmp_path):
    import pyarrow.parquet as pq

    db = tmp_path / "news.db"
    src = nf.write_jsonl(tmp_path / "a.jsonl", [nf.article(i) for i in range(5)])
    assert figtrail("ingest", str(src), "--db", str(db)).returncode == 0
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"out-{fmt}"
        result = figtrail("export", "--db", str(db), "--format", fmt, "--out", str(out))
        assert result.returncode == 0, result.stderr
        # the five articles quote one source, "la police": one row in sources
        assert result.stdout.splitlines() == [
            f"{out / f'articles.{fmt}'}: 5 rows",
            f"{out / f'figures.{fmt}'}: 5 rows",
            f"{out / f'sources.{fmt}'}: 1 rows",
        ]
        assert sorted(p.name for p in out.iterdir()) == [f"articles.{fmt}", f"figures.{fmt}", f"sources.{fmt}"]
    articles = _jsonl((tmp_path / "out-jsonl" / "articles.jsonl").read_text("utf-8"))
    assert [a["id"] for a in articles] == [f"a{i}" for i in range(5)] and articles[0]["text"]
    figures = _jsonl((tmp_path / "out-jsonl" / "figures.jsonl").read_text("utf-8"))
    assert figures[0]["value"] == 1000 and figures[0]["url"] == "https://news.example/0"
    rows = list(csv.DictReader((tmp_path / "out-csv" / "figures.csv").open(encoding="utf-8")))
    assert rows[1]["doc"] == "a1" and rows[1]["value"] == "1001"
    table = pq.read_table(tmp_path / "out-parquet" / "figures.parquet")
    assert table.num_rows == 5 and table.column("value").to_pylist() == [
        1000.0,
        1001.0,
        1002.0,
        1003.0,
        1004.0,
    ]
    assert pq.read_table(tmp_path / "out-parquet" / "articles.parquet").column("id").to_pylist()[0] == "a0"
    (source,) = _jsonl((tmp_path / "out-jsonl" / "sources.jsonl").read_text("utf-8"))
    assert source["id"] == figures[0]["source_id"] and "police" in source["name"].lower()
    assert (source["figures"], source["articles"], source["langs"]) == (5, 5, ["fr"])
    assert (source["first_seen"], source["last_seen"]) == ("2024-10-01", "2024-10-05")
    sources = pq.read_table(tmp_path / "out-parquet" / "sources.parquet").to_pylist()
    assert sources[0]["figures"] == 5 and sources[0]["langs"] == ["fr"]


def test_two_jobs_store_what_one_job_stores(figtrail, gold_dir, news_dir, tmp_path):
    out = []
    for jobs in ("1", "2"):
        db = tmp_path / f"j{jobs}.db"
        result = figtrail(
            "ingest", str(gold_dir / "dev.jsonl"), str(news_dir), "--db", str(db), "--jobs", jobs
        )
        assert result.returncode == 0, result.stderr
        out.append((result.stdout.replace(str(db), "DB"), figtrail("figures", "--db", str(db)).stdout))
    assert out[0] == out[1]
    assert len(out[0][1].splitlines()) > 50


def test_progress_bar_on_a_terminal_only(figtrail, tmp_path):
    import pty
    import subprocess

    src = nf.write_jsonl(tmp_path / "a.jsonl", [nf.article(i) for i in range(50)])
    piped = figtrail("ingest", str(src), "--db", str(tmp_path / "piped.db"))
    assert piped.returncode == 0 and piped.stderr == ""
    quiet = figtrail("ingest", str(src), "--db", str(tmp_path / "quiet.db"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [str(FIGTRAIL), "ingest", str(src), "--db", str(tmp_path / "tty.db")],
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "COLUMNS": "120", "TERM": "xterm"},
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    proc.wait(timeout=60)
    os.close(leader)
    assert proc.returncode == 0
    assert b"ingesting" in shown and b"stored" in shown  # the bar, drawn on the terminal
    assert proc.stdout.read().decode().startswith(f"{tmp_path / 'tty.db'}: 50 articles stored")


def test_migration_from_schema_version_1(figtrail, tmp_path):
    from figtrail.store.migrations import V1, run_script

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    run_script(conn, V1)
    conn.execute(
        "INSERT INTO articles VALUES ('old-1', 'https://www.old.example/1', 'Ancien', ?, 'fr', '2024-01-05', "
        "'2024-01-06T10:00:00Z', 'h1')",
        (nf.sentence(2222),),
    )
    conn.execute(
        'INSERT INTO figures (doc, field, start, "end", surface, value, low, high, bound, unit, what, '
        "what_head, source, via, modality, sentence) VALUES ('old-1', 'text', 17, 21, '2222', 2222, 2222, "
        "2222, 'exact', NULL, 'personnes', 'personnes', 'police', NULL, 'asserted', 'Selon la police...')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()

    listed = figtrail("figures", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    [fig] = _jsonl(listed.stdout)
    assert (fig["doc"], fig["value"], fig["source"], fig["url"], fig["published"]) == (
        "old-1", 2222, "police", "https://www.old.example/1", "2024-01-05",
    )  # fmt: skip
    assert _query(db, "PRAGMA user_version") == [(MIGRATIONS[-1][0],)]
    assert _query(db, "SELECT id, version, latest, site, figure_count, kind FROM articles") == [
        ("old-1", 1, 1, "old.example", 1, "jsonl")
    ]
    assert _query(db, "PRAGMA integrity_check") == [("ok",)]
    assert _query(db, "PRAGMA foreign_key_check") == []
    # the migrated store takes new versions like any other
    newer = nf.write_jsonl(tmp_path / "new.jsonl", [{"id": "old-1", "lang": "fr", "text": nf.sentence(3333)}])
    assert figtrail("ingest", str(newer), "--db", str(db)).returncode == 0
    assert _query(db, "SELECT version, latest FROM articles ORDER BY version") == [(1, 0), (2, 1)]

    future = tmp_path / "future.db"
    sqlite3.connect(future).execute("PRAGMA user_version = 99").connection.close()
    refused = figtrail("articles", "--db", str(future))
    assert refused.returncode == 1 and "schema version 99 is newer" in refused.stderr
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE notes (x)")
    refused = figtrail("ingest", str(newer), "--db", str(other))
    assert refused.returncode == 1 and "not figtrail's" in refused.stderr
    notdb = tmp_path / "notdb.db"
    notdb.write_text("hello", "utf-8")
    refused = figtrail("ingest", str(newer), "--db", str(notdb))
    assert refused.returncode == 1 and refused.stderr.startswith(f"figtrail: {notdb}: ")
