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
    for path, heading in [("/", "Restaurants and events"), ("/timeline", "Timeline"), ("/events", "Events"),
                          ("/restaurants", "Restaurant registry"), ("/claims", "Contested figures"),
                          ("/articles", "Articles"), ("/ingest", "Add an article"),
                          ("/articles/t-harbour-1", "Nine waitresses")]:
        resp = page.goto(server + path)
        assert resp.status == 200, path
        assert heading in page.content(), path
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info", timeout=15000)
    assert "nkwatch" in page.inner_text(".swagger-ui .info")


def wait_for_map(pg, selector: str = ".livemap") -> None:
    pg.wait_for_selector(f"{selector}[data-ready='1']", timeout=15000)


def test_map_draws_the_outline_restaurants_and_events(page, server):
    page.goto(server + "/")
    wait_for_map(page)
    assert page.locator("#map .leaflet-overlay-pane path").count() > 150, "the Natural Earth outline is drawn"
    assert page.locator("#map .leaflet-marker-icon.pin-restaurant, #map .cluster-restaurant").count() >= 1
    assert page.locator("#map .leaflet-marker-icon.pin-event, #map .cluster-event").count() >= 1
    assert page.locator("#timeline a.bar").count() >= 3
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


def test_a_bad_filter_is_a_message_on_the_page(page, server):
    resp = page.goto(server + "/timeline?year=last")
    assert resp.status == 422
    assert "year: Input should be a valid integer" in page.inner_text("#error-problems")
    page.click("#error a:has-text('start again without filters')")
    page.wait_for_url(server + "/timeline")
    assert page.locator("#timeline a.bar").count() >= 1
    assert page.goto(server + "/events/ev-nowhere").status == 404
    assert "Not found" in page.inner_text("#error h1")


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


# --- the map and the timeline over the samples a new user sees with `make demo` ---------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    exe = Path(sys.executable).with_name("nkwatch")
    r = subprocess.run([str(exe), "--db", str(db), "-q", "ingest", str(SAMPLES)], capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    with running_server(str(db)) as base:
        yield base


@pytest.fixture
def demo_page(browser, demo_server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    outside = []
    ctx.route("**/*", lambda route: (route.continue_() if route.request.url.startswith(demo_server)
                                     else (outside.append(route.request.url), route.abort())))
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()
    assert not outside, f"pages reached outside the server: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def until(check, what: str, timeout: float = 10.0):
    """Poll ``check`` (the page's CSP forbids the eval behind wait_for_function with an expression)."""
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def _event_id(base: str, **filters) -> list[dict]:
    items = httpx.get(base + "/api/events", params={**filters, "limit": 500}).json()["items"]
    return items


def test_map_zooms_and_pans(demo_page, demo_server):
    pg = demo_page
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    canvas = pg.locator("#map .map-canvas")
    zoom = int(canvas.get_attribute("data-zoom"))
    pg.click("#map .leaflet-control-zoom-in")
    until(lambda: int(canvas.get_attribute("data-zoom")) == zoom + 1, "the + button to zoom in")
    center = canvas.get_attribute("data-center")
    box = canvas.bounding_box()
    pg.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] / 2 - 200, box["y"] + box["height"] / 2 + 80, steps=8)
    pg.mouse.up()
    until(lambda: canvas.get_attribute("data-center") != center, "a drag to pan the map")
    # the wheel zooms too
    zoom = int(canvas.get_attribute("data-zoom"))
    pg.mouse.wheel(0, 400)
    until(lambda: int(canvas.get_attribute("data-zoom")) < zoom, "the wheel to zoom out")


