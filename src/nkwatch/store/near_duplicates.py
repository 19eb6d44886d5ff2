"""The near-duplicate index of one write connection, kept warm through a run and backed by stored signatures.

Each stored article's MinHash signature goes into ``minhashes`` in the same transaction as the article, so the next
run rebuilds the index from bytes instead of re-reading every text (nkwatch.ingest.duplicates does the hashing).
"""

from __future__ import annotations

import sqlite3


class StoredNearDuplicates:
    """The near-duplicate index, rebuilt from stored MinHash signatures the first time a new article needs it."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.index = None
        self.scheme = None

    def _open(self) -> None:
        from nkwatch.ingest.duplicates import NearDuplicateIndex

        self.index = NearDuplicateIndex()
        self.scheme = f"minhash-{self.index.num_perm}-{self.index.shingle_words}-{self.index.seed}"
        stale = []
        for doc_id, kept, scheme, sig in self.conn.execute(
                "SELECT a.doc_id, a.kept_text, m.scheme, m.signature FROM articles a"
                " LEFT JOIN minhashes m ON m.doc_id = a.doc_id ORDER BY a.rowid"):
            if scheme == self.scheme:
                self.index.add_signature(doc_id, sig)
            else:  # stored before signatures, or under other parameters
                sig = self.signature(kept)
                if sig is not None:
                    self.index.add_signature(doc_id, sig)
                    stale.append((doc_id, self.scheme, sig))
        # the caller holds the write transaction: the refreshed signatures commit with its batch
        self.conn.executemany("INSERT OR REPLACE INTO minhashes (doc_id, scheme, signature) VALUES (?, ?, ?)", stale)

    def signature(self, text: str) -> bytes | None:
        from nkwatch.ingest.duplicates import shingles

        if not shingles(text, self.index.shingle_words):
            return None  # an empty text matches nothing
        return self.index.signature(text)

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index the article and store its signature; return the earlier articles it nearly copies."""
        if self.index is None:
            self._open()
        if self.scheme is None:  # an injected index without signatures (tests)
            return [(o, s) for o, s in self.index.add(doc_id, text) if o != doc_id]
        sig = self.signature(text)
        if sig is None:
            return []
        self.conn.execute("INSERT OR REPLACE INTO minhashes (doc_id, scheme, signature) VALUES (?, ?, ?)",
                          (doc_id, self.scheme, sig))
        return [(o, s) for o, s in self.index.add_signature(doc_id, sig) if o != doc_id]
