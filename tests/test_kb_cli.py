"""The knowledge-base commands, in process (click's runner) over a real SQLite store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nkwatch.cli import main
from test_kb_store import RECORDS, db, store  # noqa: F401  (fixture)


@pytest.fixture
def cli(db):  # noqa: F811
    store(db, "n1", "n2", "n3")
    runner = CliRunner()

    def run(*args):
        return runner.invoke(main, ["--db", str(db), *args], catch_exceptions=False)
    run.db = db
    return run


def test_events_filters_and_json(cli):
    out = json.loads(cli("events", "--json").output)
    assert out["total"] == 3
    assert [e["type"] for e in json.loads(cli("events", "--type", "defection", "--json").output)["events"]] == \
        ["defection"]
    assert json.loads(cli("events", "--country", "KP", "--json").output)["total"] == 0
    assert json.loads(cli("events", "--from", "2019-08", "--json").output)["total"] == 1      # the reopening
    assert json.loads(cli("events", "--to", "2019-07", "--json").output)["total"] == 2
    assert json.loads(cli("events", "--status", "disputed", "--json").output)["total"] == 1
    text = cli("events").output
    assert "defection" in text and "Ulaanbaatar" in text and "3 src" in text


def test_event_dossier_in_the_terminal_shows_sources_alternatives_and_history(cli):
    [ev] = json.loads(cli("events", "--type", "defection", "--json").output)["events"]
    text = cli("event", ev["id"]).output
    assert "3 mentions from 3 independent sources" in text
    assert "first reported by Steppe Journal on 2019-07-23" in text
    assert "confirmed (Steppe Journal" in text and "disputed (Capital Post" in text
    assert "2019-07-21  [Steppe Journal" in text and "(one source more precise)" in text
    assert "less precise: 2019-07 [Border Daily]" in text   # the coarser date agrees, with who gave it
    assert "“Nine waitr" in text                        # the evidence quote from the article text
    assert json.loads(cli("event", ev["id"], "--json").output)["id"] == ev["id"]


def test_restaurants_claims_judgements_and_export(cli):
    text = cli("restaurants").output
    assert "Okryu-gwan — Ulaanbaatar, MN (47.90, 106.90 city)" in text and "closed 2019-07 → reopened 2019-08" in text
    claims = cli("claims", "--contested").output
    assert "Restaurant count · world · as of 2019" in claims and "[CONTESTED]" in claims \
        and "a researcher — Border Daily, 2019-07-25" in claims
    judged = json.loads(cli("judgements", "--json").output)
    assert judged and all(j["made_by"] == "machine" for j in judged)
    result = cli("export", "--format", "contract")
    lines = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert [r["doc_id"] for r in lines] == ["n1", "n2", "n3"]
    assert len({r["events"][0]["cluster"] for r in lines}) == 1
    bad = CliRunner().invoke(main, ["export", "--format", "nope"])
    assert bad.exit_code == 2 and "unknown format 'nope'" in bad.output


def test_split_a_mention_off_then_merge_it_back(cli):
    [ev] = json.loads(cli("events", "--type", "defection", "--json").output)["events"]
    dossier = json.loads(cli("event", ev["id"], "--json").output)
    last = dossier["mention_list"][-1]["mention_id"]
    out = cli("split", ev["id"], "--mention", last)
    assert out.exit_code == 0
    events = json.loads(cli("events", "--type", "defection", "--json").output)["events"]
    assert sorted(e["mentions"] for e in events) == [1, 2]
    # the machine does not undo a person's split when the article is resolved again
    store(cli.db, "n3", version="test-2")
    assert json.loads(cli("events", "--type", "defection", "--json").output)["total"] == 2
    lone = next(e["id"] for e in events if e["mentions"] == 1)
    merged = cli("merge", ev["id"], lone)
    assert merged.exit_code == 0 and f"into {ev['id']}" in merged.output
    assert [e["mentions"] for e in json.loads(cli("events", "--type", "defection", "--json").output)["events"]] == [3]
    kinds = [(j["verdict"], j["made_by"], bool(j["retracted"])) for j in json.loads(cli("judgements", "--json").output)]
    assert ("same", "person", False) in kinds and ("different", "person", True) in kinds


def test_merging_events_one_article_reports_apart_is_refused(cli):
    two = json.loads(json.dumps(RECORDS))
    two["n1"]["events"].append(dict(two["n1"]["events"][0], count=4, evidence=[{"start": 20, "end": 40}]))
    store(cli.db, "n1", version="test-2", records=two)
    events = json.loads(cli("events", "--type", "defection", "--json").output)["events"]
    assert len(events) == 2
    res = cli("merge", events[0]["id"], events[1]["id"])
    assert res.exit_code == 2 and "article n1 reports them as two events" in res.output
    closure = json.loads(cli("events", "--type", "closure", "--json").output)["events"][0]
    res = cli("merge", closure["id"], events[0]["id"])
    assert res.exit_code == 2 and "different types" in res.output
