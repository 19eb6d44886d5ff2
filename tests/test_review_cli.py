"""The review commands: users add prints a token once, review refuses bad values with exit 2 and the reason,
writes name their author, undo restores the export byte for byte."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kb_fixture import build_kb
from nkwatch import cli


def _run(db, *args):
    return CliRunner().invoke(cli.main, ["--db", db, *args])


def _defection(db) -> str:
    out = _run(db, "events").output
    return next(line.split()[0] for line in out.splitlines() if " defection " in line)


def test_review_cycle_from_the_shell(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    made = _run(db, "users", "add", "ana", "--role", "editor")
    assert made.exit_code == 0 and made.stdout.strip().startswith("nkw_")
    assert "ana" in _run(db, "users", "list").output
    ev = _defection(db)
    before = _run(db, "export", "--format", "jsonl").stdout
    r = _run(db, "review", ev, "correct", "count", "11", "--reason", "later figure", "--by", "ana")
    assert r.exit_code == 0, r.output
    dossier = _run(db, "event", ev).output
    assert "reviewed by ana on" in dossier and "extracted: 9" in dossier and "later figure" in dossier
    assert _run(db, "export", "--format", "jsonl").stdout != before
    assert "count = 11" in _run(db, "reviews", "--event", ev).output
    assert _run(db, "review", "undo", "1", "--by", "ana").exit_code == 0
    assert _run(db, "export", "--format", "jsonl").stdout == before


def test_bad_values_and_bad_authors_exit_2_with_the_reason(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    ev = _defection(db)
    _run(db, "users", "add", "rea", "--role", "reader")
    for args, words in [(["correct", "count", "-3"], "negative"), (["correct", "country", "XX"], "not a country"),
                        (["correct", "date", "2999-01-01"], "future"), (["correct", "date", "2019-02-31"], "date"),
                        (["reject", "boring"], "not a reason"), (["frobnicate"], "usage")]:
        r = _run(db, "review", ev, *args, "--reason", "r")
        assert r.exit_code == 2, (args, r.output)
        assert words in r.output
    r = _run(db, "review", ev, "confirm", "--by", "rea")
    assert r.exit_code == 2 and "reader" in r.output
    r = _run(db, "review", ev, "correct", "count", "4", "--reason", "r", "--expect", "0000")
    assert r.exit_code == 2 and "changed" in r.output
    assert "no reviews" in _run(db, "reviews").output


def test_revoke(tmp_path):
    db = build_kb(tmp_path / "kb.db")
    _run(db, "users", "add", "ana", "--role", "editor")
    assert _run(db, "users", "revoke", "ana").exit_code == 0
    assert "revoked" in _run(db, "users", "list").output
    assert _run(db, "review", _defection(db), "confirm", "--by", "ana").exit_code == 2
    assert _run(db, "users", "revoke", "nobody").exit_code == 2


def test_on_the_dev_set_the_gold_export_passes_the_check_and_evaluate_reads_it(tmp_path, dev_articles, shared_dir):
    import subprocess
    import sys

    from nkwatch.store.views import list_events, review

    db = str(tmp_path / "dev.db")
    assert _run(db, "--quiet", "ingest", str(dev_articles)).exit_code == 0
    events = list_events(db, limit=1000)["events"]
    rejected = next(e for e in events if e["type"] == "closure")
    counted = next(e for e in events if e["count"])
    for e in events:
        if e is rejected:
            review(db, e["id"], "reject", value="not-an-event", reason="test", made_by="person")
        elif e is counted:
            review(db, e["id"], "correct", slot="count", value=e["count"] + 1, reason="test")
        else:
            review(db, e["id"], "confirm")
    gold, arts = tmp_path / "gold.jsonl", tmp_path / "arts.jsonl"
    assert _run(db, "export", "--format", "gold", "-o", str(gold)).exit_code == 0
    assert _run(db, "export", "--format", "gold-articles", "-o", str(arts)).exit_code == 0
    check = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--check", "--articles", str(arts),
                            "--gold", str(gold)], capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout.strip() == "no problems", check.stdout
    r = _run(db, "evaluate", str(arts), "--gold", str(gold), "--json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout[r.stdout.index("{"):])
    assert report["events"]["fp"] >= 1          # the event people rejected is now a false positive of the extractor
    assert report["slots"]["count"]["fp"] >= 1  # and the corrected count a wrong value
