"""Quantitative claims: a number, the metric it measures (by the words beside it, data/lexicon/claims.yaml), its
range and hedge, scope country, period, and who makes the claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nkwatch.extract.document import Document
from nkwatch.extract.events import (BANNED_FROM, CHANGE_FROM, DATELINE_LEAD, LIVE_THERE_NOW, PAST_SPAN, RECORD_FIGURE,
                                    SO_FAR_AFTER, TALLY_MIN, folded, lexicon as event_lexicon)
from nkwatch.extract.lexicon import expand_lemmas, load
from nkwatch.extract.numbers import NumberMention
from nkwatch.extract.restaurants import HOME as KOREAS, actor_possessive
from nkwatch.extract.sentences import Sentence

HOME = {"KP"}
CHANGE_TARGET_BEFORE = re.compile(r"(?i)\b(?:cut|cuts|reduc\w*|lower\w*|trim\w*|shrink\w*|slash\w*|rais\w*|increas\w*|"
                                  r"expan\w*)\b[^.;]{0,80}?\bfrom\s+(?:about\s+|around\s+|some\s+)?[\d,.]+\s+(?:[\w-]+\s+)?to\s+$")
PLANNED = re.compile(r"(?i)\b(?:on\s+the\s+cards|plans?|planned|propos\w*|would|will|intends?|aims?\s+to|targets?|"
                     r"considering|expected\s+to)\b")
LOOK_BACK = 200     # characters before a sentence whose words may say what its money is
SENTENCE_REACH = 300    # characters around a number its sentence is read in: a text without breaks is one sentence
EVENT_VERBS = re.compile(r"(?i)^\s*(?:(?!(?:would|will|could|should|must|might|may|to)\s)[\w'’-]+\s+){0,8}?(?:had\s+|have\s+|has\s+)?"
                         r"(?:shut|closed|fled|defected|escaped|died|dead|perished|"
                         r"gone\s+home|went\s+home|crossed\s+back|sent\s+(?:back|home)|returned|missing|disappeared|vanished|"
                         r"(?:were|was|been)\s+(?:arrested|detained|caught|rescued|killed)|"
                         r"(?:go|goes|went|gone)\s+(?:out\s+of\s+business|bust|under)|folded|"
                         r"left(?!\s+(?:in|open|operating|standing|across|worldwide|abroad|today|now)\b))\b")
# ("closed down another", "the premises which were closed down include six restaurants": closures counted, no stock)
EVENT_VERB_BEFORE = re.compile(r"(?i)\b(?:closed|shut|opened|shuttered)\s+(?:down\s+)?(?:(?:include[sd]?|including)\s+)?"
                               r"(?:another\s+|some\s+)?$")
# "has opened more than 30 restaurants around the world since the 1990s": what it opened over the years, its network
OPENED_BEFORE = re.compile(r"(?i)\bopened\s+$")
APPOSITION_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s+(?:the\s+)?$")    # "Song Do Won and Ok Ryu Gwan, two restaurants"
NK_CONTEXT = re.compile(r"(?i)\b(?:North\s+Korea|N\.\s*Korea|Pyongyang|the\s+North|DPRK|regime)")
PERCENT_AFTER = re.compile(r"(?i)\s*(?:%|per\s*cent|percent)")
# ("1,200 women came to South Korea last year": women, or men, counted as those who reached the South are not
# another unit)
REACHED_SOUTH_AFTER = (r"(?!\s+(?:\w+\s+){0,2}?(?:arrived|came|entered|fled|defected|escaped|made\s+it)\s+"
                       r"(?:in\s+|to\s+|into\s+)?(?:South\s+Korea|the\s+South|the\s+ROK)\b)")
# ("were able to reach the South", "managed to get to Seoul"): made it there
ABLE_TO_REACH = (r"(?:were\s+able\s+to|managed\s+to|succeeded\s+in)\s+"
                 r"(?:reach(?:ing)?|enter(?:ing)?|get(?:ting)?\s+to|mak(?:e|ing)\s+it\s+to)")
PASSIVE_TELLING = re.compile(r"(?i)\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(?:estimated|believed|thought|said|"
                             r"reported)\b")
SENT_BACK_FIGURE = re.compile(r"(?i)\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:repatriated|returned|deported|expelled)\b|"
                              r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:workers|labou?rers)\s+(?:repatriated|returned|"
                              r"deported|expelled|sent\s+(?:home|back))\b")
PEOPLE_ENDS = re.compile(r"\s*(?:people|persons|individuals)\s*(?:[.;,)]|$)")
UNIT_OTHER = re.compile(r"(?i)^\s*(?:%|per\s*cent|percent|km|kilomet|metres|meters|miles|years?\b|days?\b|months?\b|"
                        r"weeks?\b|hours?\b|minutes|tables|stars|won\b|yuan|covers|individuals" + REACHED_SOUTH_AFTER
                        + r"|organi[sz]ations|ships|"
                        r"tons|tonnes|staff\b|employees|waitresses|women" + REACHED_SOUTH_AFTER + r"|"
                        r"people(?!\s+(?:abroad|overseas|(?:have\s+|had\s+)?(?:\w+ly\s+)?"
                        r"(?:defected|fled|escaped|arrived)\b))"
                        r"(?!\s+" + ABLE_TO_REACH + r")"
                        + REACHED_SOUTH_AFTER + r"|"
                        r"men\b" + REACHED_SOUTH_AFTER + r"|times|seats)")

# Wording around a number that says what it counts (searched in the sentence, or the words before or after it).
RESTAURANT_WORDS = re.compile(r"(?i)restaurant|outlet|\beater|chain|network|\bthe\s+diners\b")
RESTAURANT_TOPIC = re.compile(r"(?i)restaurant|outlet|\beater|the\s+chain|network")
# (not "in restaurants, textiles and building, earning ...": one of the sectors listed where the workers earn)
RESTAURANTS_EARN = re.compile(r"(?i)(?:restaurants?|diners|eateries|outlets)\b(?!\s*,\s*[\w-]+\s*(?:,|and\b))[^.]{0,40}"
                              r"(?:earn|bring|generat|make|rake)")
CHAIN_WORDS = re.compile(r"(?i)\b(?:chain|hotpot|branches)\b")
# "About 20 North Korean restaurants in China, the UAE and other locations have closed": closures counted, no stock
CLOSED_PREDICATE = re.compile(r"(?i)(?:(?!\b(?:which|that|who|some|many|of\s+which|but|while|whereas|after|before|since|when|"
                              r"once|until|would|will|could|should|must|to\s+be)\b)[^.;]){0,120}?"
                              r"\b(?:(?:have|has|had|were|was)\s+(?:been\s+|since\s+|recently\s+|reportedly\s+|already\s+|now\s+)?)?"
                              r"(?:closed|shut|shuttered|folded)\b")
FIGURE_WORDS = re.compile(r"(?i)\bfigures?\b|\bnumbers?\b|\bfallen\b|\bdown\s+from\b|\bup\s+from\b")
# ("from" may be read with the number)
IT_CHANGED = re.compile(r"(?i)\s*(?:It|This|That)\s+(?:has\s+|had\s+)?(?:dropped|fell|declined|decreased|rose|"
                        r"increased|grew|climbed|jumped|plunged|dipped|slid|shrank|went\s+(?:up|down))\s+(?:from\b|$)")
ARRIVAL_WORDS = re.compile(r"(?i)defect|escap|arriv|reach")
COUNT_VERB_BEFORE = re.compile(r"(?i)\b(?:count|counts|counted|numbered|number|totall?ed|put\s+(?:it|the\s+number|the\s+network)\s+at|puts?\s+the\s+network\s+at)"
                               r"\s+(?:[\w-]+\s+){0,1}$")
DEFECTORS_IN_SOUTH_BEFORE = re.compile(r"(?i)number\s+of\s+(?:North\s+Korean\s+)?defectors\s+(?:in|living\s+in)\s+the\s+South"
                                       r"\s+to\s+(?:[\w-]+\s+){0,2}$")
PLACE_PAREN_BEFORE = re.compile(r"[A-Z][\w.]*\s*\(\s*$")      # ("Russia (20,000)"): a figure in brackets after its place
# (but a workforce told by nationality, "Filipinos (12), North Koreans (8), Thais (5)", counts the people of each
# land, not those in it: only the North's are its workers abroad)
BY_NATIONALITY = re.compile(r"\b[A-Z][a-z]+(?:ans|ese|is)\s*\(\s*\d")
NK_PEOPLE_PAREN_BEFORE = re.compile(r"\bNorth\s+Koreans?\s*\(\s*$")
PAREN_CLOSE_AFTER = re.compile(r"\s*\)")
PAREN_OPEN = re.compile(r"\s*\(\s*")
WITH_BEFORE = re.compile(r"(?:,|\bwith)\s+(?:[\w-]+\s+){0,2}$")
PLACE_WITH = re.compile(r"[A-Z][a-z]+,\s+with\s")
# ("a count of North Koreans working abroad is unclear, with estimates indicating about 9,000": the figure, told by
# the estimates of it)
WORKERS_FIGURE_BEFORE = re.compile(r"(?i)(?:number\s+of\s+North\s+Korean\s+workers|North\s+Koreans\s+working\s+abroad)"
                                   r"[^.]{0,60}"
                                   r"(?:\b(?:at|from|to)|\bestimates?\s+(?:of|indicating|suggesting|showing|putting\s+"
                                   r"(?:it|them|the\s+number)\s+at))\s*(?:between\s*)?$")
REPORTING_STATES_AFTER = re.compile(r"(?i)\s*(?:countries|nations|states|member\s+states)\s+(?:have\s+|had\s+|has\s+)?"
                                    r"(?:so\s+far\s+|yet\s+|now\s+|already\s+)?(?:provided|reported|submitted|responded|"
                                    r"replied|filed|complied|answered|disclosed)\b")
# ("the figures submitted by 31 countries"): the states that answered, by the words before them
REPORTING_STATES_BEFORE = re.compile(r"(?i)\b(?:submitted|provided|filed|sent|made|received)\s+by\s+(?:some\s+|"
                                     r"about\s+|only\s+|just\s+|over\s+|more\s+than\s+)?$|\b(?:reports|replies|"
                                     r"answers|responses)\s+from\s+(?:some\s+|about\s+|only\s+|just\s+)?$")
COUNTRIES_AFTER = re.compile(r"\s*(?:other\s+|different\s+|foreign\s+)?(?:countries|nations)\b", re.IGNORECASE)
RESTAURANTS_AFTER = re.compile(r"\s+(?:of\s+(?:our|their|its|the)\s+(?:\d+\s+)?)?(?:[\w-]+\s+){0,3}?(?:restaurants|outlets|"
                               r"eateries)\b", re.IGNORECASE)
# "the chain now has about 100 branches across China", "one of three branches in the UAE": a chain's restaurants
BRANCHES_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,1}?branches\s+(?:scattered\s+|spread\s+)?(?:in|across|around)\b")
# "a dining chain ... with some 80 locations worldwide", "the company has since opened about 80 branches."
CHAIN_SIZE_AFTER = re.compile(r"(?i)\s+(?:branches|locations)\s*(?:(?:worldwide|around\s+the\s+(?:world|globe)|abroad|overseas)\b|[.,;])")
IN_THE_NORTH_AFTER = re.compile(r"(?i)\s+(?:in|inside|around)\s+(?:Pyongyang|North\s+Korea|the\s+North|the\s+DPRK)\b")
GUIDE_LISTS_BEFORE = re.compile(r"(?i)\b(?:book|guide|guidebook|directory|list|map|app|website|site)\s+(?:now\s+)?"
                                r"(?:lists|listed|features|featured|covers|covered|includes|included|reviews|reviewed)\s+"
                                r"(?:some\s+|about\s+|over\s+|more\s+than\s+)?$")
OTHER_KOREAN_AFTER = re.compile(r"(?i)\s+(?:(?!north\b)[\w-]+\s+){0,2}?(?:South\s+)?Korean\s+(?:restaurants|eateries|outlets)\b")
RESTAURANTS_OPERATE_AFTER = re.compile(r"\s+(?:of\s+them\b|(?:still\s+)?operate\b|(?:were|are)\s+(?:still\s+)?(?:run|operated|"
                                       r"operating|open)\b|in\s+(?:\d+|a\s+dozen|[a-z]+)\s+countries)", re.IGNORECASE)
CLAUSE_END_AFTER = re.compile(r"\s*(?:$|[,.;])")
# the hedge a figure may open with ("about", "more than", "up to"), as the words before a number read it
HEDGED = r"(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|at\s+least|up\s+to|a\s+total\s+of)\s+)?"
FIGURE_END_AFTER = re.compile(r"\s*(?:$|[,.;)]|before|after|since|(?:in|for)\s+(?:19|20)\d\d)")
# ("a year earlier the number stood at 900 defectors."): the figure's noun may close it, after a verb that gives it
NOUN_END_AFTER = re.compile(r"\s*(?:people|persons|defectors|workers|North\s+Koreans)\b\s*(?:$|[,.;)]|before|after|since|"
                            r"in\s+(?:19|20)\d\d)")
FIGURE_LINK_BEFORE = re.compile(r"(?i)\b(?:stood|stands|was|is|were|are|reached|totall?ed|hit|at|to|(?:number|total)\s+of)\s+(?:(?:even\s+)?"
                                r"(?:higher|lower)\s+at\s+)?" + HEDGED + "$")
PEOPLE_AFTER = re.compile(r"(?i)\s*(?:people|persons)\b")
CHANGED_BY_BEFORE = re.compile(r"(?i)\b(?:declined|decreased|dropped|fallen|fell|rose|risen|increased|grown|grew|jumped|"
                               r"shrunk|shrank|climbed|down|up)\s+by\s+" + HEDGED + "$")
# ("one guard for every 30 workers", "a minder per 20 labourers"): the size of the unit a ratio counts by, no figure
RATIO_BEFORE = re.compile(r"(?i)\b(?:(?:for|over|to|of)\s+)?(?:every|each|per)\s+(?:group\s+of\s+)?$")
# ("could dip below 1,500 this year", "is expected to top 300"): a forecast's threshold, no figure anyone gives
FORECAST_BEFORE = re.compile(r"(?i)\b(?:could|may|might|will|would|(?:is|are)\s+(?:expected|likely|set)\s+to)\s+(?:\w+ly\s+)?"
                             r"(?:dip|fall|drop|sink|slip|rise|climb|exceed|top|surpass|reach|pass)(?:\s+(?:below|under|above|over|past|to))?\s+" + HEDGED + "$")
# a sentence that opens on the money the one before spoke of: "The worth of these sums ...", "This income ..."
MONEY_REFERS_BACK = re.compile(r"(?i)\s*(?:the\s+(?:value|worth|size|sum|amount)\s+of\s+)?(?:these|those|this|that|such|the)\s+"
                               r"(?:[\w-]+\s+)?(?:funds|sums|money|earnings|income|remittances|revenues?|wages|payments)\b")
# "... receives over $30 million a year from this scheme": the source the sentences before told of
SOURCE_REFERS_BACK = re.compile(r"(?i)\s+(?:(?:a|per|each)\s+year\s+|annually\s+)?from\s+(?:this|that|these|those|such)\s+"
                                r"(?:[\w-]+\s+)?(?:system|scheme|practice|arrangement|trade|business|programs?|exports?)\b")
SENT_HOME = r"(?:repatriated|deported|expelled|sent\s+(?:home|back))"     # people sent home, told by its verb
# ("some 15,000 of its labourers had already been sent home"): people sent home, told after the figure
SENT_HOME_AFTER = re.compile(r"(?i)\s+(?:North\s+Korean\s+|DPRK\s+)?(?:[\w-]+\s+){0,2}?(?:workers|labou?rers|"
                             r"nationals|citizens)\s+(?:have|had|has|were|was)\s+(?:already\s+|since\s+|now\s+|"
                             r"reportedly\s+|so\s+far\s+)?(?:been\s+)?" + SENT_HOME + r"\b")
# ("about 30 of the North's labourers abroad - nine of them in Qatar - have died"): the dead, told after the figure
DIED_AFTER = re.compile(r"(?i)\s+(?:(?!\b(?:are|were|is|was|works?|working|worked|lives?|living|remain(?:s|ed|ing)?|"
                        r"where|who)\b)[^.;]){0,80}?\b(?:have|had|has)\s+(?:since\s+|reportedly\s+|already\s+)?"
                        r"(?:died|been\s+killed|perished)\b")
NOT_A_STOCK_BEFORE = re.compile(r"(?i)\b(?:" + SENT_HOME + r"|returned|requested|sought|"
                                r"asked\s+for|planned|plans|proposed)\s+(?:the\s+(?:dispatch|deployment|hiring|sending)\s+of\s+)?"
                                + HEDGED + "$|"
                                # ("the arrival of nine of the North's waiters in 2031": people who came, once)
                                r"\b(?:arrival|defection|escape|flight|return|repatriation|deportation)\s+of\s+(?:the\s+)?" + HEDGED + "$")
# people counted by the day or week as they pass ("500 workers per day were returning"): a flow, no count of those
# abroad
FLOW_AFTER = re.compile(r"(?i)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:per|a|each|every)\s+(?:day|week)|daily|weekly)\b")
ON_BOARD_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:were|are|was)\s+(?:on\s+board|aboard)\b")
WORKER_WORDS = re.compile(r"(?i)\b(?:workers|labou?rers|employees|staff|waitresses|defectors)\b")
# "9,000 North Koreans work in Africa, 4,200 of them in Angola": a part of the figure, where
OF_THEM_IN_AFTER = re.compile(r"(?i)\s+of\s+(?:them|whom|these|those)\s+(?:are\s+|were\s+|work\s+|working\s+)?in\s+(?:the\s+)?[A-Z]")
WORK_IN_AFTER = re.compile(r"\s+(?:are\s+|were\s+)?(?:work|working|employed|live\s+and\s+work)\s+in\s+(?:the\s+)?[A-Z]")
PART_WORKS_IN = re.compile(r"\s*(?:(?i:about|around|some|over|nearly|almost|roughly|more\s+than|another)\s+)?[\d,]+"
                           r"(?:\s+(?:are\s+|were\s+)?(?:work|working|employed)\s+in)\s+(?:the\s+)?[A-Z]")
# a day's group ("Nine defectors landed in the South today"), not a running total
DAY_AROUND = re.compile(r"(?i)\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)|"
                        r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
AGE_AFTER = re.compile(r"(?i)\s*-?\s*years?[\s-]+old\b")
DURATION_AFTER = re.compile(r"(?i)-(?:year|month|week|day|decade|hour|minute)s?\b")     # (after AGE_AFTER: "-year-old" is an age)
CHANGE_BEFORE = re.compile(r"(?i)(?:down|up|fallen|fell|rose|risen|increased|decreased|declined|dropped|grown|grew|climbed|"
                           r"jumped|shrank|shrunk)\s+(?:from|to)\s*" + HEDGED + r"$|\bto\s*$|"
                           r"\b(?:record|peak|high|low)\s+of\s+(?:almost\s+|nearly\s+|about\s+|around\s+|some\s+|over\s+|"
                           r"more\s+than\s+)?$|"
                           r"\bfrom\s*$|\b(?:from\s+\S+(?:\s+\S+){0,4}\s+to|and)\s*$")
LEAD_WORDS = re.compile(r"[^\d]*")
ONE_PLACE_STAFF_BEFORE = re.compile(r"(?i)\b(?:the|this|its|a|one)\s+(?:[\w-]+\s+){0,2}?(?:restaurant|eatery|branch|outlet)\s+"
                                    r"(?:is\s+|was\s+)?(?:operated|run|staffed|manned|served)\s+by\s+(?:(?:about|around|some|"
                                    r"nearly|over|more\s+than)\s+)?$")
ONE_PLACE_STAFF_AFTER = re.compile(r"(?i)\s+(?:North\s+Koreans?\s+|workers\s+|staff\s+|employees\s+)(?:[\w-]+\s+){0,4}?"
                                   r"(?:working|worked|work|employed|staffed)\s+(?:[\w-]+\s+){0,2}?(?:at|in|for)\s+(?:the|this|that|its)\s+"
                                   r"(?:[\w-]+\s+)?(?:restaurant|eatery|hotel|hospital|company|factory|shop|firm)\b")
# "the number of staff at the Lautoka mill rose to", "the plant's workforce grew to": a host firm's headcount, its own
# people and the North's together
WORKPLACE_HEADCOUNT_BEFORE = re.compile(r"(?i)\b(?:(?:number|total)\s+of\s+(?:staff|employees|workers|personnel)\s+"
                                        r"(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?|(?:plant|factory|mill|"
                                        r"firm|company|shipyard)['’]s\s+(?:staff|workforce|headcount))\s+(?:had\s+|has\s+)?"
                                        r"(?:rose|risen|grew|grown|climbed|reached|increased|stood|was)\s+(?:to\s+|at\s+)?"
                                        r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$")
ONE_OF_BEFORE = re.compile(r"(?i)\bone\s+of\s+(?:the\s+|some\s+|about\s+|around\s+|nearly\s+)?$")
NK_WORKERS_BEFORE = re.compile(r"(?i)\bNorth\s+Korean\s+(?:[\w-]+\s+)?(?:workers|labou?rers)\b")
WORLDWIDE_AFTER = re.compile(r"(?i)\s+(?:(?:such\s+)?(?:restaurants|outlets|eateries)\s+)?(?:(?:around|across)\s+the\s+(?:world|globe)|"
                             r"worldwide|abroad|overseas|in\s+(?:the\s+)?(?:world|\d+\s+countries))\b")
GROUP_OF_BEFORE = re.compile(r"(?i)\b(?:batch(?:es)?|group|team|contingent|busload|planeload)\s+of\s+$")
THE_BEFORE = re.compile(r"(?i)(?:^|[^\w’'])(?<!of\s)(?<!from\s)(?<!among\s)the\s+$")
# a measure's verb right before the figure: the people it names ("designated three North Korean nationals")
MEASURE_TARGETS_BEFORE = re.compile(r"(?i)\b(?:sanction(?:ed|s|ing)?|designat(?:ed|es|e|ing)|blacklist(?:ed|s|ing)?|"
                                    r"indict(?:ed|s|ing)?|charg(?:ed|es|ing)|penali[sz](?:ed|es|ing))\s+"
                                    r"(?:(?:another|an?\s+(?:further|additional)|a\s+total\s+of|some|about|at\s+least)\s+)?$")
SMALL_GROUP = 100     # "the nine workers" is a group the story follows; "the 50,000 workers in Russia" a figure
KNOWN_SET_BEFORE = re.compile(r"(?i)\b(?:the\s+(?:other|remaining|last|first)|these|those)\s+$")
FROM_BEFORE = re.compile(r"(?i)\b(?:from|between)\s+$")
TO_AFTER = re.compile(r"\s+(?:to|and)\s")
SETTLED_AFTER = re.compile(r"\s+(?:North\s+Koreans?|defectors)\s+(?:\w+\s+){0,2}?(?:have|had)\s+(?:\w+ly\s+)?(?:settled|arrived|"
                           r"resettled|reached|made\s+it)\b")
# "about 40,000 North Korean defectors now living in the South": the people who came, counted where they stay
# (and "almost 31,000 defectors from the North who live in South Korea", "most of the 30,000 defectors in the South",
# "… live in the southern half of the peninsula";
# but "400 North Koreans in South Korea for a sports meet" are visitors)
LIVING_IN_SOUTH_AFTER = re.compile(r"\s+(?:North\s+Korean\s+)?(?:defectors|North\s+Koreans|escapees|refugees)\s+"
                                   r"(?:from\s+(?:North\s+Korea|the\s+North|the\s+DPRK)\s+)?"
                                   r"(?:(?:who\s+)?(?:are|now|currently|still)\s+){0,2}"
                                   r"(?:(?:living|live|settled|resettled)\s+|(?<!Koreans\s)(?<=s\s))"
                                   r"in\s+(?:South\s+Korea|the\s+South|Seoul|"
                                   r"the\s+southern\s+(?:side|half|part)\s+of\s+the\s+(?:Korean\s+)?[Pp]eninsula)\b")
# ("hundreds of thousands fled to China, with about 20,000 making their way to the South")
# ("made their way to the South", "1,234 people were able to reach South Korea between January and June")
MADE_WAY_SOUTH_AFTER = re.compile(r"\s+(?:(?:of\s+them|North\s+Koreans?|defectors|escapees|refugees|people)\s+)?"
                                  r"(?:(?:making|made|having\s+made)\s+(?:their|it)\s+(?:way\s+)?(?:safely\s+)?to|"
                                  + ABLE_TO_REACH + r")\s+"
                                  r"(?:South\s+Korea|the\s+South|Seoul)\b")
# ("10 of the elite defected last year", "90 escapees entered the South to start new lives last year": the year the
# verb is told of, a few words on)
YEAR_OF_DEFECTION = re.compile(r"(?i)[^.;]{0,120}?\b(?:defected|fled|arrived|entered)\b(?:\s+(?!(?:since|by|before|until)\b)"
                               r"[\w'’-]+){0,8}?\s+(?:(?:in\s+)?(?:last|this)\s+year\b|"
                               # ("1,320 North Koreans entered the South via China and other lands in 2031")
                               r"in\s+(?:19|20)\d\d\b(?!\s*(?:-|–|to|and)\s*(?:19|20)?\d\d))")
DEFECTED_LATER = re.compile(r"(?i)[^.;]{0,120}?\b(?:defected|fled|escaped|arrived)\b")
# "more than 30,000 North Koreans have fled", "some 20,000 of their compatriots have defected" (the North's people)
FLED_AFTER = re.compile(r"\s+(?:North\s+Koreans?|defectors|of\s+(?:their|his|her)\s+"
                        r"(?:comrades|compatriots|countrymen))\s+"
                        r"(?:\w+\s+){0,2}?(?:have|had)\s+(?:\w+ly\s+|managed\s+to\s+)?"
                        r"(?:defected|fled|escaped|defect|flee|escape)\b")
# (a tally's number, then who "have fled" over a time up to now: see events.SO_FAR_AFTER)
FLED_SO_FAR_AFTER = re.compile(r"(?i)\s+(?:(?:North\s+Koreans?|defectors|refugees|people)\s+)?(?:\w+\s+){0,2}?"
                               r"(?:have|has)\s+(?:\w+ly\s+)?(?:defected|fled|escaped|arrived|come|"
                               r"left\s+(?:the\s+North|North\s+Korea|their\s+homeland))\b")
TELLING_VERB = re.compile(r"(?i)\b(?:believes?|believed|says?|said|estimates?|estimated|thinks?|thought|told|"
                          r"reports?|reported|claims?|claimed)\b")
FROM_TO = re.compile(r"\s*(?:to|and)\s*$")
WORKERS_LIVING_ABROAD = re.compile(r"(?i)\s+North\s+Koreans?\b(?:[^.;]{0,80}?\b(?:living|working|employed|labou?ring|"
                                   r"(?:who|that)\s+(?:live|work|are\s+employed|labou?r))\s+"
                                   r"(?:abroad|overseas|outside\s+(?:the|their)\s+(?:country|homeland))|"
                                   # "65 North Koreans abroad, chiefly at work in Tonga": abroad first, then the work
                                   r"\s+(?:abroad|overseas)\b[\s,]+(?:[\w-]+\s+){0,3}?(?:working|employed|labou?ring)\b)")
PLACE_HAS_BEFORE = re.compile(r"(?i)\b(?:has|had|hosts|hosted)\s+(?:(?:about|around|some|nearly|over|roughly|more\s+than)\s+)?$")
OUT_OF_BEFORE = re.compile(r"(?i)\b(?:out\s+of|of\s+the)\s+$")
HOST_BEFORE = re.compile(r"(?i)\b(?:hosts|hosted|houses|housed|(?:is|was)\s+home\s+to)\s+(?:(?:about|around|some|nearly|"
                         r"over|roughly|more\s+than|at\s+least)\s+)?$")
PART_OF_AFTER = re.compile(r"(?i)\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+)?[a-z]+s)\b")    # ("of the franchises")
PART_OF_THEM = re.compile(r"(?i)\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|most|many|some|"
                          r"half)\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+)?(?:franchises|restaurants|eateries|branches|outlets))\b")
# ("Vietnam is home to three of them", "... of the franchises": a part of the figure just given)
OF_THEM_LEAD = re.compile(r"(?i)\s+of\s+(?:them|these|those)\b")
OF_PART_AFTER = re.compile(r"(?i)\s+of\s+(?:them|whom|these|those)\b")
NATIONS_FIGURE = 1000
OF_THEM_ANY_AFTER = re.compile(r"(?i)\s+of\s+them\b")
AT_WORK_WORDS = re.compile(r"(?i)\b(?:workers|labou?rers|labou?r|toil|toiling|work|working|employed)\b")
# ("over 40,000 labourers now work overseas", "perhaps 70,000 toil for months abroad")
WORKING_ABROAD_AFTER = re.compile(r"(?i)\s+(?:(?:workers|labou?rers|people|citizens)\s+)?(?:are\s+|were\s+)?(?:currently\s+|"
                                  r"now\s+|still\s+)?(?:work|working|employed|labou?r|labou?ring|toil|toiling)\b"
                                  r"[^.;]{0,40}?\b(?:abroad|overseas)\b")
OF_THEM_AFTER = re.compile(r"(?i)\s+of\s+(?:them|these|those)\s+(?:are|were|is|was|operate|work|remain)\b")
# ("Most of the arrivals, 456, were women"): a part of the figure just told, set off by commas
_PART_APPOSED = (r"(?i)\b(?:the\s+)?(?:majority|most|bulk|lion's\s+share)\s+of\s+(?:the\s+|these\s+|those\s+)?"
                 r"(?:defectors|arrivals|escapees|refugees|newcomers|them)\s*,\s*")
PART_APPOSED_BEFORE = re.compile(_PART_APPOSED + "$")
PART_APPOSED = re.compile(_PART_APPOSED + r"\d")
# a land taking in the North's refugees, counted over a time ("the US has admitted 218 North Korean refugees since 2006",
# "Canada took in eleven North Koreans as refugees in 2019", "six North Korean refugees were resettled in Norway in
# 2010"): arrivals there (one group taken in on a day is an event)
RECEIVED_BEFORE = re.compile(r"(?i)\b(?:received|accepted|admitted|taken\s+in|took\s+in|resettled|welcomed)\s+"
                             r"(?:a\s+total\s+of\s+)?" + HEDGED + "$")
REFUGEES_AFTER = re.compile(r"(?i)\s+(?:North\s+Korean\s+)?(?:refugees|defectors|escapees)\b|\s+North\s+Koreans\s+as\s+refugees\b")
ADMITTED_AFTER = re.compile(r"(?i)\s+(?:North\s+Korean\s+)?(?:refugees|defectors|escapees)\s+(?:were|have\s+been|had\s+been)\s+"
                            r"(?:\w+ly\s+)?(?:admitted|accepted|resettled|taken\s+in)\b")
OVER_A_TIME = re.compile(r"(?i)\b(?:in|for|since|during|between)\s+(?:19|20)\d\d\b|\bsince\b|\bpast\s+(?:few\s+|several\s+|\w+\s+)?"
                         r"(?:years?|decades?)\b|\b(?:last|this)\s+year\b|\bso\s+far\b|\ba\s+total\s+of\b|\bannually\b|"
                         r"\beach\s+year\b|\ba\s+year\b")
# "... 2,200 women and 680 men entered South Korea in 2009, totalling more than 2,950": the sum of the parts by sex
TOTALLING_BEFORE = re.compile(r"(?i)\btotall?ing\s+" + HEDGED + "$")
SEXES_CAME_SOUTH = re.compile(r"(?i)\b(?:women|men)\b[^.;]{0,60}?\b(?:entered|arrived\s+in|came\s+to|reached)\s+"
                              r"(?:South\s+Korea|the\s+South|Seoul)\b")
TALLY_BEFORE = re.compile(r"(?i)\b(?:a\s+total\s+of|a\s+record|altogether|in\s+all)\s+$")
TALLY_FLED_AFTER = re.compile(r"(?i)\s+(?:North\s+Koreans?|defectors)\b[^.;]{0,40}?\b(?:defected|fled|escaped|arrived|reached|entered|"
                              r"resettled|been\s+(?:admitted|resettled|accepted))\b")
CHANGE_FROM_BEFORE = re.compile(r"(?i)" + CHANGE_FROM + "$")
FLED_IN_A_YEAR_AFTER = re.compile(r"(?i)\s+(?:North\s+Korean\s+)?(?:defectors|escapees|refugees|arrivals)\s+"
                                  r"in\s+(?:19|20)\d\d\b")
ELIDED_BEFORE = re.compile(r"(?:;|,|\s[–—])\s*(?:and\s+)?$")     # a figure's next part, its noun and verb left out
YEAR_PART_AFTER = re.compile(r"(?i)\s+(?:(?:last|this)\s+year|in\s+(?:19|20)\d\d)\b")
# a sentence that lists the figure's earlier years ("There were 80 in 2028 and 95 in 2029"), up to a figure
THERE_WERE_IN_YEARS = re.compile(r"(?i)\s*there\s+(?:were|had\s+been)\s+(?:(?:about|some|around|only|just)\s+)?"
                                 r"(?:[\d,]+\s+in\s+(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|\s+and\s+))*")
MONTH_PART_AFTER = re.compile(r"\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)\b")     # "... 30 in February and 45 in March": the next months' parts
# "70 people arrived in January", "the 400 who arrived in the same months": arrivals, in a text about them
ARRIVED_AFTER = re.compile(r"(?i)\s+(?:(?:new\s+)?(?:people|North\s+Koreans|defectors|escapees|refugees)\s+)?(?:who\s+)?"
                           r"(?:have\s+|had\s+)?(?:arrive|arrived|arriving)\b")
PER_YEAR_AFTER = re.compile(r"\s+(?:a\s+year|annually|each\s+year)\b")
WORKERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:North\s+Koreans?\s+(?:were\s+|are\s+)?(?:still\s+|now\s+)?"
                           r"(?:(?:estimated|believed|thought|said|reported)\s+to\s+be\s+)?(?:working|work|employed)\b|"
                           r"North\s+Korean\s+[\"“‘']?(?:[\w-]+\s+)?(?:workers|citizens|nationals|staff|employees|labou?rers|loggers|"
                           r"lumberjacks)|"
                           # "90 North Korean cooks, drivers and farm workers": a list of trades that ends on workers
                           r"North\s+Korean\s+(?:[\w-]+,\s+){1,4}(?:[\w-]+,?\s+)?and\s+(?:[\w-]+\s+)?(?:workers|labou?rers)\b|"
                           # "97 North Korean doctors still working in the country": professionals sent to work abroad
                           r"North\s+Korean\s+(?:doctors|physicians|nurses|medics|engineers|teachers|coaches|instructors)\s+"
                           r"(?:(?:are|were)\s+)?(?:still\s+|now\s+)?(?:working|employed|based|deployed)\b|"
                           # "now fewer than 800 such expats", "some 600 such workers were left", "700 [workers] remain"
                           r"such\s+(?:workers|expats|expatriates|labou?rers|nationals)\b|\[(?:workers|labou?rers)\]\s+remain|"
                           r"(?:DPRK|N\.?\s*Korean)\s+(?:[\w-]+\s+)?(?:workers|labou?rers)|"
                           r"(?:workers|labou?rers)\s+from\s+(?:North\s+Korea|the\s+North|DPRK)\s+in\s+(?:the\s+)?[A-Z]|"
                           r"North\s+Koreans?\s+(?:on|at)\s+(?:[\w-]+\s+){0,1}(?:construction|building)\s+sites|"
                           r"(?:people|North\s+Koreans|citizens|nationals)\s+(?:abroad|overseas)\s+to\s+work|"
                           # "the 40,000-plus nationals outside their homeland making money for the state"
                           r"(?:North\s+Koreans|citizens|nationals)\s+(?:abroad|overseas|outside\s+(?:the|their)\s+(?:country|homeland))"
                           r"\s+(?:earning|making|working|to\s+(?:earn|make|work))\b|"
                           r"workers\s+(?:abroad|overseas)|"
                           # "the nearly 1,200 North Koreans living in the country", "153 North Korean expatriates in Angola"
                           r"North\s+Koreans?\s+(?:(?:were|are)\s+(?:still\s+)?)?(?:living|residing|staying|based|remained|remain|"
                           r"stayed)\s+(?:in|abroad|overseas|outside)|"
                           r"North\s+Korean\s+(?:expatriates|expats|residents|migrants))", re.IGNORECASE)
NOT_DOLLARS = re.compile(r"£|€|\bEUR\b|\bRMB\b|\byuan\b|\bwon\b|\beuros?\b|\bpounds?\b", re.IGNORECASE)
ESTABLISHMENTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:establishments|diners\s+(?:abroad|overseas|in\b))", re.IGNORECASE)
# "North Korea runs about 130 diners abroad": diners it runs are restaurants, whatever the sentence calls them
RUNS_BEFORE = re.compile(r"(?i)\b(?:runs?|running|operates?|operating|owns?|owning)\s+(?:(?:about|around|some|over|more\s+than|"
                         r"nearly|almost|at\s+least|an\s+estimated|roughly)\s+)?$")
PART_OF_BEFORE = re.compile(r"(?i)\b(?:including|of\s+which|of\s+whom|of\s+them|with|and(?:\s+(?:another|a\s+further))?)\s+"
                            r"(?:(?:an\s+)?estimated\s+)?(?:(?:over|about|around|some|more\s+than|nearly|almost|at\s+least)\s+)?$")      # "130 restaurants, including over 90 in China"
PART_MARKER = re.compile(r"(?i)\b(?:including|of\s+which|of\s+whom|of\s+them|among\s+them|most\s+of\s+them)\b")
REMAINING_AFTER = re.compile(r"(?i)\s+(?:are|were|is)\s+(?:still\s+)?(?:left|remaining|there)\b|\s+remain(?:ed)?\b")
LIST_JOIN_BEFORE = re.compile(r"(?:,|\band)\s*$")
IN_COUNTRY_AFTER = re.compile(r"\s+(?:each\s+)?in\s+(?:the\s+)?[A-Z]")
EACH_IN_AFTER = re.compile(r"\s+each\s+in\s+")     # "three each in Laos and Nepal": the figure for every country listed
PARTS_LEAD = re.compile(r"\s*(?:(?:about|around|some|over|nearly|almost|roughly|more\s+than)\s+)?$")   # the sentence opens with it
IN_PLACE_AFTER = re.compile(r"\s+(?:are\s+|were\s+|each\s+)?in\s+")
ARE_IN_AFTER = re.compile(r"\s+(?:are|were)\s+(?:now\s+|still\s+)?in\s+(?:the\s+)?[A-Z]")   # "… 40,000 are in Russia": the part there
HELD_WORK_AFTER = re.compile(r"\s+North\s+Koreans\s+(?:who\s+had\s+(?:held|worked)|(?:with|holding|had|held|have|hold)\s+"
                             r"(?:valid\s+)?(?:work|business)\s+(?:visas|permits))")
WHOSE_FIGURE = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:'s|’s)\s+figure")   # "Seoul's figure"
APPOSED_SUBJECT = re.compile(r"\s*(?P<who>(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.&-]*){0,6}),\s+"
                             r"(?P<gloss>(?:a|an|the)\s+[^;:]{3,160}?),\s*$")
# (not the "and" inside a body's name: "the Trade and Integration Ministry estimates")
CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+(?:and(?!\s+(?:[A-Z][\w-]*\s+){1,3}(?:Ministry|Department|Agency|Service|Office|Bureau|"
                          r"Institute|Center|Centre|Council|Commission|Committee|Foundation|Association)\b)|but|while|that|"
                          r"which|who)\s+")
CONNECTIVE = re.compile(r"(?i)^(?:but|and|however|meanwhile|also|moreover|furthermore|separately|still|in\s+\w+)\s+")
SPACES = re.compile(r"\s+")
TRAILING_VERB = re.compile(r"(?i)\s+(?:has|have|had|also|which|who)$")
# ("A recent UN panel report": the report, not how new it is)
LEADING_THE = re.compile(r"(?i)^(?:(?:the|a|an)\s+(?:recent|new|latest|fresh|separate|confidential|leaked)|the)\s+")
IN_BEFORE = re.compile(r"(?i)\b(?:in|across|from|at)\s+(?:the\s+(?:state|province|region|county|prefecture|republic|"
                       r"city|town)\s+of\s+|[\w-]+\s+)?$|\b(?:entered|arrived\s+in|came\s+to|(?:were|was|been)\s+sent\s+to|"
                       r"(?:workers|labou?rers|migrants|builders)\s+to|(?:North\s+Koreans|nationals|citizens)\s+(?:dispatched|deployed)\s+to|"
                       r"\bin\s+(?:a|the)\s+greater|\bcall(?:\s+the|\s+a)?)\s+$")
#                      ("in the state of Sarawak"; "13,000 North Koreans entered Russia", "has sent 15,000 workers to
#                      Russia": where they came to be; "a dozen refugees call Ohio home": where they live)
COUNTRIES = re.compile(r"(?i)\bcountries\b")
ONE_UNIT_EARNS = re.compile(r"(?i)\b(?:his|her|its|their|one|each|every|a\s+single|the)\s+(?:own\s+)?(?:branch|restaurant|"
                            r"outlet|eatery)\s+(?:[\w-]+\s+){0,3}?(?:sent|sends?|earned|earns?|made|makes?|brought|brings?|"
                            r"remitted|remits?|took|takes?|pays?|paid|hands?|handed)\s+(?:[\w-]+\s+){0,2}?(?:about\s+|around\s+|some\s+)?$")
# one earner's pay told by "each" or by a single worker as its subject
ONE_EARNER_EARNS = re.compile(r"(?i)\b(?:each|(?:(?:every|one|a|an|the\s+average|a\s+single|an\s+individual)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:worker|labou?rer|developer|programmer|coder|engineer|employee|waitress|"
                              r"freelancer|builder|logger)))\s+(?:[\w-]+\s+){0,2}?(?:earn|make|receive|take|get|bring|pull|"
                              r"generate|rake)\w*\s+(?:[\w-]+\s+){0,3}?$")
DOWN_FROM_LEAD = re.compile(r"(?i)[\s\W]*(?:down|up)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?[\d,.]+"
                            r"(?:\s+(?:million|thousand))?\s*,")
EACH_AFTER = re.compile(r"(?i)\s+(?:each(?!\s+(?:year|month|week|day|quarter)\b)"
                        r"|apiece|a\s+head|per\s+(?:head|person|worker|labou?rer|employee|capita))\b")
OTHER_CLAUSE = re.compile(r"(?i),\s+(?:but|while|whereas|although|though|who|which)\b")
# a sentence that opens on what the last one measured: "Together they earned ...", "Of them, ...", "The figure ..."
REFERS_BACK = re.compile(r"(?i)\s*(?:together\b|(?:(?:some|about|around|over|nearly|almost|more\s+than|at\s+least)\s+)?"
                         r"[\d,]+\s+of\s+(?:them|these|those)\b|(?:and\s+)?(?:they|their|these|those|of\s+them|"
                         r"the\s+figures?|th(?:at|ose)\s+figures?|"
                         r"the\s+network|the\s+chain|it)\b|"
                         # "By 2019 the number had risen to about 32,000": the figure just given, later
                         r"(?:(?:by|in|as\s+of|since)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d,?\s+)?(?:the|that)\s+(?:number|total)\s+"
                         r"(?:had|has|have|was|is|stood|rose|grew|fell|dropped|reached)\b)")
HOST_PERMIT = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,4}?(?:who\s+(?:had\s+|have\s+)?(?:held|hold)|holding|with)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:visas|work\s+permits|residence\s+permits)\b")
# ("the vast country", "in country"; "in the area", "in the province": a place told before, in its country)
IN_THE_COUNTRY = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,8}?in\s+(?:the\s+(?:[\w-]+\s+){0,2}?)?country\b|"
                            r"\s+(?:[\w-]+\s+){0,8}?in\s+the\s+(?:area|province|district)\b")


# after a number: the North's people caught in a route country, counted over a year, years or since a time ("some 900
# North Korean refugees were detained for entering Burma illegally in 2011", "have been arrested in Yunnan over the
# last decade and charged with illegal entry")
ROUTE_TALLY_AFTER = re.compile(r"(?i)\s+(?:North\s+Korean(?:s|\s+(?:people|refugees|defectors|migrants))|refugees|defectors)\s+"
                               r"(?:have|had|were|are)\s+(?:been\s+)?(?:arrested|caught|detained|apprehended)\b"
                               r"[^.;]{0,80}?\b(?:(?P<year>in\s+(?:19|20)\d\d)|(?P<yearly>(?:this|last|a|per|each|every)\s+year)|"
                               r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades?)|since\s+(?:19|20)\d\d)\b")
ENTERING = re.compile(r"(?i)\billegal(?:ly)?\s+(?:entry|immigra)|\b(?:enter(?:ed|ing)?|cross(?:ed|ing)?|sneak(?:ed|ing)?)\b")


def route_tally(text: str, n, sent) -> re.Match | None:
    """The North's people caught entering a country on their way, counted over a time, after the number n (but not
    "70 North Korean defectors have been held in Chinese jails since spring": held where they hid, not caught
    entering)."""
    tally = ROUTE_TALLY_AFTER.match(text, n.end, sent.end)
    return tally if tally and ENTERING.search(text, n.end, min(sent.end, tally.end() + 60)) else None


# a count of one year: "a year", "annually", "in 2019", "during 2024", "last year", "in a typical year"
# those who fled counted where they live now, the South: a stock, whatever year it is told at
STOCK_IN_SOUTH = re.compile(r"(?i)\b(?:number|total)\s+of\s+(?:North\s+Korean\s+)?"
                            r"(?:defectors|refugees|escapees|North\s+Koreans)\s+"
                            r"(?:(?:now\s+)?(?:living|residing|resettled|settled)\s+)?in\s+"
                            r"(?:South\s+Korea|the\s+South|Seoul)\b")
PER_YEAR = re.compile(r"(?i)\b(?:a|per|each|every)\s+year\b|\bannually\b|\byearly\b")
YEARLY = re.compile(r"(?i)\b(?:a|per|each|every)\s+year\b|\bannually\b|\b(?:in|during|throughout)\s+(?:19|20)\d\d\b|"
                    r"\b(?:last|this)\s+year\b|\bin\s+(?:a|any)\s+(?:typical|normal|given|single|good|average)\s+"
                    r"year\b|\b(?:during|over|throughout)\s+the\s+(?:same\s+)?year\b|\bthat\s+year\b")   # (or one told)
ANOTHER_NUMBER = re.compile(r"\b\d[\d,.]*\b")     # a number between a figure and the words that count another


# the dot of a title before a name ("according to figures from Sen. Kim", "Dr. Lee") does not end the source
TITLE_DOT = "(?:" + "|".join(rf"(?<=\b{t})" for t in ("Rep", "Sen", "Gov", "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen",
                                                       "Lt", "Col", "Capt", "Amb")) + r")\.(?=\s+[A-Z])"


@lru_cache(maxsize=1)
def lexicon():
    lex = load("claims")
    rx = {}
    for metric, spec in lex["metrics"].items():
        rx[metric] = {k: re.compile(r"(?:" + "|".join(expand_lemmas(p) for p in v) + r")", re.IGNORECASE)
                      for k, v in spec.items()}
    att = lex["attribution"]
    verbs = re.compile(r"\b(?:" + "|".join(att["verbs"]) + r")\b", re.IGNORECASE)
    # (a dot inside an abbreviation, "U.N. Panel", does not end the source; a dash set off by spaces does: "according to
    # the ministry – a dip from …")
    according = re.compile(r"(?i)\baccording\s+to\s+(?P<who>(?:(?!\s+(?:[–—]|--)\s)[^,.;(]|(?<=\b[A-Z])\.(?=[A-Z]|\s+[A-Z])|"
                           + TITLE_DOT + r"){2,100})")
    return rx, verbs, according


STATE_SCALE_USD = 100_000_000     # a sum only all the workers abroad together earn for the state
EARNS = r"\b(?:earn\w*|worth|bring\w*\s+in|brought\s+in|generat\w*|reap\w*|provid\w*|sen[dt]\w*|remit\w*|yield\w*)\b"
WORKERS_EARN = re.compile(rf"(?i)\b(?:overseas|abroad|foreign)\b[^.;]{{0,60}}\b(?:workers|labou?rers|labou?r|employees)\b[^.;]{{0,80}}?"
                          rf"{EARNS}|\b(?:workers|labou?rers|North\s+Koreans)\s+(?:(?:work(?:ed|ing)?|employed|living)\s+)?"
                          rf"(?:abroad|overseas)\b[^.;]{{0,80}}?{EARNS}")


# money whose own words name a good or its trade ("iron ore shipments capped at", "seafood sales worth"): not wages
GOODS_REACH = 50
GOODS_BEFORE = re.compile(rf"(?i)\b(?:coal|iron|ore|steel|seafood|fish|textiles?|garments?|clothing|minerals?|oil|fuel|"
                          rf"petroleum|arms|weapons|exports?|imports?|sales)\b[^.;$]{{0,{GOODS_REACH}}}$")
# "working in restaurants, textiles, construction and IT, earning $50 million a year": the goods word is one of the
# sectors the workers are in, listed beside others
SECTORS_LISTED = re.compile(r"(?i)\b(?:restaurants|construction|logging|forestry|farming|agriculture|medicine|medical|"
                            r"catering|shipbuilding|fishing|IT)\s*,")
LABOUR_WORDS = re.compile(r"(?i)\b(?:workers|labou?r(?:ers)?|wages|salar(?:y|ies)|earnings|remittances)\b")


# ("a workforce which once numbered at 4,000", "such hiring peaked at 3,000 in 2012")
WORKFORCE_BEFORE = re.compile(r"(?i)\b(?:(?:work\s*force|labou?r\s+force)\s+(?:that|which)\s+(?:once\s+|now\s+|then\s+|had\s+)?"
                              r"(?:stood|stands|numbered|peaked|totall?ed)\s+at|(?:employment|hiring|work\s*force|labou?r\s+force)"
                              r"\s+(?:[\w-]+\s+){0,2}?peaked\s+(?:with|at)|"
                              # ("the labour contingent in Fiji, which observers say consists of 900 workers")
                              r"(?:work\s*force|labou?r\s+force|contingent)\b[^.;]{0,60}?\b(?:consists?\s+of|consisted\s+of|"
                              r"comprises?|comprised|numbers|numbered))\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$")
LABOURERS = re.compile(r"(?i)\b(?:workers|labou?rers)\b")
FEW_COUNTRIES = 5     # fewer countries than that are named ones, counted again, not the workers' spread
WORKING_WORDS = re.compile(r"(?i)\b(?:workers|labou?rers|working|employed)\b")


AT_OR_IN = re.compile(r"(?i)\b(?:at|in)\s+(?:the\s+)?$")


def placed_in_the_north(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence places what it tells at a town or region inside the North ("companies operating at Kaesong")
    and names no place abroad."""
    places = doc.within(doc.places, sent.start, sent.end)
    return any(p.place.country == "KP" and p.place.kind in ("city", "region")
               and AT_OR_IN.search(doc.text, max(sent.start, p.start - 10), p.start) for p in places) \
        and not any(p.place.country not in KOREAS for p in places)


