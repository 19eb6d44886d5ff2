"""Turn one contract article record into an Article: text kept as given, boilerplate recorded as cuts."""

from __future__ import annotations

import re

from nkwatch.ingest.html_text import clean_title, extract_html
from nkwatch.ingest.text_cleaning import find_cuts
from nkwatch.model import Article, BadRecord, content_hash, stable_id
from nkwatch.model.articles import CONTRACT_FIELDS

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$")


def _optional_str(record: dict, key: str, source: str | None) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and key == "published":
        return str(value)  # a bare year written as a number
    if not isinstance(value, str):
        raise BadRecord(f"field {key!r} must be a string, got {type(value).__name__}", source=source)
    return value.strip() or None


def record_doc_id(record: dict) -> str:
    """The record's doc_id, or a deterministic one from its URL or content when it has none."""
    doc_id = record.get("doc_id")
    if isinstance(doc_id, (str, int)) and str(doc_id).strip():
        return str(doc_id).strip()
    if isinstance(record.get("url"), str) and record["url"].strip():
        return stable_id("doc", record["url"].strip())
    body = record.get("text") if isinstance(record.get("text"), str) and record["text"].strip() else record.get("html")
    return stable_id("doc", content_hash(body if isinstance(body, str) else ""))


def prepare_record(record: dict, *, source: str | None = None, ref: str | None = None) -> Article:
    """A contract article record (``text`` or ``html``) → Article with cut offsets into its text.

    A ``text`` record keeps its text unchanged, so evidence offsets stay valid; an ``html`` record gets the
    page's main text (the text its evidence then points into) and metadata the record lacks. Raises
    BadRecord when there is nothing to read, ParseError/ParseTimeout/TooLarge for an unusable page.
    """
    where = f"{source}:{ref}" if source and ref else source
    if not isinstance(record, dict):
        raise BadRecord(f"record is a JSON {type(record).__name__}, not an object", source=where)
    text, html = record.get("text"), record.get("html")
    if text is not None and not isinstance(text, str):
        raise BadRecord(f"field 'text' must be a string, got {type(text).__name__}", source=where)
    if html is not None and not isinstance(html, str):
        raise BadRecord(f"field 'html' must be a string, got {type(html).__name__}", source=where)
    has_text = bool(text and text.strip())
    has_html = bool(html and html.strip())
    if not has_text and not has_html:
        raise BadRecord("record has no text and no html", source=where)

    doc_id = record_doc_id(record)
    url = _optional_str(record, "url", where)
    article = Article(
        doc_id=doc_id, text=text if has_text else "", url=url,
        title=clean_title(_optional_str(record, "title", where)),
        outlet=_optional_str(record, "outlet", where),
        published=_optional_str(record, "published", where),
        html=html if has_html else None,
        language=_optional_str(record, "language", where),
        source=source, source_ref=ref,
        encoding=_optional_str(record, "encoding", where),
        extra={k: v for k, v in record.items() if k not in CONTRACT_FIELDS and k not in ("language", "encoding")},
    )
    if not has_text:
        page = extract_html(html, url=url, source=where or doc_id)
        article.text = page.text
        article.title = article.title or page.title
        article.published = article.published or page.date
        article.outlet = article.outlet or page.sitename
        article.language = article.language or page.language
        article.warnings.extend(page.warnings)
    if article.published and not _ISO_DATE.match(article.published):
        article.warnings.append(f"published {article.published!r} is not an ISO 8601 date (YYYY, YYYY-MM or "
                                f"YYYY-MM-DD); relative dates may not be anchored")
    article.cuts = find_cuts(article.text)
    return article

