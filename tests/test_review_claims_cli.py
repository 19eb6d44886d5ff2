"""Claim reviews from the shell: `nkwatch claims` shows each claim's id, `nkwatch review CLAIM_ID correct|reject`
moves or removes it, bad values exit 2 with the reason (never a traceback), `nkwatch reviews --claim` is its history,
and undo gives back the claims export byte for byte."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kb_fixture import build_kb
from nkwatch import cli


def _run(db, *args):
    return CliRunner().invoke(cli.main, ["--db", db, *args])


def _claim_ids(db) -> dict[int, str]:
    groups = json.loads(_run(db, "claims", "--json").stdout)
    return {f["value"]: s["mention_id"] for g in groups for f in g["figures"] for s in f["sources"]}


def test_claim_review_cycle_from_the_shell(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    _run(db, "users", "add", "ana", "--role", "editor")
    listed = _run(db, "claims").output
    cid = _claim_ids(db)[100]
    assert f"[{cid}]" in listed and "CONTESTED" in listed
    before = _run(db, "export", "--format", "claims").stdout
    r = _run(db, "review", cid, "correct", "scope", "China", "--reason", "officials spoke of China", "--by", "ana")
    assert r.exit_code == 0, r.output
    assert f"review #1 of {cid}: scope = CN by ana" in r.output
    after = _run(db, "claims").output
    assert "Restaurant count · China · as of 2019  [single source]" in after
    assert "CONTESTED" not in after
    assert "scope reviewed by ana on" in after and "(extracted: world)" in after
    exported = _run(db, "export", "--format", "claims").stdout
    assert "scope: world → CN (ana" in exported and exported != before
    history = _run(db, "reviews", "--claim", cid).output
    assert f"claim {cid}  scope = CN  — officials spoke of China" in history
    assert _run(db, "review", "undo", "1", "--by", "ana").exit_code == 0
    assert _run(db, "export", "--format", "claims").stdout == before
    assert "(undone by ana" in _run(db, "reviews", "--claim", cid).output
    r = _run(db, "review", cid, "correct", "value", "50,000-60,000", "--reason", "a range")
    assert r.exit_code == 0 and "value = 50,000–60,000 by person" in r.output
    assert "value = 50,000–60,000  — a range" in _run(db, "reviews").output


def test_a_rejected_claim_is_listed_on_request(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    cid = _claim_ids(db)[130]
    r = _run(db, "review", cid, "reject", "misread", "--reason", "the 130 is a page number")
    assert r.exit_code == 0, r.output
    assert cid not in _run(db, "claims").output
    rejected = _run(db, "claims", "--rejected").output
    assert cid in rejected and "rejected (misread) by person on" in rejected and "page number" in rejected


def test_bad_claim_values_exit_2_with_the_reason(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    cid = _claim_ids(db)[100]
    for args, words in [(["correct", "value", "-3"], "negative"), (["correct", "scope", "XQ"], "not a country"),
                        (["correct", "metric", "happiness"], "not a metric"),
                        (["correct", "as_of", "2999"], "future"), (["correct", "period", "weekly"], "not a period"),
                        (["correct", "value", "9-2"], "low to high"), (["reject", "boring"], "not a reason"),
                        (["confirm"], "usage"), (["reject", "misread", "cm-other"], "usage")]:
        r = _run(db, "review", cid, *args, "--reason", "r")
        assert r.exit_code == 2, (args, r.output)
        assert words in r.output and "Traceback" not in r.output
    stale = _run(db, "review", cid, "correct", "value", "90", "--reason", "r", "--expect", "0000")
    assert stale.exit_code == 2 and "changed since" in stale.output
    assert _run(db, "review", "cm-nope", "reject", "misread").exit_code == 2
    assert "no reviews" in _run(db, "reviews").output