def test_events_at_one_place_cluster_and_a_pin_opens_its_dossier(demo_page, demo_server):
    pg = demo_page
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    # Dubai and Vladivostok each hold two events of the samples (a closure and a return): a cluster marked 2 each
    # before any zoom (Yangon's defection, told by two sources as 7 and as 8 people, is one event, one pin)
    clusters = pg.locator("#map .cluster-event", has_text="2")
    assert clusters.count() >= 2
    shot(pg, "map-clusters")
    # (which nearby pins a cluster gathers depends on the map's size in pixels, which differs between browser builds:
    # what must hold is that Yangon's defection, told by two sources, is one event)
    yangon = [e for e in _event_id(demo_server, type="defection") if e["type"] == "defection" and "Yangon" in str(e)]
    assert len(yangon) == 1
    clusters.first.click()
    pins = pg.locator("#map .leaflet-marker-icon.pin-event")
    until(lambda: pins.count() >= 2, "the cluster to spread into its pins")
    titles = [pins.nth(i).get_attribute("title") or "" for i in range(pins.count())]
    city = next(c for c in ("Dubai", "Vladivostok") if sum(c in t for t in titles) == 2)
    pin = next(i for i, t in enumerate(titles) if city in t and t.startswith("Closure"))
    title = titles[pin]
    pins.nth(pin).click()
    link = pg.locator("#map .leaflet-popup .popup-link")
    link.wait_for()
    assert link.inner_text().startswith("Open the dossier")
    link.click()
    pg.wait_for_url("**/events/ev-*")
    assert pg.inner_text("h1").endswith(title.split(" — ")[0].split(" (")[0][-20:])


def test_a_country_level_event_shades_its_country_and_gets_no_pin(demo_page, demo_server):
    pg = demo_page
    country_level = [e for e in _event_id(demo_server) if e["place_precision"] == "country"]
    assert {e["place"]["country"] for e in country_level} >= {"CN", "KW"}
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    assert pg.locator("#map path.country-shade").count() == len({e["place"]["country"] for e in country_level})
    titles = pg.eval_on_selector_all("#map .leaflet-marker-icon", "els => els.map(e => e.title)")
    for e in country_level:
        assert e["label"] not in titles
    cn = next(e for e in country_level if e["place"]["country"] == "CN")
    pg.goto(demo_server + f"/events/{cn['id']}")
    wait_for_map(pg)
    assert pg.locator(".livemap .leaflet-marker-icon").count() == 0, "a country-level event is never pinned"
    assert pg.locator(".livemap .leaflet-interactive.country-shade").count() == 1
    shot(pg, "dossier-country-level")
    # and an event with no place is on no map at all
    unplaced = next(e for e in _event_id(demo_server, type="sanction") if not e["place_precision"])
    pg.goto(demo_server + f"/events/{unplaced['id']}")
    assert pg.locator(".livemap").count() == 0 and pg.locator("#no-place").count() == 1


def test_a_route_is_drawn_from_the_workplace_through_transit_to_the_destination(demo_page, demo_server):
    pg = demo_page
    escape = next(e for e in _event_id(demo_server, type="defection") if e["label"].startswith("Defection of 7"))
    pg.goto(demo_server + f"/events/{escape['id']}")
    wait_for_map(pg)
    route = pg.locator(".livemap path.route-line")
    assert route.count() == 1
    # a line with a real length, not a dot: workplace, two transit countries, destination
    d = route.get_attribute("d")
    assert d.count("L") >= 3
    # click on the line itself, part of the way along (a bounding box's middle can miss a bent line); a point that lies
    # under a marker opens the marker's popup instead, so a few points along the line are tried
    popup = pg.locator(".livemap .leaflet-popup")
    texts = []
    for share in (3, 2, 1.5, 4):
        at = pg.evaluate("""(share) => { const p = document.querySelector('.livemap path.route-line');
            const pt = p.getPointAtLength(p.getTotalLength() / share), m = p.getScreenCTM();
            return {x: pt.x * m.a + pt.y * m.c + m.e, y: pt.x * m.b + pt.y * m.d + m.f}; }""", share)
        pg.mouse.click(at["x"], at["y"])
        popup.wait_for()
        texts.append(popup.inner_text())
        if "→" in texts[-1]:
            break
    # (the source's "a route used by thousands who escape through China" is others' route, not theirs)
    assert "Yangon, Myanmar → Laos → Thailand → South Korea" in texts[-1], texts
    shot(pg, "dossier-route")
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    assert pg.locator("#map path.route-line").count() >= 5