# defectors going back to the North ("crossed back into the North", "returned to the North", "re-entering the North")
WENT_BACK_NORTH = re.compile(r"(?i)\b(?:cross|go|gone|went|return|flee|fled|defect|head|walk|swim|swam|slip|sneak)\w*\s+back\s+"
                             r"(?:in)?to\s+(?:the\s+)?North\b(?!\s+Korean)|\breturn(?:ed|ing|s)?\s+to\s+(?:the\s+)?North\b(?!\s+Korean)"
                             r"|\bre-?(?:enter|defect)\w*\s+(?:(?:in)?to\s+)?(?:the\s+)?North\b(?!\s+Korean)")


def classify(doc: Document, sent: Sentence, n: NumberMention, prev_topic: str | None) -> str | None:
    """The metric a number in a sentence measures, or None."""
    rx, *_ = lexicon()
    text = doc.text
    after = text[n.end:min(sent.end, n.end + 70)]
    before = text[max(sent.start, n.start - 80):n.start]
    seg = text[max(sent.start, n.start - SENTENCE_REACH):min(sent.end, n.end + SENTENCE_REACH)]   # (see SENTENCE_REACH)
    if DIFFERENCE_AFTER.match(after):
        return None     # "only ten more than the year before": a difference between two figures, not a figure
    if n.money:
        if NOT_DOLLARS.search(text, n.start, n.end):
            return None     # "£1.6 billion": the contract's money metrics are in US dollars; nothing is converted
        if not (rx["annual_revenue_usd"]["per_year"].search(after) or rx["annual_revenue_usd"]["per_year"].search(before[-25:])):
            if n.value >= STATE_SCALE_USD and WORKERS_EARN.search(seg) and not RESTAURANT_WORDS.search(seg):
                return "overseas_worker_revenue_usd"    # "labourers abroad bring the regime some $700 million":
                #                                         the workers' yield for the state, told without "a year"
            return None
        if ONE_UNIT_EARNS.search(before):
            return None     # "his own branch sent home $300,000 a year": one restaurant's takings, not the network's
        if ONE_EARNER_EARNS.search(before) or EACH_AFTER.match(text, n.end):
            return None     # "such coders can each make over $50,000 a year", "a worker earns $120 a month", "$900
            #                 a head": one person's pay, not what the workers bring the state
        if (goods := GOODS_BEFORE.search(before)) and not LABOUR_WORDS.search(before[-GOODS_REACH:]) \
                and not SECTORS_LISTED.search(before, max(0, goods.start() - GOODS_REACH)):
            return None     # "limited its iron sales abroad to $300 million a year": a good's worth, not the workers' yield
        if (rx["overseas_worker_revenue_usd"]["subject"].search(seg) or prev_topic == "overseas_worker_count"
                or (MONEY_REFERS_BACK.match(text, sent.start, n.start) or SOURCE_REFERS_BACK.match(text, n.end, sent.end))
                and rx["overseas_worker_revenue_usd"]["subject"].search(text, max(0, sent.start - LOOK_BACK), sent.start)
                and not RESTAURANT_WORDS.search(seg)) and not RESTAURANTS_EARN.search(seg):
            # ("... most of their pay goes to the state. The value of these sums ... $700m to $1.5bn annually":
            # the money the sentence before spoke of)
            return "overseas_worker_revenue_usd"
        if RESTAURANT_WORDS.search(seg) or prev_topic == "restaurant_count":
            return "annual_revenue_usd"
        return None
    if n.is_year or n.value < 2 or AGE_AFTER.match(after) or DURATION_AFTER.match(after) or CHANGED_BY_BEFORE.search(before) \
            or FORECAST_BEFORE.search(before) or RATIO_BEFORE.search(before):
        return None     # (nor "a 58-year-old man": an age; nor "a four-year decrease": a span of time; nor "had fallen
        #                 by 12,400": a change, not a figure; nor a forecast's threshold; nor "one minder for every 30
        #                 workers": a ratio)
    if KNOWN_SET_BEFORE.search(before) or GROUP_OF_BEFORE.search(before) and not posted_trainers(text, sent, n) or (
            n.value < SMALL_GROUP and THE_BEFORE.search(before) and not n.approx):
        return None     # "the other two restaurants", "the last batch of 35 workers", "the nine North Korean workers
        #                 serve up dishes": a set or group the text tells of, no figure
    if planned_target(doc, sent, n):
        return None     # "a cut in their number from 500 to 300 is on the cards": a target, not a count (the 500 is)
    if WORKPLACE_HEADCOUNT_BEFORE.search(before) and not NK_CONTEXT.search(before):
        return None     # "the number of staff at the Lautoka mill rose to around 700": one firm's whole workforce
    if NOT_A_STOCK_BEFORE.search(before) or SENT_HOME_AFTER.match(after) or DIED_AFTER.match(text, n.end, sent.end) \
            or ON_BOARD_AFTER.match(after) or FLOW_AFTER.match(after):
        return None     # "have repatriated 296 workers", "requested the dispatch of 800 workers", "33 nationals were on
        #                 board the ship", "500 a day crossed", "15,000 labourers had been sent home", "30 labourers
        #                 have died": people sent home, asked for, dead, a crew or a flow, no count of those abroad
    if ONE_PLACE_STAFF_BEFORE.search(before):
        return None     # "the restaurant is operated by 20 North Korean citizens": one restaurant's staff, no country's figure
    if REPORTING_STATES_AFTER.match(after) or REPORTING_STATES_BEFORE.search(before) and COUNTRIES_AFTER.match(after):
        return None     # "fewer than 20 countries have reported their figures", "figures submitted by 31 countries":
        #                 the states that answered a committee
    if COUNTRIES_AFTER.match(after):
        # the countries the restaurants are in, or the North's workers ("some 50,000 of the North's labourers are spread
        # over 30-odd countries")
        return "host_country_count" if (RESTAURANT_WORDS.search(seg) or prev_topic == "restaurant_count"
                                        or n.value >= FEW_COUNTRIES and WORKING_WORDS.search(seg) and NK_CONTEXT.search(seg)) \
            else None     # (not "Laos and Vietnam, two nations friendly to it": the states just named)
    restaurant_topic = bool(RESTAURANT_TOPIC.search(seg)) or prev_topic == "restaurant_count"
    if restaurant_topic and ONE_OF_BEFORE.search(before) and WORLDWIDE_AFTER.match(after):
        return "restaurant_count"   # "the restaurant - one of 130 around the world, mostly in China -": the network's size
    if RESTAURANTS_AFTER.match(after) or RESTAURANTS_OPERATE_AFTER.match(after) and restaurant_topic or \
            COUNT_VERB_BEFORE.search(before) and restaurant_topic and CLAUSE_END_AFTER.match(after) or \
            ESTABLISHMENTS_AFTER.match(after) and (restaurant_topic or RUNS_BEFORE.search(before)) or \
            (BRANCHES_AFTER.match(after) or CHAIN_SIZE_AFTER.match(after)) and restaurant_topic and NK_CONTEXT.search(seg):
        if (EVENT_VERBS.match(after) or CLOSED_PREDICATE.match(text, n.end, sent.end)) and not OUT_OF_BEFORE.search(before) \
                or EVENT_VERB_BEFORE.search(before) and not (OPENED_BEFORE.search(before) and WORLDWIDE_AFTER.match(after)) \
                or APPOSITION_BEFORE.search(before):
            return None     # (but "three out of 15 restaurants in Dandong have closed": 15 is the city's count)
        if CHAIN_WORDS.search(seg) and not NK_CONTEXT.search(seg) and not (
                prev_topic == "restaurant_count" and PART_OF_THEM.search(seg)):
            return None     # another chain's branches (but "three of them, with branches in ...": the North's)
        if OTHER_KOREAN_AFTER.match(after):
            return None     # "about 25 Korean restaurants in the city": the South's cuisine, not the North's network
        if (m := RESTAURANTS_AFTER.match(after)) and IN_THE_NORTH_AFTER.match(after, m.end()) \
                or GUIDE_LISTS_BEFORE.search(before):
            return None     # "dining at two restaurants in Pyongyang": at home, no network abroad; "the book lists 37
            #                 restaurants": a guide's pages
        return "restaurant_count"
    if RECORD_FIGURE.search(text, n.end, min(sent.end, n.end + 200)) and DEFECTED_LATER.match(text, n.end, sent.end):
        return "defector_arrivals"      # "about 10 members of the elite ... defected last year, the highest figure since 2017"
    if prev_topic in ("restaurant_count", "overseas_worker_count") and OF_THEM_AFTER.match(after):
        return prev_topic     # "Some 90 of them are in China": a part of the figure the text is about
    if OF_THEM_AFTER.match(after) and PARTS_LEAD.fullmatch(text, sent.start, n.start):
        told = previous_sentence(doc, sent)
        if RESTAURANT_TOPIC.search(told) and NK_CONTEXT.search(told) and not WORKER_WORDS.search(told) \
                and not (EVENT_VERBS.match(after) or CLOSED_PREDICATE.match(text, n.end, sent.end)):
            return "restaurant_count"   # "North Korean restaurants have multiplied ... Some 90 of them are in China"
    if WORKERS_LIVING_ABROAD.match(text, n.end, sent.end):
        return "overseas_worker_count"     # "as many as 100,000 North Koreans were thought ... to be living abroad"
    if prev_topic == "overseas_worker_count" and WORK_IN_AFTER.match(after) and PARTS_LEAD.fullmatch(text, sent.start, n.start):
        return prev_topic     # "... work in Africa. Some 900 work in Namibia and Botswana": a part, where
    if prev_topic == "overseas_worker_count" and PLACE_HAS_BEFORE.search(before) and any(
            p.place.country not in HOME and 0 <= n.start - p.end <= 30
            for p in doc.within(doc.places, max(sent.start, n.start - 40), n.start)):
        return prev_topic     # "... live in Amur alone. Khabarovsk has around 1,100": the next place's part
    if prev_topic in ("restaurant_count", "overseas_worker_count") and HOST_BEFORE.search(before) \
            and (PART_OF_AFTER.match(after) or CLAUSE_END_AFTER.match(after)) and any(
                p.place.kind == "country" for p in doc.within(doc.places, max(sent.start, n.start - 40), n.start)):
        return prev_topic     # "Vietnam is home to three of them", "Laos hosts five": the host's part of that figure
    if prev_topic == "defector_arrivals" and (ARRIVED_AFTER.match(after) or PART_APPOSED_BEFORE.search(before)) \
            and not n.is_year:
        return "defector_arrivals"
    head_count = not UNIT_OTHER.match(after) and float(n.value).is_integer()     # (not "an increase of 20.4%")
    if head_count and rx["defector_arrivals"]["figure_of"].search(text, max(sent.start, n.start - 160), n.start) \
            and not OF_PART_AFTER.match(text, n.end) \
            or (head_count or PEOPLE_AFTER.match(after)) and DEFECTORS_NUMBER_IS.search(text, max(sent.start, n.start - 200),
                                                                                      n.start):
        # ("the number of defectors ... stood at 870 people": the figure, counted in people)
        return "defector_arrivals"      # the figure's own words ("arrivals have fallen from a peak of") beat the topic
    tally = route_tally(text, n, sent) if head_count else None
    if tally and (n.value >= SMALL_GROUP or not tally.group("year")):
        return "defector_arrivals"      # "some 900 refugees were detained for entering Burma illegally in 2011": those
        #                                 caught on a route, counted over a time (one day's group is an event)
    change = figure_changed(doc, sent, n)
    if change and not n.is_year and not PERCENT_AFTER.match(after):     # (not "fell to 40% of last year's")
        # "the number of North Koreans working in Malta increased from one worker ... to 11", "The number of North
        # Koreans increased to 22 in March 2014": the figure's new value, of what the number counts
        what = change.group("what")
        if DEFECTORS_WHAT.search(what):
            return "defector_arrivals"
        if RESTAURANT_WORDS.search(what):
            return "restaurant_count"
        if re.search(r"(?i)\b(?:work|labou?r|employ)", what) or prev_topic == "overseas_worker_count":
            return "overseas_worker_count"
    if prev_topic and SENT_BACK_FIGURE.search(text, max(sent.start, n.start - 160), n.start):
        return None     # ("the number of repatriated workers is about 23,000"): those sent home, not the workforce
    if prev_topic and (FIGURE_WORDS.search(seg) or IT_CHANGED.match(text, sent.start, n.start)) \
            and (FIGURE_END_AFTER.match(after)
                                                    or NOUN_END_AFTER.match(after) and FIGURE_LINK_BEFORE.search(before)
                                                    or FROM_BEFORE.search(before) and TO_AFTER.match(after)):
        return prev_topic      # "the number ... has fallen from over 100 to about 60": both ends are the figure (or
        #                        "It dropped from 1,500 in 2012 to 1,200 in 2015": the figure just told, as "it")
    if prev_topic and FIGURE_SUBJECT.match(text, sent.start) and COMPARED_BEFORE.search(text, sent.start, n.start) \
            and EARLIER_TIME_AFTER.match(after):
        return prev_topic      # "The number was far below the 1,200 counted a year earlier and 1,300 in 2017": the
        #                        figure just told, compared with its own values of other times
    if prev_topic and SLID_TO_BEFORE.search(before) and (YEAR_AFTER.match(text, n.end) or QUARTER_AFTER.match(text, n.end)):
        return prev_topic      # "... before it plunged to 210 in 2020": the figure of the year, told as where it went
    if n.value >= SENT_FIGURE and (SENT_BEFORE.search(before) and NK_CONTEXT.search(before) and SENT_ABROAD_AFTER.match(after)
                                   or CAME_FROM_NORTH_AFTER.match(after)
                                   or EMPLOYED_BEFORE.search(before) and NK_EMPLOYED_AFTER.match(after)):
        return "overseas_worker_count"  # "Pyongyang has sent some 9,000 labourers to Tonga", "over 6,000 people
        #                                 came to Fiji from North Korea this year": the North's people there
    if UNIT_OTHER.match(after) and not (PEOPLE_ENDS.match(after) and rx["overseas_worker_count"]["figure_of"].search(
            before)):     # ("the number of North Korean workers there is estimated at 80,000 people": their number)
        return None
    if n.value >= SENT_FIGURE and (w := WORLDWIDE_AFTER.match(after)) and not RESTAURANT_WORDS.search(w.group()) \
            and NK_WORKERS_BEFORE.search(text, sent.start, n.start):
        return "overseas_worker_count"  # "the 60 North Korean workers in that port are few beside some 70,000
        #                                 worldwide": the workers just named, counted abroad at large
    if CHANGE_FROM_BEFORE.search(before) and FLED_IN_A_YEAR_AFTER.match(after):
        return "defector_arrivals"      # "a jump from only 90 escapees in 2030": a year's figure, the
        #                                 baseline of a change
    if TALLY_BEFORE.search(before) and TALLY_FLED_AFTER.match(after):
        return "defector_arrivals"      # "a total of 1,396 North Koreans, mostly civilians, defected to South Korea"
    if (RECEIVED_BEFORE.search(before) and REFUGEES_AFTER.match(after) or ADMITTED_AFTER.match(after)) \
            and NK_CONTEXT.search(seg) and OVER_A_TIME.search(text, sent.start, sent.end):
        return "defector_arrivals"      # (see RECEIVED_BEFORE)
    if TOTALLING_BEFORE.search(before) and SEXES_CAME_SOUTH.search(text, sent.start, n.start):
        return "defector_arrivals"      # (see TOTALLING_BEFORE)
    if n.value >= TALLY_MIN and (fled := FLED_SO_FAR_AFTER.match(after)) and SO_FAR_AFTER.match(after, fled.end()):
        return "defector_arrivals"      # "about 150 North Koreans have defected in the past three years": a tally
    if SETTLED_AFTER.match(after) or DEFECTORS_IN_SOUTH_BEFORE.search(before) \
            or (FLED_AFTER.match(after) or LIVING_IN_SOUTH_AFTER.match(text, n.end, sent.end)
                or MADE_WAY_SOUTH_AFTER.match(after)) \
            and n.value >= HEADCOUNT_LIMIT:
        return "defector_arrivals"      # "more than 30,000 ... have defected", "some 40,000 defectors living in the South"
    if THERE_WERE_BEFORE.search(before) and PEOPLE_IN_SOUTH_AFTER.match(after):
        return "defector_arrivals"      # "there are now 31,206 former North Koreans living in Seoul": those who
        #                                 came, counted
    # (an aside between the people and their verb is read past: "75 escapees -- mostly women -- came to the South")
    units = rx["defector_arrivals"]["units"].search(ASIDE.sub(lambda m: " " * len(m.group()),
                                                              text[n.start:min(sent.end, n.end + UNITS_REACH)]))
    if units and n.value < SMALL_GROUP and re.search(r"\b(?:who|that)\s", text[n.end:n.start + units.start()]):
        units = None    # ("two women who dared the escape in 2030"): a few people and what they did, no year's count
    if units and not ANOTHER_NUMBER.search(text, n.end, n.start + units.start()) or \
            (PER_YEAR_AFTER.match(after) and ARRIVAL_WORDS.search(seg)):
        return "defector_arrivals"      # (but in "a few, perhaps 5, were among 142 who arrived", the 142 are)
    if ONE_PLACE_STAFF_AFTER.match(after):
        return None     # "14 North Koreans are still working at the restaurant": one workplace's staff, no country's figure
    if prev_topic == "overseas_worker_count" and WITH_BEFORE.search(before[-25:]) and PLACE_WITH.search(before):
        return "overseas_worker_count"  # "China, with about 50,000"
    if NK_PEOPLE_PAREN_BEFORE.search(before) and PAREN_CLOSE_AFTER.match(after) and WORKER_WORDS.search(seg):
        return "overseas_worker_count"  # ("Filipinos (12), North Koreans (8)"): the North's share of a workforce
    if PLACE_PAREN_BEFORE.search(before) and PAREN_CLOSE_AFTER.match(after) and WORKER_WORDS.search(seg) \
            and not BY_NATIONALITY.search(seg) and any(
            p.place.kind == "country" and p.place.country not in HOME and 0 <= n.start - p.end <= 3
            for p in doc.within(doc.places, max(sent.start, n.start - 40), n.start)):
        return "overseas_worker_count"  # "... host workers sent by the North: Russia (20,000), China (19,000)": each host's
    if n.value >= SMALL_GROUP and OF_THESE_WORKERS_AFTER.match(after) \
            and NK_CONTEXT.search(text, max(0, sent.start - LOOK_BACK), sent.end) and not EVENT_VERBS.match(after):
        return "overseas_worker_count"     # "some 9,000 of these labourers lived there": the North's workers just told of
    if rx["overseas_worker_count"]["units"].match(text[n.end:min(sent.end, n.end + UNIT_REACH)].lstrip()) \
            or WORKERS_AFTER.match(after):      # (a unit may run long: "50 North Korean police officials working as advisers")
        if EVENT_VERBS.match(after) or MEASURE_TARGETS_BEFORE.search(before):
            return None     # (nor "the Treasury sanctioned two North Korean nationals": whom a measure names)
        if INSTRUCTORS_AFTER.match(after) and not posted_trainers(text, sent, n):
            return None     # (instructors "stationed" beside an army at war are its soldiers; those "training" a
            #                 host's guard or "working as advisers" are the North's people hired abroad)
        return "overseas_worker_count"
    if rx["overseas_worker_count"]["figure_of"].search(before) or WORKERS_FIGURE_BEFORE.search(before):
        if EVENT_VERBS.match(after):
            return None
        return "overseas_worker_count"
    if HELD_WORK_AFTER.match(after):
        return "overseas_worker_count"
    if LABOUR_KIND_AFTER.match(after) and NK_CONTEXT.search(seg) and not EVENT_VERBS.match(after):
        return "overseas_worker_count"     # "Seoul puts its guest labourers at 8,000", said of the North's
    if WORKFORCE_BEFORE.search(before) and NK_CONTEXT.search(seg) and LABOURERS.search(seg):
        return "overseas_worker_count"     # "farm workers go home each week, shrinking a workforce which once numbered at 4,000"
    if WORKERS_IN_AFTER.match(after) and NK_CONTEXT.search(before) and not EVENT_VERBS.match(after):
        return "overseas_worker_count"     # "North Korea has some 20,000 workers in Russia"
    if THERE_WERE_BEFORE.search(before) and (nationals := NATIONALS_IN_AFTER.match(after)) \
            and (host := next(iter(doc.within(doc.places, n.end + nationals.end() - 1, sent.end)), None)) is not None \
            and host.place.country not in KOREAS \
            and (WORKING_WORDS.search(text, max(0, sent.start - LOOK_BACK), sent.end)
                 or story_of_workers(doc) and CLAUSE_END_AFTER.match(text, host.end, sent.end)):
        # "as of May 2 there were 420 North Koreans in Chile", in a story of its workers (but not "191 North Koreans in
        # the country under the residence scheme": a part counted by something else)
        return "overseas_worker_count"
    if WORKERS_EMPLOYED_AFTER.match(after) and (NK_CONTEXT.search(seg) or prev_topic == "overseas_worker_count") \
            and not EVENT_VERBS.match(after):
        return "overseas_worker_count"     # "camps in which nearly 1,500 workers are employed", said of the North's
    if ESTIMATED_AT_BEFORE.search(before):
        return "overseas_worker_count"     # "the lumberjacks in Siberia - estimated at between 15,000 and 20,000"
    if WORKERS_TOTALLED_BEFORE.search(before) and NK_CONTEXT.search(seg):
        return "overseas_worker_count"     # "North Korean builders in the republic totalled about 900"
    if WORKING_IN_AFTER.match(after) and NK_CONTEXT.search(seg) and not EVENT_VERBS.match(after):
        return "overseas_worker_count"     # "... let North Korean citizens in; some 300 work in its mines": the North's
    if WORKING_ABROAD_AFTER.match(after) and NK_CONTEXT.search(text, max(0, sent.start - LOOK_BACK), sent.end) \
            and not EVENT_VERBS.match(after):
        return "overseas_worker_count"     # "over 40,000 labourers now work overseas", said of the North's
    if n.value >= NATIONS_FIGURE and OF_THEM_ANY_AFTER.match(after) and not EVENT_VERBS.match(after) \
            and (told := previous_sentence(doc, sent)) \
            and AT_WORK_WORDS.search(told) and not RESTAURANT_TOPIC.search(told) \
            and NK_CONTEXT.search(text, max(0, sent.start - LOOK_BACK), sent.end):
        return "overseas_worker_count"     # "They labour in textiles, seafood, construction. There are an estimated
        #                                    100,000 of them": the workers the sentence before spoke of (a figure
        #                                    of a nation's workers; "more than 100 of them" got off a bus)
    return None


