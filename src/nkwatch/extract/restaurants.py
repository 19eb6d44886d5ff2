"""Restaurant mentions: the chain's brand names (data/lexicon/restaurants.yaml), names shaped like restaurant names
("the X restaurant", "Restaurant X", "X-gwan"), and unnamed ones ("a North Korean restaurant in Siem Reap").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from nkwatch.extract.lexicon import fold_ascii, load
from nkwatch.extract.places import PlaceMention

if TYPE_CHECKING:
    from nkwatch.extract.document import Document

RESTAURANT_NOUN = r"(?:restaurants?|eater(?:y|ies)|dining\s+rooms?|Restaurants?|branch(?:es)?|(?<!news\s)(?<!News\s)(?<!media\s)(?<!Media\s)" \
    r"(?<!press\s)(?<!retail\s)outlets?|establishments?|franchises?|locations?)"     # (not "news outlets": the press)
# "branch", "outlet", "establishment" are restaurants only where the text has just spoken of restaurants (as "branches"
# and "outlets" have always been where a chain's are listed)
GENERIC_NOUN = re.compile(r"(?i)(?:branch|outlet|establishments?|franchises?|locations?)$")     # ("Jakarta's franchise")
COUNT_WORDS = (r"(?:(?:two|three|four|five|six|seven|eight|nine|\d)\s+out\s+of\s+(?:the\s+)?\d+|"
               r"(?:two|three|four|five|\d+)\s+of\s+(?:these|those|its|their)|a|an|one|another|two|three|four|five|six|seven|eight|"
               r"nine|ten|several|some|many|more|other|dozens\s+of|\d+|its|their|the|this)")
NOT_NAMES = {"North", "Korean", "North Korean", "South", "South Korean", "Chinese", "The", "A", "This", "That", "Its",
             "State", "Korea", "Korean-run", "Western", "Japanese", "Vietnamese", "Thai", "Russian", "Asian", "Dutch",
             "Nepali", "Cambodian", "First", "Last", "Another", "Other", "One", "New", "Old", "Famous", "Popular",
             # determiners that open a sentence ("Those restaurant workers ...")
             "Those", "These", "Their", "Our", "Every", "Each", "Some", "Many", "All", "Both", "Most", "Several", "Any",
             "Such", "No",
             # a number that opens a sentence ("Three restaurant staff fled")
             "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
             "Fourteen", "Fifteen", "Twenty", "Dozens", "Hundreds"}


@dataclass(unsafe_hash=True, slots=True)   # a value, never changed; not frozen=True, which costs 1 µs per object
class RestaurantMention:
    start: int
    end: int
    name: str | None         # as the article writes it ("Koryo Restaurant"): gold and readers see the source's words
    kind: str                # restaurant | other (a hotel of the chain)
    plural: bool             # "restaurants in Dandong": a set, not one place
    nk_marked: bool          # the phrase itself says it is North Korean / state-run
    definite: bool           # "the restaurant": refers back, introduces nothing new
    count: int = 1           # how many restaurants it introduces ("two North Korean restaurants in Jakarta")


@lru_cache(maxsize=1)
def _lexicon():
    lex = load("restaurants")
    aliases = []
    for b in lex["brands"]:
        for a in {b["name"], *b.get("aliases", [])}:
            aliases.append((a, b["name"], b.get("kind", "restaurant")))
    aliases.sort(key=lambda t: -len(t[0]))
    # "Okryu-Gwan" is "Okryu-gwan", but a name still starts with a capital: its first letter is read as written (which
    # lets the engine pass over the text's other letters quickly), the rest in any case
    alias_rx = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(a[0].upper()) + "(?i:" + re.escape(a[1:]).replace(r"\ ", r"\s+") + ")" for a, _, _ in aliases)
        + r")(?![\w-])")
    canon = {name_fold(a): (n, k) for a, n, k in aliases}
    nk_rx = re.compile("|".join(lex["nk_markers"]), re.IGNORECASE)
    return alias_rx, canon, nk_rx


# (a lone capital inside the name is a word of it: "the Pyongyang A Ri Rang Restaurant")
NAMED_BEFORE = re.compile(r"\b(?:(?P<the>[Tt]he)\s+)?[“\"‘]?(?P<name>(?:[A-Z][\w'’-]+\s+(?:[A-Z]\s+)?){0,2}[A-Z][\w'’-]+)[”\"]?\s+"
                          # ("the Sindat BBQ North Korean restaurant": after "the", the North's adjective between)
                          r"(?(the)(?:(?:North\s+Korean|North\s+Korea-run|Pyongyang-run|DPRK-run)\s+)?)"
                          r"(?P<noun>[Rr]estaurant(?:\s+(?:and|&)\s+Bar)?)\b")
# (a name in quotes: 'the nearby “Sunrise” restaurant')
NAMED_AFTER = re.compile(r"\bRestaurant[ \t]+(?P<name>[A-Z][\w'’-]+)")    # (never across a line break: a headline's end)
CALLED = re.compile(r"\b(?:[Rr]estaurants?|[Ee]ater(?:y|ies)|establishments?)\s*,?\s+(?:called|named|known\s+as)\s+"
                    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})")
# "At a second restaurant, Pyongyang Unban, group reservations are available": the name in apposition after the noun
# "North Korea-run restaurant Pyongyang Raengmyon closed": the North's restaurant, its name after the noun
# (or its name in quotes or brackets right after the noun: 'the North Korean restaurant “Moranbong”', "a North Korean
# restaurant (Moranbong) that")
RUN_NAMED = re.compile(r"\b(?:North\s+Korea(?:n|-run|-owned|-operated)|Pyongyang-run|DPRK-run|N\.?\s*Korean)\s+restaurant"
                       r"(?:[ \t]+|[ \t]*(?P<open>[“\"‘(]))"
                       r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?(open)[”\"’)])")
GLUED = re.compile(r"[a-z][A-Z]")
# a pronoun after the noun is the next clause's subject, not a name ("the finest North Korean restaurant I’ve seen")
PRONOUN = re.compile(r"(?:I|We|You|They|He|She|It)(?:['’]\w+)?")
RELATIVE_AFTER = re.compile(r",\s+(?:which|that|whose)\b")
APPOSED_NAME = re.compile(r"\b(?:[Rr]estaurant|[Ee]atery),[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}),")
ANOTHER_CUISINE_BEFORE = re.compile(r"(?i)\b(?:South\s+Korean|Chinese|Japanese|Thai|Vietnamese|Western|local|rival|competing)"
                                    r"\s+(?:[\w-]+\s+)?(?:restaurant|eatery),")
# a cuisine not the North's, right before the noun ("an Italian restaurant", "a Michelin-starred French restaurant")
ANOTHER_CUISINE = re.compile(r"(?i)\b(?:Italian|French|Japanese|Thai|Vietnamese|Indian|Mexican|Spanish|Portuguese|"
                             r"Macanese|"
                             r"Greek|Turkish|Lebanese|Cantonese|Sichuan|Malaysian|Indonesian|Filipino|German|Georgian|"
                             r"American|Western|Mediterranean|Persian|Brazilian|Argentine|Uzbek|Nepali|Mongolian)\s+$")
CALLED_AND = re.compile(r"\b(?:[Rr]estaurants|[Ee]ateries)\s*,?\s+(?:called|named|known\s+as)\s+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}"
                        r"(?:\s*\([^)]{1,40}\))?,?\s+and\s+(?P<name2>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})")
# "Song Do Won and Ok Ryu Gwan, two restaurants once popular with tourists": names in apposition to a counted plural
COORDINATED = re.compile(r"(?P<a>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+and[ \t]+(?P<b>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}),"
                         r"\s+(?:the\s+)?(?:two|both)\s+(?:[\w-]+\s+){0,3}?(?:restaurants|eateries)\b")
# "The Ryu Gyong, Pyongyang Koryo, and Mount Chilbo restaurants": names listed before their plural noun, one each
NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
LISTED_BEFORE_PLURAL = re.compile(rf"(?P<list>{NAME}(?:,[ \t]+(?:the[ \t]+)?{NAME}){{0,4}},?[ \t]+and[ \t]+(?:the[ \t]+)?{NAME})"
                                  r"[ \t]+(?:restaurants|eateries)\b")
LIST_SPLIT = re.compile(r",?[ \t]+and[ \t]+(?:the[ \t]+)?|,[ \t]+(?:the[ \t]+)?")
GWAN = re.compile(r"\b(?P<name>(?:[A-Z][\w]+\s+)?[A-Z][a-z]+(?:-?[gk]wan|-[GK]wan|\s[GK]wan))\b")
UNNAMED = re.compile(rf"(?:\b(?P<det>{COUNT_WORDS})|(?P<owner>(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s))\s+(?P<mods>(?:(?!(?:of|in|at|a|an|the|to|from|with|and(?!\s+only\b)|for|by|on|near|"
                     rf"have|has|had|were|was|are|is|who|that|fled|left|said|says|told|reported|closed|shut|opened|runs|ran|operates|operated|visited)\b)[\w'’–-]+\s+){{0,5}}?){RESTAURANT_NOUN}\b",
                     re.IGNORECASE)
# a bare plural after a verb of running them, followed by where: "runs restaurants in X and Y"
BARE_PLURAL = re.compile(r"(?i)\b(?:runs?|ran|running|operates?|operated|operating|owns?|owned|opened|has|had|with|(?P<there>there\s+(?:are|were|was|is|used\s+to\s+be)))\s+"
                         r"(?:also\s+|still\s+|long\s+|such\s+|similar\s+)?(?P<noun>restaurants|eateries|outlets|branches)\b(?=\s+(?:in|across)\b)")
NK_ADJECTIVE = r"North\s+Korean(?:-(?:run|owned|operated))?|N\.?\s*Korean|DPRK|Pyongyang-run|North\s+Korea-run"     # "the North's" said of a noun
NK_BARE_PLURAL = re.compile(rf"(?i)\b(?:{NK_ADJECTIVE}|Pyongyang|"
                            r"(?:North\s+Korea|Pyongyang|the\s+North)['’]s)\s+(?:[\w-]+\s+)?"
                            r"(?P<noun>restaurants|eateries)\b(?=\s+(?:(?:still|remain|remained|stay|stayed|are|were|can|could|be|been|operate|operating|"
                            r"open|opened|running|popular|common|found|present|located|based|also|have|has|had|since|now|recently|already)\s+){0,3}(?:in|across)\b)")
# "In Dandong, diners at North Korean restaurants clapped along": the North's restaurants where people go, placed by
# the sentence (one entry for the set, where the sentence is)
NK_PLURAL_VISITED = re.compile(rf"(?i)\b(?:at|to|into|visit(?:ed|ing|s)?|frequent(?:ed|ing|s)?)\s+(?:the\s+|several\s+|two\s+)?"
                               rf"(?:{NK_ADJECTIVE})\s+(?:[\w-]+\s+)?(?P<noun>restaurants|eateries)\b")
SENTENCE_PLURAL = re.compile(r"(?:^|(?<=[.!?]\s))(?P<noun>Restaurants|Eateries)(?=\s+in\s+[A-Z])", re.MULTILINE)
# "a wave of new restaurants in X, Y and Z", "assorted North Korean-themed eateries in X", "state-backed eateries sprouted
# in the region": a set of restaurants, its noun after words that only count or describe a set,
# placed by the locative after it (the ones the North runs when its words, or the words just before, say so)
SET_WORDS = (r"(?:new|newer|various|assorted|several|many|numerous|more|other|similar|such|these|those|dozens\s+of|"
             r"hundreds\s+of|scores\s+of|a\s+number\s+of|a\s+dozen|\d+|two|three|four|five|six|seven|eight|nine|ten|"
             r"state-(?:run|owned|operated|backed)|(?:North\s+)?[\w’'-]+-(?:themed|backed|run|owned|operated|linked|affiliated))")
PLACED_SET = re.compile(rf"(?i)\b(?P<mods>(?:(?:{NK_ADJECTIVE}|{SET_WORDS})\s+){{1,3}})(?P<noun>restaurants|eateries)"
                        r"(?=\s+(?:(?:have|has|had|were|are)\s+)?(?:(?:popped|sprung|sprouted|opened|operating|located|found|"
                        r"based|open|up|now|also|still)\s+){0,2}(?:in|across|throughout)\s+(?:the\s+)?[A-Z])")
NK_PLURAL_BEFORE = re.compile(rf"(?i)\b(?:{NK_ADJECTIVE})\s+(?:[\w-]+\s+)?"
                              r"(?:restaurants|eateries)\b")
# "branches" are restaurants only where the sentence has just spoken of restaurants ("the restaurant chain has branches")
RESTAURANT_BEFORE = re.compile(r"(?i)\b(?:restaurants?|eater(?:y|ies)|diners?)\b|\b(?-i:[A-Z][\w'’-]+)\s+chain\b")   # ("the Okryu chain")
GENERIC_REACH = 400     # characters back a "branch" or "establishment" needs a restaurant word
INTRODUCING = re.compile(r"(?i)(?:first|second|third|latest|newest|new|last|only)\b")
NK_OWNER = re.compile(r"(?i)\b(?:North\s+Korea|Pyongyang|the\s+North|the\s+regime|DPRK)(?:['’]s\s+[\w\s-]{0,30}?)?"
                      r"\s+(?:also\s+|still\s+|long\s+)?(?:[\w-]+\s+){0,2}?$")
# "North Korea still operates more than 100 of these restaurants": the ones the North runs
NK_RUNS = re.compile(r"(?i)\b(?:North\s+Korea|Pyongyang|the\s+North|the\s+regime|DPRK)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:runs?|ran|operates?|operated|owns?|owned)\s+(?:[\w-]+\s+){0,3}$")
# (a brand's word, then a few more capitalised words and "Company" or "Bank": a body of a longer name; the word before "News"
# or "report": a broadcaster)
# (also a brand's word in quotes before a lowercase word that names something else: '"Koryo" medicine', "the Koryo
# dynasty": a tradition or an age, no restaurant)
OTHER_BODY_AFTER = re.compile(r"[”\"’']?(?:\s+(?:medicine|medical|remed(?:y|ies)|dynasty|era|period|kingdom)\b|"
                              r"\s+(?:Bank|Hotel|Tours?|Travel|Studios?|Art|Arts|Group|Trading|Corporation|Corp|Company|"
                              r"Overseas|Mass\s+Games|Games|TV|Television|Pharmac\w+|Hospital|Shipping|Insurance|News|Radio|"
                              r"Theat(?:er|re)|Hall|Stadium|Museum|Monuments?|Hill|Square|Street|Avenue)\b"
                              r"|\s+(?:[A-Z][a-z]+\s+){1,2}(?:Company|Corporation|Cooperation|Bank|Group)\b|\s+(?:news|report|broadcast)\w*\b)")
# (a brand's word after "Mt", "Mount" or "mountain", or after "sing", "singing" and a few words: a mountain or a song of
# that name)
NOT_A_RESTAURANT_BEFORE = re.compile(r"(?i)\b(?:Mt\.?|Mount|mountains?|sing\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?)[\s“\"]*$")
# (its branch in a country may be named between: "Okryu Tonga, a North Korean building firm")
COMPANY_APPOSITION = re.compile(r"(?i)(?:\s+(?-i:[A-Z][\w'’-]+))?\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:company|firm|group|studio|corporation|"
                                r"conglomerate|contractor|builder|agency|bank)\b")
OTHER_BODY_BEFORE = re.compile(r"(?i)\b(?:company|companies|firm|studio|group|bank|hotel|corporation|builder|contractor|"
                               r"conglomerate|agency)\s+(?:called\s+|named\s+)?$")
# "to discuss opening a North Korean restaurant in Cuba": one planned, not one that is
PLANNED_BEFORE = re.compile(r"(?i)\b(?:discuss\w*|plan\w*|consider\w*|propos\w*|negotiat\w*|hop\w+|want\w*|intend\w*)\s+"
                            r"(?:to\s+)?(?:re)?open(?:ing)?\s+$")
# "not part of the Pyongyang restaurant franchise": the brand as a whole, no one restaurant
CHAIN_AFTER = re.compile(r"^\s+(?:[Rr]estaurants?\s+)?(?:franchise|chain|brand|network)s?\b")
AIRLINE = re.compile(r"^\s+(?:flight|flights|airline|airlines|Airlines|Air)\b")


HOME = {"KR", "KP"}
ACTOR_NOUNS = re.compile(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:deadline|government|order|orders|ministry|agency|officials?|"
                         r"ambassador|embassy|decision|authorities|figure|estimate|police|foreign|spy|commerce|measures?|"
                         r"sanctions|leader|regime|state|administration|court|efforts?|crackdown|campaign|policy|move|"
                         r"pressure|request|push|bid|response|retaliation|objections?|protests?|concerns?|demands?|"
                         r"warnings?|calls?|criticism|opposition|allies|ally|wishes|urging|insistence)\b", re.IGNORECASE)


def actor_possessive(text: str, p) -> bool:
    """'Beijing's deadline', 'Seoul's spy agency': the place acts; nothing is located there."""
    return bool(ACTOR_NOUNS.match(text[p.end:p.end + 40]))


LOCATIVE = re.compile(r"(?i)(?:\b(?:in|at|near|of|on|outside|inside|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?|,\s*)$")
APPOSITIVE = re.compile(r"^\s*,\s*(?:a|an|one\s+of|the)\b")
ANOTHER_CLAUSE = re.compile(r"[;]|\b(?:said|says|told|where|which|who|while|whereas|and\s+\w+ed)\b")  # a place past it is not where
# another definite thing coordinated after the restaurant, whose own place the locative gives
CUISINE_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:restaurants?|cuisine|food|fare|dish(?:es)?|chefs?|cooks?|pizza|pasta|"
                           r"cooking|menu|eatery|eateries|burgers?|fast[\s-]food)\b")
OTHER_THING_BETWEEN = re.compile(r"(?i)\s+and\s+the\s+(?:[\w-]+\s+){0,5}?[\w-]+\s+(?:in|at)\s+(?:the\s+)?$")
ALL_OF_THEM = re.compile(r"(?i)\s*,\s*(?:both|all|all\s+of\s+them|each)\b")
PARENTHETICAL = re.compile(r"\s*\(\s*(?:the\s+)?")      # "Pyongyang Moran-kwan (Peony Restaurant)"
OPENING_REACH = 300
OTHER = re.compile(r"(?i)(?:other|another|the\s+other)\b")
COORDINATED_NEXT = re.compile(r"\band\b|;|\bwhile\b|\bwhereas\b")
REFUGE_BEFORE = re.compile(r"(?i)\b(?:embassy|consulate|mission|police\s+station|detention\s+cent(?:er|re)|airport)\s+"
                           r"(?:[\w-]+\s+)?(?:in|at)\s+(?:the\s+)?$")
STAFF_AFTER = re.compile(r"(?i)\s+(?:workers?|staff(?:ers)?|employees?|waitress(?:es)?|waiters?|managers?|chefs?|cooks?|"
                         r"hostess(?:es)?|singers?|dancers?|servers?)\b")
NEAR_BEFORE = re.compile(r"(?i)\b(?:near|outside|close\s+to|across\s+from|opposite)\s+$")
# a named person who owns the restaurant ("Tran Van Minh, owner of", "its owner, Li Wei, ..."): the North's restaurants
# are the state's, run by managers it sends, never a local's own
PRIVATE_OWNER_BEFORE = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3},\s+(?:the\s+)?(?:co-)?owner\s+of\s+(?:the\s+)?$")
OWNER_S = re.compile(r"['’]s\s")
OWNER_THEN_NAME = re.compile(r"['’]s\s+")
INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an|one|each|every)\s+$")    # ("another Okryu-gwan branch in Dubai" is that brand's)
JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")
LIST_COMMA = re.compile(r",\s*")
SPACES = re.compile(r"\s+")
RESTAURANT_TAIL = re.compile(r"\s+(?:[Rr]estaurant(?:\s+(?:and|&)\s+Bar)?)\b")
NOT_A_NAME = re.compile(r"(?i)\b(?:north|south|korean|chinese|state|run|owned|overseas)\b|-(?:operated|run|owned|managed|"
                        r"linked|backed|based|style|themed|starred|rated|famed|winning)$|"     # words of a description
                        r"^(?:[A-Z][a-z]+(?:ian|ese|ish|ch|can|i))$|"   # a cuisine ("the first Italian restaurant")
                        r"\s(?:[A-Z][a-z]+(?:ian|ese|ish|can)|Thai|French|Dutch|Greek)$")   # a cuisine's ("Sakura Japanese")
POSSESSIVE_END = re.compile(r"['’]s$")
AND_BAR = re.compile(r"(?:and|&)\s+Bar")
PLURAL_NOUN = re.compile(r"(?i)(?:restaurants|eateries|rooms|branches|outlets|establishments|locations)$")
BRANCHES = re.compile(r"(?i)(?:branches|outlets)$")
LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:in\s+)?"
                       r"(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+(?:capital|(?:largest|biggest|second)\s+city)(?:,)?\s+)?$")
# "in Hanoi and other Vietnamese towns, such as Hue and Vinh": the list goes on past a class noun
OTHER_CITIES = re.compile(r"\s+and\s+(?:in\s+)?(?:several\s+|many\s+|some\s+)?other\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?(?:cities|towns)"
                          r"\s*,?\s*(?:like|such\s+as|including|notably|among\s+them)\s+")
COUNTRY_AFTER_CITY = re.compile(r"\s*,\s*|\s+in\s+")
CAPITAL_OF = re.compile(r"['’]s\s+(?:capital|(?:largest|biggest|second)\s+city)\b")
ONE_OF = re.compile(r"(?i)\bone\s+of\b")


NK_PEOPLE = re.compile(r"(?i)\bNorth\s+Korea(?:ns?)?\b|\bPyongyang\b(?![\w-]*style)|\bthe\s+North['’]s\b")
WORKERS_FLEE = re.compile(r"(?i)\b(?:workers|staff|employees|waitresses|women)\s+(?:from|at|of)\s+(?:a|an)\s")


def nk_sentence(doc: Document, r: RestaurantMention) -> bool:
    """An unmarked 'a restaurant in X' is the North's when its sentence is about North Koreans working there."""
    si = doc.sentence_of(r.start)
    if si < 0 or (r.plural and r.count < 2):
        return False     # a counted plural ("runs two restaurants in Vientiane") may take the sentence's owner
    sent = doc.sentences[si]
    seg = doc.text[max(sent.start, r.start - OPENING_REACH):min(sent.end, r.end + OPENING_REACH)]
    if r.count > 1 and si > 0 and (si - 1) in doc.body_sentences:
        # "... shut down all businesses operated by North Koreans. Authorities closed four restaurants in the capital":
        # restaurants counted right after the North's people or businesses are theirs
        prev = doc.sentences[si - 1]
        seg = doc.text[max(prev.start, r.start - OPENING_REACH):r.start] + seg
    return bool(NK_PEOPLE.search(seg)) or bool(WORKERS_FLEE.search(doc.text[max(0, r.start - 25):r.start + 3]))


