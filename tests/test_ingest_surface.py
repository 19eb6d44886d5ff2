"""The ingest interfaces other stages call keep their names and signatures."""

from __future__ import annotations

import inspect

from nkwatch.ingest import duplicates, fetch, items, prepare, sources, text_cleaning


def test_public_functions_keep_their_signatures():
    assert str(inspect.signature(prepare.prepare_record)) == \
        "(record: 'dict', *, source: 'str | None' = None, ref: 'str | None' = None) -> 'Article'"
    assert str(inspect.signature(text_cleaning.find_cuts)) == "(text: 'str') -> 'list[Cut]'"
    params = inspect.signature(sources.iter_source).parameters
    assert list(params) == ["source", "fmt", "fetcher", "start_after"]
    assert params["fetcher"].kind is inspect.Parameter.KEYWORD_ONLY
    assert [f for f in items.IngestItem.__dataclass_fields__] == \
        ["source", "ref", "position", "article", "raw", "error"]
    assert callable(fetch.Fetcher(min_interval=0).fetch)
    index = duplicates.NearDuplicateIndex()
    assert index.add("a", "one two three four five") == []
