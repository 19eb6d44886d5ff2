"""``nkwatch load DIR``: merge the shards of a ``nkwatch run`` into the store — articles, then their extractions.

The one scale module that writes the store, as the sink of a run: it imports ``nkwatch.store`` at call time and
goes through the store's own ingestion (journal, duplicates, resume positions) and knowledge-base functions, so
a loaded article is indistinguishable from an ingested one. Loading twice adds nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator

from nkwatch.ingest.items import IngestItem
from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import InputError, NkwatchError

BATCH = 200


@dataclass
class LoadReport:
    articles_stored: int = 0
    articles_duplicate: int = 0
    extractions_stored: int = 0
    extractions_unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def exit_code(self) -> int:
        if self.articles_stored + self.articles_duplicate == 0 and self.errors:
            return 3
        return 1 if self.errors else 0


def read_manifest(out_dir: str | Path) -> dict:
    path = Path(out_dir) / "manifest.json"
    try:
        return json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputError("not the output of `nkwatch run`: no manifest.json", source=str(out_dir)) from None
    except ValueError as e:
        raise InputError(f"manifest.json is not JSON: {e}", source=str(out_dir)) from e


def _article_items(path: Path, start_after: str | None) -> Iterator[IngestItem]:
    skip = int(start_after) if start_after and start_after.isdigit() else 0
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if n <= skip or not line.strip():
                continue
            rec = json.loads(line)
            source, ref = rec.pop("source", None) or str(path), rec.pop("source_ref", None)
            raw = rec.get("html") if rec.get("html") else json.dumps(rec, ensure_ascii=False)
            try:
                article = prepare_record(rec, source=source, ref=ref)
            except NkwatchError as e:
                yield IngestItem(source=source, ref=ref, position=str(n), raw=raw, error=e)
                continue
            yield IngestItem(source=source, ref=ref, position=str(n), article=article, raw=raw)


def load_run(db_path: str | Path, out_dir: str | Path, *, progress: bool = False) -> LoadReport:
    """Store every article of the run's article shards, then each one's extraction record."""
    from nkwatch.store.facts import KnowledgeBase
    from nkwatch.store.ingestion import Ingestion, source_fingerprint, source_key
    from nkwatch.store.writer import Writer

    out = Path(out_dir)
    manifest = read_manifest(out)
    settings = manifest.get("settings") or {}
    version = f"{settings.get('extractor')}-{settings.get('extractor_version')}"
    report = LoadReport()
    if not manifest.get("complete", True):
        report.errors.append(f"{out}: the run did not complete (see errors.jsonl); loading the parts it finished")
    with Writer.for_path(db_path) as writer:
        run = Ingestion(writer, [str(out)], progress=progress, extract=False)
        for shard in manifest.get("outputs", []):
            path = out / shard["articles"]
            key, fingerprint = source_key(str(path)), source_fingerprint(str(path))
            run.consume(key, _article_items(path, run.resume_point(key, fingerprint)), fingerprint=fingerprint)
        ingested = run.finish()
        report.articles_stored, report.articles_duplicate = ingested.stored, ingested.duplicates
        report.errors.extend(str(e) for e in ingested.errors)

        kb = KnowledgeBase(writer.conn)
        for shard in manifest.get("outputs", []):
            with open(out / shard["extractions"], encoding="utf-8") as fh:
                records = [json.loads(line) for line in fh if line.strip()]
            for i in range(0, len(records), BATCH):
                with writer.transaction() as conn:
                    for rec in records[i:i + BATCH]:
                        _store_one(conn, kb, rec, version, report)
    return report


def _store_one(conn, kb, rec: dict, version: str, report: LoadReport) -> None:
    row = conn.execute("SELECT text FROM articles WHERE doc_id = ?", (rec["doc_id"],)).fetchone()
    if row is None:
        return  # its article was refused above, and that error is already in the report
    if rec.get("text") is not None and rec["text"] != row[0]:
        report.errors.append(f"{rec['doc_id']}: the stored article has another text than the one extracted; "
                             "its extraction is not stored")
        return
    status = kb.store(rec["doc_id"], rec, version)
    if status == "unchanged":
        report.extractions_unchanged += 1
    else:
        report.extractions_stored += 1