def first_nk_restaurant_end(doc: Document) -> int | None:
    """Where the text's first mention marked as the North's restaurant ends (None if there is none)."""
    if "first_nk_restaurant_end" not in doc.memo:
        doc.memo["first_nk_restaurant_end"] = next((x.end for x in doc.restaurants if x.nk_marked), None)
    return doc.memo["first_nk_restaurant_end"]


def the_norths_by_discourse(doc: Document, r: RestaurantMention) -> bool:
    """An unmarked restaurant mention the discourse makes the North's: its sentence (or, for a count, the one before)
    speaks of North Koreans, or, after the North's restaurant was spoken of, it counts definite ones ("the four
    restaurants in Phnom Penh") or names a city abroad inside it ("one of the Siem Reap branches")."""
    first = first_nk_restaurant_end(doc)
    if nk_sentence(doc, r):
        return True
    if r.definite and r.count > 1 and first is not None and first <= r.start:
        return True
    # (the North's restaurants told of before as a class count too: "the women who staff these North Korean
    # restaurants ... one of the Siem Reap branches")
    told = norths_restaurants_told(doc)
    return city_inside(doc, r) is not None and any(x is not None and x <= r.start for x in (first, told))


def norths_restaurants_told(doc: Document) -> int | None:
    """Where the text first speaks of the North's restaurants as a class ("these North Korean restaurants") ends."""
    if "norths_restaurants_told" not in doc.memo:
        m = NORTHS_RESTAURANTS.search(doc.text)
        doc.memo["norths_restaurants_told"] = m.end() if m else None
    return doc.memo["norths_restaurants_told"]