def previous_sentence(doc: Document, sent: Sentence) -> str:
    si = doc.sentence_of(sent.start)
    return doc.sentences[si - 1].text if si > 0 else ""


def posted_trainers(text: str, sent: Sentence, n: NumberMention) -> bool:
    """Whether a number counts the North's trainers at their work in a host state ("a team of 20 North Korean
    instructors who train the guard"): the contingent posted there, not a batch on its way."""
    return bool(INSTRUCTORS_AFTER.match(text, n.end, sent.end) and TRAINING_WORDS.search(text, sent.start, sent.end))


def planned_target(doc: Document, sent: Sentence, n: NumberMention) -> bool:
    """Whether a number is where a planned change would take a figure ("a cut from 500 to 300 is on the cards")."""
    return bool(CHANGE_TARGET_BEFORE.search(doc.text, max(sent.start, n.start - 80), n.start)
                and PLANNED.search(doc.text, sent.start, sent.end))


def story_of_workers(doc: Document) -> bool:
    """Whether the headline or the lede tells of workers ("Govt to deport North Koreans with expired work permits")."""
    told = sorted(doc.headline) + sorted(doc.body_sentences)[:1]
    return any(WORK_STORY.search(doc.text, doc.sentences[i].start, doc.sentences[i].end) for i in told)


