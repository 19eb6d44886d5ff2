"""Compositions of the stages that several front ends share (the CLI, the store, Dask): prepare → extract → cluster.

May import model, ingest, extract and resolve, like scale/; nothing here re-implements a stage.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from nkwatch.extract import Extractor, get_extractor
from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import NkwatchError
from nkwatch.resolve.batch import assign_clusters


@dataclass
class ExtractReport:
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def empty_record(doc_id: str) -> dict:
    return {"doc_id": doc_id, "relevant": False, "events": [], "claims": [], "restaurants": []}


def extract_record(record: dict, extractor: Extractor | None = None, *, ref: str | None = None) -> dict:
    """One contract article record → one extraction record (no cluster ids: those need the batch).

    Never raises on bad content: the record comes back empty, with ``warnings`` saying why.
    """
    extractor = extractor or get_extractor()
    doc_id = str(record.get("doc_id") or "") if isinstance(record, dict) else ""
    try:
        article = prepare_record(record, ref=ref)
        out = extractor.extract(article)
        if record.get("html") and not record.get("text"):
            out["text"] = article.text  # evidence points into the text we extracted from the page
        if article.warnings:
            out.setdefault("warnings", []).extend(article.warnings)
        return out
    except NkwatchError as e:
        out = empty_record(doc_id)
        out["warnings"] = [f"{e.reason}: {e.message}"]
        return out


def published_text(value) -> str | None:
    """The contract's ``published`` as a string the resolver can parse (a bare year may arrive as a JSON number)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    return value if isinstance(value, str) else None


def extract_records(records: Iterable[dict], extractor: Extractor | None = None) -> list[dict]:
    """Extract every record, then tie mentions of one real-world event across the batch with ``cluster``."""
    extractor = extractor or get_extractor()
    records = list(records)
    out = [extract_record(r, extractor, ref=str(i)) for i, r in enumerate(records, 1)]
    # publication dates place undated mentions in time (the store's resolver has them too)
    assign_clusters(out, {str(r.get("doc_id")): {**r, "published": published_text(r.get("published"))}
                          for r in records if isinstance(r, dict)})
    return out


def read_jsonl(path: str, report: ExtractReport) -> Iterator[dict]:
    """Article records from a JSONL file or stdin; a bad line is reported and yields an empty record."""
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")
    try:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
            except ValueError as e:
                report.errors.append(f"{path}:{n}: not an article record: {e}")
                rec = {"doc_id": f"line-{n}", "text": ""}
            yield rec
    finally:
        if fh is not sys.stdin:
            fh.close()


def extract_file(source: str, output: str, *, quiet: bool = False) -> ExtractReport:
    """``nkwatch extract``: article records in, extraction records out, same order."""
    report = ExtractReport()
    records = list(read_jsonl(source, report))
    results = extract_records(records)
    report.articles = len(results)
    fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        for r in results:
            for w in r.get("warnings", []):
                report.warnings.append(f"{r['doc_id']}: {w}")
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    return report
