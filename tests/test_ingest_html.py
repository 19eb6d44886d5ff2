"""HTML records: main text and metadata, titles as plain text, and pages that cannot be parsed become errors."""

from __future__ import annotations

import time

import pytest

from nkwatch.ingest import html_text
from nkwatch.ingest.html_text import clean_title, extract_html
from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import EmptyInput, ParseError, ParseTimeout, TooLarge

PAGE = """<html lang="ko-KR"><head><title>Seoul &amp; Pyongyang <script>var x = "<b>";</script>talks</title>
<meta name="date" content="2018-04-27"></head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>Talks resume</h1>
<p>Officials from both sides met on Friday in the border village and agreed to meet again next month, a spokesman said.</p>
<p>The two delegations discussed family reunions, road and rail links and a joint liaison office.</p></article>
<div class="comments"><p>reader77: I do not believe a word of it.</p></div></body></html>"""


def test_html_record_gets_text_and_metadata():
    article = prepare_record({"doc_id": "h1", "html": PAGE, "url": "https://paper.example/talks"})
    assert "agreed to meet again next month" in article.text
    assert "reader77" not in article.text and "Home" not in article.text
    assert article.title == "Talks resume"
    # without a headline the <title> is used, with the <script> trafilatura leaves in it removed
    no_h1 = prepare_record({"doc_id": "h2", "html": PAGE.replace("<h1>Talks resume</h1>", "")})
    assert no_h1.title == "Seoul & Pyongyang talks"
    assert article.published == "2018-04-27" and article.language == "ko"
    assert article.html == PAGE and article.doc_id == "h1"


def test_record_metadata_wins_over_the_page():
    article = prepare_record({"doc_id": "h1", "html": PAGE, "title": "Given <b>title</b>", "published": "2018-04"})
    assert article.title == "Given title" and article.published == "2018-04"


def test_clean_title():
    assert clean_title("A <script>alert('x')</script>B") == "A B"
    assert clean_title("&lt;b&gt;Bold&lt;/b&gt; move") == "Bold move"
    assert clean_title("   ") is None


def test_pages_without_main_text_are_parse_errors():
    with pytest.raises(ParseError, match="no main text"):
        prepare_record({"doc_id": "s", "html": "<html><head><script>x()</script></head><body></body></html>"})
    with pytest.raises(EmptyInput):
        extract_html("   ")


def test_page_over_the_cap():
    with pytest.raises(TooLarge, match="over the 1,000 cap"):
        extract_html("<p>" + "x" * 2000 + "</p>", max_chars=1000)


def test_hanging_parser_becomes_parse_timeout(monkeypatch):
    import trafilatura

    def hang(*args, **kwargs):
        time.sleep(3)

    monkeypatch.setattr(trafilatura, "bare_extraction", hang)
    with pytest.raises(ParseTimeout, match="longer than 0.2 s"):
        extract_html(PAGE, timeout=0.2, source="page.html")


def test_parser_crash_becomes_parse_error(monkeypatch):
    import trafilatura

    def crash(*args, **kwargs):
        raise ValueError("document is too deep")

    monkeypatch.setattr(trafilatura, "bare_extraction", crash)
    with pytest.raises(ParseError, match="too deep") as e:
        extract_html(PAGE, source="page.html")
    assert "page.html" in str(e.value)


def test_deeply_nested_page_is_an_error_not_a_crash():
    # past libxml2's nesting limit trafilatura returns nothing: that must be a ParseError, not an empty article
    page = "<html><body>" + "<div>" * 300_000 + "deep text" + "</div>" * 300_000 + "</body></html>"
    with pytest.raises((ParseError, TooLarge)):
        extract_html(page, max_chars=len(page))
