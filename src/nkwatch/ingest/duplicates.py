"""Duplicates: canonical URLs and text fingerprints for exact copies, MinHash LSH for near copies.

A wire story reprinted by ten outlets is ten articles linked as copies of one text, so later stages can
count it as one source. Word 3-shingles keep an edited reprint (a changed headline, a cut paragraph)
close to its original and far from an unrelated article on the same topic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from nkwatch.model import content_hash

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_WORD = re.compile(r"\w+", re.UNICODE)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


@lru_cache(maxsize=1)
def _tracking() -> tuple[frozenset[str], tuple[str, ...]]:
    names = yaml.safe_load((DATA_DIR / "url_tracking.yaml").read_text("utf-8"))["tracking_params"]
    exact = frozenset(n.lower() for n in names if not n.endswith("*"))
    prefixes = tuple(n[:-1].lower() for n in names if n.endswith("*"))
    return exact, prefixes


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no "www.", default port, fragment or tracking
    parameters; the other query parameters sorted. The path keeps its case (servers may treat it so)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    port = parts.port if parts.port is not None else None
    netloc = host if port is None or str(port) == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    exact, prefixes = _tracking()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in exact and not k.lower().startswith(prefixes)]
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def text_fingerprint(text: str) -> str:
    """A hash of the words of a text, blind to case, spacing and punctuation: equal for exact copies."""
    return content_hash(" ".join(_WORD.findall(text.lower())))


def shingles(text: str, k: int = 3) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


class NearDuplicateIndex:
    """Near-duplicate texts by MinHash LSH over word shingles.

    ``add`` returns the documents already in the index whose estimated Jaccard similarity to the new one
    is at least ``threshold``. ``signature`` gives the bytes to store with an article, and ``add_signature``
    rebuilds the index from stored signatures without re-reading texts.
    """

    def __init__(self, threshold: float = 0.5, num_perm: int = 128, shingle_words: int = 3, seed: int = 1):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self.seed = seed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._hashes

    def minhash(self, text: str):
        from datasketch import LeanMinHash, MinHash

        m = MinHash(num_perm=self.num_perm, seed=self.seed)
        m.update_batch([s.encode("utf-8") for s in shingles(text, self.shingle_words)])
        return LeanMinHash(m)

    def _scheme(self) -> str:
        # datasketch 2 names the hash scheme a MinHash used; stored values must be read back with the same one.
        if not hasattr(self, "_scheme_name"):
            self._scheme_name = self.minhash("nkwatch scheme probe").scheme
        return self._scheme_name

    def signature(self, text: str) -> bytes:
        """The MinHash of ``text`` as bytes (num_perm × 8), for storing beside the article."""
        return self.minhash(text).hashvalues.astype("<u8").tobytes()

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index ``text`` as ``doc_id``; return [(other_doc_id, jaccard_estimate)], most similar first."""
        if not shingles(text, self.shingle_words):
            return []  # an empty text matches nothing and is not indexed
        return self._add(doc_id, self.minhash(text))

    def add_signature(self, doc_id: str, signature: bytes) -> list[tuple[str, float]]:
        """Index a stored signature (from ``signature``); same answer as ``add`` on the text."""
        import numpy as np
        from datasketch import LeanMinHash

        values = np.frombuffer(signature, dtype="<u8").astype(np.uint64)
        if len(values) != self.num_perm:
            raise ValueError(f"signature has {len(values)} values, the index uses {self.num_perm}")
        return self._add(doc_id, LeanMinHash(seed=self.seed, hashvalues=values, scheme=self._scheme()))

    def query(self, text: str) -> list[tuple[str, float]]:
        """Similar documents without indexing ``text``."""
        if not shingles(text, self.shingle_words):
            return []
        return self._matches(self.minhash(text), exclude=None)

    def _matches(self, mh, exclude: str | None) -> list[tuple[str, float]]:
        out = []
        for other in self._lsh.query(mh):
            if other == exclude:
                continue
            j = float(mh.jaccard(self._hashes[other]))
            if j >= self.threshold:
                out.append((other, round(j, 4)))
        return sorted(out, key=lambda m: (-m[1], m[0]))

    def _add(self, doc_id: str, mh) -> list[tuple[str, float]]:
        matches = self._matches(mh, exclude=doc_id)
        if doc_id not in self._hashes:
            self._lsh.insert(doc_id, mh)
            self._hashes[doc_id] = mh
        return matches
