"""Knowledge-base commands of the nkwatch CLI (events, event, restaurants, claims, merge, split, judgements,
export). Thin: each parses its arguments and calls one function of nkwatch.store.views or nkwatch.export.
``nkwatch.cli`` attaches them to its group with ``add_commands``.
"""

from __future__ import annotations

import json
import sys

import click

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def _json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=1, default=str))


def _fail(e: Exception, code: int = EXIT_FAILED) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(code)


def _guard(fn, *args, **kwargs):
    """Call a library function; nkwatch errors become one clear line and an exit code, not a traceback."""
    from nkwatch.model import JudgementRefused, NkwatchError

    try:
        return fn(*args, **kwargs)
    except JudgementRefused as e:
        _fail(e, EXIT_USAGE)
    except NkwatchError as e:
        _fail(e)


def _place(p: dict) -> str:
    return ", ".join(x for x in (p.get("name"), p.get("city"), p.get("region"), p.get("country")) if x) or "-"


def _fmt_value(v) -> str:
    return ",".join(map(str, v)) if isinstance(v, list) else str(v)


def print_dossier(e: dict) -> None:
    click.echo(f"{e['id']}  {e['type']}  {e['date'] or 'undated'} ({e['date_precision'] or '-'})  "
               f"{_place(e['place'])} ({e['place_precision'] or '-'})")
    fr = e["first_reported"]
    click.echo(f"  {e['mentions']} mentions from {e['sources']} independent sources; first reported by "
               f"{fr['outlet'] or fr['doc_id']} on {fr['published'] or '?'}")
    if e["status_history"]:
        click.echo("  status: " + " → ".join(f"{h['status']} ({h['outlet'] or h['doc_id']}, {h['published'] or '?'})"
                                             for h in e["status_history"]))
    click.echo("  slots:")
    for slot, f in e["slots"].items():
        who = lambda x: ", ".join(s["outlet"] or s["doc_id"] for s in x["sources"])  # noqa: E731
        line = f"    {slot:<18} {_fmt_value(f['value'])}  [{who(f)}]"
        if f.get("refined"):
            line += "  (one source more precise)"
        if f.get("unconfirmed"):
            line += "  (no source places the city in this region: not part of the address)"
        for alt in f["alternatives"]:
            kind = "less precise" if alt.get("agrees") else "contested"
            line += f"  | {kind}: {_fmt_value(alt['value'])} [{who(alt)}]"
        if f.get("reviewed"):
            was = (f.get("extracted") or {}).get("value")
            line += (f"  (reviewed by {f['reviewed']['by']} on {f['reviewed']['on']}; extracted: "
                     f"{'-' if was is None else _fmt_value(was)})")
        click.echo(line)
    click.echo("  mentions:")
    for m in e["mention_list"]:
        click.echo(f"    {m['mention_id']}  {m['doc_id']}  {m['outlet'] or ''} {m['published'] or ''}")
        for q in m.get("quotes", [])[:2]:
            click.echo(f"      “{' '.join(q.split())[:160]}”")
    if e.get("review"):
        r = e["review"]
        click.echo(f"  {r['state']} by {r['by']} on {r['on']}" + (f": {r['reason']}" if r.get("reason") else ""))
    if e.get("judgements"):
        click.echo("  judgements:")
        for j in e["judgements"][:10]:
            click.echo(f"    #{j['judgement_id']} {j['verdict']} by {j.get('author') or j['made_by']} ({j['score']})"
                       f"{' retracted' if j['retracted'] else ''}: {j['reason']}")
    if e.get("reviews"):
        click.echo("  reviews:")
        for r in e["reviews"][:20]:
            what = f"correct {r['slot']} to {_fmt_value(r['value'])}" if r["action"] == "correct" else r["action"]
            click.echo(f"    #{r['review_id']} {what} by {r['made_by']} on {r['created'][:10]}"
                       f"{' (undone)' if r['retracted'] else ''}: {r['reason'] or ''}")


def _extracted(part: str, v) -> str:
    from nkwatch.resolve.reviewed_claims import figure_text

    if isinstance(v, dict):
        return figure_text(v)
    if v is None:
        return "the publication date" if part == "as_of" else "nothing"
    return str(v)