INSTRUCTORS_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,4}?(?:instructors|trainers|advis[eo]rs)\b")
TRAINING_WORDS = re.compile(r"(?i)\b(?:train(?:s|ed|ing)?|teach(?:es|ing)?|taught|coach\w*|drill(?:s|ed|ing)|instructing|"
                            r"advis(?:e|es|ed|ing)|(?:working|serving|employed)\s+as)\b")
UNIT_REACH = 120     # how far after a figure its unit of the North's workers may run
WORK_STORY = re.compile(r"(?i)\b(?:workers|labou?rers|working|employed|work\s+(?:permits?|visas?))\b")
# the North's people said to be in a foreign state ("there were 420 North Koreans in Chile"): a head count of them there
THERE_WERE_BEFORE = re.compile(r"(?i)\bthere\s+(?:were|are|remain(?:ed|s)?)\s+(?:still\s+|now\s+)?(?:about\s+|around\s+|some\s+|"
                               r"nearly\s+|over\s+|only\s+|just\s+|roughly\s+)?$")
NATIONALS_IN_AFTER = re.compile(r"\s+(?:North\s+Koreans?|(?:North\s+Korean|DPRK)\s+(?:nationals|citizens))\s+(?:still\s+|now\s+)?"
                                r"in\s+(?:the\s+)?(?=[A-Z])")
