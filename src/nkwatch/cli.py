"""The nkwatch command line: thin commands, each parsing its arguments and calling one library function.

Exit codes: 0 all went well; 1 some inputs were bad (recorded, the rest went on); 2 usage error; 3 nothing usable.
"""

from __future__ import annotations

import json
import os
import sys

import click

from nkwatch import __version__

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def default_db() -> str:
    return os.environ.get("NKWATCH_DB", "nkwatch.db")


def echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=1, default=str))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nkwatch")
@click.option("--db", "db_path", default=default_db, show_default="./nkwatch.db or $NKWATCH_DB",
              help="SQLite database file.")
@click.option("--quiet", "-q", is_flag=True, help="Print only results and errors, no progress.")
@click.pass_context
def main(ctx: click.Context, db_path: str, quiet: bool) -> None:
    """Track North Korea's restaurants abroad and the people who flee them, from news articles."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    ctx.obj["quiet"] = quiet


# --- extraction (no database) -------------------------------------------------------------------

@main.command()
@click.argument("source", type=click.Path(allow_dash=True))
@click.option("-o", "--output", default="-", type=click.Path(allow_dash=True), help="Extraction records (JSONL).")
@click.pass_context
def extract(ctx: click.Context, source: str, output: str) -> None:
    """Read article records (JSONL) and write one extraction record per article, in input order."""
    from nkwatch.pipeline import extract_file

    report = extract_file(source, output, quiet=ctx.obj["quiet"])
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
    sys.exit(EXIT_PARTIAL if report.errors else EXIT_OK)


@main.command()
@click.argument("articles", type=click.Path(exists=True, dir_okay=False))
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold extraction records.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("--by-doc", is_flag=True, help="Add a line per document.")
@click.pass_context
def evaluate(ctx: click.Context, articles: str, gold: str, as_json: bool, by_doc: bool) -> None:
    """Run extraction on ARTICLES and score it against GOLD as the contract's scoring section defines."""
    from nkwatch.evaluate import evaluate_files, format_report

    report = evaluate_files(articles, gold)
    if as_json:
        echo_json(report)
    else:
        click.echo(format_report(report, by_doc=by_doc))


if __name__ == "__main__":  # pragma: no cover
    main()
