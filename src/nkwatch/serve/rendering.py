"""The Jinja2 environment for the pages: autoescaping on for everything, plus a few display filters."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from fastapi.templating import Jinja2Templates

from nkwatch.model.countries import country_name

TEMPLATE_DIR = Path(str(resources.files("nkwatch.serve").joinpath("templates")))


def _number(value) -> str:
    if value is None or value == "":
        return "—"
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{int(f):,}" if f == int(f) else f"{f:,.2f}"


def _query(params: dict, **changes) -> str:
    """The current filters with some changed, as a query string (for pagination and filter links)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return urlencode(merged)


def _http_url(value) -> str | None:
    """Only http(s) links reach an href: an article's URL could be ``javascript:…``."""
    if not value:
        return None
    v = str(value).strip()
    return v if v.lower().startswith(("http://", "https://")) else None


def make_templates() -> Jinja2Templates:
    # Every template, whatever its extension, escapes: article titles and texts can carry markup.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = _number
    env.filters["country"] = country_name
    env.filters["http_url"] = _http_url
    env.globals["query"] = _query
    return Jinja2Templates(env=env)
