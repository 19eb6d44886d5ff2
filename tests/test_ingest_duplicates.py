"""Exact and near duplicates: canonical URLs, text fingerprints, MinHash LSH links a reprint and nothing else."""

from __future__ import annotations

from pathlib import Path

from nkwatch.ingest.duplicates import NearDuplicateIndex, canonical_url, text_fingerprint
from nkwatch.ingest.prepare import prepare_record

DATA = Path(__file__).parent / "data" / "ingest" / "duplicates"


def kept(name: str) -> str:
    return prepare_record({"doc_id": name, "text": (DATA / name).read_text("utf-8")}).kept_text()


def test_canonical_url_drops_tracking_and_fragments():
    a = canonical_url("HTTPS://WWW.Example.COM:443/News/Story-1/?utm_source=tw&id=7&fbclid=x&a=1#comments")
    assert a == "https://example.com/News/Story-1?a=1&id=7"
    assert canonical_url("https://example.com/News/Story-1?id=7&a=1") == a
    assert canonical_url("http://example.com:8080/x") == "http://example.com:8080/x"
    assert canonical_url("https://example.com/news/story-1") != a  # path case is kept


def test_text_fingerprint_ignores_spacing_and_case():
    assert text_fingerprint("The pier  reopened.\n\nFares hold.") == text_fingerprint("the pier reopened fares hold")
    assert text_fingerprint("The pier reopened.") != text_fingerprint("The pier closed.")


def test_reprint_links_and_unrelated_does_not():
    index = NearDuplicateIndex()
    assert index.add("orig", kept("wire_original.txt")) == []
    matches = index.add("reprint", kept("wire_reprint.txt"))
    assert [m[0] for m in matches] == ["orig"] and matches[0][1] >= 0.6
    assert index.add("other", kept("unrelated_same_topic.txt")) == []
    # re-adding a stored document finds its copies but not itself
    assert [m[0] for m in index.add("orig", kept("wire_original.txt"))] == ["reprint"]


def test_index_rebuilds_from_stored_signatures():
    index = NearDuplicateIndex()
    sig = index.signature(kept("wire_original.txt"))
    assert isinstance(sig, bytes) and len(sig) == 128 * 8
    rebuilt = NearDuplicateIndex()
    rebuilt.add_signature("orig", sig)
    assert rebuilt.add("reprint", kept("wire_reprint.txt"))[0][0] == "orig"
    assert rebuilt.query(kept("unrelated_same_topic.txt")) == []


def test_empty_text_matches_nothing():
    index = NearDuplicateIndex()
    assert index.add("a", "") == [] and "a" not in index
