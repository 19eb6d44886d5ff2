"""Who tells a sentence, and whether that makes what it says confirmed or reported.

The contract's status: ``confirmed`` when an authority or the outlet itself states the happening, ``reported`` when it
comes from unnamed sources, other media or people who are no authority ("a person who answered the telephone said",
"according to a source", "Yonhap reported"). The teller is the subject of a speech verb or the object of "according
to"; its kind comes from the nouns of data/lexicon/events.yaml (``authorities``, ``hearsay``), a place as teller being
its government ("Myanmar says").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from nkwatch.extract.lexicon import alternation, load

if TYPE_CHECKING:
    from nkwatch.extract.document import Document

# an authority that is not named is an unnamed source, whose word is reported, not confirmed
ANONYMOUS = re.compile(r"(?i)\b(?:familiar\s+with|(?:who|on)\s+(?:asked|requested|spoke|speaking|declined)\b|"
                       r"condition\s+of\s+anonymity|anonymous(?:ly)?|unnamed|unidentified|not\s+authori[sz]ed)")
# the teller of "according to" that is a medium, not a source: a news outlet that relays what someone said
RELAY = re.compile(r"(?i)\s*(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:news\s+agency|news\s+service|agency|radio|television|"
                   r"tv|broadcaster|newspaper|daily|times|post|herald|news|press|media|yonhap|kyodo|xinhua|reuters|"
                   r"associated\s+press|afp|ap|rfa|radio\s+free\s+asia|voa)\b")
# a document an authority issues tells what the authority does: "according to a U.N. Panel of Experts report"
AUTHORITYS_DOCUMENT = re.compile(r"(?i)(?:report|reports|statement|data|figures|document|filing)\b")
PANEL_OF_EXPERTS = re.compile(r"(?i)\bpanel\s+of\s+experts\b")
CLAUSE_EDGE = re.compile(r"[,;:(\"“”]\s*|\s+(?:and|but|while|that|which|because)\s+")
STATE_AS_TELLER = re.compile(r"(?i)^(?:['’]s\s+(?:government|authorities))?(?:\s+(?:has|have|had|also|now|officially|"
                             r"on\s+\w+day))*\s*$")    # "Myanmar has said", "Seoul on Tuesday said"


@lru_cache(maxsize=1)
def _patterns():
    lex = load("events")
    speech = re.compile(r"(?i)(?<![\w-])(?:" + alternation(lex["speech_verbs"]) + r")(?![\w-])")
    authority = re.compile(r"(?i)(?<![\w-])(?:" + alternation(lex["authorities"]) + r")(?![\w-])")
    hearsay = re.compile(r"(?i)(?<![\w-])(?:" + alternation(lex["hearsay"]) + r")(?![\w-])")
    hedges = re.compile(r"(?i)\b(?:" + "|".join(lex["hedges"]) + r")")
    return speech, authority, hearsay, hedges


def hedged(doc: Document, start: int, end: int, trigger: re.Pattern) -> bool:
    """Whether a hedge in text[start:end] governs a trigger right after it ("are believed to have asked for asylum",
    "has reportedly defected"), not some other statement of the clause ("long suspected of sheltering agents")."""
    for h in _patterns()[3].finditer(doc.text, start, end):
        if trigger.match(doc.text, h.end() + len(GOVERNED.match(doc.text, h.end()).group(0))):
            return True
    return False


GOVERNED = re.compile(r"\s*(?:(?:have|has|had|be|been|being)\s+){0,2}")


def teller_status(doc: Document, sentence: int) -> str | None:
    """``confirmed`` or ``reported`` by who tells sentence ``sentence``; None when no one is named as telling it."""
    speech, authority, hearsay, _ = _patterns()
    s = doc.sentences[sentence]
    text = doc.text
    verdict = None
    relayed = False
    for m in speech.finditer(text, s.start, s.end):
        verb = m.group(0).lower()
        if verb.startswith("according"):
            teller = (m.end(), min(s.end, m.end() + 60))
        else:
            before = text[max(s.start, m.start() - 60):m.start()]
            edges = list(CLAUSE_EDGE.finditer(before))
            lo = m.start() - len(before) + (edges[-1].end() if edges else 0)
            teller = (lo, m.start())
            if not text[teller[0]:teller[1]].strip():      # inverted: '..., said the ministry'
                teller = (m.end(), min(s.end, m.end() + 50))
        words = text[teller[0]:teller[1]]
        cut = CLAUSE_EDGE.search(words)
        words = words[:cut.start()] if cut and verb.startswith("according") else words
        kind = _kind(doc, words, teller[0])
        if kind == "reported" and verb.startswith("according") and verdict == "confirmed" \
                and RELAY.match(text, teller[0]):
            relayed = True          # "Myanmar said, according to Radio Free Asia": the outlet relays the state's word
            continue
        if kind == "reported":
            return "reported"       # one hearsay teller is enough to leave it unconfirmed
        verdict = verdict or kind
    return "confirmed" if relayed and verdict == "confirmed" else verdict


def _kind(doc: Document, words: str, offset: int) -> str | None:
    _, authority, hearsay, _ = _patterns()
    words = PANEL_OF_EXPERTS.sub(lambda m: "panel" + " " * (len(m.group(0)) - 5), words)   # a UN body, not hearsay
    h = hearsay.search(words)
    a = authority.search(words)
    if h and a and a.start() < h.start() and AUTHORITYS_DOCUMENT.match(words, h.start()) \
            and not hearsay.search(words, a.end(), h.start()):
        return "reported" if ANONYMOUS.search(words) else "confirmed"   # "a U.N. Panel of Experts report": its word
    if h and (not a or h.end() >= a.end()):
        return "reported"     # "local media citing officials", "news agency Yonhap": the hearsay noun is the head
    if a:
        return "reported" if ANONYMOUS.search(words) else "confirmed"   # "an official familiar with the case"
    for p in doc.within(doc.places, offset, offset + len(words)):
        if p.place.kind in ("country", "city") and STATE_AS_TELLER.match(words[p.end - offset:]):
            return "confirmed"   # "Myanmar says", "Seoul said": the state
    return None
