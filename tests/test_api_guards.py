"""The server's edges: token before body, body cap, CORS, configuration, offline docs."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from fastapi.testclient import TestClient

from nkwatch.model import InputError
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config
from nkwatch.store.writer import Writer

TOKEN = "test-token-5f1c"


@pytest.fixture
def empty_db(tmp_path):
    path = tmp_path / "kb.db"
    Writer(path).close()  # migrated, no rows
    return str(path)


def _client(db, **env):
    return TestClient(create_app(load_config(db, env={"NKWATCH_TOKEN": TOKEN, **env})))


def _asgi_post(app, headers: list[tuple[bytes, bytes]], chunks: list[bytes]):
    """Drive the ASGI app directly and report whether it ever asked for the body."""
    asked = []
    sent = []
    pending = list(chunks)

    async def receive():
        asked.append(True)
        body = pending.pop(0) if pending else b""
        return {"type": "http.request", "body": body, "more_body": bool(pending)}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/api/ingest", "raw_path": b"/api/ingest", "query_string": b"",
             "root_path": "", "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], json.loads(body or b"{}"), bool(asked)


def test_write_without_token_is_refused_before_the_body_is_read(empty_db):
    app = create_app(load_config(empty_db, env={"NKWATCH_TOKEN": TOKEN}))
    body = json.dumps({"text": "an article"}).encode()
    status, detail, asked = _asgi_post(app, [(b"content-type", b"application/json"),
                                             (b"content-length", str(len(body)).encode())], [body])
    assert status == 401
    assert "token" in detail["detail"]
    assert not asked, "the body was read before the token was checked"

    status, _, asked = _asgi_post(app, [(b"authorization", b"Bearer wrong"),
                                        (b"content-length", str(len(body)).encode())], [body])
    assert status == 401 and not asked


def test_writes_are_off_when_no_token_is_configured(empty_db):
    c = TestClient(create_app(load_config(empty_db, env={})))
    r = c.post("/api/ingest", json={"text": "x"}, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403
    assert "no token configured" in r.json()["detail"]


def test_reads_need_no_token(empty_db):
    c = _client(empty_db)
    assert c.get("/api/events").status_code == 200
    assert c.get("/api/articles").json()["items"] == []


def test_token_in_a_query_string_does_not_count(empty_db):
    c = _client(empty_db)
    assert c.post(f"/api/merge?token={TOKEN}", json={"a": "x", "b": "y"}).status_code == 401


def test_declared_oversize_body_gets_413_without_reading_it(empty_db):
    app = create_app(load_config(empty_db, env={"NKWATCH_TOKEN": TOKEN, "NKWATCH_MAX_BODY": "1000"}))
    status, detail, asked = _asgi_post(app, [(b"authorization", f"Bearer {TOKEN}".encode()),
                                             (b"content-length", b"5000")], [b"x" * 5000])
    assert status == 413 and not asked
    assert "1000" in detail["detail"]


def test_streamed_oversize_body_gets_413(empty_db):
    app = create_app(load_config(empty_db, env={"NKWATCH_TOKEN": TOKEN, "NKWATCH_MAX_BODY": "1000"}))
    # no Content-Length (chunked): the cap is enforced while reading
    status, _, asked = _asgi_post(app, [(b"authorization", f"Bearer {TOKEN}".encode()),
                                        (b"content-type", b"application/json")], [b'{"text": "', b"y" * 800,
                                                                                  b"z" * 800, b'"}'])
    assert asked and status == 413


def test_cors_allows_only_configured_origins_and_never_a_wildcard(empty_db):
    c = _client(empty_db, NKWATCH_CORS_ORIGINS="https://research.example.org")
    ok = c.get("/api/events", headers={"Origin": "https://research.example.org"})
    assert ok.headers.get("access-control-allow-origin") == "https://research.example.org"
    assert ok.headers.get("access-control-allow-credentials") is None
    other = c.get("/api/events", headers={"Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in other.headers
    pre = c.options("/api/ingest", headers={"Origin": "https://research.example.org",
                                            "Access-Control-Request-Method": "POST",
                                            "Access-Control-Request-Headers": "authorization,content-type"})
    assert pre.status_code == 200
    assert pre.headers["access-control-allow-origin"] == "https://research.example.org"
    # no configured origin: no CORS headers at all
    plain = _client(empty_db).get("/api/events", headers={"Origin": "https://research.example.org"})
    assert "access-control-allow-origin" not in plain.headers


def test_wildcard_origin_is_a_configuration_error(empty_db):
    with pytest.raises(InputError, match=r"\*"):
        load_config(empty_db, env={"NKWATCH_CORS_ORIGINS": "*"})


def test_config_file_then_environment(tmp_path, empty_db):
    f = tmp_path / "nkwatch.toml"
    f.write_text('[serve]\ntoken = "from-file"\ncors_origins = ["https://a.example"]\nmax_body = 2048\n')
    cfg = load_config(empty_db, config_file=str(f), env={})
    assert (cfg.token, cfg.cors_origins, cfg.max_body) == ("from-file", ("https://a.example",), 2048)
    assert load_config(empty_db, config_file=str(f), env={"NKWATCH_TOKEN": "from-env"}).token == "from-env"
    bad = tmp_path / "bad.toml"
    bad.write_text("token = \n")
    with pytest.raises(InputError, match="bad.toml"):
        load_config(empty_db, config_file=str(bad), env={})


def test_docs_are_served_without_any_cdn(empty_db):
    c = _client(empty_db)
    for page in ("/docs", "/redoc"):
        html = c.get(page).text
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert assets, page
        for a in assets:
            assert a.startswith("/"), f"{page} loads {a} from outside the server"
            assert c.get(a).status_code == 200, a
        assert "cdn" not in html.lower() and "fonts.googleapis" not in html
    spec = c.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/restaurants", "/api/claims", "/api/articles/{doc_id}",
            "/api/ingest", "/api/merge", "/api/split"} <= set(spec["paths"])
    assert spec["paths"]["/api/ingest"]["post"]["security"], "the token is documented on write endpoints"


def test_missing_database_is_a_clear_503(tmp_path):
    c = TestClient(create_app(load_config(str(tmp_path / "absent.db"), env={})))
    r = c.get("/api/articles")
    assert r.status_code == 503
    assert "absent.db" in r.json()["detail"]
    page = c.get("/articles", headers={"Accept": "text/html"})
    assert page.status_code == 503 and "absent.db" in page.text and "<html" in page.text


def test_pages_forbid_inline_scripts_but_the_docs_still_work(empty_db):
    c = _client(empty_db)
    csp = c.get("/articles").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert c.get("/api/events").headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in c.get("/docs").headers


def test_serve_command_names_a_missing_database(tmp_path, run_cli):
    r = run_cli("serve", "--port", "1", db=tmp_path / "missing.db")
    assert r.returncode == 3
    assert b"missing.db" in r.stderr and b"nkwatch ingest" in r.stderr


def test_serve_command_refuses_a_wildcard_origin(empty_db, run_cli):
    from pathlib import Path

    r = run_cli("serve", "--cors-origin", "*", db=Path(empty_db))
    assert r.returncode == 3 and b"'*' is not allowed" in r.stderr