UNITS_REACH = 100     # (a flight told whole runs long: "812 people have safely fled the brutal regime and begun
#                       a new life in Seoul")
PEOPLE_IN_SOUTH_AFTER = re.compile(r"(?i)\s+(?:former\s+)?(?:North\s+Koreans|(?:North\s+Korean\s+)?(?:defectors|"
                                   r"refugees|escapees))\s+(?:still\s+|now\s+)?(?:(?:living|residing|settled)\s+)?in\s+"
                                   r"(?:South\s+Korea|the\s+South|Seoul)\b")
OF_THESE_WORKERS_AFTER = re.compile(r"(?i)\s+of\s+(?:these|those|such)\s+(?:[\w-]+\s+)?(?:workers|labou?rers)\b")
LABOUR_KIND_AFTER = re.compile(r"(?i)\s+(?:migrant|guest|overseas|contract|forced|slave|involuntary)\s+(?:workers|labou?rers)\b")
WORKERS_EMPLOYED_AFTER = re.compile(r"\s+(?-i:(?:[a-z][\w-]*\s+)?)(?:workers|labou?rers)\s+(?:are|were)\s+(?:now\s+|still\s+)?"
                                    r"(?:(?:estimated|believed|thought|said)\s+to\s+be\s+)?(?:employed|working|based)\b")
# the people the figure counts, then its verb of counting ("North Korean builders in the republic totalled about 900")
WORKERS_TOTALLED_BEFORE = re.compile(r"(?i)\b(?:workers|labou?rers)\b[^.;,]{0,40}?\b(?:totall?ed|total|totals|numbered|"
                                     r"stood\s+at|stand\s+at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|roughly\s+)?$")
# the figure, then what they do and where, its noun left out ("some 300 work in its mines", "200 working in building")
WORKING_IN_AFTER = re.compile(r"\s+(?:are\s+|were\s+)?(?:currently\s+|now\s+|still\s+)?(?:work|working|employed)\s+"
                              r"(?:in|at|on|as)\b")
ESTIMATED_AT_BEFORE = re.compile(r"(?i)\b(?:workers|labou?rers|loggers|lumberjacks|North\s+Koreans)\b[^.;]{0,40}?\b(?:estimated|"
                                 r"numbered|put|numbering)\s+at\s+(?:between\s+|about\s+|around\s+|some\s+)?$")
# "... 20,000 workers in Russia" (said of the North's, the sentence names it before): its workers there; a modifier
# may stand between, but not another nation's adjective ("Chinese workers")
# the North's people sent to or come to a country, counted in hundreds or more: how many it has there (a few dozen
# sent are one group, no figure of the workforce)
SENT_FIGURE = 100
# ("the state says it employed 50,000 North Koreans in 2017"): the North's people at work in the land that hired them
EMPLOYED_BEFORE = re.compile(r"(?i)\b(?:employ|hire|host|engage)(?:s|ed|ing)?\s+" + HEDGED + "$")
NK_EMPLOYED_AFTER = re.compile(r"\s+North\s+Korean(?:s\b(?!\s+(?:defectors|refugees|escapees|asylum))|"
                               r"\s+(?:nationals|citizens|"
                               r"workers|labou?rers)\b)")
SENT_BEFORE = re.compile(r"(?i)\b(?:sent|dispatched|deployed|sends|dispatches|deploys|sending|dispatching|deploying)\s+"
                         + HEDGED + "$")
# (to a host it names, or "deploys 45,000 people overseas": abroad at large, or "is sending 5,000 of its people to work
# in western Mongolia": to work there)
SENT_ABROAD_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:(?:workers|labou?rers|labou?r\s+migrants|builders|citizens|nationals)\s+"
                               r"to\s+(?:the\s+)?(?-i:[A-Z])|(?:workers|labou?rers|people|citizens|nationals)\s+(?:overseas|abroad)\b|"
                               r"(?:workers|labou?rers|people|citizens|nationals)\s+to\s+work\s+in\s+(?:the\s+)?(?:[a-z]+ern\s+)?"
                               r"(?-i:[A-Z])|"
                               # (or "… its people to work in various countries": abroad at large)
                               r"(?:workers|labou?rers|people|citizens|nationals)\s+to\s+work\s+in\s+(?:\w+\s+)?"
                               r"(?:different|various|many|other|several|foreign|\d+)\s+countries\b)")
CAME_FROM_NORTH_AFTER = re.compile(r"(?i)\s+(?:people|North\s+Koreans|citizens|nationals|workers)\s+(?:have\s+|had\s+)?"
                                   r"(?:came|come|arrived|entered|went)\s+(?:to|in|into)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*"
                                   r"(?:\s+(?-i:[A-Z])[\w-]*)?\s+from\s+(?:North\s+Korea|the\s+North|the\s+DPRK)\b")
WORKERS_IN_AFTER = re.compile(r"\s+(?-i:(?:[a-z][\w-]*\s+)?)(?:workers|labou?rers)\s+in\s+(?:the\s+)?[A-Z]")


TOPICS = (
    ("restaurant_count", re.compile(r"(?i)how\s+many\s+restaurants|number\s+of\s+(?:North\s+Korean(?:[\s-]+(?:run|owned|operated))?\s+)?restaurants|restaurants?\s+there\s+are|"
                              r"restaurant\s+(?:network|chain)")),
    ("overseas_worker_count", re.compile(r"(?i)(?:number\s+of|many)\s+(?:North\s+Korean\s+)?(?:workers|labou?rers)|"
                                   r"(?:workers|labou?rers)\s+(?:abroad|overseas|in\s+the\s+country)|North\s+Korean\s+(?:workers|labou?rers)|"
                                   r"number\s+of\s+North\s+Koreans?\s+(?:working|employed|living)")),
    ("defector_arrivals", re.compile(r"(?i)defectors?\s+(?:arriv|reach|entering\s+(?:South\s+Korea|the\s+South))|"
                                     r"number\s+of\s+(?:North\s+Korean\s+)?defectors\b|reaching\s+the\s+South|"
                                     # ("Fewer North Korean defectors as …": their count, told as it changed)
                                     r"\b(?:fewer|more)\s+(?:North\s+Korean\s+)?defectors\b(?!\s+(?:than|who|that)\b)|"
                               r"number\s+of\s+North\s+Koreans\s+reaching")),
)


# the words one of which every match of a metric's pattern has (read in the folded text: not run without one)
TOPIC_WORDS = {"restaurant_count": ("restaurant",), "overseas_worker_count": ("workers", "labo", "working", "employed", "living"),
               "defector_arrivals": ("defector", "reaching")}


def topic_of(text: str, start: int = 0, end: int | None = None, low: str | None = None) -> str | None:
    """The metric a sentence (text[start:end]) is about, from its wording, if it says. (``low``: the text folded.)"""
    for metric, rx in TOPICS:
        if (low is None or any(low.find(w, start, end) >= 0 for w in TOPIC_WORDS[metric])) and rx.search(text, start, end):
            return metric
    return None


def attribution(doc: Document, sent: Sentence, n: NumberMention) -> str | None:
    """Who makes the claim: 'according to X', or the subject of a reporting verb before the number."""
    rx, verbs, according = lexicon()
    text = doc.text
    seg = text[max(sent.start, n.start - SENTENCE_REACH):min(sent.end, n.end + SENTENCE_REACH)]
    m = according.search(seg)
    if m:
        who = m.group("who")
        own = n.start - (max(sent.start, n.start - SENTENCE_REACH) + m.start("who"))
        if 0 < own < len(who):
            who = who[:own]     # "according to the agency up to 3,000 ...": the source ends where the figure begins
        elif m.end() < len(seg) and seg[m.end()].isalnum():
            who = who.rsplit(" ", 1)[0]      # the length limit cut a word: leave it out
        return clean_source(who)
    head_start = max(sent.start, n.start - 300)     # (a text without sentence breaks is one sentence)
    head = text[head_start:n.start]
    found = list(verbs.finditer(head))
    tail = TELLER_AFTER.search(text, n.end, sent.end)
    if tail:     # "..., the UN estimates.", "..., a U.N. investigator said."
        who = clean_source(tail.group("who"))
        if who:
            return who
    if not found:
        m2 = WHOSE_FIGURE.search(seg)
        if m2:
            return clean_source(m2.group("who"))
        return None
    # the nearest reporting verb whose subject is an entity: "The ministry believes ..., and estimates that ..."
    for vm in reversed(found):
        subj = head[:vm.start()]
        opening = APPOSED_SUBJECT.match(text, sent.start, head_start + vm.start()) if head_start == sent.start else None
        if opening:     # "The Hanbit Institute, a Seoul think tank that tracks ..., counted": the subject, not its gloss
            # (but "Meanwhile, a report released by the ministry, estimated": an adverb opens the sentence, and the
            # words between the commas are the subject)
            connective = CONNECTIVE.match(opening.group("who") + " ")
            who = clean_source(opening.group("gloss") if connective else opening.group("who"))
            if who:
                return who
        subj = CLAUSE_SPLIT.split(subj)[-1] if subj.strip() else ""
        subj = QUOTE_CLOSED.split(subj)[-1]     # '"... a good option," the minister said': who speaks, not his words
        subj = CONNECTIVE.sub("", subj.strip())
        if subj.lower() in ("they", "it", "which they", "which it", "that they", "that it"):
            # "The ministry has flagged a rise, which they said made up 10 of the 196": the sentence's subject
            who = opening_source(doc, sent, head_start + vm.start())
            if who:
                return who
        words = subj.split()
        if words and len(words) <= 8:
            who = clean_source(subj)
            if who:
                return who
    return None


QUOTE_CLOSED = re.compile(r"[,.!?]\s*[\"”]\s+|”\s*")
OPENING_PREPOSITION = re.compile(r"(?i)\s*(?:in|on|at|by|for|from|after|before|during|with|under|according)\b")
OPENING_NO_VERB = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|said|says|will|would|that|which|who)\b")


def opening_source(doc: Document, sent: Sentence, before: int) -> str | None:
    """The source noun phrase that opens the sentence ("Seoul's unification ministry has ..."), if it does."""
    m = source_nouns().search(doc.text, sent.start, min(before, sent.start + 60))
    if m is None or OPENING_PREPOSITION.match(doc.text, sent.start):
        return None
    head = doc.text[sent.start:m.end()]
    if OPENING_NO_VERB.search(head) or len(head.split()) > 6:
        return None
    return clean_source(head)