NORTHS_RESTAURANTS = re.compile(rf"(?i)\b(?:{NK_ADJECTIVE}|North\s+Korea['’]s|Pyongyang['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?"
                                r"(?:restaurants|eateries|restaurant\s+(?:chain|network))\b")


IN_PLACE_RIGHT_AFTER = re.compile(r"\s+(?:in|at)\s")
# words before a restaurant noun that make it another's: "the Chinese restaurants", "local eateries"
ANOTHER_NATIONS = re.compile(r"\b(?!(?:North|Korean|Korea|DPRK|Pyongyang|N)\b)[A-Z][\w'’-]*|\b(?:local|rival|competing)\b")


def another_nations(doc: Document, r: RestaurantMention) -> bool:
    """Whether an unnamed mention's own words give it a nationality other than the North's ("the Chinese restaurants",
    "South Korean eateries"; a sentence's capital letter is not one)."""
    head = doc.text[r.start:r.end]
    return any(m.start() > 0 or head[:m.end()].lower() not in ("the", "there", "their", "its", "a", "an", "these", "those")
               for m in ANOTHER_NATIONS.finditer(head) if m.group().lower() not in ("restaurants", "restaurant"))


def placed_abroad_right_after(doc: Document, r: RestaurantMention) -> bool:
    """ "its branch in Chiang Mai", "the chain also has restaurants in Manila, Bandung and Surabaya": a mention
    placed by the words right after it, in a place abroad (told after the North's restaurants, it speaks of theirs;
    "the Korean restaurants in Seoul" are not)."""
    m = IN_PLACE_RIGHT_AFTER.match(doc.text, r.end)
    if m is None:
        return False
    at = doc.text.startswith("the ", m.end()) and m.end() + 4 or m.end()
    return any(p.start == at and p.place.country not in HOME for p in doc.within(doc.places, at, at + 60))


