"""Generate WARC.gz shards of news-site pages of realistic size and structure, to measure `nkwatch run` on what a
crawl really holds: 30-150 KB of markup a page, of which the article is a few kilobytes.

    python benchmarks/make_pages.py OUT_DIR --pages 10000 [--relevant 0.01] [--chrome 0.03] [--passing 0.005]

Each page comes from one of three site templates (a portal with a mega-menu and a breaking-news ticker, a
newspaper with a sidebar of most-read stories, a broadcaster with related-story cards under the article), with
inline CSS and scripts, a header, navigation, the article, related-story boxes and a footer; sizes follow a
log-normal clipped to 30-150 KB. The article text is composed by make_corpus's Composer (the project's own
templates, no third-party text). Kinds, written to ``truth.tsv`` (doc_id, url, kind):

- ``relevant`` (1%): the article is about North Korean restaurants or their workers;
- ``chrome`` (3%): general news whose page names North Korea only in its chrome: a "North Korea" topic link in
  the navigation, a related-story box or the ticker carrying a North Korea headline (as real sites do);
- ``passing`` (0.5%): general news naming North Korea in passing in the article;
- ``general``: the rest.

The same seed gives the same shards.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import AUTHORS, Composer, _WarcShard  # noqa: E402

SECTIONS = ["World", "Asia", "Europe", "Americas", "Africa", "Middle East", "Business", "Markets", "Economy",
            "Technology", "Science", "Health", "Climate", "Sport", "Football", "Tennis", "Culture", "Film", "Music",
            "Books", "Travel", "Food", "Opinion", "Video", "Podcasts", "Weather", "Local", "Politics", "Education",
            "Property", "Motoring", "Style", "Obituaries", "Puzzles", "Newsletters"]
TOPIC_NK = ["North Korea", "Korean Peninsula", "Pyongyang"]
CSS_PROPS = ["margin", "padding", "color", "background", "font-size", "line-height", "border", "display", "width",
             "max-width", "grid-template-columns", "flex", "gap", "transition", "box-shadow", "letter-spacing"]
JS_WORDS = ["window", "document", "dataLayer", "push", "event", "slot", "adUnit", "consent", "tracker", "config",
            "lazyload", "observer", "entries", "threshold", "callback", "bid", "timeout", "render", "analytics"]


def _css(r: random.Random, rules: int) -> str:
    out = []
    for i in range(rules):
        props = ";".join(f"{r.choice(CSS_PROPS)}:{r.randint(0, 48)}px" for _ in range(r.randint(2, 6)))
        out.append(f".c-{r.choice(['card', 'nav', 'hero', 'grid', 'btn', 'promo', 'teaser'])}-{i}{{{props}}}")
    return "\n".join(out)


def _js(r: random.Random, statements: int) -> str:
    out = []
    for i in range(statements):
        a, b, c = (r.choice(JS_WORDS) for _ in range(3))
        out.append(f"var {a}{i}={b}&&{b}.{c}?{b}.{c}({r.randint(0, 9999)},'{a}-{c}'):null;")
    return "\n".join(out)


def _links(r: random.Random, n: int, base: str, nk: bool) -> str:
    items = [r.choice(SECTIONS) for _ in range(n)]
    if nk:
        items.insert(r.randrange(len(items) + 1), r.choice(TOPIC_NK))
    return "".join(f'<li class="menu-item"><a href="{base}/{t.lower().replace(" ", "-")}">{t}</a></li>'
                   for t in items)


class PageMaker:
    """Pages around Composer's articles; ``page(kind)`` returns (title, html)."""

    def __init__(self, composer: Composer, lexicon: dict):
        self.c = composer
        self.r = composer.rng
        self.outlets = lexicon["outlets"]
        self.general_heads = composer.pools[("general", "headlines")]
        self.nk_heads = composer.pools[("relevant", "headlines")]

    def _heads(self, n: int, nk: bool) -> list[str]:
        heads = [self.r.choice(self.general_heads) for _ in range(n)]
        if nk:
            heads[self.r.randrange(n)] = self.r.choice(self.nk_heads)
        return heads

    def page(self, kind: str, outlet: str, published: str) -> tuple[str, str]:
        r = self.r
        title, body = self.c.article("relevant" if kind == "relevant" else "passing" if kind == "passing"
                                     else "general")
        # where a chrome page names North Korea: navigation, a related-story box, or the ticker
        where = r.choice(["nav", "related", "ticker"]) if kind == "chrome" else None
        target = int(min(150_000, max(30_000, math.exp(r.gauss(math.log(70_000), 0.45)))))
        template = r.choice((self._portal, self._paper, self._broadcaster))
        article = "\n".join(f"<p>{p}</p>" for p in body)
        html = template(title, article, outlet, published, where)
        # the rest of a real page's weight: inline scripts (tag managers, ad slots, consent), spliced before </body>
        pad = max(0, target - len(html))
        scripts = []
        while pad > 0:
            chunk = _js(r, r.randint(40, 160))
            scripts.append(f'<script type="text/javascript">\n{chunk}\n</script>')
            pad -= len(chunk) + 40
        html = html.replace("</body>", "\n".join(scripts) + "\n</body>")
        return title, html

    def _head(self, title: str, outlet: str, published: str) -> str:
        r = self.r
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "datePublished": published, "publisher": {"@type": "Organization", "name": outlet}})
        return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">'
                f'<meta property="article:published_time" content="{published}T08:00:00Z">\n'
                f'<script type="application/ld+json">{ld}</script>\n<style>\n{_css(r, r.randint(150, 450))}\n</style>'
                f'\n<script>{_js(r, r.randint(20, 60))}</script></head>\n')

    def _related(self, cls: str, n: int, nk: bool, heading: str = "Related stories") -> str:
        cards = "".join(f'<li class="{cls}__item"><a href="/story/{self.r.randint(10 ** 6, 10 ** 7)}">'
                        f'<img src="/img/{self.r.randint(1, 99999)}.jpg" alt="" loading="lazy"><h3>{h}</h3></a></li>'
                        for h in self._heads(n, nk))
        return f'<h2 class="{cls}__title">{heading}</h2><ul class="{cls}__list">{cards}</ul>'

    def _footer(self, outlet: str) -> str:
        cols = "".join(f'<div class="footer-col"><h4>{s}</h4><ul>{_links(self.r, 12, "", False)}</ul></div>'
                       for s in self.r.sample(SECTIONS, 5))
        return (f'<footer class="site-footer">{cols}<p class="legal">&copy; {outlet}. All rights reserved. '
                f'<a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></p></footer>')

    def _byline(self, outlet: str, published: str) -> str:
        return (f'<p class="byline">By <a rel="author" href="/by/{self.r.randint(1, 500)}">'
                f'{self.r.choice(AUTHORS)}</a>, {outlet} &middot; <time datetime="{published}">{published}</time></p>')

    def _portal(self, title, article, outlet, published, where) -> str:
        """Mega-menu navigation, a breaking-news ticker, related cards under the article."""
        r = self.r
        ticker = " &bull; ".join(f'<a href="/live/{r.randint(1, 9999)}">{h}</a>' for h in self._heads(8, where == "ticker"))
        return (self._head(title, outlet, published) +
                f'<body class="article-page"><header class="masthead"><a class="logo" href="/">{outlet}</a>\n'
                f'<nav class="mega-menu" aria-label="Sections"><ul>{_links(r, r.randint(60, 140), "/news", where == "nav")}'
                f'</ul></nav></header>\n<div class="breaking-ticker" role="marquee"><span>Breaking</span>{ticker}</div>\n'
                f'<main id="content"><article class="story"><h1 class="story__headline">{title}</h1>'
                f'{self._byline(outlet, published)}\n<div class="story__body">{article}</div></article>\n'
                f'<section class="related-stories">{self._related("card", r.randint(6, 12), where == "related")}'
                f'</section></main>\n{self._footer(outlet)}</body></html>\n')

    def _paper(self, title, article, outlet, published, where) -> str:
        """Top navigation, a sidebar of most-read stories (the related box), trending list in the header."""
        r = self.r
        trending = "".join(f'<li><a href="/t/{r.randint(1, 999)}">{h}</a></li>' for h in self._heads(5, where == "ticker"))
        return (self._head(title, outlet, published) +
                f'<body><div id="page" class="site"><header id="masthead" class="site-header">'
                f'<div class="site-branding"><a href="/">{outlet}</a></div>\n'
                f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
                f'{_links(r, r.randint(30, 80), "", where == "nav")}</ul></nav>\n'
                f'<div class="trending-bar"><strong>Trending</strong><ul>{trending}</ul></div></header>\n'
                f'<div id="content" class="site-content"><div id="primary" class="content-area">'
                f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
                f'{self._byline(outlet, published)}</header>\n<div class="entry-content">{article}</div></article></div>\n'
                f'<aside id="secondary" class="widget-area">'
                f'{self._related("most-read", r.randint(5, 10), where == "related", "Most read")}'
                f'{self._related("latest", r.randint(5, 10), False, "Latest")}</aside></div>\n'
                f'{self._footer(outlet)}</div></body></html>\n')

    def _broadcaster(self, title, article, outlet, published, where) -> str:
        """Navigation with a topics bar, related links inside the article column, a "more from" block."""
        r = self.r
        topics = _links(r, r.randint(8, 20), "/topics", where == "nav")
        return (self._head(title, outlet, published) +
                f'<body><div class="page-wrapper"><header role="banner"><a href="/">{outlet}</a>'
                f'<nav role="navigation"><ul>{_links(r, r.randint(20, 50), "", False)}</ul></nav></header>\n'
                f'<div class="topics-bar" role="navigation"><ul>{topics}</ul></div>\n'
                f'<div class="main-column"><h1>{title}</h1>{self._byline(outlet, published)}\n'
                f'<div class="article-text">{article}</div>\n'
                f'<div class="related-links">{self._related("rel", r.randint(3, 6), where == "related", "Related")}'
                f'</div></div>\n<div class="more-from">{self._related("more", r.randint(6, 12), False, "More news")}'
                f'</div>\n{self._footer(outlet)}</div></body></html>\n')


