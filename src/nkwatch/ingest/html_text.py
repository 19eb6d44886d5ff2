"""An HTML page → main text and metadata (title, date, outlet, language), under a size cap and a time limit.

trafilatura does the main-text work (comments off); its date comes from htmldate with extensive_search
off, which returns nothing rather than guessing from a copyright footer. trafilatura can hang on some
pages and returns nothing past libxml2's limits: both become ParseTimeout/ParseError, never a crash.
"""

from __future__ import annotations

import html as html_lib
import re
import threading
from dataclasses import dataclass, field

from nkwatch.model import EmptyInput, ParseError, ParseTimeout, TooLarge

MAX_HTML_CHARS = 5_000_000
PARSE_SECONDS = 20.0

_TAG_BLOCK = re.compile(r"<(script|style|noscript|template)\b.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.IGNORECASE)
_META_LANG = re.compile(r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*[\"']?"
                        r"([A-Za-z]{2,3})", re.IGNORECASE)


@dataclass
class HtmlText:
    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


def clean_title(title: str | None) -> str | None:
    """A title as plain text: scripts and tags removed, entities decoded, whitespace collapsed.

    trafilatura passes ``<script>`` found inside <title> through verbatim, and record titles may carry tags.
    """
    if title is None:
        return None
    t = _TAG_BLOCK.sub(" ", str(title))
    t = _TAG.sub(" ", t)
    t = html_lib.unescape(t)
    t = _TAG.sub(" ", t)  # entities may have hidden a tag: "&lt;b&gt;"
    t = _SPACE.sub(" ", t).strip()
    return t or None


def page_language(html: str) -> str | None:
    """The page's declared language (``<html lang>`` or Content-Language meta), lower-case ISO 639 code."""
    head = html[:20000]
    m = _HTML_LANG.search(head) or _META_LANG.search(head)
    return m.group(1).lower() if m else None


def _run_with_deadline(fn, seconds: float, what: str):
    """Run ``fn`` in a daemon thread and give up after ``seconds``.

    A thread cannot be killed, so a hung parse keeps its thread until it finishes; the caller gets its
    answer on time, which is what matters for a batch. A process would be killable but cannot be started
    from inside Dask's daemonic worker processes, where this code also runs.
    """
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001  re-raised in the caller's thread
            box["error"] = e

    th = threading.Thread(target=target, name="nkwatch-html-parse", daemon=True)
    th.start()
    th.join(seconds)
    if th.is_alive():
        raise ParseTimeout(f"{what} took longer than {seconds:g} s")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def extract_html(html: str, *, url: str | None = None, source: str | None = None,
                 max_chars: int = MAX_HTML_CHARS, timeout: float = PARSE_SECONDS) -> HtmlText:
    """Main text and metadata of one page. Raises EmptyInput, TooLarge, ParseError or ParseTimeout."""
    where = source or url
    if not html or not html.strip():
        raise EmptyInput("empty HTML page", source=where)
    if len(html) > max_chars:
        raise TooLarge(f"HTML page of {len(html):,} characters is over the {max_chars:,} cap", source=where)

    def parse():
        import trafilatura

        return trafilatura.bare_extraction(
            html, url=url, include_comments=False, with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True})

    try:
        doc = _run_with_deadline(parse, timeout, "HTML main-text extraction")
    except ParseTimeout as e:
        e.source = where
        raise
    except Exception as e:  # trafilatura/lxml raise many types; the boundary turns them into one
        raise ParseError(f"HTML could not be parsed: {type(e).__name__}: {e}", source=where) from e
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise ParseError("no main text found in the page (empty, script-only, or past the parser's limits)",
                         source=where)
    # trafilatura separates paragraphs with one newline; a blank line between them matches text records.
    text = re.sub(r"\n+", "\n\n", doc.text.strip())
    return HtmlText(
        text=text,
        title=clean_title(getattr(doc, "title", None)),
        date=getattr(doc, "date", None) or None,
        sitename=clean_title(getattr(doc, "sitename", None)),
        language=getattr(doc, "language", None) or page_language(html),
    )
