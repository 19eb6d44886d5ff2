"""The web UI in a real browser: `nkwatch serve` under uvicorn on a loopback port, Debian's Chromium driven by
Playwright. Skipped when Chromium is not installed (`make test` installs it)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kb_fixture import HOSTILE_TITLE, build_kb

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
TOKEN = "ui-test-token"

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not os.path.exists(CHROMIUM) and not shutil.which("chromium"),
                                                      reason="chromium is not installed (apt-get install chromium)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(db: str, **env_extra):
    """`nkwatch serve` for real, on a free loopback port, until the block ends."""
    port = _free_port()
    exe = Path(sys.executable).with_name("nkwatch")
    env = dict(os.environ, NKWATCH_TOKEN=TOKEN, **env_extra)
    env.pop("NKWATCH_CONFIG", None)
    proc = subprocess.Popen([str(exe), "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            pytest.fail(f"nkwatch serve did not start: {out[-2000:]}")
        time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(build_kb(tmp_path_factory.mktemp("ui") / "ui.db")) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    # The UI must work with no internet: any request leaving the server is a failure.
    outside = []
    ctx.route("**/*", lambda route: (route.continue_() if route.request.url.startswith(server)
                                     else (outside.append(route.request.url), route.abort())))
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # a page that breaks its own Content-Security-Policy shows up as a console error
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" and "Content Security" in m.text else None)
    yield pg
    ctx.close()
    assert not outside, f"pages reached outside the server: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_every_page_loads(page, server):
    for path, heading in [("/", "Restaurants and events"), ("/timeline", "Events by month"), ("/events", "Events"),
                          ("/restaurants", "Restaurant registry"), ("/claims", "Contested figures"),
                          ("/articles", "Articles"), ("/ingest", "Add an article"),
                          ("/articles/t-harbour-1", "Nine waitresses")]:
        resp = page.goto(server + path)
        assert resp.status == 200, path
        assert heading in page.content(), path
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info", timeout=15000)
    assert "nkwatch" in page.inner_text(".swagger-ui .info")


def test_map_shows_restaurants_and_events_with_their_precision(page, server):
    page.goto(server + "/")
    page.wait_for_load_state("networkidle")
    events = page.locator("#map a.marker-event")
    restaurants = page.locator("#map a.marker-restaurant")
    assert events.count() >= 2 and restaurants.count() >= 2
    precisions = set(page.eval_on_selector_all("#map a.marker", "els => els.map(e => e.dataset.precision)"))
    assert "city" in precisions
    # the base map image really loaded (an SVG of country outlines)
    loaded = page.evaluate("""() => new Promise(ok => { const i = new Image(); i.onload = () => ok(i.width);
                                                        i.onerror = () => ok(0); i.src = '/map/world.svg'; })""")
    assert loaded > 0
    assert page.locator("#timeline a.bar[data-total='1']").count() >= 2
    shot(page, "home")


def test_filter_the_event_list_then_open_a_dossier_with_highlighted_evidence(page, server):
    page.goto(server + "/events")
    assert page.locator("tr.event-row").count() == 3
    page.select_option("#event-filters select[name=type]", "defection")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*type=defection*")
    rows = page.locator("tr.event-row")
    assert rows.count() == 1
    assert rows.first.get_attribute("data-type") == "defection"
    rows.first.locator("a").click()
    page.wait_for_url("**/events/ev-*")
    marks = page.locator(".evidence mark")
    assert marks.count() == 2, "one highlighted span per source article"
    assert "Golden Crane restaurant in Qingport" in marks.first.inner_text()
    assert "Harbour Times" in page.inner_text("#first-reported")
    history = page.inner_text("#status-history")
    assert history.index("reported") < history.index("confirmed")
    assert page.locator("#sources tbody tr").count() == 2
    shot(page, "dossier")


def test_hostile_title_is_shown_as_text_not_run(page, server):
    for path in ("/articles", "/articles/t-hostile-3", "/events?type=closure"):
        page.goto(server + path)
        assert page.evaluate("window.__xss") is None, path
    page.goto(server + "/articles/t-hostile-3")
    assert page.inner_text("h1.article-title") == HOSTILE_TITLE
    assert page.locator("main script").count() == 0
    assert page.locator("main img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    shot(page, "hostile")


def test_restaurant_and_claims_pages(page, server):
    page.goto(server + "/restaurants")
    assert page.locator("#restaurants tbody tr").count() == 2
    page.click("#restaurants a:has-text('Blue Pine')")
    page.wait_for_url("**/restaurants/rs-*")
    assert "closed" in page.inner_text("#lifecycle")
    shot(page, "restaurant")
    page.goto(server + "/claims")
    text = page.inner_text("main")
    assert "130" in text and "100" in text and "contested" in text
    shot(page, "claims")


def test_ingest_form_refuses_a_wrong_token_and_accepts_the_right_one(page, server):
    page.goto(server + "/ingest")
    page.fill("#token", "not-the-token")
    page.fill("textarea[name=text]", "A test article about a restaurant that opened in Westfield.")
    page.fill("input[name=title]", "Form test")
    page.click("#ingest-form button[type=submit]")
    page.wait_for_selector("#ingest-result.error")
    assert page.inner_text("#ingest-result").startswith("401")
    r = httpx.post(server + "/api/ingest", json={"text": "x"})
    assert r.status_code == 401
    page.fill("#token", TOKEN)
    page.click("#ingest-form button[type=submit]")
    page.wait_for_selector("#ingest-result.ok", timeout=60000)
    page.click("#ingest-result a")
    page.wait_for_url("**/articles/doc-*")
    assert page.inner_text("h1.article-title") == "Form test"


def test_articles_ingested_beside_the_running_server_show_up(tmp_path, run_cli):
    """`nkwatch ingest` in another process while the server runs: the background refresh picks it up."""
    db = build_kb(tmp_path / "live.db")
    record = {"doc_id": "t-live-5", "title": "Restaurant in Northvale closes", "outlet": "Live Wire",
              "published": "2022-03-03", "text": "The North Korean restaurant in Northvale, Russia, closed on "
                                                 "1 March 2022, its landlord said."}
    src = tmp_path / "live.jsonl"
    src.write_text(json.dumps(record) + "\n")
    with running_server(db) as base:
        assert httpx.get(base + "/api/articles/t-live-5").status_code == 404
        r = run_cli("ingest", str(src), db=Path(db))
        assert r.returncode == 0, r.stderr.decode()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            found = httpx.get(base + "/api/events?q=Northvale").json()["items"]
            if found:
                break
            time.sleep(0.5)
        assert httpx.get(base + "/healthz").json()["index_current"] is True
        assert found and found[0]["first_reported"]["doc_id"] == "t-live-5"
        assert httpx.get(base + "/api/articles/t-live-5").json()["title"] == record["title"]