def clean_source(s: str) -> str | None:
    """The source as an entity ("South Korea's Unification Ministry", "government sources"), or None when the words
    are a fragment ("and", "while some", "Pyongyang earns an")."""
    s = SPACES.sub(" ", s).strip(" ,-–\"'“”")
    s = s if ABBREVIATION_END.search(s) else s.rstrip(". ")     # ("The U.N. estimates": "U.N.")
    head = DATELINE_LEAD.match(s)
    s = s[head.end():] if head else s   # "GENEVA -- A UN rapporteur": the dateline is no part of who
    s = FIGURE_FOLLOWS.sub("", s)       # "South Korea's spy agency up to 60": who, not the figure
    s = CIRCUMSTANCE.sub("", s)         # "the ministry amid the North's tighter border watch": who, not why
    s = TRAILING_VERB.sub("", s).strip()
    for _ in range(2):      # "the UN in September", "the Council in March last year": who, not when
        s = TRAILING_WHEN.sub("", s).strip()
        s = TRAILING_ASIDE.sub("", s).strip()   # "officials with knowledge of it had previously", "... released
        #                                         earlier", "... in March last" (cut at the length limit)
    by = MADE_BY.match(s)
    if by:
        s = by.group("who")     # "a study put out by the UN panel of experts": the panel says it
    s = SEEN_BY.sub("", s)      # ("data from the immigration bureau seen by a news agency"): whose data, not who saw it
    s = RECORDS_OF.sub("", s)       # ("Interior Ministry data", "the agency's figures"): the body they are of
    s = LEADING_WHEN.sub("", s)
    s = LEADING_THE.sub("", s)
    s = LEADING_FUNCTION_WORDS.sub("", s).strip()
    s = SO_CALLED.sub("", s)        # ("the self-styled labour office": the body, not the writer's doubt of it)
    if not s or len(s) < 2 or s.lower() in ("it", "they", "he", "she", "we", "this", "that"):
        return None
    words = s.split()
    if words[0].lower() in NOT_A_SOURCE:
        return None         # "It has been reported", "There are"
    named = any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and len(words) <= 4)
    if not named and not source_nouns().search(s):
        return None
    if FRAGMENT_END.search(s):
        return None
    return s


TRAILING_WHEN = re.compile(r"(?i)\s+(?:(?:in|on|last|this|early|late|from|since|of|for)\s+)?(?:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday|week|month|year|(?:19|20)\d\d)$")
SEEN_BY = re.compile(r"(?i)\s+(?:seen|obtained|reviewed|viewed|acquired)\s+by\s.*$")
CIRCUMSTANCE = re.compile(r"(?i)\s+(?:amid|despite|because\s+of|due\s+to)\s.*$")
RECORDS_OF = re.compile(r"(?i)(?<=\w)(?:['’]s)?\s+(?:data|figures|statistics|records|tallies|tally)$")
ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")
FIGURE_FOLLOWS = re.compile(r"(?i)\s+(?:up\s+to|about|around|some|nearly|almost|approximately|roughly|more\s+than|"
                            r"at\s+least|as\s+many\s+as|an\s+estimated)(?:\s+\S+)?$")
TRAILING_ASIDE = re.compile(r"(?i)(?:\s+(?:had|has|have|also|previously|earlier|recently|already|repeatedly|released|"
                            r"published|issued|last|this|next|early|late))+$")
MADE_BY = re.compile(r"(?i)^(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:report|study|survey|assessment|estimate|analysis|"
                     r"investigation|review|paper|figures|data|statistics|numbers|article|story|piece|column)\s+"
                     r"(?:(?:released|published|issued|compiled|prepared|written|produced|"
                     r"made|done|carried\s+out)\s+)?(?:by|from|in)\s+(?P<who>(?!\d).{2,})$")   # (or "data from" a body,
#                                                                                      "an article in" a paper)
NOT_A_SOURCE = {"it", "there", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "which", "what",
                "like", "unlike", "as", "all"}
# "In November last year ETC told ...", "Last week the ministry said": when, before who
LEADING_WHEN = re.compile(r"(?i)^(?:(?:in|on|during)\s+)?(?:(?:early|late|mid-?)\s*)?"
                          r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|\w+day)\s+)?(?:(?:last|this|next)\s+"
                          r"(?:year|month|week)|yesterday|today|(?:19|20)\d\d)\b,?\s*")
SO_CALLED = re.compile(r"(?i)^(?:so-called|self-styled|self-proclaimed)\s+")
LEADING_FUNCTION_WORDS = re.compile(r"(?i)^(?:and|but|while|whereas|although|as|so(?!-)|or|then|also|yet|where|"
                                    r"when)\b\s*")
FRAGMENT_END = re.compile(r"(?i)\b(?:a|an|the|and|or|of|to|in|at|by|with|from|for|while|which|that|earns?|makes?|has|have|been|is|"
                          r"are|was|were|up\s+to|about|some|\d[\d,.]*)$")


@lru_cache(maxsize=1)
def source_nouns() -> re.Pattern:
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in load("claims")["source_nouns"])
                      + r")\b")


TELLER_AFTER = re.compile(r",[\"”’]?\s+(?:according\s+to\s+)?(?P<who>[^,;:\"“”]{2,60}?)\s+(?:(?:data|figures|statistics)\s+"
                          r"(?:showed|show|shows)|said|says|say|estimates?|estimated|"
                          r"reported|reports|believes?|believed|added|claims?|told\s+[\w\s]{2,30}?)"
                          r"(?:\s+(?:in|on|at|last|this|earlier)\b(?:(?!\b(?:that|which)\b)[^,;:\"“”]){0,80}?)?\s*[.;]?\s*$")   # ("said in a statement to AP"; '...,” the source said', "the ministry's data showed")
IN_THE_SCOPE = re.compile(r"(?i)\b(?:in|across)\s+$|\b(?:city|town|province|region|capital)\s+of\s+$")     # ("in the Chinese city of Dandong")


def scope_city(doc: Document, sent: Sentence, n: NumberMention, country: str | None) -> str | None:
    """The one city a count of restaurants is scoped to ("about ten North Korean restaurants in Shenyang", "In Siem Reap
    alone, there are two", "15 restaurants in Dandong"), within the figure's country: a city's figure is not its
    country's, and is never compared with one (resolve/claims.py)."""
    clause = doc.clause_of(n.start)
    if clause is None or country is None:
        return None
    text = doc.text
    after = [p for p in doc.within(doc.places, n.end, min(clause.end, n.end + 60)) if p.place.country not in HOME]
    if after:
        first = after[0]
        if first.place.kind == "city" and first.place.country == country and IN_THE_SCOPE.search(text[max(n.end, first.start - 8):first.start]):
            return first.place.name
        return None
    before = [p for p in doc.within(doc.places, max(clause.start, n.start - 60), n.start) if p.place.country not in HOME]
    if before and before[-1].place.kind == "city" and before[-1].place.country == country \
            and IN_THE_SCOPE.search(text[max(clause.start, before[-1].start - 8):before[-1].start]):
        return before[-1].place.name
    return None


def scope_country(doc: Document, sent: Sentence, n: NumberMention, last_country: str | None) -> str | None:
    text = doc.text
    bracketed = [p for p in doc.within(doc.places, max(sent.start, n.start - 40), n.start)
                 if p.place.country not in HOME and PAREN_OPEN.fullmatch(text, p.end, n.start)]
    if bracketed:
        return bracketed[-1].place.country      # "Russia (20,000)": the place the bracket follows
    close = scope_after(doc, sent, n, CLOSE_SCOPE)
    if close:
        return close      # "... and 30,000 in Russia": the figure's own scope, right after it
    change = figure_changed(doc, sent, n)
    if change:      # "the number of North Koreans working in Malta increased from one ... to 11": Malta's
        scoped = [p for p in doc.within(doc.places, change.start("what"), change.end("what"))
                  if p.place.country not in HOME and IN_THE_SCOPE.search(text[max(0, p.start - 8):p.start])]
        if scoped:
            return scoped[-1].place.country
    clause = doc.clause_of(n.start)
    if clause is not None:
        # "the number of North Korean workers in Russia ranges from ...": the scope named before the figure
        before = [p for p in doc.within(doc.places, max(clause.start, n.start - 60), n.start) if p.place.country not in HOME
                  and (IN_THE_SCOPE.search(text[max(clause.start, p.start - 8):p.start])
                                                    or FIGURE_FOR.search(text[max(clause.start, p.start - 24):p.start]))
                  and (text[p.end:p.end + 1] == "," or not TELLING_VERB.search(
                      PASSIVE_TELLING.sub(" ", text[p.end:n.start])))]
        # (but "the number of its workers in China is estimated to be 80,000": China's, in the passive)
        # ("Researchers in Seoul believe ...": who tells; "In Thailand, an official reported that 68 ...": the topic)
        if before and n.start - before[-1].end <= 60 and (PARTS_INTRO.match(text, before[-1].end) or not any(
                x.start >= before[-1].end and x.end <= n.start and not FROM_TO.match(text, x.end, n.start)
                for x in doc.numbers)):     # ("in Russia fell from 30,000 to 10,000": both are Russia's; "nine
            #                                   firms in Nepal - two software companies and six restaurants": all Nepal's)
            return before[-1].place.country
    found = scope_after(doc, sent, n, WIDE_SCOPE)
    if found:
        return found
    if clause is not None:
        hosts = [p for p in doc.within(doc.places, max(clause.start, n.start - 60), n.start)
                 if p.place.country not in HOME and p.place.kind in ("country", "region", "city")
                 and HOST_VERB_AFTER.fullmatch(text, p.end, n.start)]
        if hosts:
            return hosts[-1].place.country      # "Russia hosted 30,000 North Korean workers", "Siberia has some 8,000
            #                                     North Korean loggers": the host's (a region's, its country's)
    if THERE_LEAD.match(text, sent.start, n.start) and last_country:
        return last_country     # "In Kuwait ... There, 1,200 workers lived in one compound": the place just told
    if (IN_THE_COUNTRY.match(text[n.end:min(sent.end, n.end + WIDE_SCOPE)])
            or HOST_PERMIT.match(text[n.end:min(sent.end, n.end + WIDE_SCOPE)])
            or THE_COUNTRYS_FIGURE_BEFORE.search(text, max(sent.start, n.start - 90), n.start)):
        # "in the country"; "48 North Koreans who held work visas": the issuing country's, named in the sentence
        # before the figure ("Polish companies ... 450 North Koreans remained in the country") or the sentences before
        here = [p for p in doc.within(doc.places, max(sent.start, n.start - SENTENCE_REACH), n.start)
                if p.place.country not in HOME and not actor_possessive(text, p)]
        return here[-1].place.country if here else last_country
    return None


THERE_LEAD = re.compile(r"(?i)\s*(?:and\s+|but\s+|back\s+)?there\s*,")   # "There, ..." (not "There are ...")
FIGURE_FOR = re.compile(r"(?i)\b(?:figure|number|total|estimate|count|tally)\s+for\s+(?:the\s+)?$")   # "the figure for Qatar is"
PARTS_INTRO = re.compile(r"\s*(?:[–—:]|\s-\s|,?\s*(?:including|among\s+them|of\s+which)\b)")
# "The cumulative number of North Korean defectors who have entered South Korea since ... is now 34,314"
DEFECTORS_NUMBER_IS = re.compile(r"(?i)\bnumber\s+of\s+(?:North\s+Korean\s+)?(?:defectors|(?:new\s+)?arrivals)\b[^.;:]{0,140}?\b(?:is|was|stood\s+at|"
                                 r"reached|totall?ed|hit|rose\s+to|fell\s+to)\s+(?:now\s+|about\s+|around\s+|some\s+|"
                                 r"nearly\s+|over\s+|more\s+than\s+)?$")
# what a changed figure counts: defectors, refugees, or the North's people reaching the South
DEFECTORS_WHAT = re.compile(r"(?i)defector|refugee|escapee|\b(?:arriv\w*|reach\w*|enter\w*)\s+(?:in\s+)?(?:South\s+Korea|the\s+South|Seoul)\b")
# a figure told by how it changed, of the North's people or of the permits they hold ("the number of North Koreans in
# Malta increased from one to 11", "the number of visas for its labourers fell from 900 to 300")
FIGURE_CHANGED_TO = re.compile(r"(?i)\bnumber\s+of\s+(?:(?:work\s+|labou?r\s+)?(?:permits|visas)\s+(?:for|issued\s+to|granted\s+to)\s+"
                               r"(?:the\s+)?)?(?P<what>(?:North\s+Korean|DPRK|" + expand_lemmas("{NK_PEOPLE}")
                               + r")[^.;:]{0,60}?)\s+(?:has\s+|had\s+|have\s+)?"
                               r"(?:increased|rose|risen|grew|grown|jumped|fell|fallen|dropped|declined|decreased|climbed|"
                               r"plunged|plummeted|surged|soared|slumped|tumbled|went\s+(?:up|down))\b[^.;:]{0,120}?\b(?:from|to)\s+"
                               r"(?:about\s+|around\s+|some\s+|nearly\s+)?$")     # (the old value and the new)


FROM_LEAD = re.compile(r"(?i)from\s+")


def figure_changed(doc: Document, sent: Sentence, n: NumberMention) -> re.Match | None:
    """ "the number of North Koreans working in Malta increased from one ... to 11": the words that make ``n`` a
    figure's new value (read once per number: its metric and its scope both ask)."""
    memo = doc.memo.setdefault("figure_changed", {})
    if n.start not in memo:
        lead = FROM_LEAD.match(doc.text, n.start)      # ("dropped from 30,023 to 11,490": "from" read with the number)
        memo[n.start] = FIGURE_CHANGED_TO.search(doc.text, max(sent.start, n.start - 200), lead.end() if lead else n.start)
    return memo[n.start]


# "... and by 2010 the number reached 20,360": the figure the sentence gave, at a later time
NUMBER_REACHED_BEFORE = re.compile(r"(?i)\b(?:the\s+)?(?:number|figure|total|tally)\s+(?:had\s+|has\s+)?(?:reached|stood\s+at|"
                                   r"hit|topped|passed|surpassed|totall?ed)\s+" + HEDGED + "$")
# "... with 63 in 2021 and 67 in 2022": the next figures of a yearly series
SLID_TO_BEFORE = re.compile(r"(?i)\b(?:plummet|plung|fall|fell|fallen|drop|declin|decreas|slump|sank|sunk|sink|dwindl|"
                            r"shr[iau]nk|ris|rose|risen|climb|jump|surg|soar|increas|recover|rebound)\w*\s+to\s+"
                            r"(?:just\s+|only\s+|a\s+mere\s+)?$")
RECENT_REACH = 2
DIFFERENCE_AFTER = re.compile(r"(?i)\s+(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\b")
# a sentence about the figure just told ("The number was …", "This is …") that compares it with others
FIGURE_SUBJECT = re.compile(r"(?i)\s*(?:(?:the|this|that|its|their|last\s+year['’]s)\s+(?:[\w-]+\s+)?"
                            r"(?:number|figure|total|"
                            r"tally|count)\b|(?:it|this|that)\s+(?:was|is|marks?|marked)\b)")
COMPARED_BEFORE = re.compile(r"(?i)\b(?:fewer|less|lower|smaller|more|higher|greater|larger|bigger|below|above)\s+"
                             r"(?:than\b|"
                             r"(?:the|its)\b)|\bcompared\s+(?:with|to)\b|\bdown\s+from\b|\bup\s+from\b")
# the compared value's own time, told right after it ("the 1,200 tallied a year earlier", "and 1,300 in 2017")
EARLIER_TIME_AFTER = re.compile(r"(?i)\s+(?:(?:tallied|recorded|registered|counted|reported|logged|seen|posted|"
                                r"estimated)\s+)?(?:a\s+year\s+(?:earlier|before|ago)|(?:two|three)\s+years\s+"
                                r"(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+year|(?:in|for|during)\s+"
                                r"(?:19|20)\d\d\b)")
SERIES_BEFORE = re.compile(r"(?i)(?:\bwith|,|\band|\bfrom|\bto|\bat|\bfollowed\s+by)\s+(?:the\s+(?:remaining\s+|other\s+)?)?$")
YEAR_AFTER = re.compile(r",?\s+(?:(?:in|for)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?"
                        r"(?:19|20)\d\d|(?:last|this)\s+year)\b")
QUARTER_AFTER = re.compile(r"(?i),?\s+in\s+the\s+(?:first|second|third|fourth|last)\s+quarter\b")
# the next quarters of a series, "quarter" said once ("210 in the second quarter, 240 in the third")
NEXT_QUARTER_AFTER = re.compile(r"(?i),?\s+in\s+the\s+(?:first|second|third|fourth|last|final)(?:\s+quarter)?\b")
# a figure of part of a year ("20 arrived in the January-to-March period", "in the first quarter", "in Q1", "from
# March to June", "in the first seven months", "down from 702 in the same period"): neither a year's figure nor a
# running total
MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
PART_OF_YEAR = re.compile(r"(?i)\bquarters?\b|(?-i:\bQ[1-4]\b)|\bhalf\s+of\s+(?:the|this|last)\s+year\b|\b(?:first|second)\s+half\b|"
                          rf"\b{MONTH_NAME}[-–\s]+(?:to[-–\s]+)?{MONTH_NAME}\s+period\b|"
                          rf"\b(?:from|between)\s+{MONTH_NAME}\s+(?:to|through|until|till|and)\s+{MONTH_NAME}\b|"
                          r"\b(?:first|last|past)\s+(?:[\w-]+\s+)?months\b|\bsame\s+period\b")
