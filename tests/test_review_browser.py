"""Reviews in a real browser (Chromium through Playwright, as test_ui_browser): an editor confirms an event,
corrects a count, rejects a false event and merges two events from the dossier's form; a reader is refused; each
action shows in the event's history with its author and reason; undo from the history restores the event."""

from __future__ import annotations

import json

import httpx
import pytest

from kb_fixture import build_kb
from nkwatch.store.accounts import add_user
from nkwatch.store.facts import KnowledgeBase
from nkwatch.store.writer import Writer
from test_ui_browser import CHROMIUM, pytestmark, running_server  # noqa: F401  (same skip rule, same server)

EXTRA = {"doc_id": "t-extra", "relevant": True, "claims": [], "restaurants": [], "events": [
    {"type": "defection", "count": 2, "workplace": {"kind": "restaurant", "city": "Vientiane", "country": "LA"},
     "date": "2018-05", "evidence": [{"start": 0, "end": 5}]}]}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_kb(tmp_path_factory.mktemp("review-ui") / "ui.db")
    with Writer(db) as w:
        with w.transaction() as conn:
            KnowledgeBase(conn).store("t-extra", EXTRA, "test-1")
    tokens = {"ana": add_user(db, "ana", "editor")["token"], "rea": add_user(db, "rea", "reader")["token"]}
    with running_server(db) as base:
        yield base, tokens


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture
def page(browser, site):
    ctx = browser.new_context()
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert errors == []


def _events(base) -> list[dict]:
    return httpx.get(base + "/api/events").json()["items"]


def _one(base, **want) -> dict:
    return next(e for e in _events(base) if all(e.get(k) == v for k, v in want.items()))


def _review(page, base, event_id, token, action, **fields):
    page.goto(f"{base}/events/{event_id}")
    page.fill("#review-token", token)
    page.select_option("#review-action", action)
    for name, value in fields.items():
        sel = f"#review-form [name={name}]"
        if page.eval_on_selector(sel, "el => el.tagName") == "SELECT":
            page.select_option(sel, value)
        else:
            page.fill(sel, value)
    page.click("#review-form button[type=submit]")


def test_a_reader_is_refused_in_the_browser(page, site):
    base, tokens = site
    e = _one(base, type="closure")
    _review(page, base, e["id"], tokens["rea"], "confirm")
    page.wait_for_selector("#review-result.error")
    assert page.inner_text("#review-result").startswith("403") and "reader" in page.inner_text("#review-result")


def test_an_editor_confirms_corrects_rejects_and_merges(page, site):
    base, tokens = site
    crane = _one(base, type="defection", date="2019-02")
    _review(page, base, crane["id"], tokens["ana"], "correct", slot="count", value="11", reason="the ministry's figure")
    page.wait_for_selector("#slots .reviewed")
    assert "reviewed by ana on" in page.inner_text("#slots") and "extracted: 9" in page.inner_text("#slots")
    _review(page, base, crane["id"], tokens["ana"], "confirm", reason="two outlets agree")
    page.wait_for_selector("#review-state:has-text('confirmed by ana')")
    history = page.inner_text("#history")
    assert "corrected count to 11" in history and "the ministry's figure" in history
    assert "confirmed" in history and "two outlets agree" in history and "ana" in history

    closure = _one(base, type="closure")
    _review(page, base, closure["id"], tokens["ana"], "reject", kind="not-an-event", reason="a renovation")
    page.wait_for_url("**/events")
    assert closure["id"] not in [e["id"] for e in _events(base)]
    assert closure["id"] not in page.content()

    other = _one(base, type="defection", date="2018-05")
    _review(page, base, crane["id"], tokens["ana"], "merge", other=other["id"], reason="the same women")
    page.wait_for_selector("#history:has-text('merged with another report')")
    assert len([e for e in _events(base) if e["type"] == "defection"]) == 1
    assert "merged with another report" in page.inner_text("#history")


def test_undo_from_the_history_and_a_stale_version(page, site):
    base, tokens = site
    sanction = _one(base, type="sanction")
    before = httpx.get(f"{base}/api/events/{sanction['id']}").json()
    _review(page, base, sanction["id"], tokens["ana"], "correct", slot="instrument", value="UNSCR 2397",
            reason="the resolution's number")
    page.wait_for_selector("button.undo-review")
    # someone else's change lands while this page is open: the form's version is stale now
    page.fill("#review-token", tokens["ana"])
    r = httpx.post(f"{base}/api/events/{sanction['id']}/reviews", headers={"Authorization": f"Bearer {tokens['ana']}"},
                   json={"action": "confirm"})
    assert r.status_code == 201
    page.select_option("#review-action", "correct")
    page.select_option("#review-slot", "instrument")
    page.fill("#review-value", "UNSCR 2375")
    page.fill("#review-reason", "r")
    page.click("#review-form button[type=submit]")
    page.wait_for_selector("#review-result.error")
    assert page.inner_text("#review-result").startswith("409")
    httpx.delete(f"{base}/api/reviews/{r.json()['review_id']}", headers={"Authorization": f"Bearer {tokens['ana']}"})
    page.reload()
    page.fill("#review-token", tokens["ana"])
    page.click("button.undo-review")
    page.wait_for_selector("#history tr.undone >> nth=1")
    after = httpx.get(f"{base}/api/events/{sanction['id']}").json()
    assert after["version"] == before["version"] and after["instrument"] == before["instrument"]
    assert json.dumps(after["slots"], sort_keys=True) == json.dumps(before["slots"], sort_keys=True)


def test_an_editor_corrects_a_claims_scope_on_the_claims_page_and_undoes_it(page, site):
    import re

    base, tokens = site
    before = httpx.get(f"{base}/api/claims").json()
    src = next(s for g in before["items"] for f in g["figures"] for s in f["sources"] if f["value"] == 100)
    row = f"#c-{src['mention_id']}"
    page.goto(f"{base}/claims")
    assert "contested" in page.inner_text("#claim-" + before["items"][0]["id"])
    page.click("details.editor-token summary")
    page.fill("#review-token", tokens["ana"])
    page.click(f"{row} td.claim-review summary")
    form = f"{row} form.claim-review-form"
    page.select_option(f"{form} [name=action]", "correct")
    page.select_option(f"{form} [name=slot]", "scope")
    page.fill(f"{form} [name=value]", "China")
    page.fill(f"{form} [name=reason]", "the officials spoke of China")
    page.click(f"{form} button[type=submit]")
    page.wait_for_url(re.compile(r"/claims\?all=true#c-"))
    group = page.locator("section.claim-group", has=page.locator(row))
    assert group.locator("h2").inner_text().startswith("Restaurant count · China · as of 2019")
    assert "contested" not in group.locator("h2").inner_text()
    shown = page.inner_text(row)
    assert "scope China (CN): reviewed by ana on" in shown and "extracted: world" in shown
    assert "the officials spoke of China" in shown
    world = page.locator("section.claim-group", has_text="Restaurant count · world · as of 2019")
    assert "contested" not in world.locator("h2").inner_text()       # the other figure is alone now

    page.click("details.editor-token summary")
    page.fill("#review-token", tokens["ana"])
    page.click(f"{row} td.claim-review summary")
    page.click(f"{row} button.undo-review")
    page.wait_for_selector(f"{row} tr.undone", state="attached")
    assert httpx.get(f"{base}/api/claims").json() == before
    back = page.locator("section.claim-group", has=page.locator(row))
    assert back.locator("h2").inner_text().startswith("Restaurant count · world · as of 2019")
