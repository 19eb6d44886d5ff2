"""`nkwatch ingest`: sources → article records (nkwatch.ingest) → the store, with a journal and resume positions.

Each batch of items (``batch_size`` items, or fewer when a slow source has kept a batch open for
``batch_seconds``) is written in one transaction together with the source's resume position, so after a crash
(kill -9, power loss: the database runs WAL with synchronous=FULL) a re-run continues after the last committed
item and nothing is stored twice. Re-reading an input that was stored before adds nothing either: the journal
says "duplicate".

Duplicates:
- the same doc_id with the same text, or the same canonical URL with the same text, or the same text with the
  same URL and outlet: not stored again (journal: duplicate);
- the same doc_id with a different text: not stored (journal: error ``doc_id_conflict``);
- the same or a similar text under another outlet or URL (a reprinted wire story): stored, and linked to the
  copies it matches in ``near_duplicates``; ``text_group`` names the first stored copy so later stages can
  count one source.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from nkwatch.model import Article, NkwatchError, content_hash, stable_id
from nkwatch.store import journal
from nkwatch.store.articles import insert_article, link_copies
from nkwatch.store.near_duplicates import StoredNearDuplicates
from nkwatch.store.writer import Writer


@dataclass
class IngestError:
    source: str
    ref: str | None
    reason: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.ref}" if self.ref else self.source
        return f"{where}: {self.reason}: {self.message}"


@dataclass
class IngestReport:
    run_id: int | None = None
    stored: int = 0
    duplicates: int = 0
    errors: list[IngestError] = field(default_factory=list)
    resumed: dict[str, str] = field(default_factory=dict)   # source → position it resumed after

    @property
    def usable(self) -> int:
        return self.stored + self.duplicates

    def exit_code(self) -> int:
        """0 all good, 1 some inputs bad, 3 nothing usable (the CLI's codes)."""
        if self.usable == 0:
            return 3
        return 1 if self.errors else 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["exit_code"] = self.exit_code()
        return d


def source_key(source: str) -> str:
    """How a source is named in the positions table: local paths absolute, URLs and '-' as given."""
    if source == "-" or "://" in source:
        return source
    return os.path.abspath(source)


def source_fingerprint(source: str) -> str | None:
    """Size and mtime of a local file: when the file changed since the interrupted run, resume from the start."""
    try:
        st = os.stat(source)
    except OSError:
        return None
    if not Path(source).is_file():
        return None
    return f"{st.st_size}:{st.st_mtime_ns}"


# The duplicate lookups run once per item; each must stay an index search. Unary + keeps the planner off the
# outlet and url columns (without ANALYZE it would pick articles_outlet, and one outlet can have 10,000 rows).
SAME_DOC_ID = "SELECT content_hash, source, source_ref FROM articles WHERE doc_id = ?"
SAME_URL = "SELECT doc_id FROM articles WHERE canonical_url = ? AND +content_hash = ?"
SAME_TEXT = "SELECT doc_id FROM articles WHERE content_hash = ? AND +url IS ? AND +outlet IS ?"


def _canonical(url: str | None) -> str | None:
    if not url:
        return None
    try:
        from nkwatch.ingest.duplicates import canonical_url
    except ImportError:  # pragma: no cover - until ingest lands
        return url.strip()
    try:
        return canonical_url(url)
    except Exception:  # a URL the canonicaliser cannot parse is still a key
        return url.strip()


class Ingestion:
    """Writes items of one run; ``consume`` takes one source's item stream."""

    def __init__(self, writer: Writer, sources: list[str], *, batch_size: int = 200, batch_seconds: float = 2.0,
                 progress: bool = False, near_index=None, extract: bool = True):
        self.writer = writer
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self.progress = progress
        self.report = IngestReport()
        self.near = StoredNearDuplicates(writer.conn)
        # Facts: each newly stored article is extracted and its statements stored in the same transaction
        # (nkwatch.store.facts); a failed extraction is recorded there and the batch goes on.
        self.kb = None
        if extract:
            from nkwatch.store.facts import KnowledgeBase

            self.kb = KnowledgeBase(writer.conn)
        if near_index is not None:  # a caller that has one (tests, a long-lived service) skips the warm-up
            self.near.index = near_index
        with writer.transaction() as conn:
            self.report.run_id = journal.start_run(conn, sources)

    def resume_point(self, key: str, fingerprint: str | None) -> str | None:
        pos = journal.get_position(self.writer.conn, key)
        if pos and pos["state"] == "running" and pos["position"] is not None and pos["fingerprint"] == fingerprint:
            self.report.resumed[key] = pos["position"]
            return pos["position"]
        return None

    def consume(self, key: str, items: Iterable, *, fingerprint: str | None = None) -> None:
        bar = None
        if self.progress:
            from tqdm import tqdm

            bar = tqdm(desc=os.path.basename(key.rstrip("/")) or key, unit=" items", file=sys.stderr,
                       dynamic_ncols=True, leave=False)
        it = iter(items)
        try:
            while True:
                batch, failure = self._take(it, key)
                if batch or failure:
                    self._write(key, batch, failure, fingerprint)
                    if bar is not None:
                        bar.update(len(batch))
                if failure is not None or not batch:
                    break
            if failure is None:
                with self.writer.transaction() as conn:
                    last = journal.get_position(conn, key)
                    journal.set_position(conn, key, last["position"] if last else None, state="done",
                                         fingerprint=fingerprint)
        finally:
            if bar is not None:
                bar.close()

    def _take(self, it: Iterator, key: str) -> tuple[list, IngestError | None]:
        """Up to batch_size items; a source that raises ends its stream with one error."""
        batch: list = []
        started = time.monotonic()
        try:
            for item in it:
                batch.append(item)
                if len(batch) >= self.batch_size or time.monotonic() - started > self.batch_seconds:
                    break
        except NkwatchError as e:
            return batch, IngestError(e.source or key, None, e.reason, e.message)
        except Exception as e:  # a reader bug on odd input must not lose the rest of the run
            return batch, IngestError(key, None, "internal_error", f"{type(e).__name__}: {e}")
        return batch, None

    def _write(self, key: str, batch: list, failure: IngestError | None, fingerprint: str | None) -> None:
        with self.writer.transaction() as conn:
            counts = [0, 0, []]
            position = None
            for item in batch:
                self._store_item_guarded(conn, item, counts)
                if getattr(item, "position", None) is not None:
                    position = str(item.position)
            if failure is not None:
                journal.record(conn, run_id=self.report.run_id, source=failure.source, ref=failure.ref,
                               status="error", reason=failure.reason, message=failure.message)
                counts[2].append(failure)
            if position is not None:
                journal.set_position(conn, key, position, state="running", fingerprint=fingerprint)
        # only after the commit: a rolled-back batch must not be counted
        self.report.stored += counts[0]
        self.report.duplicates += counts[1]
        self.report.errors.extend(counts[2])

    def _store_item_guarded(self, conn: sqlite3.Connection, item, counts: list) -> None:
        """``_store_item`` in a savepoint: a document that runs the process out of memory (extraction of a
        pathological text) is rolled back alone and quarantined as ``oom``; the batch goes on."""
        conn.execute("SAVEPOINT ingest_item")
        try:
            self._store_item(conn, item, counts)
        except MemoryError:
            conn.execute("ROLLBACK TO ingest_item")
            conn.execute("RELEASE ingest_item")
            source, ref = str(item.source), (None if item.ref is None else str(item.ref))
            message = "out of memory while storing or extracting this document; quarantined, the rest goes on"
            journal.record(conn, run_id=self.report.run_id, source=source, ref=ref, status="error",
                           reason="oom", message=message)
            counts[2].append(IngestError(source, ref, "oom", message))
            return
        conn.execute("RELEASE ingest_item")

    def _store_item(self, conn: sqlite3.Connection, item, counts: list) -> None:
        source, ref = str(item.source), (None if item.ref is None else str(item.ref))
        raw = getattr(item, "raw", None)
        err = getattr(item, "error", None)
        article: Article | None = getattr(item, "article", None)
        if err is None and article is None:
            err = NkwatchError("the reader produced neither an article nor an error", source=source)
        if err is not None:
            reason = getattr(err, "reason", "error")
            message = getattr(err, "message", None) or str(err)
            journal.record(conn, run_id=self.report.run_id, source=source, ref=ref, status="error",
                           reason=reason, message=message, raw=raw)
            counts[2].append(IngestError(source, ref, reason, message))
            return
        chash = content_hash(article.text)
        if not article.doc_id:
            article.doc_id = stable_id("doc", chash)
        if article.source is None:
            article.source = source
        if article.source_ref is None:
            article.source_ref = ref
        canonical = _canonical(article.url)
        status, reason, message = self._duplicate_of(conn, article, canonical, chash)
        if status == "error":
            journal.record(conn, run_id=self.report.run_id, source=source, ref=ref, status="error",
                           doc_id=article.doc_id, reason=reason, message=message, raw=raw)
            counts[2].append(IngestError(source, ref, reason, message))
            return
        if status == "duplicate":
            journal.record(conn, run_id=self.report.run_id, source=source, ref=ref, status="duplicate",
                           doc_id=article.doc_id, reason=reason, message=message)
            counts[1] += 1
            return
        matches = self.near.add(article.doc_id, article.kept_text())
        group = article.doc_id
        if matches:
            best = max(matches, key=lambda m: m[1])[0]
            row = conn.execute("SELECT text_group FROM articles WHERE doc_id = ?", (best,)).fetchone()
            group = row[0] if row else best
        insert_article(conn, article, canonical_url=canonical, content_hash=chash, text_group=group, raw=raw,
                       first_seen=journal.now(), run_id=self.report.run_id)
        link_copies(conn, article.doc_id, matches)
        if self.kb is not None:
            from nkwatch.store.facts import extract_and_store

            extract_and_store(self.kb, article)
        journal.record(conn, run_id=self.report.run_id, source=source, ref=ref, status="ok", doc_id=article.doc_id,
                       message=f"copy of {group}" if group != article.doc_id else None)
        counts[0] += 1

    @staticmethod
    def _duplicate_of(conn: sqlite3.Connection, article: Article, canonical: str | None,
                      chash: str) -> tuple[str, str | None, str | None]:
        row = conn.execute(SAME_DOC_ID, (article.doc_id,)).fetchone()
        if row is not None:
            where = f"{row[1]}:{row[2]}" if row[2] else row[1]
            if row[0] == chash:
                return "duplicate", "same_doc_id", f"{article.doc_id} already stored (from {where})"
            return ("error", "doc_id_conflict",
                    f"doc_id {article.doc_id} is already stored with a different text (from {where}); not replaced")
        if canonical:
            row = conn.execute(SAME_URL, (canonical, chash)).fetchone()
            if row is not None:
                return "duplicate", "same_url", f"{canonical} already stored as {row[0]}"
        row = conn.execute(SAME_TEXT, (chash, article.url, article.outlet)).fetchone()
        if row is not None:
            return "duplicate", "same_text", f"the same text is already stored as {row[0]}"
        return "ok", None, None

    def finish(self) -> IngestReport:
        with self.writer.transaction() as conn:
            journal.finish_run(conn, self.report.run_id, stored=self.report.stored,
                               duplicates=self.report.duplicates, errors=len(self.report.errors))
        return self.report


def ingest(db_path: str | Path, sources: list[str], fmt: str | None = None, *, fetcher=None,
           batch_size: int = 200, progress: bool = False, extract: bool = True) -> IngestReport:
    """Read every source (files, directories, JSONL, '-', URLs, feeds, WARCs) into the store at ``db_path``.

    Bad input never stops the run: each bad item is an error row in the journal and in the report.
    """
    from nkwatch.ingest.sources import iter_source

    with Writer.for_path(db_path) as writer:
        run = Ingestion(writer, list(sources), batch_size=batch_size, progress=progress, extract=extract)
        for source in sources:
            key = source_key(source)
            fingerprint = source_fingerprint(source)
            # stdin is a different stream every time: never resume it
            start_after = run.resume_point(key, fingerprint) if source != "-" else None
            try:
                items = iter_source(source, fmt, fetcher=fetcher, start_after=start_after)
            except NkwatchError as e:
                run.consume(key, _raising(e), fingerprint=fingerprint)
                continue
            run.consume(key, items, fingerprint=fingerprint)
        return run.finish()


def _raising(e: Exception):
    raise e
    yield  # pragma: no cover
