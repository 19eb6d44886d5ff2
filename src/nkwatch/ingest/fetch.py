"""Fetch one URL politely and safely: the only place nkwatch talks to the network.

- TLS is always verified; there is no switch to turn that off.
- One TOTAL deadline per fetch (robots.txt, redirects, body), not a per-read timeout: a server dripping a
  byte every half second cannot hold a 3 s fetch for longer than 3 s.
- The body is streamed under a size cap; a Content-Length over the cap is refused before reading.
- Redirects are followed by hand, each hop re-checked against the SSRF guard and robots.txt.
- SSRF guard: the host is resolved once, every address must be globally routable (no private, loopback,
  link-local, multicast, reserved or cloud-metadata address), and the connection goes to that checked
  address (the Host header and TLS SNI keep the name), so a second DNS answer cannot swap it.
  ``allow_networks`` opens chosen networks, for tests that start a real local server.
- robots.txt is honoured (cached per host; RFC 9309: 4xx means allow all, 5xx means disallow all).
- Requests to one host are spaced by ``min_interval`` seconds; the User-Agent names nkwatch and its home.

Everything network-specific sits behind ``transport`` (an httpx transport) and ``resolver``, so tests can
swap in ``httpx.MockTransport`` and a fake resolver.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from nkwatch import __version__
from nkwatch.model import (BlockedAddress, FetchError, FetchTimeout, HTTPStatusError, RobotsDisallowed,
                           SchemeNotAllowed, TLSError, TooLarge, TooManyRedirects)

PROJECT_URL = "https://github.com/nkwatch/nkwatch"
USER_AGENT = f"nkwatch/{__version__} (+{PROJECT_URL})"
ROBOTS_AGENT = "nkwatch"
MAX_ROBOTS_BYTES = 500_000
# Cloud metadata endpoints that are not caught by "not globally routable" on every platform.
METADATA_ADDRESSES = frozenset({"169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"})

Resolver = Callable[[str, int], list[str]]


@dataclass
class FetchResult:
    url: str                  # what was asked for
    final_url: str            # after redirects
    status: int
    headers: dict[str, str]
    content: bytes
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


# IPv6 prefixes that carry an IPv4 address inside them, with where it sits: the address is judged by the IPv4
# address it leads to. ipaddress unwraps 6to4 (.sixtofour), Teredo (.teredo) and IPv4-mapped (.ipv4_mapped);
# NAT64 (RFC 6052 well-known and RFC 8215 local-use prefixes) and IPv4-compatible ::a.b.c.d are unwrapped here.
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_V4_COMPATIBLE = ipaddress.ip_network("::/96")

# Every predicate ipaddress offers for special-purpose space (it follows the IANA special-purpose registries);
# an address any of them flags, or that is not is_global, is refused. No hand-kept list of ranges.
_PREDICATES = (("is_loopback", "a loopback address"), ("is_link_local", "a link-local address"),
               ("is_multicast", "a multicast address"), ("is_private", "a private address"),
               ("is_reserved", "a reserved address"), ("is_unspecified", "the unspecified address"),
               ("is_site_local", "a site-local address"))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[tuple[str, ipaddress.IPv4Address]]:
    out = []
    if ip.ipv4_mapped is not None:
        out.append(("IPv4-mapped", ip.ipv4_mapped))
    if ip.sixtofour is not None:
        out.append(("6to4", ip.sixtofour))
    if ip.teredo is not None:
        out += [("Teredo server", ip.teredo[0]), ("Teredo client", ip.teredo[1])]
    if any(ip in net for net in _NAT64):
        out.append(("NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
    if ip in _V4_COMPATIBLE and int(ip) > 1:
        out.append(("IPv4-compatible", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
    return out


def address_refusal(address: str) -> str | None:
    """Why an address must not be fetched from (SSRF), or None when it is a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        for kind, inner in _embedded_ipv4(ip):
            why = address_refusal(str(inner))
            if why:
                return f"an address of the {kind} range that leads to {inner}, {why}"
        if ip.ipv4_mapped is not None:
            return None  # judged as its IPv4 address above
    if str(ip) in METADATA_ADDRESSES:
        return "a cloud metadata address"
    for attr, what in _PREDICATES:
        if getattr(ip, attr, False):
            return what
    if not ip.is_global:
        return "not a globally routable address"
    return None


def _check_scheme(url: str, first: bool = True) -> None:
    scheme = urlsplit(url).scheme.lower() if ":" in url else ""
    if scheme not in ("http", "https"):
        what = "URL" if first else "redirect to a URL"
        raise SchemeNotAllowed(f"{what} with scheme {scheme or 'none'!r} refused: only http and https are fetched",
                               source=url[:200])


