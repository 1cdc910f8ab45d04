"""Real input files for the ingest tests, made on the spot: pages, a WARC, a feed, JSON Lines, gzip.

Each article says something the French pack reads the same way whatever else changes in it:
"Selon la police, N personnes ont défilé ...". The pages carry what real pages carry around
an article (menus, a cookie banner, related links, a footer) so that boilerplate removal is
exercised, not just <p> reading.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes", "Bordeaux", "Nice", "Brest"]


def sentence(n: int) -> str:
    return f"Selon la police, {n} personnes ont défilé jeudi à {CITIES[n % len(CITIES)]}."


def article(i: int, **fields: Any) -> dict[str, Any]:
    """A spec section 3 article with one sure figure: 1 000 + i personnes."""
    n = 1000 + i
    rec = {
        "id": f"a{i}",
        "lang": "fr",
        "published": f"2024-10-{1 + i % 28:02d}",
        "url": f"https://news.example/{i}",
        "title": f"Manifestation numéro {i}",
        "text": f"{sentence(n).replace(str(n), f'{n // 1000} {n % 1000:03d}')}\n\nLe cortège est parti à midi.",
    }
    rec.update(fields)
    return rec


def write_jsonl(path: Path, records: list[dict], gz: bool = False) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def page(
    title: str,
    paragraphs: list[str],
    lang: str | None = "fr",
    published: str | None = "2024-10-18",
    canonical: str | None = None,
) -> str:
    """A news page: head metadata, menus, cookie banner, the article, related links, footer."""
    meta = []
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}T09:30:00+02:00">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    lang_attr = f' lang="{lang}"' if lang else ""
    menu = "".join(f'<li><a href="/rubrique/{c.lower()}">{c}</a></li>' for c in CITIES)
    related = "".join(f'<li><a href="/autre/{i}">Autre article numéro {i} à lire</a></li>' for i in range(8))
    return f"""<!DOCTYPE html>
<html{lang_attr}><head><meta charset="utf-8"><title>{title} | Le Quotidien</title>
<meta property="og:title" content="{title}">{"".join(meta)}
<script>window.dataLayer = [{{"page": "article"}}];</script>
<style>body {{ font-family: serif; }} .menu li {{ display: inline; }}</style>
</head><body>
<header><nav class="menu"><ul><li><a href="/">Accueil</a></li>{menu}</ul></nav></header>
<div id="cookie-banner" class="cookies">Nous utilisons des cookies pour mesurer l'audience.
<button>Tout accepter</button> <button>Paramétrer</button></div>
<main><article><h1>{title}</h1>
<div class="byline">Par la rédaction, publié le {published or ""}</div>
{body}
</article>
<aside class="related"><h2>À lire aussi</h2><ul>{related}</ul></aside></main>
<footer><p>© 2024 Le Quotidien. Mentions légales. Contact. Publicité.</p></footer>
</body></html>"""


def news_page(i: int, **kw: Any) -> str:
    n = 2000 + i
    paras = [
        f"Selon la police, {n // 1000} {n % 1000:03d} personnes ont défilé jeudi à {CITIES[i % 10]} "
        "contre la réforme des retraites, dans une ambiance calme.",
        "Les organisateurs, de leur côté, n'ont pas donné de chiffre et promettent une nouvelle "
        "journée de mobilisation la semaine prochaine dans toute la région.",
    ]
    return page(f"Mobilisation à {CITIES[i % 10]} ({i})", paras, **kw)


NO_ARTICLE_PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Le Quotidien</title></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookies">Cookies <button>OK</button></div>
<footer>Mentions légales - Contact</footer></body></html>"""


def warc(path: Path, pages: list[tuple[str, str]], extras: bool = True, gz: bool = True) -> Path:
    """A WARC file written with warcio: warcinfo, then per page a request and its HTML response;
    with extras, a JSON response, an image, a 404 page and a metadata record to be skipped."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "figtrail tests"}))

    def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        )

    for url, html in pages:
        response(url, html.encode("utf-8"), "text/html; charset=utf-8")
    if extras:
        response("https://news.example/api.json", b'{"ok": true}', "application/json")
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        response(
            "https://news.example/gone", b"<html><body>Not found</body></html>", "text/html", "404 Not Found"
        )
        writer.write_record(
            writer.create_warc_record("https://news.example/", "metadata", payload=io.BytesIO(b"outlinks: 3"))
        )
    path.write_bytes(buf.getvalue())
    return path


def rss(items: list[dict[str, str]], lang: str = "fr") -> str:
    """An RSS 2.0 feed: items with title, link, description (HTML) and pubDate."""
    entries = []
    for it in items:
        date = format_datetime(dt.datetime.fromisoformat(it.get("date", "2024-10-18T08:00:00+00:00")))
        desc = it.get("description", "")
        entries.append(
            f"<item><title>{it['title']}</title><link>{it['link']}</link>"
            f"<guid>{it['link']}</guid><pubDate>{date}</pubDate>"
            f"<description><![CDATA[{desc}]]></description></item>"
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Quotidien</title><link>https://news.example/</link>
<description>Toute l'actualité</description><language>{lang}</language>
{"".join(entries)}
</channel></rss>"""


# --- a local web server (127.0.0.1 only) ------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, float]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        status, ctype, body, delay = self.routes.get(self.path, (404, "text/plain", b"not found", 0.0))
        if delay:
            time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if ctype == "x-claims-huge":
            self.send_header("Content-Length", str(60 * 1024 * 1024))
        else:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass


@contextmanager
def serve(routes: dict[str, tuple[int, str, bytes, float]]) -> Iterator[str]:
    """A web server on 127.0.0.1 serving routes (path -> status, type, body, delay s); yields its base URL."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