BARE_CHAIN_MENTION = re.compile(r"(?i)(?:(?P<own>their|its)|the|these|those)?\s*(?:(?P<chain>branch(?:es)?|outlets?|locations?|"
                                r"franchises?)|restaurants?|eater(?:y|ies))")
ALSO_BEFORE = re.compile(r"(?i)\b(?:also|too|other)\s+(?:(?:has|have|had|runs?|ran|operates?|operated)\s+)?$")


def told_after_the_norths(doc: Document, r: RestaurantMention) -> bool:
    """An unmarked definite or plural mention after the North's restaurant was spoken of, not marked as another
    nation's ("the restaurant was reportedly located in Yanji")."""
    first = first_nk_restaurant_end(doc)
    return (r.definite or r.plural) and first is not None and first <= r.start and not another_nations(doc, r)


def the_chains_placed(doc: Document, r: RestaurantMention) -> bool:
    """A bare mention of the chain, placed by the words right after it (told after the North's restaurants): a chain's
    noun ("the branch in Hanoi", "their outlets in Pattaya") or restaurants said to be its ("also has restaurants in
    Dhaka"), with no word of its own ("the hotpot restaurants in Bangkok", "the restaurant in Hoi An where we ate" are
    others')."""
    m = BARE_CHAIN_MENTION.fullmatch(doc.text, r.start, r.end)
    return m is not None and (m.group("chain") is not None or m.group("own") is not None
                              or ALSO_BEFORE.search(doc.text, max(0, r.start - 24), r.start) is not None) \
        and placed_abroad_right_after(doc, r) and told_after_the_norths(doc, r)


THE_CITY = re.compile(r"(?i)\b(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:city|capital|town)\b|\bin\s+town\b")
# Nouns that make the name beside them a place ("the district of Osdorp", "Mayangone township"), never a restaurant.
PLACE_NOUNS = r"(?:district|township|neighbou?rhood|suburb|quarter|borough|ward|province|county|prefecture|village)"


NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
PLACE_NOUN_WORD = re.compile(rf"(?i)\b{PLACE_NOUNS}\b")
PLACE_NOUN_STEMS = ("district", "township", "neighbo", "suburb", "quarter", "borough", "ward", "province", "county",
                    "prefecture", "village")     # (one of them in every match of PLACE_NOUNS)
PLACE_NAME_REACH = 120     # characters a name of three words may stand before its place noun
PLACE_OF = (re.compile(rf"(?i:\b{PLACE_NOUNS}\s+of\s+)(?P<n>{NAME_WORDS})"),     # "the district of Osdorp"
            re.compile(rf"(?P<n>{NAME_WORDS})\s+(?i:{PLACE_NOUNS})\b"))         # "Mayangone township"


def names_introduced_as_places(text: str, low: str | None = None) -> set[str]:
    """The names the text calls places anywhere ("the western Amsterdam district of Osdorp", "Mayangone township"),
    lower-cased, with each tail of a multi-word name ("Amsterdam Osdorp" also gives "osdorp"). One pass per text."""
    out: set[str] = set()
    if low is not None and not any(w in low for w in PLACE_NOUN_STEMS) or not PLACE_NOUN_WORD.search(text):
        return out      # (``low``: the text folded, fold_ascii; without a place noun's stem, no need to search)
    # (the second pattern ends on a place noun: run only just before each one, as the restaurant nouns are)
    for m in (*PLACE_OF[0].finditer(text), *finditer_before(PLACE_OF[1], text, PLACE_NOUN_WORD, PLACE_NAME_REACH)):
        words = m.group("n").lower().split()
        out.update(" ".join(words[i:]) for i in range(len(words)))
        out.update(" ".join(words[:i]) for i in range(1, len(words)))
    return out


def in_dateline_sentence(doc: Document, si: int) -> bool:
    """Whether sentence ``si`` is the lede a dateline abroad opens, where what has no place of its own is in its city."""
    d = doc.dateline
    return d is not None and d.place.country not in HOME and d.place.kind == "city" and doc.sentence_of(d.start) == si \
        and not ELSEWHERE.search(doc.text, doc.sentences[si].start, doc.sentences[si].end)


# "TOKYO - ... a restaurant in an unidentified country", "... abroad": the lede says the place is another, unnamed
ELSEWHERE = re.compile(r"(?i)\b(?:country|countries|nation|abroad|overseas)\b")


def city_inside(doc: Document, r: RestaurantMention) -> PlaceMention | None:
    """ "the company's Phnom Penh restaurant", "its Vladivostok outlet": a city abroad inside an unnamed mention,
    before its noun, which places it in the registry (and makes even a definite mention one the text identifies).
    (The discourse does not take it as the place of the restaurant spoken of next: "the Ningbo restaurant" is often
    the famous case, named in passing.)"""
    if r.name is not None:
        return None
    return next((p for p in doc.within(doc.places, r.start, r.end) if p.place.kind == "city" and p.place.country not in HOME
                 and (p.start > r.start and not actor_possessive(doc.text, p)
                      or p.start == r.start and OWNER_S.match(doc.text, p.end))), None)    # ("Kuala Lumpur's only ...")