def test_the_timeline_opens_on_the_whole_story_and_keeps_year_only_events(demo_page, demo_server):
    pg = demo_page
    pg.goto(demo_server + "/timeline")
    bars = pg.locator("#timeline a.bar")
    periods = [bars.nth(i).get_attribute("data-period") for i in range(bars.count())]
    # (the samples' events run from March 2015 -- two colleagues of sample-008's waitress put on a flight home -- to 2019)
    assert periods == [str(y) for y in range(2015, 2020)], "every year of the data, empty ones too"
    # all in sight at first: the latest year's bar inside the viewport, no sideways scrolling
    last = pg.locator("#timeline a.bar[data-period='2019'] rect.seg-return").bounding_box()
    assert last and last["x"] + last["width"] <= 1280 and last["y"] + last["height"] <= 900
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # China's closure order is dated only to 2017: drawn as such, not dropped
    y2017 = pg.locator("#timeline a.bar[data-period='2017']")
    assert y2017.get_attribute("data-year-only") == "1"
    assert y2017.locator("rect.year-only").count() == 1 and y2017.locator("rect.hatched").count() == 1
    shot(pg, "timeline")
    # zoom into 2017: what is known only to the year (China's closure order) stands apart;
    # September lists its events
    pg.click("#timeline a.zoom[data-year='2017']")
    pg.wait_for_url("**/timeline?year=2017")
    assert pg.locator("#timeline a.bar.unknown-month").get_attribute("data-total") == "1"
    shot(pg, "timeline-2017")
    sep = pg.locator("#timeline a.bar[data-period='2017-09']")
    n = int(sep.get_attribute("data-total"))
    sep.click()
    pg.wait_for_url("**/events?date_from=2017-09&date_to=2017-09")
    # the list holds September's events and, since it may have happened then, the one dated only to 2017
    assert pg.locator("tr.event-row").count() == n + 1
    assert pg.locator("tr.event-row td.date", has_text="2017").count() == n + 1


def test_the_events_page_offers_feeds_that_a_feed_parser_reads(demo_page, demo_server):
    import feedparser

    pg = demo_page
    pg.goto(demo_server + "/events?country=MM")
    atom = pg.locator("#feeds a:has-text('Atom')").get_attribute("href")
    assert atom == "/feeds/events.atom?country=MM"
    feed = feedparser.parse(httpx.get(demo_server + atom).content)
    assert not feed.bozo and feed.version == "atom10"
    assert len(feed.entries) == pg.locator("tr.event-row").count() == 1     # the Yangon defection, told twice
    jf = httpx.get(demo_server + pg.locator("#feeds a:has-text('JSON Feed')").get_attribute("href")).json()
    assert jf["version"] == "https://jsonfeed.org/version/1.1" and len(jf["items"]) == 1
    pg.goto(feed.entries[0].link)
    assert pg.locator("#slots").count() == 1, "an entry leads to its dossier"


def test_the_map_filters_by_type_and_years(demo_page, demo_server):
    pg = demo_page
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    pg.select_option("#map-filters select[name=type]", "closure")
    pg.select_option("#map-filters select[name=date_from]", "2017")
    pg.select_option("#map-filters select[name=date_to]", "2017")
    pg.click("#map-filters button[type=submit]")
    pg.wait_for_url("**/?type=closure&date_from=2017&date_to=2017")
    wait_for_map(pg)
    pins = pg.eval_on_selector_all("#map .leaflet-marker-icon.pin-event", "els => els.map(e => e.title)")
    # ("several in South-east Asia have shut this year" is a tally, no closure of the Yangon restaurant)
    assert sorted(pins) == ["Closure of Okryu-gwan in Dubai"]
    assert pg.locator("#map .cluster-event").count() == 0 and pg.locator("#map path.route-line").count() == 0


PROVINCE_TEXT = "Twelve workers from a North Korean restaurant in Liaoning province fled in May 2018, activists said."


