"""Review commands of the nkwatch CLI: accounts (users add|list|revoke), review EVENT_ID confirm|reject|correct,
review CLAIM_ID (cm-…) reject|correct, review undo REVIEW_ID, and reviews. Thin: each calls one function of
nkwatch.store.accounts or nkwatch.store.views.
"""

from __future__ import annotations

import os

import click

from nkwatch.cli_kb import EXIT_USAGE, _fail, _guard, _json


def _by(db: str, name: str | None) -> str:
    """Who the CLI writes as: an editor's account (checked), or "person" (the single-person mode)."""
    from nkwatch.store.accounts import list_users

    name = name or os.environ.get("NKWATCH_USER") or "person"
    if name == "person":
        return name
    account = next((u for u in list_users(db) if u["name"] == name), None)
    if account is None or account["revoked"] or account["role"] != "editor":
        why = "no such account" if account is None else "revoked" if account["revoked"] else "a reader"
        _fail(f"cannot write as {name!r}: {why} (see `nkwatch users list`)", EXIT_USAGE)
    return name


def _refusable(fn, *args, **kwargs):
    """A review refused (a bad value, a stale version) is a usage error: exit 2 with the reason."""
    from nkwatch.model import InputError, ReviewConflict, ReviewRefused

    try:
        return fn(*args, **kwargs)
    except (ReviewRefused, ReviewConflict, InputError) as e:
        _fail(e, EXIT_USAGE)


def _value(v) -> str:
    """A reviewed value as typed back to the user: a claim's figure as 130 or 50,000–60,000."""
    from nkwatch.resolve.reviewed_claims import figure_text

    return figure_text(v) if isinstance(v, dict) and "value" in v else str(v)


def add_commands(main: click.Group) -> None:
    @main.group()
    def users():
        """Named accounts for the API's writes: editors write, readers only read."""

    @users.command("add")
    @click.argument("name")
    @click.option("--role", type=click.Choice(["editor", "reader"]), required=True)
    @click.pass_context
    def users_add(ctx, name, role):
        """Make an account and print its token once (only a hash of it is kept)."""
        from nkwatch.store.accounts import add_user

        made = _guard(_refusable, add_user, ctx.obj["db"], name, role)
        click.echo(made["token"])
        click.echo(f"account {name} ({role}) made; the token above is shown only now", err=True)

    @users.command("list")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    def users_list(ctx, as_json):
        """Every account with its role, and when it was revoked."""
        from nkwatch.store.accounts import list_users

        rows = _guard(list_users, ctx.obj["db"])
        if as_json:
            _json(rows)
            return
        for u in rows:
            click.echo(f"{u['name']:<20} {u['role']:<7} made {u['created'][:10]}"
                       + (f"  revoked {u['revoked'][:10]}" if u["revoked"] else ""))

    @users.command("revoke")
    @click.argument("name")
    @click.pass_context
    def users_revoke(ctx, name):
        """Revoke an account: its token stops working at once (its past writes keep its name)."""
        from nkwatch.store.accounts import revoke_user

        out = _guard(_refusable, revoke_user, ctx.obj["db"], name)
        click.echo(f"revoked {name} ({out['revoked']})")

    @main.command(context_settings={"ignore_unknown_options": True})  # a value may be "-3": refused with why
    @click.argument("target")
    @click.argument("action")
    @click.argument("args", nargs=-1)
    @click.option("--reason", help="Why (published with the review).")
    @click.option("--source", metavar="DOC_ID", help="An article that supports a correction.")
    @click.option("--expect", "expected_version", metavar="VERSION",
                  help="The event's version you reviewed (`nkwatch event ID --json`); refused if it changed.")
    @click.option("--by", "by", metavar="NAME", help="The editor account writing ($NKWATCH_USER; default: person).")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    def review(ctx, target, action, args, reason, source, expected_version, by, as_json):
        """Review an event: EVENT_ID confirm | reject KIND [DUPLICATE_OF] | correct SLOT VALUE; a claim: CLAIM_ID
        reject KIND | correct SLOT VALUE; or undo REVIEW_ID.

        For an event, KIND is not-an-event, not-relevant or duplicate (then name the event it repeats); SLOT is
        count, female, male, city, region, country, name, date, status, transit (CN,TH), destination, issuer,
        instrument, approx. For a claim (its id starts cm-, see `nkwatch claims`), KIND is not-a-claim,
        not-relevant or misread; SLOT is metric, scope (a country or world), period (year, cumulative or none),
        value (130, or a range 50000-60000) or as_of (a year or date).
        """
        from nkwatch.store.views import claim_review, review as add_review, undo_review

        db = ctx.obj["db"]
        who = _by(db, by)
        if target == "undo":
            if not action.isdigit() or args:
                _fail("usage: nkwatch review undo REVIEW_ID", EXIT_USAGE)
            out = _guard(_refusable, undo_review, db, int(action), made_by=who)
            _json(out) if as_json else \
                click.echo(f"undid review #{out['review_id']} of {out.get('claim_id') or out.get('event_id')}")
            return
        claim = target.startswith("cm-")
        kwargs: dict = {"reason": reason, "made_by": who, "expected_version": expected_version}
        if action == "confirm" and not args and not claim:
            pass
        elif action == "reject" and (len(args) == 1 or len(args) == 2 and not claim):
            kwargs.update(value=args[0])
            if not claim:
                kwargs.update(duplicate_of=args[1] if len(args) == 2 else None)
        elif action == "correct" and len(args) == 2:
            kwargs.update(slot=args[0], value=args[1], source=source)
        else:
            _fail("usage: nkwatch review CLAIM_ID reject KIND | correct SLOT VALUE" if claim else
                  "usage: nkwatch review EVENT_ID confirm | reject KIND [DUPLICATE_OF] | correct SLOT VALUE",
                  EXIT_USAGE)
        out = _guard(_refusable, claim_review if claim else add_review, db, target, action, **kwargs)
        if as_json:
            _json(out)
            return
        what = f"{out['slot']} = {_value(out['value'])}" if action == "correct" else action
        click.echo(f"review #{out['review_id']} of {target}: {what} by {who}  (undo: nkwatch review undo "
                   f"{out['review_id']})")

    @main.command()
    @click.option("--event", "event_id", help="Only the reviews of this event.")
    @click.option("--claim", "claim_id", help="Only the reviews of this claim (its history).")
    @click.option("--problems", is_flag=True, help="Only reviews that no longer apply as made (after re-extraction).")
    @click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    def reviews(ctx, event_id, claim_id, problems, limit, as_json):
        """People's reviews of events and claims, newest first, with author, reason and whether they were undone."""
        from nkwatch.store.views import reviews as list_reviews

        rows = _guard(list_reviews, ctx.obj["db"], event_id, problems, limit, claim_id=claim_id)
        if as_json:
            _json(rows)
            return
        for r in rows:
            what = f"{r['slot']} = {_value(r['value'])}" if r["action"] == "correct" else \
                r["action"] + (f" ({r['value']['kind']})" if r["action"] == "reject" else "")
            subject = f"claim {r['claim_id']}" if r.get("target") == "claim" else r["event_id"]
            click.echo(f"#{r['review_id']} {r['created'][:10]} {r['made_by']:<10} {subject}  {what}"
                       + (f"  — {r['reason']}" if r["reason"] else "")
                       + (f"  (undone by {r['retracted_by']} {r['retracted'][:10]})" if r["retracted"] else "")
                       + (f"\n    ! {r['problem']}" if r["problem"] else ""))
        if not rows:
            click.echo("no reviews" + (" with problems" if problems else ""), err=True)
