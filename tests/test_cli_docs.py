"""The README and `--help` tell users the truth: documented commands exist, exit codes agree, quick start is two
commands."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from nkwatch import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def test_every_command_the_readme_names_exists_and_the_store_commands_are_documented():
    named = set(re.findall(r"`nkwatch ([a-z][a-z-]*)", README))
    assert named - set(cli.main.commands) == set(), "the README documents commands that do not exist"
    for name in ("ingest", "articles", "show", "stats"):
        assert name in named


def test_exit_codes_agree_between_cli_and_readme():
    table = dict(re.findall(r"^\| ([0-3]) \| (.+?) \|$", README, flags=re.M))
    assert set(table) == {"0", "1", "2", "3"}
    assert (cli.EXIT_OK, cli.EXIT_PARTIAL, cli.EXIT_USAGE, cli.EXIT_FAILED) == (0, 1, 2, 3)
    assert "bad" in table["1"] and "usage" in table["2"] and "nothing usable" in table["3"]
    doc = cli.__doc__
    for code in ("0 all went well", "1 some inputs were bad", "2 usage error", "3 nothing usable"):
        assert code in doc


def test_quick_start_is_exactly_make_demo_and_make_test():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text("utf-8")
    for target in ("install:", "demo:", "test:"):
        assert re.search(rf"^{target}", makefile, flags=re.M)


def test_help_of_the_store_commands_names_their_options():
    runner = CliRunner()
    for name, options in {"ingest": ["--format", "--json"], "articles": ["--json", "--limit"],
                          "show": ["--raw", "--json"], "stats": ["--json"]}.items():
        out = runner.invoke(cli.main, [name, "--help"]).output
        for o in options:
            assert o in out, f"nkwatch {name} --help lacks {o}"
    top = runner.invoke(cli.main, ["--help"]).output
    assert "--db" in top and "--quiet" in top


def test_the_commands_the_readme_starts_a_user_with_run_on_the_samples(tmp_path):
    """Each command of the README's table, as written there (placeholders filled), runs and finds something."""
    runner = CliRunner()
    db = str(tmp_path / "readme.db")
    samples = str(Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl")
    r = runner.invoke(cli.main, ["--db", db, "--quiet", "ingest", samples])
    assert r.exit_code == 0, r.output
    table = README.split("## Command line", 1)[1].split("### Exit codes", 1)[0]
    written = re.findall(r"`nkwatch ([^`]+)`", table)
    assert len(written) >= 9
    event_id = re.search(r"^(ev-[0-9a-f]+)", runner.invoke(cli.main, ["--db", db, "events"]).output, re.M).group(1)
    fill = {"SOURCE...": samples, "ID": event_id, "T": "defection", "CC": "MM", "D": "2017", "WORDS": "Yangon",
            "csv\\|jsonl\\|geojson\\|ftm": "csv"}
    ran = 0
    for command in written:
        if command.startswith("serve"):
            continue  # serves until stopped; the browser tests run it
        args = [fill.get(w, w) for w in command.replace("[", " ").replace("]", " ").split()]
        if args[0] == "show":
            args[1] = "sample-001"
        r = runner.invoke(cli.main, ["--db", db, *args])
        assert r.exit_code == 0, (command, args, r.output)
        assert r.output.strip(), command
        ran += 1
    assert ran >= 8
