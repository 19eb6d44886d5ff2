"""Reliability matrix §8.3 (../shared/RELIABILITY.md), fetcher rows F1–F14: hostile servers on loopback, a fake
resolver for DNS tricks, never real DNS. 127.0.0.2 stands for "a public host" (allow_networks), 127.0.0.1 for
the internal service an attacker wants to reach; its listener counts every hit."""

from __future__ import annotations

import gzip
import shutil
import ssl
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from nkwatch.ingest.fetch import Fetcher, address_refusal
from nkwatch.model import (BlockedAddress, FetchTimeout, RobotsDisallowed, SchemeNotAllowed, TLSError, TooLarge,
                           TooManyRedirects)

PAGE = b"<html><head><title>Story</title></head><body><article><p>" + b"Restaurant staff left. " * 20 + \
    b"</p></article></body></html>"


class Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def reply(self, status, body=b"", headers=(), ctype="text/html"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if not any(k.lower() == "content-length" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        srv = self.server
        srv.hits.append(self.path)
        srv.seen_headers.append(dict(self.headers))
        route = srv.routes.get(self.path)
        if route is None:
            if self.path == "/robots.txt":
                return self.reply(404, b"", ctype="text/plain")
            return self.reply(200, PAGE)
        route(self)


def serve(host: str, routes: dict):
    httpd = ThreadingHTTPServer((host, 0), Hostile)
    httpd.daemon_threads = True
    httpd.hits, httpd.seen_headers, httpd.routes = [], [], routes
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture
def internal():
    """The service on 127.0.0.1 that must never be reached."""
    httpd = serve("127.0.0.1", {})
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def public():
    try:
        httpd = serve("127.0.0.2", {})
    except OSError:
        pytest.skip("cannot bind 127.0.0.2")
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def url_of(httpd, path="/"):
    return f"http://{httpd.server_address[0]}:{httpd.server_address[1]}{path}"


def public_fetcher(**kw):
    return Fetcher(allow_networks=["127.0.0.2/32"], min_interval=0, timeout=5.0, **kw)


def test_F1_metadata_address_blocked_before_any_connect():
    connects = []

    def hook(event, args):
        if event == "socket.connect":
            connects.append(args[1])

    sys.addaudithook(hook)  # stays for the process; it only records
    with Fetcher(min_interval=0) as f:
        with pytest.raises(BlockedAddress, match="metadata") as e:
            f.fetch("http://169.254.169.254/latest/meta-data/")
    assert e.value.reason == "blocked_address"
    assert not [a for a in connects if isinstance(a, tuple) and a and a[0] == "169.254.169.254"]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "[::1]",
                                  "[::ffff:127.0.0.1]", "0.0.0.0", "localhost.", "localhost",
                                  "[2002:7f00:1::]", "[64:ff9b::7f00:1]"])
def test_F2_loopback_in_every_spelling_is_blocked_and_the_listener_sees_nothing(internal, host):
    port = internal.server_address[1]
    with Fetcher(min_interval=0, timeout=3.0) as f:
        with pytest.raises((BlockedAddress,)):
            f.fetch(f"http://{host}:{port}/admin")
    assert internal.hits == []


def test_F2_negative_control_the_listener_does_count(internal):
    with Fetcher(min_interval=0, allow_networks=["127.0.0.1/32"], timeout=3.0) as f:
        f.fetch(url_of(internal, "/admin"))
    assert "/admin" in internal.hits


# Special-purpose ranges: ssrf_filter's lists and the matrix's, one sample address from each.
SPECIAL = ["10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "127.0.0.1", "0.0.0.0",
           "169.254.1.1", "192.0.0.1", "192.0.2.1", "198.18.0.1", "198.51.100.1", "203.0.113.1", "224.0.0.1",
           "240.0.0.1", "255.255.255.255", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "fe80::1%eth0",
           "fec0::1", "ff02::1", "2001:db8::1", "64:ff9b::7f00:1", "64:ff9b:1::a00:1", "2002:7f00:1::",
           "2002:a00:1::", "2002:c0a8:101::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "100::1",
           "2001::1", "2001:10::1", "2001:20::1"]


