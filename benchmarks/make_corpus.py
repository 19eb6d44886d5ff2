"""Generate a synthetic news archive to measure nkwatch at scale without the internet.

    python benchmarks/make_corpus.py OUT_DIR --articles 100000 --relevant 0.01 --format jsonl,warc.gz

Writes shards news-00000.jsonl / news-00000.warc.gz (``--shard-size`` articles each) and ``truth.tsv`` (doc_id,
url, kind: relevant / passing / general). Relevant articles are composed from the templates and lexicons in
corpus_lexicon.yaml (written for the project); the rest from its general-news templates, a small share of them
naming North Korea in passing. Lengths follow a log-normal of paragraph counts (about 250 to 1,500 words), like
wire copy. The same seed gives the same archive.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PAGE = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {outlet}</title>"
        "<meta property=\"og:site_name\" content=\"{outlet}\"><meta name=\"date\" content=\"{published}\">"
        "<link rel=\"stylesheet\" href=\"/static/site.css\"></head>\n<body><header><nav><a href=\"/\">Home</a> | "
        "<a href=\"/world\">World</a> | <a href=\"/business\">Business</a> | <a href=\"/sport\">Sport</a></nav>"
        "</header>\n<main><article><h1>{title}</h1><p class=\"byline\">By {author}, {outlet}</p>\n{body}\n"
        "</article></main>\n<aside><h2>Most read</h2><ul><li><a href=\"/a\">Weather: a cold week ahead</a></li>"
        "<li><a href=\"/b\">Council approves parking plan</a></li></ul></aside>\n<footer>&copy; {outlet}. "
        "Share this article</footer><script>window.dataLayer=window.dataLayer||[];</script></body></html>\n")
AUTHORS = ["Mina Park", "John Carver", "Lena Ortiz", "Samuel Reed", "Aiko Tanaka", "Priya Nair", "Tom Weller"]


class Composer:
    """Fills templates from the lexicon; a pool of filled paragraphs keeps generation fast at millions of
    articles (an article is a new draw of paragraphs, each paragraph one of thousands of fillings)."""

    def __init__(self, lexicon: dict, seed: int, pool: int = 3000):
        self.lex = lexicon
        self.rng = random.Random(seed)
        self.pools = {}
        for kind in ("relevant", "general"):
            for part, templates in lexicon[kind].items():
                self.pools[(kind, part)] = [self.fill(self.rng.choice(templates)) for _ in range(pool)]

    def slots(self) -> dict:
        r, lex = self.rng, self.lex
        place = r.choice(lex["places"])
        number = r.choice(lex["numbers"])
        return {"city": place["city"], "country": place["country"], "brand": r.choice(lex["brands"]),
                "transit": r.choice(lex["transit"]), "source": r.choice(lex["sources"]),
                "month": r.choice(lex["months"]), "year": r.randint(2010, 2024), "number": number,
                "number_cap": str(number)[:1].upper() + str(number)[1:], "big": r.choice([100, 130, 150, 200, 260]),
                "count_countries": r.randint(10, 25), "resolution": r.choice([2270, 2321, 2371, 2375, 2397]),
                "thousands": r.choice(["1,000", "1,500", "2,000", "3,000"])}

    def fill(self, template: str) -> str:
        return template.format(**self.slots())

    def article(self, kind: str) -> tuple[str, list[str]]:
        r = self.rng
        n_paragraphs = max(4, min(40, int(round(math.exp(r.gauss(math.log(14), 0.45))))))
        if kind == "relevant":
            title = r.choice(self.pools[("relevant", "headlines")])
            lead = next(p for p in iter(lambda: r.choice(self.pools[("relevant", "paragraphs")]), None)
                        if "North Korea" in p)
            body = [lead] + [r.choice(self.pools[("relevant", "paragraphs")] if r.random() < 0.6
                                      else self.pools[("relevant", "background")]) for _ in range(n_paragraphs - 1)]
        else:
            title = r.choice(self.pools[("general", "headlines")])
            body = [r.choice(self.pools[("general", "paragraphs")]) for _ in range(n_paragraphs)]
            if kind == "passing":
                body.insert(r.randint(1, len(body)), r.choice(self.pools[("general", "passing")]))
        return title, body


def make_corpus(out_dir: str | Path, articles: int, relevant: float = 0.01, *, passing: float = 0.005,
                shard_size: int = 5000, formats: tuple[str, ...] = ("jsonl", "warc.gz"), seed: int = 1) -> dict:
    """Write the archive; return counts by kind and the shard files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lexicon = yaml.safe_load((HERE / "corpus_lexicon.yaml").read_text("utf-8"))
    comp = Composer(lexicon, seed)
    r = comp.rng
    counts = {"relevant": 0, "passing": 0, "general": 0}
    files: list[str] = []
    truth = open(out / "truth.tsv", "w", encoding="utf-8")
    n_shards = -(-articles // shard_size)
    for s in range(n_shards):
        writers = _open_shard(out, s, formats, files)
        for i in range(s * shard_size, min(articles, (s + 1) * shard_size)):
            x = r.random()
            kind = "relevant" if x < relevant else "passing" if x < relevant + passing else "general"
            counts[kind] += 1
            title, body = comp.article(kind)
            outlet = r.choice(lexicon["outlets"])
            published = f"{r.randint(2010, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
            doc_id = f"news-{i:08d}"
            url = f"https://{outlet.lower().replace(' ', '')}.example/{published.replace('-', '/')}/{doc_id}"
            truth.write(f"{doc_id}\t{url}\t{kind}\n")
            rec = {"doc_id": doc_id, "url": url, "title": title, "outlet": outlet, "published": published,
                   "text": title + "\n\n" + "\n\n".join(body)}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            html = PAGE.format(title=title, outlet=outlet, published=published, author=r.choice(AUTHORS),
                               body="\n".join(f"<p>{p}</p>" for p in body))
            for fmt, w in writers.items():
                if fmt.startswith("jsonl"):
                    w.write(line)
                else:
                    w.write(url, html, published)
        for w in writers.values():
            w.close()
    truth.close()
    return {"articles": articles, "counts": counts, "files": files}


class _WarcShard:
    def __init__(self, path: Path):
        from warcio.warcwriter import WARCWriter

        self.fh = open(path, "wb")
        self.writer = WARCWriter(self.fh, gzip=str(path).endswith(".gz"))

    def write(self, url: str, html: str, published: str) -> None:
        from warcio.statusandheaders import StatusAndHeaders

        payload = html.encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
        rec = self.writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                             warc_headers_dict={"WARC-Date": f"{published}T12:00:00Z"})
        self.writer.write_record(rec)

    def close(self) -> None:
        self.fh.close()