# a half year's figure is one year's so far ("105 in the first half of the year", "593 between January and June"); a
# quarter's is no year's figure
HALF_YEAR = re.compile(rf"(?i)\bhalf\b|\bsix\s+months\b|\b(?:January|Jan\.?)\b[^.;]{{0,12}}\b(?:June|Jun\.?)\b")
OF_THE_YEAR_AFTER = re.compile(r"(?i)\s+of\s+(?:(?:this|last|the)\s+year\b|(?:19|20)\d\d\b)")
STOCK_CUE = re.compile(r"(?i)\b(?:total\s+number|in\s+all|so\s+far|to\s+date|as\s+of|cumulative|since)\b")
STOCK_AFTER = re.compile(r"(?i)\s+(?:in\s+all|so\s+far|to\s+date)\b")
FIGURE_NOUN = re.compile(r"(?i)\b(?:the\s+)?(?:number|numbers|figure|figures|total|tally)\b")
SEX_PART_AFTER = re.compile(r"(?i)\s+(?:of\s+(?:whom|them)\s+(?:were|are)\s+)?(?:men|women|males|females|male|female|boys|girls)\b"
                            r"(?!\s+(?:who|working|workers|employed|labou?rers))"      # ("40 of whom were men")
                            + REACHED_SOUTH_AFTER)
RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")     # between the numbers, and the countries, of a list


def respective_numbers(doc: Document, sent: Sentence, n: NumberMention) -> list[NumberMention]:
    """The numbers joined with ``n`` in a sentence that says "respectively" ("80,000 and 40,000 labourers
    respectively"), in order; [] when there is no such list."""
    memo = doc.memo.setdefault("respective", {})     # (per sentence: a text without breaks is one sentence)
    if (sent.start, sent.end) not in memo:
        runs: list[list[NumberMention]] = []
        if RESPECTIVELY.search(doc.text, sent.start, sent.end):
            for x in doc.within(doc.numbers, sent.start, sent.end):
                if x.is_year:
                    continue
                if runs and LIST_GAP.fullmatch(doc.text, runs[-1][-1].end, x.start):
                    runs[-1].append(x)
                else:
                    runs.append([x])
        memo[(sent.start, sent.end)] = {id(x): r for r in runs if len(r) > 1 for x in r}
    return memo[(sent.start, sent.end)].get(id(n), [])


def respectively_next(doc: Document, sent: Sentence, n: NumberMention) -> NumberMention | None:
    group = respective_numbers(doc, sent, n)
    return group[-1] if group and group[-1] is not n else None


def respective_country(doc: Document, sent: Sentence, n: NumberMention) -> str | None:
    """ "China and Russia ... host 80,000 and 40,000 labourers respectively": the country in the same place of the list
    of countries before the numbers."""
    group = respective_numbers(doc, sent, n)
    if not group:
        return None
    states = [p for p in doc.within(doc.places, sent.start, group[0].start) if p.place.kind == "country"
              and p.place.country not in HOME]
    chain = states[-1:]
    for p in reversed(states[:-1]):
        if LIST_GAP.fullmatch(doc.text, p.end, chain[0].start):
            chain.insert(0, p)
        else:
            break
    if len(chain) == len(group):
        return chain[group.index(n)].place.country
    # "... totals 3,000, 5,000 and 1,500 in Oman, Bahrain and the UAE respectively": the countries after the numbers
    after = next((p for p in doc.within(doc.places, group[-1].end, sent.end) if p.place.kind == "country"), None)
    if after is None or not IN_THE_LIST_BEFORE.fullmatch(doc.text, group[-1].end, after.start):
        return None
    listed = countries_listed(doc, after.start, sent.end)
    return listed[group.index(n)] if len(listed) == len(group) else None


IN_THE_LIST_BEFORE = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:in|for)\s+(?:the\s+)?")   # ("... 1,000 workers in the UAE")


SAME_FIGURE = re.compile(r"(?i)\b(?:the|that|this)\s+(?:figure|number|total|count)\b")
# "the number of North Korean workers in the country had fallen from 30,023": the figure of the country in question
THE_COUNTRYS_FIGURE_BEFORE = re.compile(r"(?i)\b(?:(?:number|total)\s+of\s+[^.;]{0,40}?|(?:workers|labou?rers)\s+)\bin\s+the\s+"
                                        r"(?:[\w-]+\s+){0,2}?(?:country|nation)\b[^.;]{0,40}$")   # ("in the landlocked nation")
HOST_VERB_AFTER = re.compile(r"(?i)\s+(?:(?:still|now|once|then|also|currently)\s+)?"
                             # (what the host says of itself: "Beijing claimed to have employed 50,000")
                             r"(?:(?:said|says|claimed|claims|reported|reports)\s+(?:(?:it|they)\s+)?"
                             r"(?:to\s+have\s+|had\s+|has\s+|have\s+))?"
                             r"(?:hosted|hosts|host|had|has|have|employed|"
                             r"employs|employ|housed|houses|(?:is|was)\s+home\s+to|grants|granted|issued|issues)\s+(?:(?:about|around|some|nearly|over|"
                             r"roughly|an\s+estimated|more\s+than|up\s+to|at\s+least)\s+)?")
# "the ministry estimated that 30,000 ...": a figure told as an estimate is hedged, as "an estimated 30,000" is
# ("the number topped the 21,000 mark", "has exceeded 1,400"): a threshold passed, the figure a floor ("more than")
PASSED_BEFORE = re.compile(r"(?i)\b(?:exceed(?:ed|s)?|topped|tops|surpass(?:ed|es)?|breach(?:ed|es)?|passed)\s+"
                           r"(?:the\s+)?$")
ESTIMATED_THAT = re.compile(r"(?i)\bestimat(?:es?|ed|ing)\s+(?:that\s+)?(?:there\s+(?:are|were|is|was)\s+)?$")
CLOSE_SCOPE, WIDE_SCOPE = 40, 90     # characters after a figure its scope may be named in


def countries_listed(doc: Document, start: int, end: int) -> list[str]:
    """The countries listed from ``start`` ("Cambodia, Laos and Vietnam"), in order, up to the list's end."""
    out: list[str] = []
    last = start
    for p in doc.within(doc.places, start, end):
        if p.place.kind != "country" or p.place.country in HOME or not (not out and p.start == start
                                                                       or LIST_JOIN.fullmatch(doc.text, last, p.start)):
            break
        out.append(p.place.country)
        last = p.end
    return out


def scope_after(doc: Document, sent: Sentence, n: NumberMention, reach: int) -> str | None:
    """The country a figure is scoped to by "in X" after it, within ``reach`` characters."""
    text = doc.text
    # "4,000 North Korean workers – each paid $800 a month – were believed to be in Russia": an aside between dashes
    # (or brackets) is read past, its length and numbers not counted
    aside = ASIDE.search(text, n.end, min(sent.end, n.end + reach + ASIDE_MAX))
    lo, hi = (aside.start(), aside.end()) if aside is not None and aside.start() - n.end < reach else (n.end, n.end)
    for p in doc.within(doc.places, n.end, min(sent.end, n.end + reach + hi - lo)):
        if p.place.country in HOME or lo <= p.start < hi:
            continue
        between = text[n.end:lo] + " " + text[hi:p.start] if p.start >= hi > lo else text[n.end:p.start]
        own_part = OF_THEM_LEAD.match(between)        # "100 of them are in China": the figure is the part
        if PART_MARKER.search(between, own_part.end() if own_part else 0) or OTHER_CLAUSE.search(between):
            break     # "130 restaurants abroad, including over 90 in China": China scopes the part, not the whole;
            #           "…a year, but the manager, who ran a restaurant in Dalian": another clause's place
        if PLACES_SPAN_BEFORE.search(between):
            return None     # "35 restaurants stretching from Mongolia to Indonesia": where they spread, over several countries
        if DISTRIBUTION_BEFORE.search(between) or any(
                x is not n and n.end <= x.start and x.end <= p.start and not FROM_TO.match(text, n.end, x.start)
                and not lo <= x.start < hi for x in doc.within(doc.numbers, n.end, p.start)):
            break     # "50,000 abroad, mostly in China": where most are; "of 100,000 overseas, 40,000 are in Russia"
        if IN_BEFORE.search(between) and ";" not in between and not COUNTRIES.search(between):
            if other_country_listed(doc, p, sent.end):
                return None     # "in Vietnam, Cambodia and Laos combined": a total over several countries
            return p.place.country
    return None


# (set off by dashes, or by two hyphens each, or by brackets)
ASIDE = re.compile(r"\s+(?:[–—]|--)\s+[^–—.;]{3,120}?\s+(?:[–—]|--)\s+|\s+\([^().;]{3,120}\)")
ASIDE_MAX = 130
PLACES_SPAN_BEFORE = re.compile(r"(?i)\b(?:rang(?:e|es|ed|ing)|stretch(?:es|ed|ing)?|spread(?:s|ing)?|extend(?:s|ed|ing)?)\s+"
                                r"(?:all\s+the\s+way\s+)?from\s+$")
DISTRIBUTION_BEFORE = re.compile(r"(?i)\b(?:mostly|mainly|largely|chiefly|primarily|predominantly|most\s+of\s+them|"
                                 r"the\s+majority|many\s+of\s+them|"
                                 # ("... count some 90 of them; most are based in Laos"): where most are
                                 r"most\s+(?:of\s+(?:them|these|those)\s+)?(?:are|were)(?:\s+(?:located|based|found|situated))?|"
                                 # ("... across Asia and beyond, with most located in Fiji")
                                 r"with\s+most\s+(?:of\s+(?:them|these|those)\s+)?(?:located|based|found|situated))"
                                 r"\s+(?:[\w-]+\s+)?$")
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")     # ("Laos and the Philippines")


AREA_LISTED = re.compile(r"(?i)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:(?:south\s*-?\s*east(?:ern)?|"
                         r"north\s*-?\s*east(?:ern)?|east(?:ern)?|west(?:ern)?|central|south(?:ern)?|north(?:ern)?)\s+)?"
                         r"(?:asia|europe|africa|middle\s+east|gulf|latin\s+america|the\s+americas|elsewhere|beyond|"
                         r"other\s+(?:countries|nations|parts\s+of\s+the\s+world))\b")


def other_country_listed(doc: Document, p, end: int) -> bool:
    """Whether another country follows ``p`` in a list ("in Vietnam, Cambodia and Laos")."""
    at = p
    while True:
        if AREA_LISTED.match(doc.text, at.end, end):
            return True      # "in China, Southeast Asia and elsewhere": a world region or "elsewhere" listed beside it
        nxt = next(iter(doc.within(doc.places, at.end, min(end, at.end + 40))), None)
        if nxt is None or nxt.place.country in HOME or nxt.place.kind != "country" or nxt.place.country == p.place.country:
            return False
        join = LIST_JOIN.match(doc.text[at.end:nxt.start])
        if join is None:
            return False
        if "," not in join.group(0) or re.search(r"\b(?:and|or)\b", join.group(0)):
            return True      # the list's last item: "..., Cambodia and Laos"
        at = nxt             # ", Cambodia": a list only if it goes on to "and X"


AS_OF_REACH = 80      # characters between a figure and the date it holds at ("130 restaurants in 2016")
NOT_AS_OF_BEFORE = re.compile(r"(?i)\b(?:since|from|between|after|before|until|till|starting)\s+(?:the\s+end\s+of\s+|early\s+|"
                              r"late\s+|mid-?)?$")


DATE_OF_FIGURE = re.compile(r"(?i),?\s+(?:in|for|by|as\s+of)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?")


def as_of(doc: Document, sent: Sentence, n: NumberMention) -> str | None:
    """The date a figure holds at, when its sentence says ("in 2016", "as of last year", "by March 2019"): the
    nearest date beside it. A date that opens a span ("since 2011", "from 2015") is where a count starts, not when
    it holds. None when the sentence gives no date (the knowledge base then reads the figure as of publication)."""
    def gap(x, d) -> int:
        return d.start - x.end if d.start >= x.end else x.start - d.end

    lo, hi = max(sent.start, n.start - AS_OF_REACH), min(sent.end, n.end + AS_OF_REACH)
    others = [x for x in doc.within(doc.numbers, lo, hi) if x is not n and not x.is_year
              and not any(d.start <= x.start < d.end for d in doc.dates)]
    best = None
    for d in doc.within(doc.dates, lo, hi):
        if NOT_AS_OF_BEFORE.search(doc.text, max(sent.start, d.start - 30), d.start):
            continue
        told_with = [x for x in (n, *others) if x.end <= d.start and DATE_OF_FIGURE.fullmatch(doc.text, x.end, d.start)]
        if told_with:
            if told_with[0] is n:
                return d.value      # "to 1,502 in 2012, 1,514 in 2013": each figure's own year, after it
            continue
        g = gap(n, d)
        if any(gap(x, d) < g or gap(x, d) == g and x.end <= d.start for x in others):
            continue    # "fell from 30,023 in 2017 to 11,490 at the end of 2018": 2017 is the other figure's
        if best is None or g < best[0]:
            best = (g, d.value)
    if best and YEAR_BEFORE_AFTER.match(doc.text, n.end) and re.match(r"\d{4}$", best[1]):
        return str(int(best[1]) - 1)    # "90 came last year, down from 95 the year before": the year before that
    return best[1] if best else None


YEAR_BEFORE_AFTER = re.compile(expand_lemmas(r"(?i),?\s+(?:in\s+)?{YEAR_BEFORE}\b"))
HEADCOUNT_LIMIT = 500     # a group that large is a statistic, not the people of one happening
STATISTIC_AROUND = re.compile(r"(?i)\b(?:a|per|each|every)\s+year\b|\bannually\b|\bsince\b|\bso\s+far\b|\bin\s+total\b|"
                              r"\b" + PAST_SPAN + r"(?:years|decades)\b|"
                              r"\bas\s+of\b|\bin\s+recent\s+years\b|\b(?:first|second|third|fourth)\s+quarter\b|(?-i:\bQ[1-4]\b)")


def event_headcount(doc: Document, n: NumberMention, tallies: bool = False) -> bool:
    """Whether a number counts the people of one happening ("12 female workers arrived in the South"): a people
    count in a clause with a defection or return trigger is the event's, not a figure of workers abroad (C4). With
    ``tallies``, so is a tally of those who went ("since 2019, 40 North Korean nationals have been sent home"): the
    people of returns, never a count of workers still abroad."""
    if n.value >= HEADCOUNT_LIMIT or n.hedge and n.hedge.lower().endswith("estimated"):
        return False    # ("the estimated 300 workers of the North in the bloc must go home": a figure)
    clause = doc.clause_of(n.start)
    if clause is None or not tallies and STATISTIC_AROUND.search(doc.text, clause.start, clause.end):
        return False
    if INCIDENT_AFTER.match(doc.text, n.end, clause.end) or INCIDENT_BEFORE.search(doc.text, max(clause.start, n.start - 60), n.start):
        return True     # "police held 12 North Korean workers arrested for brewing", "150 workers protest", "guards
        #                 detained at least 64 North Koreans": who took part
    trig = event_lexicon()[0]
    a, b = max(clause.start, n.start - SENTENCE_REACH), min(clause.end, n.end + SENTENCE_REACH)
    for t in ("defection", "return"):
        for m in trig[t].finditer(doc.text, a, b):
            if BANNED_FROM.search(doc.text, max(clause.start, m.start() - 90), m.start()):
                continue    # "banned 200 of its nationals in Libya from returning home": nobody went; 200 is a figure
            if LIVE_THERE_NOW.match(doc.text, m.end()):
                continue    # "a dozen defectors call Ohio home": who live there now; a dozen is a figure
            lo, hi = (n.end, m.start()) if n.end <= m.start() else (m.end(), n.start)
            if not any(x is not n and not x.is_year for x in doc.within(doc.numbers, lo, hi)):
                return True     # "Of the 48 who held visas, 42 have gone home": 42 is the event's, 48 a figure
    # "denied visa extensions for about 20 North Korean laborers": the people one measure struck
    return any(m.start() <= n.start < m.end() for m in trig["sanction"].finditer(doc.text, a, b))


# the people of one incident, named right after their number: an arrest, a protest, a strike
INCIDENT_AFTER = re.compile(r"(?i)(?:(?![.;])[^\d]){0,60}?\b(?:arrested|detained|caught|jailed|protest(?:ed|ing)?|rioted|rose\s+up|"
                            r"(?:went|go|going)\s+on\s+strike|staged\s+(?:a\s+)?(?:strike|protest|walkout))\b")


# (or before it: "have detained at least 30 of the North's sailors", "stopped the illegal fishing activities of 30 crewmen";
# not a sweep of all a host holds: "rounding up some 140 workers whose permits have expired" counts them)
INCIDENT_BEFORE = re.compile(r"(?i)\b(?:detain(?:s|ed|ing)?|arrest(?:s|ed|ing)?|caught|catch(?:es|ing)?|seiz(?:e|es|ed|ing)|"
                             r"apprehend(?:s|ed|ing)?|stopped\s+the\s+(?:[\w-]+\s+){0,2}?activities\s+of)\s+"
                             r"(?:(?:at\s+least|about|some|nearly|around|more\s+than|over|up\s+to)\s+)?$")
# the second day of a pair ("on October 1 and 2", "between May 3 and 5"): a date, not a count
DAY_PAIR_BEFORE = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                             r"\s*(?:and|or|to|through|[-–])\s*$")


# figures below these are of one place's workers or restaurants (a site, a city, a country's share), never the whole
# network abroad (tens of thousands of workers, about 130 restaurants)
LOCAL_FIGURE = {"overseas_worker_count": 10_000, "restaurant_count": 20}


