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


class _Commands(click.Group):
    """The last line of defence at the boundary: an error that escaped a command is one line and an exit code,
    never a traceback (a damaged database, a full disk, a database error the command did not expect)."""

    def invoke(self, ctx: click.Context):
        import sqlite3

        from nkwatch.model import NkwatchError
        from nkwatch.store.db import as_store_error

        try:
            return super().invoke(ctx)
        except NkwatchError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(EXIT_FAILED)
        except sqlite3.Error as e:
            click.echo(f"error: {as_store_error(e, 'database error', ctx.obj.get('db', '') if ctx.obj else '')}",
                       err=True)
            sys.exit(EXIT_FAILED)
        except MemoryError:
            click.echo("error: out of memory", err=True)
            sys.exit(EXIT_FAILED)


MAX_OFFSET = 2**63 - 1  # SQLite's largest integer


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
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


# --- the article store ----------------------------------------------------------------------------

def fail(e: Exception) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(EXIT_FAILED)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", default=None,
              help="Read every SOURCE as this kind (jsonl, txt, html, dir, stdin, url, feed, warc) instead of"
                   " detecting it.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--allow-network", "allow_networks", multiple=True, metavar="CIDR",
              help="Let the fetcher reach this private network (an intranet news source, e.g. 10.1.0.0/16); "
                   "repeatable. Off by default: private, loopback and link-local addresses are refused.")
@click.pass_context
def ingest(ctx: click.Context, sources: tuple[str, ...], fmt: str | None, as_json: bool,
           allow_networks: tuple[str, ...]) -> None:
    """Read SOURCES (files, directories, JSONL, '-' for stdin, URLs, feeds, WARCs) into the database.

    Bad input is reported and recorded in the journal; the rest goes on. Re-running adds nothing new; an
    interrupted run continues where it stopped.
    """
    from nkwatch.ingest.sources import KINDS
    from nkwatch.model import NkwatchError
    from nkwatch.store.ingestion import ingest as ingest_sources

    if fmt is not None and fmt not in KINDS:
        raise click.BadParameter(f"{fmt!r} is not one of {', '.join(KINDS)}", param_hint="--format")
    fetcher = None
    if allow_networks:
        import ipaddress

        from nkwatch.ingest.fetch import Fetcher

        try:
            nets = [str(ipaddress.ip_network(n, strict=False)) for n in allow_networks]
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--allow-network")
        fetcher = Fetcher(allow_networks=nets)
    try:
        report = ingest_sources(ctx.obj["db"], list(sources), fmt, progress=not ctx.obj["quiet"], fetcher=fetcher)
    except NkwatchError as e:
        fail(e)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: every committed batch is kept; run the same command again to continue", err=True)
        sys.exit(130)
    if as_json:
        echo_json(report.to_dict())
    else:
        for err in report.errors:
            click.echo(f"error: {err}", err=True)
        resumed = "".join(f"; resumed {k} after {v}" for k, v in report.resumed.items())
        click.echo(f"stored {report.stored}, duplicates {report.duplicates}, errors {len(report.errors)}"
                   f" (run {report.run_id}, {ctx.obj['db']}){resumed}")
    sys.exit(report.exit_code())