@pytest.mark.parametrize("address", SPECIAL)
def test_F3_special_purpose_addresses_refused(address):
    assert address_refusal(address), address


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::1",
                                     "::ffff:8.8.8.8"])
def test_F3_negative_control_public_addresses_pass(address):
    assert address_refusal(address) is None


def test_F4_redirect_from_a_public_host_to_loopback_is_blocked(public, internal):
    target = url_of(internal, "/admin")
    public.routes["/go"] = lambda h: h.reply(302, headers=[("Location", target)])
    with public_fetcher() as f:
        with pytest.raises(BlockedAddress):
            f.fetch(url_of(public, "/go"))
    assert internal.hits == [] and "/go" in public.hits


def test_F5_dns_rebinding_connects_only_to_the_vetted_address(public, internal):
    """The resolver answers 127.0.0.2 ("public"), then 127.0.0.1: the fetch goes to a vetted address only."""
    answers = iter(["127.0.0.2"] + ["127.0.0.1"] * 10)
    port = public.server_address[1]
    # the internal service listens on the same port number if it can; either way it must see nothing
    with Fetcher(allow_networks=["127.0.0.2/32"], min_interval=0, timeout=3.0,
                 resolver=lambda host, p: [next(answers)]) as f:
        try:
            f.fetch(f"http://rebind.test:{port}/page")
        except BlockedAddress:
            pass
    assert internal.hits == []


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.2/x", "data:text/html,<b>x</b>",
                                      "gopher://127.0.0.2:70/x", "javascript:alert(1)"])
def test_F6_redirect_to_another_scheme_is_refused(public, location):
    public.routes["/go"] = lambda h: h.reply(302, headers=[("Location", location)])
    with public_fetcher() as f:
        with pytest.raises(SchemeNotAllowed) as e:
            f.fetch(url_of(public, "/go"))
    assert e.value.reason == "scheme_not_allowed"


def test_F7_redirect_loop_stops_at_the_cap(public):
    for i in range(20):
        public.routes[f"/loop{i}"] = (lambda n: lambda h: h.reply(302, headers=[("Location", f"/loop{n + 1}")]))(i)
    with public_fetcher(max_redirects=5) as f:
        with pytest.raises(TooManyRedirects) as e:
            f.fetch(url_of(public, "/loop0"))
    assert e.value.reason == "too_many_redirects"
    assert len([p for p in public.hits if p.startswith("/loop")]) == 6