# A table of yearly figures, one row a line, whose cells may have run together when the page became text ("Year |
# Defectors", then "2001 | 1,043" or "20011,043", "2023 (to June)99"): the year, then its figure. Read when a header
# line opens with "Year", at least TABLE_ROWS rows follow with the years in order, and the header or the lines just
# before it say what is counted.
TABLE_HEAD = re.compile(r"(?im)^[ \t]*years?(?-i:(?![a-z]))[^\n]{0,80}$")     # ("YearNorth Korean": cells run together)
TABLE_ROW = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<part>[ \t]*\([^()\n]{0,30}\))?[ \t|:;,–-]*"
                       r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})[ \t]*(?:\n|$)")
TABLE_GAP = re.compile(r"(?P<year>(?:19|20)\d\d)[ \t|:;,–-]*(?:N/?A|n/?a|-|–|—)?[ \t]*(?:\n|$)")     # a row with no figure
TABLE_ROWS = 3
TABLE_LEAD = 400        # characters before the header that may say what the table counts
TABLE_METRICS = (("defector_arrivals", re.compile(r"(?i)defector|refugee|escapee|arrivals")),
                 ("overseas_worker_count", re.compile(r"(?i)workers|labou?rers")),
                 ("restaurant_count", re.compile(r"(?i)restaurants")))


def year_table(doc: Document) -> list[dict]:
    """The claims of a table of yearly figures (see TABLE_HEAD)."""
    text, out = doc.text, []
    for head in TABLE_HEAD.finditer(text):
        lead = text[max(0, head.start() - TABLE_LEAD):head.end()]
        metric = next((m for m, words in TABLE_METRICS if words.search(lead)), None)
        if metric is None or not NK_CONTEXT.search(lead):
            continue
        at = head.end() + 1
        # (the rest of a header that broke over lines: "North Korean\nDefectors")
        while not TABLE_ROW.match(text, at) and not TABLE_GAP.match(text, at) and 0 < text.find("\n", at) - at + 1 <= 40:
            at = text.find("\n", at) + 1
        rows, last_year = [], 0
        while (row := TABLE_ROW.match(text, at) or TABLE_GAP.match(text, at)) and int(row.group("year")) > last_year:
            last_year, at = int(row.group("year")), row.end()
            if row.re is TABLE_ROW:
                rows.append(row)
        if len(rows) < TABLE_ROWS:
            continue
        for row in rows:
            start, end = row.start(), row.end("n")
            out.append({"metric": metric, "value": float(row.group("n").replace(",", "")), "value_max": None,
                        "approx": False, "country": None, "period": None if row.group("part") else "year",
                        "attributed_to": None, "as_of": row.group("year"), "hedge": None, "place": None,
                        "evidence": [{"start": start, "end": end}], "text": text[row.start("n"):end]})
    return out


def sole_host(doc: Document) -> str | None:
    """The one country abroad every place the article's body names lies in, when there is one (the North and the South
    aside, and a capital that acts: "Beijing's deadline")."""
    found = {p.place.country for p in doc.places if p.place.country not in KOREAS and not actor_possessive(doc.text, p)
             and doc.sentence_of(p.start) in doc.body_sentences}
    return found.pop() if len(found) == 1 else None


def extract_claims(doc: Document) -> list[dict]:
    out: list[dict] = []
    topic = None
    measured = None     # the metric the previous sentence gave a figure for
    recent, gap = None, 0     # the metric of the last sentence that gave a figure, and the sentences since that left it
    last_country = None
    prev_scope: dict[str, str] = {}     # the countries the previous sentence's figures were scoped to, by metric
    prev_scope_metrics: set[str] = set()
    for sent in doc.sentences:
        seg = doc.text[sent.start:sent.end]
        t = topic_of(doc.text, sent.start, sent.end, folded(doc))
        prev_topic = t or (measured if measured and (REFERS_BACK.match(doc.text, sent.start, sent.end)
                                                     or PART_OF_THEM.search(seg) or PART_APPOSED.search(seg))
                           else topic)
        if prev_topic is None and measured == "overseas_worker_count" and PART_WORKS_IN.match(doc.text, sent.start, sent.end):
            prev_topic = measured     # "... 9,000 North Koreans work in Africa. Some 900 work in Namibia": a part
        metric_in_sentence = None
        first_of_sentence = len(out)
        for n in doc.within(doc.numbers, sent.start, sent.end):
            if any(d.start <= n.start < d.end for d in doc.dates) \
                    or n.value <= 31 and DAY_PAIR_BEFORE.search(doc.text, max(sent.start, n.start - 24), n.start):
                continue
            if n.hedge in ("thousands", "hundreds", "dozens", "hundreds of thousands", "tens of thousands"):
                continue
            if SEX_PART_AFTER.match(doc.text, n.end):
                continue    # "34,314, with 9,568 men and 24,746 women": a figure's parts by sex, no figure of their own
            # (a yearly sum right after a figure is that figure's takings: "... a network of 90 eateries. Officials think
            # it brings in up to $30 million a year")
            metric = classify(doc, sent, n, prev_topic or (measured if n.money else None))
            nxt = respectively_next(doc, sent, n)
            if metric is None and nxt is not None:
                metric = classify(doc, sent, nxt, prev_topic)     # "80,000 and 40,000 labourers respectively": both
            digits = n.start + len(LEAD_WORDS.match(doc.text, n.start, n.end).group(0))    # ("from 33": "from" is the number's)
            changed = metric is None and metric_in_sentence and not n.money and not n.is_year and bool(CHANGE_BEFORE.search(
                doc.text, max(sent.start, n.start - 20), digits)) and metric_in_sentence != "host_country_count" \
                and not OF_PART_AFTER.match(doc.text, n.end) \
                and not planned_target(doc, sent, n)
            #     ("240 in the province and 30 of them would be tried": a part; "a cut from 500 to 300 is planned": a target)
            if changed:
                metric = metric_in_sentence
            if metric is None and metric_in_sentence and metric_in_sentence != "host_country_count" and not n.is_year \
                    and NUMBER_REACHED_BEFORE.search(doc.text, max(sent.start, n.start - 40), digits):
                metric = metric_in_sentence     # "about 10,000 had arrived by 2007, and by 2010 the number reached 20,360"
            if metric is None and n.value >= 2 and metric_in_sentence in ("restaurant_count", "overseas_worker_count") \
                    and (PART_OF_BEFORE.search(doc.text, max(sent.start, n.start - 30), n.start)
                         and IN_PLACE_AFTER.match(doc.text, n.end) or REMAINING_AFTER.match(doc.text, n.end)
                         or OF_THEM_IN_AFTER.match(doc.text, n.end)
                         or ARE_IN_AFTER.match(doc.text, n.end)
                         or LIST_JOIN_BEFORE.search(doc.text, max(sent.start, n.start - 8), n.start)
                         and IN_COUNTRY_AFTER.match(doc.text, n.end)):
                metric = metric_in_sentence      # a part of the figure just given, scoped to a country; what is left;
                #                                  the next parts of a list ("90 are in China, nine in Russia and four in Vietnam")
            if metric is None and n.value >= 2 and metric_in_sentence == "defector_arrivals" \
                    and (PART_OF_BEFORE.search(doc.text, max(sent.start, n.start - 30), n.start)
                         or ELIDED_BEFORE.search(doc.text, max(sent.start, n.start - 12), n.start)) \
                    and (YEAR_PART_AFTER.match(doc.text, n.end) or MONTH_PART_AFTER.match(doc.text, n.end)):
                metric = metric_in_sentence      # "25,000 reached Seoul so far, including 990 in 2015": that year's part;
                #                                  "some 9,000 have fled since 1990; 640 last year alone": its verb left out
            if metric is None and measured == "defector_arrivals" and not n.is_year \
                    and THERE_WERE_IN_YEARS.fullmatch(doc.text, sent.start, n.start) \
                    and YEAR_PART_AFTER.match(doc.text, n.end):
                metric = measured   # "250 came last year. There were 80 in 2028 and 95 in 2029": the years before
            told = {c["metric"] for c in out}
            series = metric_in_sentence or ((measured or recent if gap < RECENT_REACH else
                                             next(iter(told)) if len(told) == 1 else None)
                                            if FIGURE_NOUN.search(doc.text, sent.start, sent.end) else None)
            #        ("... 1,086 in the first nine months. It first passed 1,000 in 2002. The yearly number stood at
            #        2,553 for 2007, 2,804 for 2008": a series of the figure told two sentences before, or further
            #        back when it is the only kind of figure the text has told)
            if metric is None and series in ("defector_arrivals", "overseas_worker_count", "restaurant_count") \
                    and n.value >= 2 and not n.is_year \
                    and (YEAR_AFTER.match(doc.text, n.end) or NEXT_QUARTER_AFTER.match(doc.text, n.end)) \
                    and SERIES_BEFORE.search(doc.text, max(sent.start, n.start - 22), n.start):
                metric = series     # "The numbers continued to dwindle, with 63 in 2021 and 67 in 2022"
            counted = [m for m in prev_scope_metrics if m in ("restaurant_count", "overseas_worker_count")]
            if metric is None and n.value >= 2 and len(counted) == 1 and metric_in_sentence is None \
                    and ARE_IN_AFTER.match(doc.text, n.end) and PARTS_LEAD.match(doc.text, sent.start, n.start):
                metric = counted[0]      # "... runs around 130 restaurants abroad. Some 90 are in China, ...": its parts
            if metric is None:
                continue
            if metric == "overseas_worker_count" and event_headcount(doc, n, tallies=True):
                continue
            if metric == "defector_arrivals" and WENT_BACK_NORTH.search(doc.text, max(sent.start, n.start - 120), n.start):
                continue    # "defectors who crossed back into the North: three in 2015, four in 2016": gone back, no arrivals
            if metric != "host_country_count" or metric_in_sentence is None:
                metric_in_sentence = metric     # ("80 eateries across 9 countries": a figure of restaurants, and where)
            value = n.value
            value_max = n.value_max
            period = None
            tally = route_tally(doc.text, n, sent) if metric == "defector_arrivals" else None
            if metric == "defector_arrivals":
                # (an aside after the figure is read past: "75 came -- mostly women -- during the year")
                window = doc.text[max(sent.start, n.start - 60):n.end] + ASIDE.sub(
                    " ", doc.text[n.end:min(sent.end, n.end + 60 + ASIDE_MAX)])[:60]
                yearly = YEARLY.search(window) \
                    or YEAR_OF_DEFECTION.match(doc.text, n.end, sent.end)     # ("10 of the elite ... defected last year")
                if yearly and not PER_YEAR.search(window) and STOCK_IN_SOUTH.search(doc.text, sent.start, n.start):
                    yearly = None   # "the number of defectors in South Korea passed 20,000 last year": when the
                    #                 stock reached it, not a year's arrivals
                since = max((m.end for m in doc.within(doc.numbers, sent.start, n.start) if m.end <= n.start),
                            default=sent.start)
                stock = STOCK_CUE.search(doc.text, since, n.start) or STOCK_AFTER.match(doc.text, n.end)
                part = None if stock else min(PART_OF_YEAR.finditer(doc.text, sent.start, sent.end), default=None,
                                              key=lambda m: abs(m.start() - n.start))    # (the cue nearest the figure)
                half = part and HALF_YEAR.search(part.group(0))
                if part and not half and OF_THE_YEAR_AFTER.match(doc.text, part.end()):
                    yearly = None     # "76 entered in the third quarter of this year": the quarter's, not the year's
                period = "year" if yearly or half else None if part else "cumulative"
                #        (the part of the year told anywhere in the sentence: "In total, 640 fled to the South, down
                #        from 702 in the same period", but not a stock told with it: "the total stood at 27,518, with
                #        1,028 in the first seven months": the words since the figure before are this one's)
                if tally:       # (its time may be told far after the figure)
                    period = "year" if tally.group("year") or tally.group("yearly") else "cumulative"
                if changed and len(out) > first_of_sentence and out[-1]["metric"] == metric:
                    period = out[-1]["period"]     # "2,000 a year, until numbers fell to about 900": the same kind of figure
                elif out and out[-1]["metric"] == metric \
                        and PART_APPOSED_BEFORE.search(doc.text, max(sent.start, n.start - 80), n.start):
                    period = out[-1]["period"]     # ("Most of the arrivals, 456, were women": the whole's time)
                if period == "cumulative" and event_headcount(doc, n):
                    continue    # "Nine defectors landed in the South today, which brings the total to 8,310", "twelve
                    #             men fled to the South in May": a group that went, the happening's; the total is the figure
            country = respective_country(doc, sent, n) or scope_country(doc, sent, n, last_country)
            if WORLDWIDE_AFTER.match(doc.text, n.end):
                country = None      # "some 70,000 worldwide", told after a host: the whole abroad, no one land
            if tally:
                caught_in = [p.place.country for p in doc.within(doc.places, n.end, tally.end())
                             if p.place.country not in HOME and not FROM_BEFORE.search(doc.text, p.start - 6, p.start)]
                country = caught_in[0] if caught_in else country     # where they were caught, not whence they came
            if metric == "overseas_worker_count" and placed_in_the_north(doc, sent):
                continue    # "54,000 North Korean employees" of the factories at a town in the North: at home, not abroad
            if metric == "restaurant_count" and country == "KR":
                continue    # "seven North Korean restaurants in Seoul": the cuisine in the South, not the North's network
            if metric == "defector_arrivals" and country == "KR":
                country = None      # "2,000 a year reach the South": where the metric ends, not a narrower scope (the
                #                     contract's country for arrivals is a route: "via Thailand")
            if country is None and changed and len(out) > first_of_sentence:
                country = out[-1]["country"]     # "three were living in Malta, down from 33 and 30": the same scope
            lo, hi = max(sent.start, n.start - SENTENCE_REACH), min(sent.end, n.end + SENTENCE_REACH)
            if country is None and metric in prev_scope and SAME_FIGURE.search(doc.text, lo, n.start) \
                    and not any(p.place.country not in HOME for p in doc.within(doc.places, lo, hi)):
                country = prev_scope[metric]     # "Russia hosted 30,000 ... By 2018, the figure had fallen to 11,000"
            place = scope_city(doc, sent, n, country) if metric == "restaurant_count" else None
            each = EACH_IN_AFTER.match(doc.text, n.end)
            listed = countries_listed(doc, each.end(), sent.end) if each else []
            if listed:
                country, place = listed[0], None
            estimated = bool(ESTIMATED_THAT.search(doc.text, max(sent.start, n.start - 40), n.start))
            passed = not n.approx and bool(PASSED_BEFORE.search(doc.text, max(sent.start, n.start - 30), n.start))
            claim = {
                "metric": metric,
                "value": int(value) if float(value).is_integer() else value,
                "value_max": (int(value_max) if value_max is not None and float(value_max).is_integer() else value_max),
                "approx": n.approx or estimated or passed,
                "country": country,
                "period": period,
                "attributed_to": attribution(doc, sent, n),
                "as_of": as_of(doc, sent, n),
                "hedge": n.hedge if n.approx else "estimated" if estimated else "more than" if passed else None,
                "place": place,
                "evidence": [{"start": sent.start, "end": sent.end}],
                "text": doc.text[n.start:n.end],
            }
            out.extend({**claim, "country": other, "value_max": None} for other in listed[1:])   # ("three each in X and Y")
            out.append(claim)
        mine = out[first_of_sentence:]
        if len(mine) >= 2 and mine[0]["country"] is None and mine[1]["metric"] == mine[0]["metric"] \
                and DOWN_FROM_LEAD.match(doc.text, sent.start):
            mine[0]["country"] = mine[1]["country"]     # "Up from 300, some 900 … now work in Laos": one scope
        topic = t or (topic if not seg.strip().endswith("?") else topic)
        measured = metric_in_sentence
        recent, gap = (metric_in_sentence, 0) if metric_in_sentence else (recent, gap + (not FIGURE_NOUN.search(seg)))
        #             (sentences that go on about "the number" keep its thread)
        prev_scope = {c["metric"]: c["country"] for c in out[first_of_sentence:] if c["country"]}
        prev_scope_metrics = {c["metric"] for c in out[first_of_sentence:]}     # what the sentence gave figures for
        for p in doc.within(doc.places, sent.start, sent.end):
            if p.place.country not in KOREAS and not actor_possessive(doc.text, p):
                last_country = p.place.country     # ("over Washington's objections": an actor, not where they are)
    out += year_table(doc)
    host = sole_host(doc)
    for c in out:
        if c["country"] is None and host and (c["value_max"] or c["value"]) < LOCAL_FIGURE.get(c["metric"], 0):
            c["country"] = host     # "About 2,000 workers ... occupied a plant" in a story told wholly in China: China's
    # One claim per metric and value in an article: a figure repeated is one claim with more evidence.
    # (The same figure for two countries is two claims: "6,000 in Kuwait, ... of 2,000 in Qatar".)
    merged: list[dict] = []
    for c in out:
        same = next((m for m in merged if (m["metric"], m["value"], m["value_max"]) == (c["metric"], c["value"], c["value_max"])
                     and (m["country"] == c["country"] or m["country"] is None or c["country"] is None)), None)
        if same is not None:
            same["evidence"].extend(e for e in c["evidence"] if e not in same["evidence"])
            for k in ("attributed_to", "country", "period", "as_of", "hedge", "place"):
                same[k] = same[k] or c[k]
            same["approx"] = same["approx"] or c["approx"]
        else:
            merged.append(c)
    return merged