def _open_shard(out: Path, s: int, formats, files: list[str]) -> dict:
    writers = {}
    for fmt in formats:
        path = out / f"news-{s:05d}.{fmt}"
        files.append(str(path))
        if fmt == "jsonl":
            writers[fmt] = open(path, "w", encoding="utf-8")
        elif fmt == "jsonl.gz":
            writers[fmt] = gzip.open(path, "wt", encoding="utf-8", compresslevel=1)
        elif fmt in ("warc", "warc.gz"):
            writers[fmt] = _WarcShard(path)
        else:
            raise ValueError(f"unknown format {fmt!r}: use jsonl, jsonl.gz, warc or warc.gz")
    return writers


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--relevant", type=float, default=0.01, help="share of relevant articles")
    ap.add_argument("--passing", type=float, default=0.005, help="share of general news naming North Korea")
    ap.add_argument("--shard-size", type=int, default=5000)
    ap.add_argument("--format", default="jsonl,warc.gz", help="comma-separated: jsonl, jsonl.gz, warc, warc.gz")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    info = make_corpus(a.out_dir, a.articles, a.relevant, passing=a.passing, shard_size=a.shard_size,
                       formats=tuple(f.strip() for f in a.format.split(",") if f.strip()), seed=a.seed)
    print(json.dumps({k: v for k, v in info.items() if k != "files"} | {"shards": len(info["files"])}),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