def _endless(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    try:
        while True:
            h.wfile.write(b"10000\r\n" + b"x" * 0x10000 + b"\r\n")
    except OSError:
        pass


def test_F8_endless_body_and_a_10_GB_content_length_are_cut_at_the_cap(public):
    public.routes["/endless"] = _endless
    public.routes["/huge"] = lambda h: h.reply(200, headers=[("Content-Length", str(10 * 2**30))])
    with public_fetcher(max_bytes=1_000_000) as f:
        with pytest.raises(TooLarge, match="cap"):
            f.fetch(url_of(public, "/endless"))
        with pytest.raises(TooLarge, match="Content-Length"):
            f.fetch(url_of(public, "/huge"))


def test_F9_gzip_bomb_over_http_is_cut_at_the_decoded_cap(public):
    bomb = gzip.compress(b"\0" * (64 * 2**20), compresslevel=9)  # 64 KiB → 64 MiB
    public.routes["/bomb"] = lambda h: h.reply(200, bomb, headers=[("Content-Encoding", "gzip")])
    with public_fetcher(max_bytes=1_000_000) as f:
        with pytest.raises(TooLarge, match="1,000,000-byte cap"):
            f.fetch(url_of(public, "/bomb"))


def _drip(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100")
    h.end_headers()
    import time

    try:
        for _ in range(100):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.5)
    except OSError:
        pass


def test_F10_slowloris_hits_the_total_deadline(public):
    public.routes["/drip"] = _drip
    with Fetcher(allow_networks=["127.0.0.2/32"], min_interval=0, timeout=1.0) as f:
        with pytest.raises(FetchTimeout) as e:
            f.fetch(url_of(public, "/drip"))
    assert e.value.reason == "timeout"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is missing")
def test_F11_self_signed_certificate_is_tls_error_with_no_insecure_retry(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.2"], check=True, capture_output=True)
    try:
        httpd = serve("127.0.0.2", {})
    except OSError:
        pytest.skip("cannot bind 127.0.0.2")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    try:
        with public_fetcher() as f:
            with pytest.raises(TLSError) as e:
                f.fetch(f"https://127.0.0.2:{httpd.server_address[1]}/page")
        assert e.value.reason == "tls_error"
        assert httpd.hits == []  # no request got through on a retry without verification
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_F12_cookies_and_credentials_do_not_cross_origins(public):
    other = serve("127.0.0.2", {})
    try:
        target = url_of(other, "/echo")
        public.routes["/login"] = lambda h: h.reply(302, headers=[("Location", target),
                                                                 ("Set-Cookie", "session=secret; Path=/")])
        with public_fetcher(respect_robots=False) as f:
            f.fetch(url_of(public, "/login"))
        sent = other.seen_headers[-1]
        assert not {k.lower() for k in sent} & {"cookie", "authorization"}, sent
    finally:
        other.shutdown()
        other.server_close()


def test_F13_robots_disallow_5xx_and_404(public):
    public.routes["/robots.txt"] = lambda h: h.reply(200, b"User-agent: *\nDisallow: /news/\n", ctype="text/plain")
    with public_fetcher() as f:
        with pytest.raises(RobotsDisallowed):
            f.fetch(url_of(public, "/news/story"))
        f.fetch(url_of(public, "/other"))
    assert "/news/story" not in public.hits and "/other" in public.hits
    public.routes["/robots.txt"] = lambda h: h.reply(500, b"")
    with public_fetcher() as f:
        with pytest.raises(RobotsDisallowed, match="server error"):
            f.fetch(url_of(public, "/any"))
    assert "/any" not in public.hits
    public.routes.pop("/robots.txt")  # 404 → allowed
    with public_fetcher() as f:
        f.fetch(url_of(public, "/allowed"))
    assert "/allowed" in public.hits


def test_F14_one_host_requests_spaced_and_retry_after_honoured():
    """Fake clock: the gaps between requests to one host are at least min_interval, and a 429 with
    Retry-After: 30 keeps the next request to that host 30 s away."""
    now = [0.0]
    sent_at: list[float] = []

    def sleep(s):
        now[0] += s

    state = {"n": 0}

    def handle(request):
        sent_at.append(now[0])
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        state["n"] += 1
        if state["n"] == 3:
            return httpx.Response(429, headers={"Retry-After": "30"})
        return httpx.Response(200, content=PAGE, headers={"Content-Type": "text/html"})

    f = Fetcher(transport=httpx.MockTransport(handle), min_interval=2.0, clock=lambda: now[0], sleep=sleep,
                resolver=lambda h, p: ["93.184.216.34"])
    for i in range(5):
        try:
            f.fetch(f"http://news.example/{i}")
        except Exception:
            pass
    pages = sent_at[1:]  # after robots.txt
    gaps = [b - a for a, b in zip(pages, pages[1:])]
    assert all(g >= 2.0 for g in gaps), gaps
    assert gaps[2] >= 30.0, gaps  # the request after the 429 waited for Retry-After


def test_F_rows_through_the_cli(run_cli, internal):
    """As a user would: a loopback URL is refused by default and fetched with --allow-network."""
    url = url_of(internal, "/story.html")
    refused = run_cli("--quiet", "ingest", url)
    assert refused.returncode == 3 and b"blocked_address" in refused.stderr + refused.stdout
    assert internal.hits == []
    allowed = run_cli("--quiet", "ingest", "--allow-network", "127.0.0.1/32", url)
    assert allowed.returncode == 0, allowed.stderr.decode()
    assert "/story.html" in internal.hits
