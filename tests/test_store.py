"""The store and the readers of `figtrail ingest`, in-process: fast checks of each stage's rules."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import time
from pathlib import Path

import news_files as nf
import pytest

from figtrail.doc import Doc, ReadStats
from figtrail.errors import InputError, StoreError
from figtrail.feeds import feed_docs, fragment_text, looks_like_feed
from figtrail.fetch import fetch
from figtrail.inputs import ReadOptions, expand, kind_of, read_docs
from figtrail.model import Article, Figure
from figtrail.pages import normalise_lang, page_article
from figtrail.read import MAX_LINE_BYTES, MAX_LINE_ERRORS, stream_jsonl
from figtrail.store import Filters, Outcome, Writer, figure_record, figure_rows, open_store, schema_version
from figtrail.store.export import export
from figtrail.store.ids import content_hash, content_id, site_of, url_id
from figtrail.store.migrations import LATEST
from figtrail.warc import warc_docs
from figtrail.work import Extracted, Failed, process


@pytest.fixture
def conn(tmp_path):
    c = open_store(tmp_path / "t.db")
    yield c
    c.close()


def _fig(doc: str, value: float, **kw) -> Figure:
    return Figure(
        doc=doc, field="text", start=0, end=5, surface="3 000", value=value, low=value, high=value, **kw
    )


def _add(writer: Writer, art: Article, figures=(), id_given=True, kind="jsonl") -> tuple[Outcome, str]:
    return writer.add(
        art, list(figures), content_hash=content_hash(art.title, art.text), id_given=id_given, kind=kind
    )


# --- schema and migrations --------------------------------------------------------------------


def test_a_new_store_has_the_latest_schema_and_its_settings(conn):
    assert schema_version(conn) == LATEST == 4
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"articles", "figures", "sources", "source_aliases", "corrections", "runs"} <= tables
    assert {"story_evidence", "story_quantities"} <= tables
    assert {"latest_articles", "latest_figures"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    figure_columns = {r[1] for r in conn.execute("PRAGMA table_info(figures)")}
    assert {"source_id", "quantity", "said_on", "as_of", "source_type", "sentence"} <= figure_columns
    assert "story" in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}


def test_opening_again_migrates_nothing(tmp_path):
    path = tmp_path / "t.db"
    open_store(path).close()
    c = open_store(path)
    assert schema_version(c) == LATEST
    c.close()


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)


# --- ids, versions, known -------------------------------------------------------------------------


def test_ids_given_else_url_else_content():
    assert url_id("https://a.example/x") == url_id("https://a.example/x") != url_id("https://a.example/y")
    assert content_id(content_hash("t", "x")).startswith("c-") and len(content_id("0" * 64)) == 18
    assert site_of("https://www.Le-Monde.fr/a?b") == "le-monde.fr" and site_of(None) is None
    assert site_of("http://[::1") is None


def test_writer_stores_versions_and_skips_what_it_has(conn):
    w = Writer(conn)
    a1 = Article(id="a1", text="Un texte.", lang="fr", url="https://n.example/1")
    assert _add(w, a1, [_fig("a1", 3000)]) == (Outcome.stored, "a1")
    assert _add(w, a1) == (Outcome.known, "a1")
    a1b = Article(id="a1", text="Un autre texte.", lang="fr", url="https://n.example/1")
    assert _add(w, a1b) == (Outcome.version, "a1")
    assert _add(w, a1) == (Outcome.known, "a1")  # the old text is still a known version
    w.commit()
    rows = conn.execute("SELECT version, latest, figure_count FROM articles WHERE id = 'a1' ORDER BY version")
    assert rows.fetchall() == [(1, 0, 1), (2, 1, 0)]
    # no id: the URL already stored gives it; else a hash of the URL, else of the content
    same_url = Article(id="ignored", text="Troisième texte.", url="https://n.example/1")
    assert _add(w, same_url, id_given=False) == (Outcome.version, "a1")
    new_url = Article(id="ignored", text="Texte.", url="https://n.example/2")
    assert _add(w, new_url, id_given=False) == (Outcome.stored, url_id("https://n.example/2"))
    bare = Article(id="ignored", text="Sans adresse.")
    assert _add(w, bare, id_given=False) == (Outcome.stored, content_id(content_hash("", "Sans adresse.")))
    w.commit()


def test_a_feed_entry_never_replaces_its_page_but_a_page_replaces_an_entry(conn):
    w = Writer(conn)
    page = Article(id="", text="Le texte entier de l'article.", url="https://n.example/p")
    teaser = Article(id="", text="Le début…", url="https://n.example/p")
    assert _add(w, page, id_given=False, kind="page")[0] is Outcome.stored
    assert _add(w, teaser, id_given=False, kind="feed_entry")[0] is Outcome.known
    assert w.is_known(None, teaser.url, content_hash("", teaser.text), "feed_entry")
    other = Article(id="", text="Le début d'un autre…", url="https://n.example/q")
    assert _add(w, other, id_given=False, kind="feed_entry")[0] is Outcome.stored
    full = Article(id="", text="L'autre article, entier.", url="https://n.example/q")
    assert _add(w, full, id_given=False, kind="page")[0] is Outcome.version


def test_batches_commit_by_size_and_rollback_drops_the_open_batch(conn, tmp_path):
    w = Writer(conn, batch_size=2, batch_seconds=3600)
    for i in range(3):
        _add(w, Article(id=f"b{i}", text=f"Texte {i}."))
        w.maybe_commit()
    w.rollback()  # b2 was in the open batch
    assert [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY pk")] == ["b0", "b1"]


def test_figure_records_follow_the_spec_and_carry_links_only_when_set(conn):
    w = Writer(conn)
    extra = {"quantity": "q1", "source_id": "kr-nis", "confidence": 0.9}
    fig = _fig("a1", 1500.0, source="NIS", sentence="…", lang="fr", extra=extra)
    _add(w, Article(id="a1", text="x", published="2024-10-18", url="https://n.example/1"), [fig])
    w.commit()
    [rec] = [figure_record(r) for r in figure_rows(conn, Filters())]
    assert list(rec)[:17] == ["doc", "field", "start", "end", "surface", "value", "low", "high", "bound",
                              "unit", "what", "what_head", "source", "via", "modality", "sentence", "lang"]  # fmt: skip
    assert rec["value"] == 1500 and isinstance(rec["value"], int)
    assert rec["url"] == "https://n.example/1" and rec["published"] == "2024-10-18"
    assert rec["quantity"] == "q1" and rec["source_id"] == "kr-nis" and rec["confidence"] == 0.9
    assert "story" not in rec and "said_on" not in rec


def test_filters_refuse_what_they_cannot_read():
    with pytest.raises(Exception, match="YYYY-MM-DD"):
        Filters(since="18/10/2024").check()
    with pytest.raises(Exception, match="above --max"):
        Filters(min=10, max=1).check()
    Filters(since="2024", until="2024-10-18T10:00:00Z").check()


def test_export_of_an_empty_store_writes_the_headers(conn, tmp_path):
    import pyarrow.parquet as pq

    for fmt in ("jsonl", "csv", "parquet"):
        written = export(conn, fmt, tmp_path / fmt)
        assert [(p.name, n) for p, n in written] == [(f"articles.{fmt}", 0), (f"figures.{fmt}", 0)]
    assert (tmp_path / "csv" / "figures.csv").read_text().startswith("doc,version,latest,n,field,start,end")
    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").num_rows == 0
    conn.execute("INSERT INTO sources (id, name, created_at) VALUES ('kr-nis', 'NIS', '2024-01-01')")
    conn.execute(
        "INSERT INTO source_aliases (alias, source_id, written) VALUES ('agence', 'kr-nis', 'l''agence')"
    )
    written = export(conn, "jsonl", tmp_path / "with-sources")
    assert [p.name for p, _ in written][-1] == "sources.jsonl"
    rec = json.loads((tmp_path / "with-sources" / "sources.jsonl").read_text())
    assert rec["id"] == "kr-nis" and rec["name"] == "NIS" and rec["aliases"] == ["l'agence"]


# --- reading ------------------------------------------------------------------------------------


def test_kinds_come_from_names():
    assert kind_of("a/b.JSONL.gz") == ("jsonl", True)
    assert kind_of("crawl.warc.gz") == ("warc", True)
    assert kind_of("page.htm") == ("html", False)
    assert kind_of("https://x.example/feed.xml?x=1") == ("feed", False)
    assert kind_of("notes") == (None, False)


def test_folders_are_walked_in_order_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.txt", "a.jsonl", ".hidden.txt", ".git/x.txt", "img.png", "b/a.html"):
        (tmp_path / name).write_text("x")
    stats = ReadStats()
    files = expand([str(tmp_path)], stats)
    assert [Path(str(f)).relative_to(tmp_path).as_posix() for f in files] == [
        "a.jsonl",
        "b/a.html",
        "b/z.txt",
    ]
    assert [Path(f).name for f in stats.ignored] == ["img.png"]
    empty = tmp_path / "empty"
    empty.mkdir()
    [err] = expand([str(empty)], ReadStats())
    assert isinstance(err, InputError) and "no file figtrail reads" in str(err)


def _lines(data: bytes) -> list:
    return list(stream_jsonl(io.BytesIO(data), "f.jsonl", "f"))


def test_jsonl_stream_bounds_each_line_and_names_it():
    good = json.dumps({"id": "a", "text": "x"}).encode()
    long = b'{"id": "l", "text": "' + b"x" * (MAX_LINE_BYTES + 10) + b'"}'
    items = _lines(b"\xef\xbb\xbf" + good + b"\n" + long + b"\n\n[1]\n" + good + b"\n")
    assert [(w, type(i).__name__, g) for w, i, g in items] == [
        ("f.jsonl:1", "Article", True),
        ("f.jsonl:2", "InputError", False),
        ("f.jsonl:4", "InputError", False),
        ("f.jsonl:5", "Article", True),
    ]
    assert "line over the 8 MB limit" in str(items[1][1]) and "not a JSON object" in str(items[2][1])
    [(_, err, _)] = _lines(b"\x00\x01\x02binary" * 100)
    assert str(err) == "f.jsonl: binary file, not text"
    items = _lines(b"nope\n" * (MAX_LINE_ERRORS + 50))
    assert len(items) == MAX_LINE_ERRORS + 1 and "the rest of the file is skipped" in str(items[-1][1])
    [(_, art, given)] = _lines('{"text": "Défilé"}\n'.encode("cp1252"))
    assert art.text == "Défilé" and not given


def test_truncated_gzip_keeps_the_lines_before_the_cut():
    data = gzip.compress(b"".join(json.dumps(nf.article(i)).encode() + b"\n" for i in range(200)))
    items = list(stream_jsonl(gzip.GzipFile(fileobj=io.BytesIO(data[: len(data) // 2])), "f.jsonl.gz", "f"))
    *good, (where, err, _) = items
    assert len(good) > 10 and all(isinstance(i, Article) for _, i, _ in good)
    assert where == f"f.jsonl.gz:{len(good) + 1}" and "truncated gzip data" in str(err)


def test_a_warc_cut_anywhere_never_raises_and_says_so(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    pages = [(f"https://n.example/{i}", nf.news_page(i)) for i in range(2)]
    for gz in (True, False):
        whole = nf.warc(tmp_path / "w.warc", pages, gz=gz).read_bytes()
        it = ArchiveIterator(io.BytesIO(whole))
        ends = {it.offset + it.get_record_length() for _ in it}  # where a cut loses nothing visible
        cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
        for at in range(1, len(whole), 29):
            cut.write_bytes(whole[:at])
            items = list(warc_docs(str(cut), ReadStats()))  # never raises
            assert len([i for i in items if isinstance(i, Doc)]) <= 2
            if not any(0 <= at - end <= 4 for end in ends):  # cut inside a record: an error says so
                assert any(isinstance(i, InputError) for i in items), (gz, at)


def test_html_pages_give_text_title_date_language(tmp_path):
    art = page_article(nf.news_page(3, lang="pt-BR").encode(), "p.html", url="https://n.example/3")
    assert art.lang == "pt" and art.published == "2024-10-18" and art.url == "https://n.example/3"
    assert art.title == "Mobilisation à Toulouse (3)" and "2 003 personnes" in art.text
    assert "cookies" not in art.text
    with pytest.raises(InputError, match="no article text"):
        page_article(nf.NO_ARTICLE_PAGE.encode(), "nav.html")
    assert [normalise_lang(x) for x in ("fr-FR", "en_US", "DE", "", "12", None)] == [
        "fr",
        "en",
        "de",
        None,
        None,
        None,
    ]


def test_feeds_rss_and_atom_and_html_fragments():
    assert fragment_text("<p>Un <b>deux</b></p><ul><li>trois</li><li>quatre</li></ul>x<br>y") == (
        "Un deux\ntrois\nquatre\nx\ny"
    )
    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
      <title>T</title><id>urn:t</id><updated>2024-10-18T00:00:00Z</updated>
      <entry><title>Eins</title><id>urn:1</id><updated>2024-10-17T23:00:00Z</updated>
        <content type="html">&lt;p&gt;Laut Polizei 3.000 Menschen.&lt;/p&gt;</content></entry>
    </feed>"""
    assert looks_like_feed(atom) and not looks_like_feed(b"<html><body>")
    [doc] = list(feed_docs(atom, "a.atom"))
    assert doc.article.text == "Laut Polizei 3.000 Menschen." and doc.article.published == "2024-10-17"
    assert doc.article.id == "urn:1" and doc.id_given and doc.kind == "feed_entry"
    [err] = list(feed_docs(b"<html><body>not a feed</body></html>", "x.xml"))
    assert isinstance(err, InputError) and "not an RSS or Atom feed" in str(err)


