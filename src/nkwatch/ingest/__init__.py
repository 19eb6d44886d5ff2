"""Sources (files, JSONL, URLs, RSS, WARC) → cleaned article records.

Public surface:

- ``sources.iter_source(source, fmt=None, *, fetcher=None, start_after=None)`` → IngestItems of any source
- ``prepare.prepare_record(record, *, source=None, ref=None)`` → Article (text unchanged, boilerplate as cuts)
- ``text_cleaning.find_cuts(text)`` → list[Cut]
- ``fetch.Fetcher`` → one safe, polite HTTP client per run (``fetch(url)``)
- ``duplicates.canonical_url``, ``duplicates.text_fingerprint``, ``duplicates.NearDuplicateIndex``
- ``encoding.decode_bytes(data, declared)`` → text plus the charset decision
- ``items.IngestItem``: what every source yields
"""