def place_restaurant(doc: Document, r: RestaurantMention, upto: int | None = None) \
        -> tuple[PlaceMention | None, str | None, str | None]:
    """(city place, region, country) where a restaurant mention is: places after it introduced by a locative
    ("in", "at", "near", "of", a comma after a city), else a place that opens its sentence ("In Dandong, ...")."""
    si = doc.sentence_of(r.start)
    if si < 0:
        return None, None, None
    sent = doc.sentences[si]
    end = min(sent.end, (upto or r.end) + 110)
    following = [x for x in doc.within(doc.restaurants, r.end, end)
                 if x.start > r.end and not APPOSITIVE.match(doc.text[r.end:x.start + 3])
                 and (COORDINATED_NEXT.search(doc.text, r.end, x.start) or x.plural or OTHER.match(doc.text, x.start))]
    if following:
        end = following[0].start      # "the Pyongyang restaurant on X street, and the Koryo in Ho Chi Minh City"
        if r.name and following[0].name and JOINED.fullmatch(doc.text, r.end, end):
            # "the Cheonryu Restaurant and Goryeo Restaurant in Shanghai": both where the list is
            return place_restaurant(doc, following[0])
    after: list[PlaceMention] = []
    for p in doc.within(doc.places, r.end, end):
        gap = doc.text[r.end:p.start]
        if p.place.country in HOME or actor_possessive(doc.text, p) or ANOTHER_CLAUSE.search(gap):
            continue
        if OTHER_THING_BETWEEN.match(gap) and not RESTAURANT_WORD.search(gap):
            continue    # "six restaurants and the North Korean-built museum in Siem Reap": the museum's place
        if REFUGE_BEFORE.search(doc.text, max(r.end, p.start - 40), p.start):
            continue    # "... sought asylum at the South Korean embassy in Vientiane": the refuge, not the restaurant
        if LOCATIVE.search(doc.text[max(r.end, p.start - 60):p.start]) \
                or (after and LIST_COMMA.fullmatch(doc.text[after[-1].end:p.start])):
            after.append(p)
    # (a sentence without breaks can run the whole text: its opening place is looked for only near the mention)
    before = [p for p in doc.within(doc.places, max(sent.start, r.start - OPENING_REACH), r.start)
              if p.place.country not in HOME and not NEAR_BEFORE.search(doc.text, max(0, p.start - 8), p.start)]
    # ("In the southern Chinese city of Zhuhai near Macau, a North Korean restaurant ...": Zhuhai's, not Macau's)
    if not after and not before and (THE_CITY.search(doc.text, r.end, end) or THE_CITY.search(
            doc.text, max(sent.start, r.start - OPENING_REACH), r.start)):
        # "the city": the dateline's, else the last city the text named before it
        said = doc.dateline or next((p for p in reversed(doc.within(doc.places, max(0, r.start - 3000), r.start))
                                     if p.place.kind == "city"), None)
        after = [said] if said is not None and said.place.country not in HOME else []
    if not after and not before and r.count <= 1 and in_dateline_sentence(doc, si):
        after = [doc.dateline]      # "PHNOM PENH - The North Korean restaurant by the river has closed": the city's
    if r.count > 1:
        # "three restaurants in Vietnam: two in Hanoi, ...": the count's own place, not its parts; but "two
        # restaurants in Vietnam, both in the capital Hanoi" are in Hanoi
        both = len(after) > 1 and after[0].place.kind == "country" and after[1].place.country == after[0].place.country \
            and ALL_OF_THEM.match(doc.text, after[0].end, after[1].start)
        after = after[1:2] if both else after[:1]
    city = region = country = None
    for p in after + list(reversed(before)):
        pl = p.place
        if p.surface.lower().endswith(("ese", "ian", "ish")) and pl.kind == "country":
            if country is None and not CUISINE_AFTER.match(doc.text, p.end):     # (not "an Italian restaurant")
                country = pl.country
            continue
        if pl.kind == "city" and city is None and (country is None or country == pl.country):
            city, country = p, pl.country
        elif pl.kind == "region" and region is None and (country is None or country == pl.country):
            region, country = pl.name, pl.country
        elif pl.kind == "country" and country is None:
            country = pl.country
        if city is not None:
            break
    return city, region, country



def normalise_name(name: str) -> str:
    return SPACES.sub(" ", name.replace("’", "'")).strip()


NAME_NOISE = re.compile(r"(?i)\b(?:the|restaurants?|korean)\b|[^\w]")


def name_fold(name: str) -> str:
    """A name reduced to what tells restaurants apart ("Ryugyong Korean Restaurant" → "ryugyong")."""
    return NAME_NOISE.sub("", name).lower()


def same_restaurant_name(a: str | None, b: str | None) -> bool:
    """Whether two written names are one restaurant: the same brand (data/lexicon/restaurants.yaml), or the same
    words once "the", "restaurant", "Korean", spaces and hyphens are dropped."""
    if not a or not b:
        return False
    return brand_key(a) == brand_key(b)


def brand_key(name: str) -> str:
    canon = _lexicon()[1]
    folded = name_fold(name)
    hit = canon.get(folded)
    return name_fold(hit[0]) if hit else folded


class _Span:
    """A name found inside a listed run, shaped like the regex match the loop below reads (start, end, group)."""
    __slots__ = ("s", "e", "text")

    def __init__(self, s: int, e: int, text: str) -> None:
        self.s, self.e, self.text = s, e, text

    def start(self, group=None) -> int:
        return self.s

    def end(self, group=None) -> int:
        return self.e

    def group(self, group=None) -> str:
        return self.text