def test_fetch_caps_size_and_total_time():
    big = b"x" * 300_000
    routes = {
        "/big": (200, "text/plain", big, 0),
        "/ok": (200, "text/html; charset=utf-8", b"<html>ok</html>", 0),
    }
    with nf.serve(routes) as base:
        got = fetch(f"{base}/ok")
        assert (got.media_type, got.charset, got.body) == ("text/html", "utf-8", b"<html>ok</html>")
        with pytest.raises(InputError, match="over the 100,000-byte limit"):
            fetch(f"{base}/big", max_bytes=100_000)
        started = time.monotonic()
        with pytest.raises(InputError, match="timed out after 0.5 s"):
            fetch(f"{base}/ok", timeout=0.5) if False else _slow_fetch(base)
        assert time.monotonic() - started < 5


def _slow_fetch(base: str) -> None:
    with nf.serve({"/slow": (200, "text/html", b"late", 3)}) as slow:
        fetch(f"{slow}/slow", timeout=0.5)


def test_reading_a_page_happens_in_the_worker_and_never_raises(tmp_path):
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(nf.news_page(5).encode()))
    (tmp_path / "n.html").write_text(nf.NO_ARTICLE_PAGE, "utf-8")
    docs = list(read_docs([str(tmp_path / "p.html.gz"), str(tmp_path / "n.html")], ReadOptions()))
    assert all(isinstance(d, Doc) and d.page is not None for d in docs)
    ok, bad = (process(d) for d in docs)
    assert isinstance(ok, Extracted) and ok.kind == "page" and ok.article.lang == "fr"
    assert [f.value for f in ok.figures if f.value == 2005] == [2005]
    assert isinstance(bad, Failed) and bad.why == "no article text found in the page"
    unsupported = process(Doc.of_article("x:1", Article(id="x", text="Lorem 3 000.", lang="xx"), True))
    assert isinstance(unsupported, Extracted) and unsupported.status == "no_pack" and not unsupported.figures