def add_commands(main: click.Group) -> None:
    @main.command()
    @click.option("--type", "etype", type=click.Choice(["defection", "return", "closure", "opening", "sanction"]))
    @click.option("--country", help="Country of the workplace: a name or ISO 3166 code (China, CN, CHN).")
    @click.option("--from", "date_from", metavar="DATE", help="Earliest date (2016, 2016-04, 2016-04-07).")
    @click.option("--to", "date_to", metavar="DATE", help="Latest date.")
    @click.option("--status", type=click.Choice(["reported", "confirmed", "pending", "disputed"]))
    @click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
    @click.option("--offset", default=0, type=click.IntRange(0, 2**63 - 1))
    @click.option("--json", "as_json", is_flag=True, help="The events as JSON.")
    @click.pass_context
    def events(ctx, etype, country, date_from, date_to, status, limit, offset, as_json):
        """Canonical events (mentions across sources resolved into one), newest first."""
        from nkwatch.store.views import list_events

        from nkwatch.model import InputError
        from nkwatch.model.filters import event_filters

        try:
            filters = event_filters({"type": etype, "country": country, "date_from": date_from, "date_to": date_to,
                                     "status": status})
        except InputError as e:
            _fail(str(e).replace("date_from", "--from").replace("date_to", "--to"), EXIT_USAGE)
        result = _guard(list_events, ctx.obj["db"], filters, limit, offset)
        if as_json:
            _json(result)
            return
        for e in result["events"]:
            count = "" if e["count"] is None else f" {e['count']}" + (f"-{e['count_max']}" if e["count_max"] else "")
            flag = f"  contested: {','.join(e['contested'])}" if e["contested"] else ""
            where = " ".join(x for x in (e["issuer"], e["instrument"]) if x) or "-" if e["type"] == "sanction" \
                else _place(e["place"])
            click.echo(f"{e['id']}  {e['type']:<9} {e['date'] or '-':<10} {where}{count}  "
                       f"{e['status'] or '-'}  {e['sources']} src{flag}")
        click.echo(f"{result['total']} events", err=True)

    @main.command()
    @click.argument("event_id")
    @click.option("--json", "as_json", is_flag=True, help="The dossier as JSON.")
    @click.pass_context
    def event(ctx, event_id, as_json):
        """One event's dossier: values per slot with their sources, alternatives, mentions, status history."""
        from nkwatch.store.views import get_event_dossier

        dossier = _guard(get_event_dossier, ctx.obj["db"], event_id)
        if dossier is None:
            _fail(f"no event {event_id} (see `nkwatch events`)")
        _json(dossier) if as_json else print_dossier(dossier)

    @main.command()
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    def restaurants(ctx, as_json):
        """The restaurant registry: name, place with precision, coordinates, lifecycle, sources."""
        from nkwatch.store.views import list_restaurants

        rows = _guard(list_restaurants, ctx.obj["db"])
        if as_json:
            _json(rows)
            return
        for r in rows:
            life = " → ".join(f"{s['change']} {s['date'] or '?'}" for s in r["lifecycle"])
            where = ", ".join(x for x in (r["city"], r["country"]) if x)
            coords = f" ({r['lat']:.2f}, {r['lon']:.2f} {r['precision']})" if r["lat"] is not None else \
                f" ({r['precision'] or '-'})"
            click.echo(f"{r['id']}  {r['name'] or '(unnamed)'} — {where}{coords}  {r['sources']} src"
                       + (f"  {life}" if life else ""))

    @main.command()
    @click.option("--contested", is_flag=True, help="Only figures that sources disagree on.")
    @click.option("--rejected", is_flag=True, help="Only the claims a review rejected (kept, out of every group).")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    def claims(ctx, contested, rejected, as_json):
        """Figures grouped by metric, scope (world or a country), period and year.

        Corroborations and contradictions with their sources; each claim with its id (to review it) and what people
        corrected of it."""
        from nkwatch.store.views import list_claims, rejected_claims

        if rejected:
            rows = _guard(rejected_claims, ctx.obj["db"])
            if as_json:
                _json(rows)
                return
            for c in rows:
                rv = c["review"]
                click.echo(f"{c['claim_id']}  {c['heading']}: {c['said']} — {c['outlet'] or c['doc_id']}  rejected "
                           f"({rv['rejected_as']['kind']}) by {rv['by']} on {rv['on']}"
                           + (f" — {rv['reason']}" if rv.get("reason") else "") + f"  (undo: nkwatch review undo "
                           f"{rv['review_id']})")
            if not rows:
                click.echo("no rejected claims", err=True)
            return
        groups = _guard(list_claims, ctx.obj["db"], contested)
        if as_json:
            _json(groups)
            return
        if not groups:
            click.echo("no contested figures: where sources give a figure for the same metric, scope and year, "
                       "they agree" if contested else "no figures")
        for g in groups:
            tag = "CONTESTED" if g["contested"] else "corroborated" if g["corroborated"] else "single source"
            click.echo(f"{g['heading']}  [{tag}]")
            for f in g["figures"]:
                fig = f.get("figure") or f"{f['value']:,}" + (f"–{f['value_max']:,}" if f["value_max"] else "")
                note = "" if f["agrees"] else "  disagrees"
                click.echo(f"  {fig}  ({f['independent_sources']} independent){note}")
                for s in f["sources"]:
                    when = f"as of {s['as_of']}" if s["as_of_from"] == "text" else "as published"
                    click.echo(f"    {s['said']}: {s['attributed_to'] or 'unattributed'} — "
                               f"{s['outlet'] or s['doc_id']}, {s['published'] or 'undated'} ({when})  "
                               f"[{s['mention_id']}]")
                    for part, c in (s.get("corrections") or {}).items():
                        why = f" — {c['reason']}" if c.get("reason") else ""
                        click.echo(f"      {part} reviewed by {c['by']} on {c['on']} (extracted: "
                                   f"{_extracted(part, c['extracted'])}){why}")

    @main.command()
    @click.argument("a")
    @click.argument("b")
    @click.option("--reason", help="Why (kept with the judgement).")
    @click.pass_context
    def merge(ctx, a, b, reason):
        """Record that events A and B (or restaurants, ids rs-…) are one (undo with `nkwatch split`)."""
        from nkwatch.store.views import merge as merge_events

        result = _guard(merge_events, ctx.obj["db"], a, b, reason=reason)
        click.echo(f"merged {a} and {b} into {result.get('event') or result.get('restaurant')}")

    @main.command()
    @click.argument("event_id")
    @click.option("--mention", "mentions", multiple=True, help="Separate only this mention (repeatable).")
    @click.pass_context
    def split(ctx, event_id, mentions):
        """Undo the latest merge of EVENT_ID (an event, or a restaurant rs-…), or separate its mentions."""
        from nkwatch.store.views import split as split_event

        result = _guard(split_event, ctx.obj["db"], event_id, list(mentions) or None)
        click.echo(f"split {event_id} into {' '.join(result.get('events') or result.get('restaurants'))}")

    @main.command()
    @click.option("--event", "event_id", help="Only judgements touching this event.")
    @click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    def judgements(ctx, event_id, limit, as_json):
        """Merge decisions (machine and person), newest first, with score and reason."""
        from nkwatch.store.views import judgements as list_judgements

        rows = _guard(list_judgements, ctx.obj["db"], event_id, limit)
        if as_json:
            _json(rows)
            return
        for j in rows:
            click.echo(f"#{j['judgement_id']} {j['verdict']:<9} {j['made_by']:<7} {j['score']!s:<5} "
                       f"{j['left_event']} ~ {j['right_event']}{'  (retracted)' if j['retracted'] else ''}  "
                       f"{j['reason']}" + (f"  [{j['dangling']}]" if j.get("dangling") else ""))

    @main.command()
    @click.option("--format", "fmt", default="contract", show_default=True, help="Output format.")
    @click.option("-o", "--output", default="-", type=click.Path(allow_dash=True), help="File ('-' = stdout).")
    @click.pass_context
    def export(ctx, fmt, output):
        """Write the knowledge base out (contract: extraction records with canonical event ids as cluster)."""
        from nkwatch.export.formats import export as run_export, formats

        if fmt not in formats():
            _fail(f"unknown format {fmt!r}; known: {', '.join(formats())}", EXIT_USAGE)
        n = _guard(run_export, ctx.obj["db"], fmt, output)
        if not ctx.obj.get("quiet"):
            click.echo(f"wrote {n} records", err=True)