def find_restaurants(text: str, places: list[PlaceMention]) -> list[RestaurantMention]:
    """Restaurant mentions in ``text``, left to right; names resolved to the chain's brand names when known."""
    alias_rx, canon, nk_rx = _lexicon()
    place_starts = [p.start for p in places]
    out: list[RestaurantMention] = []
    taken_starts: list[int] = []      # spans already read as a mention, which never overlap: sorted by start
    taken_ends: list[int] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(taken_starts, b) - 1      # the last span starting before b
        return i < 0 or taken_ends[i] <= a

    def take(a: int, b: int) -> None:
        i = bisect.bisect_left(taken_starts, a)
        taken_starts.insert(i, a)
        taken_ends.insert(i, b)

    # (a pattern is not run over a text without the words every match of it has: case-sensitive ones in the text
    # itself, case-insensitive ones in the folded text; the same matches on any text)
    low = fold_ascii(text)
    place_names = names_introduced_as_places(text, low)
    aliases = [m for m in alias_rx.finditer(text) if m.group(0)[:1].isupper()]
    # a brand's word the text uses for another of the state's bodies ("Mansudae Overseas Projects", "Mansudae, a North
    # Korean company") names that body wherever it stands alone in the text
    other_bodies = {m.group(0) for m in aliases if OTHER_BODY_AFTER.match(text, m.end()) or COMPANY_APPOSITION.match(text, m.end())}
    for m in aliases:
        if AIRLINE.match(text[m.end():m.end() + 12]) or text[max(0, m.start() - 4):m.start()] == "Air " \
                or CHAIN_AFTER.match(text[m.end():m.end() + 30]):
            continue
        if OTHER_BODY_AFTER.match(text, m.end()) or OTHER_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or NOT_A_RESTAURANT_BEFORE.search(text, max(0, m.start() - 50), m.start()) \
                or (m.group(0) in other_bodies and not RESTAURANT_TAIL.match(text[m.end():m.end() + 30])):
            continue    # "Koryo Bank", "building company Mansudae": a brand's word naming another of the state's bodies
            # (or a mountain or a song)
        surface = normalise_name(m.group(0))
        kind = canon.get(name_fold(surface), (surface, "restaurant"))[1]
        # A bare city-like alias ("Pyongyang restaurant") only counts with its noun; an alias is its own mention.
        end = m.end()
        tail = RESTAURANT_TAIL.match(text[end:end + 30])
        if tail and "restaurant" not in surface.lower():
            end += tail.end()
        take(m.start(), end)
        if INDEFINITE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            # "the entire staff of a Pyongyang restaurant in China": one of the chain, not the one the article names
            out.append(RestaurantMention(m.start(), end, None, kind, False, True, False))
            continue
        name = surface + text[m.end():end] if tail and "restaurant" not in surface.lower() \
            and text[m.end():end].strip()[:1].isupper() else surface     # "Koryo Restaurant", not "Koryo restaurant"
        out.append(RestaurantMention(m.start(), end, normalise_name(name), kind, False, True, True))
    # (patterns that end on their noun run only just before it, as UNNAMED does: the same matches, in a fraction of the time)
    called = "called" in text or "named" in text or "known" in text
    spans = [(rx, m, "name") for rx, found in ((NAMED_BEFORE, finditer_before(NAMED_BEFORE, text, RESTAURANT_CAP, NAME_REACH)),
                                              (NAMED_AFTER, NAMED_AFTER.finditer(text) if "Restaurant" in text else ()),
                                              (GWAN, finditer_before(GWAN, text, GWAN_END, NAME_REACH)),
                                              (CALLED, CALLED.finditer(text) if called else ()),
                                              (APPOSED_NAME, APPOSED_NAME.finditer(text)
                                               if "estaurant," in text or "atery," in text else ()),
                                              (RUN_NAMED, RUN_NAMED.finditer(text)))
             for m in found]
    if ("restaurants" in text or "eateries" in text) and ("two" in text or "both" in text):
        spans += [(COORDINATED, m, g) for m in COORDINATED.finditer(text) for g in ("a", "b")]
    for m in CALLED_AND.finditer(text) if called and ("estaurants" in text or "ateries" in text) else ():
        # "two restaurants called Pyongyang Naeng-myeon Gwan (Cold Noodles Hall) and Pyongyang Chin-seon Gwan": the second
        spans.append((CALLED_AND, _Span(m.start("name2"), m.end("name2"), m.group("name2")), "name"))
    for m in LISTED_BEFORE_PLURAL.finditer(text):
        pos = m.start("list")
        for part in LIST_SPLIT.split(m.group("list")):
            at = text.index(part, pos)
            spans.append((LISTED_BEFORE_PLURAL, _Span(at, at + len(part), part), "name"))
            pos = at + len(part)
    for rx, m, group in spans:
        ns, ne = m.start(group), m.end(group)
        words = normalise_name(m.group(group)).split()
        while words and (words[0] in NOT_NAMES or (ns, 0) == (0, 1)):
            words = words[1:]
        lo = bisect.bisect_left(place_starts, ns)
        owner = next((p for p in places[lo:lo + 3] if len(words) > 1 and OWNER_S.match(text, p.end)
                      and normalise_name(text[p.start:p.end + 2]) == normalise_name(words[0])), None)
        if owner is not None:
            # "Dalian's Haebaragi Hall Restaurant": the city's, named by the words after it
            words = words[1:]
            ns = OWNER_THEN_NAME.match(text, owner.end).end()
            lo = bisect.bisect_left(place_starts, ns)
        elif len(words) > 1 and POSSESSIVE_END.search(words[0]):
            # "North Korea's Coral Lagoon Restaurant": the owner's word before the name ("Korea's") is not the name
            words = words[1:]
            ns = OWNER_THEN_NAME.search(text, ns, ne).end()
        if ns > 0 and text[ns - 1] == "‘" and words and words[-1].endswith("'"):
            # "the ‘Lagoon’ restaurant": the closing quote the name's letters took is not the name's
            words[-1], ne = words[-1][:-1], ne - 1
        name = " ".join(words)
        quoted = text[ns - 1:ns] in "“\"‘" and text[ne:ne + 1] in "”\"’" and ns > 0     # a name in quotes is a name, never a place
        # ("a North Korean restaurant called Pyongyang", "a new restaurant, Pyongyang, which opened": so is one called so)
        quoted = quoted or rx in (CALLED, CALLED_AND) or (rx is APPOSED_NAME and bool(RELATIVE_AFTER.match(text, ne))) \
            or (rx is RUN_NAMED and bool(m.group("open")))
        if not name or name in NOT_NAMES or PRONOUN.fullmatch(words[0]) or (not quoted and any(
                p.end <= ne and p.surface == name for p in places[lo:bisect.bisect_left(place_starts, ne)])):
            continue
        if NOT_A_NAME.search(name) or POSSESSIVE_END.search(name) or (name.lower() in place_names and not quoted):
            continue
        if rx in (NAMED_BEFORE, NAMED_AFTER) and not quoted and title_cased(text, m.start(), m.end()):
            continue    # a headline's words are all capitals: "Restaurant" there names nothing by its shape
        if rx in (NAMED_BEFORE, NAMED_AFTER) and not quoted and " " not in name and name.lower() in lower_words(text):
            continue    # a word the text also writes in lower case is a common word capitalised ("the Story of Defected
            #             Restaurant Workers" beside "the defected restaurant workers"), not a name
        if rx is GWAN and not quoted and PERSON_AFTER.match(text, ne):
            continue    # "Kim Kye Gwan, a Foreign Ministry official, said": a man's name ending in the syllable
        if rx is RUN_NAMED and GLUED.search(name):
            continue    # "North Korean restaurant MoscowThe appeal ...": a caption run into the text, no name
        if rx is APPOSED_NAME and ANOTHER_CUISINE_BEFORE.search(text, max(0, m.start() - 40), m.start() + 12):
            continue    # "a South Korean restaurant, Dae Wong Gat, a competitor": not the North's
        if rx in (NAMED_BEFORE, NAMED_AFTER) and PRIVATE_OWNER_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue    # "Tran Van Minh, owner of Minh Noodle restaurant": a person's own business, not the North's
        # a name the pattern found inside its own words ("restaurant called X") is that name's mention
        start, end = (m.start() if owner is None else ns, m.end()) if rx in (NAMED_BEFORE, NAMED_AFTER, GWAN) else (ns, ne)
        if not free(start, end):
            continue
        full = name
        if rx is NAMED_BEFORE and AND_BAR.search(m.group("noun")):
            full = f"{name} {m.group('noun')}"
        take(start, end)
        out.append(RestaurantMention(start, end, full, "restaurant", False, True, True))
    for m in finditer_before(UNNAMED, text, RESTAURANT_WORD, UNNAMED_REACH):
        if not free(m.start(), m.end()) or PLANNED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        generic = bool(GENERIC_NOUN.search(m.group(0)))
        if generic and not RESTAURANT_BEFORE.search(text, max(0, m.start() - GENERIC_REACH), m.start()):
            continue
        nk_owner = bool(m.group("owner")) and bool(NK_OWNER_WORDS.fullmatch(m.group("owner"))) \
            and not PLURAL_NOUN.search(m.group(0))      # (its plurals are NK_BARE_PLURAL's)
        if m.group("owner") and not nk_owner and not any(
                p.start == m.start() and p.place.kind == "city" and p.place.country not in HOME
                for p in places[bisect.bisect_left(place_starts, m.start()):][:1]):
            continue    # "Kuala Lumpur's only North Korean restaurant": a city's; not "Kim's restaurant"
        # ("North Korea's first and only restaurant in Europe": one of the North's, told for the first time)
        det = "a" if nk_owner else "the" if m.group("owner") else m.group("det").lower().split()[0]
        phrase = m.group(0)
        if ANOTHER_CUISINE.search(m.group("mods")) and not nk_rx.search(phrase):
            continue    # ("the Rosa Italian restaurant in Macau"): another land's kitchen, not the North's
        plural = bool(PLURAL_NOUN.search(phrase)) or det not in ("a", "an", "one", "another", "the", "its", "this")
        if plural and STAFF_AFTER.match(text, m.end()):
            plural = False      # "two North Korean restaurant workers": the count is the people's; one restaurant
        # ("the first branch in Phnom Penh" introduces one)
        definite = det in ("the", "its", "their", "this") and not ONE_OF.search(text[max(0, m.start() - 8):m.start()]) \
            and not INTRODUCING.match(m.group("mods"))
        nk = nk_owner or bool(nk_rx.search(phrase)) or bool(NK_RUNS.search(text, max(0, m.start() - 80), m.start())) or (
            generic and bool(NK_PEOPLE.search(text, max(0, m.start() - GENERIC_REACH), m.start())))   # the chain's branch
        count = small_count(det) if plural else 1
        if plural and det in ("the", "its", "their") and m.group("mods"):
            count = small_count(m.group("mods").split()[0].lower())     # "the four restaurants in Phnom Penh"
        out.append(RestaurantMention(m.start(), m.end(), None, "restaurant", plural, nk, definite, count))
    heads = list(PLURAL_HEAD.finditer(text))     # (the bare plurals' nouns, read once for both patterns)
    for m in finditer_before(BARE_PLURAL, text, PLURAL_HEAD, PLURAL_REACH, LOOKAHEAD, heads):
        if BRANCHES.match(m.group("noun")) and not RESTAURANT_BEFORE.search(text, max(0, m.start() - GENERIC_REACH), m.start()):
            continue
        if free(m.start("noun"), m.end("noun")):
            # "North Korea also runs restaurants in Bishkek and Osh": a set its owner marks as the North's
            nk = bool(NK_OWNER.search(text, max(0, m.start() - 60), m.start())) or bool(
                m.group("there") and NK_PEOPLE.search(text, max(0, m.start() - 160), m.start())) or bool(
                BRANCHES.match(m.group("noun")) and NK_PEOPLE.search(text, max(0, m.start() - GENERIC_REACH), m.start()))
            # ("the chain has branches in X and Y" after the North's restaurants: the chain's)
            # ("... the North Korean restaurants in Cambodia. There were restaurants in X, Y and Z": the ones just named)
            take(m.start("noun"), m.end("noun"))
            out.append(RestaurantMention(m.start("noun"), m.end("noun"), None, "restaurant", True, nk, False, 0))
    for m in SENTENCE_PLURAL.finditer(text) if "Restaurants" in text or "Eateries" in text else ():
        # "... North Korean restaurants that once operated in Cambodia have closed. Restaurants in Phnom Penh and Siem
        # Reap closed on Saturday": the ones the sentence before spoke of, in each city named
        if free(m.start("noun"), m.end("noun")) and NK_PLURAL_BEFORE.search(text, max(0, m.start() - PLURAL_REACH * 4), m.start()):
            take(m.start("noun"), m.end("noun"))
            out.append(RestaurantMention(m.start("noun"), m.end("noun"), None, "restaurant", True, True, False, 0))
    for m in finditer_before(NK_BARE_PLURAL, text, PLURAL_HEAD, PLURAL_REACH, LOOKAHEAD, heads):
        if free(m.start("noun"), m.end("noun")):
            # "North Korean restaurants in Cambodian cities Siem Reap and Phnom Penh": the North's, in each city named
            take(m.start("noun"), m.end("noun"))
            out.append(RestaurantMention(m.start("noun"), m.end("noun"), None, "restaurant", True, True, False, 0))
    for m in NK_PLURAL_VISITED.finditer(text) if "estaurants" in text or "ateries" in text else ():
        if free(m.start("noun"), m.end("noun")):
            take(m.start("noun"), m.end("noun"))
            out.append(RestaurantMention(m.start("noun"), m.end("noun"), None, "restaurant", True, True, False, 1))
    for m in finditer_before(PLACED_SET, text, PLURAL_HEAD, PLURAL_REACH, LOOKAHEAD, heads):
        if free(m.start("noun"), m.end("noun")) and not PLANNED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # the North's when its words say so or the words before it speak of the North ("The chain belongs to a
            # ministry in Pyongyang. Lately it added new restaurants in X and Y")
            nk = bool(nk_rx.search(m.group("mods"))) or bool(NK_PEOPLE.search(text, max(0, m.start() - SET_REACH), m.start()))
            mods = m.group("mods").split()
            count = small_count(mods[0].lower()) if len(mods) == 1 else 1
            take(m.start("mods"), m.end("noun"))
            out.append(RestaurantMention(m.start("mods"), m.end("noun"), None, "restaurant", True, nk, False, count))
    out.sort(key=lambda r: r.start)
    out.extend(elided(text, out, low))
    out.sort(key=lambda r: r.start)
    return one_per_appositive(text, out)


SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as"})
WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_WORDS = 10    # words either side of a match read to tell whether its line is a headline
HEADLINE_CHARS = 250    # characters a headline's line may run either side of a name; a longer line is prose


@lru_cache(maxsize=8)
def lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case (read once per text, however many names are asked of it)."""
    return frozenset(w for w in re.findall(r"[\w-]+", text) if w.islower())


def title_cased(text: str, start: int, end: int) -> bool:
    """Whether the words around ``start:end`` on its line are all capitalised, as in a headline ("Dubai Restaurant
    Offers A Taste Of Home"), where a capital letter says nothing of a name. A line longer than a headline's is prose."""
    line_start = text.rfind("\n", max(0, start - HEADLINE_CHARS), start) + 1
    line_end = text.find("\n", end, end + HEADLINE_CHARS)
    if (line_start == 0 and start > HEADLINE_CHARS) or line_end < 0 and len(text) > end + HEADLINE_CHARS:
        return False
    line_end = len(text) if line_end < 0 else line_end
    before = [w for w in WORD.findall(text, line_start, start) if w.lower() not in SMALL_WORDS][-TITLE_WORDS:]
    after = [w for w in WORD.findall(text, end, line_end) if w.lower() not in SMALL_WORDS][:TITLE_WORDS]
    around = before + after
    return len(around) + len(WORD.findall(text, start, end)) >= 4 and all(w[0].isupper() for w in around)


def one_per_appositive(text: str, found: list[RestaurantMention]) -> list[RestaurantMention]:
    """ "Pyongyang Chinsun Kwan, the Friendship Restaurant": a name and its appositive name are one mention (the
    first name, spanning both)."""
    out: list[RestaurantMention] = []
    for r in found:
        prev = out[-1] if out else None
        if prev is not None and prev.name and r.name and r.start - prev.end < 25 \
                and (APPOSITIVE.match(text[prev.end:r.start + 3]) or PARENTHETICAL.fullmatch(text, prev.end, r.start)):
            out[-1] = RestaurantMention(prev.start, r.end, prev.name, prev.kind, False, True, False)
            continue
        out.append(r)
    return out


SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "... restaurants in Siem Reap and three in the capital", "One, in the Chinese city of Ningbo, ...", "another in
# Bangkok", "the one in Ho Chi Minh City", "a second one in Jakarta": restaurants the sentence counts without repeating the noun
NK_OWNER_WORDS = re.compile(r"(?:North\s+Korea|Pyongyang)['’]s")
ELIDED = re.compile(r"(?i)(?:(?<=[,;:])|\band\s+|\bwhile\s+|\bbut\s+|\bincluding\s+|^|(?<=[.!?]\s)|\bthere\s+(?:is|was|are|were)\s+(?:also\s+|still\s+)?)\s*(?P<det>one|another(?:\s+one)?|two|three|four|five|"
                    r"six|seven|eight|nine|ten|eleven|twelve|\d{1,3}(?![\d,.])|"     # ("including 12 in X and 4 in Y")
                    r"the\s+one|the\s+other|a\s+new\s+one|(?:a|the)\s+(?:second|third|fourth)(?:\s+one)?)(?:\s+of\s+(?:them|these|those))?\s*[,–—]?\s+(?:more\s+|other\s+|others\s+)?"
                    r"(?:is\s+|are\s+|was\s+|were\s+|(?:has\s+|had\s+|was\s+)?opened\s+)?"     # ("a new one opened in Dubai")
                    r"(?:in|at)\s+(?=the\s|[A-Z])")
SMALL_ELIDED = ("two", "three", "four", "five")
COUNTING_DETS = {*SMALL_COUNTS, "ten", "eleven", "twelve"}     # (a count, where "one" or "another" is a restaurant)
ELIDED_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "other",
                "second", "third", "fourth", *"0123456789")   # (one in each determiner)
MATCH_MAX = 120     # characters an elided mention's match may run past its start
UNNAMED_REACH = 200     # characters a determiner and its modifiers may stand before a restaurant noun
ELIDED_REACH = 250     # characters after a restaurant mention its elided followers may stand
# "those in Bangkok and Pattaya are gone; new ones have sprung up in Kathmandu and Dhaka": sets of them, one per city
ONES = re.compile(r"(?i)\b(?P<det>(?:new|old|other|more|similar)\s+ones|those)\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?=[A-Z])")
RESTAURANT_WORD = re.compile(rf"\b{RESTAURANT_NOUN}\b")
RESTAURANT_CAP = re.compile(r"[Rr]estaurant(?:\s+(?:and|&)\s+Bar)?\b")      # where NAMED_BEFORE ends
GWAN_END = re.compile(r"(?i)[gk]wan\b")                                       # where GWAN ends
# a person's name: an apposition with a role, or a verb of speech, right after it
PERSON_AFTER = re.compile(r"(?i)\s*(?:,\s*(?:a|an|the|who|North\s+Korea['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:official|minister|"
                          r"diplomat|negotiator|envoy|ambassador|spokes(?:man|woman|person)|leader|chairman|director|"
                          r"secretary|general|officer|adviser|advisor|deputy|vice|first|former|senior)\b|\s+(?:said|says|told|"
                          r"stated|warned|added)\b)")
