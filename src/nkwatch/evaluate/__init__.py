"""``nkwatch evaluate``: run an extractor over article records and score it against gold records.

The scoring is the contract's (../shared/contract/EXTRACTION.md, "Scoring"), ported from the reference scorer so it
works without ../shared; the report has the reference scorer's keys plus ``run`` (extractor, timing, gold problems).

    from nkwatch.evaluate import evaluate_files, format_report
    report = evaluate_files("articles.jsonl", "gold.jsonl", extractor="rules")
    print(format_report(report, by_doc=True))
"""

from __future__ import annotations

import json
import time

from nkwatch.evaluate.records import check_records, load_jsonl
from nkwatch.evaluate.report import format_report
from nkwatch.evaluate.scoring import evidence_valid, score
from nkwatch.model.errors import ScoringError

__all__ = ["ScoringError", "evaluate_files", "evaluate_records", "format_report", "score", "check_records", "load_jsonl",
           "evidence_valid"]


def evaluate_records(articles: list[dict], gold: list[dict], extractor: str = "rules") -> tuple[dict, list[dict]]:
    """Extract ``articles`` with the extractor registered as ``extractor`` and score them: (report, predictions).

    Raises ScoringError when an article has no gold record (the score would silently leave it out), KeyError for
    an unknown extractor name.
    """
    from nkwatch.extract import get_extractor
    from nkwatch.pipeline import extract_records

    gold_ids = {g.get("doc_id") for g in gold}
    extra = [a.get("doc_id") for a in articles if a.get("doc_id") not in gold_ids]
    if extra:
        raise ScoringError(f"{len(extra)} article(s) without a gold record: {', '.join(map(str, extra[:5]))}")
    ex = get_extractor(extractor)
    t0 = time.perf_counter()
    predictions = extract_records(articles, ex)
    seconds = time.perf_counter() - t0
    report = score(articles, gold, predictions)
    report["run"] = {"extractor": extractor, "version": getattr(ex, "version", None), "articles": len(articles),
                     "seconds": round(seconds, 2), "gold_problems": check_records(gold, articles)}
    return report, predictions


def evaluate_files(articles: str, gold: str, extractor: str = "rules", *, predictions_out: str | None = None) -> dict:
    """``nkwatch evaluate``: the report for the articles file scored against the gold file.

    ``predictions_out`` also writes the extraction records that were scored (JSONL), to inspect or re-score.
    """
    report, predictions = evaluate_records(load_jsonl(articles), load_jsonl(gold), extractor)
    if predictions_out:
        with open(predictions_out, "w", encoding="utf-8") as fh:
            for p in predictions:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    return report
