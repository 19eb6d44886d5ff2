"""URLs and feeds against real local HTTP servers (allow-listed explicitly) and an in-memory transport.

The SSRF tests use the default Fetcher, which must refuse loopback and metadata addresses on its own.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from nkwatch.ingest.fetch import USER_AGENT, Fetcher, address_refusal
from nkwatch.ingest.sources import iter_source
from nkwatch.model import (BlockedAddress, FetchError, FetchTimeout, HTTPStatusError, ParseError,
                           RobotsDisallowed, TooLarge)

BODY = ("<html><head><title>Pier reopens</title></head><body><nav>Home &gt; Local</nav><article>"
        "<h1>Pier reopens</h1><p>The harbour authority reopened the north pier on Friday, ten days after a storm "
        "tore away part of the deck and flooded the ferry ticket hall.</p><p>About 3,000 people use the ferry "
        "each day in summer, most of them commuters who work on the mainland.</p></article>"
        "<div id='comments'><p>harbour_rat: took them long enough</p></div></body></html>")
KO_TEXT = "북한 식당 종업원들이 집단으로 탈북해 한국에 입국했다고 통일부가 밝혔다. 이들은 중국의 식당에서 일했다. " * 4


def feed(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Story {i}</title><link>{link}</link>"
                    f"<pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate></item>" for i, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title>{items}'
            f"</channel></rss>").encode()


BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                   for i in range(1, 10))
        + b']><rss version="2.0"><channel><title>&lol9;</title><item><link>http://x/</link></item></channel></rss>')


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: dict[str, int] = {}
    agents: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        path = self.path
        self.hits[path] = self.hits.get(path, 0) + 1
        self.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_port}"
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private\n", "text/plain")
        elif path == "/article.html":
            self.send(200, BODY.encode())
        elif path == "/korean.html":
            page = f"<html><head><title>식당</title></head><body><article><p>{KO_TEXT}</p></article></body></html>"
            self.send(200, page.encode("euc-kr"), "text/html; charset=utf-8")
        elif path == "/redirect":
            self.send(302, b"", headers=[("Location", "/article.html")])
        elif path == "/redirect-metadata":
            self.send(302, b"", headers=[("Location", "http://169.254.169.254/latest/meta-data/")])
        elif path == "/loop":
            self.send(302, b"", headers=[("Location", "/loop")])
        elif path == "/big":
            self.send(200, b"x" * 5000)
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"3e8\r\n" + b"y" * 1000 + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "40")
            self.end_headers()
            try:
                for _ in range(40):  # 40 bytes over 8 s: a per-read timeout never fires
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif path == "/feed.xml":
            self.send(200, feed([f"{base}/article.html", f"{base}/missing", f"{base}/private/secret.html"]),
                      "application/rss+xml")
        elif path == "/bomb.xml":
            self.send(200, BOMB, "application/rss+xml")
        else:
            self.send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    th = threading.Thread(target=httpd.serve_forever, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fetcher():
    f = Fetcher(allow_networks=["127.0.0.1/32"], min_interval=0, timeout=5.0)
    yield f
    f.close()


def test_fetch_page_with_user_agent_and_robots(server, fetcher):
    result = fetcher.fetch(f"{server}/article.html")
    assert result.status == 200 and b"north pier" in result.content
    assert Handler.agents[-1] == USER_AGENT and USER_AGENT.startswith("nkwatch/") and "(+http" in USER_AGENT
    with pytest.raises(RobotsDisallowed, match="disallows"):
        fetcher.fetch(f"{server}/private/secret.html")
    assert Handler.hits["/robots.txt"] == 1  # cached per host


def test_redirect_followed_and_rechecked(server, fetcher):
    result = fetcher.fetch(f"{server}/redirect")
    assert result.final_url == f"{server}/article.html" and result.redirects == [f"{server}/article.html"]
    with pytest.raises(BlockedAddress, match="169.254.169.254"):
        fetcher.fetch(f"{server}/redirect-metadata")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.fetch(f"{server}/loop")


def test_default_fetcher_refuses_loopback_and_metadata(server):
    with Fetcher(min_interval=0) as default:
        for url in (f"{server}/article.html", "http://169.254.169.254/latest/meta-data/",
                    f"http://localhost:{server.rsplit(':', 1)[1]}/article.html", "http://[::1]/",
                    "http://[::ffff:127.0.0.1]/", "http://10.1.2.3/", "http://0.0.0.0/"):
            with pytest.raises(BlockedAddress) as e:
                default.fetch(url)
            assert "refused" in str(e.value)
    with Fetcher(min_interval=0, resolver=lambda host, port: ["192.168.1.20"]) as rebinding:
        with pytest.raises(BlockedAddress, match="private address"):
            rebinding.fetch("http://news.example/story")


def test_address_refusal_reasons():
    assert address_refusal("169.254.169.254") == "a cloud metadata address"
    assert address_refusal("127.0.0.1") == "a loopback address"
    assert address_refusal("224.0.0.1") == "a multicast address"
    assert address_refusal("8.8.8.8") is None


def test_total_deadline_beats_a_dripping_server(server):
    # The drip sends every byte within a per-read timeout; only a total deadline stops it.
    with Fetcher(allow_networks=["127.0.0.1/32"], min_interval=0, timeout=1.0) as f:
        with pytest.raises(FetchTimeout, match="1 s deadline"):
            f.fetch(f"{server}/drip")


def test_size_cap(server):
    with Fetcher(allow_networks=["127.0.0.1/32"], min_interval=0, max_bytes=1000) as f:
        with pytest.raises(TooLarge, match="Content-Length 5,000"):
            f.fetch(f"{server}/big")
        with pytest.raises(TooLarge, match="over the 1,000-byte cap"):
            f.fetch(f"{server}/big-chunked")


def test_unreachable_and_http_errors(server, fetcher):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(FetchError, match="cannot connect"):
        fetcher.fetch(f"http://127.0.0.1:{port}/")
    with pytest.raises(HTTPStatusError, match="404"):
        fetcher.fetch(f"{server}/nope")
    with pytest.raises(FetchError, match="cannot resolve"):
        Fetcher(min_interval=0).fetch("http://no-such-host.invalid/")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is missing")
def test_self_signed_certificate_is_refused(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with Fetcher(allow_networks=["127.0.0.1/32"], min_interval=0, timeout=5.0) as f:
            with pytest.raises(FetchError, match="certificate"):
                f.fetch(f"https://127.0.0.1:{httpd.server_port}/article.html")
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_rate_limit_spaces_requests_per_host():
    now = [100.0]
    slept = []

    def sleep(s):
        slept.append(round(s, 3))
        now[0] += s

    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers["host"]))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, text="<html><body><p>ok</p></body></html>")

    f = Fetcher(transport=httpx.MockTransport(handle), min_interval=2.0, clock=lambda: now[0], sleep=sleep,
                resolver=lambda host, port: {"a.example": ["93.184.216.34"], "b.example": ["93.184.216.35"]}[host])
    f.fetch("https://a.example/1")
    f.fetch("https://a.example/2")
    f.fetch("https://b.example/1")
    assert slept == [2.0]  # the second request to a.example waited; b.example did not
    # the connection goes to the checked address, the Host header keeps the name
    assert ("https://93.184.216.34/1", "a.example") in seen


def test_url_source_yields_article(server, fetcher):
    items = list(iter_source(f"{server}/article.html", fetcher=fetcher))
    assert len(items) == 1 and items[0].ok
    article = items[0].article
    assert "north pier" in article.text and "harbour_rat" not in article.text
    assert article.url == f"{server}/article.html" and article.title == "Pier reopens"


def test_wrong_charset_page_is_decoded(server, fetcher):
    item = next(iter_source(f"{server}/korean.html", fetcher=fetcher))
    assert item.ok, item.error
    assert "통일부가 밝혔다" in item.article.text
    assert item.article.encoding.startswith("euc-kr (declared utf-8 failed to decode")


def test_url_errors_are_items(server):
    items = list(iter_source("http://169.254.169.254/latest/meta-data/"))
    assert len(items) == 1 and isinstance(items[0].error, BlockedAddress)
    assert "169.254.169.254" in str(items[0].error)


def test_feed_entries_are_fetched(server, fetcher):
    items = list(iter_source(f"{server}/feed.xml", fetcher=fetcher))
    assert [i.position for i in items] == ["1", "2", "3"]
    assert items[0].ok and items[0].article.published == "2024-05-03"
    assert items[0].ref == f"{server}/article.html"
    assert isinstance(items[1].error, HTTPStatusError)
    assert isinstance(items[2].error, RobotsDisallowed)
    resumed = list(iter_source(f"{server}/feed.xml", fetcher=fetcher, start_after="2"))
    assert [i.position for i in resumed] == ["3"]


def test_billion_laughs_feed_is_refused(server, fetcher, tmp_path):
    items = list(iter_source(f"{server}/bomb.xml", fetcher=fetcher))
    assert len(items) == 1 and isinstance(items[0].error, ParseError)
    assert "entity" in items[0].error.message
    (tmp_path / "bomb.rss").write_bytes(BOMB)
    items = list(iter_source(str(tmp_path / "bomb.rss"), fetcher=fetcher))
    assert isinstance(items[0].error, ParseError)