@main.command()
@click.argument("query", required=False)
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10000))
@click.option("--offset", default=0, type=click.IntRange(0, MAX_OFFSET))
@click.option("--json", "as_json", is_flag=True, help="One JSON list of article summaries.")
@click.pass_context
def articles(ctx: click.Context, query: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List stored articles, most recently stored first, or search them (every word of QUERY, in title or text)."""
    from nkwatch.model import NkwatchError
    from nkwatch.store import list_articles

    try:
        rows = list_articles(ctx.obj["db"], query, limit=limit, offset=offset)
    except NkwatchError as e:
        fail(e)
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        title = (r["title"] or "(no title)").replace("\n", " ")
        click.echo(f"{r['doc_id']}\t{r['published'] or '-'}\t{r['outlet'] or '-'}\t{title[:80]}")
        if r.get("snippet"):
            click.echo("\t" + " ".join(r["snippet"].split()))
    if not rows:
        click.echo("no articles" + (f" match {query!r}" if query else ""), err=True)


@main.command()
@click.argument("doc_id")
@click.option("--raw", is_flag=True, help="Print the input exactly as it was received.")
@click.option("--json", "as_json", is_flag=True, help="Metadata, text, kept text and cuts as JSON.")
@click.pass_context
def show(ctx: click.Context, doc_id: str, raw: bool, as_json: bool) -> None:
    """Show one article: metadata and the clean text (without reader comments and other cut parts)."""
    from nkwatch.model import NkwatchError
    from nkwatch.store import get_article

    try:
        art = get_article(ctx.obj["db"], doc_id)
    except NkwatchError as e:
        fail(e)
    if art is None:
        click.echo(f"error: no article {doc_id!r} in {ctx.obj['db']}", err=True)
        sys.exit(EXIT_FAILED)
    if raw:
        data = art.raw if art.raw is not None else art.text
        sys.stdout.buffer.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        sys.stdout.flush()
        return
    if as_json:
        d = art.metadata()
        d.update(text=art.text, kept_text=art.kept_text())
        echo_json(d)
        return
    meta = art.metadata()
    for key in ("doc_id", "title", "outlet", "published", "language", "url", "source", "source_ref", "encoding",
                "first_seen"):
        if meta.get(key) is not None:
            click.echo(f"{key + ':':12} {meta[key]}")
    if art.text_group != art.doc_id:
        click.echo(f"{'copy of:':12} {art.text_group}")
    for c in art.copies:
        click.echo(f"{'near-dup:':12} {c['relation']} {c['doc_id']} ({c['similarity']:.2f})")
    if art.cuts:
        reasons = ", ".join(sorted({c.reason for c in art.cuts}))
        click.echo(f"{'cut:':12} {len(art.cuts)} part(s), {sum(c.end - c.start for c in art.cuts)} chars ({reasons})")
    for w in art.warnings:
        click.echo(f"{'warning:':12} {w}")
    click.echo("")
    click.echo(art.kept_text())


@main.command()
@click.option("--status", type=click.Choice(["ok", "duplicate", "error"]), default=None, help="Only this status.")
@click.option("--run", "run_id", type=int, default=None, help="Only this ingest run.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
@click.option("--json", "as_json", is_flag=True, help="Journal rows as JSON.")
@click.pass_context
def journal(ctx: click.Context, status: str | None, run_id: int | None, limit: int, as_json: bool) -> None:
    """The ingestion journal, newest first: each input item's status, and for bad input where and why."""
    from nkwatch.model import NkwatchError
    from nkwatch.store import journal_entries

    try:
        rows = journal_entries(ctx.obj["db"], status=status, run_id=run_id, limit=limit)
    except NkwatchError as e:
        fail(e)
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        where = f"{r['source']}:{r['ref']}" if r["ref"] else r["source"]
        detail = ": ".join(x for x in (r["reason"], r["message"]) if x)
        click.echo(f"{r['at'][:19]}\trun {r['run_id']}\t{r['status']}\t{where}" + (f"\t{detail}" if detail else ""))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="All counts as JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts: articles by source and outlet, distinct texts, journal rows by status, errors by reason."""
    from nkwatch.model import NkwatchError
    from nkwatch.store import stats as store_stats

    try:
        s = store_stats(ctx.obj["db"])
    except NkwatchError as e:
        fail(e)
    if as_json:
        echo_json(s)
        return
    click.echo(f"articles: {s['articles']} ({s['distinct_texts']} distinct texts, "
               f"{s['near_duplicate_links']} near-duplicate links), runs: {s['runs']}")
    for title, key in (("journal", "journal_by_status"), ("errors by reason", "errors_by_reason"),
                       ("by outlet", "articles_by_outlet"), ("by source", "articles_by_source")):
        if s[key]:
            click.echo(f"{title}:")
            for k, n in s[key].items():
                click.echo(f"  {n:6d}  {k or '(none)'}")


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
@click.option("--extractor", default="rules", show_default=True, help="Extraction backend to score.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("--by-doc", is_flag=True, help="Add a line per document.")
@click.option("--pred-out", default=None, type=click.Path(dir_okay=False, allow_dash=False),
              help="Also write the scored extraction records here (JSONL), to inspect or re-score.")
@click.pass_context
def evaluate(ctx: click.Context, articles: str, gold: str, extractor: str, as_json: bool, by_doc: bool,
             pred_out: str | None) -> None:
    """Run extraction on ARTICLES and score it against GOLD as the contract's scoring section defines."""
    from nkwatch.evaluate import ScoringError, evaluate_files, format_report

    try:
        report = evaluate_files(articles, gold, extractor, predictions_out=pred_out)
    except (ScoringError, KeyError, OSError) as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        echo_json(report)
    else:
        click.echo(format_report(report, by_doc=by_doc))


# --- scale-out: archives on Dask ----------------------------------------------------------------

@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: one process; dask: a Dask cluster (a LocalCluster unless --scheduler is given).")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="An existing Dask scheduler (tcp://host:8786).")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Worker processes of the LocalCluster (default: one per core); with --scheduler, wait for them.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output directory (on storage every worker can reach).")
@click.option("--extractor", default="rules", show_default=True, help="Registered extractor name.")
@click.option("--part-mb", type=click.IntRange(1), default=32, show_default=True,
              help="Split plain JSONL shards into parts of about this size.")
@click.option("--clusters/--no-clusters", default=True, show_default=True,
              help="Tie mentions of one event across the batch (cluster ids); `nkwatch load` resolves events "
                   "in the knowledge base either way.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@click.pass_context
def run(ctx: click.Context, sources: tuple[str, ...], engine: str, scheduler: str | None, workers: int | None,
        out_dir: str, extractor: str, part_mb: int, clusters: bool, as_json: bool) -> None:
    """Prefilter and extract WARC/WARC.gz and JSONL shards at scale into sorted extraction shards under --out.

    Re-running with the same --out continues where an interrupted run stopped. Bad records and corrupt shards
    are listed in OUT/errors.jsonl; the rest goes on.
    """
    from nkwatch.scale import TaskSettings, run_archive

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    bar = None
    if not ctx.obj["quiet"] and not as_json:
        from tqdm import tqdm

        bar = tqdm(total=None, unit="part", file=sys.stderr, desc="nkwatch run")

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.total = total
            bar.update(done - bar.n)

    try:
        report = run_archive(list(sources), out_dir, engine=engine, scheduler=scheduler, workers=workers,
                             part_bytes=part_mb << 20, settings=TaskSettings(extractor=extractor),
                             clusters=clusters, progress=progress)
    except (KeyError, ValueError, OSError) as e:
        fail(e)
    finally:
        if bar is not None:
            bar.close()
    if as_json:
        echo_json(report.summary())
    else:
        for err in report.errors[:20]:
            click.echo(f"error: {err['message']} ({err['reason']})", err=True)
        if len(report.errors) > 20:
            click.echo(f"... {len(report.errors) - 20} more in {out_dir}/errors.jsonl", err=True)
        s = report.summary()
        click.echo(f"read {s['read']}, prefilter passed {s['prefilter_passed']}, written {s['written']} "
                   f"({s['relevant']} relevant), errors {s['errors']}, duplicates {s['duplicates']}, parts {s['parts']} "
                   f"({s['parts_skipped']} done before, {s['parts_failed']} failed) in {s['seconds']} s -> {out_dir}")
    if report.written == 0 and report.read == 0 and report.errors:
        sys.exit(EXIT_FAILED)
    sys.exit(EXIT_PARTIAL if report.errors else EXIT_OK)


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def load(ctx: click.Context, out_dir: str, as_json: bool) -> None:
    """Merge the output of `nkwatch run` (OUT_DIR) into the database: articles, then their extractions.

    Loading the same directory twice adds nothing.
    """
    from nkwatch.model import NkwatchError
    from nkwatch.scale.load import load_run

    try:
        report = load_run(ctx.obj["db"], out_dir, progress=not ctx.obj["quiet"] and not as_json)
    except NkwatchError as e:
        fail(e)
    if as_json:
        echo_json(report.to_dict())
    else:
        for err in report.errors:
            click.echo(f"error: {err}", err=True)
        click.echo(f"articles stored {report.articles_stored}, already there {report.articles_duplicate}; "
                   f"extractions stored {report.extractions_stored}, unchanged {report.extractions_unchanged}; "
                   f"errors {len(report.errors)} ({ctx.obj['db']})")
    sys.exit(report.exit_code())


# --- web UI and API -------------------------------------------------------------------------------

@main.command()
@click.option("--db", "db_path", default=None, help="SQLite database file (same as the global --db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--config", "config_file", default=None, type=click.Path(exists=True, dir_okay=False),
              help="TOML settings (token, cors_origins, max_body); default $NKWATCH_CONFIG.")
@click.option("--cors-origin", "cors_origins", default=None, metavar="ORIGINS",
              help="Comma-separated origins allowed to call the API from a browser.")
@click.pass_context
def serve(ctx: click.Context, db_path: str | None, host: str, port: int, config_file: str | None,
          cors_origins: str | None) -> None:
    """Serve the web UI and the JSON API (docs at /docs). Writes need the token in $NKWATCH_TOKEN."""
    from nkwatch.model import NkwatchError
    from nkwatch.serve import serve as run_server

    try:
        run_server(db_path or ctx.obj["db"], host, port, config_file=config_file, cors_origins=cors_origins)
    except NkwatchError as e:
        fail(e)


@main.command("datasette-metadata")
@click.pass_context
def datasette_metadata(ctx: click.Context) -> None:
    """Print Datasette metadata (descriptions, facets, canned queries) for the --db file, whatever its name:
    `nkwatch --db my.db datasette-metadata > my.json && datasette my.db -m my.json`."""
    from nkwatch.serve.datasette import metadata

    echo_json(metadata(ctx.obj["db"]))


# --- knowledge base: events, restaurants, claims, judgements, export (nkwatch.cli_kb) ---------------

from nkwatch.cli_kb import add_commands as _add_kb_commands  # noqa: E402

_add_kb_commands(main)

from nkwatch.cli_review import add_commands as _add_review_commands  # noqa: E402

_add_review_commands(main)


if __name__ == "__main__":  # pragma: no cover
    main()
