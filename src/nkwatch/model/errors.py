"""The one exception tree of nkwatch. Bad content becomes one of these, then an error record at the boundary.

NkwatchError                      every error nkwatch raises on purpose; .reason is a short machine code
├── InputError                    the input itself is unusable
│   ├── EmptyInput                an empty file, record or page
│   ├── BinaryInput               bytes that are not text
│   ├── TooLarge                  over a configured size cap
│   │   └── DecompressionBomb     compressed input that inflates past the cap
│   ├── BadRecord                 a JSON line that is not JSON, or a record without text
│   ├── DecodeError               bytes that no candidate encoding decodes
│   ├── TruncatedRecord           a WARC record shorter than its declared length
│   ├── CorruptShard              an archive file (WARC, gzip) that cannot be read on past some point
│   ├── DamagedRecord             a WARC record or gzip member that is damaged; the reader resyncs after it
│   └── DigestMismatch            a WARC record whose WARC-Block-Digest does not match its block
│   └── ScoringError              gold and articles that cannot be scored together (bad line, unknown doc_id)
├── FetchError                    a URL could not be fetched
│   ├── BlockedAddress            private, loopback, link-local or metadata address (SSRF guard)
│   ├── RobotsDisallowed          robots.txt forbids the path
│   ├── FetchTimeout              the total deadline passed
│   ├── SchemeNotAllowed          a URL or redirect to anything but http/https (file:, data:, ftp:, gopher:)
│   ├── TooManyRedirects          more redirects than the cap (or a loop)
│   ├── TLSError                  the certificate did not verify (never retried without verification)
│   └── HTTPStatusError           a non-2xx answer
├── ParseError                    the content could not be parsed
│   └── ParseTimeout              the parser passed its wall-clock limit
├── ExtractionError               the extractor failed on an article
├── StoreError                    the database refused or is unusable
│   ├── CorruptDatabase           PRAGMA quick_check found damage when the database was opened
│   └── DiskFull                  the disk (or max_page_count) is full; the batch was rolled back
├── QueryTimeout                  a read query passed the server's time limit
├── ResourceExhausted             a document needed more memory than the process may use (oom)
├── JudgementRefused              a merge or split that would break the knowledge base
├── ReviewRefused                 a review with a value its slot cannot hold (a count of -3, no such country)
└── ReviewConflict                a review of an event that changed since the reviewer loaded it
"""

from __future__ import annotations


class NkwatchError(Exception):
    """Base of every error nkwatch raises on purpose."""

    reason = "error"

    def __init__(self, message: str, *, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(NkwatchError):
    reason = "bad_input"


class EmptyInput(InputError):
    reason = "empty"


class BinaryInput(InputError):
    reason = "binary"


class TooLarge(InputError):
    reason = "too_large"


class BadRecord(InputError):
    reason = "bad_record"


class DecodeError(InputError):
    reason = "undecodable"


class TruncatedRecord(InputError):
    reason = "truncated"


class CorruptShard(InputError):
    reason = "corrupt_shard"


class DamagedRecord(InputError):
    reason = "damaged_record"


class DigestMismatch(InputError):
    reason = "digest_mismatch"


class DecompressionBomb(TooLarge):
    reason = "decompression_bomb"


class ScoringError(InputError):
    reason = "unscorable"


class FetchError(NkwatchError):
    reason = "fetch_failed"


class BlockedAddress(FetchError):
    reason = "blocked_address"


class RobotsDisallowed(FetchError):
    reason = "robots_disallowed"


class FetchTimeout(FetchError):
    reason = "timeout"


class SchemeNotAllowed(FetchError):
    reason = "scheme_not_allowed"


class TooManyRedirects(FetchError):
    reason = "too_many_redirects"


class TLSError(FetchError):
    reason = "tls_error"


class HTTPStatusError(FetchError):
    reason = "http_status"


class ParseError(NkwatchError):
    reason = "parse_failed"


class ParseTimeout(ParseError):
    reason = "parse_timeout"


class ExtractionError(NkwatchError):
    reason = "extraction_failed"


class StoreError(NkwatchError):
    reason = "store_error"


class CorruptDatabase(StoreError):
    reason = "corrupt_database"


class DiskFull(StoreError):
    reason = "disk_full"


class QueryTimeout(NkwatchError):
    reason = "query_timeout"


class ResourceExhausted(NkwatchError):
    reason = "oom"


class JudgementRefused(NkwatchError):
    reason = "judgement_refused"


class ReviewRefused(NkwatchError):
    reason = "review_refused"


class ReviewConflict(NkwatchError):
    reason = "review_conflict"
