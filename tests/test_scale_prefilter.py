"""The relevance prefilter must never lose a relevant article: recall 1.00 on the dev set, the samples and the
synthetic archive; and it must actually filter (general news mostly rejected)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from nkwatch.scale.prefilter import load_prefilter

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_recall_is_one_on_every_relevant_dev_article():
    dev = SHARED / "eval" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/eval/dev is absent")
    gold = {g["doc_id"]: g for g in read_jsonl(dev / "dev.gold.jsonl")}
    articles = read_jsonl(dev / "dev.articles.jsonl")
    relevant = [a for a in articles if gold[a["doc_id"]]["relevant"]]
    assert relevant, "the dev gold marks no article relevant"
    missed = [a["doc_id"] for a in relevant if not load_prefilter().passes_record(a)]
    assert missed == []


def test_recall_is_one_on_the_samples():
    path = ROOT / "samples" / "articles.jsonl"
    if not path.is_file():
        pytest.skip("samples/articles.jsonl is not there yet")
    # The samples have no gold; their README says which piece is off-topic. Every other one must pass.
    readme = (ROOT / "samples" / "README.md").read_text("utf-8")
    off_topic = {row.split("|")[1].strip() for row in readme.splitlines()
                 if row.startswith("| sample-") and "off-topic" in row.lower()}
    samples = [s for s in read_jsonl(path) if s["doc_id"] not in off_topic]
    assert len(samples) >= 5
    assert [s["doc_id"] for s in samples if not load_prefilter().passes_record(s)] == []


def test_recall_is_one_on_the_projects_own_eval_set():
    eval_dir = ROOT / "src" / "nkwatch" / "data" / "eval"
    golds = sorted(eval_dir.glob("*gold*.jsonl")) if eval_dir.is_dir() else []
    if not golds:
        pytest.skip("the project's own evaluation set is not there yet")
    relevant = {g["doc_id"] for p in golds for g in read_jsonl(p) if g.get("relevant")}
    articles = [a for p in sorted(eval_dir.glob("*articles*.jsonl")) for a in read_jsonl(p)
                if a.get("doc_id") in relevant]
    assert articles
    assert [a["doc_id"] for a in articles if not load_prefilter().passes_record(a)] == []


def test_recall_is_one_on_the_synthetic_archive_and_general_news_is_mostly_dropped(tmp_path):
    mc = load_make_corpus()
    mc.make_corpus(tmp_path, 3000, relevant=0.05, passing=0.01, shard_size=3000, formats=("jsonl",), seed=7)
    kinds = dict(line.split("\t")[0::2] for line in (tmp_path / "truth.tsv").read_text().splitlines())
    records = read_jsonl(tmp_path / "news-00000.jsonl")
    pf = load_prefilter()
    passed = {r["doc_id"] for r in records if pf.passes_record(r)}
    relevant = {d for d, k in kinds.items() if k == "relevant"}
    general = {d for d, k in kinds.items() if k == "general"}
    assert relevant and relevant <= passed
    assert len(passed & general) <= len(general) // 100


@pytest.mark.parametrize("text", [
    "A waitress from North\nKorea left the restaurant.",
    "A waitress from North&nbsp;Korea left.",
    "A waitress from NORTH\u00a0KOREA left.",
    "Staff of the Okryu-gwan in Ningbo left.",
    "탈북 종업원 12명",
])
def test_spelling_variants_pass(text):
    assert load_prefilter().passes(text)


def test_unrelated_text_and_empty_fields_do_not_pass():
    pf = load_prefilter()
    assert not pf.passes("South Korea's central bank held rates on Thursday.")
    assert not pf.passes_record({"doc_id": "x", "text": "", "html": None, "title": None})


def test_keywords_come_from_a_data_file(tmp_path):
    own = tmp_path / "kw.yaml"
    own.write_text("keywords: [cold noodles]\n")
    pf = load_prefilter(str(own))
    assert pf.passes("They served Cold  Noodles.") and not pf.passes("North Korea")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just a list\n")
    with pytest.raises(ValueError, match="bad.yaml"):
        load_prefilter(str(bad))


# Page chrome: on real sites "North Korea" sits in menus, tickers and related-story boxes of unrelated pages.
def _page(body: str, *, head: str = "", chrome: str = "") -> str:
    return (f"<html><head><title>Page</title>{head}<script>var nk = 'North Korea';</script></head><body>"
            f"<header><a href='/'>Site</a></header>{chrome}<main><article><h1>A story</h1>{body}</article></main>"
            "<footer><a href='/nk'>North Korea</a></footer></body></html>")


@pytest.mark.parametrize("chrome", [
    "<nav><ul><li><a href='/topics/nk'>North Korea</a></li></ul></nav>",
    "<div class='breaking-ticker' role='marquee'><a>North Korean workers leave Ningbo</a></div>",
    "<section class=\"related-stories\"><ul><li><h3>Pyongyang eatery shuts</h3></li></ul></section>",
    "<div class='topics' role=\"navigation\"><a>DPRK</a></div>",
    "<aside id='secondary'><h2>Most read</h2><ul><li>Defectors arrive in Seoul</li></ul></aside>",
    "<ul class='menu'><li><a>North\n  Korea</a></li></ul>",
])
def test_a_keyword_only_in_the_page_chrome_does_not_pass(chrome):
    html = _page("<p>The council approved a new parking plan on Tuesday.</p>", chrome=chrome)
    assert not load_prefilter().passes_html(html)
    assert not load_prefilter().passes_record({"url": "https://x.example/a", "html": html})


@pytest.mark.parametrize("html", [
    # in the article, with the chrome around it
    _page("<p>Twelve North Korean waitresses left the restaurant.</p>",
          chrome="<nav><a>North Korea</a></nav><div class='ticker'>DPRK</div>"),
    # in the <title> only
    "<html><head><title>Okryu-gwan closes | Wire</title></head><body><p>It shut on Monday.</p></body></html>",
    # a wrapper whose class names a chrome word but which holds the article is not chrome
    "<div class='page-wrapper with-sidebar'><h1>Escape</h1><p>Staff from Pyongyang fled.</p></div>",
    "<div id='menu-and-content'><article><p>A defector said so.</p></article></div>",
    # chrome that is never closed is not taken as chrome
    "<nav><a>Home</a><p>Thirteen North Koreans defected.</p>",
    # a tag that only starts like a block tag is not one
    "<styleguide>North Korea restaurant</styleguide>",
])
def test_a_keyword_in_the_article_passes_whatever_the_chrome(html):
    assert load_prefilter().passes_html(html)


def test_an_unclosed_script_hides_the_rest_as_the_cleaner_reads_it():
    assert not load_prefilter().passes_html("<p>Weather</p><script>var a = 1; <p>North Korea</p>")


def test_chrome_settings_come_from_the_data_file_and_change_the_fingerprint(tmp_path):
    page = "<div class='promo-box'>North Korea</div><p>Nothing here.</p>"
    plain = tmp_path / "plain.yaml"
    plain.write_text("keywords: [north korea]\n")
    with_chrome = tmp_path / "chrome.yaml"
    with_chrome.write_text("keywords: [north korea]\nchrome: {blocks: [script], tags: [nav], words: [promo]}\n")
    assert load_prefilter(str(plain)).passes_html(page)
    assert not load_prefilter(str(with_chrome)).passes_html(page)
    assert load_prefilter(str(plain)).keywords_hash != load_prefilter(str(with_chrome)).keywords_hash
    bad = tmp_path / "bad_chrome.yaml"
    bad.write_text("keywords: [x]\nchrome: {tags: nav}\n")
    with pytest.raises(ValueError, match="chrome"):
        load_prefilter(str(bad))


def test_generated_news_pages_relevant_all_pass_and_chrome_only_pages_do_not(tmp_path):
    spec = importlib.util.spec_from_file_location("make_pages", ROOT / "benchmarks" / "make_pages.py")
    mp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mp)
    mp.make_pages(tmp_path, 300, relevant=0.1, chrome=0.15, passing=0.05, shard_size=300, seed=11)
    kinds = {row.split("\t")[1]: row.split("\t")[2] for row in (tmp_path / "truth.tsv").read_text().splitlines()}
    from nkwatch.scale.raw import iter_part
    from nkwatch.scale.shards import find_shards, plan_parts

    pf = load_prefilter()
    passed: dict[str, list[bool]] = {}
    for part in plan_parts(find_shards([str(tmp_path)])[0]):
        for raw in iter_part(part):
            passed.setdefault(kinds[raw.record["url"]], []).append(pf.passes_record(raw.record))
    assert passed["relevant"] and all(passed["relevant"])
    assert passed["passing"] and all(passed["passing"])
    assert passed["chrome"] and not any(passed["chrome"])
    assert not any(passed["general"])