def build_province_kb(path: Path) -> str:
    """One event the source places only in a province (no city), stored through the store's own functions."""
    from kb_fixture import KnowledgeBase, Writer, content_hash, insert_article, prepare_record

    with Writer(path) as w:
        with w.transaction() as conn:
            a = prepare_record({"doc_id": "t-prov-1", "text": PROVINCE_TEXT, "title": "Liaoning workers flee",
                                "outlet": "Border Wire", "published": "2018-06-01"})
            insert_article(conn, a, canonical_url=None, content_hash=content_hash(a.text), text_group=a.doc_id,
                           raw=PROVINCE_TEXT, first_seen="2026-01-01T00:00:00Z", run_id=None)
            start, end = PROVINCE_TEXT.index("Twelve"), PROVINCE_TEXT.index("May 2018") + len("May 2018")
            KnowledgeBase(conn).store("t-prov-1", {"doc_id": "t-prov-1", "relevant": True, "claims": [],
                                                   "restaurants": [], "events": [
                {"type": "defection", "count": 12, "approx": False, "transit": [], "destination": None,
                 "workplace": {"kind": "restaurant", "name": None, "city": None, "region": "Liaoning",
                               "country": "CN"},
                 "date": "2018-05", "status": "reported", "lat": 41.3, "lon": 122.6, "place_precision": "province",
                 "evidence": [{"start": start, "end": end}]}]}, "test-1")
    return str(path)


def test_a_province_level_event_is_its_country_shaded_not_a_ring_at_a_guess(browser, tmp_path):
    """The gazetteer knows no province's coordinates (an extracted province-level event carries its country's
    middle: Chiang Rai's were Bangkok's), so a province is never a ring or a pin: its country is shaded, and the
    country's popup names the province and links the event."""
    with running_server(build_province_kb(tmp_path / "province.db")) as base:
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = ctx.new_page()
        try:
            pg.goto(base + "/")
            wait_for_map(pg)
            assert pg.locator("#map .leaflet-marker-icon").count() == 0, "no pin for a place known to the province"
            assert pg.locator("#map path.province-ring").count() == 0, "no ring at coordinates that are not its own"
            shade = pg.locator("#map path.country-shade")
            assert shade.count() == 1
            shot(pg, "map-province")
            pg.goto(base + "/events")
            pg.locator("tr.event-row a").first.click()
            pg.wait_for_url("**/events/ev-*")
            assert "known to the region" in pg.inner_text("dl.meta")
        finally:
            ctx.close()


# --- what the map's legend, layer switch and popups tell (a user review: fixes of the map) -------------------

def test_the_layer_switch_and_legend_name_every_layer_and_type_the_map_holds(page, server):
    """A province ring is a layer of its own in the switch (the switch once looked for "region" where the map said
    "province"), and the legend keys the type colours of the pins and routes drawn, and the dashed return."""
    fc = {"type": "FeatureCollection", "countries": {}, "restaurant_countries": {}, "unplaced": 0, "events": 3,
          "capped": False, "routes_not_drawn": 0, "features": [
              {"type": "Feature", "id": "ev-a", "geometry": {"type": "Point", "coordinates": [96.15, 16.8]},
               "properties": {"layer": "event", "type": "closure", "label": "A", "place": "Yangon",
                              "place_precision": "city", "href": "/events/ev-a"}},
              {"type": "Feature", "id": "ev-b", "geometry": {"type": "Point", "coordinates": [123.4, 41.8]},
               "properties": {"layer": "event", "type": "defection", "label": "B", "place": "Liaoning",
                              "place_precision": "region", "href": "/events/ev-b"}},
              {"type": "Feature", "id": "route-ev-c", "geometry": {"type": "LineString",
                                                                  "coordinates": [[37.6, 55.75], [127.0, 40.0]]},
               "properties": {"layer": "route", "type": "return", "label": "C", "href": "/events/ev-c",
                              "stops": [{"name": "Moscow", "at": "place"},
                                        {"name": "North Korea", "at": "destination"}]}}]}
    page.route("**/api/map.geojson*", lambda route: route.fulfill(json=fc))
    page.goto(server + "/")
    wait_for_map(page)
    switch = page.locator("#map .leaflet-control-layers-overlays").inner_text()
    assert "Events (province: dashed ring)" in switch and "Events (city)" in switch and "Routes" in switch
    legend = page.locator("#map .legend")
    visible = {t for t in ["defection", "return", "closure", "opening", "sanction"]
               if legend.locator(f"[data-type='{t}']").is_visible()}
    assert visible == {"defection", "return", "closure"}
    assert legend.locator("[data-layer='return-route']").is_visible()
    assert legend.locator("[data-layer='province']").is_visible()
    shot(page, "map-legend")


