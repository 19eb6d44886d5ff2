"""Sources (files, JSONL, URLs, RSS, WARC) → cleaned article records."""