def make_pages(out_dir: str | Path, pages: int, relevant: float = 0.01, *, chrome: float = 0.03,
               passing: float = 0.005, shard_size: int = 1000, seed: int = 1) -> dict:
    """Write the shards news-NNNNN.warc.gz and truth.tsv; return counts by kind, bytes of HTML and shard paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lexicon = yaml.safe_load((HERE / "corpus_lexicon.yaml").read_text("utf-8"))
    maker = PageMaker(Composer(lexicon, seed), lexicon)
    r = maker.r
    counts = {"relevant": 0, "chrome": 0, "passing": 0, "general": 0}
    html_bytes = 0
    files: list[str] = []
    with open(out / "truth.tsv", "w", encoding="utf-8") as truth:
        for s in range(-(-pages // shard_size)):
            path = out / f"news-{s:05d}.warc.gz"
            files.append(str(path))
            shard = _WarcShard(path)
            for i in range(s * shard_size, min(pages, (s + 1) * shard_size)):
                x = r.random()
                kind = ("relevant" if x < relevant else "chrome" if x < relevant + chrome
                        else "passing" if x < relevant + chrome + passing else "general")
                counts[kind] += 1
                outlet = r.choice(lexicon["outlets"])
                published = f"{r.randint(2010, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
                doc_id = f"page-{i:08d}"
                url = f"https://{outlet.lower().replace(' ', '')}.example/{published.replace('-', '/')}/{doc_id}"
                _, html = maker.page(kind, outlet, published)
                html_bytes += len(html.encode("utf-8"))
                shard.write(url, html, published)
                truth.write(f"{doc_id}\t{url}\t{kind}\n")
            shard.close()
    return {"pages": pages, "counts": counts, "html_bytes": html_bytes, "files": files}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--relevant", type=float, default=0.01)
    ap.add_argument("--chrome", type=float, default=0.03, help="share naming North Korea only in the page chrome")
    ap.add_argument("--passing", type=float, default=0.005, help="share naming North Korea in passing")
    ap.add_argument("--shard-size", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    info = make_pages(a.out_dir, a.pages, a.relevant, chrome=a.chrome, passing=a.passing, shard_size=a.shard_size,
                      seed=a.seed)
    print(json.dumps({k: v for k, v in info.items() if k != "files"} | {"shards": len(info["files"])}),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
