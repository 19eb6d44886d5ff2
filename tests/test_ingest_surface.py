"""The ingest interfaces other stages call keep their names and signatures."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from nkwatch.ingest import duplicates, fetch, items, prepare, sources, text_cleaning


def source_signature(module, name: str) -> str:
    """A function's signature as its source writes it (a module compiled by mypyc keeps no annotations at run time)."""
    path = Path(module.__file__).with_name(module.__name__.rsplit(".", 1)[1] + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    return f"({ast.unparse(fn.args)}) -> {ast.unparse(fn.returns)}"


def test_public_functions_keep_their_signatures():
    assert str(inspect.signature(prepare.prepare_record)) == \
        "(record: 'dict', *, source: 'str | None' = None, ref: 'str | None' = None) -> 'Article'"
    assert source_signature(text_cleaning, "find_cuts") == "(text: str) -> list[Cut]"
    assert list(inspect.signature(text_cleaning.find_cuts).parameters) == ["text"]
    assert text_cleaning.find_cuts("A line of prose.") == []
    params = inspect.signature(sources.iter_source).parameters
    assert list(params) == ["source", "fmt", "fetcher", "start_after"]
    assert params["fetcher"].kind is inspect.Parameter.KEYWORD_ONLY
    assert [f for f in items.IngestItem.__dataclass_fields__] == \
        ["source", "ref", "position", "article", "raw", "error"]
    assert callable(fetch.Fetcher(min_interval=0).fetch)
    index = duplicates.NearDuplicateIndex()
    assert index.add("a", "one two three four five") == []