def test_the_store_is_readable_by_plain_sqlite(conn, tmp_path):
    w = Writer(conn)
    _add(w, Article(id="a1", text="x", url="https://n.example/1"), [_fig("a1", 12.5)])
    w.commit()
    plain = sqlite3.connect(tmp_path / "t.db")
    assert plain.execute('SELECT doc, value, "end", url FROM latest_figures').fetchall() == [
        ("a1", 12.5, 5, "https://n.example/1")
    ]
    plain.close()


def _crash_on_boom(docs, link=True):
    import os

    from figtrail.work import process_chunk

    if any("boom" in (d.article.text if d.article else "") for d in docs):
        os._exit(1)  # what a crash in a C library looks like from the pool
    return process_chunk(docs, link)


def test_a_crashed_extraction_process_fails_its_chunk_and_the_run_goes_on(tmp_path, monkeypatch):
    import figtrail.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "process_chunk", _crash_on_boom)
    monkeypatch.setattr(ingest_mod, "CHUNK_TIMEOUT", 3)
    monkeypatch.setattr(ingest_mod, "CHUNK_DOCS", 2)
    records = [nf.article(i) for i in range(10)]
    records[4]["text"] = "boom"
    src = nf.write_jsonl(tmp_path / "a.jsonl", records)
    summary = ingest_mod.ingest([str(src)], tmp_path / "t.db", jobs=2)
    assert summary.failed == 2 and summary.stored == 8  # the chunk of two with "boom" in it
    c = open_store(tmp_path / "t.db")
    assert sorted(r[0] for r in c.execute("SELECT id FROM articles")) == sorted(
        f"a{i}" for i in (0, 1, 2, 3, 6, 7, 8, 9)
    )
    c.close()