class _Deadline:
    """The fetch's one deadline; time spent waiting for the per-host rate limit is added to it."""

    def __init__(self, seconds: float, clock: Callable[[], float]):
        self.clock = clock
        self.at = clock() + seconds
        self.cancelled = threading.Event()

    def remaining(self) -> float:
        return self.at - self.clock()

    def check(self, url: str, seconds: float) -> float:
        left = self.remaining()
        if left <= 0 or self.cancelled.is_set():
            raise FetchTimeout(f"no complete answer within the {seconds:g} s deadline", source=url)
        return left


class Fetcher:
    """Fetches URLs under the rules in the module docstring. Thread-safe; one per ingestion run."""

    def __init__(self, *, transport: httpx.BaseTransport | None = None, timeout: float = 15.0,
                 max_bytes: int = 10_000_000, max_redirects: int = 5, allow_networks: Iterable[str] = (),
                 min_interval: float = 1.0, respect_robots: bool = True, user_agent: str = USER_AGENT,
                 resolver: Resolver | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.allow_networks = [ipaddress.ip_network(n, strict=False) for n in allow_networks]
        self.min_interval = min_interval
        self.respect_robots = respect_robots
        self.user_agent = user_agent
        self.resolver = resolver or system_resolver
        self.clock = clock
        self.sleep = sleep
        # No connection reuse: a pooled connection is keyed by IP and could carry another host's request.
        self._client = httpx.Client(transport=transport, verify=True, follow_redirects=False, trust_env=False,
                                    limits=httpx.Limits(max_keepalive_connections=0))
        self._robots: dict[str, RobotFileParser | bool] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- public -------------------------------------------------------------------------------------

    def fetch(self, url: str) -> FetchResult:
        """GET ``url``. Raises BlockedAddress, RobotsDisallowed, FetchTimeout, HTTPStatusError, TooLarge or
        FetchError, each naming the URL."""
        deadline = _Deadline(self.timeout, self.clock)
        box: dict = {}

        def work():
            try:
                box["result"] = self._fetch(url, deadline)
            except BaseException as e:  # noqa: BLE001  handed to the caller's thread
                box["error"] = e

        worker = threading.Thread(target=work, name="nkwatch-fetch", daemon=True)
        worker.start()
        # The worker checks the deadline between reads; this join enforces it even if a read blocks.
        while worker.is_alive():
            left = deadline.remaining()
            if left <= 0:
                deadline.cancelled.set()
                raise FetchTimeout(f"no complete answer within the {self.timeout:g} s deadline", source=url)
            worker.join(min(left, 0.05))
        if "error" in box:
            raise box["error"]
        return box["result"]

    # --- the steps ----------------------------------------------------------------------------------

    def _fetch(self, url: str, deadline: _Deadline) -> FetchResult:
        redirects: list[str] = []
        current = url
        while True:
            _check_scheme(current, first=not redirects)
            if self.respect_robots:
                self._check_robots(current, deadline)
            response, body = self._request(current, deadline, self.max_bytes)
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                if len(redirects) >= self.max_redirects:
                    raise TooManyRedirects(f"more than {self.max_redirects} redirects", source=url)
                current = urljoin(current, response.headers["location"].strip())
                redirects.append(current)
                continue
            if response.status_code in (429, 503) and response.headers.get("retry-after"):
                self._back_off(current, response.headers["retry-after"])
            if not 200 <= response.status_code < 300:
                err = HTTPStatusError(f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                                      source=current)
                err.status = response.status_code  # type: ignore[attr-defined]
                raise err
            return FetchResult(url=url, final_url=current, status=response.status_code,
                               headers={k.lower(): v for k, v in response.headers.items()}, content=body,
                               redirects=redirects)

    def _resolve(self, url: str) -> tuple[str, str, int, str]:
        """Scheme, host, port and the checked address to connect to."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        _check_scheme(url)
        host = parts.hostname
        if not host:
            raise FetchError("URL has no host", source=url)
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as e:
            raise FetchError(f"bad port: {e}", source=url) from e
        try:
            ipaddress.ip_address(host)
            addresses = [host]
        except ValueError:
            addresses = []
        name = host.rstrip(".").lower()
        if not addresses and (name == "localhost" or name.endswith(".localhost")):
            addresses = ["127.0.0.1"]  # RFC 6761: always loopback, whatever a resolver says
        if not addresses:
            try:
                addresses = self.resolver(host, port)
            except (socket.gaierror, UnicodeError, OSError) as e:
                raise FetchError(f"cannot resolve host {host!r}: {e}", source=url) from e
            if not addresses:
                raise FetchError(f"host {host!r} has no address", source=url)
        for address in addresses:
            allowed = any(ipaddress.ip_address(address.split("%", 1)[0]) in net for net in self.allow_networks)
            why = None if allowed else address_refusal(address)
            if why:
                what = f"{address} is" if address == host else f"{host} resolves to {address},"
                raise BlockedAddress(f"{what} {why}; refused", source=url)
        return scheme, host, port, addresses[0]

    def _back_off(self, url: str, retry_after: str) -> None:
        """429/503 with Retry-After: no request to this host before then (capped at an hour)."""
        try:
            seconds = float(retry_after)
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                seconds = parsedate_to_datetime(retry_after).timestamp() - time.time()
            except (TypeError, ValueError):
                return
        host = urlsplit(url).hostname or ""
        with self._lock:
            # _wait_turn adds min_interval to the last request time; set it so the next turn is after the wait
            self._last_request[host] = max(self._last_request.get(host, float("-inf")),
                                           self.clock() + min(max(seconds, 0.0), 3600.0) - self.min_interval)

    def _wait_turn(self, host: str, deadline: _Deadline) -> None:
        with self._lock:
            now = self.clock()
            ready = self._last_request.get(host, float("-inf")) + self.min_interval
            self._last_request[host] = max(now, ready)
        wait = ready - now
        if wait > 0:
            deadline.at += wait  # politeness is not the server's slowness
            self.sleep(wait)

    def _request(self, url: str, deadline: _Deadline, cap: int, *, polite: bool = True) -> tuple[httpx.Response, bytes]:
        scheme, host, port, address = self._resolve(url)
        if polite:
            self._wait_turn(host, deadline)
        left = deadline.check(url, self.timeout)
        parts = urlsplit(url)
        ip_host = f"[{address}]" if ":" in address else address
        default_port = 443 if scheme == "https" else 80
        target = f"{scheme}://{ip_host}{'' if port == default_port else f':{port}'}{parts.path or '/'}"
        if parts.query:
            target += f"?{parts.query}"
        host_header = host if port == default_port else f"{host}:{port}"
        headers = {"host": host_header, "user-agent": self.user_agent,
                   "accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                             "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
                   "accept-encoding": "gzip, deflate"}
        extensions = {"sni_hostname": host} if scheme == "https" else {}
        try:
            request = self._client.build_request("GET", target, headers=headers, extensions=extensions,
                                                 timeout=httpx.Timeout(left))
            response = self._client.send(request, stream=True)
        except httpx.TimeoutException as e:
            raise FetchTimeout(f"no answer within the {self.timeout:g} s deadline ({type(e).__name__})",
                               source=url) from e
        except httpx.ConnectError as e:
            text = str(e)
            if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
                raise TLSError(f"TLS certificate verification failed: {text}", source=url) from e
            raise FetchError(f"cannot connect to {host}:{port}: {text or type(e).__name__}", source=url) from e
        except httpx.HTTPError as e:
            raise FetchError(f"{type(e).__name__}: {e}", source=url) from e
        except httpx.InvalidURL as e:
            # our target was built from a checked http(s) URL, so this is httpx reading the answer's Location
            # (it parses it even when not following): data:, javascript: and the like
            raise SchemeNotAllowed(f"redirect to a URL that is not http(s) or cannot be parsed ({e}); refused",
                                   source=url) from e
        try:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > cap:
                raise TooLarge(f"Content-Length {int(declared):,} is over the {cap:,}-byte cap", source=url)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise TooLarge(f"body over the {cap:,}-byte cap", source=url)
                chunks.append(chunk)
                deadline.check(url, self.timeout)
            return response, b"".join(chunks)
        except httpx.TimeoutException as e:
            raise FetchTimeout(f"no complete answer within the {self.timeout:g} s deadline", source=url) from e
        except httpx.HTTPError as e:
            raise FetchError(f"reading the body failed: {type(e).__name__}: {e}", source=url) from e
        finally:
            response.close()
            # no state carried from one request to the next: a cookie set by one hop never reaches another
            self._client.cookies.clear()

    def _check_robots(self, url: str, deadline: _Deadline) -> None:
        parts = urlsplit(url)
        key = f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"
        rules = self._robots.get(key)
        if rules is None:
            rules = self._load_robots(key, deadline)
            self._robots[key] = rules
        if rules is True:
            return
        if rules is False:
            raise RobotsDisallowed(f"robots.txt of {key} could not be read (server error): disallowed",
                                   source=url)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise RobotsDisallowed(f"robots.txt of {key} disallows this path", source=url)

    def _load_robots(self, key: str, deadline: _Deadline) -> RobotFileParser | bool:
        url = f"{key}/robots.txt"
        for _ in range(self.max_redirects + 1):
            try:
                response, body = self._request(url, deadline, MAX_ROBOTS_BYTES, polite=False)
            except TooLarge:
                return True  # RFC 9309: parse at least 500 KiB; a bigger file counts as no rules
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            if 200 <= response.status_code < 300:
                parser = RobotFileParser()
                parser.parse(body.decode("utf-8", "replace").splitlines())
                return parser
            return response.status_code < 500
        return True


_DEFAULT: Fetcher | None = None
_DEFAULT_LOCK = threading.Lock()


def default_fetcher() -> Fetcher:
    """The process's shared Fetcher, so robots.txt caching and per-host spacing hold across all sources of a run."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Fetcher()
        return _DEFAULT