def test_the_legend_explains_the_colours_and_clusters_have_none_of_a_type(demo_page, demo_server):
    pg = demo_page
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    fc = httpx.get(demo_server + "/api/map.geojson").json()
    drawn = {f["properties"]["type"] for f in fc["features"] if f["properties"]["layer"] in ("event", "route")}
    legend = pg.locator("#map .legend")
    keyed = {t for t in ["defection", "return", "closure", "opening", "sanction"]
             if legend.locator(f"[data-type='{t}']").is_visible()}
    assert keyed == drawn and "closure" in keyed
    assert legend.locator("[data-layer='return-route']").is_visible() == any(
        f["properties"]["layer"] == "route" and f["properties"]["type"] == "return" for f in fc["features"])
    red = "rgb(192, 57, 43)"  # the defection colour: a cluster of mixed events must not look like defections
    cluster = pg.locator("#map .cluster-event").first
    assert cluster.evaluate("e => getComputedStyle(e).backgroundColor") != red


def _open_country_popup(pg, iso2: str) -> None:
    opened = pg.evaluate("""iso2 => { let hit = false;
        window.nkwatchMap.eachLayer(l => { if (!hit && l.feature && l.feature.properties.iso2 === iso2
                                               && l.getPopup && l.getPopup()) { l.openPopup(); hit = true; } });
        return hit; }""", iso2)
    assert opened, f"no shaded {iso2}"
    pg.locator(".livemap .leaflet-popup").wait_for()


def test_a_shaded_countrys_popup_lists_only_the_events_it_counted(demo_page, demo_server):
    pg = demo_page
    events = _event_id(demo_server)
    counted = {e["id"] for e in events if e["place_precision"] in ("country", "region")
               and e["place"].get("country") == "CN"}
    pinned = {e["id"] for e in events if e["place_precision"] == "city" and e["place"].get("country") == "CN"}
    assert counted and pinned
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    _open_country_popup(pg, "CN")
    links = pg.eval_on_selector_all(".livemap .leaflet-popup a.popup-event", "els => els.map(e => e.getAttribute('href'))")
    assert {h.rsplit("/", 1)[1] for h in links} == counted
    every = pg.locator(".livemap .leaflet-popup a.popup-all")
    assert "those placed to a city too" in every.inner_text()
    shot(pg, "map-country-popup")


def test_a_route_from_a_place_known_only_to_the_country_is_not_drawn(demo_page, demo_server):
    pg = demo_page
    way = [e for e in _event_id(demo_server) if e["place_precision"] == "country"
           and (e.get("transit") or e.get("destination"))]
    assert way, "the samples hold a country-level event with a route"
    pg.goto(demo_server + f"/events/{way[0]['id']}")
    wait_for_map(pg)
    assert pg.locator(".livemap path.route-line").count() == 0, "no line from the middle of a country"
    assert pg.locator(".livemap .route-stop, .livemap .route-end").count() == 0
    assert "not drawn" in pg.inner_text(".livemap .map-note")
    assert pg.locator("#route").count() == 1, "the route is given as text"
    pg.goto(demo_server + "/")
    wait_for_map(pg)
    assert "not drawn" in pg.inner_text("#map .map-note")


def _render_in_browser(browser, template: str, width: int, **context):
    """One template as the server renders it, with the site's stylesheet, in a page ``width`` pixels wide."""
    from nkwatch.serve.rendering import TEMPLATE_DIR, make_templates

    css = (TEMPLATE_DIR.parent / "static" / "style.css").read_text("utf-8")
    body = make_templates().env.get_template(template).render(**context)
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    pg = ctx.new_page()
    pg.set_content(f"<!doctype html><html><head><style>{css}</style></head><body><main>{body}</main></body></html>")
    return ctx, pg


