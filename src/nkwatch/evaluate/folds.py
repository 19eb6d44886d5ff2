"""The real article sets whose texts are rebuilt, never kept: where their gold lives, where their texts are read from,
and the folds of the real dev set.

Two sets of real published articles are scored, each kept as gold and metadata only (third-party text):
- ``dev``: the 40 articles of ../shared/eval/real (the real dev set). Article i of its meta order (0-based) is in fold
  ``i % FOLDS``; rules are tuned on ``TUNED`` only, and the figures that count are those on the other folds
  (STYLE.md: a dev set is not a test set).
- the grown sets (``TUNING_SETS``: src/nkwatch/data/eval/real for ``grown``, then ``grown2`` ... ``grown287``): real
  articles annotated blind for this project by people who never saw the extractor, each scored once blind, then tuned on.
- the blind sets (``BLIND_SETS``): annotated the same way, never tuned on. Their errors are never listed
  (tools/real_folds.py prints their figures only). A blind set becomes a grown set once a session has scored it as
  its untouched check (grown6, grown8, grown11-13, grown18-19, grown22-23, grown26-28, grown29-31, grown32-37, grown38-40,
  grown41-43, grown44-46, grown47-49, grown50-52, grown53-55, grown56-58, grown59-61, grown62-64, grown65-67,
  grown68-70, grown71-73, grown74-76, grown77-79, grown80-82, grown83-85, grown86-88, grown89-91, grown92-94,
  grown95-97, grown98-100, grown101-103, grown104-106, grown107-109, grown110-112,
  grown113-115, grown116-118, grown119-121, grown122-124, grown125-127, grown128-130, grown131-133,
  grown134-136, grown137-139, grown140-142, grown143-145, grown146-148, grown149-151, grown152-154,
  grown155-157, grown158-161, grown162-164, grown165-167, grown168-170, grown171-173, grown174-176,
  grown177-179, grown180-182, grown183-185, grown186-188, grown189-191, grown192-194, grown195-197, grown198-200,
  grown201-203, grown204-206, grown207-209, grown210-212, grown213-215, grown216-218, grown219-221, grown222-224,
  grown225-227, grown228-230, grown231-233, grown234-236, grown237-239, grown240-242, grown243-245, grown246-248,
  grown249-251, grown252-254, grown255-257, grown258-260, grown261-263, grown264-266, grown267-269, grown270-272,
  grown273-275, grown276-278, grown279-281, grown282-284 and grown285-287 were blind3-273) and a newer blind
  set takes its place; blind274-276 are the newest.

Their texts are the search tool's excerpts, rebuilt with ../shared/eval/real/texts.py (see each set's README) into
``NKWATCH_REAL_TEXTS`` and ``NKWATCH_<NAME>_TEXTS`` (default ``/tmp/nkwatch-eval/<name>.texts.jsonl``); tests that need
them skip when they are absent.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

FOLDS = 5
# Rules were tuned on folds 0-2 first and checked on folds 3-4; then fold 3 joined the tuning folds (a rotation), and
# fold 4 is what is left unseen.
TUNED = frozenset({0, 1, 2, 3})
PACKAGE = Path(__file__).resolve().parents[1]
SHARED_REAL = PACKAGE.parents[1].parent / "shared" / "eval" / "real"     # ../shared beside the checkout


@dataclass(frozen=True)
class RealSet:
    name: str
    meta: Path
    gold: Path
    texts_env: str
    texts_default: str

    def texts_path(self) -> Path:
        return Path(os.environ.get(self.texts_env) or self.texts_default)

    def available(self) -> str | None:
        """None when gold, metadata and every rebuilt text are here and match their sha256; else why not. A row marked
        ``lost`` (its stored page changed, so its text can no longer be rebuilt) is left out, and its gold with it."""
        if not (self.meta.is_file() and self.gold.is_file()):
            return f"{self.meta.parent} is absent"
        path = self.texts_path()
        if not path.is_file():
            return f"the rebuilt texts ({path}, ${self.texts_env}) are absent"
        want = {m["doc_id"]: m["sha256"] for m in read_jsonl(self.meta) if not m.get("lost")}
        got = {a["doc_id"]: hashlib.sha256((a.get("text") or "").encode("utf-8")).hexdigest() for a in read_jsonl(path)}
        bad = sorted(d for d, h in want.items() if got.get(d) != h)
        return f"{len(bad)} rebuilt text(s) missing or changed: {', '.join(bad[:5])}" if bad else None

    def load(self) -> tuple[list[dict], list[dict]]:
        """(articles, gold), one each per annotated article in the same order (texts with no gold left out)."""
        gold = {g["doc_id"]: g for g in read_jsonl(self.gold)}
        arts = sorted((a for a in read_jsonl(self.texts_path()) if a["doc_id"] in gold), key=lambda a: a["doc_id"])
        return arts, [gold[a["doc_id"]] for a in arts]


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


REAL_DEV = RealSet("dev", SHARED_REAL / "meta.jsonl", SHARED_REAL / "gold.jsonl", "NKWATCH_REAL_TEXTS",
                   "/tmp/nkwatch-eval/real.texts.jsonl")


def project_set(name: str, folder: str | None = None) -> RealSet:
    """One of the project's annotated sets: gold and meta in ``data/eval/FOLDER`` (the name's by default), texts from
    ``NKWATCH_NAME_TEXTS`` or ``/tmp/nkwatch-eval/NAME.texts.jsonl``."""
    base = PACKAGE / "data" / "eval" / (folder or name)
    return RealSet(name, base / "meta.jsonl", base / "gold.jsonl", f"NKWATCH_{name.upper()}_TEXTS",
                   f"/tmp/nkwatch-eval/{name}.texts.jsonl")


TUNING_SETS = {s.name: s for s in (project_set("grown", "real"), *(project_set(f"grown{k}") for k in range(2, 288)))}
BLIND_SETS = {s.name: s for s in (project_set("blind"), *(project_set(f"blind{k}") for k in range(274, 277)))}


def fold_of(index: int) -> int:
    return index % FOLDS


def real_texts_path() -> Path:
    """Where the rebuilt texts of the real dev set are read from (``NKWATCH_REAL_TEXTS``)."""
    return REAL_DEV.texts_path()
