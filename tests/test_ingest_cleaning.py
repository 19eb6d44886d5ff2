"""Plain-text cleaning: snippet goldens on our fixtures and on the seed articles, offsets never disturb the text."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
import yaml

from nkwatch.ingest.prepare import prepare_record
from nkwatch.ingest.text_cleaning import _words, find_cuts, is_breadcrumb, is_share_line
from nkwatch.model import BadRecord

FIXTURES = Path(__file__).parent / "data" / "ingest" / "cleaning"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLDENS = yaml.safe_load((FIXTURES / "goldens.yaml").read_text("utf-8"))


def kept(text: str) -> str:
    return prepare_record({"doc_id": "t", "text": text}).kept_text()


@pytest.mark.parametrize("name", sorted(GOLDENS))
def test_fixture_goldens(name):
    text = (FIXTURES / name).read_text("utf-8")
    article = prepare_record({"doc_id": name, "text": text})
    assert article.text == text, "a text record's text must reach extraction unchanged"
    out = article.kept_text()
    for snippet in GOLDENS[name]["must_contain"]:
        assert snippet in out, f"{name}: article text was cut: {snippet!r}"
    for snippet in GOLDENS[name]["must_not_contain"]:
        assert snippet not in out, f"{name}: boilerplate kept: {snippet!r}"


def test_word_counts_of_the_line_rules_are_runs_of_word_characters():
    """The rules' thresholds ("a header has at most 15 words") count ``\\w+`` runs; the byte-level count of ASCII
    lines must give the same number as the regex on every kind of line."""
    rnd = random.Random(7)
    lines = ["Share | Tweet | Email", "re_post: 12 comments", "a\x1cb\x1fc", "", "  --  ", "Café naïve ’quoted’ 42"]
    for _ in range(3000):
        lines.append("".join(chr(rnd.randrange(128)) if rnd.random() < 0.4 else rnd.choice("ab_9 ,.\t-é’")
                             for _ in range(rnd.randrange(40))))
    for line in lines:
        assert _words(line) == len(re.findall(r"\w+", line)), repr(line)


def test_clean_text_keeps_offsets():
    text = (FIXTURES / "news_page_chrome.txt").read_text("utf-8")
    article = prepare_record({"doc_id": "x", "text": text})
    clean = article.clean_text()
    assert len(clean) == len(text)
    i = text.index("Fares will not change.")
    assert clean[i:i + 22] == "Fares will not change."
    assert "harbour_rat" not in clean


def test_blanking_overlapping_cuts_keeps_line_breaks_and_offsets():
    from nkwatch.model import Article
    from nkwatch.model.articles import Cut
    article = Article(doc_id="x", text="Keep this.\nAd one\nAd two\nKeep that.")
    article.cuts = [Cut(11, 24, "advertisement"), Cut(18, 25, "advertisement"), Cut(40, 90, "share")]
    clean = article.clean_text()
    assert clean == "Keep this.\n" + " " * 6 + "\n" + " " * 6 + "\nKeep that."


@pytest.mark.parametrize("line", ["Share", "Share this article", "Share | Tweet | Email",
                                  "Share this story: Facebook | Twitter | LinkedIn", "print dictionary print",
                                  "Share this:  Facebook  Twitter  Email"])
def test_share_lines(line):
    assert is_share_line(line)


@pytest.mark.parametrize("line", ["Email", "Twitter said on Monday it would share data.", "This story",
                                  "Print run sold out in a day"])
def test_not_share_lines(line):
    assert not is_share_line(line)


def test_breadcrumbs():
    assert is_breadcrumb("Home > National > Politics")
    assert is_breadcrumb("News › World › Asia › Korea")
    assert not is_breadcrumb("Prices rose > 5% in March, the ministry said.")
    assert not is_breadcrumb("VLADIVOSTOK/SEOUL, Dec. 20 -")


def test_comment_header_needs_article_before_it():
    # A "Comments" line at the very top is page chrome, not the start of a thread that eats the article.
    text = "Comments\n\n" + "The ferry resumed service on Friday after the storm, the port authority said. " * 3
    assert kept(text).rstrip().endswith("the port authority said.")
    assert find_cuts(text) == []


def test_sentences_that_mention_comments_or_login_are_kept():
    body = "The regulator said on Monday that the platform had broken the rules on data. " * 6
    text = (body + "\n\nUsers must log in to post comments on the forum, the regulator said.\n\n"
            "3 responses to the consultation were published on Friday.\n\nThe fine is due in June.\n")
    assert find_cuts(text) == []


def test_caption_and_dateline_kept():
    text = ("SEOUL, March 8 -\n\nA ministry spokesman said on Tuesday that the talks would resume. "
            "He gave no date.\n\nPhoto caption: The ministry building in central Seoul.\n")
    assert find_cuts(text) == []


def test_record_without_text_is_bad_record():
    with pytest.raises(BadRecord, match="no text and no html"):
        prepare_record({"doc_id": "x", "text": "   "}, source="in.jsonl", ref="3")
    with pytest.raises(BadRecord, match="in.jsonl:3"):
        prepare_record({"doc_id": "x"}, source="in.jsonl", ref="3")
    with pytest.raises(BadRecord):
        prepare_record(["not", "a", "record"])
    with pytest.raises(BadRecord, match="'text' must be a string"):
        prepare_record({"doc_id": "x", "text": 42})


def test_missing_doc_id_is_deterministic():
    a = prepare_record({"text": "Some article text."})
    b = prepare_record({"text": "Some article text."})
    c = prepare_record({"text": "Other article text."})
    assert a.doc_id == b.doc_id != c.doc_id


# --- the seed articles (third-party text, read in place) -------------------------------------------

def _seed(prefix: str) -> str:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return next((SHARED / "seeds").glob(f"{prefix}_*.txt")).read_text("utf-8")


def test_seed_000_comment_section_cut():
    text = _seed("000")
    out = kept(text)
    # the article's last paragraph stays, the numbered reader comments after it go
    assert out.endswith("in the kitchen of Kim in Cambodia.")
    assert "Photo from DailyNK" in out
    assert "Smurfy" not in out and "TallLee" not in out and "See more at" not in out


def test_seed_001_chrome_and_login_prompt_cut():
    out = kept(_seed("001"))
    assert "Home > National" not in out and "print dictionary print" not in out
    assert "Log in to" not in out and "To write comments" not in out and "Standards Board" not in out
    assert "[SHIN KYUNG-JIN]" in out  # a photo credit inside the caption is the article's own
    assert out.endswith("have risen.")
    assert "Pyongyang operates 130 restaurants in 12 countries" in out


def test_seed_002_ads_and_share_cut():
    out = kept(_seed("002"))
    assert "Advertisement" not in out and not out.startswith("Share")
    assert "130 restaurants in around 12 countries" in out
    assert out.endswith("face-to-face meeting with them.")


def test_dev_articles_keep_their_body():
    path = SHARED / "eval" / "dev" / "dev.articles.jsonl"
    if not path.exists():
        pytest.skip("../shared is absent")
    for line in path.read_text("utf-8").splitlines():
        rec = json.loads(line)
        article = prepare_record(rec)
        out = article.kept_text()
        assert article.text == rec["text"]
        # every cut is boilerplate: no cut holds a full sentence-long paragraph of 40+ words
        for c in article.cuts:
            for para in rec["text"][c.start:c.end].split("\n\n"):
                if c.reason != "comments":
                    assert len(para.split()) < 40, (rec["doc_id"], para)
        for marker in ("Advertisement", "Related stories", "Comments", "Share this"):
            assert f"\n{marker}\n" not in f"\n{out}\n", (rec["doc_id"], marker)


def test_a_numbered_list_the_article_introduces_with_a_colon_is_kept():
    items = "".join(f"  {k}. Measure {k}: the council's text sets out, in many words of its own, what each member "
                    f"state must now do about the workers it hosts and the firms that employ them, and by when.\n\n"
                    for k in (1, 2, 3))
    text = ("The Security Council adopted a new resolution on the North on Friday after weeks of talks among its "
            "members. Diplomats said the vote had been delayed twice while the text was rewritten, and that the "
            "final wording was softer than the first draft circulated in the autumn. Two members abstained, "
            "saying the measures would hurt ordinary people more than the leadership.\n\nIt sets out three "
            "measures:\n\n" + items)
    assert "Measure 3" in kept(text)
    assert "Measure 3" not in kept(text.replace("three measures:", "three measures."))