def test_the_timeline_axis_labels_neither_run_together_nor_leave_the_chart(browser):
    from nkwatch.serve.timeline import build_timeline

    for first, last in ((2000, 2024), (2011, 2019)):
        data = {"months": [{"month": f"{y}-06", "type": "closure", "n": 1} for y in range(first, last + 1)],
                "years": []}
        ctx, pg = _render_in_browser(browser, "timeline_chart.html", 1280, timeline=build_timeline(data))
        try:
            boxes = pg.evaluate("""() => { const svg = document.querySelector('#timeline svg').getBoundingClientRect();
                const rows = {};
                document.querySelectorAll('#timeline text.label, #timeline text.sublabel').forEach(t => {
                    const r = t.getBoundingClientRect();
                    (rows[t.getAttribute('class')] = rows[t.getAttribute('class')] || []).push([r.left, r.right]); });
                return {left: svg.left, right: svg.right, rows: rows}; }""")
            for cls, row in boxes["rows"].items():
                row.sort()
                assert row[0][0] >= boxes["left"] and row[-1][1] <= boxes["right"], f"{cls} cut at the chart's edge"
                gaps = [b[0] - a[1] for a, b in zip(row, row[1:])]
                assert min(gaps) >= 2, f"{cls} labels run together ({first}–{last}: gap {min(gaps):.1f}px)"
        finally:
            ctx.close()


def test_a_contested_chip_is_one_box_inside_its_column(browser):
    event = {"id": "ev-1", "type": "defection", "label": "Defection of 13 workers from the Ryugyong restaurant",
             "date": "2016-04", "place_label": "Ningbo, Zhejiang, China", "status": "disputed", "sources": 19,
             "contested": ["count", "female", "workplace.name", "date", "workplace.city", "workplace.region",
                           "transit"]}
    ctx, pg = _render_in_browser(browser, "event_rows.html", 900, events=[event], filters={})
    try:
        got = pg.evaluate("""() => { const c = document.querySelector('span.contest'), td = c.closest('td');
            const r = td.getBoundingClientRect(), pad = parseFloat(getComputedStyle(td).paddingRight);
            const parts = [...c.getClientRects()];
            return {parts: parts.length, right: Math.max(...parts.map(p => p.right)), edge: r.right - pad}; }""")
        assert got["parts"] == 1, "a chip broken over lines into open-ended pieces"
        assert got["right"] <= got["edge"] + 0.5
    finally:
        ctx.close()


def test_on_a_phone_no_page_scrolls_sideways(browser, server):
    """A wide table (events, figures, the registry) scrolls inside itself; the page stays the phone's width."""
    ctx = browser.new_context(viewport={"width": 390, "height": 800})
    pg = ctx.new_page()
    try:
        for path in ("/", "/events", "/claims?all=true", "/restaurants", "/review", "/articles"):
            pg.goto(server + path)
            wide = pg.evaluate("document.documentElement.scrollWidth")
            assert wide <= 392, f"{path} is {wide}px wide on a 390px screen"
    finally:
        ctx.close()


def test_on_a_phone_each_event_shows_its_status_and_sources_and_the_map_its_zoom(browser, server):
    """The events table scrolled sideways inside itself, so a phone showed no status and no sources; the map's
    layer list, open, covered its zoom buttons."""
    ctx = browser.new_context(viewport={"width": 390, "height": 800})
    pg = ctx.new_page()
    try:
        pg.goto(server + "/events")
        row = pg.query_selector("tr.event-row")
        for cell in ("td.status-cell .status", "td.num"):
            box = row.query_selector(cell).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, (cell, box)
        assert "independent source" in row.inner_text()
        sel = pg.query_selector("select[name=restaurant]").bounding_box()
        assert sel["x"] + sel["width"] <= 390
        pg.goto(server + "/")
        wait_for_map(pg)
        assert pg.is_visible(".leaflet-control-zoom-in")
        assert pg.query_selector(".leaflet-control-layers-expanded") is None
        shot(pg, "phone-events-map")
    finally:
        ctx.close()
