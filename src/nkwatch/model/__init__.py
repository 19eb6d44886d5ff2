"""Types shared by every stage: article records, facts, deterministic ids and the exception tree."""

from nkwatch.model.articles import Article, Cut
from nkwatch.model.errors import (
    NkwatchError,
    InputError,
    EmptyInput,
    BinaryInput,
    TooLarge,
    BadRecord,
    DecodeError,
    FetchError,
    BlockedAddress,
    RobotsDisallowed,
    FetchTimeout,
    HTTPStatusError,
    ParseError,
    ParseTimeout,
    TruncatedRecord,
    CorruptShard,
    ExtractionError,
    StoreError,
    JudgementRefused,
    ReviewConflict,
    ReviewRefused,
    DamagedRecord,
    DigestMismatch,
    DecompressionBomb,
    CorruptDatabase,
    DiskFull,
    QueryTimeout,
    ResourceExhausted,
    SchemeNotAllowed,
    TooManyRedirects,
    TLSError,
)
from nkwatch.model.ids import stable_id, content_hash

__all__ = [
    "Article", "Cut",
    "DamagedRecord", "DigestMismatch", "DecompressionBomb", "CorruptDatabase", "DiskFull", "QueryTimeout",
    "ResourceExhausted", "SchemeNotAllowed", "TooManyRedirects", "TLSError",
    "NkwatchError", "InputError", "EmptyInput", "BinaryInput", "TooLarge", "BadRecord", "DecodeError",
    "FetchError", "BlockedAddress", "RobotsDisallowed", "FetchTimeout", "HTTPStatusError",
    "ParseError", "ParseTimeout", "TruncatedRecord", "CorruptShard", "ExtractionError", "StoreError", "JudgementRefused",
    "ReviewRefused", "ReviewConflict",
    "stable_id", "content_hash",
]