PLURAL_HEAD = re.compile(r"(?i)\b(?:restaurants|eateries|outlets|branches)\b")   # the bare plurals' noun
NAME_REACH = 120       # characters a name of up to four words may stand before its noun
PLURAL_REACH = 160     # characters "North Korea also still runs" may stand before a bare plural
LOOKAHEAD = 80         # characters the bare plurals look past their noun ("restaurants remain open in")
SET_REACH = 250        # characters before a set of restaurants where the North must be spoken of, for the set to be its


def small_count(det: str) -> int:
    """How many restaurants a plural's determiner counts, when it is a small number; else 1 (one entry)."""
    if det.isdigit():
        return int(det) if 2 <= int(det) <= 9 else 1
    return SMALL_COUNTS.get(det, 1)


def finditer_after(rx: re.Pattern, text: str, starts: list[int], reach: int, low: str | None = None,
                   words: tuple[str, ...] = ()):
    """``rx``'s matches that begin within ``reach`` characters after one of ``starts``: the pattern is run over those
    stretches only (what a rule keeps only there need not be looked for over the whole text). (``words``: one of them
    is in every match, read in ``low``, the text folded: a stretch without any is not searched.)"""
    spans: list[list[int]] = []
    for s in sorted(starts):
        if spans and s <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], s + reach)
        else:
            spans.append([s, s + reach])
    pos = 0
    for lo, hi in spans:
        if low is not None and words and not any(low.find(w, max(lo, pos), hi + MATCH_MAX) >= 0 for w in words):
            continue
        for m in rx.finditer(text, max(lo, pos), hi + MATCH_MAX):
            if m.start() > hi:
                break
            pos = m.end()
            yield m


def finditer_before(rx: re.Pattern, text: str, anchor: re.Pattern, reach: int, lookahead: int = 0,
                    anchors: list[re.Match] | None = None):
    """``rx``'s matches where each must end on a word ``anchor`` finds: the pattern is run from ``reach`` characters
    before each such word to its end (and ``lookahead`` characters on, for a pattern that looks past its end), in
    order, never overlapping (as ``rx.finditer`` over the whole text). (``anchors``: the anchor's matches, when
    already found.)"""
    pos = 0
    for a in anchor.finditer(text) if anchors is None else anchors:
        if a.end() <= pos:
            continue
        for m in rx.finditer(text, max(pos, a.start() - reach), a.end() + lookahead):
            if m.end() > a.end():
                break       # (a match ending on a later anchor is found there)
            pos = m.end()
            yield m


def elided(text: str, found: list[RestaurantMention], low: str | None = None) -> list[RestaurantMention]:
    """Mentions of restaurants whose noun is elided, after a restaurant mention close before them."""
    out: list[RestaurantMention] = []
    for m in finditer_after(ELIDED, text, [r.end for r in found if not r.name], ELIDED_REACH, low, ELIDED_WORDS):
        ante = [r for r in found if r.end <= m.start() and m.start() - r.end <= ELIDED_REACH and not r.name]
        if not ante or any(r.start <= m.start("det") < r.end for r in found):
            continue
        det = " ".join(m.group("det").lower().split())
        # ("another one", "a second one", "the one": one restaurant; a larger count given city by city, "six in X and
        # 12 in Y", is one entry per city, and one given country by country none: it is a count, not a place)
        n = SMALL_COUNTS.get(det, 1) if det in SMALL_ELIDED else 1
        counted = det in COUNTING_DETS or det[0].isdigit()
        out.append(RestaurantMention(m.start("det"), m.end("det"), None, "restaurant", counted, ante[-1].nk_marked, False, n))
    for m in ONES.finditer(text) if low is None or "ones" in low or "those" in low else ():
        if any(r.start <= m.start("det") < r.end for r in found) or \
                not RESTAURANT_WORD.search(text, max(0, m.start() - ELIDED_REACH), m.start()):
            continue
        nk = bool(NK_PEOPLE.search(text, max(0, m.start() - 2 * ELIDED_REACH), m.start()))    # "the North's government runs"
        out.append(RestaurantMention(m.start("det"), m.end("det"), None, "restaurant", True, nk, False, 1))
    return out


def listed_after(doc: Document, first: PlaceMention, countries: bool = False) -> list[PlaceMention]:
    """The cities listed after ``first`` ("in Hanoi, Bangkok, Yangon and Dhaka"), itself included;
    with ``countries``, a list that names countries too ("branches in Bangladesh, Dubai, Laos and Nepal"): its cities
    only."""
    out = [first]
    last_end = first.end
    for p in doc.within(doc.places, first.end, doc.sentences[doc.sentence_of(first.start)].end):
        if countries and p.place.kind == "country" and LIST_NEXT.fullmatch(doc.text, last_end, p.start) \
                and not CAPITAL_OF.match(doc.text, p.end):
            last_end = p.end     # (a country of the list: the list goes on past it)
            continue
        if p.place.kind == "country" and p.place.country == out[-1].place.country \
                and COUNTRY_IN_BRACKETS.fullmatch(doc.text, last_end, p.end + 1):
            last_end = p.end + 1     # "Siem Reap (Cambodia), Vientiane (Laos)": the city's country, in brackets
            continue
        if p.place.kind == "country" and p.place.country == out[-1].place.country \
                and COUNTRY_AFTER_CITY.fullmatch(doc.text, last_end, p.start):
            last_end = p.end         # "Hanoi and Hue in Vietnam, ...", "Vientiane, Laos, and ...": their country
            continue
        if p.place.kind == "country" and CAPITAL_OF.match(doc.text, p.end):
            continue                 # "... and in Malaysia's capital Kuala Lumpur": the city comes next
        if len(out) == 1 and p.place.kind == "country" and p.place.country == out[-1].place.country \
                and (m := OTHER_CITIES.match(doc.text, last_end)) is not None and m.start("adj") == p.start:
            continue                 # "... and other Vietnamese towns, such as ...": the class's adjective
        p = city_reading(p)
        between = doc.text[last_end:p.start]
        if p.place.kind != "city" or p.place.country in HOME or not (
                LIST_NEXT.fullmatch(between) or len(out) == 1 and OTHER_CITIES.fullmatch(between)):
            break
        out.append(p)
        last_end = p.end
    return [p for p in out if p.place.kind == "city"] if countries else out


def city_reading(p: PlaceMention) -> PlaceMention:
    """A city-state named in a list of cities ("Bangkok and Singapore") is read as its city."""
    if p.place.kind == "country":
        city = next((c for c in p.candidates if c.kind == "city" and c.country == p.place.country and c.name == p.place.name), None)
        if city is not None:
            return PlaceMention(p.start, p.end, p.surface, (city, *[c for c in p.candidates if c is not city]))
    return p


COUNTRY_IN_BRACKETS = re.compile(r"\s*\([^()]{2,40}\)")


HOME_LOCATIVE = re.compile(r"(?i)\b(?:in|at|near|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$")


# "opened in Pyongyang last month": a home city right after the verb
HOME_PLACE_AFTER = re.compile(r"^\s+(?:its\s+doors\s+)?(?:in|at)\s+(?:the\s+(?:North\s+Korean\s+)?capital(?:\s+of\s+)?,?\s*)?"
                              r"(?:Pyongyang|Seoul|Kaesong|Wonsan|Sinuiju|Rason|Busan)\b")


def told_at_home(doc: Document, mentions) -> bool:
    """Whether the clause of an opening or closure (its ``mentions``) puts the restaurant at home ("opened a barbecue
    place in Seoul's Mapo district", "opened in Pyongyang")."""
    return any(placed_at_home(doc, r) for m in mentions for r in doc.within(doc.restaurants, m.clause.start, m.clause.end)
               ) or any(HOME_PLACE_AFTER.search(doc.text, m.trigger[1], min(m.clause.end, m.trigger[1] + 40)) for m in mentions)


def placed_at_home(doc: Document, r: RestaurantMention) -> bool:
    """Whether the sentence puts a restaurant in North or South Korea ("Okryu-gwan in Pyongyang")."""
    si = doc.sentence_of(r.start)
    if si < 0:
        return False
    end = doc.sentences[si].end
    return any(p.place.country in HOME and p.place.kind == "city" and HOME_LOCATIVE.search(doc.text[r.end:p.start])
               and p.start - r.end < 60 for p in doc.within(doc.places, r.end, end))
