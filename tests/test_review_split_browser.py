"""Why two reports are one event, and taking one out, in a real browser (Chromium through Playwright, as
test_review_browser): the dossier's merge decisions name the two reports each weighed and whether they are linked
now; an editor ticks a report and splits it off from the review form; the decision then reads as a person's."""

from __future__ import annotations

import httpx
import pytest

from kb_fixture import build_kb
from nkwatch.store.accounts import add_user
from test_ui_browser import CHROMIUM, pytestmark, running_server  # noqa: F401  (same skip rule, same server)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_kb(tmp_path_factory.mktemp("split-ui") / "ui.db")
    token = add_user(db, "ana", "editor")["token"]
    with running_server(db) as base:
        yield base, token


@pytest.fixture
def page(site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        pg = b.new_page()
        errors = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        yield pg
        b.close()
        assert errors == []


def _defections(base) -> list[dict]:
    return [e for e in httpx.get(base + "/api/events?type=defection").json()["items"]]


def test_a_merge_decision_names_its_two_reports_and_an_editor_splits_one_off(page, site):
    base, token = site
    [crane] = _defections(base)
    assert crane["mentions"] == 2
    page.goto(f"{base}/events/{crane['id']}")
    row = page.inner_text("#judgements tbody tr")
    assert "Harbour Times" in row and "Lantern Daily" in row and "both in this event" in row
    assert "score" in row and "agrees" in row

    page.fill("#review-token", token)
    page.select_option("#review-action", "split")
    assert page.is_visible("fieldset.split-reports") and not page.is_visible("#review-value")
    page.check("fieldset.split-reports label:has-text('Lantern Daily') input")
    page.fill("#review-reason", "two different groups")
    page.click("#review-form button[type=submit]")
    page.wait_for_selector("#judgements:has-text('different events')")
    assert len(_defections(base)) == 2
    person = page.inner_text("#judgements tr.verdict-different")
    assert "ana" in person and "not linked" in person and "Lantern Daily" in person
    page.screenshot(path=str(__import__("pathlib").Path(__file__).resolve().parents[1] / "test-artifacts"
                             / "split-decisions.png"), full_page=False)
