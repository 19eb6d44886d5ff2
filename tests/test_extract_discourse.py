"""What the extractor reads beyond one sentence and one inflection: group phrases, verb forms, who issues and who
tells, the story's time, and the discourse that places a restaurant. Every text here is invented for the test."""

from __future__ import annotations

import pytest

from nkwatch.extract.dates import find_dates
from nkwatch.extract.groups import find_groups
from nkwatch.extract.lexicon import expand_lemmas, inflect
from nkwatch.extract.sentences import is_hard_wrapped, split_sentences
from nkwatch.pipeline import extract_records


# a sentence that makes a one-sentence probe an article about the North's workers (relevant) and yields no event
ON_WORKERS = "North Korea sends its workers abroad to bring cash home to Pyongyang. "


def extract(text: str, published: str = "2019-06-14", **extra) -> dict:
    return extract_records([{"doc_id": "t", "published": published, "text": text, **extra}])[0]


def events_of(rec: dict, etype: str) -> list[dict]:
    return [e for e in rec["events"] if e["type"] == etype]


@pytest.mark.parametrize("phrase,count,male,female", [
    ("a diplomat, his wife and two sons", 4, 3, 1),
    ("the attaché fled with his wife and three daughters", 5, 1, 4),
    ("eight waitresses and their manager", 9, 1, 8),
    ("11 of the hotel's cooks and one manager", 12, 1, None),
    ("the couple", 2, None, None),
    ("four women workers", 4, None, 4),
    ("the waitresses and their manager", None, 1, None),
    ("the manager of a North Korean restaurant in Dubai and his deputy", 2, 1, None),   # the workplace between
])
def test_group_phrases_compose_a_count_with_its_sexes(phrase, count, male, female):
    [g] = find_groups(phrase, 0, len(phrase))
    assert (g.count, g.male, g.female) == (count, male, female)


@pytest.mark.parametrize("text,count", [
    ("Malaysia expelled North Korea's ambassador after the murder at the airport in March.", 1),
    ("North Korea's deputy ambassador in London has defected with his family to South Korea.", None),  # how many?
    ("North Korea's ambassador in Rome, his wife and children have defected to a Western country.", None),
])
def test_the_holder_of_a_post_is_one_unless_an_uncounted_family_goes_too(text, count):
    [e] = [e for e in extract(text)["events"] if e["type"] in ("defection", "return")]
    assert e["count"] == count


def test_a_group_read_across_a_clause_break_counts_everyone():
    rec = extract("Seven North Korean waitresses, and their manager, fled a restaurant in Vientiane, Laos, last week "
                  "and are now in Seoul, officials said.")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["male"], e["female"]) == (8, 1, 7)


@pytest.mark.parametrize("lemma,forms", [
    ("flee", {"flee", "flees", "fled", "fleeing"}),
    ("slip", {"slip", "slips", "slipped", "slipping"}),
    ("reach", {"reach", "reaches", "reached", "reaching"}),
    ("close", {"close", "closes", "closed", "closing"}),
    ("carry", {"carry", "carries", "carried", "carrying"}),
])
def test_a_verb_lemma_gives_every_form(lemma, forms):
    assert set(inflect(lemma)) == forms


def test_a_lexicon_pattern_expands_its_lemmas():
    assert expand_lemmas(r"{seek}\s+asylum").startswith("(?:")
    assert "sought" in expand_lemmas("{seek}")


def test_a_timeline_in_the_historical_present_yields_its_events():
    rec = extract("Two North Korean waitresses slip out of a restaurant in Kunming, China. They reach Seoul via Laos "
                  "and Thailand a month later.", published="2021-03-01")
    assert events_of(rec, "defection"), rec["events"]


def test_a_habit_in_the_present_is_no_event():
    rec = extract("Mongolia deports most North Korean escapees to the South. The North runs a restaurant in "
                  "Ulaanbaatar that stays open long after the bar closes.")
    assert not events_of(rec, "return") and not events_of(rec, "closure")


def test_recalled_is_a_return_only_of_people():
    memory = extract("A cook at the North Korean restaurant in Yangon recalled the songs the waitresses sang.")
    assert not events_of(memory, "return")
    people = extract("Pyongyang recalled its restaurant workers from Yangon, Myanmar, in March, the ministry said.")
    assert events_of(people, "return")


@pytest.mark.parametrize("text,issuer", [
    ("Japan imposed its own sanctions on North Korean firms in March, cutting the restaurants' earnings.", "JP"),
    ("The government has asked South Koreans to stay away from North Korean restaurants abroad.", "KR"),
    ("The North's restaurants in Vietnam suffer as sanctions bite, according to a U.N. report on North Korea.", None),
    ("A North Korean restaurant in Cambodia closed amid international sanctions on North Korea.", None),
])
def test_a_sanction_has_the_issuer_the_text_ties_to_it_or_none(text, issuer):
    rec = extract(text)
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ([issuer] if issuer else [])


def test_the_teller_decides_the_status():
    official = extract("Three North Korean waitresses who fled a restaurant in Shenyang, China, arrived in Seoul last "
                       "week, the Unification Ministry said.")
    hearsay = extract("Three North Korean waitresses who fled a restaurant in Shenyang, China, arrived in Seoul last "
                      "week, a source told a local newspaper.")
    hedged = extract("Three North Korean waitresses are believed to have fled a restaurant in Shenyang, China, "
                     "police said.")
    assert [e["status"] for e in events_of(official, "defection")] == ["confirmed"]
    assert [e["status"] for e in events_of(hearsay, "defection")] == ["reported"]
    assert [e["status"] for e in events_of(hedged, "defection")] == ["reported"]


@pytest.mark.parametrize("teller", [
    "an official familiar with the case said",                     # an authority that is not named: unnamed source
    "a police officer who asked not to be named said",
    "reports the Pyeonghwa Daily",                                 # another outlet tells it, after the verb
])
def test_an_unnamed_official_or_another_outlet_only_reports(teller):
    rec = extract(f"Three North Korean waitresses fled a restaurant in Shenyang, China, in May, {teller}.")
    assert [e["status"] for e in events_of(rec, "defection")] == ["reported"]


@pytest.mark.parametrize("teller,status", [
    ("Laos said, according to Radio Free Asia", "confirmed"),      # the outlet relays the state's word
    ("a source said, according to Radio Free Asia", "reported"),
    ("figures on the website of a UN panel showed", "confirmed"),
])
def test_who_tells_through_whom(teller, status):
    rec = extract(f"All 14 North Korean workers of a restaurant in Vientiane, Laos, were sent home in May, {teller}.")
    assert [e["status"] for e in events_of(rec, "return")] == [status]


@pytest.mark.parametrize("text,date", [
    ("It's two months since North Korea's ambassador to Italy went missing with his wife, officials said.", "2019-04"),
    ("In its 2017 sanctions implementation report, Myanmar said the government deported a North Korean diplomat "
     "who ran a restaurant in Yangon.", None),             # the report's year, not the deportation's
    ("About 300 North Korean workers have been sent home from Kuwait, figures on a UN panel's website showed "
     "Thursday.", None),                                     # when it was shown, not when they went
])
def test_the_date_of_a_telling_is_not_the_happenings(text, date):
    [e] = [e for e in extract(text)["events"] if e["type"] in ("defection", "return")]
    assert e["date"] == date


def test_a_confirmation_the_text_says_is_missing_confirms_nothing():
    told = "A North Korean cook who worked at a restaurant in Dalian, China, defected to South Korea in March."
    assert [e["status"] for e in events_of(extract(told), "defection")] == ["confirmed"]
    for missing in ("Seoul has not confirmed the defection.", "There has been no official confirmation of the defection.",
                    "The defection could not be independently verified."):
        rec = extract(f"{told} {missing}")
        assert [e["status"] for e in events_of(rec, "defection")] == ["reported"], missing


def test_its_closure_in_a_month_dates_the_closure_it_refers_to():
    rec = extract("North Korea's Okryu restaurant in Vientiane, Laos, abruptly closed its doors. Ever since its closure in "
                  "February, the staff have not been seen.", published="2019-07-02")
    assert [e["date"] for e in events_of(rec, "closure")] == ["2019-02"]


def test_the_past_few_months_date_a_happening_to_the_year_and_anchor_nothing():
    text = ("North Korea has shut eight restaurants in Southeast Asia, a magazine said. Diners were few. Staff were "
            "sent home. Over the past few months, the North has closed eight restaurants in Thailand and Laos.")
    [closure] = events_of(extract(text, published="2019-09-05"), "closure")
    assert closure["date"] == "2019" and closure["status"] == "reported"   # one happening, told by the magazine
    assert "date" in closure.get("inferred", [])
    [early] = events_of(extract(text, published="2019-02-05"), "closure")
    assert early["date"] is None       # in February those months reach into the year before


@pytest.mark.parametrize("text,count", [
    ("The North Korean Okryu restaurant in Vientiane, Laos, has shut, and all 14 North Korean nationals working "
     "there have been ordered to return home, the government said.", 14),          # an expulsion told as done
    ("North Korea has withdrawn its 30 workers from the Okryu restaurant in Vientiane, Laos.", 30),
    ("The North Korean Okryu restaurant in Vientiane, Laos, has closed, and its workers have gone home.", None),
])
def test_a_return_told_as_an_order_a_withdrawal_or_the_staff_of_a_closure(text, count):
    [ret] = events_of(extract(text), "return")
    assert ret["count"] == count


def test_a_second_trigger_set_apart_in_time_with_its_own_group_is_another_defection():
    rec = extract("Four North Korean waitresses fled a restaurant in Dalian, China, on May 10. The defections took "
                  "place a month after a group of 11 cooks fled another North Korean restaurant in Harbin.")
    assert sorted((e["count"], e["workplace"]["city"]) for e in events_of(rec, "defection")) == \
        [(4, "Dalian"), (11, "Harbin")]
    one = extract("Four North Korean waitresses fled a restaurant in Dalian, China, and defected to South Korea.")
    assert len(events_of(one, "defection")) == 1


@pytest.mark.parametrize("text,workplace,transit", [
    ("The attaché at North Korea's embassy in London fled with his wife and three daughters to South Korea.",
     ("London", "GB"), []),                                     # the post they left
    ("Three North Korean waitresses from a restaurant in Ningbo sought refuge at the South Korean embassy in "
     "Bangkok in May.", ("Ningbo", "CN"), ["TH"]),                # the South's embassy: a stop on the way
])
def test_the_norths_own_mission_is_the_workplace_the_souths_a_stop(text, workplace, transit):
    [e] = events_of(extract(text), "defection")
    assert ((e["workplace"]["city"], e["workplace"]["country"]), e["transit"]) == (workplace, transit)


@pytest.mark.parametrize("text", [
    "A 2017 UN Security Council resolution demanded that all countries repatriate all North Korean workers by 2019.",
    "The resolution requires member states to send home every North Korean earning income abroad.",
    "Waitresses who flee North Korean restaurants in China are at risk of being arrested and repatriated.",
])
def test_a_measure_or_a_risk_is_no_return(text):
    assert events_of(extract(text), "return") == []


def test_an_order_to_return_that_may_come_is_no_return():
    rec = extract("The 14 North Korean nationals working at the Okryu restaurant in Vientiane, Laos, could be "
                  "ordered to return home, the government said.")
    assert events_of(rec, "return") == []


def test_what_a_relative_clause_opens_is_its_heads():
    street = extract("The North Korean restaurant in Ningbo sits on a pedestrian street for tourists that opened in "
                     "late September last year.", published="2016-04-12")
    assert events_of(street, "opening") == []
    branch = extract("Staff moved to a North Korean restaurant in Ningbo, China, that opened in late September.",
                     published="2016-04-12")
    assert [e["date"] for e in events_of(branch, "opening")] == ["2015-09"]


def test_the_restaurant_asked_about_paragraphs_later_is_the_one_closure_told():
    rec = extract("North Korea's Okryu restaurant in Vientiane, Laos, abruptly closed its doors in February. Diners "
                  "were surprised. The embassy said nothing. Staff were not seen. Neighbours wondered. A cook "
                  "from the bakery next door talked of the menu. When asked why the restaurant had shut down, the "
                  "landlord blamed a fall in Chinese tourists.", published="2019-07-02")
    assert len(events_of(rec, "closure")) == 1


def test_a_city_before_the_noun_places_the_restaurant():
    rec = extract("Three waitresses fled a North Korean restaurant in Ningbo in April. North Korean singers perform "
                  "at the company's Phnom Penh restaurant every night.")
    assert sorted((r["city"], r["country"]) for r in rec["restaurants"]) == [("Ningbo", "CN"), ("Phnom Penh", "KH")]


def test_another_restaurant_is_one_more_not_the_one_before():
    rec = extract("Three waitresses fled a North Korean restaurant in Ningbo in April. In May, three more fled "
                  "another Pyongyang-operated restaurant in China.")
    assert sorted((r["city"] or "", r["country"]) for r in rec["restaurants"]) == [("", "CN"), ("Ningbo", "CN")]


def test_another_in_a_lede_is_the_restaurant_told_next():
    rec = extract("Another North Korean restaurant in Vietnam has closed, sources said. The Koryo restaurant in Ho Chi "
                  "Minh City shut last week.")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Koryo", "Ho Chi Minh City")]


def test_a_list_of_resolutions_is_one_measure_each():
    rec = extract("Three waitresses fled a North Korean restaurant in Ningbo in April. The restaurant broke UN Security "
                  "Council Resolutions 2375 and 2397, which mandate that North Korean workers return home.")
    assert sorted(e["instrument"] for e in events_of(rec, "sanction")) == ["UNSCR 2375", "UNSCR 2397"]


def test_the_famous_restaurant_named_in_passing_does_not_place_the_one_told_next():
    rec = extract("Kim worked at a North Korean restaurant in Kunming for three years. Unlike the Ningbo restaurant, "
                  "hers had no guards. She heard later that the restaurant was shut a few weeks after she left.",
                  published="2016-06-01")
    assert [e["workplace"]["city"] for e in events_of(rec, "closure")] == ["Kunming"]


@pytest.mark.parametrize("text,etype", [
    ("The North Korean Ryugyong restaurant in Dandong, China, suspended its business on Monday.", "closure"),
    ("Russia's foreign ministry says Moscow has returned most North Korean guest workers in the country.", "return"),
    ("Diners queue at the newly-opened Pyongyang restaurant in Amsterdam, Netherlands.", "opening"),
    ("China's closure order for North Korean businesses took effect in January.", "sanction"),
    ("Nepal gave North Koreans a two-month ultimatum to close their businesses.", "sanction"),
    ("Nepal bans North Korean investment after UN sanctions.", "sanction"),
])
def test_more_words_for_each_happening(text, etype):
    rec = extract(LEDE + text, published="2019-11-20")
    assert etype in [e["type"] for e in rec["events"]]


def test_leaving_a_country_that_sends_them_home_is_a_return():
    sent = extract("Nepal had ordered North Korean businesses to close under UN sanctions. So far, a total of 44 "
                   "North Koreans have left the country.", published="2019-12-05")
    assert [(e["type"], e["count"], e["workplace"]["country"]) for e in sent["events"] if e["type"] != "sanction"] \
        == [("return", 44, "NP")]                                   # "the country" is the one the story is in
    fled = extract("Four North Korean waitresses have left the country and sought asylum in South Korea.",
                   published="2019-12-05")
    assert [e["type"] for e in fled["events"]] == ["defection"]


@pytest.mark.parametrize("text,people", [
    ("North Korea's deputy ambassador in London, Thae Yong-ho, defected to South Korea with his family.",
     ["Thae Yong-ho"]),
    ("Myanmar deported Kim Chol Nam, a North Korean diplomat, in 2017.", ["Kim Chol Nam"]),
    ("A North Korean waitress Ri Su-hyang fled the restaurant in Siem Reap, Cambodia, in May.", ["Ri Su-hyang"]),
    ("Lee Min-ho, a defector who runs a Seoul research group, said three waitresses had fled a North Korean "
     "restaurant in Shanghai in April.", []),                               # who tells is no participant
])
def test_people_named_beside_a_happening_are_its_participants(text, people):
    [e] = [e for e in extract(text, published="2019-09-20")["events"] if e["type"] in ("defection", "return")]
    assert e.get("participants", []) == people


@pytest.mark.parametrize("text,country", [
    ("Senior North Korean envoy Pak Chol-min, who vanished from the country's embassy in Italy, has defected to the "
     "South, officials in Seoul confirmed.", "IT"),
    ("North Korea's deputy ambassador to the U.K., Pak Chol-min, has defected to South Korea with his family.", "GB"),
])
def test_a_named_defector_is_an_event_at_his_post(text, country):
    [e] = events_of(extract(text, published="2019-09-20"), "defection")
    assert (e["participants"], e["workplace"]["kind"], e["workplace"]["country"], e["transit"]) == \
        (["Pak Chol-min"], "embassy", country, [])


def test_a_shortened_name_or_a_name_alone_tells_the_articles_one_defection_again():
    rec = extract("North Korea's ambassador to Peru, So Yong Nam, has defected to South Korea, officials said. So Yong "
                  "Nam had left the embassy in Lima in March. Yong Nam had said he wanted to defect.", published="2019-09-20")
    assert len(events_of(rec, "defection")) == 1
    rec = extract("A North Korean diplomat posted in Peru defected to South Korea with his wife in September, lawmakers "
                  "said. The diplomat, who took the name Kang Min-su after arriving in the South, escaped through a "
                  "third country.", published="2019-10-07")
    assert [(e["count"], e["workplace"]["country"]) for e in events_of(rec, "defection")] == [(2, "PE")]


def test_one_named_defector_in_two_articles_is_one_event():
    recs = extract_records([
        {"doc_id": "a", "published": "2016-08-18", "text": "North Korea's deputy ambassador in London, Thae Yong-ho, "
                                                           "has defected to South Korea, Seoul said."},
        {"doc_id": "b", "published": "2016-12-27", "text": "Thae Yong-ho, a former North Korean diplomat who fled "
                                                           "his post, spoke to reporters in Seoul about the regime."}])
    clusters = {e["cluster"] for r in recs for e in r["events"] if e["type"] == "defection"}
    assert len(clusters) == 1


def test_a_closure_told_sentences_later_takes_the_restaurants_place():
    rec = extract("The Koryo-gwan restaurant in Siem Reap, Cambodia, was North Korea's first in the town. It drew "
                  "tour groups for a decade. The restaurant has now closed, residents said.")
    [e] = events_of(rec, "closure")
    assert (e["workplace"]["city"], e["workplace"]["country"]) == ("Siem Reap", "KH")


def test_a_named_restaurant_the_sentence_does_not_place_takes_the_paragraphs_place():
    rec = extract("In Dandong, China, business is slow for North Korea's restaurants. Staff at the Haebang "
                  "restaurant said few tourists come now.")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Haebang", "Dandong")]


def test_a_restaurant_placed_in_pyongyang_is_not_one_abroad():
    rec = extract("Diners queued at Okryu-gwan, founded in 1960 in Pyongyang, for its cold noodles.")
    assert rec["restaurants"] == []


def test_coordinated_names_are_one_restaurant_each_and_their_closure_one_event_each():
    rec = extract("Sources in Dandong, China, said business at North Korea's restaurants had collapsed. Haebang Gwan "
                  "and Chongun Gwan, two restaurants once full of tourists, recently closed, the sources said.",
                  published="2016-11-01")
    names = sorted(r["name"] for r in rec["restaurants"])
    assert names == ["Chongun Gwan", "Haebang Gwan"]
    assert sorted(e["workplace"]["name"] for e in events_of(rec, "closure")) == names


def test_a_bare_month_after_an_explicit_year_belongs_to_the_storys_time():
    text = "The group left in 2014. In April they reached Seoul. Later that year the restaurant closed."
    values = [d.value for d in find_dates(text, "2021-06-01")]
    assert values == ["2014", "2014-04", "2014"]


def test_a_month_told_in_the_news_own_time_stays_with_publication():
    text = "The restaurant opened in 2014. This summer, four workers reached Seoul in July."
    assert [d.value for d in find_dates(text, "2018-08-01")][-1] == "2018-07"


def test_the_dateline_stamp_and_the_day_a_statement_was_made_are_not_the_events_date():
    rec = extract("SEOUL, June 14 (Wire) -- Nine North Korean waitresses who worked at a restaurant in Vientiane, "
                  "Laos, have arrived in South Korea, the ministry said on Friday.\n\nThe women left the restaurant "
                  "in May, the ministry said.")
    [e] = events_of(rec, "defection")
    assert e["date"] == "2019-05"


def test_an_attribution_is_an_entity_never_a_fragment():
    rec = extract("The Unification Ministry believes North Korea runs about 130 restaurants in 12 countries, and "
                  "estimates that they earn the regime about $10 million a year.")
    sources = {c["metric"]: c["attributed_to"] for c in rec["claims"]}
    assert sources.get("annual_revenue_usd") == "Unification Ministry"


def test_an_events_headcount_is_no_figure_of_workers_abroad():
    rec = extract("Of the 48 North Koreans who held work visas in Nepal, 42 have gone home, the immigration "
                  "department said.")
    values = [c["value"] for c in rec["claims"] if c["metric"] == "overseas_worker_count"]
    assert 42 not in values


def test_hard_wrapped_text_is_read_by_paragraph_not_by_line():
    text = ("Two days later, seven of the restaurant's waitresses and one\nmanager arrived in Seoul, the South "
            "Korean capital, in the\nlargest group escape involving North Koreans in some years.\n"
            "How they planned and executed the trip remains a mystery\nto the police who investigated the case "
            "in the city.\nThe restaurant, now closed, sits on a pedestrian street for\ntourists that opened for "
            "business in late September last\nyear, shopkeepers said on the street.\n")
    assert is_hard_wrapped(text)
    sentences = split_sentences(text, wrapped=True)
    assert sentences[0].text.startswith("Two days later") and sentences[0].text.endswith("some years.")
    assert not is_hard_wrapped("One short line.\nAnother line that ends.\nA third.\nA fourth one.\nFive.\n")


@pytest.mark.parametrize("text,frame", [
    ("Estimates of the number of North Korean workers in Russia range from about 12,000 to as many as 45,000.",
     ("overseas_worker_count", 12000, 45000, True, "RU", None)),
    ("North Korea has between 50,000 and 60,000 workers abroad, the UN estimates.",
     ("overseas_worker_count", 50000, 60000, False, None, "UN")),
    ("North Korea runs some 100 to 130 restaurants in China, North Korea watchers say.",
     ("restaurant_count", 100, 130, True, "CN", "North Korea watchers")),
])
def test_a_claim_keeps_its_frame(text, frame):
    rec = extract(text)
    assert [(c["metric"], c["value"], c["value_max"], c["approx"], c["country"], c["attributed_to"])
            for c in rec["claims"]] == [frame]


LEDE = "Three waitresses fled a North Korean restaurant in Ningbo in April. "


def test_figures_of_a_fall_hold_at_their_own_dates():
    rec = extract(LEDE + "Russia said the number of North Korean workers in Russia had fallen from 30,023 in 2017 to "
                         "11,490 at the end of 2018.")
    assert [(c["value"], c["as_of"]) for c in rec["claims"]] == [(30023, "2017"), (11490, "2018")]


@pytest.mark.parametrize("text,expected", [
    ('As many as 800 North Korean "slave labourers" are working on building sites in Poland.',
     [("overseas_worker_count", 800, "PL", None)]),
    ("North Korea has sent over 50,000 people abroad to work, a UN researcher said.",
     [("overseas_worker_count", 50000, None, None)]),
    ("Last year, a total of 1,196 North Koreans, mostly women, defected to South Korea, Yonhap said.",
     [("defector_arrivals", 1196, None, "year")]),
    ("Of some 5,000 North Koreans working in Kuwait, 3,000 are left. And of 3,000 North Koreans on "
     "construction sites in Qatar, half have gone.",            # the same figure for two countries: two claims
     [("overseas_worker_count", 5000, "KW", None), ("overseas_worker_count", 3000, "KW", None),
      ("overseas_worker_count", 3000, "QA", None)]),
    ("North Korea runs about 120 restaurants abroad. Some 90 of them are in China.",
     [("restaurant_count", 120, None, None), ("restaurant_count", 90, "CN", None)]),
    ("date 2020-08-13 North Korean guest workers remain in China.", []),        # a date, not a range 8-13
    ("The number of North Korean migrant workers in Russia fell from 30,000 to 10,000 last year.",
     [("overseas_worker_count", 30000, "RU", None), ("overseas_worker_count", 10000, "RU", None)]),
    ("Four North Korean restaurant workers went missing in Mongolia, police said.", []),   # an event's headcount
    ("Researchers in Seoul believe some 20,000 North Koreans were still working in Chinese factories.",
     [("overseas_worker_count", 20000, "CN", None)]),            # the tellers' city is no scope
])
def test_a_figure_is_read_with_its_scope_and_period(text, expected):
    rec = extract(LEDE + text)
    assert [(c["metric"], c["value"], c["country"], c["period"]) for c in rec["claims"]] == expected




@pytest.mark.parametrize("text,expected", [
    ("Some 2,000 North Koreans are estimated to be working on building sites in Kuwait alone.",
     [("overseas_worker_count", 2000)]),
    ("This cafe is one of more than 90 North Korean establishments around the world, its manager says of the "
     "restaurants.", [("restaurant_count", 90)]),
    ("Over the summer North Korea closed 8 restaurants in Laos and Cambodia.", []),
    ("Haebang Gwan and Chongun Gwan, two restaurants run by North Korea, stand side by side in Dandong.", []),
    ("Pyongyang operates about 120 diners abroad, including some 70 in China.",     # diners it runs: restaurants
     [("restaurant_count", 120), ("restaurant_count", 70)]),
    ("In 2010 there were about 40 Korean restaurants in Phnom Penh, a North Korean waitress said.", []),
    ("Last year, 12 North Koreans working at a restaurant in Ningbo defected to the South.", []),
])
def test_a_figure_is_a_stock_not_an_event_or_an_apposition(text, expected):
    rec = extract(text)
    assert [(c["metric"], c["value"]) for c in rec["claims"]] == expected


def test_counted_and_elided_restaurants_are_one_entry_each():
    rec = extract("North Korea runs two restaurants in Vientiane, Laos, and three in the capital of Cambodia, "
                  "Phnom Penh. One of two North Korean restaurants in Yangon, Myanmar, has closed, while another in "
                  "Mandalay is still open.")
    places = sorted((r["city"] or "", r["country"]) for r in rec["restaurants"])
    assert places.count(("Vientiane", "LA")) == 2
    assert places.count(("Yangon", "MM")) == 2
    assert ("Mandalay", "MM") in places


def test_one_brand_in_two_distant_cities_is_two_restaurants_but_a_suburb_is_its_city():
    two = extract("North Korea's Okryu-gwan in Abu Dhabi closed in December; Okryu-gwan in Dubai had closed in "
                  "March.")
    assert sorted(r["city"] for r in two["restaurants"]) == ["Abu Dhabi", "Dubai"]


def test_the_lede_in_brief_and_the_body_in_detail_are_one_event():
    rec = extract("Another North Korean restaurant in Cambodia has gone out of business, sources said.\n\n"
                  "The Haebang restaurant, a North Korean restaurant in Siem Reap, closed last week, according to "
                  "local residents.", published="2017-10-02")
    [e] = events_of(rec, "closure")
    assert (e["workplace"]["name"], e["workplace"]["city"]) == ("Haebang", "Siem Reap")
    assert len(e["evidence"]) >= 2


def test_the_countrys_capital_is_its_capital_city():
    rec = extract("North Korea runs two restaurants in Siem Reap and three in the Cambodian capital, residents say.")
    cities = [r["city"] for r in rec["restaurants"]]
    assert cities.count("Phnom Penh") == 3 and cities.count("Siem Reap") == 2


def test_a_district_named_beside_its_city_is_that_city():
    rec = extract("A North Korean restaurant is tucked away in a corner of Deira, near the old market.",
                  title="North Korean food in Dubai")
    assert [(r["city"], r["country"]) for r in rec["restaurants"]] == [("Dubai", "AE")]


def test_a_chains_other_branches_in_a_list_of_cities_are_one_restaurant_each():
    rec = extract("Haebang-Gwan in Vientiane is part of a North Korean chain, with other branches in Phnom Penh, "
                  "Bangkok and Dhaka.")
    assert sorted((r["name"], r["city"]) for r in rec["restaurants"]) == [
        ("Haebang-Gwan", "Bangkok"), ("Haebang-Gwan", "Dhaka"), ("Haebang-Gwan", "Phnom Penh"),
        ("Haebang-Gwan", "Vientiane")]


def test_a_name_and_its_appositive_name_are_one_restaurant():
    rec = extract("Pyongyang Chinsun Kwan, the Friendship Restaurant, in Siem Reap, Cambodia, closed last October, "
                  "a North Korean diplomat said.")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Pyongyang Chinsun Kwan", "Siem Reap")]


def test_a_part_of_a_figure_keeps_the_figures_metric_with_its_country():
    rec = extract("North Korea runs about 130 restaurants abroad, including over 90 in China and some in Russia.")
    assert sorted((c["metric"], c["value"], c["country"]) for c in rec["claims"]) == [
        ("restaurant_count", 90, "CN"), ("restaurant_count", 130, None)]


def test_a_running_total_of_defections_is_a_cumulative_arrival_figure_but_a_small_group_is_not():
    big = extract("More than 30,000 North Koreans have defected to the South since the 1990s.")
    small = extract("Three North Korean waitresses have fled a restaurant in Shenyang, China.")
    assert [(c["metric"], c["value"], c["period"]) for c in big["claims"]] == [("defector_arrivals", 30000, "cumulative")]
    assert small["claims"] == []


def test_a_lone_persons_sex_comes_from_the_noun_or_the_pronoun_that_takes_them_up():
    soldier = extract("A North Korean soldier was shot as he defected to the South on Monday, officials said.")
    [e] = events_of(soldier, "defection")
    assert (e["count"], e["male"], e["female"]) == (1, 1, None)
    group = extract("One male and 12 female North Korean workers arrived in the South on Thursday, the ministry said.")
    [g] = events_of(group, "defection")
    assert (g["count"], g["male"], g["female"]) == (13, 1, 12)


def test_a_fronted_date_frames_every_happening_of_its_clause():
    rec = extract("Last October, at a North Korean restaurant in Dandong, China, a waitress was caught trying to "
                  "escape and was repatriated to North Korea, residents said.", published="2016-12-20")
    [e] = events_of(rec, "return")
    assert e["date"] == "2016-10"


@pytest.mark.parametrize("text,expected", [
    ("The US estimated North Korea earned more than $500 million a year from nearly 100,000 workers abroad, of "
     "whom 50,000 were in China and 30,000 in Russia.",
     {("overseas_worker_revenue_usd", 500000000, None), ("overseas_worker_count", 100000, None),
      ("overseas_worker_count", 50000, "CN"), ("overseas_worker_count", 30000, "RU")}),
    ("North Korean workers abroad earn the regime £1.6 billion a year, the report says.", set()),
    ("Of an estimated 6,000 North Koreans working in Kuwait, only about 2,000 are left.",
     {("overseas_worker_count", 6000, "KW"), ("overseas_worker_count", 2000, "KW")}),
])
def test_parts_remainders_and_currencies_of_a_figure(text, expected):
    rec = extract(text)
    assert {(c["metric"], c["value"], c["country"]) for c in rec["claims"]} == expected


def test_a_lone_person_and_the_family_told_later_are_one_defection():
    rec = extract("A North Korean diplomat posted to Kuwait has defected to South Korea, lawmakers said.\n\n"
                  "The diplomat arrived in South Korea in September 2019 with his wife and a son, they said.",
                  published="2021-01-27")
    [e] = events_of(rec, "defection")
    assert e["workplace"]["country"] == "KW" and e["date"] == "2019-09"
    assert (e["count"], e["male"], e["female"]) == (3, 2, 1)


def test_the_opening_of_a_new_branch_is_a_new_happening_not_a_back_reference():
    rec = extract("North Korea's first restaurant in Cambodia opened in Siem Reap in 2002. Its success led to the "
                  "opening of a Phnom Penh branch in 2003.")
    assert sorted((e["workplace"]["city"], e["date"]) for e in events_of(rec, "opening")) == [
        ("Phnom Penh", "2003"), ("Siem Reap", "2002")]


def test_a_month_of_last_year_is_last_years_month():
    text = "It followed the closure of another restaurant in February last year. In May of this year it reopened."
    assert [d.value for d in find_dates(text, "2017-10-02")] == ["2016-02", "2017-05"]


def test_a_name_the_text_calls_a_district_is_no_restaurant():
    rec = extract("Restaurant Chollima, the North Korean eatery that opened in the eastern Ulaanbaatar district of "
                  "Bayanzurkh in March, has closed. Its owner said the Bayanzurkh restaurant was a private venture.")
    names = {r["name"] for r in rec["restaurants"]}
    assert "Bayanzurkh" not in names and names & {"Restaurant Chollima", "Chollima"}



def test_a_claim_made_by_an_appositive_subject_is_the_subjects_not_its_gloss():
    rec = extract("The Mekong Labour Observatory, a Bangkok think tank that follows the trade through job adverts, "
                  "counted North Korean restaurants in 14 countries last year.")
    hosts = [c for c in rec["claims"] if c["metric"] == "host_country_count"]
    assert hosts and hosts[0]["attributed_to"] == "Mekong Labour Observatory"


def test_a_figure_holds_at_the_date_its_sentence_gives():
    rec = extract("North Korea ran about 130 restaurants abroad in 2016, the ministry said. Since 2011 the number "
                  "of defectors arriving each year has been about 1,200.", published="2019-06-14")
    by = {c["value"]: c for c in rec["claims"]}
    assert by[130]["as_of"] == "2016" and by[130]["hedge"] == "about"
    assert by.get(1200, {}).get("as_of") is None, "'since 2011' opens a span, it is not when the figure holds"


def test_scope_and_metric_of_figures_follow_their_clause():
    rec = extract("Seoul has estimated the restaurants' earnings at about $10 million a year, but a former manager, "
                  "who ran a restaurant in the Chinese city of Harbin, said his own branch sent home $200,000 a year. "
                  "Of the 31 North Koreans who had held work visas in Laos, 20 have gone home. More than 30,000 "
                  "North Koreans have reached the South, but arrivals have fallen from a peak of 2,700 in 2011.")
    by = {c["value"]: c for c in rec["claims"]}
    assert by[10000000]["country"] is None, "the place of another clause does not scope the figure"
    assert 200000 not in by, "one branch's takings are not the network's revenue"
    assert by[2700]["metric"] == "defector_arrivals" and by[2700]["as_of"] == "2011"


def test_a_council_that_strengthens_its_sanctions_today_issues_a_sanction_of_that_day():
    rec = extract("The Security Council today further strengthened its sanctions regime against North Korea, "
                  "capping the number of its nationals working abroad.", published="2018-03-09")
    [s] = [e for e in rec["events"] if e["type"] == "sanction"]
    assert (s["issuer"], s["date"]) == ("UN", "2018-03-09")


def test_they_is_the_group_last_spoken_of():
    rec = extract("Four North Korean women who worked at a state-run restaurant in Cambodia have arrived in South "
                  "Korea after defecting, officials said.\n\nIt was the second such group defection this year, after "
                  "nine employees of another restaurant in Cambodia arrived in Seoul in March.\n\nThe ministry confirmed the arrival "
                  "of the four, but declined to give details.\n\nNearly 30,000 North Koreans have settled in the South."
                  "\n\nThe figure has grown every year.\n\nAccording to government sources, they arrived via Thailand, after "
                  "running away from their restaurant in Siem Reap.", published="2017-06-14")
    by = {e.get("count"): e for e in rec["events"] if e["type"] == "defection"}
    assert by[4]["transit"] == ["TH"] and by[4]["workplace"]["city"] == "Siem Reap"
    assert not by.get(9, {}).get("transit")


@pytest.mark.parametrize("phrase, published, year", [("last autumn", "2018-02-12", "2017"),
                                                     ("last summer", "2018-10-02", "2018"),
                                                     ("last winter", "2019-01-20", "2018"),
                                                     ("this spring", "2019-07-01", "2019")])
def test_seasons_resolve_to_the_year_they_fell_in(phrase, published, year):
    [d] = find_dates(f"The restaurant closed {phrase}, staff said.", published)
    assert (d.value, d.precision) == (year, "year")


def test_each_resolution_in_a_sentence_keeps_its_own_number_and_a_resolution_number_is_no_year():
    rec = extract("The UN Security Council adopted Resolution 2094 in March 2013, freezing work permits for North "
                  "Koreans. In January, Resolution 2087 was adopted to ban new ones.", published="2013-06-01")
    got = sorted((e["instrument"], e["date"]) for e in rec["events"] if e["type"] == "sanction")
    assert got == [("UNSCR 2087", "2013-01"), ("UNSCR 2094", "2013-03")]
    assert find_dates("Resolution 2094 and UNSCR 2087", "2019-06-01") == []


def test_the_month_may_is_no_modal():
    rec = extract("In May, nine North Korean waitresses fled a restaurant in Dandong, police said.", published="2019-06-20")
    [e] = [e for e in rec["events"] if e["type"] == "defection"]
    assert (e["count"], e["date"]) == (9, "2019-05")
    rec = extract("Nine North Korean waitresses may flee a restaurant in Dandong, police fear.", published="2019-06-20")
    assert not [e for e in rec["events"] if e["type"] == "defection"]


def test_a_detail_sentence_that_says_when_they_left_dates_the_escape():
    rec = extract("Police said four cooks had vanished. The four worked at a North Korean restaurant near Harbin "
                  "station and left on 3 February.", published="2019-03-01")
    [e] = rec["events"]
    assert (e["count"], e["date"], e["workplace"]["city"]) == (4, "2019-02-03", "Harbin")
    rec = extract("Police said four cooks had vanished. The four had worked at a North Korean restaurant near Harbin "
                  "station since 3 February 2016.", published="2019-03-01")
    assert rec["events"][0].get("date") is None, "when they started work is not when they fled"


def test_restaurants_the_north_runs_in_a_list_of_cities_are_one_each():
    rec = extract("North Korea also runs restaurants in Bangkok and Phnom Penh, officials said.")
    assert sorted((r["city"], r["country"]) for r in rec["restaurants"]) == [("Bangkok", "TH"), ("Phnom Penh", "KH")]
    rec = extract("A Chinese firm runs restaurants in Bangkok and Phnom Penh, officials said of North Korea's trade.")
    assert rec["restaurants"] == [], "restaurants someone else runs are not the North's"


def test_what_a_sentence_measured_carries_to_the_next():
    rec = extract("At their height the restaurants numbered about 70, most of them in China. Together they earned "
                  "perhaps $6 million a year for North Korea.", published="2019-03-01")
    got = {(c["metric"], c["value"], c["approx"]) for c in rec["claims"]}
    assert got == {("restaurant_count", 70, True), ("annual_revenue_usd", 6000000, True)}


@pytest.mark.parametrize("published, date", [("2019-12-21", "2019-12"), ("2019-12-03", "2019")])
def test_recently_dates_a_happening_to_the_publication_month_or_only_its_year_early_in_a_month(published, date):
    rec = extract("The North Korean restaurant in Abu Dhabi recently shut down, sources said.", published=published)
    [e] = rec["events"]
    assert e["date"] == date


def test_the_recently_closed_restaurant_refers_back_and_is_not_dated_by_recently():
    rec = extract("The Koryo restaurant in Hanoi closed last week, according to residents. It followed the closure of another "
                  "North Korean restaurant in Da Nang in February last year. The recently closed restaurant had "
                  "few customers.", published="2017-10-02")
    closures = sorted(e.get("date") or "" for e in rec["events"] if e["type"] == "closure")
    assert closures == ["2016-02", "2017-09"]


def test_a_date_before_a_trailing_attribution_dates_the_happening_not_the_telling():
    rec = extract("A North Korean couple who ran a restaurant in Vientiane fled to South Korea last month, officials "
                  "said.", published="2019-06-14")
    [e] = rec["events"]
    assert (e["count"], e["date"]) == (2, "2019-05")
    rec = extract("Seoul on Tuesday confirmed that two North Korean waitresses had fled a restaurant in Vientiane.",
                  published="2019-06-14")
    assert rec["events"][0].get("date") is None, "the day Seoul confirmed it is not the day they fled"


@pytest.mark.parametrize("text", ["A North Korean diplomat in Rome, his wife and their two sons defected to the South.",
                                  "A North Korean diplomat, his wife and their two sons defected to the South."])
def test_a_family_with_a_counted_possessive_item_is_counted_whole(text):
    [e] = extract(text)["events"]
    assert (e["count"], e["male"], e["female"]) == (4, 3, 1)


def test_coordinated_definite_names_close_one_restaurant_each():
    rec = extract("Two North Korean restaurants in Bangkok, the Arirang and the Mansudae, ceased trading for good last "
                  "year.", published="2019-06-14")
    assert sorted(e["workplace"]["name"] for e in rec["events"] if e["type"] == "closure") == ["Arirang", "Mansudae"]


def test_a_timeline_headings_date_dates_the_happenings_on_its_line():
    rec = extract("Key moments\n\nApril 2016: Nine North Korean waitresses flee a restaurant in Dalian.\n\n"
                  "2017: The North Korean Arirang restaurant in Hanoi closes.", published="2019-06-14")
    got = sorted((e["type"], e.get("date")) for e in rec["events"])
    assert got == [("closure", "2017"), ("defection", "2016-04")]


def test_a_tally_over_the_years_is_no_happening():
    rec = extract("China has sent back thousands of North Korean defectors over the years, activists say.")
    assert not [e for e in rec["events"] if e["type"] in ("return", "defection")]
    rec = extract("Hundreds of North Korean workers were sent home from Vladivostok on Monday.", published="2019-06-14")
    assert [e["type"] for e in rec["events"]] == ["return"]


def test_values_the_article_does_not_state_for_the_event_are_marked_inferred():
    rec = extract("The North Korean restaurant in Abu Dhabi recently shut down, sources said.", published="2019-12-21")
    assert rec["events"][0]["inferred"] == ["date"]
    rec = extract("The North Korean restaurant in Abu Dhabi shut down on December 3, sources said.",
                  published="2019-12-21")
    assert rec["events"][0]["inferred"] == ["date"]      # the year is the publication's, not the text's
    rec = extract("The North Korean restaurant in Abu Dhabi shut down on December 3, 2019, sources said.",
                  published="2019-12-21")
    assert "inferred" not in rec["events"][0]


def test_a_year_before_a_count_is_not_part_of_the_group():
    [g] = find_groups(t := "In April 2016, 12 waitresses and their manager left.", 0, len(t))
    assert (g.count, g.male, g.female) == (13, 1, 12)


@pytest.mark.parametrize("text, status", [
    ("Six North Korean cooks from a restaurant in Yanji flew to Seoul via Bangkok last month.", "confirmed"),
    ("Seven North Korean employees of a restaurant in Dalian made their way to South Korea, officials said.",
     "confirmed"),
    ("Pyongyang says nine waitresses of its restaurant in Harbin were kidnapped by Seoul's agents.", "disputed"),
    ("Four North Korean women who worked at a restaurant in Kunming are hiding in Laos, an activist said.", "pending"),
])
def test_more_ways_a_defection_is_told_and_the_status_each_gives(text, status):
    [e] = events_of(extract(text), "defection")
    assert e["status"] == status


def test_people_abducted_by_the_north_are_no_defection_from_it():
    rec = extract("Dozens of Japanese citizens were abducted by North Korea in the 1970s, near a restaurant in Niigata.")
    assert not events_of(rec, "defection")


def test_a_detention_centre_on_the_way_is_a_stop_not_the_workplace():
    rec = extract("Two waitresses fled a North Korean restaurant in Kunming in May. They were held in an immigration "
                  "centre in Bangkok for a month and then flew to Seoul.", published="2019-08-01")
    [e] = events_of(rec, "defection")
    assert e["workplace"]["city"] == "Kunming" and "TH" in e["transit"]


@pytest.mark.parametrize("teller", ["a diplomat said", "according to an Asian diplomat in Seoul"])
def test_the_role_of_who_tells_it_is_not_the_workplace(teller):
    [e] = events_of(extract(f"Kuwait deported 200 North Korean labourers last year, {teller}."), "return")
    assert e["workplace"]["kind"] is None and e["workplace"]["country"] == "KW"


def test_a_diplomat_who_defected_is_still_the_embassys():
    [e] = events_of(extract("A North Korean diplomat who defected last year said life in Kuwait was hard."), "defection")
    assert e["workplace"]["kind"] == "embassy"


@pytest.mark.parametrize("text", ["The North Korean-run restaurant in Siem Reap folded last year.",
                                  "The North Korean-run restaurant in Siem Reap went bust last year."])
def test_a_restaurant_that_folded_or_went_bust_closed(text):
    [e] = events_of(extract(text, published="2018-03-01"), "closure")
    assert (e["workplace"]["city"], e["date"]) == ("Siem Reap", "2017")


def test_a_day_right_before_the_measure_dates_it():
    [e] = events_of(extract("The European Union on Monday banned North Korean investment in the bloc.",
                            published="2017-10-05"), "sanction")
    assert (e["issuer"], e["date"]) == ("EU", "2017-10-02")


def _figures(text: str) -> set[tuple]:
    return {(c["metric"], c["value"], c["value_max"], c["country"]) for c in extract(text)["claims"]}


@pytest.mark.parametrize("text, figure", [
    ("Some 50,000 North Koreans are thought to be working abroad, mostly in China and Russia.",
     ("overseas_worker_count", 50000, None, None)),
    ("There are an estimated 25 North Korean restaurants in Vietnam, Cambodia and Laos combined.",
     ("restaurant_count", 25, None, None)),
    ("North Korea has some 20,000 to 30,000 workers in Russia.", ("overseas_worker_count", 20000, 30000, "RU")),
])
def test_a_figures_scope_is_one_country_only_when_the_text_gives_one(text, figure):
    assert figure in _figures(text)


def test_a_part_of_a_figure_is_scoped_to_its_place_and_the_whole_is_not():
    got = _figures("Of the roughly 100,000 North Koreans working overseas, about 40,000 are in Russia.")
    assert got == {("overseas_worker_count", 100000, None, None), ("overseas_worker_count", 40000, None, "RU")}


def test_another_nations_workers_are_no_figure_of_the_norths():
    assert not _figures("North Korea's ally China employs 50,000 Chinese workers in Russia.")


def test_both_ends_of_a_figures_fall_are_figures_of_its_scope():
    got = _figures("The number of North Korean restaurants in China has fallen from over 100 to about 60 since the "
                   "sanctions.")
    assert got == {("restaurant_count", 100, None, "CN"), ("restaurant_count", 60, None, "CN")}


def test_the_host_as_subject_scopes_the_figure_and_the_figure_later_keeps_it():
    got = _figures("Russia hosted 30,000 North Korean workers in 2017. By the end of 2018, the figure had fallen to "
                   "11,000.")
    assert got == {("overseas_worker_count", 30000, None, "RU"), ("overseas_worker_count", 11000, None, "RU")}
    got = _figures("Russia hosted 30,000 North Korean workers in 2017. In China, the number was about 50,000.")
    assert ("overseas_worker_count", 50000, None, "CN") in got


def _placed(text: str) -> set[tuple]:
    return {(r["city"], r["country"]) for r in extract(text, published="2017-01-20")["restaurants"] if r["city"]}


def test_short_city_names_where_the_north_runs_restaurants_are_places():
    assert _placed("North Korea also runs restaurants in Bishkek and Osh.") == {("Bishkek", "KG"), ("Osh", "KG")}
    assert ("Huế", "VN") in _placed("North Korea has two restaurants in Vietnam: one is in Hue, another in Nha Trang.")


def test_a_restaurant_chains_branches_are_one_restaurant_per_city_and_a_banks_are_none():
    assert _placed("The Pyongyang restaurant chain has branches in Beijing, Shanghai and Dandong.") == {
        ("Beijing", "CN"), ("Shanghai", "CN"), ("Dandong", "CN")}
    assert not _placed("North Korea's Daesong Bank has branches in Beijing and Shenyang.")


@pytest.mark.parametrize("text, count, city", [
    ("Twelve waitresses worked at the North Korean restaurant in Ningbo. In April 2016, they fled to Seoul.", 12, "Ningbo"),
    ("Ms Kim worked at a North Korean restaurant in Shenyang until 2015. She defected to South Korea in March of that "
     "year.", 1, "Shenyang"),
])
def test_they_who_leave_are_the_people_the_sentence_before_placed(text, count, city):
    [e] = events_of(extract(text, published="2021-05-01"), "defection")
    assert (e["count"], e["workplace"]["city"]) == (count, city)
    assert e["date"] in ("2016-04", "2015-03")     # when they left, not when they worked there


@pytest.mark.parametrize("text, want", [
    ("In March 2018, a North Korean waitress fled a restaurant in Yanji. Two months later, her colleague escaped to "
     "Laos.", ["2018-03", "2018-05"]),
    ("In 2016, the North Korean restaurant in Ningbo lost its staff. That April, 12 waitresses and their manager fled "
     "to Seoul.", ["2016-04"]),
])
def test_later_and_that_month_count_on_from_the_storys_time(text, want):
    assert sorted(e["date"] for e in events_of(extract(text, published="2021-05-01"), "defection")) == want


def test_a_year_later_without_a_story_time_dates_nothing():
    [e] = events_of(extract("A year later, three North Korean waitresses fled a restaurant in Yanji.",
                            published="2021-05-01"), "defection")
    assert e["date"] is None


def test_a_date_in_a_relative_clause_is_background_not_the_storys_time():
    rec = extract("North Korea's Haedanghwa restaurant in Vientiane, which opened in 2003, shut its doors in February.",
                  published="2021-05-01")
    assert [e["date"] for e in events_of(rec, "closure")] == ["2021-02"]


def test_its_staff_after_a_closure_are_that_restaurants():
    rec = extract("The North Korean restaurant in Dandong closed in 2017. A year later, its staff returned to North "
                  "Korea.", published="2021-05-01")
    [r] = events_of(rec, "return")
    assert (r["workplace"]["city"], r["date"]) == ("Dandong", "2018")


def test_leaving_a_restaurant_for_seoul_is_a_defection():
    [e] = events_of(extract("A team of eight North Korean cooks left a restaurant in Dalian for Seoul via Laos in "
                            "March.", published="2021-05-01"), "defection")
    assert (e["count"], e["workplace"]["city"], e["transit"]) == (8, "Dalian", ["LA"])


def _restaurants(text: str) -> set[tuple]:
    return {(r["name"], r["city"], r["country"]) for r in extract(text, published="2011-07-01")["restaurants"]}


def test_ones_and_those_in_cities_are_a_restaurant_each():
    got = _restaurants("The North Korean government runs a number of restaurants in the region, he said, noting that "
                       "although those in Bangkok and Pattaya are gone, new ones have sprung up in Kathmandu and Dhaka, "
                       "in addition to old ones in Vientiane.")
    assert {c for _, c, _ in got} == {"Bangkok", "Pattaya", "Kathmandu", "Dhaka", "Vientiane"}


def test_a_named_restaurant_placed_by_country_takes_the_one_city_there_or_the_one_placed_there():
    got = _restaurants("There are many Korean restaurants in Rangoon. The Koryo Restaurant is Pyongyang's first foray "
                       "into Burma, a source said.")
    assert ("Koryo Restaurant", "Yangon", "MM") in got
    got = _restaurants("We ate at Laos' Pyongyang Restaurant. North Korea operates more than 100 of these restaurants. "
                       "One of them is in the capital of Laos, Vientiane.")
    assert got == {("Pyongyang Restaurant", "Vientiane", "LA")}


def test_a_sentence_opening_determiner_or_a_headline_end_is_no_restaurant_name():
    got = _restaurants("Lunch At A North Korean Restaurant\n\nTraditional food is served at the Pyongyang Restaurant "
                       "in Vientiane. Those restaurant workers are watched.")
    assert {n for n, _, _ in got} == {"Pyongyang Restaurant"}


def test_there_were_restaurants_after_the_norths_are_the_norths_one_per_city():
    got = _restaurants("I was saddened by the closings of the North Korean restaurants in Cambodia. There were "
                       "restaurants in Phnom Penh, Siem Reap, and Sihanoukville.")
    assert {c for _, c, _ in got} == {"Phnom Penh", "Siem Reap", "Sihanoukville"}


@pytest.mark.parametrize("text", [
    "Office 39 owned North Korean institutions such as Koryo Bank in Pyongyang and firms in Dandong.",
    "The workers were employed by the North Korean building company Mansudae in Luanda.",
])
def test_a_brand_word_naming_another_state_body_is_no_restaurant(text):
    assert not _restaurants(text)


def test_a_city_goes_by_the_name_news_writes_today():
    assert ("Pyongyang Baekhwagwan", "Ulaanbaatar", "MN") in _restaurants(
        "The Pyongyang Baekhwagwan restaurant in Ulan Bator has closed, North Korean sources said.")


def test_leaving_the_country_they_worked_in_is_going_home_unless_a_word_says_defection():
    assert [e["type"] for e in extract("About 150 North Koreans have left Angola. In Qatar, contracts were not "
                                       "renewed.")["events"]] == ["return"]
    assert [e["type"] for e in extract("Three North Korean waitresses have left China, a source said. They are now "
                                       "in hiding.")["events"]] == ["defection"]


@pytest.mark.parametrize("teller, status", [
    ("according to an unpublished U.N. Panel of Experts report seen by reporters", "confirmed"),
    ("according to a government report", "confirmed"),
    ("according to media reports", "reported"),
])
def test_a_report_an_authority_issues_tells_its_word(teller, status):
    [e] = extract(f"Angolan authorities have repatriated 296 North Korean workers since last November, {teller}.",
                  published="2020-08-01")["events"]
    assert e["status"] == status


def test_a_resolution_numbered_before_its_noun_is_that_resolution_but_a_year_is_not():
    [e] = events_of(extract("Angola said it was fulfilling the UN's 2371 Resolution, which imposes sanctions on North "
                            "Korean firms.", published="2017-11-20"), "sanction")
    assert (e["issuer"], e["instrument"]) == ("UN", "UNSCR 2371")
    assert all(e.get("instrument") != "UNSCR 2017" for e in extract(
        "The 2017 resolution banned new permits for North Korean workers.")["events"])


@pytest.mark.parametrize("text, figure", [
    ("However, the nearly 1,200 North Koreans living in the country must leave Mongolia.",
     ("overseas_worker_count", 1200, None, "MN")),
    ("The 55 were among the 153 North Korean expatriates in Angola.", ("overseas_worker_count", 153, None, "AO")),
    ("The number of North Koreans working in Mongolia has dropped every year since peaking at 2,123 in 2013.",
     ("overseas_worker_count", 2123, None, "MN")),
    ("The UN estimated that 100,000 North Koreans work abroad and send about $500 million in wages back each year.",
     ("overseas_worker_revenue_usd", 500000000, None, None)),
])
def test_more_ways_a_worker_figure_is_told(text, figure):
    assert figure in _figures(text)


def test_the_other_two_restaurants_are_no_figure():
    assert not _figures("New shops had moved into the locations of the other two North Korean restaurants.")


@pytest.mark.parametrize("text, who", [
    ("The UN in September estimated that 100,000 North Koreans work abroad.", "UN"),
    ("About 10,000 North Koreans were working in Kuwait, according to an unpublished U.N. Panel of Experts (PoE) "
     "midterm report reviewed by NK News.", "an unpublished U.N. Panel of Experts"),
])
def test_who_tells_a_figure_is_an_entity_without_its_date_or_a_cut_word(text, who):
    assert [c["attributed_to"] for c in extract(text)["claims"]] == [who]


def test_hiding_something_is_no_defection_under_way():
    assert not extract("Many of the North Korean restaurants that were hiding their ownership in China were "
                       "exposed.")["events"]


@pytest.mark.parametrize("text, n", [
    ("A new restaurant opened in Pyongyang last month, state media said.", 0),
    ("Visitors to Pyongyang can dine at the Chongryu restaurant, which closed for renovation in January.", 0),
    ("A North Korean restaurant opened in Beijing last month, state media said.", 1),
])
def test_a_restaurant_opening_or_closing_at_home_is_not_the_chain_abroad(text, n):
    assert len(extract(text)["events"]) == n


@pytest.mark.parametrize("text, figure", [
    ("Between 2,000 and 2,500 North Koreans now work in Kuwait, and another estimated 1,000 in Qatar.",
     ("overseas_worker_count", 1000, None, "QA")),
    ("Three North Koreans were living in Malta on work visas as of July 2016, down from 33 and 30 in January and "
     "February.", ("overseas_worker_count", 33, None, "MT")),
    ("Poland is hosting North Korean workers over Washington's objections. The inspectorate of Polish companies said "
     "that perhaps 450 North Koreans remained in the country.", ("overseas_worker_count", 450, None, "PL")),
    ("North Korea has created a series of remote logging camps in which nearly 1,500 workers are employed.",
     ("overseas_worker_count", 1500, None, None)),
    ("Like all the North Korean lumberjacks in Siberia - estimated at between 15,000 and 20,000 - he has a family.",
     ("overseas_worker_count", 15000, 20000, None)),
])
def test_worker_figures_told_beside_another_or_of_the_country_in_question(text, figure):
    assert figure in _figures(text)


def test_restaurants_that_go_out_of_business_are_an_event_not_a_figure():
    assert not _figures("Three North Korean Restaurants Go Out of Business in Dandong, China")


def test_the_and_inside_a_bodys_name_does_not_cut_the_name():
    def who(text):
        return [c["attributed_to"] for c in extract(text, published="2009-07-14")["claims"]]
    assert who("The Kazakh Trade and Integration Ministry said about 900 North Korean workers are in Kazakhstan.") \
        == ["Kazakh Trade and Integration Ministry"]
    # two bodies joined by "and": the one nearest the verb is kept, as before
    assert who("The Foreign Ministry and the Labour Ministry said about 900 North Korean workers are in Kazakhstan.") \
        == ["Labour Ministry"]


def test_the_start_of_a_series_of_measures_dates_none_of_them():
    def dates(text):
        return [e["date"] for e in events_of(extract(text, published="2019-03-01"), "sanction")]
    assert dates("North Korean workers abroad are being sent home. The UN has repeatedly tightened its sanctions against "
                 "Pyongyang since 2006.") == [None]
    # a measure in force from a year is dated by it
    assert dates("Since 2017, UN sanctions have banned the hiring of North Korean workers abroad.") == ["2017"]


def test_a_comparison_is_not_who_tells_a_figure():
    assert [c["attributed_to"] for c in extract("Like all the North Korean lumberjacks in Siberia - estimated at "
                                                "between 15,000 and 20,000 - he has a family.")["claims"]] == [None]


@pytest.mark.parametrize("text, issuer, date", [
    ("The United Arab Emirates announced Thursday it would halt the issuance of visas to North Korean workers.",
     "AE", "2017-10-12"),
    ("Kuwait in September stopped issuing visas to all North Koreans.", "KW", "2017-09"),
    ("Qatar also has said it no longer would issue visas to North Korean workers.", "QA", None),
    ("Even the European Union agreed only in October to stop renewing work permits for North Koreans.", "EU", "2017-10"),
])
def test_a_state_that_stops_the_visas_of_north_koreans_issues_a_measure(text, issuer, date):
    [e] = events_of(extract(text, published="2017-10-13"), "sanction")
    assert (e["issuer"], e["date"]) == (issuer, date)


def test_a_visa_halt_that_only_might_come_is_no_measure():
    assert not extract("Japan could stop issuing visas to North Korean workers if talks fail.")["events"]


def test_names_listed_before_their_plural_close_one_restaurant_each():
    rec = extract('"The Ryu Gyong, Pyongyang Koryo, and Mount Chilbo restaurants all closed down this month," said a '
                  "resident of Dandong.", published="2019-03-11")
    assert sorted(e["workplace"]["name"] for e in events_of(rec, "closure")) == [
        "Mount Chilbo", "Pyongyang Koryo", "Ryu Gyong"]
    assert {(r["name"], r["city"]) for r in rec["restaurants"]} == {
        ("Ryu Gyong", "Dandong"), ("Pyongyang Koryo", "Dandong"), ("Mount Chilbo", "Dandong")}


def test_restaurants_counted_are_not_people_and_their_staff_going_home_is_a_return():
    rec = extract("Three North Korean restaurants in Dandong have closed down this month, and staff at the restaurants "
                  "are now returning home, sources say.", published="2019-03-11")
    [r] = events_of(rec, "return")
    assert r["count"] is None


@pytest.mark.parametrize("text, kind, city, transit", [
    ("On Tuesday two North Koreans working in a Siberian logging camp sought asylum at the South Korean consulate in "
     "Vladivostok.", "other", None, []),
    ("A North Korean diplomat at the embassy in London has defected to South Korea.", "embassy", "London", []),
    ("Two waitresses fled to the South Korean embassy in Bangkok after escaping from a North Korean restaurant in "
     "Kunming.", "restaurant", "Kunming", ["TH"]),
])
def test_the_norths_mission_is_a_post_another_states_a_refuge(text, kind, city, transit):
    [e] = events_of(extract(text, published="2016-08-18"), "defection")
    assert (e["workplace"]["kind"], e["workplace"]["city"], e["transit"]) == (kind, city, transit)
    assert e["workplace"]["country"]     # (the refuge's city is not the workplace, but the country still holds)


def test_the_restaurant_from_which_they_escaped_is_the_defections_not_the_one_the_article_visits():
    rec = extract("Lunch at Laos' Pyongyang Restaurant. The network made news after the defection en masse of 13 "
                  "restaurant workers from one of its outposts in Northeastern China this spring. That North Korea-run "
                  "restaurant from which the 12 waitresses and their manager escaped is now closed.",
                  published="2016-09-05")
    [d] = events_of(rec, "defection")
    [c] = events_of(rec, "closure")
    assert (d["count"], d["workplace"]["country"]) == (13, "CN")
    assert (c["workplace"]["country"], c["workplace"]["name"]) == ("CN", None)


def test_a_resolution_adopted_in_a_month_dates_the_measure_a_few_words_on():
    [e] = events_of(extract("After the UN Security Council adopted a resolution on sanctions against North Korea in "
                            "September 2017, the ambassador was expelled.", published="2021-01-05"), "sanction")
    assert (e["issuer"], e["date"]) == ("UN", "2017-09")


def test_several_hundred_is_a_vague_group_not_a_hundred():
    [e] = events_of(extract("SEVERAL hundred North Koreans have escaped from logging camps in Siberia."), "defection")
    assert e["count"] is None


@pytest.mark.parametrize("text, n", [
    ("Three North Korean waitresses in Shenyang are hoping to defect, an activist said.", 1),
    ("She would have been sent back had she been caught trying to defect in Cambodia.", 0),
    ("Many North Koreans would like to defect but fear reprisals against their families.", 0),
])
def test_people_trying_to_defect_are_a_defection_under_way(text, n):
    got = events_of(extract(text), "defection")
    assert len(got) == n and all(e["status"] == "pending" for e in got)


@pytest.mark.parametrize("text, figure", [
    ("There were over 23-thousand North Korean workers in Russia at the time, reports show.",
     ("overseas_worker_count", 23000, None, "RU")),
    ("The State Department estimated there were about a hundred-thousand North Korean workers worldwide, and experts "
     "say they bring in an estimated 200 to 500 million dollars in annual revenue for Pyongyang.",
     ("overseas_worker_revenue_usd", 200000000, 500000000, None)),
    ("In Thailand, an official reported that only 68 North Koreans had work visas.",
     ("overseas_worker_count", 68, None, "TH")),
    ("Siem Reap is home to two well-known North Korean restaurants.", ("restaurant_count", 2, None, "KH")),
])
def test_figures_written_with_hyphens_yearly_revenue_visas_held_and_a_host_city(text, figure):
    assert figure in _figures(text)


def test_two_restaurants_called_by_name_are_both_named():
    assert {n for n, _, _ in _restaurants(
        "Siem Reap is home to two North Korean restaurants called Pyongyang Naeng-myeon Gwan (Cold Noodles Hall) and "
        "Pyongyang Chin-seon Gwan (Goodwill Hall).")} == {"Pyongyang Naeng-myeon Gwan", "Pyongyang Chin-seon Gwan"}


@pytest.mark.parametrize("text, issuer, date", [
    ("UNITED NATIONS - Singapore has revoked all work permits held by North Korean citizens in the country, according "
     "to its latest implementation report.", "SG", "2018-03"),    # (a guess: see the test after this one)
    ("Singapore revoked all work permits for North Korean nationals on Monday.", "SG", "2018-03-19"),
    ("Malaysia is stiffening unilateral sanctions against North Korean workers in the country.", "MY", None),
    ("The UN Security Council on Monday voted to impose new sanctions on North Korea's workers abroad, China's envoy said.", "UN",
     "2018-03-19"),
])
def test_a_state_revoking_permits_or_stiffening_its_sanctions_is_the_issuer(text, issuer, date):
    [e] = events_of(extract(text, published="2018-03-20"), "sanction")
    assert (e["issuer"], e["date"]) == (issuer, date)


@pytest.mark.parametrize("text, date", [
    ("Japan has imposed new sanctions on the North Korean labourers it hosts.", "2018-03"),
    ("The Treasury announced sanctions on two firms that send North Korean IT workers abroad.", "2018-03"),
    # told as background to the news, or as what was said: no guess
    ("Though the UN has imposed tough sanctions on Pyongyang, North Korean doctors still work in Nepal without permits.",
     None),
    ("Ten years after the UN first slapped sanctions on Pyongyang, North Korean workers still build statues in "
     "Namibia.", None),
    ("Qatar has said it would impose sanctions on North Korean workers.", None),
])
def test_a_measure_the_lede_tells_as_news_is_guessed_to_be_of_the_month_published(text, date):
    [e] = events_of(extract(text, published="2018-03-20"), "sanction")
    assert e["date"] == date
    assert ("date" in (e.get("inferred") or [])) == (date is not None)     # a guess, and the record says so


def test_the_notice_the_next_sentence_tells_dates_the_ledes_measure():
    text = ("Vietnam has ordered North Korean firms in the country to close within four months. The trade ministry said "
            "in a notice published on Tuesday that the order follows the latest UN resolution.")
    [e] = [e for e in events_of(extract(text, published="2018-03-23"), "sanction") if e["issuer"] == "VN"]
    assert e["date"] == "2018-03-20"     # (inferred as every weekday is: its year is the publication's)
    # a day long before the news is no notice of it
    [e] = [e for e in events_of(extract(text.replace("on Tuesday", "on January 4, 2017"), published="2018-03-23"),
                                "sanction") if e["issuer"] == "VN"]
    assert e["date"] == "2018-03" and "date" in e["inferred"]


def test_the_sanctions_a_state_acts_under_are_not_its_issuer():
    [e] = events_of(extract("Hanoi, acting under United Nations sanctions over the North's missile tests, has ordered "
                            "North Korean-owned businesses in Vietnam to close by January.", published="2018-03-23"),
                    "sanction")[-1:]
    assert e["issuer"] == "VN"


def test_a_state_that_will_return_counted_seamen_announces_a_return():
    [e] = events_of(extract("Japan will return on Monday five North Korean sailors whose boat drifted into its "
                            "waters last month, officials said.", published="2019-02-04"), "return")
    assert (e["count"], e["status"]) == (5, "pending")
    [e] = events_of(extract("Russia will return on Tuesday seven North Korean seamen rescued off Sakhalin.",
                            published="2019-02-04"), "return")
    assert (e["count"], e["destination"], e["status"]) == (7, "KP", "pending")


def test_seamen_on_their_way_home_return_even_when_a_ship_saved_them():
    [e] = events_of(extract("Six North Korean sailors, rescued by a Russian coastguard vessel, are on their way back home "
                            "from the port of Vladivostok.", published="2019-02-04"), "return")
    assert (e["count"], e["workplace"]["city"]) == (6, "Vladivostok")
    # the ship that leaves is still no one's return
    assert not events_of(extract("The North Korean freighter, loaded with coal, is on its way back home from Vladivostok.",
                                 published="2019-02-04"), "return")


def test_a_demand_for_their_return_is_no_return():
    rec = extract("North Korea has demanded the return of 12 waitresses it says were abducted by South Korean agents.")
    assert not events_of(rec, "return")


def test_a_group_that_went_missing_and_later_reached_seoul_is_one_defection():
    rec = extract("South Korea said a group of North Korean restaurant workers who went missing in Myanmar last month "
                  "had arrived. An official said the group, which worked at a North Korean restaurant in Yangon, reached "
                  "Seoul on September 12; they were seven women and a man.", published="2017-09-20")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["workplace"]["city"]) == (8, "Yangon")


def test_a_route_others_use_and_a_tally_are_not_this_groups():
    rec = extract("The workers left Yangon in mid-August and made their way overland through Laos before entering "
                  "Thailand, a route used by thousands of North Koreans who escape through China each year. North Korean "
                  "restaurants abroad have lost customers, and officials say several in South-east Asia have shut this "
                  "year. The number of defectors reaching the South has fallen since late 2011.",
                  published="2017-09-20")
    assert [e["type"] for e in rec["events"]] == ["defection"]
    assert "CN" not in rec["events"][0]["transit"]


def test_the_closings_of_restaurants_is_a_closure():
    assert events_of(extract("I was saddened by the news of the closings of the North Korean restaurants in "
                             "Cambodia.", published="2009-09-01"), "closure")


def test_an_imminent_reopening_is_pending_and_the_weekend_dates_a_reopening():
    rec = extract("The North Korean Reungrado Restaurant in Shenyang showed signs of renovation work, indicating its "
                  "reopening is imminent. The North Korean Moran-gwan restaurant in Shenyang, which was closed on Jan. 8, "
                  "reopened over the weekend.", published="2018-09-09")
    got = {(e["workplace"]["name"], e["status"], e["date"]) for e in events_of(rec, "opening")}
    assert got == {("Reungrado", "pending", None), ("Moran-gwan", "confirmed", "2018-09")}


def test_one_restaurants_staff_is_no_countrys_figure_and_the_country_in_question_scopes_one():
    assert not _figures("Sources say the restaurant is operated by 20 North Korean citizens.")
    got = _figures("Russia said in a report that the number of North Korean workers in the country had fallen from "
                   "30,023 in 2017 to 11,490 at the end of 2018.")
    assert got == {("overseas_worker_count", 30023, None, "RU"), ("overseas_worker_count", 11490, None, "RU")}


def test_a_landmark_named_after_a_place_is_not_that_place():
    assert _restaurants("An employee of the North Korean Pyongyang Restaurant near Chaoyang Park in Beijing said they "
                        "would reopen.") == {("Pyongyang Restaurant", "Beijing", "CN")}


def test_the_restaurants_of_listed_cities_are_one_each_said_twice_or_not():
    rec = extract("Six North Korean restaurants near the border have closed. The closure of the North Korean restaurants "
                  "in the border cities of Shenyang and Dandong came after new sanctions. Among the North Korean "
                  "restaurants in Shenyang and Dandong, some had stage shows.", "2016-04-02")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Dandong", "Shenyang"]


def test_a_brand_as_a_whole_and_a_planned_restaurant_are_no_restaurant():
    rec = extract("A North Korean restaurant in Shenyang is run by a hotel and is not part of the Pyongyang restaurant "
                  "franchise.", "2019-05-01")
    assert [r["name"] for r in rec["restaurants"]] == [None]
    rec = extract("The envoy visited Pyongyang in 2019 to discuss opening a North Korean restaurant in Mexico.", "2021-05-01")
    assert rec["restaurants"] == [] and events_of(rec, "opening") == []


def test_the_return_of_personnel_is_a_return_and_reports_suggesting_it_are_hearsay():
    rec = extract("Recent reports suggest that North Korea has ordered the return of staff from its trade offices in "
                  "Vietnam.", "2024-03-01")
    [e] = events_of(rec, "return")
    assert (e["status"], e["workplace"]["kind"], e["workplace"]["country"]) == ("reported", "trading_company", "VN")
    # a demand is not a return
    assert events_of(extract("Beijing is demanding the return of all North Korean workers in the country."), "return") == []


@pytest.mark.parametrize("phrase,count", [("his wife and children", None), ("his wife and two children", 4)])
def test_children_of_a_number_not_given_leave_the_group_uncounted(phrase, count):
    rec = extract(f"A North Korean envoy in Rome defected to South Korea with {phrase} in May, the ministry said.")
    [e] = events_of(rec, "defection")
    assert e["count"] == count


def test_an_aside_between_dashes_does_not_hide_a_figures_country():
    rec = extract("An official said about 3,000 North Korean workers - each earning roughly $700 (£560) a month - were "
                  "thought to be in Qatar, the agency reported.".replace(" - ", " – "))
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(3000, "QA")]


def test_defections_in_a_year_are_arrivals_told_by_the_sentence_subject():
    rec = extract("The unification ministry has flagged more defections by North Korean elites, which they said made up "
                  "about 12 of the 180 defections in 2022.", "2023-02-01")
    got = {(c["value"], c["period"], c["attributed_to"]) for c in rec["claims"] if c["metric"] == "defector_arrivals"}
    assert (180, "year", "unification ministry") in got


def test_a_surname_alone_is_the_person_named_before_and_a_comparison_is_anothers():
    rec = extract("North Korean diplomat Kim Su Bong had served at the embassy in Lima since 2018. Kim defected to South "
                  "Korea with his wife in May, making him the highest-ranking diplomat to defect since Pak Chol Ho, "
                  "Pyongyang's envoy to Spain, in 2015.", "2024-06-01")
    [e] = events_of(rec, "defection")
    assert e["participants"] == ["Kim Su Bong"]
    assert (e["workplace"]["country"], e["date"]) == ("PE", "2024-05")     # not Spain, not May of 2018 or 2015


@pytest.mark.parametrize("text,name", [
    ("In July 2019, Jo Song-gil, former North Korean acting ambassador to Italy, came to South Korea.", "Jo Song-gil"),
    ("The agency confirmed that Han Myong-su, who had served as the counselor at North Korea's embassy in Peru, entered "
     "South Korea in May with his family.", "Han Myong-su"),
])
def test_a_named_defector_with_a_former_role_is_a_participant(text, name):
    [e] = events_of(extract(text, "2024-06-01"), "defection")
    assert e["participants"] == [name]


def test_names_agree_across_romanisations_and_different_names_do_not():
    from nkwatch.resolve.names import person_key
    assert person_key("Ri Il Kyu") == person_key("Ri Il-gyu")
    assert person_key("Thae Yong-ho") == person_key("Tae Yong Ho") == person_key("Yong Ho Thae")
    assert person_key("Jo Song-gil") == person_key("Cho Song Kil")
    assert person_key("Ri Il Kyu") != person_key("Ri Il Nam")


@pytest.mark.parametrize("text,issuer", [
    ("Norway's government announced on Friday that it won't be granting new visas to North Korean citizens.", "NO"),
    ("Peru says it is stopping the issuance of entry visas for North Korean citizens.", "PE"),
    ("Kenya said it will stop issuing new visas and business licenses to North Koreans.", "KE"),
    ("The Thai Government has stopped issuing work permits for people from the Democratic People's Republic of Korea "
     "(DPRK).",
     "TH"),
    ("Cyprus's government claimed in June that it is restricting new visas and visa extensions for North Korean workers.",
     "CY"),
    ("North Koreans must leave Kazakhstan by the end of the year as their work authorizations will not be renewed.", "KZ"),
    ("A source said Kazakh authorities had stopped issuing one-year visa renewals for N Korean workers.", "KZ"),
])
def test_a_states_halt_of_visas_or_permits_for_north_koreans_is_its_sanction(text, issuer):
    [e] = events_of(extract(text, "2017-10-13"), "sanction")
    assert e["issuer"] == issuer


def test_the_council_adopting_a_resolution_is_the_measure():
    [e] = events_of(extract("In December, the United Nations Security Council adopted a resolution requiring all countries "
                            "to expel North Korean workers within two years.", "2018-03-01"), "sanction")
    assert (e["issuer"], e["date"]) == ("UN", "2017-12")


@pytest.mark.parametrize("text,status", [
    ("Kazakhstan will send home all migrant workers from North Korea by the end of 2019, the minister said.", "pending"),
    ("The North Korean restaurant in Yanji will soon return its staff to North Korea as their visas expire.", "pending"),
    ("The activists raised concerns that Laos would send back the North Korean defectors soon.", None),
    ("The North Korean waitresses said they would not return home.", None),
    ("If the sanctions hold, the North Korean workers in Russia could be sent home next year.", None),
])
def test_a_return_announced_with_its_time_is_pending_a_fear_or_a_condition_is_none(text, status):
    got = events_of(extract(text, "2018-06-01"), "return")
    assert [e["status"] for e in got] == ([status] if status else [])


def test_a_headline_ending_in_a_quote_is_no_sentence_and_an_abandoned_post_is_a_defection():
    text = ("North Korean envoy to Spain ‘vanishes’\nNorth Korea’s acting envoy to Spain has reportedly vanished with his "
            "wife, according to South Korean intelligence. He would be the most senior official to do so since Pak Chol "
            "Ho abandoned his post as deputy envoy to Sweden in 2014.")
    rec = extract(text, "2019-01-03")
    got = sorted((e["workplace"]["country"], e["date"]) for e in events_of(rec, "defection"))
    assert got == [("ES", None), ("SE", "2014")]
    # the headline is read on its own (it tells the envoy's vanishing, the event the body tells): no span crosses its end
    assert not any(x["start"] < text.index("\n") < x["end"] for e in rec["events"] for x in e["evidence"])


def test_a_named_person_and_a_spouse_are_two():
    [g] = find_groups("Kim Chol Su (pictured) and his wife", 0, 35)
    assert (g.count, g.male, g.female) == (2, 1, 1)
    assert find_groups("Kim Chol Su and his wife and children", 0, 37)[0].count is None


@pytest.mark.parametrize("text,want", [
    ("North Korea runs about 130 diners abroad. The diners are estimated to generate between $10m and $40m a year.",
     {("restaurant_count", 130), ("annual_revenue_usd", 10_000_000)}),
    ("About 20 North Korean restaurants in China, Qatar and other places have closed, according to the spy agency.",
     set()),                           # closures counted, not how many there are
    ("North Korea runs about 130 restaurants in 12 countries, some of which have closed under sanctions.",
     {("restaurant_count", 130), ("host_country_count", 12)}),
])
def test_restaurants_revenue_and_closures_counted_are_read_as_what_they_are(text, want):
    assert {(c["metric"], c["value"]) for c in extract(text, "2017-05-01")["claims"]} == want


def test_the_parts_of_the_figure_just_given_are_scoped_in_the_next_sentence():
    rec = extract("North Korea runs around 120 restaurants overseas which once earned some US$30 million a year. Some 80 "
                  "are in China, eight in Russia, six in Laos and three in Nepal.", "2017-06-01")
    got = {(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "restaurant_count"}
    assert got == {(120, None), (80, "CN"), (8, "RU"), (6, "LA"), (3, "NP")}


def test_a_host_currently_hosting_and_a_teller_saying_so_in_a_statement():
    [c] = extract("Oman currently hosts 3,021 North Korean labourers, the country's labour ministry said in a statement "
                  "sent to reporters.", "2017-08-01")["claims"]
    assert (c["value"], c["country"], c["attributed_to"]) == (3021, "OM", "country's labour ministry")


def test_resolutions_adopted_by_the_council_earlier_in_the_sentence_are_its():
    rec = extract("Later that month, the UN Security Council adopted resolutions barring any country from accepting North "
                  "Korean workers, and on Dec. 22 passed an additional resolution requiring them to go home.", "2017-12-27")
    assert {e["issuer"] for e in events_of(rec, "sanction")} == {"UN"}


def test_people_named_beside_a_trigger_and_one_person_told_twice_is_one_defection():
    text = ("The secret defection of North Korean diplomat Han Song-il was unveiled on Monday. Mr Han's defection was first reported by a "
            "Seoul daily. Han Song Il reached South Korea in May 2019, a year after Pak Chol Ho abandoned his post in "
            "Vienna. The National Intelligence Service confirmed Han had defected.")
    rec = extract(text, "2021-01-25")
    from nkwatch.resolve.names import person_key
    people = [[person_key(p) for p in e.get("participants") or []] for e in events_of(rec, "defection")]
    assert sorted(people) == sorted([[person_key("Han Song-il")], [person_key("Pak Chol Ho")]])   # Han told of four times: one


def test_a_chains_branches_and_establishments_are_restaurants_each_in_its_city():
    text = ("North Korean government-run restaurants have existed for years in China. In 2002, the first Southeast Asian "
            "branch of the chain opened in the Cambodian town of Battambang. The success of the restaurant led to the "
            "opening of the Phnom Penh branch in 2003. This was followed by more elaborate establishments in Bangkok and "
            "Chiang Mai, as well as a small branch in the Laotian capital, Vientiane.")
    rec = extract(text, "2010-03-29")
    assert {r["city"] for r in rec["restaurants"]} >= {"Phnom Penh", "Bangkok", "Chiang Mai", "Vientiane"}
    assert sorted((e["date"], e["workplace"]["city"]) for e in events_of(rec, "opening"))[-1] == ("2003", "Phnom Penh")


def test_a_branch_of_another_kind_is_no_restaurant():
    rec = extract("Mirae, a South Korean chain known for its Pyongyang-style noodles, opened its 12th branch outside "
                  "South Korea after outlets in Tokyo and Los Angeles. The Singapore branch seats 64.", "2019-05-22")
    assert rec["restaurants"] == []


def test_a_states_order_to_close_the_norths_businesses_is_its_sanction_dated_by_the_sentence():
    [e] = events_of(extract("In September, after the nuclear test, the Hanoi government ordered the closure of all North "
                            "Korean businesses, including restaurants, within 120 days.", "2018-01-06"), "sanction")
    assert (e["issuer"], e["date"]) == ("VN", "2017-09")


def test_the_norths_restaurants_in_named_cities_are_one_each_and_in_a_country_none():
    rec = extract("North Korean restaurants in Cambodian cities Battambang and Phnom Penh have seen business stagnate.",
                  "2017-01-01")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Battambang", "Phnom Penh"]
    assert extract("North Korean restaurants in China have closed.", "2017-01-01")["restaurants"] == []


def test_a_name_in_apposition_after_the_noun_names_the_restaurant_unless_another_cuisines():
    rec = extract("North Korean restaurants are common in Shenyang. At a second restaurant, Pyongyang Haebit, group "
                  "reservations are available.", "2018-01-01")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Pyongyang Haebit", "Shenyang")]
    rec = extract("The North Korean restaurant is on Sayasan Road in Yangon, a few hundred metres from a South Korean "
                  "restaurant, Dae Jang Geum, a competitor.", "2012-01-01")
    assert all(r["name"] != "Dae Jang Geum" for r in rec["restaurants"])


@pytest.mark.parametrize("text,want", [
    ("About 1,000 DPRK labourers are working in Malaysia, mainly in mining.", ("overseas_worker_count", 1000, "MY")),
    ("Last year there was an estimated 37-thousand workers from North Korea in Russia.",
     ("overseas_worker_count", 37000, "RU")),
    ("The North Korean restaurant chain now has about 90 branches scattered across China, Laos, Russia and Nepal.",
     ("restaurant_count", 90, None)),
])
def test_workers_and_branches_counted_in_other_words(text, want):
    assert [(c["metric"], c["value"], c["country"]) for c in extract(text, "2017-01-01")["claims"]] == [want]


def test_people_demanded_back_are_no_worker_count():
    rec = extract("Pyongyang demanded Tuesday that Seoul return 13 DPRK nationals who it said were abducted.", "2016-04-12")
    assert rec["claims"] == []


def test_every_date_pattern_says_which_words_its_matches_need():
    """find_dates skips a pattern over a text holding none of its words: each pattern has its entry, and each
    match of a pattern with words holds one of them."""
    from nkwatch.extract.dates import NEEDS, patterns
    assert len(NEEDS) == len(patterns())
    samples = ("the 3rd of last month; in May of last year; this week; two years ago; it's two months since; "
               "yesterday; the day before; over the weekend; later that year; a year later; the following month")
    for (kind, rx), needs in zip(patterns(), NEEDS):
        for m in rx.finditer(samples):
            assert not needs or any(w in m.group(0).lower() for w in needs), (kind, m.group(0))


@pytest.mark.parametrize("text", [
    "North Korea demanded the South repatriate the dozen North Korean waitresses, its news agency said.",
    "In China there are thousands of North Korean children who flee their homes because of hunger.",
    "That amounts to about 150 North Korean workers going home every day, the source said.",
])
def test_a_demand_a_habit_and_a_rate_are_no_return_or_defection(text):
    rec = extract(text, "2018-04-03")
    assert events_of(rec, "return") == [] and events_of(rec, "defection") == []


def test_a_city_is_written_as_todays_news_writes_it():
    [r] = extract("There is a North Korean restaurant in Patan, Nepal.", "2017-01-01")["restaurants"]
    assert r["city"] == "Lalitpur"


def test_a_countrys_share_of_the_chain_and_its_branches_by_city():
    rec = extract("North Korea runs about 100 restaurants abroad, most of them in China. Laos is home to three of them, "
                  "with branches in Vientiane and Luang Prabang.", published="2018-03-01")
    assert sorted((c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "restaurant_count") == \
        [(3, "LA"), (100, None)]
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Luang Prabang", "Vientiane"]


def test_coordinated_named_restaurants_share_the_place_after_them():
    rec = extract("The Ryugyong Restaurant in Dandong suspended its business in December. North Korean restaurants such "
                  "as the Haedang Restaurant and Moranbong Restaurant in Hangzhou closed down last month.",
                  published="2018-01-09")
    assert sorted((r["name"].split()[0], r["city"]) for r in rec["restaurants"]) == [
        ("Haedang", "Hangzhou"), ("Moranbong", "Hangzhou"), ("Ryugyong", "Dandong")]


def test_a_named_restaurant_takes_the_place_the_sentence_before_opens_on_but_not_a_route():
    rec = extract("A North Korean restaurant in Vientiane closed in March, a source said.\n\nIn Yangon, the new "
                  "restaurant sits in a quiet street.\n\nThe Haedang Restaurant has photographs of its dishes "
                  "outside.", published="2016-09-27")
    assert ("Haedang", "Yangon") in {((r["name"] or "").split(" ")[0], r["city"]) for r in rec["restaurants"]}
    rec = extract("A North Korean restaurant in Vientiane closed in March.\n\nI travelled overland from Yangon to "
                  "Bangkok.\n\nThe Haedang Restaurant has photographs of its dishes outside.", published="2016-09-27")
    assert ("Haedang", "Yangon") not in {((r["name"] or "").split(" ")[0], r["city"]) for r in rec["restaurants"]}


def test_a_bylines_writer_is_no_place():
    from nkwatch.extract.places import gazetteer
    text = "Restaurant reopens\nBy Florence Lee\nA North Korean restaurant in Yangon has reopened, by Florence's rules."
    assert [p.surface for p in gazetteer().find(text)] == ["North Korean", "Yangon", "Florence"]


@pytest.mark.parametrize("text,issuer", [
    ("UN resolutions forbid the employment of North Korean workers abroad.", "UN"),
    ("The Security Council banned member states from issuing new work permits to North Korean workers.", "UN"),
    ("The Security Council has ordered member nations to stop the guest worker permits to North Koreans.", "UN"),
    ("North Korean investors in Laos have ignored the deadline. The department ordered them to close their firms by "
     "the end of June and leave the country.", "LA"),
    ("Qatar will continue to grant visas to North Korean labourers, its government said.", None),
])
def test_measures_against_the_norths_workers_and_who_takes_them(text, issuer):
    assert [e.get("issuer") for e in events_of(extract(text, published="2019-10-25"), "sanction")] == \
        ([issuer] if issuer else [])


@pytest.mark.parametrize("text,figures", [
    ("About 1,500 North Koreans live and work in Laos.", [(1500, "LA")]),
    ("Sources said 14 North Koreans are still working illegally at the restaurant.", []),
])
def test_a_countrys_workers_are_a_figure_one_workplaces_staff_are_not(text, figures):
    rec = extract(text, published="2019-10-25")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == figures


@pytest.mark.parametrize("text,issuers", [
    ("Business is slow, and Japan says tightened international sanctions against the North mean many firms struggle.", []),
    ("Japan said it had imposed its own sanctions on North Korea, barring its workers.", ["JP"]),
])
def test_a_state_that_tells_of_sanctions_is_not_their_issuer(text, issuers):
    assert [e["issuer"] for e in events_of(extract(text, published="2016-08-17"), "sanction")] == issuers


@pytest.mark.parametrize("text,figures", [
    ("North Koreans run nine businesses in Laos - two software firms, a clinic and six restaurants.", [(6, "LA")]),
    ("North Korean labourers are sent abroad. Most go to Kuwait and Qatar, which host 3,000 and 2,500 labourers "
     "respectively.", [(3000, "KW"), (2500, "QA")]),
])
def test_parts_of_a_countrys_whole_and_figures_given_respectively_take_their_country(text, figures):
    rec = extract(text, published="2019-07-08")
    assert [(c["value"], c["country"]) for c in rec["claims"]] == figures


def test_a_chain_member_told_in_passing_does_not_move_the_restaurant_the_article_names():
    rec = extract("North Korea runs restaurants across Asia. I decided to visit Koryo restaurant. Last year the staff of a "
                  "Koryo restaurant in China fled to South Korea. The restaurant is on a busy street.",
                  published="2017-06-01")
    # not China's (that is another of the chain); placed nowhere else, it is no entry of its own
    assert [r["country"] for r in rec["restaurants"]] == ["CN"] and not [r for r in rec["restaurants"] if r["name"]]


def test_restaurant_workers_are_people_of_one_restaurant_and_a_refuge_is_not_its_place():
    rec = extract("Two North Korean restaurant workers sought asylum at the South Korean embassy in Yangon in March.",
                  published="2018-05-02")
    assert rec["restaurants"] == []
    [e] = events_of(rec, "defection")
    assert (e["count"], e["workplace"]["kind"], e["workplace"]["city"]) == (2, "restaurant", None)
    rec = extract("Two North Korean restaurant workers in Dandong fled to Seoul.", published="2018-05-02")
    assert [r["city"] for r in rec["restaurants"]] == ["Dandong"]


def test_the_people_a_return_sends_back_are_no_defection_of_theirs():
    rec = extract("Chinese authorities repatriated at least 60 North Korean defectors last month, activists said.",
                  published="2018-05-02")
    assert [(e["type"], e["count"]) for e in rec["events"]] == [("return", 60)]


@pytest.mark.parametrize("text,issuer", [
    ("Laos's government ordered the closure of the North Korean-run restaurant in Vientiane last year.", "LA"),
    ("The European Union banned the issuance of work permits to North Koreans in 2017.", "EU"),
    ("Malaysia suspended trade with North Korea and stopped issuing visas to its nationals in 2017.", "MY"),
])
def test_more_wordings_of_a_states_measure(text, issuer):
    assert [e["issuer"] for e in events_of(extract(text, published="2018-05-02"), "sanction")] == [issuer]


@pytest.mark.parametrize("text,cities", [
    ("North Korean restaurants remain open in Hunchun, Tumen and Yanji despite the sanctions.", ["Hunchun", "Tumen", "Yanji"]),
    ("Pyongyang's restaurants in Laos have long drawn South Korean tourists, but the one in Vientiane closed last year.",
     ["Vientiane"]),
])
def test_the_norths_restaurants_spoken_of_as_a_set_one_per_city(text, cities):
    assert sorted(r["city"] for r in extract(text, published="2019-03-01")["restaurants"]) == cities


def test_a_timeline_in_the_present_reads_escapes_and_orders():
    rec = extract("2016: 13 workers from a North Korean restaurant in Ningbo defect.\n2017: China orders North Korean "
                  "firms to close.\n2018: a manager escapes from a North Korean restaurant in Shenyang.",
                  published="2019-01-01")
    assert sorted((e["type"], e.get("date")) for e in rec["events"]) == [
        ("defection", "2016"), ("defection", "2018"), ("sanction", "2017")]


@pytest.mark.parametrize("text,expected", [
    ("North Korean restaurants in Tumen reopened.", ("Tumen", "CN", 43.0)),         # the border town, not Russia's Tyumen
    ("North Korean restaurants in Fengcheng reopened.", ("Fengcheng", "CN", 40.5)),   # Liaoning's, near Dandong
    ("Some restaurants, such as Pyongyang Haedang Feng in Beijing, reopened.", ("Beijing", "CN", 39.9)),  # a name's syllable
])
def test_border_towns_are_the_ones_these_stories_are_set_in(text, expected):
    from nkwatch.extract.places import gazetteer
    places = [p for p in gazetteer().find(text) if p.place.kind == "city" and p.place.country != "KP"]
    assert [(p.place.name, p.place.country, round(p.place.lat, 1)) for p in places] == [expected]


@pytest.mark.parametrize("text,count", [
    ("One of the two North Korean soldiers held by Ukraine has expressed his wish to go to South Korea, a report said.", 1),
    ("Two North Korean prisoners of war have written a letter expressing their desire to defect to South Korea.", 2),
])
def test_a_wish_to_go_south_voiced_by_people_out_of_the_norths_hands_is_a_defection_under_way(text, count):
    [e] = events_of(extract(text, published="2025-02-21"), "defection")
    assert (e["count"], e["status"], e["destination"]) == (count, "pending", "KR")


def test_a_yearly_series_and_a_running_total_of_arrivals_but_no_names_or_parts_by_sex():
    rec = extract("The number of North Korean defectors has fallen since the COVID-19 pandemic. In 2020 the number of "
                  "defectors was 229, down from 1,137 in 2018. The numbers kept falling, with 63 in 2021 and 67 in 2022. The cumulative number of North "
                  "Korean defectors who have entered South Korea since the war is now 34,314, with 9,568 men and 24,746 "
                  "women.", published="2025-02-01")
    assert sorted((c["value"], c["period"]) for c in rec["claims"]) == [
        (63, "year"), (67, "year"), (229, "year"), (1137, "year"), (34314, "cumulative")]


def test_a_resolution_named_by_its_number_is_a_measure_never_a_figure():
    rec = extract("Despite UNSCR 2397, which prohibits North Korean citizens from working abroad, the restaurants still "
                  "operate.", published="2023-01-01")
    assert rec["claims"] == []
    assert [(e["issuer"], e["instrument"]) for e in events_of(rec, "sanction")] == [("UN", "UNSCR 2397")]


def test_russias_amur_is_the_region_and_scopes_its_workers():
    rec = extract("According to the Russian government, around 1,700 North Korean workers live in Amur alone.",
                  published="2009-12-24")
    assert [(c["value"], c["country"]) for c in rec["claims"]] == [(1700, "RU")]


@pytest.mark.parametrize("text", [
    "An activist said a repatriation agreement leaves North Koreans in Mongolia vulnerable to deportation.",
    "Rights groups said North Koreans who are repatriated face grave punishment.",
    "The treaty unfairly targets North Koreans in Mongolia for deportation, human rights groups said.",
    "A key clause requires illegal North Koreans to be deported within 30 days.",
])
def test_a_deal_a_fate_or_a_rule_about_sending_people_back_is_no_return(text):
    assert events_of(extract(text, published="2016-03-22"), "return") == []


def test_an_outlet_named_after_a_place_is_no_place():
    from nkwatch.extract.places import gazetteer
    assert [p.surface for p in gazetteer().find("He told Voice of America and Radio Free Asia in Seoul.")] == ["Seoul"]


def test_a_state_named_as_the_nation_of_denies_visas_and_the_people_struck_are_no_figure():
    rec = extract("Earlier this year, the Mediterranean nation of Cyprus denied visa extensions for about 30 North Korean "
                  "laborers when their work permits expired.", published="2016-07-28")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["CY"]
    assert rec["claims"] == []


def test_an_apposition_that_gives_the_sex_does_not_end_the_group():
    [e] = events_of(extract("The nine employees, all women, and one male manager worked at a North Korean restaurant in "
                            "China before arriving in Seoul in May 2018.", published="2019-03-08"), "defection")
    assert (e["count"], e["male"], e["female"]) == (10, 1, 9)


def test_a_main_clauses_date_does_not_date_the_happening_in_its_relative_clause():
    [e] = events_of(extract("A hearing for nine waitresses who defected from a North Korean restaurant in China was "
                            "postponed on June 21.", published="2018-06-22"), "defection")
    assert e["date"] is None


def test_a_restaurant_at_home_makes_no_article_about_the_chain_abroad():
    rec = extract("A new seafood restaurant has opened in Pyongyang, North Korea's state media said. The Pyongyang "
                  "Ryugyong Fish Restaurant has a pool for indoor fishing. North Korea said the restaurant shows the "
                  "leader's love for the people, while the United States watched a missile factory.",
                  published="2018-08-01")
    assert (rec["relevant"], rec["restaurants"]) == (False, [])


def test_cities_listed_with_their_countries_in_brackets_are_each_a_restaurant():
    rec = extract("North Korea runs a restaurant chain. With outlets in Hanoi, Yangon (Myanmar), Vientiane (Laos) and "
                  "Pattaya (Thailand), as well as Shanghai, the chain is growing.", published="2015-01-01")
    assert [r["city"] for r in rec["restaurants"]] == ["Hanoi", "Yangon", "Vientiane", "Pattaya", "Shanghai"]


def test_a_figure_that_changed_to_new_values_over_the_years():
    rec = extract("Figures given to parliament show that the number of North Koreans working in Cyprus increased from two "
                  "workers in the building trade in 2010, to 14 with no stated job in 2011. The number of North Koreans "
                  "increased to 25 in March 2014 and to 60 in 2015.", published="2015-06-01")
    assert sorted((c["value"], c["country"]) for c in rec["claims"]) == [(2, "CY"), (14, "CY"), (25, "CY"), (60, "CY")]


@pytest.mark.parametrize("text,destination,country", [
    ("A North Korean man who managed the restaurant in Kathmandu defected to India with cash.", "IN", "NP"),
    ("A North Korean diplomat defected to the United States in 1997.", "US", None),
])
def test_a_defection_to_another_state_goes_there(text, destination, country):
    [e] = events_of(extract(text, published="2015-01-01"), "defection")
    assert (e["destination"], e["workplace"]["country"]) == (destination, country)


def test_a_body_that_writes_to_the_norths_businesses_to_shut_down_issues_the_hosts_order():
    rec = extract("North Korean businesses have yet to close their operations in Laos. The Department of Commerce wrote "
                  "letters to the North Korean business owners in Laos to shut down their enterprises by October 31.",
                  published="2019-10-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["LA"]


@pytest.mark.parametrize("text", [
    "The district court opened a hearing on the nine former workers of a North Korean restaurant in Shenyang.",
    "Rights groups say Chinese and North Korean officials worked together to forcibly repatriate the nine workers.",
])
def test_a_court_opening_a_hearing_or_a_plan_to_send_back_is_no_happening(text):
    assert [e["type"] for e in extract(text, published="2016-06-01")["events"] if e["type"] in ("opening", "return")] == []


def test_a_plural_noun_trigger_is_no_present_tense_habit():
    rec = extract("North Korean restaurants closed after September 12, which was when the UN passed additional sanctions "
                  "against North Korea.", published="2017-11-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["UN"]


def test_group_defections_of_restaurant_workers_are_a_kind_not_one_happening():
    rec = extract("More North Korean restaurants in China are shutting down months after sanctions and group defections "
                  "of restaurant workers.", published="2016-11-01")
    assert events_of(rec, "defection") == []


@pytest.mark.parametrize("text,relevant", [
    ("Police raided the offices of a pro-Pyongyang group after Tokyo imposed sanctions against North Korea over its "
     "missile tests.", False),
    ("Laos imposed sanctions on North Korea and ordered its workers to leave.", True),
])
def test_an_article_with_sanctions_alone_is_ours_when_they_bear_on_the_norths_people_abroad(text, relevant):
    assert extract(text, published="2016-11-01")["relevant"] is relevant


def test_people_waiting_to_possibly_defect_are_a_defection_under_way():
    [e] = events_of(extract("Media reported that two North Koreans were now in a Southeast Asian country waiting to "
                            "possibly defect to South Korea.", published="2016-05-01"), "defection")
    assert e["status"] == "pending"


@pytest.mark.parametrize("text,city", [
    ("A new North Korean restaurant in Vientiane is serving up cold noodles and other classic fare.", "Vientiane"),
    ("North Korean restaurants in Hanoi are gone, but new ones have sprung up in Yangon.", "Yangon"),
    ("Diners in Ulaanbaatar can now try the latest branch of the North Korean chain.", "Ulaanbaatar"),
    ("The North Korean restaurant has relocated to a mall in Vientiane.", "Vientiane"),
])
def test_a_restaurant_new_sprung_up_or_relocated_is_an_opening(text, city):
    assert [e["workplace"]["city"] for e in events_of(extract(text, published="2018-07-01"), "opening")] == [city]


def test_the_souths_abduction_told_in_the_active_is_pyongyangs_account_of_a_defection():
    [e] = events_of(extract("North Korea renewed its calls for South Korea to return nine waitresses whom Pyongyang says "
                            "Seoul abducted from a restaurant in Vietnam.", published="2016-05-24"), "defection")
    assert (e["count"], e["status"], e["workplace"]["country"]) == (9, "disputed", "VN")


def test_the_day_a_demand_was_made_does_not_date_the_defection_it_is_about():
    [e] = events_of(extract("North Korea demanded Tuesday that South Korea return nine waitresses whom Pyongyang says Seoul "
                            "abducted from a restaurant in Vietnam.", published="2016-05-25"), "defection")
    assert e["date"] is None


@pytest.mark.parametrize("text,city", [
    ("Vientiane’s only North Korean restaurant, off Lane Xang Avenue, has closed.", "Vientiane"),
    ("Nine workers defected from a North Korean restaurant in May. The restaurant was reportedly located in Yanji, in "
     "China’s Jilin province.", "Yanji"),
])
def test_a_restaurant_a_city_owns_or_one_later_said_to_be_located_there(text, city):
    assert [r["city"] for r in extract(text, published="2017-05-01")["restaurants"]] == [city]


def test_a_countrys_possessive_restaurants_are_no_city_restaurant():
    rec = extract("The largest of North Korea’s overseas restaurants has closed, and its workers have gone home.",
                  published="2018-02-16")
    assert rec["restaurants"] == []


def test_a_line_wrapped_by_hand_mid_sentence_does_not_break_it():
    sents = split_sentences("Laos has dealt a blow to North Korea by placing limits on the issuance of work\nvisas to North "
                            "Korean nationals, a daily said.\nA second paragraph.")
    assert [s.text.split()[0] for s in sents] == ["Laos", "A"]
    rec = extract("Laos has dealt a blow to North Korea by placing limits on the issuance of certain types of work\nvisa "
                  "to North Korean nationals, a Japanese daily said.", published="2014-04-20")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["LA"]


def test_a_restaurant_re_opened_with_a_hyphen_and_visitors_for_the_games_are_no_defectors():
    rec = extract("North Korea's first restaurant in Western Europe re-opened at the end of 2013 in Amsterdam.",
                  published="2014-01-10")
    assert [(e["type"], e["workplace"]["city"]) for e in rec["events"]] == [("opening", "Amsterdam")]
    rec = extract("More than 200 North Korean cheerleaders arrived in South Korea today to cheer on athletes at the "
                  "Winter Olympics.", published="2018-02-07")
    assert events_of(rec, "defection") == []


def test_some_out_of_a_citys_restaurants_closed_and_a_place_near_another_is_not_it():
    rec = extract("Sources say at least three out of 12 North Korean restaurants in Hunchun, China, have closed.",
                  published="2016-04-12")
    assert [(c["value"], c["country"]) for c in rec["claims"]] == [(12, "CN")]
    assert [r["city"] for r in rec["restaurants"]] == ["Hunchun"] * 3
    rec = extract("In the southern Chinese city of Zhuhai near Macau, a North Korean restaurant had also closed.",
                  published="2016-04-12")
    assert [r["city"] for r in rec["restaurants"]] == ["Zhuhai"]


def test_the_day_a_channel_broke_the_news_does_not_date_the_defection():
    [e] = events_of(extract("A cable channel broke the news Thursday, saying the defection of 12 waitresses from a North "
                            "Korean restaurant in China in 2016 was not made by choice.", published="2018-05-12"),
                    "defection")
    assert e["date"] == "2016"


@pytest.mark.parametrize("text", [
    "Seoul publicized the decision, saying it was the largest group defection since the leader took power in 2011.",
    "Staff at the North Korean restaurant in Vientiane learn the fine art of opening beer bottles.",
])
def test_a_record_or_opening_bottles_is_no_happening(text):
    assert [e["type"] for e in extract(text, published="2018-05-01")["events"]] == []


def test_an_opening_is_where_its_verb_says_and_a_sanctions_report_is_no_measure():
    rec = extract("North Korea runs restaurants in the region, he said, noting that although those in Hanoi and Hue are "
                  "gone, new ones have sprung up in Yangon and Dhaka.", published="2019-03-01")
    assert [e["workplace"]["city"] for e in events_of(rec, "opening")] == ["Yangon", "Dhaka"]     # one per city listed
    rec = extract("Chad repatriated North Korean laborers, its most recent UN sanctions implementation report claims.",
                  published="2018-08-10")
    assert events_of(rec, "sanction") == []


@pytest.mark.parametrize("text,count", [
    ("North Korea's deputy ambassador to Peru, So Yong Nam, has defected to South Korea, officials said.", 1),
    ("North Korea's deputy ambassador to Peru, So Yong Nam, has defected to South Korea with his family.", None),
])
def test_one_named_defector_is_one_person_unless_his_family_went_too(text, count):
    [e] = events_of(extract(text, published="2019-09-20"), "defection")
    assert e["count"] == count


@pytest.mark.parametrize("text,closures", [
    ("Outside Laos, more North Korean restaurants are closing in the wake of the nuclear test.", 0),
    ("There were reports of North Korean restaurants struggling and closing with few customers.", 0),
    ("At the North Korean restaurant in Vientiane, a waitress snaps her fan open and shut.", 0),
    ("Two North Korean restaurants in Hunchun are closing this week.", 1),
])
def test_a_trend_of_closings_or_a_fan_snapped_shut_is_no_closure(text, closures):
    assert len(events_of(extract(text, published="2016-04-12"), "closure")) == closures


@pytest.mark.parametrize("text,figure", [
    ("This restaurant is one of two North Korean restaurants left in Laos after the one in Luang Prabang closed.",
     ("restaurant_count", 2, "LA")),
    ("Activists say nearly 1900 North Korean defectors a year make their way to South Korea via Laos.",
     ("defector_arrivals", 1900, None)),
])
def test_a_figure_beside_a_later_closure_and_a_hedged_count_that_looks_like_a_year(text, figure):
    rec = extract(text, published="2017-12-06")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [figure]


def test_workers_living_outside_the_country_and_the_next_places_part_are_figures():
    rec = extract("As many as 90,000 North Koreans were thought last year to be living outside the country as laborers.",
                  published="2024-01-01")
    assert [(c["metric"], c["value"]) for c in rec["claims"]] == [("overseas_worker_count", 90000)]
    rec = extract("According to the government, around 1,500 North Korean workers live in Amur alone. In other regions, "
                  "Khabarovsk has around 1,200.", published="2009-12-24")
    assert sorted((c["value"], c["country"]) for c in rec["claims"]) == [(1200, "RU"), (1500, "RU")]


def test_the_norths_restaurants_found_or_popular_somewhere_are_there():
    rec = extract("North Korean restaurants are also found in Vientiane and Da Nang.", published="2016-05-01")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Da Nang", "Vientiane"]
    rec = extract("North Korean restaurants were popular in the beach resort of Nha Trang.", published="2016-05-01")
    assert [r["city"] for r in rec["restaurants"]] == ["Nha Trang"]


@pytest.mark.parametrize("text", [
    "In March 2018 the Security Council passed sanctions which required the repatriation of North Koreans working "
    "overseas and gave states two years to comply.",
    "New UN sanctions adopted in December limit fuel imports, freeze assets and order all North Korean labourers abroad to be sent "
    "home within two years.",
])
def test_what_a_measure_requires_is_the_measure_not_a_return(text):
    rec = extract(text, published="2018-05-02")
    assert events_of(rec, "return") == [] and len(events_of(rec, "sanction")) == 1


def test_a_state_that_sends_workers_home_after_sanctions_still_returns_them():
    rec = extract("Following the sanctions, Mongolia ordered the return of 400 North Korean workers last month.",
                  published="2018-05-02")
    assert [e["count"] for e in events_of(rec, "return")] == [400]


@pytest.mark.parametrize("text,issuer", [
    ("Under the UN sanctions on North Korea, Kuwait has not issued any visas to citizens from the country since 2016.", "KW"),
    ("Since March 2018, Romania has issued no work permits for North Korean citizens, the labour ministry said.", "RO"),
    ("Hungary is phasing out work permits for North Koreans, officials in Budapest said.", "HU"),
])
def test_a_halt_told_as_visas_not_issued_since_or_permits_phased_out_is_the_states_measure(text, issuer):
    rec = extract(text, published="2018-09-03")
    assert issuer in [e["issuer"] for e in events_of(rec, "sanction")]


@pytest.mark.parametrize("text", [
    "The expulsion of DPRK labourers employed at the North Korean restaurant in Vientiane follows the resolutions, the "
    "ministry said.",
    "All North Korean workers have withdrawn from the Russian region of Tomsk, the governor said on Monday.",
])
def test_an_expulsion_of_workers_or_workers_who_withdraw_go_home(text):
    assert [e["destination"] for e in events_of(extract(text, published="2019-02-11"), "return")] == ["KP"]


def test_a_state_that_withdraws_from_an_agreement_sends_nobody_home():
    rec = extract("Talks stalled after the United States withdrew from the agreement with North Korea.", published="2019-02-11")
    assert events_of(rec, "return") == []


def test_restaurants_counted_city_by_city_are_there_and_each_citys_closure_is_told():
    rec = extract("Laos has closed the businesses of North Koreans. A North Korean restaurant stood on this street. An "
                  "official said the three restaurants in Vientiane and two others in Luang Prabang were closed by May.",
                  published="2019-06-14")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Luang Prabang"] * 2 + ["Vientiane"] * 3
    assert sorted(e["workplace"]["city"] for e in events_of(rec, "closure")) == ["Luang Prabang", "Vientiane"]


def test_restaurants_counted_right_after_the_norths_businesses_are_theirs():
    rec = extract("The government has shut down all businesses operated by North Koreans in the country. The daily "
                  "said authorities closed three restaurants in Vientiane and two in Luang Prabang.", published="2019-06-14")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Luang Prabang"] * 2 + ["Vientiane"] * 3


def test_a_place_after_another_definite_thing_is_that_things():
    rec = extract("The premises closed by the North Korean owners include five restaurants and the North Korean-built "
                  "museum in Luang Prabang province.", published="2019-06-14")
    assert [r for r in rec["restaurants"] if r["city"] == "Luang Prabang"] == []


@pytest.mark.parametrize("text,issuer", [
    ("The Laotian government has shut down all businesses operated by North Koreans in the country.", "LA"),
    ("Oman in March sharply downgraded ties with North Korea, asking North Korean workers to leave the country.", "OM"),
])
def test_a_state_closing_the_norths_businesses_or_sending_its_workers_away_issues_a_measure(text, issuer):
    rec = extract(text, published="2018-05-02")
    assert issuer in [e["issuer"] for e in events_of(rec, "sanction")]


def test_the_norths_restaurants_opened_in_listed_cities_are_one_per_city_a_city_state_too():
    rec = extract("Pyongyang restaurants have since opened in other cities including Vientiane, Hanoi and Singapore.",
                  published="2016-05-01")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Hanoi", "Singapore", "Vientiane"]


@pytest.mark.parametrize("text,etype", [
    ("“Those forcibly repatriated by China face years in labour camps,” the group said of the North Korean defectors.",
     "return"),
    ("The minister said any deportation of the North Korean defectors by China breaks the international norm.", "return"),
    ("Pyongyang has reportedly barred 300 of its workers in Kuwait from returning home for fear of unrest.", "return"),
    ("China sent back 60 North Koreans in March. Beijing considers them illegal migrants who fled for economic reasons.",
     "defection"),
    ("Under the act, Canada has accepted more than 80 North Korean defectors in the past five years.", "defection"),
    ("The North Korean restaurant in Dandong is busy. She waited at the counter, her folded hands on the table.", "closure"),
    ("North Korea's missile launch on Monday angered Beijing, where the North Korean restaurant stayed open.", "opening"),
])
def test_a_fate_a_principle_a_ban_a_kind_a_tally_or_a_missile_is_no_event(text, etype):
    assert events_of(extract(text, published="2018-05-02"), etype) == []


@pytest.mark.parametrize("text,status", [
    ("The six North Koreans were on their way to South Korea when they were caught by Lao police on May 3.", "pending"),
    ("North Korea's envoy in Ethiopia has gone into hiding with his wife, a lawmaker said.", "pending"),
    ("The last such case was in 2016, when the North Korean deputy envoy in Stockholm switched sides.", None),
])
def test_on_the_way_south_into_hiding_or_switching_sides_is_a_defection(text, status):
    [e] = events_of(extract(text, published="2018-05-02"), "defection")
    assert status is None or e["status"] == status


def test_a_part_of_a_workforce_sent_home_is_the_count_and_a_laws_year_dates_nothing():
    rec = extract("The firm told the embassy that 40 of its 130 North Korean workers were being sent home for breaking "
                  "Kuwait's Labour Law (No. 6 of 2010).", published="2016-09-29")
    [e] = events_of(rec, "return")
    assert e["count"] == 40 and e["date"] != "2010"


def test_a_news_outlets_country_is_not_where_it_happened():
    rec = extract("Some 40 North Korean labourers have been sacked and sent home by a construction firm, a British news "
                  "site has reported.", published="2016-09-29")
    [e] = events_of(rec, "return")
    assert (e.get("workplace") or {}).get("country") != "GB"


@pytest.mark.parametrize("text,figure", [
    ("Last year, 1,047 North Koreans defected to South Korea, the ministry said.", ("defector_arrivals", 1047, "year")),
    ("Pyongyang is believed to have more than 60,000 workers stationed in some 40 countries.",
     ("overseas_worker_count", 60000, None)),
])
def test_a_years_defections_and_workers_stationed_abroad_are_figures(text, figure):
    rec = extract(text, published="2014-01-20")
    assert figure in [(c["metric"], c["value"], c["period"]) for c in rec["claims"]]


def test_tens_of_thousands_gives_no_figure():
    rec = extract("Tens of thousands of North Koreans work overseas, mostly in Russia.", published="2014-01-20")
    assert rec["claims"] == []


def test_nationals_barred_from_going_home_are_a_figure_of_workers_there():
    rec = extract("Pyongyang has reportedly barred 300 of its nationals in Kuwait from returning home for fear of unrest.",
                  published="2018-05-02")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 300, "KW")]
    assert rec["relevant"]


def test_restaurants_a_closure_includes_are_no_figure():
    rec = extract("Laos shut down all North Korean businesses. The premises closed down include five restaurants and a "
                  "museum.", published="2019-12-01")
    assert [c for c in rec["claims"] if c["metric"] == "restaurant_count"] == []


def test_did_the_same_or_followed_suit_tells_the_last_kind_of_event_again():
    rec = extract("The North Korean restaurant in Vientiane ceased trading for good in May. Its sister branch in Luang "
                  "Prabang did the same a month later.", published="2017-03-01")
    assert sorted(e["workplace"]["city"] for e in events_of(rec, "closure")) == ["Luang Prabang", "Vientiane"]
    rec = extract("Kuwait stopped issuing visas to North Korean workers in September. Oman followed suit in October.",
                  published="2017-11-01")
    assert sorted(e["issuer"] for e in events_of(rec, "sanction")) == ["KW", "OM"]


def test_the_norths_restaurant_in_a_city_told_first_with_the_is_one():
    rec = extract("The North Korean restaurant in Vientiane is popular with tourists.", published="2017-03-01")
    assert [r["city"] for r in rec["restaurants"]] == ["Vientiane"]
    rec = extract("Pyongyang Koryo opened last week. It is the fourth North Korean restaurant in Laos.", published="2017-03-01")
    assert [r["country"] for r in rec["restaurants"] if not r["name"]] == []


def test_a_happening_years_before_told_in_passing_is_history_not_hearsay():
    rec = extract("A North Korean diplomat in Lagos has defected, a newspaper reported. The last such case was that of "
                  "the deputy envoy in Stockholm, who defected to South Korea in 2015, the report said.",
                  published="2019-07-16")
    statuses = {e["date"]: e["status"] for e in events_of(rec, "defection")}
    assert statuses.get("2015") == "confirmed"


def test_a_member_of_staff_is_one_person():
    rec = extract("A member of staff of the North Korean embassy in Lusaka defected to South Korea in May, sources said.",
                  published="2016-06-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [1]


def test_a_cuisine_is_no_restaurant_name_and_a_newspapers_country_is_no_workplace():
    rec = extract("Kim Jong-il authorised North Korea's first Italian restaurant, which opened in December, according to "
                  "a pro-Pyongyang newspaper published in Japan.", published="2009-03-16")
    assert [r["name"] for r in rec["restaurants"]] == []
    assert [(e.get("workplace") or {}).get("country") for e in events_of(rec, "opening")] in ([], [None])


def test_the_norths_first_and_only_restaurant_somewhere_and_there_is_one_in_a_city():
    rec = extract("North Korea's first and only restaurant in Africa opened in Nairobi last year.", published="2017-03-01")
    assert [r["city"] for r in rec["restaurants"]] == ["Nairobi"]
    rec = extract("There are two North Korean restaurants in Laos. There is one in Vientiane, and another in Luang Prabang.",
                  published="2017-03-01")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Luang Prabang", "Vientiane"]


def test_one_of_n_around_the_world_is_the_networks_size():
    rec = extract("The North Korean restaurant in Vientiane - one of 120 around the world, mostly in China - was busy.",
                  published="2016-05-01")
    assert [(c["metric"], c["value"]) for c in rec["claims"]] == [("restaurant_count", 120)]


@pytest.mark.parametrize("text", [
    "The nine North Korean workers, far from home, serve up grilled beef and crab stew.",
    "No employer hired the last batch of 35 North Korean workers whose permits expired in May.",
])
def test_a_group_the_story_follows_is_no_figure_of_workers_abroad(text):
    assert extract(text, published="2017-06-01")["claims"] == []


def test_of_the_whole_the_whole_is_still_a_figure():
    rec = extract("Of the 48 North Koreans who had held work visas in Nepal, 42 have now gone home, officials said.",
                  published="2017-06-01")
    assert [c["value"] for c in rec["claims"]] == [48]


def test_the_states_envoy_and_his_wife_are_two():
    rec = extract("North Korea's top diplomat in Sweden has gone into hiding along with his wife, a lawmaker said.",
                  published="2019-01-04")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["male"], e["female"]) == (2, 1, 1)


def test_restaurants_gone_or_sprung_up_in_listed_cities_are_one_event_per_city():
    rec = extract("Of the North Korean restaurants, those in Hanoi and Hue are gone, but new ones have sprung up in "
                  "Vientiane and Yangon, a diplomat said.", published="2012-01-01")
    assert sorted(e["workplace"]["city"] for e in events_of(rec, "closure")) == ["Hanoi", "Hue"] or \
        sorted(e["workplace"]["city"] for e in events_of(rec, "closure")) == ["Hanoi", "Huế"]
    assert sorted((e["workplace"]["city"], e["workplace"]["country"]) for e in events_of(rec, "opening")) == [
        ("Vientiane", "LA"), ("Yangon", "MM")]


def test_a_resolution_approved_after_the_council_met_is_the_councils():
    rec = extract("The Security Council met on Monday. A new resolution was approved on December 22, restricting North "
                  "Korean laborers abroad.", published="2017-12-24")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["UN"]


def test_states_listed_as_the_subject_each_issue_the_measure():
    rec = extract("Oman and Bahrain stop renewing visas for North Korean workers, officials said.", published="2017-10-01")
    assert sorted(e["issuer"] for e in events_of(rec, "sanction")) == ["BH", "OM"]


def test_the_czech_government_is_the_czech_republic_and_no_republic_is_a_city():
    rec = extract("Although the Czech government stopped issuing new work visas for North Koreans in June, those who came "
                  "before still work in factories.", published="2006-11-09")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["CZ"]


@pytest.mark.parametrize("text,issuer", [
    ("Tanzania promised to halt military cooperation with North Korea after a visit by Seoul's foreign minister. North "
     "Korea had sent military trainers to Tanzania for years.", "TZ"),
    ("Namibia has cut ties with two North Korean firms that built monuments with North Korean workers.", "NA"),
])
def test_a_state_ending_its_dealings_with_the_north_issues_a_measure(text, issuer):
    rec = extract(text, published="2016-06-01")
    assert rec["relevant"] and [e["issuer"] for e in events_of(rec, "sanction")] == [issuer]


def test_soldiers_who_desert_their_front_defect():
    rec = extract("Some 20 North Korean soldiers are believed to have deserted the front in Kursk, a Ukrainian official said.",
                  published="2024-10-17")
    assert [e["count"] for e in events_of(rec, "defection")] == [20]
    rec = extract("The deserted streets near the North Korean restaurant in Dandong were quiet.", published="2024-10-17")
    assert events_of(rec, "defection") == []


def test_the_highest_ranking_to_have_defected_since_a_year_is_a_record_not_a_defection_that_year():
    rec = extract("Kim Chol, a former counsellor at the North Korean Embassy in Lima, escaped to South Korea in March. Kim "
                  "Chol is the highest-ranking official known to have defected from North Korea since 2017.",
                  published="2024-08-10")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2024-03"]


def test_a_newspaper_named_with_its_country_is_who_tells_not_where():
    rec = extract("In Khabarovsk, three North Korean defectors climbed over a wall to enter the South Korean consulate. But "
                  "China's People's Daily describes these defectors as loggers.", published="2012-03-01")
    assert [(e.get("workplace") or {}).get("country") for e in events_of(rec, "defection")] == ["RU"]


def test_an_articles_one_named_restaurant_placed_nowhere_is_its_one_placed_restaurant():
    rec = extract("During a visit to Vientiane, a friend working in the city told us about a North Korean restaurant "
                  "nearby.\n\nMy only other brush with North Korea was in Dandong, China, on a bridge over the Yalu "
                  "River.\n\nBut I digress.\n\nWe all agreed to check out the North Korean "
                  "Restaurant (Pyongyang Koryo Restaurant). Nearby restaurants had people dining.", published="2018-03-20")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Pyongyang Koryo Restaurant", "Vientiane")]


def test_a_brand_word_the_text_uses_for_a_company_is_no_restaurant_anywhere_in_it():
    rec = extract("Mansudae, a North Korean company that works across Africa, built the state house in Windhoek with North "
                  "Korean labourers. Mansudae also built a munitions factory.", published="2016-07-01")
    assert rec["restaurants"] == []


def test_a_restaurant_placed_only_through_the_waitresses_who_fled_it_is_mentioned():
    rec = extract("Officials announced that 12 North Korean waitresses and their manager had defected to Seoul from the "
                  "eastern Chinese city of Ningbo.", published="2016-05-01")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [(None, "Ningbo")]


def test_north_korean_women_working_abroad_are_a_figure_of_workers():
    rec = extract("Nearly 300 North Korean women are quietly helping the motherland by working at factories in Poland.",
                  published="2006-11-09")
    assert [(c["metric"], c["value"]) for c in rec["claims"]] == [("overseas_worker_count", 300)]


def test_a_count_told_as_the_highest_figure_is_a_yearly_statistic_not_a_defection():
    rec = extract("According to the ministry, about 12 members of the North Korean elite, including diplomats and students, "
                  "defected last year, representing the highest figure since 2016.", published="2019-07-19")
    assert events_of(rec, "defection") == []
    assert [(c["metric"], c["value"], c["period"]) for c in rec["claims"]] == [("defector_arrivals", 12, "year")]


@pytest.mark.parametrize("text", [
    "A North Korean soldier was captured by Ukraine in January. He said he would like to apply for asylum in South Korea.",
    "A North Korean soldier was captured by Ukraine in January. The soldier also expressed his desire to go live in South "
    "Korea once he is released.",
    "A North Korean soldier captured by Ukrainian forces last month has reportedly expressed his wishes to defect to South "
    "Korea.",
])
def test_a_captives_wish_to_go_south_is_one_persons_defection_under_way(text):
    [e] = events_of(extract(text, published="2025-02-15"), "defection")
    assert (e["count"], e["status"], e["destination"]) == (1, "pending", "KR")


@pytest.mark.parametrize("text,issuers", [
    ("Oman has ordered North Korea's ambassador to leave the country and downgraded its diplomatic relations with "
     "Pyongyang, according to government sources.", ["OM"]),
    ("Oman and Bahrain have agreed to prevent new visas for North Korean workers from being issued. \"Visas to North "
     "Korean nationals will not be renewed,\" Oman's government said.", ["BH", "OM"]),
])
def test_an_envoy_ordered_out_relations_downgraded_or_visas_prevented_are_the_states_measure(text, issuers):
    rec = extract(text, published="2017-09-20")
    assert sorted({e["issuer"] for e in events_of(rec, "sanction")}) == issuers


def test_places_listed_before_oblasts_are_regions_not_cities():
    rec = extract("Some 20 North Korean soldiers have deserted their posts. The troops were deployed in Russia's Kursk and "
                  "Bryansk oblasts when they deserted, an official said.", published="2024-10-17")
    assert [(e.get("workplace") or {}).get("city") for e in events_of(rec, "defection")] == [None]


def test_a_state_that_ends_the_services_of_the_norths_firms_issues_a_measure():
    rec = extract("Zambia has told two North Korean companies that their services are no longer needed in the country. "
                  "Zambia terminated the services of Mansudae Overseas Projects, officials said.", published="2016-07-01")
    assert {e["issuer"] for e in events_of(rec, "sanction")} == {"ZM"}


def test_a_birth_year_dates_nothing():
    dates = find_dates("Kim, born in 1998, fled the restaurant in Ningbo in April 2016.", "2016-05-01")
    assert [d.value for d in dates] == ["2016-04"]


def test_north_koreans_believed_to_work_somewhere_are_a_figure():
    rec = extract("Currently, some 4,000 North Koreans are believed to work in Oman.", published="2017-09-16")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 4000, "OM")]


def test_a_citys_franchise_and_a_new_one_opened_elsewhere_are_the_norths_restaurants():
    rec = extract("North Korea owns more than a dozen eateries around Asia. Vientiane's franchise is a couple of years old; "
                  "a new one opened in Hanoi last year.", published="2011-04-08")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Hanoi", "Vientiane"]
    assert [e["workplace"]["city"] for e in events_of(rec, "opening")] == ["Hanoi"]


def test_a_founding_year_in_an_aside_does_not_date_the_closure_and_american_fare_is_no_place():
    rec = extract("For a few days last week, the Kathmandu branch of the original Okryu-Gwan, founded in 1960 in Pyongyang, "
                  "closed shop to mourn the late ruler, a North Korean diplomat said.", published="2011-12-30")
    assert [e["date"] for e in events_of(rec, "closure")] != ["1960"]
    rec = extract("The North Korean fast-food restaurant, which reportedly opened last month, serves very American fare, "
                  "George said.", published="2009-07-30")
    assert [(e.get("workplace") or {}).get("country") for e in events_of(rec, "opening")] in ([], [None])


def test_a_denied_report_or_a_rumour_of_defection_is_no_defection_and_victims_are_no_group():
    rec = extract("JOHANNESBURG — The North Korean coach blasted reports on the weekend that three of his players had "
                  "defected as false. The defection rumours were sparked by a team sheet.", published="2010-06-22")
    assert events_of(rec, "defection") == []
    rec = extract("Two North Korean fishermen were caught at sea. They confessed to killing 12 fellow crew members before "
                  "they fled to South Korea in a boat.", published="2019-11-08")
    assert 12 not in [e.get("count") for e in events_of(rec, "defection")]


def test_an_attribution_ends_before_its_date():
    rec = extract("Mongolian government figures from 2012 put the number of North Korean laborers at 2,100.",
                  published="2013-03-10")
    assert [c["attributed_to"] for c in rec["claims"]] == ["Mongolian government"]     # (the body its figures are)


def test_north_koreans_arrested_in_a_route_country_this_year_are_its_yearly_figure():
    rec = extract("That raid brought the number of North Korean defectors detained so far this year in Laos to more than "
                  "300. Last year, the number arrested for the entire year was 70.", published="2006-09-15")
    assert sorted((c["metric"], c["value"], c["period"]) for c in rec["claims"]) == [
        ("defector_arrivals", 70, "year"), ("defector_arrivals", 300, "year")]


@pytest.mark.parametrize("text", [
    "A North Korean student has taken refuge in South Korea's consulate in Hong Kong after leaving a math contest.",
    "A North Korean waiter found shelter at the South Korean embassy in Vientiane last week.",
])
def test_taking_or_finding_refuge_is_a_defection(text):
    assert len(events_of(extract(text, published="2016-07-29"), "defection")) == 1


def test_north_koreans_arrested_on_the_way_out_are_a_defection_under_way():
    rec = extract("Last month Malaysian police arrested 40 North Koreans who were staying at a rented house in Kuala Lumpur, "
                  "the largest such group arrested there.", published="2006-09-15")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["status"]) == (40, "pending")


def test_the_first_such_defection_in_twenty_years_is_a_record_and_a_spokesman_who_tells_is_no_participant():
    rec = extract("It was the first such defection by a North Korean in the former Portuguese colony in 20 years.",
                  published="2016-08-02")
    assert events_of(rec, "defection") == []
    rec = extract("On Thursday, Seoul's foreign ministry spokesman Lee Jae-min said the repatriation of the North Korean "
                  "workers from Oman was confirmed.", published="2016-12-29")
    assert [e.get("participants") for e in events_of(rec, "return")] in ([None], [[]], [])


def test_a_museum_of_the_north_abroad_is_a_workplace_and_a_museum_named_after_a_town_is_not_there():
    rec = extract("The Grand Panorama Museum, built by North Korea near Angkor Wat in Siem Reap, opened in 2015. The "
                  "museum operated by North Korea has suspended operations.", published="2019-12-17")
    assert [(e["workplace"]["kind"], e["workplace"]["country"]) for e in events_of(rec, "opening")] == [("other", "KH")]


def test_the_strongest_sanctions_yet_by_the_council_are_the_councils():
    rec = extract("Malta has stopped issuing work visas for North Koreans. North Korea was slapped with the strongest "
                  "sanctions yet by the United Nations Security Council earlier this year.", published="2016-07-31")
    assert sorted(e["issuer"] for e in events_of(rec, "sanction")) == ["MT", "UN"]


def test_people_turned_over_to_the_norths_embassy_are_sent_back():
    rec = extract("Officials said on Monday that the nine young North Koreans had been turned over to the North Korean "
                  "Embassy in Vientiane.", published="2013-05-29")
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"] and events_of(rec, "defection") == []


def test_a_restaurant_named_in_quotes_is_a_name_even_when_a_town_has_it():
    rec = extract("Also closed for now is the nearby “Sunrise” restaurant in Vientiane, once touted as a sleeker North "
                  "Korean restaurant.", published="2019-12-17")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Sunrise", "Vientiane")]


def test_triggers_split_by_first_letter_match_as_the_plain_alternation():
    import json
    import re
    from importlib import resources

    from nkwatch.extract.events import EVENT_TYPES, lexicon
    from nkwatch.extract.lexicon import load

    texts = [json.loads(line)["text"] for line in resources.files("nkwatch.data").joinpath("eval", "articles.jsonl")
             .read_text(encoding="utf-8").splitlines() if line.strip()]
    trig = lexicon()[0]
    for etype in EVENT_TYPES:
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(expand_lemmas(p) for p in load("events")["triggers"][etype])
                           + r")(?![\w-])", re.IGNORECASE)
        for text in texts:
            assert [m.span() for m in trig[etype].finditer(text)] == [m.span() for m in plain.finditer(text)], etype


def test_a_count_in_the_city_of_a_place_is_scoped_there():
    rec = extract("North Korean restaurants in China employ young women. In the Chinese city of Hunchun, near the border "
                  "with North Korea, there are about twelve of these restaurants.", published="2021-12-01")
    assert [(c["value"], c["country"], c.get("place")) for c in rec["claims"]] == [(12, "CN", "Hunchun")]


def test_the_way_home_through_a_third_country_is_a_returns_transit():
    rec = extract("The rest of the North Korean team went back home on July 19 via Beijing, the newspaper said.",
                  published="2016-07-29")
    assert [e.get("transit") for e in events_of(rec, "return")] == [["CN"]]


@pytest.mark.parametrize("text,etype,count", [
    ("A North Korean chef who worked at a restaurant in Vladivostok has resettled in South Korea, officials said.",
     "defection", 1),
    ("Five North Korean loggers broke away from their camp in Russia's Far East in March.", "defection", 5),
    ("A North Korean diplomat posted in Bangkok has gone over to the South, Seoul confirmed on Monday.", "defection", 1),
    ("China sent nine North Korean defectors back across the border last week, activists said.", "return", 9),
])
def test_more_wordings_of_going_south_and_of_being_sent_back(text, etype, count):
    rec = extract(text, published="2018-05-02")
    assert [e["count"] for e in events_of(rec, etype)] == [count]
    assert etype == "defection" or events_of(rec, "defection") == []


def test_a_deadline_for_sending_workers_home_sends_nobody():
    rec = extract("Five days after a UN deadline for sending North Korean workers home, the picture in Russia is untidy.",
                  published="2019-12-27")
    assert events_of(rec, "return") == []


@pytest.mark.parametrize("text,etype,expect", [
    # a restaurant made to close closed (not "plans to close")
    ("The North Korean restaurant in Siem Reap was forced to close last month.", "closure", ("Siem Reap", "2019-05")),
    ("Police say the North Korean restaurant in Vientiane had to shut its doors in 2018.", "closure", ("Vientiane", "2018")),
    # workers who left the foreign country they worked in went home
    ("Some 200 North Korean laborers left Kuwait in 2018, the ministry said.", "return", ("KW", "2018")),
    # "a day later" dates; it is no rate
    ("Twelve North Korean restaurant waitresses left China on April 6 and reached Seoul a day later.", "defection",
     ("CN", None)),
])
def test_closures_under_duress_workers_who_left_and_arrivals_a_day_later(text, etype, expect):
    [e] = events_of(extract(text), etype)
    place = (e["workplace"] or {}).get("city") or (e["workplace"] or {}).get("country")
    assert (place, e.get("date") if expect[1] else None) == expect


@pytest.mark.parametrize("text", [
    "The North Korean restaurant in Hanoi may be forced to close soon.",
    "Authorities in Hanoi plan to close the North Korean restaurant there.",
    "The North Korean workers left Pyongyang for Moscow in 2015 to work on building sites.",
    "As of June, only 150 North Korean workers left in Qatar, the report said.",     # (left: remaining)
    "About 200 North Korean workers go home every week from the port.",
    "The number of North Korean defectors arriving in the South fell to 1,047 last year, the ministry said.",
])
def test_no_event_from_a_closure_to_come_a_departure_to_work_a_rate_or_a_statistic(text):
    assert extract(text)["events"] == []


def test_a_date_before_a_measure_the_return_obeys_dates_the_return():
    rec = extract("Mongolia sent home 300 North Korean workers in late 2019 to comply with UN sanctions.",
                  published="2020-07-01")
    assert [(e["count"], e.get("date")) for e in events_of(rec, "return")] == [(300, "2019")]


@pytest.mark.parametrize("text,issuer", [
    ("The US Treasury sanctioned two North Korean companies that send workers abroad to run restaurants.", "US"),
    ("Two North Korean firms that run restaurants in China were sanctioned by the EU in 2018.", "EU"),
    ("Kuwait stopped renewing the visas of North Korean workers in 2017.", "KW"),
])
def test_the_verb_sanction_and_visas_no_longer_renewed_are_measures(text, issuer):
    assert [e["issuer"] for e in events_of(extract(text), "sanction")] == [issuer]


def test_an_entity_under_sanctions_is_no_measure():
    rec = extract("Workers of a UN-sanctioned North Korean company still run a restaurant in Vladivostok.")
    assert events_of(rec, "sanction") == []


@pytest.mark.parametrize("follower", ["Another one in Jakarta", "A second one in Jakarta"])
def test_another_one_in_a_city_is_a_restaurant_there(follower):
    rec = extract(f"I ate at a North Korean restaurant in Kuala Lumpur last year. {follower} has closed.")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Jakarta", "Kuala Lumpur"]
    assert [e["workplace"]["city"] for e in events_of(rec, "closure")] == ["Jakarta"]


def test_a_place_after_while_is_the_next_clauses():
    rec = extract("In Moscow the North Korean Koryo restaurant is popular, while in Vladivostok a cafe draws tourists.")
    assert [r.get("city") for r in rec["restaurants"] if r.get("name") == "Koryo"] == ["Moscow"]


def test_three_more_who_escaped_are_another_group_dated_by_may_that_year():
    rec = extract("In 2016, a group of waitresses fled their North Korean restaurant in Ningbo. In May that year, three "
                  "more escaped from a restaurant in Shaanxi.", published="2021-01-10")
    assert [(e.get("count"), e["workplace"].get("city") or e["workplace"].get("region"), e.get("date"))
            for e in events_of(rec, "defection")] == [(None, "Ningbo", "2016"), (3, "Shaanxi", "2016-05")]


def test_a_month_that_year_is_one_date():
    text = "They fled in 2014. On 3 June of the same year they reached Seoul."
    assert [(d.value, text[d.start:d.end]) for d in find_dates(text, "2021-01-10")] == [
        ("2014", "2014"), ("2014-06-03", "3 June of the same year")]


@pytest.mark.parametrize("text,count", [
    ("Two North Korean waitresses managed to escape from their restaurant in Dandong last week.", 2),
    ("China has allowed 13 North Korean restaurant workers to leave China legally to defect to South Korea.", 13),
    ("Activists helped three North Korean restaurant workers to flee to Thailand in March.", 3),
])
def test_the_infinitive_of_a_verb_that_says_it_happened_happened(text, count):
    assert [e["count"] for e in events_of(extract(text), "defection")] == [count]


@pytest.mark.parametrize("text", [
    "North Korean restaurant workers are rarely allowed to leave their dormitories in Dandong, and none has managed to flee.",
    "Two North Korean waitresses were not able to escape from their restaurant in Dandong.",
])
def test_no_defection_where_leaving_is_forbidden_or_failed(text):
    assert events_of(extract(text), "defection") == []


def test_a_restaurant_called_by_a_citys_name_is_named_so():
    rec = extract("Muscovites are buzzing about a North Korean restaurant called Pyongyang. It is the first such "
                  "venture from the DPRK in Moscow in 15 years.", published="2025-09-23")
    assert [(r.get("name"), r.get("city")) for r in rec["restaurants"]] == [("Pyongyang", "Moscow")]


def test_a_restaurant_named_in_apposition_by_a_citys_name_is_named_so():
    rec = extract("There is a new alternative for diners curious about North Korea: a new restaurant, Pyongyang, which "
                  "opened this week in Amsterdam with waitresses from the North.", published="2012-03-20")
    assert [(r.get("name"), r.get("city")) for r in rec["restaurants"]] == [("Pyongyang", "Amsterdam")]


def test_yearly_arrivals_told_as_seeking_refuge_in_the_south_are_claims():
    rec = extract("According to the ministry, 1,047 North Koreans sought refuge in the South in 2019, compared with 229 "
                  "in 2020 and 63 last year.", published="2022-04-15")
    assert [(c["metric"], c["value"], c.get("period")) for c in rec["claims"]] == [
        ("defector_arrivals", 1047, "year"), ("defector_arrivals", 229, "year"), ("defector_arrivals", 63, "year")]


def test_the_mass_deportation_that_took_place_on_a_day_dates_the_return_told_before():
    rec = extract("China has forcibly returned as many as 600 North Korean refugees to the government they had fled, "
                  "rights groups say.\n\nThe mass deportation, the largest since North Korea reopened its borders, took "
                  "place on October 9, according to a report released on Thursday.", published="2023-12-01")
    assert [(e["count"], e.get("date")) for e in events_of(rec, "return")] == [(600, "2023-10-09")]


@pytest.mark.parametrize("text,country", [
    ("Laos on Monday confirmed that it had handed nine young asylum seekers aged between 14 and 18 back to North "
     "Korea.", "LA"),
    ("The US says it is concerned by reports that China has repatriated nine North Korean refugees.", "CN"),
])
def test_people_handed_back_are_counted_and_who_deplores_it_is_no_workplace(text, country):
    assert [(e["count"], e["workplace"]["country"]) for e in events_of(extract(text, published="2013-06-03"),
                                                                       "return")] == [(9, country)]


@pytest.mark.parametrize("text", [
    "North Korean labourers in Russia were all supposed to have been repatriated by the end of 2019 under UN sanctions.",
    "UN Security Council Resolution 2397, adopted after a missile launch in 2017, demands all North Korean workers "
    "in Russia be repatriated to the North by the end of 2019.",
])
def test_no_return_from_what_a_measure_required(text):
    assert events_of(extract(text, published="2022-07-18"), "return") == []


def test_people_sent_back_home_after_a_relative_clause_and_no_return_of_money():
    rec = extract("Seoul sent three North Koreans who crossed the maritime border in a fishing boat back home on Monday, "
                  "the ministry said.", published="2019-07-29")
    assert [(e["count"], e.get("date")) for e in events_of(rec, "return")] == [(3, "2019-07-29")]
    rec = extract("The North Korean waitresses in Dhaka were forced to remit a monthly amount of money back to North Korea, "
                  "and one did not make enough money to send back home.", published="2015-01-01")
    assert events_of(rec, "return") == []


def test_dated_batches_after_a_return_are_returns_of_their_own():
    rec = extract("Human Rights Watch confirmed that on 29 August 2023, 80 North Koreans were forcibly repatriated by "
                  "China, along with 40 others on 18 September, and nearly 50 North Koreans in July 2021.",
                  published="2023-10-20")
    assert [(e["count"], e.get("date")) for e in events_of(rec, "return")] == [
        (80, "2023-08-29"), (40, "2023-09-18"), (50, "2021-07")]


@pytest.mark.parametrize("text,value", [
    ("They had fled the embassy on November 10.", "2019-11-10"),       # told in October: last November
    ("The restaurant will reopen on November 10.", "2020-11-10"),       # still to come
])
def test_a_day_and_month_after_publication_is_last_years_unless_still_to_come(text, value):
    assert [d.value for d in find_dates(text, "2020-10-08")] == [value]


@pytest.mark.parametrize("phrase,two", [
    ("diplomat Jo Song Gil, who went missing in Italy in 2018, has defected to South Korea with his wife", True),
    ("diplomat Jo Song Gil has defected to South Korea with his wife and children", False),    # how many children?
    ("a waitress who fled with her colleagues", False),      # how many colleagues is not told
])
def test_a_named_person_who_left_with_a_spouse_is_two(phrase, two):
    assert any(g.count == 2 for g in find_groups(phrase, 0, len(phrase))) == two


def test_a_state_the_deported_were_sent_on_to_is_the_returns_transit():
    rec = extract("Laos in May deported nine North Korean refugees to China, from where they were forcibly repatriated "
                  "to North Korea.", published="2013-06-10")
    assert [(e["workplace"]["country"], e.get("transit")) for e in events_of(rec, "return")] == [("LA", ["CN"])]


def test_one_return_told_by_its_legs_and_again_with_nothing_new_is_one():
    rec = extract("Laos in May deported nine North Korean refugees to China. On May 27 the embassy heard that the group "
                  "had been deported to China. An official said the refugees were repatriated to North Korea on May 28. "
                  "Rights groups said the case was a disgrace. Laos reversed course with little explanation, detaining the "
                  "defectors, then handing them over to North Korean officials.", published="2013-06-10")
    assert [(e["count"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [(9, "LA")]


def test_most_of_the_thousands_repatriated_is_a_tally():
    rec = extract("A report issued in 2013 by a UN commission found that most of the tens of thousands of North Koreans "
                  "repatriated from China were tortured.", published="2023-10-24")
    assert events_of(rec, "return") == []


def test_the_refuge_is_where_they_were_when_nothing_else_is_told():
    rec = extract("A North Korean student has taken refuge in South Korea's consulate in Hong Kong after breaking away "
                  "from a team at a math contest, local news reports said.", published="2016-07-29")
    assert [e["workplace"]["country"] for e in events_of(rec, "defection")] == ["HK"]


def test_the_tellers_own_post_is_no_place_of_the_event():
    rec = extract("North Korea's acting ambassador to Kuwait has defected to South Korea, a lawmaker said. Ryu Hyun Woo "
                  "had led North Korea's embassy in Kuwait since 2017. Ryu defected to South Korea last September, "
                  "according to Tae Yong Ho, who was North Korea's deputy ambassador to Britain before settling in the "
                  "South in 2016.", published="2020-10-05")
    kuwait = [e for e in events_of(rec, "defection") if e["workplace"]["country"] == "KW"]
    assert len(kuwait) == 1 and kuwait[0].get("participants") == ["Ryu Hyun Woo"]


@pytest.mark.parametrize("text,value", [
    ("More than 50,000 North Koreans have been sent to work abroad, mainly in Russia and China, a UN expert said.", 50000),
    ("Some 1,000 workers from N. Korea remain in Russia and will leave soon, the Russian Foreign Ministry said.", 1000),
])
def test_workers_sent_to_work_abroad_or_from_the_north_are_counted(text, value):
    assert [(c["metric"], c["value"]) for c in extract(text, published="2020-01-23")["claims"]] == [
        ("overseas_worker_count", value)]


@pytest.mark.parametrize("text,etype,expect", [
    ("A North Korean waitress from a restaurant in Shenyang has been granted asylum in South Korea.", "defection", "CN"),
    ("A North Korean restaurant worker in Vladivostok made it to South Korea last month.", "defection", "RU"),
    ("Poland banned its companies from hiring North Korean workers in 2017.", "sanction", "PL"),
    ("The European Union added nine North Korean officials to its sanctions list over the forced labour of workers.",
     "sanction", "EU"),
    ("In a move to pile pressure on Pyongyang, the US Treasury on Tuesday (Nov 21) added a North Korean company that "
     "sends workers abroad to its sanctions list.", "sanction", "US"),
])
def test_asylum_granted_journeys_made_hiring_bans_and_listings(text, etype, expect):
    [e] = events_of(extract(text), etype)
    assert (e.get("issuer") if etype == "sanction" else e["workplace"]["country"]) == expect


def test_a_date_in_an_aside_is_the_asides_happenings():
    rec = extract("The North Korean Pyongyang restaurant, which opened in Jakarta in 2005, closed its doors in 2017.",
                  published="2019-06-01")
    assert [(e["type"], e.get("date")) for e in rec["events"]] == [("opening", "2005"), ("closure", "2017")]


@pytest.mark.parametrize("text,expect", [
    ("North Korea withdrew all its restaurant staff from Cambodia in 2018.", [("return", "KH")]),
    ("North Korean restaurant workers in China are repatriated regularly, activists say.", []),
])
def test_all_its_staff_withdrawn_go_home_and_a_present_habit_is_no_event(text, expect):
    assert [(e["type"], e["workplace"]["country"]) for e in extract(text, published="2019-06-01")["events"]] == expect


def test_north_koreans_resident_in_a_state_who_left_the_country_on_its_orders_went_home():
    rec = extract("33 North Koreans resident in Nepal left the country prior to October 31 upon orders from the "
                  "government, the country said in a report on its implementation of international sanctions. "
                  "Kathmandu also reported to have ordered DPRK-linked businesses be shut down.", published="2019-11-15")
    assert [(e["type"], e.get("count"), e["workplace"]["country"] if e["type"] == "return" else e["issuer"])
            for e in rec["events"]] == [("return", 33, "NP"), ("sanction", None, "NP")]


def test_a_resolutions_number_counts_nobody():
    rec = extract("Under the most recent round of sanctions, Resolution 2397 states that all North Korean workers in "
                  "Japan must be sent home by December 2019.", published="2019-06-01")
    assert events_of(rec, "return") == []


def test_a_lines_heading_date_dates_its_first_happening_whatever_dates_follow():
    rec = extract("Sanctions on North Korea and its workers abroad\n\n22 December 2017 – With Resolution 2397 the Security "
                  "Council decides that the measures imposed by resolution 1718 in 2006 continue to apply, and that all "
                  "North Korean workers abroad be sent home.", published="2023-01-01")
    dates = {e.get("instrument"): e.get("date") for e in events_of(rec, "sanction")}
    assert dates.get("UNSCR 2397") == "2017-12-22"


def test_a_ministrys_visa_halt_is_its_states_the_headline_names():
    rec = extract("An official source from the foreign ministry said on Thursday the measures included ending entrance "
                  "visas for North Korean workers and no longer issuing commercial licenses.", published="2017-08-11",
                  title="Kuwait sanctions North Korea but ministries confused on how")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["KW"]


def test_a_figure_compared_and_a_conventions_year_are_no_happening_or_date():
    rec = extract("A total of 135 North Korean defectors arrived in South Korea in the first quarter, the ministry said. "
                  "The figure marked a sharp drop from 229 North Korean defectors who resettled in the South during the "
                  "same period a year earlier.", published="2020-04-03")
    assert [e["count"] for e in events_of(rec, "defection")] == [135]
    rec = extract("China refuses to let North Korean defectors pass safely, against the 1951 Refugee Convention, and "
                  "more than 500 North Korean defectors were repatriated from China this week.", published="2023-10-12")
    assert all(e.get("date") != "1951" for e in rec["events"])


@pytest.mark.parametrize("text,issuer", [
    ("The United Nations Security Council in 2017 demanded that member states forcibly repatriate overseas North Korean "
     "workers.", "UN"),
    ("There is a looming UN ban requiring member states to repatriate North Korean citizens earning money overseas.", "UN"),
    ("Malta has in effect deported North Korean workers by refusing to renew their work visas.", "MT"),
    ("After the nuclear test, China agreed to banish North Korean businesses and cap oil supply.", "CN"),
    ("All U.N. member states were required to repatriate North Korean workers at the end of 2019.", "UN"),
])
def test_more_wordings_of_a_measure_on_the_norths_workers(text, issuer):
    assert [e["issuer"] for e in events_of(extract(text), "sanction")] == [issuer]


@pytest.mark.parametrize("text,expect", [
    ("Five North Korean waitresses worked at a restaurant in Kathmandu. Three of them have already left Nepal as their "
     "visa was not renewed.", [("return", 3)]),
    ("The nine North Koreans, aged between 15 and 23, left their country via China for Laos in April, a report said.",
     [("defection", 9)]),
    ("The North Korean workers left their country for Russia to earn money on building sites.", []),
])
def test_three_of_them_who_left_and_those_who_left_their_country(text, expect):
    assert [(e["type"], e.get("count")) for e in extract(text, published="2019-06-01")["events"]] == expect


def test_a_wires_date_stamp_dates_nothing():
    rec = extract("Dec. 4 (UPI) — All six North Korean restaurants that once operated in Cambodia have closed down, "
                  "according to a South Korean press report.", published="2019-12-05")
    assert [e.get("date") for e in events_of(rec, "closure")] == [None]


def test_restaurants_in_two_cities_after_the_norths_restaurants_are_one_each():
    rec = extract("All six North Korean restaurants that once operated in Cambodia have closed down, a report said.\n\n"
                  "Yonhap reported the closures followed requests from Cambodia.\n\nRestaurants in Phnom Penh and Siem Reap "
                  "closed for business on Saturday.", published="2019-12-05")
    assert sorted(r["city"] for r in rec["restaurants"] if r.get("city")) == ["Phnom Penh", "Siem Reap"]


def test_a_name_after_the_norths_restaurant_noun():
    rec = extract("In Jakarta, North Korea-run restaurant Pyongyang Raengmyon closed on Tuesday.", published="2017-03-22")
    assert [r.get("name") for r in rec["restaurants"]] == ["Pyongyang Raengmyon"]
    rec = extract("North Korea runs restaurants abroad to earn cash. Koryo North Korean restaurant MoscowThe appeal of "
                  "Koryo to a Moscovite is its rarity.", published="2017-03-22")
    assert "MoscowThe" not in [r.get("name") for r in rec["restaurants"]]      # (a caption run into the text)


def test_a_chains_location_in_a_city_is_a_restaurant_there():
    rec = extract("Kim Jong Il has been expanding his international chain of restaurants. \"Everyone knows that it is run "
                  "by the North Korean government,\" the manager of the Dubai location told a local daily.",
                  published="2011-06-01")
    assert [r.get("city") for r in rec["restaurants"]] == ["Dubai"]
    rec = extract("North Korean officials toured the location of a new factory in Dubai.", published="2011-06-01")
    assert rec["restaurants"] == []


def test_a_mission_closing_is_no_business_closing():
    rec = extract("The North Korean embassy in Kuala Lumpur closed in March 2017 after the murder of Kim Jong Nam, as ties "
                  "with the North collapsed.", published="2020-01-30")
    assert events_of(rec, "closure") == []


def test_workers_sent_to_some_forty_countries_are_counted_as_a_range():
    rec = extract("North Korea has sent 50,000 to 100,000 workers to some 40 countries, experts estimate.",
                  published="2019-06-01")
    assert [(c["metric"], c["value"], c.get("value_max")) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] \
        == [("overseas_worker_count", 50000, 100000)]


FILLER = "Its cooks serve cold noodles, pickles and grilled fish, and the staff sing for guests at night. " * 5


def claims_of(rec: dict, metric: str) -> list[tuple]:
    return [(c["value"], c.get("period")) for c in rec["claims"] if c["metric"] == metric]


# -- restaurants the discourse makes the North's ------------------------------------------------------------------

def test_the_chains_branches_placed_right_after_the_norths_restaurant_are_theirs():
    # (paragraphs after the North was last named: the chain is still what the text speaks of)
    rec = extract("Tourists queue at a North Korean restaurant in Yangon. " + FILLER + "The chain also has restaurants in "
                  "Manila, Bandung, and Surabaya, and its branch in Chiang Mai shut for a while.", published="2020-02-11")
    assert sorted(r["city"] for r in rec["restaurants"]) == ["Bandung", "Chiang Mai", "Manila", "Surabaya", "Yangon"]


@pytest.mark.parametrize("later", [
    "The Chinese restaurants in Mandalay are busy, and local eateries in Bago lost customers.",
    "The Korean restaurants in Seoul are full every night.",
    "The restaurants in Mandalay are mostly run by Chinese owners.",
    "The hotpot restaurants in Bago do better.",
    "We then tried the seafood restaurants in Mandalay.",
    "The restaurant in Bago where we ate the next day served curry.",
])
def test_other_restaurants_placed_after_the_norths_are_not_theirs(later):
    rec = extract("Tourists queue at a North Korean restaurant in Yangon. " + FILLER + later, published="2020-02-11")
    assert [r["city"] for r in rec["restaurants"]] == ["Yangon"]


def test_their_branches_in_a_city_closing_after_the_norths_restaurant_was_spoken_of():
    rec = extract("North Korea's state-run restaurant in Vientiane opened in 2006. " + FILLER + "Likewise, their outlets in Luang "
                  "Prabang were shut down.", published="2019-01-01")
    assert [e["workplace"]["city"] for e in events_of(rec, "closure")] == ["Luang Prabang"]


def test_each_listed_branch_closing_takes_the_date_of_its_own_conjunct():
    rec = extract("North Korea's eateries in Asia have had a hard decade. Its branch in Yangon shut in 2016 and the "
                  "branch in Vientiane closed its doors in 2019.", published="2021-01-01")
    assert sorted((e["workplace"]["city"], e["date"]) for e in events_of(rec, "closure")) == [
        ("Vientiane", "2019"), ("Yangon", "2016")]


def test_a_listed_branches_closing_told_with_a_later_statement_keeps_its_own_year():
    rec = extract("North Korea's eateries in Asia have had a hard decade. In 2015 the branches in Hanoi and Da Nang closed, "
                  "the ministry said in 2018.", published="2018-06-01")
    assert {e.get("date") for e in events_of(rec, "closure")} <= {"2015", None}


@pytest.mark.parametrize("second,etype,city", [
    ("Most are in China, yet there were others abroad - one struggled and closed in Prague in 2015.", "closure", "Prague"),
    ("Most are in China, but another opened in Doha in 2013.", "opening", "Doha"),
    ("Another opened in Doha in 2013.", "opening", "Doha"),
])
def test_one_of_the_norths_restaurants_just_spoken_of_closes_or_opens(second, etype, city):
    rec = extract("North Korea's Okryu group runs some eighty restaurant branches abroad. " + second,
                  published="2019-01-01")
    [e] = events_of(rec, etype)
    assert (e["workplace"]["kind"], e["workplace"]["city"]) == ("restaurant", city)


# -- figures --------------------------------------------------------------------------------------------------------

def test_the_number_that_stood_at_a_count_of_people_is_the_figure_the_text_is_about():
    rec = extract("By the end of September the number of North Korean defectors entering the South this year stood at "
                  "770 people. In the year before the number stood at 1,204 defectors, and in 2016 it was even higher "
                  "at 1,418 people. A cumulative number of 31,100 defectors, mostly women, have come so far.",
                  published="2018-10-30")
    assert claims_of(rec, "defector_arrivals") == [(770, "year"), (1204, "year"), (1418, "year"), (31100, "cumulative")]


def test_people_in_a_sentence_about_the_defectors_figure_are_no_figure_of_it():
    rec = extract("The number of defectors dropped in 2020, though the North has about 25 million people.",
                  published="2021-01-10")
    assert claims_of(rec, "defector_arrivals") == []


def test_defectors_who_had_entered_the_south_since_the_division_are_a_running_total():
    rec = extract("Over 26,000 North Korean defectors had entered the South by the end of March, officials noted.",
                  published="2014-04-02")
    assert claims_of(rec, "defector_arrivals") == [(26000, "cumulative")]


def test_the_previous_record_beside_a_yearly_figure_is_a_yearly_figure_too():
    rec = extract("Some 2,700 North Korean defectors reached the South in 2010, beating the old record of 2,500 set in "
                  "2008.", published="2011-01-15")
    assert claims_of(rec, "defector_arrivals") == [(2700, "year"), (2500, "year")]


@pytest.mark.parametrize("text,values", [
    # an age
    ("Officials said 1,100 North Korean defectors reached the South last year. A 58-year-old man who came in 2011 "
     "died last week.", [1100]),
    # the short tail of a span of years
    ("The number of North Korean defectors who came South since the 1950-53 conflict topped 8,000 on Monday, the "
     "ministry noted.", [8000]),
    # a day's group beside the running total it brings
    ("The number of North Korean defectors in the South is near 8,300. \"Nine North Korean defectors landed in South "
     "Korea today, which brings the total number to 8,310,\" a spokesman said.", [8300, 8310]),
])
def test_an_age_a_years_short_tail_and_a_days_group_are_no_figures(text, values):
    rec = extract(text, published="2007-02-01")
    assert [v for v, _ in claims_of(rec, "defector_arrivals")] == values


def test_a_figure_changed_by_an_amount_is_no_figure_of_that_amount():
    rec = extract("Moscow reported that the count of North Korean workers in Russia had fallen by 12,400 workers over "
                  "two years.", published="2019-03-01")
    assert [c["value"] for c in rec["claims"]] == []


def test_a_workers_figure_is_followed_by_its_parts_and_where_they_work():
    rec = extract("Around 9,000 North Koreans work in Africa, 4,200 of them in Angola. Some 900 work in Namibia and "
                  "Botswana, with another 400 in Mozambique and 150 in Zambia.", published="2015-06-01")
    got = [(c["value"], c.get("country")) for c in rec["claims"] if c["metric"] == "overseas_worker_count"]
    assert got[:2] == [(9000, None), (4200, "AO")] and got[3:] == [(400, "MZ"), (150, "ZM")] and got[2][0] == 900


def test_yearly_money_the_sentence_says_is_the_workers_earnings_named_before():
    rec = extract("Some 60,000 North Korean workers toil abroad, and most of their pay goes to the state. The value of these "
                  "sums to Pyongyang is disputed, with estimates from $700m to more than $1.5bn annually.",
                  published="2018-02-01")
    assert [(c["value"], c.get("value_max")) for c in rec["claims"] if c["metric"] == "overseas_worker_revenue_usd"] \
        == [(700_000_000, 1_500_000_000)]


@pytest.mark.parametrize("text", [
    "North Korea uses forced labour in its prison camps. Its arms sales bring in about $100 million annually.",
    "Kim has called for more exports, relying on the workers' loyalty. Pyongyang earns about $300 million a year from coal.",
])
def test_yearly_money_after_a_sentence_on_labour_is_not_theirs_unless_it_says_so(text):
    rec = extract(text, published="2018-02-01")
    assert [c for c in rec["claims"] if c["metric"] == "overseas_worker_revenue_usd"] == []


@pytest.mark.parametrize("text", [
    "Koryo is a restaurant chain run by North Korea's government, with around 90 locations worldwide.",
    "Since opening its first restaurant in Beijing in 1998, North Korea's Koryo group has unveiled about 90 branches.",
])
def test_a_chains_locations_or_branches_are_the_norths_restaurants(text):
    rec = extract(text, published="2019-01-01")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "restaurant_count"] == [90]


def test_another_chains_branches_are_not_the_norths():
    rec = extract("North Korea's leader likes hamburgers; the American chain has about 90 locations worldwide.",
                  published="2019-01-01")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "restaurant_count"] == []


def test_a_wiki_pages_reference_marks_do_not_join_its_sentences():
    sents = split_sentences("The plan was dropped by the city.[3][4] A newspaper counted 70 of them. It came back in "
                            "2011.[citation needed] The end.")
    assert [s.text for s in sents] == ["The plan was dropped by the city.[3][4]", "A newspaper counted 70 of them.",
                                       "It came back in 2011.[citation needed]", "The end."]


def test_the_number_told_again_later_is_the_same_figure_grown():
    rec = extract("All told, 27,500 North Korean defectors had entered South Korea by 2014.[1] By 2019 the number had "
                  "risen to about 32,000.[2]", published="2020-05-01")
    assert claims_of(rec, "defector_arrivals") == [(27500, "cumulative"), (32000, "cumulative")]


@pytest.mark.parametrize("text,value", [
    ("About 2,500 North Koreans once had contracts to work in Oman. Now there are fewer than 800 such expats.", 800),
    ("Officials said around 600 such workers were left in Oman at that point, out of 2,000 North Korean workers.", 600),
    ("A pastor said there are about 30,000 North Korean loggers in Russia's Far East.", 30000),
    ("The study says roughly 40,000 workers are now deployed abroad by North Korea.", 40000),
    ("Some 2,000 North Korean workers were discovered working illegally in Russia.", 2000),
])
def test_a_figure_of_such_workers_loggers_or_workers_deployed_abroad(text, value):
    rec = extract(text, published="2018-01-10")
    assert value in [c["value"] for c in rec["claims"] if c["metric"] == "overseas_worker_count"]


def test_workers_arrested_are_the_people_of_a_happening_not_a_figure():
    rec = extract("Last spring nine North Korean workers were arrested by Omani police over smuggled liquor, an envoy "
                  "said.", published="2012-06-01")
    assert [c for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == []


def test_restaurants_that_would_be_shut_are_still_counted():
    rec = extract("Beijing said that within three months the roughly 90 North Korean-owned restaurants across China "
                  "would be closed.", published="2017-09-30")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "restaurant_count"] == [90]


def test_a_peak_of_almost_a_figure_and_refuge_sought_in_seoul_are_defector_figures():
    rec = extract("In 2012, 1,500 North Koreans defected to South Korea, down from a peak of almost 2,900 three years "
                  "before. Over 7,000 North Koreans have sought refuge in Seoul in the past decade.",
                  published="2013-01-10")
    assert {1500, 2900, 7000} <= {c["value"] for c in rec["claims"] if c["metric"] == "defector_arrivals"}


def test_a_number_written_as_words_for_its_thousands_then_digits():
    rec = extract("Officials said the number of North Korean defectors peaked at two-thousand-806 in 2011 and then "
                  "fell to one-thousand-12 in 2018.", published="2019-01-10")
    assert {2806, 1012} <= {c["value"] for c in rec["claims"] if c["metric"] == "defector_arrivals"}


def test_some_of_them_after_a_sentence_on_the_norths_restaurants_are_a_count_of_them():
    rec = extract("Seoul told its citizens to stay away. North Korean restaurants have multiplied since the 1990s. "
                  "Some 90 of them are in China and the rest in Russia and Cambodia.", published="2016-02-10")
    assert [(c["value"], c.get("country")) for c in rec["claims"] if c["metric"] == "restaurant_count"] == [(90, "CN")]


def test_some_of_them_closed_are_no_count_of_them():
    rec = extract("North Korean restaurants are run by the state. About 30 of them were closed last year.",
                  published="2016-02-10")
    assert [c for c in rec["claims"] if c["metric"] == "restaurant_count"] == []


# -- happenings -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a kind of people, not a happening
    "The new rule is bad news for fleeing North Koreans in China, who had long been safe there.",
    # a question, not a return
    "Whether the seven women are sent back may shape the talks, the North's news agency said on Sunday.",
    # a demand for the return of defectors names no defection
    "Pyongyang repeated its call for the return of defectors ahead of the summit last month.",
])
def test_no_happening_in_a_kind_a_question_or_a_demand(text):
    rec = extract(text, published="2018-05-20")
    assert [e["type"] for e in rec["events"] if e["type"] in ("defection", "return")] == []


@pytest.mark.parametrize("text", [
    "Three fleeing North Koreans were caught near the border with Laos last week.",
    "Thai police detained fleeing North Koreans near the Mekong last week.",
    "A number of North Korean workers have defected from Russia this year, officials said.",
])
def test_people_counted_or_caught_and_a_number_of_them_are_still_a_happening(text):
    rec = extract(text, published="2018-05-20")
    assert len(events_of(rec, "defection")) == 1


def test_a_meetings_date_does_not_date_the_happening_raised_at_it():
    rec = extract("The premier said she had raised the deportation of 150 North Korean defectors by China during her "
                  "talks with the Chinese leader last week.", published="2023-10-18")
    [e] = events_of(rec, "return")
    assert e.get("date") in (None, "2023")


@pytest.mark.parametrize("text,date", [
    ("A North Korean diplomat defected during a visit to Bangkok in March, officials said.", "2019-03"),
    ("The North Korean official defected during talks with Japanese officials in Hanoi on May 3.", "2019-05-03"),
])
def test_a_happening_during_a_visit_or_talks_is_dated_by_them(text, date):
    rec = extract(text, published="2019-06-01")
    [e] = events_of(rec, "defection")
    assert e["date"] == date


def test_a_halt_of_residency_permits_and_workers_who_have_gradually_left_since():
    rec = extract("Warsaw halted the renewal of residency permits held by North Korean labourers on 3 March, and the "
                  "labourers have quietly left since, a spokesman said.", published="2018-11-20")
    assert [e.get("issuer") for e in events_of(rec, "sanction")] == ["PL"]
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"]


@pytest.mark.parametrize("text", [
    "None of those workers sought asylum in Poland, a spokeswoman said.",
    "No North Korean worker has defected from the shipyard in Gdansk since 2015, officials said.",
])
def test_a_happening_denied_of_everyone_is_none(text):
    rec = extract("Poland stopped renewing work permits for North Korean workers in 2018. " + text,
                  published="2018-11-20")
    assert events_of(rec, "defection") == []


def test_a_measure_passed_jointly_by_states_is_each_ones():
    rec = extract("A North Korea-based software firm and its chief were sanctioned together by Japan and Australia "
                  "over its workers abroad, Tokyo said.", published="2023-05-23")
    assert sorted(e["issuer"] for e in events_of(rec, "sanction")) == ["AU", "JP"]


def test_a_measure_passed_earlier_by_a_state_is_its_own():
    rec = extract("North Korea's IT workers abroad earn millions. Three of its agencies had been previously sanctioned "
                  "by Japan for that revenue.", published="2023-05-23")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["JP"]


def test_the_pariah_states_embassy_is_the_diplomats_post_not_a_stop_on_the_way():
    rec = extract("A North Korean envoy serving at the reclusive state's embassy in Stockholm is said to have slipped "
                  "away to another country this month, news reports said.", published="2017-03-10")
    [e] = events_of(rec, "defection")
    assert (e["workplace"]["city"], e["workplace"]["country"], e["transit"]) == ("Stockholm", "SE", [])


@pytest.mark.parametrize("text", [
    "Laos has demanded that all North Korean workers be repatriated by the end of the year.",
    "Vientiane has also requested that every one of North Korea's guest labourers be sent home.",
])
def test_a_states_demand_that_workers_be_repatriated_is_its_measure_not_a_return(text):
    rec = extract("Laos is under pressure over North Korean workers. " + text, published="2019-12-05")
    assert events_of(rec, "return") == []
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["LA"]


def test_an_order_that_a_counted_group_be_sent_back_is_their_return_not_a_measure():
    rec = extract("Chinese police ordered that the 10 North Koreans be repatriated, a rights group said.",
                  published="2019-12-05")
    assert [e["count"] for e in events_of(rec, "return")] == [10] and events_of(rec, "sanction") == []


def test_earnings_sent_back_home_are_no_workers_going_home():
    rec = extract("Estimates put the number of North Koreans working overseas at 50,000, with much of what they earn "
                  "remitted home to the regime.", published="2017-11-01")
    assert events_of(rec, "return") == []


def test_a_visa_halt_by_states_the_headline_names_is_each_ones():
    rec = extract("MUSCAT -- North Korean labourers are expected to leave Oman and Bahrain now that the two Gulf "
                  "countries have said they would stop renewing visas, depriving Pyongyang of income.",
                  published="2017-09-21", title="Oman, Bahrain halt visas for North Korean workers")
    assert sorted(e["issuer"] for e in events_of(rec, "sanction")) == ["BH", "OM"]


@pytest.mark.parametrize("body,title", [
    ("The two countries said they would stop issuing new visas to North Korean workers.",
     "Kuwait, Qatar and Oman curb North Korean labour"),
    ("Both countries have stopped issuing visas to North Korean workers, the ministry said.",
     "Japan and China discuss North Korea sanctions"),
])
def test_the_headlines_states_issue_the_halt_only_when_it_tells_it_of_as_many(body, title):
    rec = extract(body, published="2017-09-21", title=title)
    assert len(events_of(rec, "sanction")) <= 1


def test_a_couple_of_weeks_counts_nobody_and_walking_out_on_ones_family_is_no_defection():
    rec = extract("A North Korean cook, 24, quit the eatery in Shenyang where she worked, police said a couple of days "
                  "after she vanished on June 2. Downtown, a Chinese trader walked out on his wife and sons.",
                  published="2015-06-20")
    [e] = events_of(rec, "defection")
    assert e["count"] in (None, 1) and len(e["evidence"]) <= 2
    rec = extract("Last Friday a couple of North Koreans employed at a Siberian timber camp asked for asylum at the South "
                  "Korean consulate in Khabarovsk.", published="2011-05-10")
    assert [e["count"] for e in events_of(rec, "defection")] == [2]


def test_the_number_of_defectors_who_entered_is_a_statistic_not_a_happening():
    rec = extract("The number of North Korean defectors who came to South Korea in 2019 reached 1,047, down 9 percent, "
                  "officials said.", published="2020-01-10")
    assert events_of(rec, "defection") == []


def test_a_return_whose_first_leg_goes_to_a_neighbour_has_it_as_transit():
    rec = extract("The seven, held in Cambodia for a fortnight, were returned to neighbouring Vietnam on Friday and "
                  "then flown home to North Korea a day later.", published="2014-06-01")
    [e] = events_of(rec, "return")
    assert (e["workplace"]["country"], e["transit"], e["destination"]) == ("KH", ["VN"], "KP")


def test_where_defectors_were_staying_on_their_way_is_a_transit():
    rec = extract("Twelve North Koreans who had been hiding in Laos since leaving their homeland flew to South Korea on "
                  "Thursday, sources said.", published="2015-03-05")
    [e] = events_of(rec, "defection")
    assert e["transit"] == ["LA"] and e["destination"] == "KR"


@pytest.mark.parametrize("text", [
    "Activists said Beijing had forcibly returned about 400 North Korean defectors to the North last month.",
    "Moscow will send home all of its North Korean migrant workers by next November, a Russian envoy said.",
])
def test_a_capital_that_acts_is_its_government_not_where_the_people_were(text):
    rec = extract(text, published="2018-12-01")
    [e] = events_of(rec, "return")
    assert e["workplace"]["city"] is None and e["workplace"]["country"] in ("CN", "RU")


def test_a_weekday_in_a_story_dated_to_its_month_dates_the_happening_to_that_month():
    rec = extract("A North Korean restaurant manager and eleven waitresses reached South Korea on Friday, the "
                  "ministry said.", published="2016-04")
    [e] = events_of(rec, "defection")
    assert e["date"] == "2016-04"


@pytest.mark.parametrize("text", [
    "The affair had escaped public notice until Malaysia and North Korea fell out last month.",
    "Three North Korean suspects in the poisoning of an exile fled the country hours after the attack.",
    "The 9,000-ton North Korean freighter had left a Cuban port in June before it ran aground.",
    "Has the North Korean student found refuge with the French authorities, or with Seoul's diplomats?",
    "Former North Korean waitresses keep working in Dandong instead of returning to their home country, a radio said.",
])
def test_no_flight_in_an_idiom_a_suspects_escape_a_ships_departure_a_question_or_what_did_not_happen(text):
    rec = extract(text, published="2017-04-10")
    assert [e["type"] for e in rec["events"] if e["type"] in ("defection", "return")] == []


def test_a_threat_of_sanctions_is_no_measure_but_steps_taken_to_close_are():
    rec = extract("The hope is that the threat of sanctions will push Cambodia to act against North Korean restaurants.",
                  published="2017-04-10")
    assert events_of(rec, "sanction") == []
    rec = extract("Two North Korean restaurants still trade in Vientiane although the Lao authorities took measures to "
                  "close them last year.", published="2019-05-10")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["LA"]


def test_one_sent_back_to_his_homeland_is_a_return():
    rec = extract("The North Korean logger was caught at the border by Chinese police and was forcibly returned to his "
                  "homeland in 2014.", published="2016-01-10")
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"]


def test_a_wh_question_takes_the_happening_it_asks_about_as_told():
    rec = extract("Q: What did you think when the 11 North Korean waitresses from the restaurant in Dalian reached the "
                  "South in 2017?",
                  published="2018-01-10")
    assert [(e["count"], e["workplace"]["city"]) for e in events_of(rec, "defection")] == [(11, "Dalian")]


def test_a_title_and_a_first_name_are_a_person_not_a_place():
    rec = extract("The possible defection of a North Korean diplomat's family in Khabarovsk comes as ties between Kim "
                  "and Russian President Vladimir Putin warm.", published="2023-06-10")
    [e] = events_of(rec, "defection")
    assert e["workplace"]["city"] == "Khabarovsk" and e["status"] == "reported"


def test_workers_traced_for_eventual_deportation_are_a_return_to_come():
    rec = extract("Malaysian police are tracing 60 North Korean workers with expired permits in Sabah for eventual "
                  "deportation, officials said.", published="2017-03-17")
    assert [e["status"] for e in events_of(rec, "return")] in ([], ["pending"])


def test_professionals_the_north_sends_abroad_counted_at_work_are_its_workers_abroad():
    rec = extract("Tanzania says 40 North Korean doctors are still working in the country despite UN sanctions.",
                  published="2018-05-26")
    assert [(c["value"], c.get("country")) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(40, "TZ")]


@pytest.mark.parametrize("text", [
    "Last year 71 defectors reached the South, 30 of whom were men and 41 of whom were women, officials said.",
    "Laotian authorities have repatriated 150 North Korean migrant workers since June, a UN report says.",
    "A firm in Oman reportedly requested the dispatch of at least 500 North Korean workers to its sites.",
    "Some 25 North Korean nationals were on board the freighter when it ran aground off Veracruz.",
    "Five North Korean restaurants in Seoul, run by defectors, offer a taste of home.",
])
def test_parts_by_sex_people_sent_home_or_asked_for_a_crew_or_the_souths_restaurants_are_no_such_figure(text):
    rec = extract(text, published="2019-05-01")
    assert [(c["metric"], c["value"]) for c in rec["claims"]
            if c["metric"] != "defector_arrivals" or c["value"] in (30, 41)] == []


def test_authorities_there_are_the_state_the_text_has_placed_them_in():
    rec = extract("A UN panel said three restaurants tied to North Korea still operate in Cambodia even after "
                  "authorities there took measures to close them.", published="2019-05-10")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["KH"]


def test_an_international_airport_named_after_a_city_is_no_place_of_the_happening():
    rec = extract("KOTA KINABALU - All North Korean workers in Sabah with expired permits have been deported, the last "
                  "group leaving for the Kuala Lumpur International Airport on Friday.", published="2017-04-10")
    assert [e["workplace"]["city"] for e in events_of(rec, "return")] in ([None], ["Kota Kinabalu"])


def test_an_advisory_requesting_south_korean_citizens_to_stay_away_is_a_measure():
    rec = extract("Seoul's foreign ministry requested South Korean travellers not to dine at North Korean restaurants "
                  "abroad, a spokesman said on Monday.", published="2017-09-11")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["KR"]


def test_a_group_of_untold_size_that_fled_is_one_happening():
    rec = extract("The hotel made headlines when a group of North Korean kitchen staff apparently escaped to the South.",
                  published="2021-02-03")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(None, "KR")]


def test_a_rare_happening_happened_while_rare_happenings_are_a_habit():
    rec = extract("A rare deportation in April of six North Korean loggers detained in Mongolia drew protests from "
                  "rights groups.", published="2015-09-01")
    assert [e["count"] for e in events_of(rec, "return")] == [6]
    rec = extract("Rare deportations of North Korean loggers from Mongolia have drawn protests, rights groups say.",
                  published="2015-09-01")
    assert events_of(rec, "return") == []


def test_a_measure_published_by_a_capital_is_that_states():
    rec = extract("Two labour brokers were named in a sanctions notice released by Canberra for placing North Korean "
                  "workers on farms abroad.", published="2019-03-02")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["AU"]


def test_clinics_the_north_runs_abroad_are_its_workplaces():
    rec = extract("Ugandan authorities shut three North Korean clinics in Kampala last month over unlicensed doctors.",
                  published="2017-10-20")
    assert [(e["workplace"]["kind"], e["workplace"]["city"]) for e in events_of(rec, "closure")] == [("other", "Kampala")]


def test_since_when_someone_held_a_post_does_not_date_the_flight():
    rec = extract("Pak Chol, North Korea's trade envoy in Minsk since March 2014, reportedly fled with his son last "
                  "September.", published="2016-02-10")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2015-09"]


def test_the_norths_restaurants_listed_city_by_city_with_their_countries():
    rec = extract("A North Korean restaurant opened in Dhaka in 2012. In those years the North Koreans ran similar "
                  "restaurants in Hanoi and Hue in Vietnam, in Vientiane, Laos, and in Malaysia's capital Kuala Lumpur.",
                  published="2014-05-01")
    assert {r["city"] for r in rec["restaurants"]} >= {"Hanoi", "Huế", "Vientiane", "Kuala Lumpur"}


def test_a_count_spread_from_one_country_to_another_has_no_country():
    rec = extract("Investigators have counted 35 North Korean restaurants stretching from Mongolia to Indonesia.",
                  published="2016-01-12")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "restaurant_count"] == [(35, None)]


def test_a_part_given_for_each_of_several_countries_is_one_figure_per_country():
    rec = extract("Pyongyang runs about 90 restaurants abroad, including 70 in China and three each in Laos, Nepal and "
                  "Mongolia.", published="2015-06-01")
    assert sorted((c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "restaurant_count") == [
        (3, "LA"), (3, "MN"), (3, "NP"), (70, "CN"), (90, None)]


def test_parts_of_a_set_drawn_from_are_figures():
    rec = extract("North Korea operates restaurants abroad. From the 80 restaurants in Asia, including 50 in China, "
                  "the regime earns several million dollars.", published="2015-06-01")
    assert (50, "CN") in [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "restaurant_count"]


def test_an_aside_between_a_state_and_its_order_is_read_past():
    rec = extract("The Mongolian government, under steady pressure from Seoul, has asked North Korean firms to close "
                  "their offices in Ulaanbaatar.", published="2018-03-05")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["MN"]


def test_rejected_requests_for_work_permits_are_a_states_measure():
    rec = extract("Kazakhstan's migration office turned down every application from building firms for work permits for "
                  "North Korean labourers in March.", published="2018-06-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["KZ"]


@pytest.mark.parametrize("text", [
    "Eight North Korean women are held in Yanji, and rights groups urged Beijing to spare them from being repatriated.",
    "Activists in Seoul are lobbying to stop Russia from deporting six North Korean loggers held in Irkutsk.",
])
def test_a_return_threatened_or_fought_is_pending(text):
    rec = extract(text, published="2019-08-02")
    assert [e["status"] for e in events_of(rec, "return")] == ["pending"]


def test_a_flight_known_from_news_reports_is_reported():
    rec = extract("What stood out were news reports this month that three North Korean cooks fled a hotel in Yangon.",
                  published="2017-04-11")
    assert [e["status"] for e in events_of(rec, "defection")] == ["reported"]


def test_one_person_with_so_many_compatriots_is_one_more():
    rec = extract("In Doha's airport a North Korean labourer queued with 40 compatriots for a flight home on Sunday.",
                  published="2019-12-16")
    assert [e["count"] for e in events_of(rec, "return")] == [41]


def test_a_waitress_who_eloped_fled():
    rec = extract("One waitress of the North Korean restaurant in Yanji eloped with a Chinese trader in 2015, staff said.",
                  published="2016-02-01")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(1, "2015")]


@pytest.mark.parametrize("text", [
    "Before the ban, overseas labourers were thought to be worth some $700 million to the regime in Pyongyang.",
    "About 60,000 North Koreans worked abroad last year, bringing in roughly 700 million dollars for the state.",
])
def test_a_state_scale_sum_the_workers_abroad_earn_is_their_yearly_yield(text):
    rec = extract(text, published="2020-02-01")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "overseas_worker_revenue_usd"] == [700_000_000]


def test_one_workers_earnings_without_a_year_are_no_state_figure():
    rec = extract("A North Korean labourer abroad earned about $700 for the state in a season, a defector said.",
                  published="2020-02-01")
    assert [c for c in rec["claims"] if c["metric"] == "overseas_worker_revenue_usd"] == []


def test_a_currency_sign_set_apart_from_its_sum_is_still_money():
    rec = extract("North Korea's workers abroad earn the state $ 300 million a year, a report said.", published="2019-01-01")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "overseas_worker_revenue_usd"] == [300_000_000]


def test_the_workforce_a_number_stood_at_is_the_workers_figure():
    rec = extract("Dozens of North Korean farm workers leave Mongolia each week, shrinking a workforce which once "
                  "numbered at about 4,000.", published="2019-11-01")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [4000]


def test_a_list_of_trades_ending_on_workers_counts_the_workers():
    rec = extract("Roughly 350 North Korean engineers, cooks and farm workers are thought to live in Equatorial Guinea.",
                  published="2018-04-01")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(350, "GQ")]


@pytest.mark.parametrize("text,cities", [
    ("North Korean-run restaurants can be found in Ulan Bator, Yangon and Phnom Penh.",
     {"Ulaanbaatar", "Yangon", "Phnom Penh"}),
    ("North Korea's government owns the Okryu chain, which has branches in Dhaka and Kathmandu.", {"Dhaka", "Kathmandu"}),
])
def test_the_norths_restaurants_found_or_a_named_chains_branches_in_listed_cities(text, cities):
    rec = extract(text, published="2015-05-01")
    assert {r["city"] for r in rec["restaurants"]} == cities


@pytest.mark.parametrize("text,etype", [
    ("Two North Korean cooks failed to return from a day off in Harbin last week, a colleague said.", "defection"),
    ("Border police in Hunchun detained three North Korean women who had run from a hotel there.", "defection"),
    ("The North Korean restaurant in Surabaya pulled down its shutters in May 2018.", "closure"),
])
def test_a_worker_gone_from_work_or_shutters_pulled_down_are_happenings(text, etype):
    rec = extract(text, published="2018-06-01")
    assert [e["type"] for e in rec["events"]] == [etype]


@pytest.mark.parametrize("text,etype", [
    ("The North Korean eatery in Hanoi welcomed its first diners in June 2008.", "opening"),
    ("A North Korean restaurant in Yangon threw open its doors in 2012.", "opening"),
    ("The North Korean restaurant in Kuwait City wound up its business in 2019, diplomats said.", "closure"),
    ("Vietnam handed the six North Koreans over to North Korean officials in 2015.", "return"),
    ("The 40 North Korean loggers were put on a train home from Khabarovsk in 2019.", "return"),
])
def test_paraphrases_of_opening_closing_and_sending_home(text, etype):
    rec = extract(text, published="2019-12-01")
    assert [e["type"] for e in rec["events"]] == [etype]


def test_the_figure_for_a_country_is_scoped_to_it():
    rec = extract("North Korea sends workers abroad. The figure for Angola is put at 1,300.",
                  published="2017-09-01")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(1300, "AO")]


def test_labourers_abroad_in_either_spelling_set_the_workers_topic():
    rec = extract("North Korea sends laborers abroad to earn hard currency. The figure for Oman is put at 300.",
                  published="2017-09-01")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(300, "OM")]


def test_people_escaping_their_country_seen_as_migrants_are_a_kind():
    rec = extract("Moscow regards North Koreans escaping their logging camps as illegal migrants, rights groups say.",
                  published="2018-02-01")
    assert events_of(rec, "defection") == []
    rec = extract("Police said 12 North Koreans escaping their logging camp were caught near Tynda in May.",
                  published="2018-06-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [12]


def test_a_north_korean_restaurant_introduced_where_the_text_stands_is_placed_there():
    rec = extract("Crowds fill the night market of Surabaya every evening. Behind it, up a narrow stair, is a North "
                  "Korean restaurant with a karaoke stage.", published="2016-08-01")
    assert [(r["city"], r["country"]) for r in rec["restaurants"]] == [("Surabaya", "ID")]


def places_of(rec: dict) -> list[tuple]:
    return sorted((r["name"], r["city"], r["country"]) for r in rec["restaurants"])


@pytest.mark.parametrize("text,cities", [
    ("The Okryu chain belongs to a ministry in Pyongyang. Lately it added new restaurants in Hanoi, Yangon and "
     "Vientiane.", ["Hanoi", "Vientiane", "Yangon"]),
    ("North Korea earns money abroad. Diners now find assorted North Korean-themed eateries in Shenyang, Dalian and "
     "smaller cities of the northeast.", ["Dalian", "Shenyang"]),
])
def test_a_set_of_the_norths_restaurants_placed_by_a_list_is_one_entry_per_city(text, cities):
    assert sorted(r["city"] for r in extract(text, published="2015-03-01")["restaurants"]) == cities


def test_a_set_of_restaurants_with_nothing_of_the_north_near_is_not_its():
    rec = extract("Pyongyang's missile tests worried Seoul in 2015.\n\n" + "Tourism is booming in the region. " * 12
                  + "Many new restaurants in Hanoi and Yangon serve noodles.", published="2015-03-01")
    assert rec["restaurants"] == []


def test_counts_given_city_by_city_after_a_set_are_one_entry_per_city():
    rec = extract("North Korea earns money abroad. Lately dozens of state-backed eateries opened in Asia, among them 12 "
                  "in Shenyang and 9 in Dalian.", published="2015-03-01")
    assert places_of(rec) == [(None, "Dalian", "CN"), (None, "Shenyang", "CN")]


def test_a_restaurant_named_after_a_citys_possessive_is_in_that_city_not_the_visitors_country():
    rec = extract("A British tourist describes a visit to Dalian's Haebaragi Hall Restaurant, a North Korean eatery the "
                  "state owns.", published="2015-03-01")
    assert places_of(rec) == [("Haebaragi Hall", "Dalian", "CN")]


def test_a_name_ending_in_another_cuisine_is_not_the_norths_restaurant():
    rec = extract("Ipoh got its first North Korean restaurant last May, in a shop that once housed Sakura Japanese "
                  "Restaurant.", published="2015-09-01")
    assert [r["name"] for r in rec["restaurants"]] == [None]


def test_capitals_in_a_headline_name_no_restaurant_but_a_list_of_names_in_prose_does():
    from nkwatch.extract.places import gazetteer
    from nkwatch.extract.restaurants import find_restaurants
    text = ("Every night the North Korean restaurant in Osaka is busy, its staff say.\n\nMore stories\n\n"
            "Seaside Restaurant Offers Northern Noodles To Kobe Diners\n\nThe state also runs Okryu Hall Restaurant, "
            "Taedong Restaurant, Moran Trading Company and Chilbo Restaurant in Kobe.\n")
    names = [r.name for r in find_restaurants(text, gazetteer().find(text)) if r.name]
    assert not {"Seaside", "Offers"} & set(names)
    assert {"Taedong", "Chilbo"} <= set(names)


def test_a_travel_piece_set_in_the_city_its_heading_names_places_the_restaurant_there():
    text = ("Laos - Vientiane\n\nMonday, May 4, 2015\n\nLaos - Vientiane\n\n"
            "We flew on from Luang Prabang to Vientiane on a rainy morning and walked the riverside market for an hour.\n\n"
            "Later a driver showed us a leaflet for a North Korean restaurant, and we booked a table for the evening show.\n\n"
            "The next day we went on by bus to Pakse, then south to the waterfalls near the border with Cambodia.")
    assert places_of(extract(text, published="2015-05-04")) == [(None, "Vientiane", "LA")]


# The headline tells the article's news: a happening only it names is an event, one the body tells too is that event.
def test_a_happening_only_the_headline_names_is_an_event():
    title = "Peru sends shipwrecked sailors back to North Korea"
    rec = extract(f"{title}\n\nThe four men were found clinging to their hull off Callao last week. On Tuesday "
                  "coast guard officers put them aboard a plane bound for Beijing, a port official said.", title=title)
    [e] = events_of(rec, "return")
    assert e["workplace"]["country"] == "PE" and e["destination"] == "KP"
    assert any(rec_span["start"] < len(title) for rec_span in e["evidence"])


def test_a_headline_and_the_body_telling_one_happening_give_one_event_with_the_bodys_status():
    title = "Nine North Koreans Reportedly Escape to Thailand"
    body = ("Thai police said on Monday they had arrested nine North Koreans in Chiang Khong on suspicion of illegal "
            "entry. The group was trying to reach South Korea, a local official said.")
    rec = extract(f"{title}\n\n{body}", title=title)
    [e] = events_of(rec, "defection")
    assert e["count"] == 9 and e["workplace"]["country"] == "TH"
    # the body's status: the police say it; the headline's "reportedly" is a headline's brevity
    assert e["status"] == extract(body)["events"][0]["status"] != "reported"


def test_a_noun_for_the_people_in_a_headline_is_not_a_happening_of_its_own():
    title = "4 defectors caught by Laos and sent back"
    rec = extract(f"{title}\n\nLaotian officials confirmed on Friday that four North Koreans detained near the border "
                  "in May were repatriated to North Korea via China.", title=title)
    assert [e["type"] for e in rec["events"]] == ["return"]


def test_a_capitalised_headline_word_is_a_place_only_when_the_body_names_it_too():
    # ("Officer" is a town in Australia)
    title = "North Korean Trade Officer Defects in Vladivostok"
    rec = extract(f"{title}\n\nThe man had run the trade mission's office in Vladivostok for three years, his "
                  "colleagues said on Monday.", title=title)
    [e] = events_of(rec, "defection")
    assert (e["workplace"]["city"], e["workplace"]["country"]) == ("Vladivostok", "RU")


def test_a_headline_happening_with_no_people_named_is_a_states_turn_not_a_defection():
    title = "Malawi switches sides, drops Pyongyang for Seoul"
    rec = extract(f"{title}\n\nMalawi's president told visiting South Korean officials on Monday that his government "
                  "would end military cooperation with North Korea.", title=title)
    assert events_of(rec, "defection") == []
    title = "Ship's cook and two sailors switch sides in Nakhodka"     # people who go: a defection
    rec = extract(f"{title}\n\nThe three had served on a North Korean cargo ship docked at Nakhodka, Russian officials "
                  "said.", title=title)
    assert [e["workplace"]["city"] for e in events_of(rec, "defection")] == ["Nakhodka"]


# One word class for the North's people ({NK_PEOPLE}, data/lexicon/classes.yaml), read by event triggers and claims alike.
@pytest.mark.parametrize("text,count", [
    ("Border police in Nong Khai have detained 11 North Korean nationals who crossed the Mekong by night.", 11),
    ("Border police in Nong Khai have detained 11 Vietnamese nationals who crossed the Mekong by night.", None),
    ("The North Korean sailors were detained by the coast guard after their trawler drifted south.", None),   # a crew
])
def test_an_arrest_of_the_norths_people_named_by_any_noun_for_them_is_a_defection_under_way(text, count):
    got = events_of(extract(text), "defection")
    assert [e["count"] for e in got] == ([count] if count else [])


@pytest.mark.parametrize("text,value,period", [
    ("Some 2,300 North Korean refugees came to South Korea in 2018, the ministry in Seoul said.", 2300, "year"),
    ("In 2015, 1,275 people fled from North Korea to South Korea, the ministry in Seoul said.", 1275, "year"),
    ("The number of refugees entering South Korea tumbled by half to 1,150 last year, the ministry in Seoul said.",
     1150, "year"),
])
def test_the_norths_people_reaching_the_south_counted_are_a_figure_of_arrivals(text, value, period):
    rec = extract("North Korea's defectors. " + text)
    assert [(c["metric"], c["value"], c["period"]) for c in rec["claims"]] == [("defector_arrivals", value, period)]


def test_a_group_that_fled_counted_is_the_happenings_count_not_a_figure():
    rec = extract("Nine North Korean women escaped to South Korea from a seafood plant in Primorye in May, officials said.")
    assert rec["claims"] == [] and [e["count"] for e in events_of(rec, "defection")] == [9]


def test_a_hedged_count_and_an_exact_one_near_it_tell_one_group():
    rec = extract("More than a dozen North Korean defectors have been detained by Thai police in Nong Khai. Local media "
                  "said that 15 North Koreans were arrested after crossing the Mekong at night.")
    assert [e["count"] for e in events_of(rec, "defection")] == [15]


@pytest.mark.parametrize("text,count", [
    ("Thai police forcibly returned 14 North Koreans to the border on Friday.", 14),
    ("Laos returned approximately 30 North Korean refugees last week, a rights group said.", 30),
    ("Rights groups condemned the expulsion of some 25 North Korean citizens out of Vientiane in May.", 25),
])
def test_to_return_the_norths_people_named_by_any_noun_for_them_is_a_return(text, count):
    [e] = events_of(extract(text), "return")
    assert e["count"] == count


def test_activists_against_the_return_of_defectors_name_no_group_sent_back():
    assert events_of(extract("Activists in Seoul protested the return of escapees, a rights group said."), "return") == []


def test_a_list_of_groups_after_a_counted_dated_happening_is_one_happening_each():
    rec = extract("Thai police deported 120 North Koreans on March 3, 2018, 35 others on May 14, 2018, and about 60 in "
                  "June 2017, a rights group said.", published="2018-09-01")
    assert [(e["count"], e["date"]) for e in events_of(rec, "return")] == [(120, "2018-03-03"), (35, "2018-05-14"),
                                                                          (60, "2017-06")]


@pytest.mark.parametrize("text,count", [
    ("Four North Korean fishermen drifted south in March. The other two were deported to the North on Monday.", 2),
    ("Seven North Korean crew members were found at sea. Tokyo is sending three of the seven crew members back.", 3),
    ("North Korean loggers in Khabarovsk are leaving. The second group of loggers has returned to the North.", None),
])
def test_a_part_of_a_group_told_before_is_the_happenings_people(text, count):
    [e] = events_of(extract(text), "return")
    assert e["count"] == count


def test_people_sent_back_to_their_work_are_not_sent_home():
    assert events_of(extract("The firm sent its North Korean welders back to work after the holiday."), "return") == []


def test_a_states_body_named_in_full_issues_the_measure_it_announces():
    rec = extract("In May, Australia's Department of Foreign Affairs and Trade announced sanctions against three firms "
                  "that hire out North Korean welders.")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["AU"]


@pytest.mark.parametrize("text,issuers", [
    ("Diners left the North Korean restaurant after the passage of a North Korea sanctions resolution in June.", ["UN"]),
    ("The European Parliament backed a sanctions resolution against North Korea in June.", []),
])
def test_a_sanctions_resolution_is_the_councils_unless_another_body_is_named(text, issuers):
    assert [e["issuer"] for e in events_of(extract(text, published="2017-11-02"), "sanction")] == issuers


@pytest.mark.parametrize("text,issuers", [
    ("Mongolia to end its security and military ties with the DPRK, its foreign minister says.", ["MN"]),
    ("Ghana said on Friday it would halt all defence cooperation with Pyongyang.", ["GH"]),
    # a noun after "will" is only talked of; a possibility is no measure
    ("Ministers from the EU will discuss fresh sanctions on North Korea's labour exports in October.", []),
    ("Angola could halt its military cooperation with North Korea, diplomats say.", []),
])
def test_a_states_act_announced_is_the_measure(text, issuers):
    rec = extract("Pyongyang earns cash from workers it sends abroad. " + text, published="2016-06-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == issuers


@pytest.mark.parametrize("text,issuer", [
    ("Lithuania is no longer permitting North Korean labourers to work in its shipyards, its labour office said.", "LT"),
    ("In 2018 Mongolia barred North Korean nationals from entering on work visas.", "MN"),
    ("Kuwait stopped admitting new North Korean workers in August, a minister said.", "KW"),
])
def test_a_state_that_shuts_its_door_to_the_norths_workers_issues_a_measure(text, issuer):
    rec = extract("Pyongyang earns cash from workers it sends abroad. " + text, published="2018-10-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == [issuer]


def test_closures_counted_stand_without_a_place_and_a_network_spread_over_countries_opens_nothing():
    rec = extract("The spy agency says North Korea is believed to have closed about 25 of its restaurants in foreign "
                  "cities. North Korea has opened eateries under local partners in various countries.",
                  published="2016-09-01")
    assert [e["type"] for e in rec["events"]] == ["closure"]


def test_an_advisory_council_is_no_travel_advisory():
    rec = extract("North Korean waitresses serve diners in Kuala Lumpur. Park heads the Malaysian chapter of the "
                  "Peaceful Unification Advisory Council, which meets monthly.", published="2017-03-01")
    assert events_of(rec, "sanction") == []


@pytest.mark.parametrize("text", [
    "A man who had fled to the South in 2019 waded across the Yalu one night last week to go back home, police said.",
    "A former soldier who defected two years ago slipped back through the fence near Goseong on Sunday, Seoul said.",
])
def test_one_who_left_going_back_the_way_he_came_is_a_return(text):
    rec = extract("North Korean defectors are resettled in the South. " + text, published="2021-12-06")
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"]


@pytest.mark.parametrize("text,destination", [
    ("On a trip to Harbin, a senior North Korean trade official asked for asylum with South Korea in May.", "KR"),
    ("A North Korean engineer posted in Tehran took refuge inside Sweden's embassy there on Monday.", "SE"),
])
def test_the_state_whose_door_a_defector_knocked_on_is_where_he_went(text, destination):
    [e] = events_of(extract(text, published="2019-06-04"), "defection")
    assert e["destination"] == destination


def test_a_restaurant_opened_in_a_city_its_own_words_name_is_not_the_one_told_before():
    rec = extract("The Koryo Restaurant in Vientiane is run by the North Korean state.\n\nThe chain opened its first "
                  "Lao restaurant in Luang Prabang in 2009, and diners came at once.", published="2012-05-01")
    [e] = events_of(rec, "opening")
    assert (e["workplace"]["city"], e["date"]) == ("Luang Prabang", "2009")


def test_a_restaurant_a_defector_opened_at_home_is_no_opening_of_the_chain_abroad():
    rec = extract("A North Korean barbecue cook opens in the South\n\nKim was born in Pyongyang, where her family ran a "
                  "restaurant. Her parents were born in Osaka.\n\nKim defected to the South in 2015. Two years later, "
                  "she opened Hanbit, a barbecue restaurant in Seoul's Mapo district.", published="2020-02-01")
    assert events_of(rec, "opening") == []


def test_a_spokesmans_surname_is_no_place_wherever_it_stands():
    rec = extract("Russia sent home 30 North Korean workers on Monday, said border service spokesman Ivan Omsk. "
                  "The men left by train, Omsk said.", published="2019-12-10")
    [e] = events_of(rec, "return")
    assert e["workplace"]["city"] is None


@pytest.mark.parametrize("text,count", [
    ("Japan on Friday handed over five North Korean fishermen it had rescued at sea to a North Korean patrol boat.", 5),
    ("Japan rescued four North Korean sailors whose boat had sunk and returned them home on Sunday.", 4),
])
def test_people_handed_to_the_norths_ship_or_taken_home_are_a_return(text, count):
    [e] = events_of(extract(text, published="2018-12-07"), "return")
    assert (e["count"], e["destination"]) == (count, "KP")


def test_heading_home_when_something_else_happened_is_no_return():
    rec = extract("Two North Korean fishermen said their boat sank just as they were heading home from the squid "
                  "grounds.", published="2018-12-07")
    assert events_of(rec, "return") == []


def test_sentences_a_page_ran_together_without_spaces_are_split():
    text = "Five North Koreans were caught near Yanji last week.Police said they hid in a barn. Dr.Lee was not named."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Five North Koreans were caught near Yanji last week.", "Police said they hid in a barn.",
        "Dr.Lee was not named."]


def test_a_flight_wished_for_stays_pending_when_later_sentences_speak_of_the_defectors_helping():
    rec = extract("Three North Korean sailors held in Busan have told officials of their wish to defect to the South, "
                  "a rights group said.The men's letters reached a defectors' association through a lawyer.They "
                  "said the defectors had visited them twice.", published="2024-03-01")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["status"]) == (3, "pending")


@pytest.mark.parametrize("text", [
    "Twelve North Korean loggers sent abroad to earn U.S. dollars for the regime fled their camp, a lawmaker said.",
    "Twelve North Korean loggers fled their camp during Vladimir Putin's mobilisation drive, a lawmaker said.",
])
def test_a_currency_or_a_leaders_first_name_is_no_workplace(text):
    [e] = events_of(extract(text, published="2023-02-01"), "defection")
    assert (e["workplace"]["city"], e["workplace"]["country"]) == (None, None)


def test_a_part_of_the_group_named_with_including_is_not_its_size():
    rec = extract("A group of North Korean loggers, all men including two soldiers, reached Seoul in May, the ministry "
                  "said.", published="2023-06-01")
    [e] = events_of(rec, "defection")
    assert e["count"] is None       # (the group is not counted; two is only some of it)


@pytest.mark.parametrize("text,published,instrument", [
    # what the measure did names it: every worker home within 24 months is the December 2017 resolution
    ("Mongolia says it has shut the last workers' hostel in Ulaanbaatar to honour UN sanctions that ordered all "
     "North Korean labourers deported within 24 months.", "2019-10-02", "UNSCR 2397"),
    ("A brewery in Gdansk kept its North Korean workers long after the UN sanctions deadline passed, inspectors "
     "said.", "2021-04-20", "UNSCR 2397"),
    ("The North Korean restaurants still open in Vientiane defy UN sanctions in force since 2019, the envoy said.",
     "2022-08-09", "UNSCR 2397"),
    # new work permits barred: the September 2017 resolution
    ("Under the UN sanctions, states may not grant North Korean workers new work permits, an official in Doha said.",
     "2018-02-11", "UNSCR 2375"),
    # nothing told of what it did: no resolution guessed
    ("Mongolia enforces the UN sanctions on North Korean workers, a spokesman said.", "2019-10-02", None),
    # a resolution adopted after the report cannot be the one it tells of
    ("UN sanctions require North Korean labourers abroad to be repatriated, a diplomat in Ulaanbaatar said.",
     "2017-10-02", None),
    # a date in the month of a resolution names that one, whatever else the sentence says (the resolver reads it)
    ("The UN sanctions adopted on September 11, 2017 barred the hiring of North Koreans, and all workers were to go "
     "home by December 2019.", "2020-05-04", None),
])
def test_a_council_measure_told_by_what_it_did_names_its_resolution_as_inferred(text, published, instrument):
    [e] = events_of(extract(text, published=published), "sanction")
    assert e["issuer"] == "UN" and e.get("instrument") == instrument
    assert ("instrument" in e.get("inferred", [])) == (instrument is not None)


def test_a_return_only_spoken_of_as_possible_with_can_is_no_return():
    rec = extract("Forty North Korean cooks stranded in Vladivostok since the border shut still do not know when they "
                  "can go back home, a relief worker said.", published="2021-09-01")
    assert events_of(rec, "return") == []


@pytest.mark.parametrize("text", [
    "North Korean loggers in Russia sit idle as their work vanishes\n\nThe camps near Tynda have laid off half their men.",
    "At the North Korean restaurant in Vladivostok the tourists vanished when the border shut, its manager said.",
])
def test_work_or_customers_that_vanish_are_no_defection(text):
    assert events_of(extract(text, published="2021-02-01"), "defection") == []


def test_people_who_left_a_city_abroad_for_the_north_went_home():
    rec = extract("About 150 North Korean workers left Khabarovsk for the North's port of Rajin by ferry on Friday, a "
                  "shipping agent said.", published="2020-01-20")
    assert events_of(rec, "defection") == [] and [e["count"] for e in events_of(rec, "return")] == [150]


def test_a_town_name_borne_by_a_person_who_speaks_is_no_place():
    from nkwatch.extract.places import gazetteer

    text = ("Twelve North Korean waitresses who fled their restaurant in Ningbo arrived in Seoul in April 2016. Rights "
            "lawyer Elena Salamanca, who met several of them, questioned the official account. Salamanca said some "
            "had not known where they were going. A source in Mongolia told the paper the same.")
    found = [text[m.start:m.end] for m in gazetteer().find(text)]
    assert "Salamanca" not in found and {"Ningbo", "Seoul", "Mongolia"} <= set(found)   # (a country that speaks stays)


def test_people_who_left_a_restaurant_abroad_worked_in_its_city_not_where_they_wait():
    rec = extract("Four North Korean cooks have been waiting in Laos for a week to fly on to South Korea, since they "
                  "walked out of their jobs at a restaurant the North runs in the city of Shenyang in China, a broker "
                  "said.",
                  published="2017-03-09")
    [e] = events_of(rec, "defection")
    assert (e["workplace"]["city"], e["workplace"]["country"]) == ("Shenyang", "CN")


def test_restaurants_placed_only_through_their_openings_or_closings_are_mentioned():
    rec = extract("The North Korean chain opened a branch in Kathmandu in 2013, and a third later closed in Bangkok, a "
                  "tour guide said.", published="2016-04-02")
    assert {e["workplace"]["city"] for e in rec["events"] if e["type"] in ("opening", "closure")} == {"Kathmandu", "Bangkok"}
    assert {r["city"] for r in rec["restaurants"]} == {"Kathmandu", "Bangkok"}


def test_a_large_count_of_restaurants_in_a_city_is_a_figure_not_a_list_of_entries():
    rec = extract("Traders count nine North Korean restaurants in Shenyang, most of them near the Xita district, a "
                  "broker said. Two North Korean restaurants in Dalian have closed.", published="2015-08-30")
    cities = [r["city"] for r in rec["restaurants"]]
    assert cities.count("Shenyang") == 1 and cities.count("Dalian") == 2


@pytest.mark.parametrize("text", [
    "At the North Korean restaurant in Vientiane the waitresses ended the night singing the folk song \"Arirang\" for "
    "a table of tourists.",
    "Arirang News reported that the North Korean restaurant in Vientiane had reopened.",
    "The North Korean restaurant in Vientiane has a mural of Mt Kumgang behind the stage.",
    "The North Korean restaurant in Vientiane is run through the Koryo Marine Supply Company, a broker said.",
])
def test_a_brand_word_naming_a_song_a_broadcaster_a_mountain_or_a_company_is_no_restaurant(text):
    rec = extract(text, published="2018-05-04")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [(None, "Vientiane")]


def test_people_a_state_orders_to_leave_the_country_go_home():
    rec = extract("Namibia ordered dozens of North Korean labourers to leave the country last month, its foreign "
                  "ministry said, citing the UN resolutions.", published="2018-04-11")
    [e] = events_of(rec, "return")
    assert e["workplace"]["country"] == "NA" and e["destination"] == "KP"


def test_the_people_told_of_before_are_not_dated_by_what_is_done_for_them_later():
    rec = extract("Nine North Korean loggers fled their camp in Russia's Far East on March 3 and reached Seoul in April. "
                  "A Seoul court will hear a petition brought for the nine defectors on July 8, their lawyers said.",
                  published="2019-06-20")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2019-03-03"]


@pytest.mark.parametrize("verb", ["hinted", "suggested", "insisted"])
def test_one_who_tells_of_the_group_is_not_a_person_who_fled(verb):
    rec = extract("Eleven North Korean hotel workers defected to South Korea last week. A senior official " + verb + " that "
                  "the defectors had really worked in a third country before they escaped to Seoul.", published="2017-10-02")
    assert [e["count"] for e in events_of(rec, "defection")] == [11]


@pytest.mark.parametrize("text", [
    "Dozens of North Korean women have vanished after Chinese police deported them across the Yalu, activists said.",
    "Rights groups documented two cases of North Korean loggers being disappeared in Siberia last year.",
])
def test_people_gone_after_being_sent_back_or_disappeared_by_a_state_did_not_defect(text):
    assert events_of(extract(text, published="2024-03-02"), "defection") == []


def test_escapees_who_arrived_here_are_a_figure_of_arrivals_and_a_part_of_them_is_not():
    rec = extract("Seoul's unification ministry said a handful of former diplomats, perhaps 5 people, were among 142 North "
                  "Korean escapees who have arrived here during 2024.", published="2025-01-09")
    assert [(c["metric"], c["value"], c["period"]) for c in rec["claims"]] == [("defector_arrivals", 142, "year")]


def test_people_who_cross_into_the_south_every_year_are_a_yearly_figure():
    rec = extract("In a typical year roughly 800 North Koreans quietly cross into South Korea, a think tank estimates.",
                  published="2025-01-09")
    assert [(c["metric"], c["value"], c["period"]) for c in rec["claims"]] == [("defector_arrivals", 800, "year")]


@pytest.mark.parametrize("published,day", [("2023-11-09", "2023-11-06"), ("2023-11-02", "2023-10-06")])
def test_a_day_told_as_the_nth_is_of_the_month_of_publication_or_the_one_before(published, day):
    rec = extract("The North Korean restaurant in Vientiane shut its doors on the 6th, a trader in the city said.",
                  published=published)
    assert [e["date"] for e in events_of(rec, "closure")] == [day]


def test_the_nth_floor_is_no_date():
    assert [d.value for d in find_dates("It moved to a room on the 6th floor of a hotel.", "2023-11-09")] == []


def test_a_closure_due_to_a_cause_is_no_closure_still_to_come():
    rec = extract("The North Korean restaurant in Bangkok closed in March due to a fall in customers, its landlord said.",
                  published="2018-06-01")
    assert [e["status"] for e in events_of(rec, "closure")] == ["confirmed"]


def test_restaurants_in_a_city_and_other_cities_like_a_list_are_in_each_city():
    rec = extract("Ahead of the deadline, most North Korean restaurants are still open in Hanoi and other Vietnamese "
                  "cities, such as Haiphong and Da Nang, an envoy said.", published="2019-12-05")
    assert [r["city"] for r in rec["restaurants"]] == ["Hanoi", "Haiphong", "Da Nang"]


@pytest.mark.parametrize("text", [
    "At the North Korean restaurant in Dandong the waiter brings cold noodles, and his grin is gone when we ask about "
    "Pyongyang.",
    "Trade at the North Korean restaurant in Dandong slowed after the border closure in January.",
    "Squid began disappearing from the menus of the North Korean restaurants in Shenyang last autumn.",
])
def test_things_gone_or_a_border_closed_are_no_closure_and_no_flight(text):
    rec = extract(text, published="2020-06-01")
    assert events_of(rec, "closure") == [] and events_of(rec, "defection") == []


def test_a_restaurant_on_the_brink_of_closure_has_not_closed():
    rec = extract("Several North Korean restaurants in Yanji now stand on the brink of closure, since Beijing told the "
                  "North's firms to wind down.", published="2017-10-27")
    assert [e["status"] for e in events_of(rec, "closure")] == ["pending"]


def test_the_deadline_the_security_council_set_for_member_countries_is_its_measure():
    rec = extract("Envoys of both states talked a fortnight ahead of the cut-off date the Security Council set for member "
                  "states to repatriate every North Korean labourer.", published="2019-12-05")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["UN"]


def test_a_named_persons_daughter_is_one_woman():
    rec = extract("A lawmaker said on Tuesday that Ri's daughter had been sent back to North Korea from Vienna.",
                  published="2021-03-04")
    assert [(e["count"], e["female"]) for e in events_of(rec, "return")] == [(1, 1)]


def test_the_post_of_the_one_a_reported_clause_is_about_is_the_workplace_not_the_tellers():
    rec = extract("A former counsellor at the North Korean embassy in Stockholm voiced alarm at reports that the ex-envoy at "
                  "the North Korean embassy in Madrid had reached Seoul.", published="2021-03-04")
    assert [e["workplace"]["city"] for e in events_of(rec, "defection")] == ["Madrid"]


def test_an_escape_from_the_north_into_a_state_ends_there_unless_it_is_a_stop():
    rec = extract("In 2003 a North Korean nurse escaped to Russia, a relative said.", published="2021-03-04")
    assert [e["destination"] for e in events_of(rec, "defection")] == ["RU"]
    rec = extract("Two North Korean miners fled into China and then crossed into Laos before reaching Seoul in 2010.",
                  published="2021-03-04")
    assert [e["destination"] for e in events_of(rec, "defection")] == ["KR"]


def test_a_further_number_sent_back_counts_those_people():
    rec = extract("China deported some 300 North Koreans in May, activists said. A further 40 were deported in June.",
                  published="2021-07-04")
    assert sorted(e["count"] for e in events_of(rec, "return")) == [40, 300]


@pytest.mark.parametrize("text,value", [
    ("Last year the labour ministry issued nearly 9,000 work permits to North Korean nationals, an official said.", 9000),
    ("Officials counted roughly 90 North Koreans in Fiji, mostly construction workers, during the audit.", 90),
    ("Kuwait is checking some 60 North Koreans in Kuwait City whose work visas have lapsed.", 60),
    ("North Korean labourers first came to Mongolia in 2008, and their total numbers there once stood at 1,200.", 1200),
    ("Pyongyang profits by exporting about 50,000 workers to some 20 foreign countries.", 50000),
    ("Some 700 North Koreans are mostly working in the region's fish plants, a trader said.", 700),
])
def test_the_norths_people_abroad_told_as_workers_are_a_count_of_workers(text, value):
    rec = extract(text, published="2018-03-02")      # (the countries they are in are a figure of their own)
    assert [(c["metric"], c["value"]) for c in rec["claims"] if c["metric"] != "host_country_count"] == [
        ("overseas_worker_count", value)]


def test_resolutions_adopted_in_different_months_each_keep_their_own_month():
    rec = extract("Employing North Korean labourers breaches Security Council Resolutions 2356 and 2371, passed in June "
                  "and August 2017 in that order. Resolution 2371 barred any rise in the North's workers abroad.",
                  published="2017-12-19")
    dates = {e["instrument"]: e["date"] for e in events_of(rec, "sanction")}
    assert dates == {"UNSCR 2356": "2017-06", "UNSCR 2371": "2017-08"}


@pytest.mark.parametrize("text", [
    "The United States sanctioned two North Korean firms on Tuesday. Days before, Ri Son Gwan, a North Korean "
    "official in charge of talks with Seoul, had scolded Washington.",
])
def test_a_mans_name_ending_in_gwan_is_no_restaurant(text):
    assert extract(text, published="2019-10-02")["restaurants"] == []


def test_a_gwan_named_as_a_restaurant_still_is_one():
    rec = extract("Diners queue outside Chongryu-gwan, the North Korean eatery of Vladivostok.", published="2019-10-02")
    assert [r["name"] for r in rec["restaurants"]] == ["Chongryu-gwan"]


@pytest.mark.parametrize("text", [
    "The sawmill let its crews go to obey a UN resolution requiring member states to send North Korean workers home.",
    "Dozens of North Korean labourers were flown out before a UN-mandated deadline, a trader said.",
    "Some plants still kept North Korean workers in spite of a deadline set for member states to expel them all.",
])
def test_the_councils_measure_named_by_what_it_asked_of_states_is_its_measure(text):
    rec = extract(text, published="2019-11-20")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["UN"]


def test_a_measure_told_by_its_deadline_keeps_the_month_it_was_adopted():
    rec = extract("In December 2019 the last North Korean workers at the docks left under UN sanctions that required their "
                  "repatriation.", published="2020-01-08")
    [measure] = events_of(rec, "sanction")
    assert (measure["instrument"], measure["date"]) == ("UNSCR 2397", "2017-12")


def test_a_year_the_text_gives_as_the_adoption_is_the_texts_to_state():
    rec = extract("Eateries run by North Korean workers still trade there, against UN sanctions, imposed in November "
                  "2019, that required their repatriation.", published="2020-03-08")
    assert [e["date"] for e in events_of(rec, "sanction")] == ["2019-11"]


@pytest.mark.parametrize("text,issuer", [
    ("Officials in Vientiane ordered the eateries tied to North Korea to be shut down.", "LA"),
    ("Malta has decided not to offer fresh work visas to North Korean nationals.", "MT"),
    ("Fiji began scaling back the ranks of North Korean labourers on its fishing boats.", "FJ"),
    ("Qatar will discontinue the issuance of work visas for North Korean builders, a diplomat said.", "QA"),
    ("Laos ordered the trading houses that North Korean firms had opened in the country to wind down by March.", "LA"),
    ("Peru told its fishing fleets to cease hiring North Korean crews after the vote.", "PE"),
])
def test_a_state_curbing_the_norths_workers_or_firms_is_its_measure(text, issuer):
    rec = extract(ON_WORKERS + text,
                  published="2018-05-02")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == [issuer]


@pytest.mark.parametrize("text", [
    "Dozens of North Koreans flee across the Tumen every winter, guides say.",
    "Thousands of North Korean women escape to China each year, activists say.",
])
def test_a_habit_told_by_how_often_it_happens_is_no_event(text):
    rec = extract(ON_WORKERS + text, published="2018-05-02")
    assert [e for e in rec["events"] if e["type"] in ("defection", "return")] == []


@pytest.mark.parametrize("text", [
    "A North Korean reporter in Phnom Penh sent back his notes to the desk in March.",
    "The restaurant's manager, a North Korean, sent back her report on the staff in May.",
])
def test_sending_back_ones_own_things_is_no_return(text):
    rec = extract(ON_WORKERS + text, published="2018-05-02")
    assert events_of(rec, "return") == []


@pytest.mark.parametrize("text,count,male,female", [
    ("Ri worked at the North Korean eatery in Hanoi until March. She fled to Laos in April, a pastor said.", 1, None,
     1),
    ("Kwon worked at a North Korean logging camp in Russia. He later escaped to South Korea, in 2016.", 1, 1, None),
    ("Kwon worked at a North Korean logging camp in Russia. He escaped with his elderly mother in 2016.", None, None, None),
])
def test_one_person_told_only_by_a_pronoun_is_one(text, count, male, female):
    rec = extract(text, published="2018-05-02")
    [e] = [e for e in rec["events"] if e["type"] == "defection"]
    assert (e["count"], e["male"], e["female"]) == (count, male, female)


def test_a_consul_or_a_charge_daffaires_is_one_person():
    rec = extract("North Korea's acting chargé d'affaires in Bangkok is now in Seoul after defecting, officials said.",
                  published="2018-05-02")
    assert [e["count"] for e in events_of(rec, "defection")] == [1]


@pytest.mark.parametrize("text", [
    "The aide of Chairman Kim Jong-il defected to Seoul in 1997.",
    "Waitress Ri Ok Son Mysteriously Vanishes From Ningbo Eatery",
])
def test_a_leader_or_a_headlines_capitals_are_no_participant(text):
    rec = extract(ON_WORKERS + text, published="2018-05-02")
    names = [n for e in rec["events"] for n in e.get("participants") or []]
    assert not any("Kim Jong" in n or "Mysteriously" in n for n in names)


def test_a_korean_name_with_a_syllable_that_is_an_english_word_is_still_a_name():
    rec = extract("So Chang-sik, a North Korean diplomat, defected to the South in May, Seoul said.",
                  published="2018-06-02")
    assert [e.get("participants") for e in events_of(rec, "defection")] == [["So Chang-sik"]]


@pytest.mark.parametrize("text,count,sex", [
    ("Ri, 29, slipped away from her minders at a Khabarovsk building site in March and defected.", 1, None),
    ("A North Korean translator who had travelled with the trade delegation sought asylum in Ulaanbaatar in May.", 1, None),
    ("Kang worked at the mission in Sofia for six years before defecting in April.", 1, None),
    ("Mr Paek disappeared from the consulate in Shenyang in October.", 1, "male"),
    ("Ms Ko was deported from Dandong to the North in January.", 1, "female"),
])
def test_one_person_as_the_subject_of_the_trigger_counts_one(text, count, sex):
    """Who goes, read from the grammar of the sentence (the trigger's subject, or a passive's): one person however
    the sentence names them, and the sex a title gives."""
    [e] = events_of(extract(ON_WORKERS + text, published="2018-05-02"), "defection" if "deported" not in text else "return")
    assert e["count"] == count
    assert (e["male"], e["female"]) == ({"male": (1, None), "female": (None, 1), None: (None, None)}[sex])


@pytest.mark.parametrize("text", [
    "Pyongyang has pulled all of its cooks out of the eatery in Kuala Lumpur, sources said in May.",
    "A cook and two waitresses fled their eatery in Hangzhou in April.",
    "Some of the staff have vanished from their eatery in Yanji since March.",
])
def test_a_subject_that_is_no_one_person_counts_no_one(text):
    rec = extract(ON_WORKERS + text, published="2018-05-02")
    assert all(e["count"] != 1 for e in rec["events"] if e["type"] in ("defection", "return"))


@pytest.mark.parametrize("text,count,male,female", [
    ("Mr Ri and Ms Kang defected from the trade office in Sofia in March.", 2, 1, 1),
    ("Kim Chol and his colleague Pak fled the mission in Minsk in May.", 2, None, None),
])
def test_people_coordinated_as_the_subject_are_counted_one_each(text, count, male, female):
    [e] = events_of(extract(ON_WORKERS + text, published="2018-06-20"), "defection")
    assert (e["count"], e["male"], e["female"]) == (count, male, female)


@pytest.mark.parametrize("text,count", [
    ("Two soldiers and a translator sought asylum in Ulaanbaatar in May.", 3),
    ("A North Korean engineer and two interpreters fled the delegation in Minsk in May.", 3),
])
def test_role_nouns_are_counted_in_a_group(text, count):
    """A group told by trades and roles ("two soldiers and a translator") counts each, as one told by the group nouns
    does."""
    [e] = events_of(extract(ON_WORKERS + text, published="2018-06-20"), "defection")
    assert e["count"] == count


@pytest.mark.parametrize("text", [
    "Nine North Korean cooks from a kitchen in Laos now seek political asylum in Seoul, officials said.",
    "Nine North Korean cooks from a kitchen in Laos arrived last week in South Korea, officials said.",
])
def test_asylum_with_its_adjective_or_an_arrival_with_its_day_between_is_a_defection(text):
    [e] = events_of(extract(text), "defection")
    assert (e["count"], e["destination"]) == (9, "KR")


@pytest.mark.parametrize("text", [
    "North Korea runs restaurants abroad. South Korea advised on Monday its people to avoid eating at them.",
    "North Korea runs restaurants abroad. Seoul appealed to tourists not to eat there.",
    "North Korea runs restaurants abroad. South Korea asked travellers and other visitors to stay away from them.",
])
def test_a_state_telling_its_people_to_stay_away_is_its_measure(text):
    [e] = events_of(extract(text), "sanction")
    assert e["issuer"] == "KR"


def test_people_leaving_the_north_counted_by_the_year_or_told_as_reaching_the_south_are_arrivals():
    text = ("North Korean defectors keep coming. Between 2003 and 2008 roughly 1,800-plus people escaped the North "
            "each year, while after the border was sealed numbers fell to about 900. Some 31,000 defectors have fled "
            "their homeland and reached Seoul, including 196 last year, the ministry said.")
    assert sorted(claims_of(extract(text), "defector_arrivals")) == [(196, "year"), (900, "year"), (1800, "year"),
                                                                  (31000, "cumulative")]


def test_a_span_of_time_written_with_a_number_is_no_figure():
    text = "The number of defectors from North Korea arriving each year is up again after a three-year decline."
    assert claims_of(extract(text), "defector_arrivals") == []


def test_the_countries_the_norths_workers_are_spread_over_are_counted_but_not_the_countries_just_named():
    text = ("About 60,000 of North Korea's labourers work in some 35 countries. Laos and Vietnam, two nations "
            "friendly to Pyongyang, host many of them as labourers.")
    assert claims_of(extract(text), "host_country_count") == [(35, None)]


def test_a_yearly_sum_right_after_the_networks_size_is_what_the_restaurants_earn():
    text = ("Pyongyang operates some 90 eateries across 9 countries. Seoul thinks the North can earn at most "
            "$20 million a year from them.")
    assert claims_of(extract(text), "annual_revenue_usd") == [(20000000, None)]


@pytest.mark.parametrize("text,metric,value", [
    ("North Korean workers abroad earn the regime some 2-billion U.S. dollars every year.",
     "overseas_worker_revenue_usd", 2000000000),
    ("At the end of 2016 about 9,000 North Koreans were legally working in Mongolia.", "overseas_worker_count", 9000),
    ("Seoul's spies give a figure of 12,000 migrant workers sent by North Korea to the Gulf.", "overseas_worker_count",
     12000),
    ("The number of North Koreans employed in Malta stood at about 20 last spring.", "overseas_worker_count", 20),
    ("The regime keeps some 40,000 workers sent overseas by its trading firms.", "overseas_worker_count", 40000),
])
def test_the_norths_workforce_abroad_told_in_other_words_is_counted(text, metric, value):
    assert [v for v, _ in claims_of(extract(ON_WORKERS + text), metric)] == [value]


def test_a_scale_word_after_a_is_the_number_and_keeps_its_hedge():
    [c] = extract(ON_WORKERS + "Roughly a hundred thousand North Korean labourers are sent abroad, a rights group says.")["claims"]
    assert (c["metric"], c["value"], c["approx"]) == ("overseas_worker_count", 100000, True)


def test_a_yearly_series_followed_by_its_next_years_gives_each_year():
    text = ("North Korean defectors keep coming. Official data show 1,100 defectors reached Seoul in 2015, followed "
            "by 1,400 in 2016 and 1,120, in 2017.")
    assert sorted(claims_of(extract(text), "defector_arrivals")) == [(1100, "year"), (1120, "year"), (1400, "year")]


@pytest.mark.parametrize("text,country", [
    ("In May, Malaysia began to deport 40 North Korean miners.", "MY"),
    ("Kuwait has begun to send 120 North Korean labourers home.", "KW"),
    ("Qatar has started sending 60 North Korean migrants home.", "QA"),
    ("Angola kicked out 30 North Korean workers last year.", "AO"),
])
def test_a_return_begun_or_told_by_a_plain_verb_is_a_return(text, country):
    [e] = events_of(extract(text), "return")
    assert (e["destination"], e["workplace"]["country"]) == ("KP", country)


def test_money_sent_home_is_no_return():
    assert events_of(extract("North Korean workers in Kuwait started sending their wages home."), "return") == []


def test_the_day_a_source_told_a_paper_is_not_the_day_they_went_home():
    text = ("Twelve North Korean seamstresses at a mill in Hunchun returned to North Korea, a local trader told Radio "
            "Free Asia on March 20.")
    [e] = events_of(extract(text, published="2019-03-25"), "return")
    assert (e["count"], e["date"]) == (12, None)


@pytest.mark.parametrize("text,issuer", [
    ("Officials said Fiji will not renew old visas or give fresh permits to North Korean crews.", "FJ"),
    ("Romania does not plan to issue new visas for DPRK citizens from now on, its ministry said.", "RO"),
    ("Oman would no longer hire any North Korean workers, its labour ministry said.", "OM"),
    ("South Koreans were officially advised not to visit the North's eateries abroad, Seoul said.", "KR"),
    ("Laos will suspend trade ties with North Korea, a spokesman said.", "LA"),
])
def test_a_state_refusing_permits_or_work_to_the_norths_people_is_its_measure(text, issuer):
    [e] = events_of(extract(ON_WORKERS + text), "sanction")
    assert e["issuer"] == issuer


@pytest.mark.parametrize("text,issuer", [
    ("Malta has cancelled residence permits held by Pyongyang's builders on the island.", "MT"),
    ("Peru froze DPRK-linked bank accounts in March, its finance ministry said.", "PE"),
    ("Fiji severed its remaining dealings with Pyongyang after the vote.", "FJ"),
    ("The Mongolian government closed all DPRK-run firms in Ulaanbaatar.", "MN"),
])
def test_a_state_taking_away_the_norths_permits_firms_or_dealings_is_its_measure(text, issuer):
    """Read by the verb's class (it ends, stops or takes away) and what it strikes (a class of the North's things),
    not by a listed phrase."""
    [e] = events_of(extract(ON_WORKERS + text), "sanction")
    assert e["issuer"] == issuer


def test_one_restaurant_shut_is_no_measure():
    assert events_of(extract(ON_WORKERS + "Police in Yangon shut a single North Korean eatery on Monday."),
                     "sanction") == []


@pytest.mark.parametrize("text", [
    "Beijing has restarted its repatriations of escapees it holds in Liaoning, a rights group said.",
    "Thai police carried out the deportations in Bangkok last week, officials said.",
])
def test_a_return_the_verb_says_is_under_way_is_a_return_not_a_reference(text):
    assert len(events_of(extract(ON_WORKERS + text), "return")) == 1


@pytest.mark.parametrize("text", [
    "Twenty North Korean nurses in Lagos still await deportation, officials said.",
    "Four escapees arrested in Yunnan are threatened with deportation, activists said.",
])
def test_a_return_awaited_or_threatened_is_pending(text):
    [e] = events_of(extract(ON_WORKERS + text), "return")
    assert e["status"] == "pending"


@pytest.mark.parametrize("text,issuer", [
    ("Bulgaria said Pyongyang's labourers will no longer be allowed into the country.", "BG"),
    ("The Czech cabinet said DPRK nationals were no longer permitted to enter for work.", "CZ"),
])
def test_a_state_saying_the_norths_people_may_no_longer_come_in_is_its_measure(text, issuer):
    [e] = events_of(extract(ON_WORKERS + text), "sanction")
    assert e["issuer"] == issuer


def test_a_return_the_words_after_it_say_began_is_a_return_not_a_reference():
    text = "A diplomat spoke of the deportation of the loggers, which began in Khabarovsk in March."
    [e] = events_of(extract(ON_WORKERS + text, published="2018-05-02"), "return")
    assert (e["workplace"]["country"], e["date"]) == ("RU", "2018-03")


@pytest.mark.parametrize("text,count,country", [
    ("Thailand will deport 31 North Koreans held in Chiang Mai, the interior minister said.", 31, "TH"),
    ("Mongolia will expel about 70 North Korean labourers, their permits lapsed.", 70, "MN"),
])
def test_a_state_announcing_whom_it_will_send_home_is_a_pending_return(text, count, country):
    [e] = events_of(extract(ON_WORKERS + text), "return")
    assert (e["count"], e["workplace"]["country"], e["status"]) == (count, country, "pending")


@pytest.mark.parametrize("text", [
    "Activists fear Thailand will deport 31 North Koreans held in Chiang Mai.",
    "Thailand will not deport the 31 North Koreans held in Chiang Mai, the minister said.",
])
def test_a_feared_or_denied_deportation_is_no_return(text):
    assert events_of(extract(ON_WORKERS + text), "return") == []


def test_a_wire_stamp_without_a_dash_does_not_date_the_happening():
    text = ("Phnom Penh, June 3 (KPL) Cambodia will deport 12 North Koreans who overstayed their visas, officials said. "
            + ON_WORKERS)
    [e] = events_of(extract(text, published="2019-06-03"), "return")
    assert e["date"] is None


@pytest.mark.parametrize("text,issuer", [
    ("In 2017 the Security Council voted through a ban on DPRK seasonal workers.", "UN"),
    ("Canada imposed restrictions on the hiring of North Korean nationals last year.", "CA"),
])
def test_a_measure_named_by_its_noun_and_the_norths_people_it_falls_on(text, issuer):
    [e] = events_of(extract(ON_WORKERS + text), "sanction")
    assert e["issuer"] == issuer


@pytest.mark.parametrize("text", [
    "The Treasury and the FBI issued an advisory on North Korean IT workers posing as freelancers.",
    "An advisory was issued by the State Department on Monday about North Korean IT contractors.",
])
def test_a_measure_issued_by_a_states_organ_is_that_states(text):
    [e] = events_of(extract(ON_WORKERS + text), "sanction")
    assert e["issuer"] == "US"


def test_people_sent_to_work_abroad_in_other_words_are_the_norths_workforce():
    text = "Researchers believe about 60,000 North Koreans have been made to leave home to work overseas."
    [c] = [c for c in extract(ON_WORKERS + text)["claims"] if c["metric"] == "overseas_worker_count"]
    assert c["value"] == 60000


@pytest.mark.parametrize("text", [
    "The Council limited the North's iron ore exports to $300 million a year.",
    "Sanctions capped its textile sales abroad at $700 million annually.",
])
def test_a_goods_worth_is_not_the_workers_yield(text):
    assert [c for c in extract(ON_WORKERS + text)["claims"] if c["metric"] == "overseas_worker_revenue_usd"] == []


def test_people_arriving_at_the_souths_airport_arrived():
    text = "Nine North Korean hotel workers arrived at Incheon airport on Friday, officials said."
    [e] = events_of(extract(ON_WORKERS + text), "defection")
    assert e["count"] == 9


@pytest.mark.parametrize("text", [
    "Those picked up in Laos are often sent back to North Korea, activists say.",
    "The cooks worked in crews of up to eight people, and the cash they made—nine tenths of it—was sent back to "
    "North Korea.",
])
def test_a_habit_or_money_sent_home_is_no_return(text):
    assert events_of(extract(ON_WORKERS + text), "return") == []


@pytest.mark.parametrize("phrase,count,male,female", [
    ("Eleven shy North Korean waitresses who were employed at the hotel and a male supervisor", 12, 1, 11),
    ("a 52-year-old North Korean envoy, a former trade official,", 1, None, None),
])
def test_a_groups_workplace_clause_and_an_apposition(phrase, count, male, female):
    [g, *_] = find_groups(phrase, 0, len(phrase))
    assert (g.count, g.male, g.female) == (count, male, female)


@pytest.mark.parametrize("text,count", [
    ("A shipbuilder in Malta laid off 35 North Korean construction workers last week, a union official said.", 35),
    ("Last month a Kuwaiti contractor dismissed all of its North Korean labourers.", None),
    ("Pyongyang brought back more than 400 North Koreans who had been stuck in Mongolia.", 400),
])
def test_workers_fired_abroad_or_brought_back_go_home(text, count):
    [e] = events_of(extract(ON_WORKERS + text), "return")
    assert e["count"] == count


def test_a_fired_gun_or_a_brought_back_child_is_no_return():
    text = ("Guards fired shots at the boat. After reaching Seoul, the couple saved enough to bring back their son.")
    assert events_of(extract(ON_WORKERS + text), "return") == []


ON_FLIGHT = "In March 2023, 40 North Korean workers fled a seafood plant in Hunchun. "


@pytest.mark.parametrize("text,issuer", [
    ("Security Council resolutions bar member states from taking in labourers from the North.", "UN"),
    ("Several crews stayed on in spite of a U.N.-set return deadline.", "UN"),
    ("Hanoi has put a freeze on work-visa renewals for the crews.", "VN"),
    ("Moscow -- weary of the North's tests -- has told DPRK firms to shut their doors by March.", "RU"),
])
def test_a_measure_named_by_the_council_or_a_state_is_a_sanction(text, issuer):
    assert [e["issuer"] for e in events_of(extract(ON_WORKERS + ON_FLIGHT + text), "sanction")] == [issuer]


def test_a_councils_measure_a_state_complies_with_is_no_second_sanction():
    text = "Ulaanbaatar revoked the work permits held by North Korean labourers on its soil, in keeping with the UN " \
           "Security Council's resolutions."
    assert [e["issuer"] for e in events_of(extract(ON_WORKERS + ON_FLIGHT + text), "sanction")] == ["MN"]


def test_a_council_measure_dated_apart_from_a_numbered_resolution_is_another_measure():
    text = ("The new Security Council sanctions passed on December 22 cover guest workers. They go further than "
            "Resolution 2375 did.")
    rec = extract(ON_WORKERS + ON_FLIGHT + text, published="2018-01-10")
    assert sorted((str(e["date"]), str(e["instrument"])) for e in events_of(rec, "sanction")) == [
        ("2017-12-22", "None"), ("None", "UNSCR 2375")]


def test_a_states_own_date_fronted_does_not_split_the_council_measure_it_cites():
    text = ("In mid-October Nepal's labour ministry ordered the four North Korean eateries in Pokhara to close and send "
            "their cooks home, pointing to UN Security Council sanctions. Security Council Resolution 2397 gives every "
            "state until December 22 to send such workers home.")
    rec = extract(ON_WORKERS + ON_FLIGHT + text, published="2019-12-02")
    assert [e["instrument"] for e in events_of(rec, "sanction") if e["issuer"] == "UN"] == ["UNSCR 2397"]


@pytest.mark.parametrize("text,count", [
    ("By Friday some 350 North Koreans had returned from Primorsky Krai, a border official said.", 350),
    ("The measure set off the exodus of 1,900 North Koreans from the three provinces.", 1900),
])
def test_counted_people_of_the_north_leaving_the_land_they_worked_in_go_home(text, count):
    [e] = events_of(extract(ON_WORKERS + text), "return")
    assert e["count"] == count


def test_people_back_from_a_trip_did_not_go_home():
    text = "The two defectors had returned from a trip to Geneva, where they spoke to a UN panel."
    assert events_of(extract(ON_WORKERS + text), "return") == []



def test_the_day_a_telling_is_dated_gives_the_happening_only_its_month():
    text = "On March 3, Seoul's unification ministry said nine cooks from a North Korean eatery in Vietnam had fled."
    [e] = events_of(extract(ON_WORKERS + text, published="2017-03-05"), "defection")
    assert (e["date"], e["count"]) == ("2017-03", 9)


def test_a_later_telling_of_a_happening_dated_before_it_is_the_same_happening():
    text = ("Pak Chol, the North's envoy in Minsk, fled to the South in 2013. On Monday, the former envoy said that he "
            "had arrived in Seoul with only one suitcase.")
    [e] = events_of(extract(ON_WORKERS + text, published="2016-04-08"), "defection")
    assert e["date"] == "2013"


def test_a_happening_after_since_that_measures_the_event_lends_it_no_date():
    text = ("Twenty loggers fled a camp in Russia's Far East in March. It was the largest group of defectors since "
            "Kim Jong Un became leader in 2011.")
    assert [e["date"] for e in events_of(extract(ON_WORKERS + text, published="2016-04-08"), "defection")] == ["2016-03"]


def test_the_main_verbs_date_does_not_date_a_happening_told_in_a_relative_clause():
    text = ("Pyongyang on Tuesday again offered to fly to Seoul the parents of eleven cooks who it says were "
            "kidnapped from a restaurant in Cambodia.")
    [e] = events_of(extract(ON_WORKERS + text, published="2018-05-10"), "defection")
    assert e["date"] is None and e["count"] == 11


def test_one_of_a_group_whose_relative_clause_tells_the_groups_doing_counts_the_group():
    text = ("A letter was found on one of the nine North Korean hotel workers in Laos who joined the group "
            "defection to Thailand last May.")
    [e] = events_of(extract(ON_WORKERS + text, published="2018-05-10"), "defection")
    assert e["count"] == 9


def test_a_day_fronted_before_the_councils_adopting_verb_dates_the_resolution():
    text = ("On March 2, 2016, the fifteen members of the United Nations Security Council unanimously adopted "
            "Resolution 2270 against the North.")
    [e] = events_of(extract(ON_WORKERS + ON_FLIGHT + text, published="2016-03-10"), "sanction")
    assert e["date"] == "2016-03-02"


@pytest.mark.parametrize("text", [
    "The Security Council on Friday issued a new resolution. Its rules compel member states to send home every "
    "labourer of the North they host within two years.",
    "The council acted in December. Member states were required to repatriate each of the North's citizens who "
    "earned wages on their soil, within two years.",
])
def test_a_council_measure_told_by_what_it_makes_member_states_do_is_the_councils(text):
    assert {e["issuer"] for e in events_of(extract(ON_WORKERS + ON_FLIGHT + text, published="2017-12-28"),
                                          "sanction")} == {"UN"}


def test_a_resolution_told_by_its_deeds_is_not_folded_into_another_months_measure():
    text = ("In December 2017 the Security Council adopted sanctions on the North's oil. In September 2019 the "
            "Council passed a resolution on its ships. Kenya then closed the North's clinics, citing the UN "
            "resolution, which requires member states to repatriate the North's citizens who earn wages there.")
    dates = sorted(str(e["date"]) for e in events_of(extract(ON_WORKERS + ON_FLIGHT + text, published="2019-12-20"),
                                                     "sanction") if e["issuer"] == "UN")
    assert dates == ["2017-12", "2019-09"]


def test_the_date_of_a_deadline_does_not_date_the_measure_that_set_it():
    text = ("Envoys talked in Beijing before a U.N.-set deadline later this month by which member states must "
            "repatriate the North's labourers under sanctions. It is the Dec. 22 cut-off that the U.N. Security "
            "Council set for member countries to send every such labourer home.")
    assert [e["date"] for e in events_of(extract(ON_WORKERS + ON_FLIGHT + text, published="2019-12-05"),
                                         "sanction")] in ([None], ["2017-12"])


def test_an_article_naming_the_state_only_as_the_un_does_is_read():
    text = ("Experts urge Beijing to stop returning DPR Korea escapees\n\n"
            "UN experts were alarmed that some 200 escapees, mostly women, have been sent back across the border.")
    rec = extract(text, published="2023-10-13")
    assert rec["relevant"] is True
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"]


def test_a_decision_to_defect_is_a_defection_and_of_one_already_told_the_same():
    alone = "Ri, a welder, made the decision to defect in March after he was beaten by a foreman in Tomsk."
    assert len(events_of(extract(ON_WORKERS + alone, published="2025-08-12"), "defection")) == 1
    told = ("Diplomat Ri Kang fled his post in Havana last November with his family. In an interview he said he "
            "decided to defect after officials denied him surgery in Mexico.")
    [e] = events_of(extract(ON_WORKERS + told, published="2024-07-16"), "defection")
    assert e["workplace"]["country"] == "CU"


def test_people_evacuated_back_to_their_home_country_went_home():
    text = "In 2010, North Korean loggers in Khabarovsk were evacuated back to their home country amid tensions."
    [e] = events_of(extract(ON_WORKERS + text, published="2024-03-01"), "return")
    assert (e["date"], e["destination"]) == ("2010", "KP")


def test_another_person_who_fled_as_the_subject_is_another_defection_but_not_as_a_source():
    two = ("A North Korean soldier defected across the border into South Korea on Tuesday. Another North Korean "
           "fisherman defected to the South earlier this month by sea.")
    assert len(events_of(extract(ON_WORKERS + two, published="2024-08-22"), "defection")) == 2
    one = ("A North Korean cook fled to South Korea from a site near Moscow in July. He heard of the route from "
           "another defector who recently arrived in Seoul.")
    assert len(events_of(extract(ON_WORKERS + one, published="2024-08-22"), "defection")) == 1


def test_a_happening_the_event_is_told_after_keeps_its_own_people_and_date():
    text = ("A North Korean man crossed to the South across the Han estuary, officials announced on Wednesday. "
            "Wednesday's crossing comes after six North Korean fishermen defected by sea in a small boat last May.")
    evs = events_of(extract(ON_WORKERS + text, published="2024-09-11"), "defection")
    assert sorted((e["count"], e["date"]) for e in evs) == [(1, "2024-09"), (6, "2024-05")]


def test_the_day_news_is_told_closing_the_sentence_gives_the_happening_its_month():
    text = "A North Korean soldier crossed into South Korea through the eastern front, the army reported Friday."
    [e] = events_of(extract(ON_WORKERS + text, published="2024-08-23"), "defection")
    assert e["date"] == "2024-08"


def test_two_states_announcing_sanctions_together_each_issue_them():
    text = ("South Korea and Japan announced fresh sanctions on North Korean IT workers and firms that launder "
            "their earnings abroad.")
    assert sorted(e["issuer"] for e in events_of(extract(ON_WORKERS + text, published="2023-05-23"), "sanction")) \
        == ["JP", "KR"]


@pytest.mark.parametrize("text,n", [
    ("A North Korean private crossed the military demarcation line in the central sector on Sunday.", 1),
    ("Some North Korean soldiers briefly crossed the military demarcation line on Sunday while laying mines.", 0),
])
def test_crossing_the_line_between_the_koreas_is_a_defection_unless_brief(text, n):
    assert len(events_of(extract(ON_WORKERS + text, published="2024-06-20"), "defection")) == n


def test_a_tally_by_quarter_is_a_figure_not_a_flight():
    text = ("Seoul's figures show that in the first quarter of the year there were 40 defectors, 12 men and 28 "
            "women, and in the third quarter – 9 defectors.")
    assert events_of(extract(ON_WORKERS + text, published="2022-01-20"), "defection") == []


@pytest.mark.parametrize("text", [
    "Lawmakers urged China to immediately stop forcibly repatriating North Korean escapees.",
    "The group vowed to work to stop Beijing from repatriating North Korean refugees held in Jilin.",
])
def test_a_call_to_stop_sending_people_back_sends_no_one_back(text):
    assert events_of(extract(ON_WORKERS + text, published="2023-11-30"), "return") == []


@pytest.mark.parametrize("text", [
    "The sanctions have left some workers in Vladivostok close to ruin this month, traders said.",
    "At the Pyongyang restaurant in Hanoi they leave both the noodles and the broth cold for diners.",
])
def test_to_leave_something_in_a_state_is_no_flight(text):
    assert extract(ON_WORKERS + text, published="2023-11-30")["events"] == []


def test_the_date_a_happening_is_measured_against_is_not_its_own():
    text = ("A North Korean trade official in Cairo fled to Seoul with his wife. It was the highest-level defection "
            "from the North since 2016, officials said.")
    assert [e["date"] for e in events_of(extract(ON_WORKERS + text, published="2024-03-10"), "defection")] == [None]


def test_a_year_before_the_noun_dates_the_happening_and_is_no_tally():
    text = ("Seoul's rights commission widened its inquiry into the 2016 defection of a group of China-based North "
            "Korean restaurant workers.")
    assert [e["date"] for e in events_of(extract(ON_WORKERS + text, published="2018-07-12"), "defection")] == ["2016"]


def test_an_inquiry_to_come_into_a_defection_named_by_its_noun_tells_the_defection():
    text = ("The commission will investigate the murky defection of 12 North Korean restaurant workers from China "
            "back in April 2016.")
    [e] = events_of(extract(ON_WORKERS + text, published="2018-07-30"), "defection")
    assert e["count"] == 12 and e["date"] == "2016-04"
    # the modal of the defection itself still says it has not happened
    text = "Officials fear that 12 North Korean restaurant workers from China will defect in April."
    assert events_of(extract(ON_WORKERS + text, published="2018-03-30"), "defection") == []


def test_a_headlines_state_to_do_is_its_announced_measure():
    text = ("Chinese city to penalize firms that newly hire N. Korean workers\n\n"
            "North Korean workers make clothes in factories across the border.")
    [e] = events_of(extract(text, published="2017-10-07"), "sanction")
    assert e["issuer"] == "CN"


def test_the_disappearance_of_the_norths_people_before_another_is_its_own_happening():
    text = ("A North Korean student in Khabarovsk has gone missing this month, following the disappearance of two "
            "North Korean workers in June.")
    events = events_of(extract(ON_WORKERS + text, published="2023-07-20"), "defection")
    assert sorted((e["count"], e["date"]) for e in events) == [(1, "2023-07"), (2, "2023-06")]
    # the disappearance of things is no one's flight
    text = "The disappearance of North Korean seafood from the menus in Dandong began in June."
    assert events_of(extract(ON_WORKERS + text, published="2023-07-20"), "defection") == []


def test_an_accusation_that_the_south_kidnapped_them_tells_a_disputed_defection():
    text = ("Twelve waitresses from a North Korean restaurant in China arrived in 2016. Pyongyang has accused South "
            "Korea of kidnapping the 12 women.")
    [e] = events_of(extract(ON_WORKERS + text, published="2018-07-21"), "defection")
    assert e["status"] == "disputed" and e["count"] == 12


def test_a_fronted_day_dates_the_verb_sanctioned():
    text = ("On November 19, 2020, the US Department of the Treasury sanctioned two entities for exporting North "
            "Korean workers.")
    [e] = events_of(extract(ON_WORKERS + text, published="2020-11-20"), "sanction")
    assert e["date"] == "2020-11-19" and e["issuer"] == "US"


def test_the_counted_female_defectors_told_of_before_are_no_new_flight():
    text = ("Twelve waitresses from a North Korean restaurant in China defected to South Korea in April. Lawyers "
            "petitioned a court on June 21 for the 12 female defectors, and on August 31 the agency said all 12 of "
            "the female defectors had been released.")
    [e] = events_of(extract(ON_WORKERS + text, published="2016-09-05"), "defection")
    assert e["count"] == 12 and e["date"] == "2016-04"


def test_people_known_by_their_tie_to_the_defectors_are_not_counted_as_them():
    text = ("A panel found the 2016 defection of a group of North Koreans from a restaurant in China was an abduction. "
            "Its investigators interviewed seven former colleagues of the defectors.")
    [e] = events_of(extract(ON_WORKERS + text, published="2019-09-04"), "defection")
    assert e["count"] != 7


def test_an_envoy_arriving_in_seoul_for_a_visit_is_no_defection_and_deserting_to_the_south_is_one():
    text = ("The UN's special rapporteur on North Korea arrived in Seoul on Monday for a five-day visit. He will "
            "meet several North Korean waitresses who deserted to the South in 2016 from a restaurant in China.")
    [e] = events_of(extract(ON_WORKERS + text, published="2019-01-08"), "defection")
    assert e["date"] == "2016" and e["workplace"]["country"] == "CN"


@pytest.mark.parametrize("text,issuers", [
    ("South Korea said Thursday it will impose independent sanctions on 15 North Korean IT workers.", ["KR"]),
    ("South Korea said it would impose sanctions on 15 North Korean IT workers and one entity.", ["KR"]),
    ("South Korea said Thursday it will impose sanctions on the North's IT workers if the hacking goes on.", []),
])
def test_a_states_word_that_it_will_impose_sanctions_is_its_measure_unless_conditional(text, issuers):
    got = events_of(extract(ON_WORKERS + text, published="2024-12-26"), "sanction")
    assert [e["issuer"] for e in got] == issuers


def test_a_day_after_the_confirmed_repatriation_is_the_telling_s_and_gives_only_its_month():
    text = ("China has sent back a large number of North Koreans held in its jails. A spokesman for Seoul's "
            "unification ministry confirmed the repatriation on Oct. 13 and said Seoul regretted it.")
    [e] = events_of(extract(ON_WORKERS + text, published="2023-10-20"), "return")
    assert e["date"] == "2023-10"


def test_a_north_korean_who_fled_in_a_year_is_one_person_and_the_year_is_the_flight_s():
    text = "A North Korean who defected to South Korea in 2003 said his brother, a logger in Russia, had been caught."
    [e] = events_of(extract(ON_WORKERS + text, published="2023-10-20"), "defection")
    assert e["count"] == 1 and e["date"] == "2003" and e["destination"] == "KR"


@pytest.mark.parametrize("text,dates", [
    ("“Before my escape in 2021 the agency worked normally,” said a former North Korean welder in Russia.", ["2021"]),
    ("A former North Korean welder in Russia fled to Seoul in 2021. Within a week of her escape, her visa "
     "had been revoked by the Russian police, who were told by a husband of hers.", ["2021"]),
])
def test_a_possessive_flight_is_a_happening_when_it_says_when_else_the_one_told(text, dates):
    got = events_of(extract(ON_WORKERS + text, published="2024-03-02"), "defection")
    assert [e["date"] for e in got] == dates and all(e.get("male") is None for e in got)


def test_a_name_before_the_norths_adjective_and_restaurant_is_the_restaurants_name():
    text = "The Haeji Grill North Korean restaurant in Luang Prabang, Laos, had two diners on a Friday night."
    [r] = extract(ON_WORKERS + text, published="2024-05-01")["restaurants"]
    assert (r["name"], r["city"], r["country"]) == ("Haeji Grill", "Luang Prabang", "LA")


def test_a_credit_line_run_into_the_text_names_no_restaurant():
    text = "Photo: Anna Weller The North Korean restaurant in Bangkok is still open."
    [r] = extract(ON_WORKERS + text, published="2024-05-01")["restaurants"]
    assert r["name"] is None and r["city"] == "Bangkok"


def test_a_government_that_debuted_its_museum_abroad_opened_it():
    text = "On March 3, North Korea's government officially debuted its new war museum in Laos, a rare ally."
    [e] = events_of(extract(ON_WORKERS + text, published="2019-03-20"), "opening")
    assert e["date"] == "2019-03-03" and e["workplace"]["country"] == "LA"


def test_an_article_about_the_norths_museum_abroad_is_relevant():
    text = ("North Korea has built a museum beside the temples of Bagan in Myanmar for about $20 million. The "
            "museum, painted by North Korean artists, charges foreign visitors $15 each.")
    assert extract(text, published="2019-03-20")["relevant"]


def test_a_massive_repatriation_involving_individuals_is_one_counted_return():
    text = "A massive repatriation in August involved 300 individuals held in Jilin."
    [e] = events_of(extract(ON_WORKERS + text, published="2024-01-10"), "return")
    assert e["count"] == 300 and e["date"] == "2023-08"


@pytest.mark.parametrize("text,relevant", [
    ("A Maltese paper says Malta is listed among the countries that use North Korean slave labour. North Korea "
     "denies that it sends forced labour abroad.", True),
    ("Polish firms are employing cheap workers from North Korea, a report says. North Korea keeps most of the "
     "North Korean workers' wages.", True),
    ("North Korea tested a missile on Monday. North Korea's leader watched the launch.", False),
])
def test_an_article_about_the_norths_workers_abroad_is_relevant_without_a_fact_read(text, relevant):
    assert extract(text, published="2017-02-18")["relevant"] is relevant


@pytest.mark.parametrize("text,issuers", [
    ("Oman's move follows its neighbours, Bahrain and Kuwait, which last month cut their ties with Pyongyang and "
     "stopped issuing new visas to North Korean citizens.", ["BH", "KW"]),
    ("Oman's move follows its neighbours, Bahrain and Kuwait, stopped issuing new visas to North Korean citizens "
     "in March.", ["BH", "KW"]),
])
def test_states_listed_before_a_time_or_a_first_verb_each_issue_the_measure(text, issuers):
    got = events_of(extract(ON_WORKERS + text, published="2017-10-13"), "sanction")
    assert sorted(e["issuer"] for e in got if e["issuer"] != "OM") == issuers


@pytest.mark.parametrize("text,issuers", [
    ("Tanzania has told North Korean police trainers stationed there to go home, diplomats said.", ["TZ"]),
    ("Poland's foreign ministry has urged local governments to stop approving work permits for North Koreans.",
     ["PL"]),
    ("Japan and Australia have pressured Gulf states to stop employing North Korean workers, sources said.", []),
])
def test_a_state_sending_the_norths_people_home_is_its_measure_but_pressing_others_is_not(text, issuers):
    got = events_of(extract(ON_WORKERS + text, published="2016-06-08"), "sanction")
    assert [e["issuer"] for e in got] == issuers


def test_a_vague_many_sent_back_then_counted_later_is_one_return():
    text = ("China has forcibly deported a large number of North Koreans, a rights group said.\n\nSeoul's ministry "
            "said it could not tell how many people were involved.\n\nIts envoy raised the matter in Beijing.\n\n"
            "A rights group said on Oct. 12 that Chinese authorities had repatriated over 500 North Koreans, mostly "
            "women.")
    [e] = events_of(extract(ON_WORKERS + text, published="2023-10-16"), "return")
    assert e["count"] == 500


@pytest.mark.parametrize("text,values", [
    # "worker immigration" is no count of workers: three waves are counted, not three people
    ("A historian in Khabarovsk said there were four waves of North Korean worker migration to the Soviet Union. "
     "In the 1960s there were about 18,000 of these workers and their families living in Siberia.", [18000]),
    ("Over the past three years 85 North Koreans have worked in Estonia, the paper says.", [85]),
])
def test_a_count_of_the_norths_workers_told_as_these_workers_or_as_who_have_worked(text, values):
    got = extract(ON_WORKERS + text, published="2008-03-02")["claims"]
    assert [c["value"] for c in got if c["metric"] == "overseas_worker_count"] == values


def test_a_chains_branches_listed_among_countries_are_placed_in_their_cities():
    text = ("Tourists eat at the Koryo restaurant in Vientiane, a North Korean eatery. The restaurant, named Koryo "
            "after the old kingdom, has branches in Mongolia, Bangkok, Nepal and Jakarta, a researcher said.")
    got = {(r["name"], r["city"]) for r in extract(text, published="2010-05-01")["restaurants"]}
    assert got == {("Koryo", "Vientiane"), ("Koryo", "Bangkok"), ("Koryo", "Jakarta")}


def test_a_branch_named_by_its_city_after_the_norths_restaurants_were_spoken_of_is_one():
    text = ("Women who staff these North Korean restaurants are picked for loyalty. A colleague who ate at one of the "
            "Vientiane branches said the singers had never left the building.")
    got = [(r["city"], r["country"]) for r in extract(text, published="2014-02-03")["restaurants"]]
    assert got == [("Vientiane", "LA")]


def test_an_asset_freeze_on_counted_companies_of_the_north_is_a_measure_dated_after_its_object():
    text = "Australia has frozen the assets of 12 North Korean firms on Tuesday, its minister said."
    [e] = events_of(extract(ON_WORKERS + text, published="2018-03-08"), "sanction")
    assert (e["issuer"], e["date"]) == ("AU", "2018-03-06")


def test_defector_figures_told_as_entrants_a_slide_to_a_years_value_and_an_as_of_total():
    text = ("The number of North Korean defectors reaching South Korea once stood near 2,900 a year. It held in the "
            "thousands before it plunged to 180 in 2019, 70 in 2020 and 54 in 2021. As of the end of March, 88 "
            "defectors (9 men, 79 women) had entered. Overall, the total number of entrants came to 33,900. "
            "Last year, 174 defectors entered, the ministry said.")
    got = {(c["value"], c["period"]) for c in extract(text, published="2023-04-20")["claims"]
           if c["metric"] == "defector_arrivals"}
    assert {(180, "year"), (70, "year"), (54, "year"), (88, "cumulative"), (33900, "cumulative"),
            (174, "year")} <= got



def test_the_one_excepted_from_a_group_is_no_group_of_its_own():
    text = ("A judge refused to let lawyers see a group of North Korean restaurant staff who defected to South Korea "
            "in May 2018. The agency denied meetings with the nine defectors. The defectors, all waitresses except for "
            "one male manager, slipped out of the restaurant in Dalian, China, where they served, and later reached "
            "Seoul.")
    assert [e["count"] for e in events_of(extract(text, published="2019-06-14"), "defection")] == [9]


@pytest.mark.parametrize("text,relevant", [
    ("KHABAROVSK, Russia -- In the east of town, building after building has been going up for years, so one sees "
     "North Korean laborers about at all hours. They take lower pay than locals. North Korea is close to this city.", True),
    ("SEOUL -- North Korean laborers built the dam, North Korea said on Monday.", False),
])
def test_the_norths_workers_told_of_from_a_dateline_abroad_make_the_article_relevant(text, relevant):
    assert extract(text, published="2000-11-01")["relevant"] is relevant


def test_a_restaurants_hours_are_no_opening():
    text = ("PHNOM PENH: Staff at the Phnom Penh branch of a North Korean restaurant chain are happy, though sanctions "
            "bite. The upscale restaurant opens only for dinner and draws a steady crowd of diners.")
    assert events_of(extract(text, published="2017-05-02"), "opening") == []


def test_a_measure_the_lede_tells_as_just_taken_is_not_one_taken_months_before():
    text = ("Japan and Australia have imposed sanctions on three trading firms that send North Korean IT workers "
            "abroad.\n\nThe two governments acted together at talks in Tokyo on the 14th.\n\nLast July, Japan and "
            "Australia jointly sanctioned a North Korean bank that pays the workers' wages.")
    got = [(e["issuer"], e["date"]) for e in events_of(extract(text, published="2025-02-20"), "sanction")]
    assert ("JP", "2024-07") in got and ("AU", "2024-07") in got
    assert sum(1 for issuer, _ in got if issuer == "JP") == 2


def test_a_state_that_puts_sanctions_on_a_day_written_with_an_abbreviated_month():
    text = ("LONDON - Britain on Nov. 4 put sanctions on a shipping agent that carried North Korean workers to "
            "building sites abroad, the Foreign Office said.\n\nIn March 2016, London imposed sanctions on a "
            "North Korean arms dealer.")
    got = sorted((e["issuer"], e["date"]) for e in events_of(extract(text, published="2021-11-05"), "sanction"))
    assert got == [("GB", "2016-03"), ("GB", "2021-11-04")]


def test_the_one_a_noun_trigger_names_by_of_is_counted():
    text = ("An intelligence officer from Pyongyang flew to Kuala Lumpur to deal with the defection of Mrs Pak, a "
            "waitress at the city's North Korean restaurant, who fled on March 2 to the embassy of South Korea.")
    [e] = events_of(extract(text, published="2001-03-10"), "defection")
    assert (e["count"], e["female"]) == (1, 1)


def test_a_figure_over_a_country_and_world_regions_listed_is_scoped_to_no_one_country():
    text = ("At its height the network counted about 120 North Korean restaurants in Russia, Central Asia and "
            "elsewhere. Today some 20 North Korean restaurants remain in Vietnam, officials said.")
    got = {(c["value"], c["country"]) for c in extract(text, published="2022-08-01")["claims"]
           if c["metric"] == "restaurant_count"}
    assert got == {(120, None), (20, "VN")}


def test_the_flight_the_lede_tells_in_brief_and_the_next_sentence_in_full_is_one():
    text = ("North Korean banker defects in Kazakhstan: Seoul newspaper\nBy Jane Doe and John Roe\n"
            "SEOUL (Reuters) - A high-ranking North Korean bank official has defected in Kazakhstan and is seeking asylum in "
            "a third country, a Seoul daily reported on Friday, citing an unnamed source.\nKang Myong Chol, a senior "
            "representative of North Korea's Foreign Trade Bank, vanished last week in Almaty, in the south of "
            "Kazakhstan, with $2 million, the paper said.")
    assert len(events_of(extract(text, published="2019-05"), "defection")) == 1


def test_a_noun_triggers_possessor_is_its_one_person():
    text = "The North Korean restaurant in Kathmandu has lost its manager. Nepal's police confirmed his defection on June 3."
    [e] = events_of(extract(text, published="2018-06-10"), "defection")
    assert (e["count"], e["male"]) == (1, 1)


def test_an_article_on_north_koreans_at_work_abroad_is_relevant_whatever_their_trade():
    text = ("Hospital in Luanda keeps its nurses from Pyongyang\n"
            "North Korean nurses are employed at a private hospital in Luanda, Angola, a local paper wrote. "
            "Their pay goes to a state firm in the North, former staff said. A second team from North Korea works at a clinic "
            "in Benguela. The hospital's owner declined to comment.")
    assert extract(text, published="2015-11-02")["relevant"] is True


def test_north_koreans_at_work_at_home_do_not_make_an_article_relevant():
    text = ("Pyongyang hospital adds a wing\nNorth Korean doctors work in a new wing of a Pyongyang hospital, state media "
            "said. North Korean nurses were hired from provincial clinics in Wonsan.")
    assert extract(text, published="2015-11-02")["relevant"] is False


def test_a_measure_on_two_objects_is_dated_by_the_day_after_them():
    text = ("The Treasury sanctioned one Chinese and one North Korean firm on Tuesday for hiring out North Korean "
            "workers at building sites in Siberia.")
    [e] = events_of(extract(text, published="2021-03-12"), "sanction")
    assert (e["issuer"], e["date"]) == ("US", "2021-03-09")


def test_an_organ_named_with_its_office_and_acronym_issues_a_measure_dated_today_after_a_dateline():
    text = ("WASHINGTON — Today, the Commerce Department’s Office of Export Enforcement (OEE) is sanctioning three "
            "entities that hire out North Korean workers to fishing fleets.")
    [e] = events_of(extract(text, published="2023-07-18"), "sanction")
    assert (e["issuer"], e["date"]) == ("US", "2023-07-18")


def test_a_figure_in_a_region_that_hosts_the_workers_is_scoped_to_its_country():
    text = ("Siberia has some 8,000 loggers from North Korea, a ministry official said. Moscow has begun to send "
            "North Korean workers home.")
    [c] = [c for c in extract(text, published="2018-03-01")["claims"] if c["metric"] == "overseas_worker_count"]
    assert (c["value"], c["country"]) == (8000, "RU")


def test_a_figure_opened_by_there_takes_the_place_just_told():
    text = ("Mr. Han, a welder, was sent to Qatar in 2009 by a state trading firm. There, 900 contract workers from "
            "North Korea slept in one compound and handed over their pay, he said.")
    [c] = [c for c in extract(text, published="2016-04-02")["claims"] if c["metric"] == "overseas_worker_count"]
    assert (c["value"], c["country"]) == (900, "QA")


@pytest.mark.parametrize("sentence, value, country", [
    ("Some 260 North Korean workers employed in the state of Sabah saw their permits lapse.", 260, "MY"),
    ("Last year 4,150 North Korean citizens entered Russia on student visas, the ministry said.", 4150, "RU"),
    ("Kazakhstan granted 310 North Korean workers permits to stay, officials said.", 310, "KZ"),
    ("Officials said 95 North Korean welders were working in country under older contracts.", 95, None),
])
def test_a_workers_figure_is_scoped_where_the_sentence_puts_them(sentence, value, country):
    text = "Mongolia has been asked to stop hiring North Korean labour. " + sentence
    got = {c["value"]: c["country"] for c in extract(text, published="2019-02-01")["claims"]
           if c["metric"] == "overseas_worker_count"}
    assert got[value] == (country or "MN")


def test_defectors_reaching_the_south_are_not_scoped_to_the_south():
    text = "Some 1,100 North Korean defectors arrived in South Korea last year, the unification ministry said."
    [c] = [c for c in extract(text, published="2021-01-10")["claims"] if c["metric"] == "defector_arrivals"]
    assert (c["value"], c["country"]) == (1100, None)


@pytest.mark.parametrize("text, who", [
    ("According to a study published by the Sejong Centre for Labour Studies in May last year, about 1,500 "
     "North Koreans work in Mongolia.", "Sejong Centre for Labour Studies"),
    ("The U.N. estimates that some 40,000 North Korean workers are abroad.", "U.N."),
    ("About 1,200 North Koreans reached the South in 2019, the Unification Ministry data showed.",
     "Unification Ministry"),
    ("Back at the site, where a Latvian driver said more than 60 North Korean workers were employed in Riga.",
     "a Latvian driver"),
    ("According to Japan's Public Security Intelligence Agency up to 3,000 North Korean workers are in Vladivostok.",
     "Japan's Public Security Intelligence Agency"),
])
def test_a_figures_source_is_an_entity_not_the_words_around_it(text, who):
    [c] = extract(text, published="2020-06-01")["claims"]
    assert c["attributed_to"] == who


def test_a_local_figure_in_a_story_told_in_one_country_is_that_countrys():
    text = ("Guards were posted around a fish-canning yard outside Vladivostok this winter. Roughly 400 labourers sent "
            "by a Pyongyang trading firm downed tools over months of missing pay. North Korea is thought to keep "
            "about 100,000 workers abroad in all.")
    got = {c["value"]: c["country"] for c in extract(text, published="2023-03-02")["claims"]
           if c["metric"] == "overseas_worker_count"}
    assert got == {400: "RU", 100000: None}     # (the network's whole is no one country's)


def test_a_local_figure_stays_unscoped_when_the_story_spans_two_countries():
    text = ("Labourers from the North were seen at yards near Vladivostok and in the Chinese port of Dalian. Roughly "
            "400 labourers sent by a Pyongyang trading firm downed tools over months of missing pay.")
    [c] = [c for c in extract(text, published="2023-03-02")["claims"] if c["metric"] == "overseas_worker_count"]
    assert (c["value"], c["country"]) == (400, None)


@pytest.mark.parametrize("sentence", [
    "Police in the port city confirmed the planned deportation of the seven North Korean fishermen next week.",
    "Lawyers for the seven North Korean fishermen held in Busan jail now fear their imminent forced repatriation.",
    "The seven North Korean fishermen held by police there face the prospect of repatriation, their lawyers say.",
])
def test_a_return_still_ahead_is_pending(sentence):
    text = "A boat drifted ashore in the far east of Russia in March. " + sentence
    [e] = events_of(extract(text, published="2022-05-03"), "return")
    assert e["status"] == "pending"


def test_a_flight_set_after_an_earlier_one_by_a_dash_stays_its_own():
    text = ("Several North Korean seamstresses slipped out of a garment plant in Hunchun last week, a broker said "
            "- a month after a group of cooks fled a state-run eatery in Kathmandu. "
            "Eleven of the seamstresses have since reached Laos.")
    assert len(events_of(extract(text, published="2019-08-20"), "defection")) == 2


def test_a_day_of_the_month_before_a_group_is_not_counted_in_it():
    text = ("The affair has wide consequences for both sides. Seoul said on May 3 that nine North Korean cooks and a "
            "driver had defected from the Pokhara eatery.")
    [e] = events_of(extract(text, published="2019-08-20"), "defection")
    assert e["count"] == 10


def test_a_verb_after_restaurant_in_a_short_headline_is_no_name():
    """"... Korean Restaurant Shuts" is a headline in capitals, not a restaurant called Shuts."""
    rec = extract("Pyongyang-Run Korean Restaurant Shuts\n\nVIENTIANE – The North Korean restaurant near the river has "
                  "closed, staff at a shop next door said on Monday.", published="2022-03-09")
    assert [r["name"] for r in rec["restaurants"]] == [None]
    assert [e["workplace"]["name"] for e in events_of(rec, "closure")] == [None]


def test_the_datelines_city_places_the_lede_restaurant_and_the_story_tells_one_closure():
    rec = extract("Noodle House Goes Dark\n\nVIENTIANE – The North Korean restaurant by the Mekong promenade seems to "
                  "have shut its doors.\n\nA caller on June 2 heard a recorded message; a map service now lists the "
                  "restaurant as permanently closed.\n\nHaving a North Korean restaurant and staff in Laos at all broke "
                  "the UN measures, a lawyer said, and he welcomed the closure.", published="2023-06-10")
    closures = events_of(rec, "closure")
    assert [(e["workplace"]["city"], e["workplace"]["country"]) for e in closures] == [("Vientiane", "LA")]
    assert [(r["city"], r["country"]) for r in rec["restaurants"]] == [("Vientiane", "LA")]


def test_a_council_measure_dated_a_year_before_a_resolution_is_not_guessed_to_be_it():
    """What the measure did (sending workers home) points to a resolution only when the date allows it."""
    rec = extract("In 2016 only a handful of African states filed their reports under the UN sanctions, which oblige "
                  "members to send North Korean workers home.", published="2021-05-04")
    assert [e["instrument"] for e in events_of(rec, "sanction")] == [None]


# --- the eighteenth session of 2026-12-05: texts invented for the rules read from grown95-97's errors ---

def test_wages_sent_back_with_no_auxiliary_are_no_return():
    rec = extract(ON_WORKERS + "North Korean welders toil in Gdansk with their salary sent back to the state, a report "
                  "said on Monday.")
    assert events_of(rec, "return") == []


def test_a_wish_that_people_be_deported_is_no_return():
    rec = extract(ON_WORKERS + "Campaigners in Warsaw do not want the North Korean welders deported to Russia, where "
                  "they would fare worse.")
    assert events_of(rec, "return") == []


def test_escaped_north_koreans_told_as_a_kind_of_witness_are_no_flight():
    rec = extract(ON_WORKERS + "The abuse has been told again and again by escaped North Koreans who once worked on "
                  "farms in Siberia.")
    assert events_of(rec, "defection") == []


def test_he_and_his_wife_are_two_who_fled():
    rec = extract("Pak Chol ran the trading office of the North Korean mission in Sofia. In 2003 he and his wife "
                  "defected to South Korea.", published="2008-02-11")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["male"], e["female"], e["date"]) == (2, 1, 1, "2003")


def test_one_who_fled_with_another_three_is_one_of_four():
    rec = extract(ON_WORKERS + "In March 2014 she decided to escape with another three North Korean women "
                  "from the plant.", published="2020-02-02")
    [e] = events_of(rec, "defection")
    assert e["count"] == 4


def test_her_escape_from_a_country_in_a_year_is_told_and_dated_beside_a_quote():
    rec = extract(ON_WORKERS + "“We had counted the days for months,” Ri Sun-ok said last week as she recalled her "
                  "escape from Latvia in 2011.", published="2019-09-30")
    [e] = events_of(rec, "defection")
    assert (e["date"], e["workplace"]["country"]) == ("2011", "LV")


def test_a_tally_of_rounds_of_measures_dates_none_of_them():
    rec = extract(ON_WORKERS + "In the past decade the Security Council has imposed five rounds of sanctions on "
                  "Pyongyang, three of them adopted last year.", published="2018-04-04")
    assert [e["date"] for e in events_of(rec, "sanction")] == [None]


def test_a_measure_is_dated_by_the_meeting_that_took_it():
    rec = extract(ON_WORKERS + "The European Union imposed new sanctions on North Korean workers at a meeting of its "
                  "foreign ministers held in Brussels on Tuesday.", published="2018-03-01")
    [e] = events_of(rec, "sanction")
    assert (e["issuer"], e["date"]) == ("EU", "2018-02-27")


def test_the_27_nation_bloc_is_the_eu():
    rec = extract(ON_WORKERS + "The 27-nation bloc on Thursday banned new work permits for North Korean workers.",
                  published="2021-06-12")
    [e] = events_of(rec, "sanction")
    assert e["issuer"] == "EU"


def test_an_estimated_figure_of_workers_due_home_is_a_claim():
    rec = extract("The estimated 300 North Korean workers in the Baltic states will have to return home when their "
                  "permits run out.", published="2018-01-20")
    assert [(c["metric"], c["value"]) for c in rec["claims"]] == [("overseas_worker_count", 300)]


def test_excerpts_joined_by_an_ellipsis_are_sentences_of_their_own():
    rec = extract(ON_WORKERS + "Most toil on building sites for scant pay...A UN report in 2016 estimated that over "
                  "40,000 North Koreans were working abroad.", published="2017-03-03")
    assert [(c["value"], c["attributed_to"]) for c in rec["claims"]] == [(40000, "A UN report")]
    assert [s.text for s in split_sentences("They fled (in 2016).Most were women.")] == [
        "They fled (in 2016).", "Most were women."]


def test_the_remains_of_the_dead_sent_home_are_no_return():
    rec = extract(ON_WORKERS + "The remains of sailors lost off the coast in 1968 were returned home on Monday.",
                  published="2019-07-03")
    assert events_of(rec, "return") == []


def test_a_policy_of_sending_people_back_is_a_practice_not_a_return():
    rec = extract(ON_WORKERS + "Escapees rallied in Seoul on Monday, denouncing Beijing's policy of repatriating "
                  "those it catches.", published="2015-05-05")
    assert events_of(rec, "return") == []


# --- the nineteenth session of 2026-12-05: texts invented for the rules read from grown98-100's errors ---

def test_sanctions_told_as_rules_broken_are_the_regime_and_link_to_no_measure():
    arms = ("North Korean instructors trained the presidential guard of a central African state, which bought "
            "rifles from Pyongyang in violation of UN sanctions.")
    barred = ("North Korea is barred from arms sales under UN Security Council sanctions, yet its engineers built a "
              "munitions plant on the coast.")
    recs = extract_records([{"doc_id": "a", "published": "2016-03-20", "text": ON_WORKERS + arms},
                            {"doc_id": "b", "published": "2016-04-11", "text": ON_WORKERS + barred}])
    (a,), (b,) = (events_of(r, "sanction") for r in recs)
    assert a["regime"] and b["regime"] and a["instrument"] is None
    assert a["cluster"] != b["cluster"]     # two reports of broken rules are not two reports of one measure
    # a measure told as adopted is one measure, even beside rules broken
    [c] = events_of(extract(ON_WORKERS + "A week after the panel said the state had acted in violation of UN "
                            "sanctions, the Security Council passed a fresh package of sanctions.",
                            published="2017-09-14"), "sanction")
    assert "regime" not in c


def test_the_norths_officers_training_a_states_police_make_a_sanctions_story_ours():
    rec = extract("Inspectors asked a lakeside republic about the deal it signed with North Korea. North Korean "
                  "officers are training its police in judo and diving. UN resolution 2094 of 2013 bars such help.",
                  published="2015-02-09")
    assert rec["relevant"] and [e["instrument"] for e in events_of(rec, "sanction")] == ["UNSCR 2094"]


def test_resolutions_cited_with_their_years_in_prose_are_each_a_measure():
    rec = extract(ON_WORKERS + "Resolutions 2094 of 2013 and 2087 of 2013 forbid the North to sell arms.",
                  published="2015-02-09")
    assert sorted(e["instrument"] for e in events_of(rec, "sanction")) == ["UNSCR 2087", "UNSCR 2094"]


def test_several_sanctions_since_a_year_date_no_one_measure():
    rec = extract(ON_WORKERS + "The UN has imposed several sanctions on North Korea since 1998 that ban the arms "
                  "trade.", published="2015-02-09")
    assert [e["date"] for e in events_of(rec, "sanction")] == [None]


def test_figures_listed_with_their_countries_after_them_respectively_take_each_its_own():
    rec = extract(ON_WORKERS + "The number of these workers in the Gulf totals 3,000, 5,000, and 1,500 in Oman, "
                  "Bahrain, and the UAE respectively.", published="2014-01-01")
    assert [(c["value"], c["country"]) for c in rec["claims"]] == [(3000, "OM"), (5000, "BH"), (1500, "AE")]


def test_an_adverb_opening_the_sentence_is_no_source_and_an_estimate_is_hedged():
    rec = extract(ON_WORKERS + "Meanwhile, a 2012 study published by Japan's Ministry of Labour, estimated that "
                  "46,000 North Korean laborers have been sent abroad.", published="2013-09-01")
    [c] = rec["claims"]
    assert (c["value"], c["approx"], c["attributed_to"]) == (46000, True, "Japan's Ministry of Labour")


@pytest.mark.parametrize("sentence", [
    "In 2009 the police saw 12 North Korean workers arrested for selling liquor.",
    "It says 150 North Korean workers at the site rose up against their minders over unpaid wages.",
])
def test_the_people_of_an_arrest_or_a_protest_are_no_figure_of_workers_abroad(sentence):
    assert extract(ON_WORKERS + sentence, published="2016-04-20")["claims"] == []


def test_workers_summoned_home_by_their_state_return_and_a_summoned_envoy_does_not():
    rec = extract(ON_WORKERS + "Pyongyang has summoned dozens of its workers from Bahrain after a sit-in over pay.",
                  published="2016-06-08")
    assert [(e["type"], e["workplace"]["country"]) for e in rec["events"]] == [("return", "BH")]
    rec = extract(ON_WORKERS + "Seoul summoned the North Korean ambassador over the shelling.", published="2016-06-08")
    assert events_of(rec, "return") == []


def test_the_workers_sent_home_are_placed_where_the_sentences_before_put_them():
    rec = extract("Builders from North Korea in Bahrain downed tools over unpaid wages, a radio station said.\n\n"
                  "The North Korean laborers had protested after a state construction firm operating in Bahrain paid "
                  "them in vouchers. Days later the workers were sent back to North Korea.", published="2016-06-08")
    [e] = events_of(rec, "return")
    assert e["workplace"]["country"] == "BH" and "workplace.country" in e.get("inferred", [])


# --- the twentieth session of 2026-12-05: texts invented for the rules read from grown101-103's errors ---

@pytest.mark.parametrize("told", [
    "Those nine, along with a male cook, fled to South Korea in May.",
    "Seoul is holding the nine and another person who was their supervisor, after they fled to South Korea in May.",
])
def test_a_number_whose_noun_is_left_out_counts_with_the_one_who_joins_it(told):
    rec = extract(ON_WORKERS + "Nine waitresses worked at a North Korean eatery in Kunming. " + told,
                  published="2021-06-20")
    assert [e["count"] for e in events_of(rec, "defection")] == [10]


def test_people_recently_given_something_were_not_recently_gone():
    rec = extract("Seven former North Korean cooks have found work in Busan, an official said on Sunday. The seven "
                  "defectors were recently given flats there. They fled a restaurant in Shenyang last March.",
                  published="2020-11-22")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(7, "2020-03")]


def test_a_hearing_that_opens_on_a_day_neither_opens_a_restaurant_nor_dates_the_flight_before_it():
    rec = extract("A Seoul court opened a hearing on Tuesday (May 4) into eight North Korean waitresses who Seoul says "
                  "fled a restaurant in Shenyang in March. As the hearing opened, Japanese media reported on missiles.",
                  published="2021-05-05")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2021-03"]
    assert events_of(rec, "opening") == []


def test_a_town_that_begins_a_bodys_name_or_is_a_persons_surname_places_nothing():
    rec = extract("Jurists of the Concord of Jurists of Oceania met the eight North Korean waitresses who fled "
                  "their restaurant in 2016. Luis Vega Moreno, a UN envoy, met them too. Moreno, who visited "
                  "Seoul, said they should be heard.", published="2019-08-30")
    assert [(e.get("workplace") or {}).get("city") for e in events_of(rec, "defection")] == [None]
    assert rec["restaurants"] == [] or all(r["city"] is None for r in rec["restaurants"])


def test_a_mass_defection_written_as_one_word_is_a_defection():
    rec = extract(ON_WORKERS + "State media said the 11 cooks who took part in a mass-defection to Seoul in "
                  "May 2017 must come home.", published="2018-06-04")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(11, "2017-05")]


@pytest.mark.parametrize("told,value", [
    ("North Korean workers in the landlocked nation totalled about 640 as of May.", 640),
    ("While it is not known how many North Korean workers will come, there are now some 640 working in its mines.",
     640),
    ("The republic began to hire North Korean workers in 2011, and such hiring peaked at 640 in 2014.", 640),
])
def test_a_workforce_told_by_its_verb_of_counting_or_by_what_it_does_is_a_figure(told, value):
    rec = extract("A steppe republic, Kazakhstan, signed a labour deal with Pyongyang. " + told, published="2016-07-01")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", value, "KZ")]


def test_workers_told_of_before_then_working_somewhere_are_counted():
    rec = extract(ON_WORKERS + "North Korean workers in Kazakhstan live in a camp. Around 2000 workers are working "
                  "in Kazakhstan at the moment.", published="2016-07-01")
    assert [(c["value"], c["country"]) for c in rec["claims"]] == [(2000, "KZ")]


def test_people_deported_on_to_the_south_are_no_return_home():
    rec = extract(ON_WORKERS + "North Koreans caught crossing into the steppe republic in 2009 were handed to its "
                  "police and deported to South Korea.", published="2011-06-01")
    assert events_of(rec, "return") == []


def test_the_norths_builders_sent_to_an_occupied_region_make_the_story_ours():
    rec = extract("North Korea could send builders to the occupied regions of Ukraine, an envoy said. "
                  "Pyongyang recognised the breakaway republics last week.", published="2022-07-19")
    assert rec["relevant"]


def test_a_theatre_named_like_a_restaurant_brand_is_no_restaurant_and_no_count_of_countries():
    rec = extract(ON_WORKERS + "The visitors heard a concert at the Mansudae Theater, with songs from the two "
                  "countries, then dined at a hotel.", published="2023-11-15")
    assert rec["restaurants"] == [] and rec["claims"] == []


@pytest.mark.parametrize("then,male", [("", None), (" Later that year he fled on to Seoul.", 1)])
def test_a_north_korean_set_off_by_a_parenthesis_is_one_person_of_the_pronouns_sex(then, male):
    rec = extract(ON_WORKERS + "In 2019, a North Korean (called here C) escaped from a North Korean building firm in "
                  "Kazakhstan." + then, published="2022-02-01")
    assert [(e["count"], e["male"]) for e in events_of(rec, "defection")] == [(1, male)]


# --- the twenty-first session of 2026-12-05: texts invented for the rules read from grown104-106's errors ---

def test_another_group_seeking_asylum_in_the_clause_of_a_return_is_its_own_defection():
    rec = extract("Soon after Myanmar handed back six defectors, envoys let it be known their embassy was sheltering "
                  "another 14 North Koreans seeking asylum.", published="2014-03-02")
    assert sorted(e["count"] for e in events_of(rec, "defection")) == [6, 14]


def test_a_yearly_part_told_after_a_semicolon_keeps_the_figures_metric():
    rec = extract(ON_WORKERS + "Some 9,000 North Koreans have fled to the South since 1990; 640 last year alone.",
                  published="2004-05-01")
    assert sorted((c["value"], c["period"]) for c in rec["claims"] if c["metric"] == "defector_arrivals") == \
        [(640, "year"), (9000, "cumulative")]


def test_citizens_outside_the_country_earning_for_the_state_are_workers_abroad():
    rec = extract("The dead men were surely among the 40,000-plus nationals outside their homeland making money "
                  "for Pyongyang.", published="2017-02-01")
    assert [(c["metric"], c["value"], c["approx"]) for c in rec["claims"]] == [("overseas_worker_count", 40000, True)]


def test_a_group_crossing_a_river_into_a_state_on_the_way_south_defects():
    rec = extract("A party of 11 North Koreans slipped across the Mekong River into Thailand on Sunday after six "
                  "weeks on the road.", published="2018-04-09")
    assert [e["count"] for e in events_of(rec, "defection")] == [11]


def test_launches_that_left_the_regime_isolated_are_no_ones_flight():
    rec = extract("Its rocket launches have left Pyongyang out in the cold with most of its neighbours, but not with "
                  "Cambodia. Cambodia still hosts a North Korean restaurant in Siem Reap.", published="2016-09-07")
    assert events_of(rec, "defection") == []


@pytest.mark.parametrize("group,flights", [("A group of defectors", 0), ("Twelve defectors", 1)])
def test_defectors_told_by_where_they_live_now_are_a_flight_only_when_counted(group, flights):
    rec = extract(ON_WORKERS + f"{group} now living in South Korea spoke about forced labour at a hearing in Ottawa.",
                  published="2015-05-05")
    assert len(events_of(rec, "defection")) == flights


@pytest.mark.parametrize("where,counted", [("Chile", [(420, "CL")]), ("South Korea", [])])
def test_there_were_so_many_north_koreans_in_a_foreign_state_counts_its_workers_there(where, counted):
    rec = extract(f"North Korean workers have stayed on despite the ban. As of May 2 there were 420 North Koreans in "
                  f"{where}, a report to the sanctions committee said.", published="2020-06-01")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == counted


@pytest.mark.parametrize("tail,male,female", [("She fled to South Korea.", None, 1),
                                              ("He ended up in South Korea in 2012.", 1, None)])
def test_one_of_the_norths_people_named_by_a_trade_then_a_pronoun_is_one_who_fled(tail, male, female):
    rec = extract("A North Korean tailor was sent to work at a garment plant in Hunchun. " + tail, published="2015-10-07")
    assert [(e["count"], e["male"], e["female"]) for e in events_of(rec, "defection")] == [(1, male, female)]


def test_the_souths_staff_walking_out_and_workers_at_a_town_in_the_north_are_not_the_norths_abroad():
    rec = extract("The North shut its phone links to the South when South Korean managers all walked out of Kaesong on Monday. "
                  "Some 80 South Korean firms ran plants at Kaesong, with over 31,000 North Korean workers earning "
                  "about $90 a month.", published="2016-02-20")
    assert events_of(rec, "defection") == [] and rec["claims"] == [] and not rec["relevant"]


def test_a_crossing_told_of_people_already_gone_is_a_leg_of_their_flight():
    rec = extract("Five cooks from a North Korean restaurant in Vientiane fled on May 3. They rode a bus to the border "
                  "town of Savannakhet and crossed the Mekong into Thailand.", published="2019-06-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [5]


# --- the twenty-second session of 2026-12-05: texts invented for the rules read from grown107-109's errors ---

def test_counted_escapees_who_tell_their_story_fled():
    rec = extract("North Korean loggers in Russia work fourteen-hour days, a monthly magazine reported, citing the "
                  "accounts of seven escapees, researchers and officials.", published="2023-03-02")
    assert [(e["count"], e["workplace"]["country"]) for e in events_of(rec, "defection")] == [(7, "RU")]


def test_a_foreign_states_own_people_who_fled_are_no_flight():
    rec = extract("With many of Poland's young men abroad or having fled the country, its shipyards hire North Korean "
                  "welders, who are watched by minders.", published="2016-06-01")
    assert events_of(rec, "defection") == []


def test_one_worker_picked_out_of_a_group_that_fled_is_no_second_flight():
    rec = extract("We spoke to nine North Korean builders who escaped from sites in Siberia. Kwon, one worker who fled "
                  "Tynda, said the minders beat him.", published="2021-09-09")
    assert [e["count"] for e in events_of(rec, "defection")] == [9]


def test_businesses_that_reopen_only_once_something_ends_have_not_reopened():
    rec = extract("North Korean workers in China earn little. But now that lockdown rules in China have shut down the "
                  "plants, North Koreans who sewed there for 14 dollars a month have almost nothing to live on until "
                  "businesses reopen.", published="2020-05-04")
    assert events_of(rec, "opening") == []


@pytest.mark.parametrize("who,issuers", [("Mongolia said it", ["MN"]),
                                         ("Chinese fish plants here in Liaoning told their partners that they", [])])
def test_firms_that_stop_taking_the_norths_workers_take_no_states_measure(who, issuers):
    rec = extract(f"{who} would no longer accept any North Korean labourers, a trade official said.", published="2017-09-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == issuers


def test_a_caption_wrapped_after_of_and_a_sentence_wrapped_over_lines_are_read():
    text = ("Cooks wait at the station\n\n\nNorth Korean cooks at Vladivostok station on the morning of\n March 3. "
            "Many have been sent home to North Korea after the restaurants in Vladivostok failed to renew\n their permits. Photo: "
            "A. Reader\n\nThe restaurants had employed them for years, a local official said.")
    assert [s.text for s in split_sentences(text)][1].endswith("March 3.")
    assert [e["workplace"]["country"] for e in events_of(extract(text, published="2019-03-05"), "return")] == ["RU"]


def test_the_last_line_of_a_text_cut_short_is_the_articles_own_prose():
    rec = extract("North Korean restaurants abroad are short of staff.\n\nTheir managers keep the waitresses under "
                  "watch day and night, a researcher who studied them said. The women sing for diners each evening and "
                  "sleep in rooms above the dining hall, and their passports are held by the manager. Most are sent "
                  "for three years and may not leave the building alone, even on their one day off a month. "
                  "Their pay goes to the state.\n\nWe met five North Korean waitresses "
                  "who had fled K", published="2022-02-02")
    assert [e["count"] for e in events_of(rec, "defection")] == [5]


def test_opening_accounts_opens_no_business():
    rec = extract("The North Korean restaurant in Ulaanbaatar has been used for forging invoices and opening fake "
                  "accounts, investigators said.", published="2018-01-01")
    assert events_of(rec, "opening") == []


def test_a_forms_label_is_no_place():
    from nkwatch.extract.document import Document
    text = ("Regular Briefing\nDate : Monday, May 6, 2019\nTime : 10:00 A.M.\nOn the women who left the Pyongyang "
            "Koryo restaurant, the spokesman said they came of their own will. He spoke in Time, Norway, at noon.")
    places = [(p.surface, p.start) for p in Document("x", text, "2019-05-06", None).places]
    assert [s for s, _ in places] == ["Pyongyang", "Time", "Norway"] and places[1][0] == "Time" and places[1][1] > 100


@pytest.mark.parametrize("by,flights", [("by armed men in Niger", 0), ("by South Korean agents", 1)])
def test_people_kidnapped_by_armed_men_abroad_did_not_defect(by, flights):
    rec = extract(f"Two North Korean nurses working in Niger were abducted {by} in March, the North said.",
                  published="2017-04-01")
    assert len(events_of(rec, "defection")) == flights


def test_a_datelines_city_is_no_workplace_when_the_text_names_another_region():
    rec = extract("Return of workers\nKuala Lumpur (Bernama) – All North Korean workers with expired permits in "
                  "Malaysia's Sabah state have been sent home, a deputy minister said on May 2.", published="2017-05-03")
    assert [(e["workplace"]["city"], e["workplace"]["region"]) for e in events_of(rec, "return")] == [(None, "Sabah")]


def test_an_agencys_dateline_below_a_caption_is_still_the_dateline():
    from nkwatch.extract.document import Document
    text = ("Sabah sends workers home\n\nSabah sends workers home " + "(a photograph of a dormitory) " * 12 +
            "\n\nKota Kinabalu (Bernama) – North Korean workers have been sent home, a state minister said on May 2.")
    assert Document("x", text, "2017-05-03", None).dateline.surface == "Kota Kinabalu"
    assert Document("x", text.replace(" (Bernama)", ""), "2017-05-03", None).dateline is None   # (so far down: not sure)


def test_one_whose_death_is_told_is_no_one_who_went():
    rec = extract(ON_WORKERS + "All North Korean workers in Sarawak have been sent home amid the row over the death of "
                  "a North Korean citizen named Ri Ok Chol.", published="2017-05-03")
    assert [(e["count"], e.get("participants")) for e in events_of(rec, "return")] == [(None, None)]


@pytest.mark.parametrize("people,told", [("the defectors", ["defection", "return"]),
                                         ("seven defectors", ["defection", "defection", "return"])])
def test_people_named_by_their_flight_in_the_clause_of_their_return_are_no_new_flight(people, told):
    from nkwatch.extract import events
    from nkwatch.extract.document import Document
    text = f"Nine North Koreans fled to Laos in May. Rights groups accused Laos of allowing {people} to be repatriated."
    assert [m.type for m in events.mentions(Document("x", text, "2013-06-01", None))] == told


def test_a_dozen_in_a_group_is_twelve():
    rec = extract("Staff said the cooks - one male chef and a dozen women - vanished from the North Korean restaurant in "
                  "Hanoi on the night of June 2.", published="2017-06-10")
    assert [(e["count"], e["male"], e["female"]) for e in events_of(rec, "defection")] == [(13, 1, 12)]


@pytest.mark.parametrize("the", ["The", "The alleged"])
def test_the_alleged_defection_told_again_is_the_one_told_before(the):
    from nkwatch.extract import events
    from nkwatch.extract.document import Document
    text = f"Thirteen North Korean cooks fled a restaurant in Ningbo. {the} defection was notable, a researcher said."
    assert [m.back_reference for m in events.mentions(Document("x", text, "2016-06-01", None))] == [False, True]


# --- the twenty-third session of 2026-12-05: texts invented for the rules read from grown110-112's errors ---

@pytest.mark.parametrize("sentence,value", [
    ("Some 41,500 North Korean defectors are now living in the South, officials in Seoul said.", 41500),
    ("Close to 27,000 defectors have quietly fled famine to make new homes in South Korea.", 27000),
    ("In all, 28,310 North Koreans have managed to escape to the South since the armistice.", 28310)])
def test_the_defectors_in_the_south_told_as_a_stock_are_a_tally(sentence, value):
    rec = extract(ON_WORKERS + sentence, published="2017-03-01")
    assert [(c["metric"], c["value"], c["period"]) for c in rec["claims"] if c["metric"] == "defector_arrivals"] == \
        [("defector_arrivals", value, "cumulative")]


def test_a_tally_of_defectors_in_the_south_alone_does_not_make_a_story_about_life_there_ours():
    rec = extract("Noodles from home\n\nAround 31,000 North Korean escapees now live in South Korea. Ms Ahn, one of "
                  "them, serves buckwheat noodles from her home province at her shop in Suwon, and the queue is long.",
                  published="2018-07-01")
    assert rec["relevant"] is False


def test_the_norths_nationals_working_somewhere_earn_its_yearly_revenue():
    rec = extract("Oman is a small market next to Russia and China, yet the North's nationals employed across the sultanate "
                  "bring in between $4 million and $9 million a year for Pyongyang, officials said.", published="2017-09-01")
    assert [(c["metric"], c["value"], c["value_max"]) for c in rec["claims"]] == \
        [("overseas_worker_revenue_usd", 4_000_000, 9_000_000)]


def test_workers_who_died_are_no_count_of_workers_abroad():
    rec = extract(ON_WORKERS + "At least 23 of the North's overseas labourers have died this year in accidents, a monitoring "
                  "group said. Some 11 North Korean workers employed in Mongolia were killed in a mine collapse.",
                  published="2016-10-01")
    assert [c for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == []


def test_what_each_restaurant_must_hand_over_is_no_network_revenue():
    rec = extract("The North runs about 90 restaurants abroad. Each restaurant must pay $120,000 a year to Pyongyang as "
                  "a loyalty fund, a defector said.", published="2016-05-01")
    assert [c["metric"] for c in rec["claims"]] == ["restaurant_count"]


def test_boats_sheltering_from_a_storm_did_not_defect():
    rec = extract(ON_WORKERS + "Forty North Korean fishing boats took refuge from a typhoon in a Russian port last week.",
                  published="2019-09-20")
    assert events_of(rec, "defection") == []


def test_the_prospect_of_going_home_is_no_return():
    rec = extract("A North Korean welder in Tomsk took his own life on March 3, facing the prospect of returning home "
                  "with no savings, sources said.", published="2019-03-20")
    assert events_of(rec, "return") == []


def test_the_opening_of_a_regime_opens_no_business():
    rec = extract("Twenty waiters fled a North Korean restaurant in Yanji on May 2. The flight spoiled the party's plan "
                  "to mark the grand opening of the new regime with festivities.", published="2017-05-10")
    assert events_of(rec, "opening") == []


def test_ties_cut_that_were_diplomatic_only_are_no_measure():
    rec = extract(ON_WORKERS + "After Pyongyang recognised the breakaway provinces, Tbilisi severed diplomatic ties with "
                  "Pyongyang.", published="2022-08-01")
    assert events_of(rec, "sanction") == []


@pytest.mark.parametrize("sentence,went", [
    ("Mr Ri, who headed a trading office in Minsk, is one of the most senior North Korean envoys ever to defect.", True),
    ("Mr Ri, who headed a trading office in Minsk, would be the most senior North Korean envoy ever to defect.", False),
    ("Mr Ri headed a trading office in Minsk for North Korea until 2015. He had to flee for his life in 2015.", True),
    ("Mr Ri headed a trading office in Minsk for North Korea. He would have had to flee had he stayed.", False)])
def test_a_superlative_or_a_past_need_says_the_flight_happened(sentence, went):
    rec = extract(sentence, published="2017-11-01")
    assert bool(events_of(rec, "defection")) is went


def test_the_kin_of_one_person_are_not_that_one_person():
    rec = extract("Relatives of a North Korean trade envoy have reportedly gone missing in Khabarovsk, police said on "
                  "Monday.", published="2023-06-08")
    assert [e["count"] for e in events_of(rec, "defection")] == [None]


def test_a_soldier_and_a_diplomat_who_fled_the_same_year_are_two_flights():
    rec = extract("SEOUL - A lieutenant of the North's army fled to South Korea last year, the ministry said on Monday. The "
                  "lieutenant had served in the artillery. Local papers also said that a North Korean diplomat posted in a "
                  "Central Asian state defected to the South last June with his wife.", published="2019-03-04")
    flights = events_of(rec, "defection")
    assert len(flights) == 2
    assert sorted(e["date"] for e in flights) == ["2018", "2018-06"]
    assert [e["workplace"]["kind"] for e in flights if e["date"] == "2018-06"] == ["embassy"]


def test_the_press_is_no_workplace():
    rec = extract("Several news outlets in Seoul reported that a North Korean envoy posted in Minsk defected to the South "
                  "in May.", published="2019-07-01")
    assert [e["workplace"]["kind"] for e in events_of(rec, "defection")] == ["embassy"]


def test_the_high_profile_defections_told_again_are_no_new_one():
    rec = extract("Nine North Korean cooks fled a restaurant in Yanji on May 2. A diplomat in Minsk defected on May 20. "
                  "Critics accused the government of publicising the high-profile defections before the vote.",
                  published="2019-06-01")
    assert len(events_of(rec, "defection")) == 2


# --- the twenty-fourth session of 2026-12-05: texts invented for the rules read from grown113-115's errors ---


@pytest.mark.parametrize("text,relevant", [
    ("Fijians may visit North Korea visa-free, and North Korea sells it timber; the two have friendly ties. UN "
     "sanctions against the country ended a shipping route in 2016.", False),
    ("Fiji has stopped issuing work visas to North Koreans, and the UN sanctions against the country ended a shipping "
     "route in 2016.", True),
    ("Tonga's report to the UN says Mr Pak, a North Korean national working as a first secretary at the embassy in "
     "Nuku'alofa, was linked to a firm under UN Security Council sanctions.", False)])
def test_visitors_and_a_diplomats_post_are_no_work_abroad(text, relevant):
    assert extract(text, published="2018-02-01")["relevant"] is relevant


def test_work_abroad_names_who_earns_the_yearly_sum():
    rec = extract("Human rights groups say that some 20,000 North Koreans are made to work abroad and earn up to $400 "
                  "million annually for the regime.", published="2018-02-01")
    assert ("overseas_worker_revenue_usd", 400_000_000) in [(c["metric"], c["value"]) for c in rec["claims"]]


def test_a_host_governments_word_on_whom_it_will_send_home_is_a_pending_return():
    rec = extract("SUVA: The interior minister said the government will deport back to Pyongyang 40 North Koreans on "
                  "Vanua Levu whose work visas have run out.", published="2018-02-01")
    assert [(e["count"], e["status"]) for e in events_of(rec, "return")] == [(40, "pending")]


def test_a_head_count_of_the_norths_people_in_a_story_of_its_workers():
    text = ("Fiji to deport North Korean workers with lapsed visas\n\n"
            "SUVA: The interior minister said on Monday that the matter of the overstayers would go to the cabinet of "
            "ministers, which meets this week in the capital and will hear from the police and the immigration service "
            "before it decides.\n\n"
            "\u201cWe will decide this week,\u201d he told reporters at the parliament.\n\n"
            "The minister said there were 240 North Koreans in Fiji.\n\n"
            "He said there were 60 North Koreans in Fiji under the retirement scheme.")
    rec = extract(text, published="2018-02-01", title="Fiji to deport North Korean workers with lapsed visas")
    assert [(c["value"], c["country"]) for c in rec["claims"]] == [(240, "FJ")]


def test_those_still_at_work_are_no_count_of_those_sent_home():
    rec = extract("Illegal North Korean migrants caught by the provincial immigration office have been deported, he "
                  "said, but he cannot reveal the numbers of those who were deported. \u201cAll we can say at present is "
                  "that there are 90 North Korean workers working in Yunnan,\u201d he added.",
                  published="2018-02-01")
    assert [e["count"] for e in events_of(rec, "return")] == [None]


def test_a_part_of_a_head_count_is_no_new_figure():
    rec = extract("The minister said there were 240 North Koreans working in Fiji and 30 of them would be charged for "
                  "overstaying.", published="2018-02-01")
    assert [c["value"] for c in rec["claims"]] == [240]


@pytest.mark.parametrize("text,issuer", [
    ("Relations between Fiji and North Korea have cooled, with word out of Suva that it will no longer be issuing work "
     "visas for citizens of the hermit state.", "FJ"),
    ("North Korean workers built the stadium in Lusaka. In 2017 Zambia said that it had ended all trade and military "
     "contacts with the reclusive regime.", "ZM"),
    ("Tonga has fully complied with the UN measures against North Korea by raiding and shutting North Korean "
     "businesses in the kingdom.", "TO")])
def test_a_states_own_measure_named_in_other_words(text, issuer):
    rec = extract(text, published="2018-02-01")
    assert issuer in [e["issuer"] for e in events_of(rec, "sanction")]


@pytest.mark.parametrize("text", [
    "Japanese police warned businesses against unwittingly hiring software developers from North Korea who hide their "
    "identity.",
    "Tonga and Fiji have issued updated joint guidance on preventing the recruitment of North Korean IT workers, the "
    "ministry said on Monday."])
def test_an_advisory_to_employers_is_a_measure(text):
    rec = extract(text, published="2018-02-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")][:1] in (["JP"], ["TO"], ["FJ"])


def test_the_last_verb_of_a_list_asked_for_is_not_done():
    rec = extract("Officials in Washington have asked states to shut firms run by North Korea, strike its ships from their "
                  "registries and expel its envoys. Peru expelled its North Korean ambassador in September.",
                  published="2017-10-05")
    assert [e["workplace"]["country"] for e in events_of(rec, "return")] == ["PE"]


def test_ordered_to_leave_and_go_home_is_done():
    rec = extract("After the strike, the North Korean builders in Oman were ordered to leave the country and return to "
                  "Pyongyang.", published="2016-06-10")
    assert len(events_of(rec, "return")) == 1


def test_wages_held_until_they_go_home_tell_no_return():
    rec = extract("The North's minders keep most of the loggers' pay in Siberia and withhold the rest until they return to "
                  "North Korea.", published="2019-03-01")
    assert events_of(rec, "return") == []


def test_the_contractors_sent_packing_went_home():
    rec = extract("Although the North Korean crews who put up the stadium in Lusaka were sent packing in 2016, "
                  "Zambia faces questions.", published="2017-10-01")
    assert [e["date"] for e in events_of(rec, "return")] == ["2016"]


def test_resolutions_passed_since_a_year_date_no_measure():
    rec = extract("Fiji says it has applied every one of the Security Council's resolutions against Pyongyang adopted "
                  "since 2006, and that no North Korean workers remain.", published="2020-07-03")
    assert all(e["date"] is None for e in events_of(rec, "sanction"))


def test_a_brand_word_naming_a_firm_abroad_is_no_restaurant():
    rec = extract("Tonga ended its contracts with Okryu Tonga, a North Korean building firm, in 2017, in line with UN "
                  "sanctions.", published="2018-02-01")
    assert rec["restaurants"] == []


def test_specialists_from_the_dprk_at_work_abroad_are_counted():
    rec = extract("Eighteen surgical nurses from the Democratic People's Republic of Korea staff the hospitals of "
                  "the province of Cabinda.", published="2019-07-01")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 18, "AO")]


def test_a_recent_report_is_the_report():
    rec = extract("A recent UN Panel of Experts report said about 4,000 North Korean workers earn $500 million a year "
                  "abroad.", published="2024-09-01")
    assert {c["attributed_to"] for c in rec["claims"]} == {"UN Panel of Experts report"}


def test_a_related_stories_box_is_not_the_article():
    text = ("The embassy in Dakar stands empty, its pool drained, its rooms stripped, neighbours said this week.\n\n"
            "SEE RELATED STORIES\n\n"
            "90,000 North Koreans work abroad, earning $600 million a year\n\n"
            "North Korea shuts missions in Africa\n\n\n"
            "One poster left on the wall warned of spies, a neighbour who went inside said.")
    rec = extract(text, published="2024-01-10")
    assert rec["claims"] == []


# --- the twenty-fifth session of 2026-12-05: texts invented for the rules read from grown116-118's errors ---


def test_crews_sent_back_across_the_sea_border_and_handed_to_a_northern_ship_go_home():
    rec = extract("On Friday, Tonga sent six North Korean fishermen and the boat it had towed in after a storm "
                  "last month back across the maritime border, the ministry said.", published="2019-03-08")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "return")] == [(6, "KP")]
    rec = extract("Fiji's navy rescued four North Korean sailors from their sinking trawler this week and handed them "
                  "over to another North Korean ship.", published="2019-03-08")
    assert [e["count"] for e in events_of(rec, "return")] == [4]


def test_two_groups_handed_over_are_two_returns_and_their_receivers_are_no_workplace():
    rec = extract("Fiji said two North Korean fishermen from the first trawler were handed to a waiting North Korean "
                  "vessel. Two other fishermen from a second trawler are due to be handed over to the North's "
                  "envoys on Monday.",
                  published="2019-03-08")
    returns = events_of(rec, "return")
    assert len(returns) == 2 and all(e["workplace"]["kind"] != "embassy" for e in returns)


def test_a_crew_that_asked_to_go_home_is_a_return_under_way():
    rec = extract("The five North Korean fishermen rescued off Fiji told the coast guard they wanted to return to "
                  "North Korea.", published="2019-03-08")
    assert [(e["count"], e["status"]) for e in events_of(rec, "return")] == [(5, "pending")]
    rec = extract("A singer who now lives in Seoul says she wants to go home to the North.", published="2019-03-08")
    assert events_of(rec, "return") == []


def test_some_of_a_crew_who_defected_are_counted_not_the_whole_crew():
    rec = extract("In 2014, two of the seven North Korean sailors aboard a trawler defected to South Korea.",
                  published="2019-03-08")
    assert [e["count"] for e in events_of(rec, "defection")] == [2]


def test_a_rule_of_what_a_state_does_with_rescued_crews_and_a_sum_of_occasions_are_no_returns():
    rec = extract(ON_WORKERS + "If North Korean fishermen are rescued alive, the Tongan authorities send them home "
                  "through Fiji.", published="2019-03-08")
    assert events_of(rec, "return") == []
    rec = extract(ON_WORKERS + "Fiji has rescued drifting North Korean boats on seven occasions this year, with 30 "
                  "crewmen sent home and one allowed to stay.", published="2019-03-08")
    assert events_of(rec, "return") == []
    rec = extract("A North Korean miner had tried to escape on three occasions before he fled to Seoul in 2019.",
                  published="2020-03-08")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2019"]     # (occasions before one flight: no sum)
    rec = extract(ON_WORKERS + "Activists say people repatriated by Tonga, whatever their reasons, can be sent to "
                  "labour camps.", published="2019-03-08")
    assert events_of(rec, "return") == []


def test_the_day_a_ministry_told_of_a_return_gives_its_month():
    rec = extract("The ministry said Friday the government has repatriated four North Korean fishermen found adrift "
                  "near Fiji.", published="2019-03-08")
    assert [e["date"] for e in events_of(rec, "return")] == ["2019-03"]


def test_a_sea_named_after_a_state_is_not_the_state():
    rec = extract("A coast guard ship rescued three North Korean fishermen in the Sea of Japan and sent them home "
                  "on Monday.", published="2019-03-08")
    assert [e["workplace"]["country"] for e in events_of(rec, "return")] == [None]


def test_a_boat_that_crossed_the_border_is_no_defection_of_its_crew_sent_home():
    rec = extract("Seoul said on Tuesday it had sent home all nine North Korean fishermen who were on a trawler it "
                  "held after the boat crossed into the South's waters.", published="2019-03-08")
    assert events_of(rec, "defection") == [] and [e["count"] for e in events_of(rec, "return")] == [9]


def test_the_verb_of_a_relative_clause_dates_the_people_a_noun_named():
    rec = extract("A Seoul judge on Monday called in the nine North Korean defectors who reached Seoul in "
                  "March.", published="2019-06-03")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(9, "2019-03")]


def test_the_previous_week_is_the_week_before_the_storys_time():
    text = ("In a photo taken on October 9, 2017, a guard blocks the door of a restaurant in Fiji. The restaurant "
            "employed eleven North Koreans, who all went South as a group the previous week.")
    dates = [d for d in find_dates(text, "2019-05-20") if text[d.start:d.end] == "the previous week"]
    assert [d.value for d in dates] == ["2017-10"]


def test_a_group_with_a_workplace_set_off_and_its_manager_are_counted_together():
    rec = extract("Ten waitresses of the Tonga Restaurant, a North Korean venue in Suva, Fiji, and their "
                  "manager arrived in South Korea in May 2017.", published="2019-06-03")
    assert [e["count"] for e in events_of(rec, "defection")] == [11]


def test_who_abducted_them_is_not_one_of_them_and_a_mission_gone_to_is_on_the_way():
    rec = extract("Eleven North Korean waitresses of a restaurant in Fiji and their manager, Pak Chol-su, reached Seoul "
                  "in May 2017. "
                  "Jurists said the women were tricked by Pak when they fled to the South Korean embassy in Tonga.",
                  published="2019-06-03")
    assert [(e["count"], e["transit"]) for e in events_of(rec, "defection")] == [(12, ["TO"])]


def test_a_record_said_of_a_return_and_a_defector_by_identity_are_no_new_events():
    rec = extract(ON_WORKERS + "That marked the first deportation of North Korean nationals since 1990.",
                  published="2020-12-02")
    assert events_of(rec, "return") == []
    rec = extract(ON_WORKERS + "Judges jailed a North Korean defector for two years for spying on others.",
                  published="2020-12-02")
    assert events_of(rec, "defection") == []


def test_the_verdicts_day_does_not_date_the_return_it_judged():
    rec = extract("Judges convicted three officials on Friday of deporting two North Korean fishermen in 2018, "
                  "despite their wish to defect.", published="2021-02-19")
    assert [e["date"] for e in events_of(rec, "return")] == ["2018"]


def test_helping_people_flee_and_those_fleeing_are_no_flight():
    rec = extract(ON_WORKERS + "Tonga jailed two monks charged with helping North Koreans flee across the "
                  "frontier.", published="2019-06-03")
    assert events_of(rec, "defection") == []


def test_the_norths_people_sent_or_come_to_a_country_in_thousands_are_counted():
    rec = extract("North Korea has sent about 9,000 workers to Tonga, officials said.", published="2025-02-01")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 9000, "TO")]
    rec = extract("More than 6,000 people came to Tonga from North Korea last year, Seoul said.", published="2025-02-01")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 6000, "TO")]
    rec = extract("Between 2014 and 2019, around 60 North Koreans were exploited by a shipyard in Fiji, research "
                  "showed.", published="2025-02-01")
    assert [(c["metric"], c["value"]) for c in rec["claims"]] == [("overseas_worker_count", 60)]
    rec = extract("Brokers in Tonga help North Korean workers escape. There are nearly 31,000 defectors from North "
                  "Korea living in South Korea.", published="2025-02-01")
    assert [(c["metric"], c["value"]) for c in rec["claims"]] == [("defector_arrivals", 31000)]


def test_a_close_tie_is_no_closure():
    rec = extract("A Tongan trader kept close contacts with the manager of a North Korean restaurant in Fiji.",
                  published="2023-02-01")
    assert events_of(rec, "closure") == []


def test_sanctions_on_fishing_rights_that_bring_in_hard_currency_are_not_the_norths_people_abroad():
    rec = extract("Since UN sanctions banned the North's seafood exports in 2017, Tongan fleets have paid North Korea "
                  "for fishing rights, which still bring in hard currency.", published="2020-07-01")
    assert rec["relevant"] is False


# --- the twenty-sixth session of 2026-12-05: texts invented for the rules read from grown119-121's errors ---

def test_a_firm_ending_the_contracts_of_the_norths_workers_sends_them_home():
    rec = extract(ON_WORKERS + "A Tongan builder terminated the contracts of all 80 North Korean employees it still had "
                  "when they were found working a second shift at night.", published="2015-09-20")
    [e] = events_of(rec, "return")
    assert (e["count"], e["destination"]) == (80, "KP")
    assert events_of(rec, "sanction") == []     # (the firm's act is no state's measure)


def test_people_held_for_what_they_carried_did_not_flee():
    rec = extract("Three North Koreans were detained at Tonga's airport for carrying $90,000 in cash, which they said "
                  "was what builders in Fiji had earned.", published="2016-03-17")
    assert events_of(rec, "defection") == []


@pytest.mark.parametrize("text,issuers", [
    ("Japan asks Fiji to stop accepting North Korean labourers.", []),
    ("Japan's foreign minister asked his Fijian counterpart on Sunday for the island state to stop accepting North "
     "Korean labourers.", []),
    ("Washington keeps urging other nations to cut their money and trade links with Pyongyang.", []),
    ("Fiji has asked its companies to stop hiring North Korean workers.", ["FJ"]),
])
def test_a_measure_asked_of_another_state_is_not_taken(text, issuers):
    got = events_of(extract(ON_WORKERS + text, published="2017-09-10"), "sanction")
    assert [e["issuer"] for e in got] == issuers


def test_permits_no_longer_extended_and_people_who_had_to_leave():
    rec = extract("North Koreans sewed clothes in Tongan factories, but most of their pay went to the state. For that "
                  "reason Tonga stopped renewing their work permits, and nearly all of them had to leave the country in "
                  "2009.",
                  published="2017-09-15")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["TO"]
    [e] = events_of(rec, "return")
    assert (e["date"], e["destination"], e["workplace"]["country"]) == ("2009", "KP", "TO")


def test_a_planned_cut_names_a_target_not_a_count():
    rec = extract(ON_WORKERS + "Fiji may also see the number of North Korean workers it hosts trimmed from 700 to "
                  "400, under a plan on the cards, the sources said.", published="2017-09-21")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 700, "FJ")]


def test_a_contingent_that_consists_of_workers_is_their_count():
    rec = extract("The North Korean labour contingent in the Pacific, which by one estimate consists of between 2,000 "
                  "and 4,000 workers, earns hard currency for Pyongyang.", published="2017-10-02")
    assert [(c["metric"], c["value"], c["value_max"]) for c in rec["claims"]] == [("overseas_worker_count", 2000, 4000)]


def test_a_firm_added_to_a_sanctions_list_is_a_measure():
    rec = extract(ON_WORKERS + "The yard hired its welders through a Pyongyang trading firm. In March 2016, the United "
                  "States added the firm to a sanctions list of 12 North Korean organisations.", published="2017-12-12")
    assert [(e["issuer"], e["date"]) for e in events_of(rec, "sanction")] == [("US", "2016-03")]


def test_a_woman_lured_across_the_border_by_brokers_fled_the_north():
    rec = extract("A North Korean woman lives with the farmer who bought her. In 2009 she was lured across the frontier "
                  "with talk of a factory job, then sold as a bride.", published="2017-12-13")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["date"]) == (1, "2009")
    assert e["status"] != "disputed"      # (brokers' lure: no charge that the South took her)


@pytest.mark.parametrize("text", [
    "Hers is a story of a North Korean bride sold in China, and of the moment during her escape when a farmer - now her "
    "husband - saved her from being deported and shot.",
    "Police in Yanji held the North Korean women for questioning rather than deporting them home at once.",
])
def test_a_return_spared_or_passed_over_did_not_happen(text):
    assert events_of(extract(text, published="2019-05-21"), "return") == []


def test_a_share_of_escapees_is_no_flight():
    rec = extract("Seven out of ten North Korean defectors are women, most of them without papers in China.",
                  published="2025-05-30")
    assert events_of(rec, "defection") == []


def test_not_until_a_date_tells_when_it_happened():
    rec = extract("Pak Sol, a North Korean woman, lived hidden in a village in China for years. It wasn't until May 2021 "
                  "that Pak Sol escaped with other refugees, leaving her son behind.", published="2024-03-01")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2021-05"]


@pytest.mark.parametrize("text,count,female", [
    ("SEOUL, Dec. 2 (Yonhap) -- Four North Korean escapees, including a boy and a pregnant woman, could be sent "
     "home, having been arrested by Chinese police in October.", 4, None),
    ("Officials said the 11 DPRK nationals, including ten waitresses and one manager of a restaurant in Fiji, defected "
     "to South Korea.", 11, 10),
])
def test_parts_named_after_including_leave_the_whole_count(text, count, female):
    [e] = events_of(extract(text, published="2020-12-02"), "defection")
    assert (e["count"], e["female"]) == (count, female)


def test_those_who_made_their_way_south_are_a_cumulative_figure():
    rec = extract("In the famine years, countless North Koreans crossed into China in search of food, with about "
                  "20,000 making their way to South Korea.", published="2021-08-20")
    assert [(c["metric"], c["value"], c["period"]) for c in rec["claims"]] == [("defector_arrivals", 20000, "cumulative")]


def test_a_citys_koreatown_is_no_city_abroad():
    rec = extract("Guests at Kumsong, a Koreatown restaurant in Dalian that North Korea runs, found a "
                  "notice on its door on Monday saying it had closed.", published="2018-01-09")
    assert rec["restaurants"] and all(r["country"] == "CN" for r in rec["restaurants"])


def test_its_been_years_since_dates_the_happening_back_from_publication():
    rec = extract("A North Korean woman tends pigs on a farm in Jilin. It’s been eight years since she was trafficked "
                  "across the river and sold to a farmer.", published="2019-06-01")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2011"]


# --- the twenty-seventh session of 2026-12-05: texts invented for the rules read from grown122-124's errors ---

@pytest.mark.parametrize("text", [
    "Three North Korean prisoners of war in a Tongan camp have asked to resettle in the South, their lawyer says.",
    "Three captured North Korean servicemen requested to be transferred to Seoul, their lawyer says.",
    "Three North Korean captives held in Tonga begged a visiting pastor to bring them to Seoul, a rights group said.",
])
def test_captives_asking_to_be_taken_south_are_a_flight_under_way(text):
    [e] = events_of(extract(text, published="2026-02-11"), "defection")
    assert (e["count"], e["status"], e["destination"]) == (3, "pending", "KR")


def test_one_of_the_captives_is_one_person():
    rec = extract("Tonga holds two North Korean soldiers caught on its reef. In an interview, one of the captives "
                  "requested asylum in South Korea.", published="2026-02-11")
    [e] = events_of(rec, "defection")
    assert (e["count"], e["destination"]) == (1, "KR")


def test_talks_on_a_repatriation_send_no_one_home():
    rec = extract("Fiji's and Tonga's foreign ministers held talks on Monday to discuss the repatriation of two North "
                  "Korean prisoners of war held in Tonga.", published="2026-03-18")
    assert events_of(rec, "return") == []


def test_a_wish_no_one_voiced_is_no_flight():
    rec = extract("Fiji's foreign ministry said neither of the two North Korean soldiers held by Tonga's navy has "
                  "voiced a wish to defect to Seoul so far.", published="2026-01-14")
    assert events_of(rec, "defection") == []


def test_a_captives_wish_told_twice_is_one_flight_under_way():
    rec = extract("North Korean soldiers caught by Tonga's navy want to defect to South Korea, a rights group said. "
                  "The North Korean servicemen, who had been sent to guard Fiji's harbour, asked to be transferred to "
                  "the South.", published="2026-02-11")
    [e] = events_of(rec, "defection")
    assert e["status"] == "pending"


def test_north_koreans_arriving_in_a_host_state_are_not_defectors_reaching_the_south():
    rec = extract("North Korea sends students abroad. Some 3,200 North Koreans arrived in Tonga last year to study at "
                  "its colleges, officials said.", published="2026-11-12")
    assert [c["metric"] for c in rec["claims"] if c["metric"] == "defector_arrivals"] == []


def test_construction_personnel_sent_abroad_are_the_norths_workers():
    rec = extract("Seoul's spy agency said Pyongyang had shipped roughly 5,000 construction personnel of its army "
                  "to Tonga since the spring.", published="2026-11-20")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 5000, "TO")]


def test_a_government_that_stops_their_visas_is_the_host_state():
    rec = extract("North Korean investors in Tonga ran two restaurants and a trading office. Under pressure from "
                  "donors, the cabinet stopped providing visas to them this year, and most of them went home.",
                  published="2019-08-26")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["TO"]


def test_the_subject_of_a_passive_measure_is_its_target_not_its_issuer():
    rec = extract(ON_WORKERS + "Ri, Tui and Cheng were sanctioned by the US Treasury on Monday for moving the "
                  "wages of North Korean loggers.", published="2023-04-26")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["US"]


def test_people_a_measure_names_are_not_a_count_of_workers():
    rec = extract("Washington's Treasury has sanctioned three North Korean nationals and a Tongan firm that hired "
                  "North Korean workers.", published="2023-03-01")
    assert [c for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == []


def test_a_bank_named_with_a_brands_word_is_no_restaurant():
    rec = extract(ON_WORKERS + "Washington listed the Koryo Development Bank and two trading firms on Friday, said "
                  "Adam Fifita, who heads Tonga's financial unit.", published="2016-12-03")
    assert rec["restaurants"] == []


def test_the_hosts_firms_that_hire_the_norths_workers_closing_are_no_closure_of_the_norths():
    rec = extract("With the slump in the islands' trade, several Tongan builders that hire North Korean labourers have "
                  "suspended operations.", published="2016-05-01")
    assert events_of(rec, "closure") == []


# --- the twenty-eighth session of 2026-12-05: texts invented for the rules read from grown125-127's errors ---
def test_a_flight_named_first_by_a_possessive_noun_is_its_telling():
    rec = extract("Ri Chol-su's book starts in North Korea, covers his time as a labourer in Tonga, and closes with "
                  "his defection in the cyclone season. He now studies in Seoul.", published="2024-03-01")
    [flight] = events_of(rec, "defection")
    assert flight["count"] == 1 and flight["workplace"]["country"] == "TO"


def test_a_flight_recounted_by_a_possessive_noun_is_the_one_told_with_its_date():
    rec = extract("A North Korean seamstress recounts her escape from Tonga. She fled a garment plant in Nuku'alofa "
                  "in 2015 and reached Seoul months later.", published="2024-05-01")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2015"]


def test_a_noun_asking_for_asylum_is_a_flight_under_way_of_the_one_named_before():
    rec = extract("Fijian police detained the 48-year-old North Korean welder on Tuesday in Suva. He had reportedly "
                  "gone to see a U.K. envoy with a plea for asylum.", published="2012-05-04")
    [flight] = events_of(rec, "defection")
    assert (flight["count"], flight["status"]) == (1, "pending")
    assert flight["workplace"]["country"] != "US"


def test_an_asylum_request_denied_is_no_flight():
    rec = extract("Having turned down the welder's bid for asylum, Fiji deported the North Korean in May.",
                  published="2012-06-04")
    assert events_of(rec, "defection") == []


def test_the_norths_sculptors_at_work_abroad_make_an_article_relevant():
    rec = extract("A bronze figure of the founding chief now stands in the main square of Suva, Fiji. Critics in the "
                  "islands asked why the statue was cast by North Korean sculptors rather than by local artisans. "
                  "North Korea's studio behind it earns hard currency casting such figures across the Pacific.",
                  published="2014-03-06")
    assert rec["relevant"] is True


def test_the_place_of_the_norths_work_may_be_named_the_sentence_before():
    rec = extract("Hammers ring out on a hill above the harbour. This is not Pyongyang; it is Suva, Fiji. "
                  "North Koreans are helping to erect a giant monument to the islands' chiefs, paid in hard "
                  "currency.", published="2008-08-22")
    assert rec["relevant"] is True


def test_a_brands_word_in_quotes_before_a_tradition_is_no_restaurant():
    rec = extract("FUA'AMOTU, Tonga -- Shelves at the island pharmacy hold dried roots and the old \"Koryo\" medicine "
                  "that North Korean medics brought with them to Tonga decades ago.", published="2013-05-07")
    assert rec["restaurants"] == []


def test_the_clinic_the_norths_doctors_set_up_closing_is_their_workplaces_closure():
    rec = extract("Four North Korean physicians posted to a state hospital ran a private clinic in Suva, Fiji, "
                  "using supplies from the wards. The clinic was shut down after neighbours alerted inspectors.",
                  published="2019-06-01")
    [closure] = events_of(rec, "closure")
    assert (closure["workplace"]["kind"], closure["workplace"]["country"]) == ("other", "FJ")


def test_the_norths_people_at_work_abroad_in_the_headline_and_once_in_the_body_make_it_relevant():
    rec = extract("Robbers stabbed two North Korean engineers employed at a water plant in Suva, Fiji, police said on "
                  "Monday. The men had come two years ago under a deal with Pyongyang.",
                  title="Two North Korean water-plant staff stabbed in Fiji", published="2013-02-11")
    assert rec["relevant"] is True


def test_a_return_expected_to_be_stepped_up_is_pending():
    rec = extract("Fiji is set to step up its repatriation of North Korean refugees living in Fiji, officials said "
                  "on Friday.", published="2016-01-29")
    assert [e["status"] for e in events_of(rec, "return")] == ["pending"]


def test_a_head_of_state_who_signs_sanctions_into_law_issues_them():
    rec = extract("Tonga's king signed into law on Monday fresh sanctions on North Korea that bar the hiring of "
                  "its workers.", published="2019-05-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["TO"]


def test_walking_to_freedom_is_a_flight():
    rec = extract("A North Korean waitress walked to freedom across the Mekong in March 2019, her brother said.",
                  published="2019-05-01")
    assert [(e["date"], e["status"]) for e in events_of(rec, "defection")] == [("2019-03", "confirmed")]


# --- the twenty-ninth session of 2026-12-05: texts invented for the rules read from grown128-130's errors ---


def test_a_possessive_owner_before_a_restaurants_name_is_not_the_name():
    rec = extract("Fiji's police closed North Korea's Coral Lagoon Restaurant in Suva last month.", published="2023-09-02")
    assert [r["name"] for r in rec["restaurants"]] == ["Coral Lagoon"]


def test_a_name_in_single_curly_quotes_keeps_no_quote():
    rec = extract("In Suva, Fiji, the ‘Lagoon’ restaurant, a North Korean-run eatery, served cold noodles until 2020.",
                  published="2024-03-24")
    assert [r["name"] for r in rec["restaurants"]] == ["Lagoon"]


def test_figures_compared_with_in_brackets_are_no_flights():
    rec = extract("Some 150 North Koreans reached the South last year, twice as many as compared to the two years "
                  "before (41 defectors in 2021 and 45 in 2022), the ministry said.", published="2024-01-10")
    assert [e["count"] for e in events_of(rec, "defection")] == [150]


def test_diplomats_given_hours_to_leave_or_preparing_to_leave_go_home():
    rec = extract("Tonga gave the North Korean diplomats two days to leave once the ties were cut.",
                  published="2021-03-22")
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"]
    rec = extract("The North Korean diplomats emptied their embassy in Fiji and prepared to leave the country on Sunday.",
                  published="2021-03-22")
    assert [(e["workplace"]["country"], e["destination"]) for e in events_of(rec, "return")] == [("FJ", "KP")]


def test_the_state_that_did_the_first_of_a_list_of_deeds_issues_the_measure_among_them():
    rec = extract("\"Tonga has honoured every pledge it made, closed all bank accounts of the Democratic "
                  "People's Republic of Korea and stopped new visas,\" the ministry said.", published="2022-02-20")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["TO"]


def test_and_before_another_state_and_its_verb_tells_that_states_own_return():
    rec = extract("Fiji sent home some 2,000 North Korean labourers in 2018 and Tonga repatriated about half "
                  "of its own, as the reports by Fiji and Tonga to the Council said.",
                  published="2019-03-27")
    assert [(e["workplace"]["country"], e["workplace"]["city"], e["transit"]) for e in events_of(rec, "return")] \
        == [("FJ", None, []), ("TO", None, [])]


def test_a_state_that_says_another_sent_workers_home_is_not_where_they_worked():
    rec = extract("Fiji says Tonga repatriated more than half of the North Korean workers last year.",
                  published="2019-03-27")
    assert [e["workplace"]["country"] for e in events_of(rec, "return")] == ["TO"]


def test_a_resolution_demanding_the_return_of_the_norths_workers_is_the_councils():
    rec = extract("The letters were filed under a resolution requiring the return of all North Korean "
                  "labourers abroad within two years.", published="2019-03-27")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["UN"]


def test_a_states_own_mission_is_not_the_norths_workplace():
    rec = extract("Tonga also said it had sent home about half of the North Korean labourers on its islands. "
                  "Tonga’s mission wrote to the panel, “Tonga will see the repatriation through calmly "
                  "and finish the repatriation in time.”", published="2019-03-27")
    assert [e["workplace"]["kind"] for e in events_of(rec, "return")] == [None]


def test_a_role_after_a_headlines_closing_dash_is_its_teller():
    rec = extract("Fiji starts sending North Korean labourers home — ambassador\n\nFiji has begun deporting North Korean "
                  "workers, its envoy told reporters on Tuesday.", published="2018-02-07")
    assert [e["workplace"]["kind"] for e in events_of(rec, "return")] == [None]


def test_a_return_from_a_state_told_again_with_only_that_state_is_the_same():
    rec = extract("Fiji sent home some 300 North Korean workers in 2018 and Tonga repatriated over half of its own, the "
                  "reports said. The reports were filed with the committee last week. Tonga also said that it had "
                  "repatriated the North's workers, and that the rest would leave on time.", published="2019-03-27")
    assert [e["workplace"]["country"] for e in events_of(rec, "return")] == ["FJ", "TO"]


def test_a_sending_home_denied_of_one_state_and_done_by_another_is_the_others():
    rec = extract("North Korean striker Ri Chol, 25, played for a club in Fiji for three seasons. The Fijian government "
                  "did not deport him while he played there. But once he joined a club in Tonga in 2020, the Tongan "
                  "government did.", published="2023-11-05")
    assert [(e["workplace"]["country"], e["date"]) for e in events_of(rec, "return")] == [("TO", "2020")]


def test_a_return_the_council_ordered_is_its_measure_not_a_return():
    rec = extract("In 2017 the UNSC barred fresh work permits for North Koreans abroad and ordered "
                  "them to be repatriated within two years.", published="2019-09-06")
    assert events_of(rec, "return") == [] and [e["issuer"] for e in events_of(rec, "sanction")] == ["UN"]


def test_plans_underway_to_send_workers_home_are_a_pending_return():
    rec = extract("Fiji says plans are underway to repatriate every North Korean labourer before 2020, the island "
                  "papers reported.", published="2019-02-07")
    assert [(e["workplace"]["country"], e["status"]) for e in events_of(rec, "return")] == [("FJ", "pending")]


def test_the_agent_after_by_issues_a_listing_whatever_state_stands_before():
    rec = extract("Tonga accused Fiji of granting fresh work visas to North Korean builders. Tonga also imposed "
                  "sanctions on a Thai bank it said had moved money for a trader blacklisted by Tonga for "
                  "his part in the North's missile work.", published="2018-08-04")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["TO"]


def test_warning_businesses_that_the_norths_workers_pose_as_locals_is_an_advisory():
    rec = extract("Two men were charged with lending their identities to a North Korean IT worker who earned hard "
                  "currency for Pyongyang. In March last year, Fiji's police agency warned businesses and clubs "
                  "that North Korean IT workers could pose as local freelancers for online jobs.",
                  published="2025-04-07")
    assert [(e["issuer"], e["date"]) for e in events_of(rec, "sanction")] == [("FJ", "2024-03")]


# --- the thirtieth session of 2026-12-05: texts invented for the rules read from grown131-133's errors ---

def test_north_koreans_abroad_then_working_are_a_count_of_workers():
    rec = extract("Crews from the North build hotels in Fiji. According to one study, there may be as many as 7,500 "
                  "North Koreans abroad, mostly working in Fiji, Tonga and Samoa.", published="2016-02-11")
    assert [v for v, _ in claims_of(rec, "overseas_worker_count")] == [7500]


def test_workers_in_so_many_countries_are_a_count_of_workers():
    rec = extract("North Korea sends builders to the Pacific. A Suva rights group put the number at more than 8,000 "
                  "workers in 12 countries, earning North Korea money.", published="2016-02-11")
    assert [v for v, _ in claims_of(rec, "overseas_worker_count")] == [8000]
    assert [v for v, _ in claims_of(rec, "host_country_count")] == [12]


def test_a_figure_in_the_area_is_of_the_country_told_before():
    rec = extract("Tonga keeps the nurses North Korea sent it. Fiji's health office said the North's embassy asked to "
                  "cut its nurses in the Nadi district. There are now 14 DPRK medical workers in the area.",
                  published="2016-05-03")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(14, "FJ")]


def test_people_seized_by_an_armed_group_have_not_defected():
    rec = extract("Gunmen of the Tonga Liberation Front have kidnapped a North Korean nurse and her husband who "
                  "worked at a clinic in Tonga. The pair were abducted outside Nuku'alofa on Sunday, a local paper "
                  "said.", published="2016-05-03")
    assert events_of(rec, "defection") == []


def test_workers_fired_who_left_the_country_went_home_with_the_rest():
    rec = extract("Last month, a builder in Fiji fired about 60 North Korean labourers, a radio report said. A worker "
                  "must have a local sponsor to stay in the country, the report said, and some of the workers had "
                  "already left the country.", published="2016-05-03")
    assert [(e["count"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [(60, "FJ")]
    assert events_of(rec, "defection") == []


def test_a_state_that_took_steps_to_curb_the_norths_flights_issued_a_measure():
    rec = extract("Fiji hosts North Korean workers on its building sites. The envoy thanked Fiji for its help. Fiji has "
                  "\"lately taken steps to curb flights and to ensure that the wages of the workers do not feed the "
                  "North's arms work,\" he said.",
                  published="2016-05-03")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["FJ"]


@pytest.mark.parametrize("text", [
    "\"I'm afraid I'll be caught by the guards and repatriated to North Korea,\" she told the pastor in Fiji.",
    "The envoy urged Fiji to respect the convention and under no circumstances send them back to North Korea.",
    "Nobody knows how many of them were sent back to North Korea from Fiji.",
    "Escapees hide in Fiji, a state that has long sent them back to North Korea.",
    "Fiji and the North reached an agreement on searches and repatriation of escapees last year.",
])
def test_a_return_feared_denied_asked_of_or_habitual_is_no_return(text):
    assert events_of(extract("North Korean escapees hide in Fiji. " + text, published="2020-02-03"), "return") == []


def test_some_of_a_group_counted_before_sent_home_inside_quotes_is_a_return_of_that_part():
    rec = extract("Activists said at least 30 North Koreans have been detained in Fiji since May. They believe at "
                  "least six of the 30 have been \"forcibly returned\" to North Korea.", published="2020-02-03")
    assert [e["count"] for e in events_of(rec, "return")] == [6]


def test_a_tally_of_those_sent_home_is_no_count_of_workers_abroad():
    rec = extract("Activists say Fiji keeps sending escapees home. Since 2022, at least 150 North Korean citizens have "
                  "been forcibly repatriated by Fiji's police.", published="2024-02-03")
    assert claims_of(rec, "overseas_worker_count") == []


def test_arrivals_told_by_the_month_and_by_the_quarter():
    rec = extract("The tally of North Korean defectors arriving in the South fell in the first quarter, the ministry "
                  "said. This year saw 70 people arrive in January, 40 in February and 55 in March. That compares "
                  "with the 400 "
                  "people who arrived in the same months of last year. The number of new arrivals stood at 90 in the "
                  "first quarter of last year, then the count fell to 20 in the second quarter.",
                  published="2019-04-10")
    got = dict(claims_of(rec, "defector_arrivals"))
    assert {70, 40, 55, 400, 90, 20} <= set(got)
    assert got[20] != "cumulative"


def test_a_share_of_a_figure_is_no_count_of_arrivals():
    rec = extract("Fewer North Koreans are reaching the South. The number of North Korean escapees who came to "
                  "Seoul in the first quarter declined to 48% of the same period last year, the ministry said.",
                  published="2019-04-10")
    assert [v for v, _ in claims_of(rec, "defector_arrivals")] == []


def test_those_who_sought_asylum_in_the_south_are_arrivals():
    rec = extract("Figures from the ministry show that of the 830 defectors who sought refuge in Seoul in "
                  "2018 after fleeing North Korea, 700 were women.", published="2019-04-10")
    assert [v for v, _ in claims_of(rec, "defector_arrivals")] == [830]


def test_a_tally_over_years_is_no_flight_of_its_own():
    rec = extract("A North Korean soldier crossed to the South on Monday, the military said. From 2011 to May 2015 a "
                  "total of 40 North Korean troops and farmers have crossed the border zone to escape to the South.",
                  published="2015-06-03")
    assert [e["count"] for e in events_of(rec, "defection")] == [1]


# --- the thirty-first session of 2026-12-05: texts invented for the rules read from grown134-136's errors ---

@pytest.mark.parametrize("text,value", [
    ("Around 40 to 45 North Korean army and police officials are now said to be working as advisers in the Pacific "
     "state.", 40),
    ("Tongan officers said they were drilled by a team of 25 North Korean martial arts instructors training the royal "
     "guard.", 25),
    ("Some 12 police trainers from North Korea have been coaching Tonga's riot squad since 2014.", 12),
])
def test_the_norths_trainers_and_advisers_posted_to_a_hosts_forces_are_its_workers_there(text, value):
    rec = extract("Tonga hosts North Korean military staff. " + text, published="2016-06-09")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(value, "TO")]


def test_instructors_stationed_beside_an_army_at_war_are_no_count_of_workers():
    rec = extract("North Korean troops fight beside Russia's army. Reports say about 30 North Korean instructors and 70 "
                  "Russian soldiers were stationed near the front in Kursk.", published="2025-02-03")
    assert claims_of(rec, "overseas_worker_count") == []


def test_a_host_letting_its_contracts_with_the_north_lapse_is_its_measure():
    rec = extract("Tonga says it won't renew its police and army contracts with the communist "
                  "nation, an official said. North Korean police trainers work in Tonga.", published="2016-06-09")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["TO"]


def test_contracts_with_the_norths_firms_said_to_have_ended_are_the_hosts_measure():
    rec = extract("North Korean workers built the palace in Nuku'alofa. The minister said the contracts with Mansudae "
                  "Overseas Projects and two other firms in the island state have terminated and the government of "
                  "Tonga will hire no more North Korean companies.", published="2017-10-25")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["TO"]


@pytest.mark.parametrize("text", [
    "All personnel of the DPRK are withdrawing themselves from Tonga now, the North's ministry said.",
    "North Korea is pulling its military instructors from Tonga after the island state cut its ties.",
])
def test_the_norths_trainers_taken_back_from_a_host_go_home(text):
    rec = extract("North Korean military trainers have worked in Tonga for years. " + text, published="2016-06-20")
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"]


def test_a_host_telling_the_norths_firms_they_must_leave_is_its_measure():
    rec = extract("Last month, Fiji notified the North Korean firms doing business there that they must "
                  "leave within 90 days. North Korean restaurants in Suva are nearly empty.", published="2017-10-15")
    assert [(e["issuer"], e["date"]) for e in events_of(rec, "sanction")] == [("FJ", "2017-09")]


@pytest.mark.parametrize("text,country", [
    ("North Korean instructors trained the Democratic Republic of the Congo's guard. In Congo they also built "
     "statues.", "CD"),
    ("A North Korean firm built statues in Kinshasa, and trainers from North Korea coached Congo's police.", "CD"),
    ("North Korean builders worked in Brazzaville, and trainers from North Korea coached Congo's police.", "CG"),
])
def test_congo_is_the_one_of_the_two_the_text_names_otherwise(text, country):
    from nkwatch.extract.document import Document
    doc = Document("t", text, "2016-05-14", None)
    assert {p.place.country for p in doc.places if text[p.start:p.end] == "Congo"} == {country}


def test_a_word_the_text_also_writes_in_lower_case_is_no_restaurant_name():
    rec = extract("03.06.2019 Author: Sione Tapu\n\nThe Tale of “Vanished Restaurant Workers” – Untrue, as they did not "
                  "Vanish!\n\nThe case of the vanished restaurant "
                  "workers began when 14 waitresses left a North Korean restaurant in Suva, Fiji, in 2018.",
                  published="2019-06-15")
    assert [r["name"] for r in rec["restaurants"]] == [None]


def test_people_the_north_abducted_have_not_fled_it():
    rec = extract("Relatives of Fijians abducted by North Korea met the prime minister on Friday. His younger brother "
                  "was abducted in 1979, one of them said.", published="2014-07-04")
    assert events_of(rec, "defection") == []


def test_the_part_of_a_whole_told_first_is_who_went_and_a_span_of_years_dates_no_one_return():
    rec = extract("Of the over 20,000 North Korean escapees who defected to the South, 17 returned to the North between "
                  "2011 and 2017, according to the ministry.", published="2018-09-30")
    assert [(e["count"], e["date"]) for e in events_of(rec, "return")] == [(17, None)]
    assert events_of(rec, "defection") == []


def test_the_norths_own_press_writing_south_korea_in_lower_case_names_the_south():
    from nkwatch.extract.document import Document
    text = "Suva, May 3 (KCNA) -- The couple had fled to south Korea, lured by the south Korean agents."
    doc = Document("t", text, "2013-05-03", None)
    assert [(text[p.start:p.end], p.place.country) for p in doc.places if p.place.country != "FJ"] == [
        ("south Korea", "KR"), ("south Korean", "KR")]


@pytest.mark.parametrize("text", [
    "Pak Song Chol, who had settled in the South in 2009, came back to the DPRK in March, the agency said.",
    "Pak Song Chol, a woman who had settled in the South years ago, fled back to the North in March, the agency said.",
])
def test_those_who_come_or_flee_back_to_the_north_return(text):
    rec = extract("North Korean television showed a defector who gave up on life in Seoul. " + text, published="2013-05-03")
    assert [(e["destination"], e["date"]) for e in events_of(rec, "return")] == [("KP", "2013-03")]


def test_a_trip_home_to_renew_a_visa_is_no_return():
    rec = extract("North Korean seamstresses work in Fiji's garment plants. \"They renew their visas every month by "
                  "heading back to North Korea for a week, before returning to Fiji,\" a trader said.", published="2019-06-01")
    assert events_of(rec, "return") == []


def test_the_north_closing_a_mission_of_its_own_closes_that_embassy():
    rec = extract("Pyongyang has shut its diplomatic mission in Tonga, the North's news agency said on Monday. "
                  "Its envoy told Tonga's king of the decision last week.", published="2023-10-30")
    assert [(e["workplace"]["kind"], e["workplace"]["country"]) for e in events_of(rec, "closure")] == [("embassy", "TO")]


def test_a_host_closing_its_own_mission_in_pyongyang_closes_none_of_the_norths():
    rec = extract("North Korean workers build roads in Tonga. Tonga has shut its embassy in Pyongyang, the ministry said "
                  "on Monday.", published="2023-10-30")
    assert [e["workplace"]["kind"] for e in events_of(rec, "closure")] != ["embassy"]


def test_a_business_closing_on_an_embassys_premises_closes_no_embassy():
    rec = extract("North Korean workers in Fiji lodge in a hostel on the premises of the North Korean embassy in Suva. "
                  "Fiji said the hostel must be closed by the end of the year.", published="2019-10-30")
    assert [e["workplace"]["kind"] for e in events_of(rec, "closure")] != ["embassy"]


# --- the thirty-second session of 2026-12-05: texts invented for the rules read from grown137-139's errors ---

def test_would_be_defectors_caught_on_the_way_are_a_flight_under_way():
    rec = extract("Fiji has sent 23 North Korean would-be defectors on to Tonga, a week after they were held at Nadi, "
                  "officials in Suva said on Thursday.", published="2011-02-03")
    assert [(e["count"], e["status"]) for e in events_of(rec, "defection")] == [(23, "pending")]


def test_a_group_of_people_arrested_on_the_way_is_counted():
    rec = extract("Police on Vanua Levu have arrested a group of 14 North Koreans trying to reach Tonga, officials said.",
                  published="2011-02-03")
    assert [e["count"] for e in events_of(rec, "defection")] == [14]


def test_a_group_of_north_korean_defectors_caught_is_a_flight_and_they_take_its_date():
    rec = extract("Fijian police said a group of North Korean defectors who tried to reach Tonga by boat has been held at a camp near Suva, "
                  "a Fijian officer said. They landed on a reef and were detained Feb. 9, he said.", published="2011-02-20")
    assert [(e["status"], e["date"]) for e in events_of(rec, "defection")] == [("pending", "2011-02-09")]


def test_they_caught_with_no_flight_told_before_is_no_flight():
    rec = extract("North Korean workers build a wharf in Suva. Two Fijian brokers ran a visa ring at the port. "
                  "They were arrested on Feb. 9, police said.", published="2011-02-20")
    assert events_of(rec, "defection") == []


def test_a_shop_run_by_a_group_of_defectors_tells_no_flight():
    rec = extract("The cold-noodle shop in Suva is owned by a group of North Korean escapees. Its name is a nickname for "
                  "Pyongyang.", published="2015-05-05")
    assert events_of(rec, "defection") == []


def test_those_who_fled_in_the_past_make_no_flight_of_their_own():
    rec = extract("Fiji's police chief said North Koreans who had escaped their homeland for want of food in the past "
                  "were allowed to go on to Seoul.", published="2011-02-20")
    assert events_of(rec, "defection") == []


@pytest.mark.parametrize("phrase,value", [
    ("about a half billion dollars a year", 500_000_000),
    ("half a billion dollars a year", 500_000_000),
])
def test_half_a_billion_is_a_figure(phrase, value):
    rec = extract(f"Labourers sent abroad by North Korea bring the regime {phrase}, a study in Suva says.")
    assert [v for v, _ in claims_of(rec, "overseas_worker_revenue_usd")] == [value]


def test_half_a_dozen_is_six():
    from nkwatch.extract.numbers import find_numbers
    assert [(n.value, n.approx) for n in find_numbers("half a dozen cooks")] == [(6.0, True)]


@pytest.mark.parametrize("text,value", [
    ("Pyongyang deploys at least 45,000 people overseas in its force of unpaid labourers, a Suva group said.", 45_000),
    ("North Korea's regime deploys 45,000 slave labourers abroad, a Suva group says.", 45_000),
    ("Most of the estimated 45,000 to 70,000 North Koreans who work abroad live in Asia, Fijian researchers said.", 45_000),
])
def test_the_norths_workforce_abroad_told_in_other_words(text, value):
    rec = extract(text)
    assert [v for v, _ in claims_of(rec, "overseas_worker_count")] == [value]


def test_the_number_of_north_koreans_arriving_in_a_route_country_is_counted_there():
    rec = extract("Tongan figures show a yearly number of North Koreans arriving in Fiji from Tonga that went up sharply, "
                  "from 31 in 2004 to 1,730 in 2010.", published="2011-05-01")
    assert sorted(v for v, _ in claims_of(rec, "defector_arrivals")) == [31, 1730]


def test_a_forecasts_threshold_is_no_figure():
    rec = extract("A Suva analyst said the number of North Koreans entering the South could dip below 1,500 this "
                  "year.", published="2012-05-01")
    assert claims_of(rec, "defector_arrivals") == []


def test_a_state_agreeing_to_follow_international_sanctions_follows_the_councils():
    rec = extract("Suva has long hosted North Korean builders. Fiji has pledged to abide by international sanctions that "
                  "include sending the workers back to North Korea, its ministry said.", published="2018-04-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["UN"]


def test_reprisals_on_return_are_no_return():
    rec = extract("\"We like Suva,\" a North Korean builder said of his work in Fiji. He kept his name back, fearing "
                  "reprisals upon his return to North Korea, he told a Fijian paper on Monday.", published="2017-09-12")
    assert events_of(rec, "return") == []


def test_a_state_encouraging_the_sending_home_of_diplomats_sends_none_home():
    rec = extract("North Korean workers send money home from Fiji. Tonga is keen to encourage the sending home of idle "
                  "North Korean envoys, its minister said on Thursday.", published="2016-04-28")
    assert events_of(rec, "return") == []


def test_farmland_for_the_norths_farmers_abroad_is_its_people_at_work_there():
    rec = extract("Fiji may lease land on Vanua Levu to North Korean farmers, a governor told reporters, a scheme "
                  "one expert said could earn cash for the North Korean regime. North Korean farmers already work "
                  "fields near Labasa in Fiji, the governor said.", published="2023-11-13")
    assert rec["relevant"] is True


def test_the_people_named_after_a_returns_noun_are_that_return():
    rec = extract("Twelve North Korean defectors have reached Seoul after weeks in Fiji's South Korean embassy. Their "
                  "arrival follows the repatriation from Fiji to North Korea last month of five young defectors, a case that "
                  "angered Seoul.", published="2013-04-10")
    assert [(e["count"], e["date"]) for e in events_of(rec, "return")] == [(5, "2013-03")]
    assert [e["count"] for e in events_of(rec, "defection")] == [12]


# --- the first session of 2026-12-06: texts invented for the rules read from grown140-142's errors ---

def test_a_range_whose_low_end_leaves_its_thousands_to_the_high_end():
    rec = extract("Some 70-80,000 North Korean nationals are thought to be toiling overseas, mostly on building sites, "
                  "says a Fijian study.", published="2031-05-02")
    assert [(c["value"], c["value_max"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [
        (70000, 80000)]


def test_restaurants_the_north_opened_around_the_world_over_the_years_are_its_network():
    rec = extract("Suva's Moranbong Hall serves North Korean food. I was told the North Korean state had opened more than "
                  "40 restaurants around the world since the 1980s to earn hard currency.", published="2031-06-01")
    assert claims_of(rec, "restaurant_count") == [(40, None)]
    rec = extract("North Korea opened two restaurants in Suva last year, the owner said.", published="2031-06-01")
    assert claims_of(rec, "restaurant_count") == []


def test_where_most_of_a_network_is_does_not_scope_the_whole():
    rec = extract("North Korea runs a lone restaurant in Suva. There are about 60 such restaurants across Oceania and "
                  "beyond, with most located in Fiji.", published="2031-06-01")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "restaurant_count"] == [(60, None)]


def test_a_goods_word_listed_among_the_workers_sectors_is_no_good_sold():
    rec = extract("A panel said some 9,000 of the North Korean workers it tracks labour in Fiji in restaurants, textiles, "
                  "construction and fishing, earning about $40 million a year for the regime.", published="2031-06-01")
    assert claims_of(rec, "overseas_worker_revenue_usd") == [(40000000, None)]


def test_money_from_the_scheme_the_text_told_of_is_the_workers_yield():
    rec = extract("The text condemned the North's labour exports to Fiji. About 3,000-4,000 North Koreans are believed "
                  "to be toiling overseas, mostly on farms. The average wage was put at $90 to $110 per month, but in "
                  "most cases the firms paid it straight to the North's state. The North is said to receive over $20 "
                  "million from this scheme per year.", published="2031-06-01")
    assert claims_of(rec, "overseas_worker_revenue_usd") == [(20000000, None)]


def test_the_countries_in_a_figures_own_phrase_are_a_count_of_countries():
    rec = extract("A Tongan rights group has put the number of North Korean labourers in 25 other countries on the globe "
                  "at more than 70,000.", published="2031-06-01")
    assert sorted((c["metric"], c["value"]) for c in rec["claims"]) == [
        ("host_country_count", 25), ("overseas_worker_count", 70000)]


def test_those_among_the_norths_people_dispatched_to_a_host_are_counted_there():
    rec = extract("The North Korean women sew shirts at a plant in Suva. They are among the 6,000 to 7,000 North Koreans "
                  "dispatched to Fiji's two main islands to earn cash for the regime.", published="2031-06-01")
    assert [(c["value"], c["value_max"], c["country"]) for c in rec["claims"]] == [(6000, 7000, "FJ")]


def test_a_question_after_a_caption_run_into_it_is_still_asked():
    rec = extract("We had heard of singing waitresses at a North Korean restaurant in Suva. lacquered screens at the Moranbong "
                  "HallWas it a place run by exiles who had fled the North and wanted a taste of home in Fiji?",
                  published="2031-06-01")
    assert events_of(rec, "defection") == []


def test_a_resolution_of_a_body_that_binds_no_one_is_no_sanction():
    rec = extract("In Fiji's view, the UN General Assembly was right when it adopted a resolution that condemns abuses by "
                  "North Korea, including the labour of its workers sent to Fiji.", published="2031-12-20")
    assert events_of(rec, "sanction") == []


def test_what_happens_whenever_workers_go_home_is_no_return():
    rec = extract("North Korean builders in Fiji receive as little as a tenth of their pay when they go home, a Tongan "
                  "paper reported last year.", published="2031-06-01")
    assert events_of(rec, "return") == []


def test_a_return_told_only_as_delayed_is_pending():
    rec = extract("North Korean workers in Fiji complain of stress over the delays in their return home, a source in "
                  "Suva said.", published="2031-06-01")
    assert [e["status"] for e in events_of(rec, "return")] == ["pending"]


def test_a_reports_month_does_not_date_the_measures_its_authors_are_named_for():
    rec = extract("In its March 2031 report, the Panel of Experts on the Security Council's sanctions against North Korea "
                  "said 2,000 North Korean workers remain in Fiji.", published="2031-06-01")
    assert [e.get("date") for e in events_of(rec, "sanction")] in ([], [None])


def test_a_month_fronting_a_states_word_of_compliance_does_not_date_the_measures():
    rec = extract("North Korean loggers still work in Fiji. Earlier in May, Fiji's foreign ministry had claimed Suva is "
                  "complying with the Security Council's sanctions on North Korea and has sent most of them home.",
                  published="2031-06-01")
    assert [e.get("date") for e in events_of(rec, "sanction")] == [None]


def test_a_relative_clause_with_an_aside_before_its_verb_is_its_heads():
    rec = extract("We dined at a North Korean restaurant in Suva. The waitress wore a silk gown that, from the hips, "
                  "opens out down to the floor.", published="2031-06-01")
    assert events_of(rec, "opening") == []


def test_a_restaurant_introduced_by_this_is_placed_where_the_text_says():
    rec = extract("North Korea earns hard currency from its restaurants abroad. When my friends and I walked into this "
                  "state-run North Korean restaurant in Suva, I expected kitsch.", published="2031-06-01")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [(None, "Suva")]


def test_a_pronoun_after_the_restaurant_noun_is_no_name():
    rec = extract("North Korea runs restaurants abroad. I’ve eaten at several North Korean restaurant in Fiji and Tonga, "
                  "and of them all, the one in Suva is the finest North Korean restaurant I’ve had so far.",
                  published="2031-06-01")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [(None, "Suva")]


def test_hundreds_of_the_norths_workers_sent_to_a_host_are_a_count_there():
    rec = extract("North Korea has dispatched 400 workers to Fiji, the first such deployment in years, residents of Suva "
                  "told a radio station.", published="2031-06-01")
    assert [(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == [(400, "FJ")]


def test_a_trade_that_sprang_up_opens_no_restaurant():
    rec = extract("A singer performs at a North Korean restaurant in Suva. A whole brokering trade serving those visas has "
                  "reportedly sprung up in Fiji.", published="2031-06-01")
    assert events_of(rec, "opening") == []


# --- the second session of 2026-12-06: texts invented for the rules read from grown143-145's errors ---


def test_a_modal_weighing_a_cause_does_not_unsay_the_defection_it_names():
    rec = extract("Debts at home may well have played a part in the defection of a top envoy of North Korea in Suva, "
                  "Fiji, a Tongan weekly reported.", published="2031-08-01")
    assert [(e["count"], e["workplace"]["city"]) for e in events_of(rec, "defection")] == [(1, "Suva")]


def test_a_defection_still_to_come_stays_unsaid():
    rec = extract("Tighter rules on North Korean envoys in Suva, Fiji, could yet lead to the defection of more of "
                  "them, a Tongan weekly wrote.", published="2031-08-01")
    assert events_of(rec, "defection") == []


def test_one_of_a_rescued_boat_sent_back_is_a_return_of_one():
    rec = extract("On May 2, four North Korean fishermen were rescued off Lautoka. Three asked to stay in the South "
                  "while the other wished to go home. Seoul sent the fourth man back to North Korea via Panmunjom on May "
                  "9.", published="2031-05-20")
    assert [(e["count"], e["date"]) for e in events_of(rec, "return")] == [(1, "2031-05-09")]


def test_all_of_a_group_counted_just_before_are_that_many():
    rec = extract("On June 3, six more North Korean sailors were pulled from a sinking trawler near Vanua Levu. All were "
                  "repatriated to North Korea at their own request.", published="2031-06-20")
    assert [e["count"] for e in events_of(rec, "return")] == [6]


def test_they_after_two_groups_counted_take_neither_count():
    rec = extract("Four North Korean sailors were pulled from the sea near Lautoka on Monday, and two more on Tuesday. "
                  "They were repatriated to North Korea on June 9.", published="2031-06-20")
    assert [e["count"] for e in events_of(rec, "return")] == [None]


def test_they_after_one_of_a_group_is_no_count_of_one():
    rec = extract("North Korea aired a film of the parents of one of its waitresses in Suva. They fled to South Korea "
                  "from Fiji on June 2.", published="2031-06-20")
    assert [e["count"] for e in events_of(rec, "defection")] == [None]


def test_bank_accounts_opened_up_or_closed_are_no_workplace_opened_or_closed():
    rec = extract("North Korean workers in Fiji send their wages home through banks. The branch offices of four big banks "
                  "in Suva have barred North Koreans living in Fiji from opening up any new accounts, and ordered all "
                  "existing accounts to be closed.", published="2031-06-20")
    assert events_of(rec, "opening") == [] and events_of(rec, "closure") == []


def test_sanctions_that_are_not_working_put_no_one_at_work_abroad():
    rec = extract("Tonga's envoy says Pyongyang hides its money well. North Korea's bankers are clever, and for all "
                  "the Security Council's sanctions on North Korea, they are not working.", published="2031-06-20")
    assert rec["relevant"] is False


def test_a_listing_by_designation_is_a_measure_with_its_fronted_day():
    rec = extract("On May 4, 2031, the Fiji Treasury designated three North Korean bankers who laundered the wages of "
                  "North Korean workers in Fiji.", published="2031-05-10")
    assert [(e["issuer"], e["date"]) for e in events_of(rec, "sanction")] == [("FJ", "2031-05-04")]


def test_a_partner_a_state_coordinates_a_listing_with_issues_it_too():
    rec = extract("On May 4, 2031, Fiji's Treasury and its Office of Asset Control coordinated with Tonga to jointly designate "
                  "four individuals for laundering the pay of North Korean labourers abroad.", published="2031-05-10")
    assert sorted(e["issuer"] for e in events_of(rec, "sanction")) == ["FJ", "TO"]


def test_two_states_governments_launching_simultaneous_sanctions_issue_one_each():
    rec = extract("In a first, the South Korean and Japanese governments have just launched simultaneous sanctions "
                  "against bankers who move the pay of North Korean labourers abroad.", published="2031-05-10")
    assert sorted(e["issuer"] for e in events_of(rec, "sanction")) == ["JP", "KR"]


def test_people_stopped_poaching_are_no_count_of_workers_abroad():
    rec = extract("North Koreans fish illegally off Fiji. “The navy stopped the poaching activities of 48 North Korean "
                  "citizens near Vanua Levu on four boats,” the navy said in a statement.", published="2031-10-09")
    assert claims_of(rec, "overseas_worker_count") == []


def test_the_second_day_of_a_pair_is_no_count():
    rec = extract("North Korean workers in Fiji: the navy stopped the poaching activities of 48 North Korean citizens "
                  "on October 1 and 2 on four boats off Lautoka.", published="2031-10-09")
    assert claims_of(rec, "overseas_worker_count") == []


# --- the third session of 2026-12-06: texts invented for the rules read from grown146-148's errors ---

def test_they_in_a_later_clause_are_the_group_the_sentence_before_counted_then_and_there():
    rec = extract("North Korean workers leave Fiji.\n\nIn one case, a cannery in the port town of Lautoka, Fiji, ended "
                  "contracts with over 40 North Korean labourers in mid-March and hired local staff instead.\n\n"
                  "\"Although they had been here only a few months, their contracts were ended early and they returned "
                  "to North Korea,\" a local source told Daily NK,  on April 2.", published="2031-04-10")
    [ret] = events_of(rec, "return")
    assert (ret["count"], ret["approx"], ret["date"], ret["workplace"]["city"]) == (40, True, "2031-03", "Lautoka")


def test_people_sent_overseas_to_earn_are_the_norths_people_abroad():
    rec = extract("North Korea's mural studio has started sending specialists overseas to earn foreign currency, a "
                  "source says. Pyongyang picked the artists in December.\n\nA source in North Korea said that about "
                  "25 of the studio's engineers \"were sent to Tonga, Samoa and other countries by way of China on "
                  "June 3 and 4.\"", published="2031-07-20")
    assert rec["relevant"] is True
    assert claims_of(rec, "overseas_worker_count") == [(25, None)]


def test_coaching_crews_hired_from_north_korea_are_its_people_at_work_abroad():
    rec = extract("Fiji's rugby union has agreed to hire coaching crews from North Korea to train its national sides. "
                  "The North Korean crews will land in Suva in August to start coaching the teams, officials said.",
                  published="2031-06-01")
    assert rec["relevant"] is True


def test_a_count_of_permits_that_fell_from_one_figure_to_another_gives_both():
    rec = extract("Tonga said the number of work permits for the North Korean labourers had dropped from 4,120 to "
                  "1,730 between December 2030 and December 2031.", published="2032-01-15")
    assert sorted(claims_of(rec, "overseas_worker_count")) == [(1730, None), (4120, None)]


def test_the_states_that_reported_to_a_committee_are_no_count_of_hosts():
    rec = extract("Under the resolution every state must report how many North Korean labourers it hosts, but fewer "
                  "than 30 countries have provided those figures so far.", published="2031-03-01")
    assert claims_of(rec, "host_country_count") == [] and claims_of(rec, "overseas_worker_count") == []


def test_workers_a_state_had_sent_home_were_on_its_soil_not_the_complainants():
    rec = extract("Japan complained on Friday after Fiji failed to give a count of the North Korean "
                  "labourers it had sent home.", published="2031-03-30")
    assert [e["workplace"]["country"] for e in events_of(rec, "return")] == ["FJ"]


def test_refuge_in_the_norths_own_embassy_is_no_flight():
    rec = extract("The North Korean striker played for a club in Suva until 2030. He was deported from Fiji and "
                  "had sought refuge at an unnamed North Korean embassy in Tonga until flights home resumed.",
                  published="2031-03-30")
    assert events_of(rec, "defection") == []


def test_a_resolution_named_with_its_adoption_is_a_measure_even_where_its_breach_is_asked():
    rec = extract("A North Korean striker has joined a club in Fiji. Many asked whether the move breaches UN "
                  "resolution 2397, approved in 2017 by the Security Council, which bars North Koreans from earning "
                  "abroad.",
                  published="2020-01-10")
    measures = [(e["issuer"], e["instrument"], e["date"]) for e in events_of(rec, "sanction")]
    assert measures == [("UN", "UNSCR 2397", "2017")]


def test_those_who_decided_against_joining_a_flight_did_not_flee():
    rec = extract("Four North Korean cooks fled a restaurant in Suva in May. Pyongyang's campaign against the "
                  "'kidnapping' used the seven restaurant cooks who chose against joining the group defection "
                  "and went back to their parents.", published="2031-06-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [4]


def test_exit_visas_refused_to_a_defectors_family_are_no_measure():
    rec = extract("The North Korean diplomat's family asked for asylum in South Korea, but they cannot leave Tonga "
                  "because it has refused to issue exit visas to them.", published="2031-08-16")
    assert events_of(rec, "sanction") == []


def test_the_arrival_of_a_group_of_workers_is_no_count_of_workers_abroad():
    rec = extract("Complications over the arrival of 14 North Korean restaurant workers in 2029 stall talks between "
                  "the two Koreas, officials in Suva say.", published="2031-05-20")
    assert claims_of(rec, "overseas_worker_count") == []


def test_a_lone_capital_inside_a_restaurants_name_is_a_word_of_it():
    rec = extract("Diners at the North Korean-run Pyongyang O Ra Ri Restaurant in Suva, Fiji, watch the waitresses "
                  "sing.",
                  published="2031-02-01")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Pyongyang O Ra Ri", "Suva")]


# --- the fourth session of 2026-12-06: texts invented for the rules read from grown149-151's errors ---

def test_a_delegation_that_left_for_a_trip_neither_fled_nor_went_home():
    rec = extract(ON_WORKERS + "A trade team from the North's port city came home on Sunday after a week in Tonga, the "
                  "state news agency said. The team had left for the trip on March 3.", published="2031-03-12")
    assert events_of(rec, "defection") == [] and events_of(rec, "return") == []


def test_foreign_troops_driven_out_of_a_region_are_no_return():
    rec = extract(ON_WORKERS + "He said the North would soon help rebuild Lau after Suva, aided by thousands of North "
                  "Korean soldiers, expelled Tongan forces from the islands earlier this year.", published="2031-06-17")
    assert events_of(rec, "return") == []


def test_a_flight_in_the_nineteenth_century_is_no_flight_from_the_north():
    rec = extract(ON_WORKERS + "Back in the early 19th century, their ranks grew as Koreans fled famine and settled "
                  "on the far bank of the Tumen.", published="2031-01-05")
    assert events_of(rec, "defection") == []


def test_people_seized_by_members_of_an_armed_group_did_not_flee():
    rec = extract(ON_WORKERS + "Two North Korean nurses were kidnapped by members of the Islamic State near "
                  "Lautoka, a wire agency reported.", published="2031-05-02")
    assert events_of(rec, "defection") == []


def test_a_vetoed_council_resolution_is_no_measure():
    rec = extract("Tonga has hired 300 North Korean builders this year. Washington criticised Fiji's veto of a "
                  "UN Security Council resolution that sought to renew the monitoring panel's mandate.",
                  published="2031-04-01")
    assert events_of(rec, "sanction") == []


def test_a_newspaper_named_for_its_town_is_no_place():
    rec = extract(ON_WORKERS + "Fiji's Suva Shimbun said in late April that the Tongan government had ordered all "
                  "North Korean workers to leave Tonga by the end of June.", published="2031-05-10")
    [ret] = events_of(rec, "return")
    assert (ret["workplace"]["city"], ret["workplace"]["country"]) == (None, "TO")


def test_the_north_under_a_shortened_official_name_is_the_north():
    rec = extract("Fiji deports six Koreans. The government has deported six nationals of People's Republic of Korea "
                  "from Fiji and banned them from entering the country again.", published="2031-10-16")
    assert rec["relevant"] is True
    [ret] = events_of(rec, "return")
    assert (ret["count"], ret["destination"], ret["workplace"]["country"]) == (6, "KP", "FJ")


def test_people_counted_by_the_day_as_they_pass_are_no_count_of_those_abroad():
    rec = extract("Despite the storm in Tonga, North Korean workers who went home for the festival are coming back across "
                  "the sea in large groups, people who know the matter told a radio station.\n\nFestival Rush\n\nAhead of "
                  "the festival, the source said, many North Koreans in Tonga rushed to get home.\n\n\"An average of more "
                  "than 600 North Korean workers per day were going back to North Korea from Jan. 20 to 24,\" said the "
                  "source.", published="2031-02-01")
    assert claims_of(rec, "overseas_worker_count") == []


@pytest.mark.parametrize("sentence,value", [
    ("Some 9,000 North Koreans are deployed abroad by the state to earn its cash.", 9000),
    ("A tally of North Koreans working abroad is unclear, with estimates indicating around 9,000 across the region.",
     9000),
    ("Fijian intelligence estimates up to 7,000 North Koreans are operating in Tonga across building sites.", 7000),
    ("When we speak of 900 North Korean specialists working in the Lau islands of Fiji, that's a large number.", 900),
])
def test_the_norths_people_abroad_told_by_how_they_are_deployed_or_estimated(sentence, value):
    rec = extract("North Korean workers at a cannery in Tonga went on strike in March. " + sentence,
                  published="2031-04-01")
    assert [v for v, _ in claims_of(rec, "overseas_worker_count")] == [value]


def test_thousands_of_construction_workers_sent_to_a_region_make_the_story_relevant():
    rec = extract("North Korea will send thousands of road construction workers and medics to Fiji's Lau islands to "
                  "help rebuild them, a Fijian official said on Tuesday after talks with North Korean leaders.",
                  published="2031-06-17")
    assert rec["relevant"] is True


# --- the fifth session of 2026-12-06: texts invented for the rules read from grown152-154's errors ---


@pytest.mark.parametrize("text", [
    "North Korean web developers are building websites for firms in Fiji at half the local price. Sanctions forbid it, "
    "a North Korean source said.",
    "North Korean IT workers are posing as remote freelancers to land jobs at firms, earning money for the regime. "
    "Such staff take remote posts and generate income for the DPRK, analysts say.",
    "A North Korean logger was freed from a detention centre in Suva after two years, a charity said. North Korea "
    "keeps many thousands of its own citizens employed in Fiji, and the charity fears they will be repatriated.",
])
def test_the_norths_programmers_and_citizens_abroad_make_the_story_relevant(text):
    assert extract(text, published="2031-03-01")["relevant"] is True


def test_someone_elses_flight_that_moved_a_state_to_call_its_envoy_home_is_told():
    rec = extract("SUVA -- North Korea's ambassador to Fiji was recalled after the defection of the embassy's No. 2 "
                  "official, Ri Tok Su, a newspaper in Suva reported.", published="2031-08-24")
    [d] = events_of(rec, "defection")
    assert d["workplace"]["kind"] == "embassy"


def test_the_questioning_every_newcomer_goes_through_on_arrival_is_no_flight():
    rec = extract("The cabinet plans to approve a measure on Tuesday that calls for halving the screening North "
                  "Korean defectors undergo after arriving in South Korea, from 180 days to 90 days. On "
                  "arrival in Seoul, all newcomers are held for questioning.", published="2031-02-13")
    assert events_of(rec, "defection") == []


def test_a_state_sharing_its_name_with_a_town_abroad_is_the_state_when_its_country_is_named():
    rec = extract("A former trader who earned cash for the North Korean state now lives with his wife in Northern "
                  "Virginia, having fled to South Korea in late 2029 and settled in the United States last year.",
                  published="2031-07-14")
    assert all(e["workplace"]["country"] != "ZA" for e in rec["events"])


def test_refugees_seeking_asylum_in_a_state_are_going_there_not_working_there():
    rec = extract("Five North Korean escapees are now seeking asylum in the U.S. through new routes, a radio station said.",
                  published="2031-08-03")
    [d] = events_of(rec, "defection")
    assert (d["destination"], d["workplace"]["country"], d["status"]) == ("US", None, "pending")


def test_a_host_firms_whole_headcount_is_no_count_of_the_norths_workers():
    rec = extract(ON_WORKERS + "Fiji had sent home every North Korean worker by 2029, among them 90 women who had "
                  "been working at a Lautoka mill. As orders grew, the number of staff at Lautoka Mills rose to around "
                  "700, but cheap hands were hard to find.", published="2031-03-01")
    assert 700 not in [v for v, _ in claims_of(rec, "overseas_worker_count")]


# --- the sixth session of 2026-12-06: texts invented for the rules read from grown155-157's errors ---

def test_sailors_handed_over_to_a_north_korean_ship_are_a_return():
    rec = extract("Nineteen North Korean sailors were handed over to a North Korean freighter at sea on Monday after "
                  "Japan's coast guard pulled them from a burning trawler.")
    assert [(e["type"], e["count"], e["destination"]) for e in rec["events"]] == [("return", 19, "KP")]


# --- the seventh session of 2026-12-06: texts invented for the rules read from grown159-160's errors ---

def test_a_monument_the_north_builds_abroad_makes_the_article_ours():
    from nkwatch.pipeline import extract_records
    built = extract_records([{"doc_id": "m", "published": "2011-05-02", "text":
        "Travel notes from the coast. On a hill above the harbour the North Koreans are raising a giant bronze statue "
        "of a fisherman and his son. Built by North Korea, it will be finished next year, the mayor of Lome in Togo "
        "told visitors."}])[0]
    assert built["relevant"]
    home = extract_records([{"doc_id": "h", "published": "2011-05-02", "text":
        "North Korea unveiled a giant bronze statue in Pyongyang. The North Koreans built it in a year, state media "
        "said. Diplomats from China attended."}])[0]
    assert not home["relevant"]


def test_a_bracketed_list_of_hosts_gives_each_host_its_workers():
    from nkwatch.pipeline import extract_records
    rec = extract_records([{"doc_id": "l", "published": "2016-03-01", "text":
        "North Korea sends its citizens abroad to earn money for the regime. Some 12 states host workers sent by the "
        "North Korean state: Russia (18,000), Mongolia (1,100), Poland (300-400) and Nigeria (150)."}])[0]
    got = {(c["country"], c["value"], c["value_max"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"}
    assert got == {("RU", 18000, None), ("MN", 1100, None), ("PL", 300, 400), ("NG", 150, None)}


def test_workers_said_to_work_abroad_and_a_nations_figure_of_them_are_counts():
    from nkwatch.pipeline import extract_records
    rec = extract_records([{"doc_id": "w", "published": "2016-03-01", "text":
        "North Korea's rulers rely on hard currency. A rights group said on Monday that more than 40,000 workers are "
        "now working overseas. They toil on building sites and in fishing fleets. There are perhaps 70,000 of them, "
        "one researcher said. At the border, buses dropped the workers off; there were about 120 of them."}])[0]
    values = sorted(c["value"] for c in rec["claims"] if c["metric"] == "overseas_worker_count")
    assert values == [40000, 70000]


def test_new_that_begins_a_restaurants_name_is_no_opening():
    from nkwatch.pipeline import extract_records
    named = extract_records([{"doc_id": "n", "published": "2018-01-01", "text":
        "DANDONG - The North Korean waitresses of the New Moon Garden Restaurant in Dandong sing for guests."}])[0]
    assert not [e for e in named["events"] if e["type"] == "opening"]
    opened = extract_records([{"doc_id": "o", "published": "2018-01-01", "text":
        "Locals in Moscow said the new Moon Garden restaurant in Moscow is run by North Koreans."}])[0]
    assert [e["type"] for e in opened["events"]] == ["opening"]


# --- the eighth session of 2026-12-06: texts invented for the rules read from grown163-164's errors ---

def test_a_team_that_left_for_a_match_abroad_made_no_flight():
    rec = extract("The North Korean men's volleyball team has left for Qatar to play its qualifying games against Iran.")
    assert not events_of(rec, "defection")


def test_workers_who_went_to_the_south_fled_but_those_allowed_to_go_did_not():
    went = extract("Pyongyang again demanded the return of 9 North Korean hotel workers who went to the South in 2017.",
                   "2019-02-01")
    (d,) = events_of(went, "defection")
    assert (d["count"], d["destination"]) == (9, "KR")
    allowed = extract("Mongolia used to let North Korean escapees go to South Korea after a short jail term.")
    assert not events_of(allowed, "defection")


def test_a_writers_name_fused_to_the_dateline_is_no_place():
    rec = extract("Charlotte KimSEOUL, May 2 (UPI) -- Nine of the North Korean hotel staff who fled to the South in "
                  "March were let out of custody.", "2018-05-02")
    (d,) = events_of(rec, "defection")
    assert d["workplace"]["country"] is None and d["workplace"]["city"] is None


def test_pay_sent_back_home_is_no_return_of_people():
    # (the base form of the verb, as one outlet wrote it)
    rec = extract("An official said the defectors, ten women and two men, could not meet the quotas set by the regime "
                  "on the part of their earnings to be send back to Pyongyang.", "2017-04-11")
    assert events_of(rec, "defection") and not events_of(rec, "return")


def test_or_so_and_a_couple_dozen_are_rough_numbers():
    rec = extract("Before the sanctions North Korea operated 80 or so restaurants in China.", "2017-04-11")
    got = sorted((c["value"], c["approx"]) for c in rec["claims"] if c["metric"] == "restaurant_count")
    assert (80, True) in got
    from nkwatch.extract.numbers import find_numbers
    (n,) = [n for n in find_numbers("a couple dozen countries") if n.value]
    assert (n.value, n.approx) == (24, True)


# --- the ninth session of 2026-12-06: texts invented for the rules read from grown166's errors ---

def test_those_caught_entering_a_route_country_over_a_time_are_arrivals_there():
    rec = extract("Immigration officers detained six North Koreans on Tuesday near the border. More than 2,300 North "
                  "Koreans were detained for illegal entry to Myanmar in 2009, officials said. Some 45 North Korean "
                  "refugees were caught crossing a river from China into Myanmar this year.", "2010-02-11")
    got = {(c["metric"], c["value"], c["country"], c["period"]) for c in rec["claims"]}
    assert ("defector_arrivals", 2300, "MM", "year") in got and ("defector_arrivals", 45, "MM", "year") in got


def test_people_held_where_they_hid_are_no_count_of_arrivals():
    rec = extract("Rights groups said no fewer than 60 North Korean escapees were held by Chinese police since March, "
                  "including several children.", "2020-06-01")
    assert not [c for c in rec["claims"] if c["metric"] == "defector_arrivals"]


def test_a_vague_multitude_that_has_fled_is_a_tally_not_a_flight():
    rec = extract("Thousands of North Korean escapees have fled their country, most of them crossing into China "
                  "on their way to Mongolia.", "2012-04-02")
    assert not events_of(rec, "defection")


def test_a_first_line_cut_off_at_a_comma_is_a_sentence_not_a_heading():
    rec = extract("Refugees reach Manila\n\nFive North Koreans, who fled to Laos in a bid to reach South Korea, have "
                  "left the Swedish Embassy there and flown to Seoul,\n\nOfficials gave no details.", "2008-05-03")
    (e,) = events_of(rec, "defection")
    assert e["count"] == 5


def test_a_dateline_city_followed_by_a_colon_places_the_story():
    rec = extract("Deportations go on\n\nMIRI: The state had so far deported 41 North Korean workers whose permits "
                  "expired, a minister said.", "2017-04-12")
    (e,) = events_of(rec, "return")
    assert (e["count"], e["workplace"]["country"]) == (41, "MY")


# --- the tenth session of 2026-12-06: texts invented for the rules read from grown168's and grown169's errors ---

def test_a_restaurants_name_in_quotes_or_brackets_after_the_north_korean_noun_is_its_name():
    rec = extract("Eating out in the Far East\n\nKhabarovsk has many Korean places. We tried the North Korean "
                  "restaurant “Golden Crane”, where the waitresses sing.", "2018-07-02")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Golden Crane", "Khabarovsk")]
    rec = extract("On our last night in Khabarovsk we ate at a North Korean restaurant (Golden Crane) which the embassy "
                  "is said to run.", "2018-07-02")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Golden Crane", "Khabarovsk")]


def test_a_listing_of_counted_parties_or_designations_is_a_sanction_dated_by_the_day_told():
    rec = extract("The Treasury designated 9 parties as Blocked Persons (BPs) today, among them "
                  "firms that sent North Korean laborers to Russia.", "2021-03-09")
    (e,) = events_of(rec, "sanction")
    assert (e["issuer"], e["date"]) == ("US", "2021-03-09")
    rec = extract("Today, the U.S. Treasury issued three Pyongyang-linked designations aimed at the export of "
                  "North Korean workers.", "2021-03-09")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["US"]


def test_a_measure_dated_after_a_long_object_takes_that_date():
    rec = extract("The U.S. sanctioned three Pyongyang bankers and some trading firms registered in Cambodia and "
                  "Vietnam on Tuesday for placing North Korean IT workers abroad.", "2021-03-12")
    (e,) = events_of(rec, "sanction")
    assert e["date"] == "2021-03-09"


def test_one_listing_that_names_firms_of_several_countries_is_one_measure():
    rec = extract("The Treasury designated 7 parties today for sending North Korean laborers abroad. The "
                  "designations mark a widening of sanctions on North Korea and a readiness to target Chinese and "
                  "Russian firms for breaking U.S. sanctions on the country.", "2021-03-09")
    assert [(e["issuer"], e["date"]) for e in events_of(rec, "sanction")] == [("US", "2021-03-09")]


def test_one_earners_pay_is_not_what_the_workers_bring_the_state():
    rec = extract("In some cases, North Korean IT workers abroad can each earn more than $150,000 per year, the "
                  "ministry stated.", "2022-06-01")
    assert not [c for c in rec["claims"] if c["metric"] == "overseas_worker_revenue_usd"]
    rec = extract("Officials said North Korean workers abroad earn the regime more than $400 million a year.", "2022-06-01")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "overseas_worker_revenue_usd"] == [400000000]


def test_the_norths_restaurants_people_go_to_are_placed_where_the_sentence_is():
    rec = extract("Workers wait\n\nHUNCHUN, China - Few expect the border to open soon. In Hunchun last week, tourists "
                  "at North Korean restaurants watched the waitresses dance.", "2022-10-04")
    assert [(r["name"], r["city"], r["country"]) for r in rec["restaurants"]] == [(None, "Hunchun", "CN")]


# --- the eleventh session of 2026-12-06: texts invented for the rules read from grown171's errors ---

def test_a_restaurant_the_article_places_nowhere_is_not_one_of_the_chain_abroad():
    rec = extract("Q&A: Kim Min-su, chef of a Seoul noodle house\nAt 19 the party sent me to cook at the Chongbong "
                  "Restaurant for two years. I later fled North Korea through China and reached South Korea in 2003.",
                  "2020-05-01")
    assert rec["relevant"] and rec["restaurants"] == []


def test_people_forced_to_defect_defected():
    rec = extract("Park Chol-su once ran a North Korean trading office in Shenyang, China. A purge forced the trader "
                  "and his two sons to defect in late 2016. They now live in Canada.", "2020-05-01")
    assert [(e["date"], e["count"]) for e in events_of(rec, "defection")] == [("2016", 3)]


def test_a_defection_told_after_prior_to_happened():
    rec = extract("Ri Chol-ho served as North Korea's second-ranking envoy in Copenhagen prior to defecting to South "
                  "Korea with his wife in 2012.", "2020-05-01")
    assert [(e["date"], e["count"], e["destination"]) for e in events_of(rec, "defection")] == [("2012", 2, "KR")]


# --- the twelfth session of 2026-12-06: texts invented for the rules read from grown174's and grown175's errors ---

def test_a_headlines_state_to_deport_counted_workers_is_a_return_announced():
    rec = extract("Thailand to deport 30 undocumented DPRK workers\nThe 30 DPRK workers were found at a farm near Chiang Rai "
                  "during an inspection.", "2018-05-02")
    assert [(e["count"], e["status"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [(30, "pending", "TH")]


def test_a_state_that_will_send_the_norths_workers_it_holds_back_announces_a_return():
    rec = extract("Mongolia will send the North Korean workers with expired permits back to Pyongyang, the labour minister "
                  "told parliament on Tuesday.", "2018-05-02")
    assert [(e["status"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [("pending", "MN")]


def test_the_norths_workers_who_will_leave_a_country_by_a_date_set_are_a_return_announced():
    rec = extract("All North Korean construction workers will leave Kuwait by March 31 under the Security Council "
                  "resolution, a ministry official said on Monday.", "2019-02-04")
    assert [(e["status"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [("pending", "KW")]
    visit = extract("The North Korean trade delegation will leave Kuwait by Friday after talks on oil.", "2019-02-04")
    assert events_of(visit, "return") == []


def test_the_deportation_of_the_norths_people_living_in_a_land_is_told_even_after_the():
    rec = extract("Asked about the deportation of North Korean refugees living in Russia, the spokesman said the "
                  "government was still gathering facts.", "2024-03-05")
    assert [e["workplace"]["country"] for e in events_of(rec, "return")] == ["RU"]


def test_defectors_counted_going_back_to_the_north_are_no_arrivals():
    rec = extract("Officials put the number of defectors who later went back to North Korea over four years at 9 – two in "
                  "2012, three in 2013 and four in 2014.", "2015-05-05")
    assert [c for c in rec["claims"] if c["metric"] == "defector_arrivals"] == []


def test_where_the_case_happened_places_the_flight_told_before():
    rec = extract("Pyongyang says twelve of its women workers were abducted by South Korean agents. The case happened in "
                  "Kunming, Yunnan Province, China, last spring.", "2017-09-01")
    assert [(e["status"], e["workplace"]["city"]) for e in events_of(rec, "defection")] == [("disputed", "Kunming")]


def test_a_hyphenated_north_korean_restaurant_is_the_norths():
    rec = extract("Tourists can watch the waitresses sing at a North-Korean restaurant in Vientiane.", "2012-01-01")
    assert [(r["city"], r["country"]) for r in rec["restaurants"]] == [("Vientiane", "LA")]


# --- the thirteenth session of 2026-12-06: courts, rulings and escapees caught on the way ---

def test_people_caught_are_caught_whatever_the_state_will_do_with_them():
    rec = extract("Malaysia says it will expel 41 North Koreans who were detained near Johor last month for overstaying "
                  "their visas.", "2011-09-20")
    assert [(e["count"], e["status"], e["date"]) for e in events_of(rec, "defection")] == [(41, "pending", "2011-08")]
    picked = extract("In March, 63 North Koreans were rounded up by immigration police in Chiang Rai.", "2011-09-20")
    assert [(e["count"], e["status"]) for e in events_of(picked, "defection")] == [(63, "pending")]


def test_people_smuggled_out_are_on_their_way_and_the_smugglers_are_not_counted():
    rec = extract("A court jailed four men for trying to smuggle 31 North Korean refugees out of Mongolia by truck.",
                  "2008-02-02")
    assert [(e["count"], e["status"]) for e in events_of(rec, "defection")] == [(31, "pending")]
    uncounted = extract("Seven people were sentenced on Monday for attempting to smuggle North Korean escapees out of "
                        "Laos.", "2008-02-02")
    assert [e["count"] for e in events_of(uncounted, "defection")] == [None]


def test_a_man_given_into_the_custody_of_the_norths_officials_is_sent_back():
    rec = extract("The court found that agents seized the applicant in Vladivostok and handed him into the custody of "
                  "North Korean security officers.", "2021-05-05")
    assert [(e["destination"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [("KP", "RU")]


def test_deportation_proceedings_and_a_demand_with_unless_are_no_return():
    rec = extract("Her lawyer said immigration officials in Texas had opened deportation proceedings against the North "
                  "Korean woman.", "2022-01-01")
    assert events_of(rec, "return") == []
    demand = extract("Pyongyang said there would be no talks unless Seoul sends the nine North Korean cooks back home.",
                     "2017-01-01")
    assert events_of(demand, "return") == []


# --- the fourteenth session of 2026-12-06: parliaments, briefings and rescue groups ---

def test_a_number_before_north_koreans_counts_them_and_is_no_year():
    rec = extract("With 1900 North Koreans facing forced return to the North from camps in China, rights groups appealed.",
                  "2023-10-03")
    assert [(e["count"], e["date"], e["status"]) for e in events_of(rec, "return")] == [(1900, None, "pending")]


def test_a_listing_by_the_treasury_and_sanctions_imposed_under_a_resolution_are_measures():
    rec = extract("The Treasury Department has added seven North Korean officials and two firms to the Specially "
                  "Designated Nationals list for profiting from overseas labor.", "2018-01-01")
    assert [e["issuer"] for e in events_of(rec, "sanction")] == ["US"]
    under = extract("North Korean laborers were sent to Russia in breach of sanctions imposed under the UN Security "
                    "Council's Resolution 2397.", "2021-01-01")
    assert [(e["issuer"], e["instrument"]) for e in events_of(under, "sanction")] == [("UN", "UNSCR 2397")]


def test_a_flight_kept_from_happening_studied_or_supposed_is_none():
    barred = extract("Their South Korean passports bar defectors from seeking asylum in Britain.", "2016-01-01")
    assert events_of(barred, "defection") == []
    studied = extract("The committee in Ottawa is examining forced labour and defections from North Korea this week.",
                      "2016-01-01")
    assert events_of(studied, "defection") == []
    supposed = extract("Guides warn that if Chinese police catch the women and hand them back to North Korea they face "
                       "prison.", "2016-01-01")
    assert events_of(supposed, "return") == []


def test_a_rescue_groups_rescue_of_refugees_is_their_flight():
    rec = extract("The mission announced the rescue of five North Korean refugees from China last month.", "2019-05-05")
    assert [(e["count"], e["workplace"]["country"], e["date"]) for e in events_of(rec, "defection")] \
        == [(5, "CN", "2019-04")]


def test_a_man_with_no_role_in_helping_workers_flee_tells_no_flight():
    rec = extract("A Canadian pastor jailed in Mongolia had no role in helping North Korean loggers defect, his church said.",
                  "2019-02-02")
    assert events_of(rec, "defection") == []


def test_people_who_defected_in_a_year_are_counted_as_that_years_flights():
    rec = extract("Many North Korean refugees hide in China after their escapes; 1,270 defected in 2017, the ministry said.",
                  "2018-02-02")
    assert [(c["value"], c["metric"]) for c in rec["claims"]] == [(1270, "defector_arrivals")]


# --- the fifteenth session of 2026-12-06: refuge in foreign missions, and the business press's figures ---

def test_a_rush_into_a_foreign_mission_is_a_flight_and_the_mission_no_workplace():
    rec = extract("OSLO -- Seven North Koreans climbed over the fence of the Finnish embassy in Oslo on Friday, asking to be "
                  "sent to South Korea.", "2009-10-10")
    got = events_of(rec, "defection")
    assert [(e["count"], e["workplace"]["kind"]) for e in got] == [(7, None)]
    held = extract("Three North Korean women holed up in the Swiss consulate in Lagos left Nigeria on Monday.", "2009-10-10")
    assert [(e["count"], e["workplace"]["kind"]) for e in events_of(held, "defection")] == [(3, None)]


def test_a_rush_into_the_norths_own_embassy_is_no_flight():
    rec = extract("Four North Korean officials entered the North Korean embassy in Oslo on Friday.", "2009-10-10")
    assert events_of(rec, "defection") == []


def test_a_foreign_states_compound_or_teller_is_not_where_the_flight_happened():
    rec = extract("Six North Koreans jumped a wall at a Finnish government compound in Manila on Friday, a Finnish "
                  "official said.", "2009-10-10")
    assert [(e["count"], e["workplace"]["country"]) for e in events_of(rec, "defection")] == [(6, "PH")]


def test_asylum_seekers_who_left_compounds_bound_for_the_south_fled():
    rec = extract("BEIJING -- Nineteen North Korean asylum seekers left two foreign diplomatic compounds on Tuesday "
                  "bound for South Korea.", "2009-10-10")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(19, "KR")]


def test_a_minder_for_every_so_many_workers_is_a_ratio_not_a_count():
    rec = extract("North Korea sends one security agent to watch over every 40 workers sent overseas, and some 3,000 "
                  "North Korean labourers work in Kuwait.", "2015-05-05")
    assert [(c["value"], c["metric"]) for c in rec["claims"]] == [(3000, "overseas_worker_count")]


def test_north_koreans_living_in_the_south_are_defectors_not_workers_abroad():
    rec = extract("By 2005 there were only 6,800 North Koreans residing in the ROK, and many of them send money home to "
                  "families in the North.", "2015-05-05")
    assert [(c["value"], c["metric"]) for c in rec["claims"]] == [(6800, "defector_arrivals")]


def test_a_month_and_its_year_parted_by_a_comma_are_one_date():
    rec = extract("Nine North Koreans who escaped North Korea in March, 1998, reached Seoul last week.", "2001-06-06")
    assert [e["date"] for e in events_of(rec, "defection")] == ["1998-03"]


def test_people_sent_on_to_a_third_country_or_the_south_are_no_return():
    rec = extract("Mongolia deported 14 North Koreans to South Korea on Friday.", "2010-05-05")
    assert events_of(rec, "return") == []
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(14, "KR")]
    back = extract("Laos deported eight North Koreans to China, which sent them back to the North.", "2010-05-05")
    assert [e["count"] for e in events_of(back, "return")] == [8]


def test_who_speaks_after_a_closing_quote_is_the_source_not_the_quoted_words():
    rec = extract("\"The Gulf is a fine market for us,\" Petrov said, adding that 12,000 North Korean workers were already in "
                  "Kuwait.", "2018-08-08")
    assert [(c["value"], c["attributed_to"]) for c in rec["claims"]] == [(12000, "Petrov")]


# --- the sixteenth session of 2026-12-06: flights that end in Japan and beyond, read from grown186's errors ---

def test_the_land_a_flight_reached_is_where_it_went_not_where_they_worked():
    rec = extract("A North Korean woman who had fled to China quietly entered Japan last month with the help of a "
                  "charity, officials said.", "2004-02-02")
    (e,) = events_of(rec, "defection")
    assert (e["destination"], e["workplace"]["country"]) == ("JP", None)


def test_a_land_reached_on_the_way_to_the_south_is_a_stop():
    rec = extract("Five North Korean defectors who drifted to Akita by boat said they want to go to South Korea.",
                  "2007-06-06")
    (e,) = events_of(rec, "defection")
    assert (e["destination"], e["transit"], e["workplace"]["country"]) == ("KR", ["JP"], None)


def test_a_post_taken_up_on_arrival_is_where_the_defector_worked():
    rec = extract("The North Korean diplomat, who arrived in Italy in 2016 as a counsellor, defected last year.",
                  "2019-01-05")
    assert [(e["workplace"]["country"], e["destination"]) for e in events_of(rec, "defection")] == [("IT", None)]


def test_a_boat_carrying_north_koreans_that_crossed_the_line_is_a_flight():
    rec = extract("A fishing boat carrying four North Koreans crossed the Northern Limit Line on Sunday.", "2019-07-07")
    assert [e["count"] for e in events_of(rec, "defection")] == [4]


def test_people_who_fled_the_north_itself_had_no_post_in_the_land_they_reached():
    rec = extract("Lee, a 30-year-old who escaped North Korea in 2009, spent three years in Canada before he was "
                  "granted refugee status.", "2015-05-05")
    assert [(e["workplace"]["country"], e["destination"]) for e in events_of(rec, "defection")] == [(None, "CA")]
    via = extract("Park, a refugee who fled North Korea in 2001, hid in China for five years.", "2015-05-05")
    assert [(e["workplace"]["country"], e["destination"], e["transit"]) for e in events_of(via, "defection")] \
        == [(None, None, ["CN"])]


def test_a_land_one_telling_ends_in_and_another_passes_through_is_a_stop():
    rec = extract("Eight North Korean women fled to China last year. The eight women later escaped via China and Laos, "
                  "police in Bueng Kan said.", "2010-05-05")
    (e,) = events_of(rec, "defection")
    assert (e["destination"], e["transit"]) == (None, ["CN", "LA"])


def test_an_arrival_that_times_another_deed_is_no_land_the_flight_reached():
    rec = extract("Kim, a North Korean private held by Kyiv since January, wants to defect to South Korea. He said he "
                  "learned of the fighting only after arriving in Russia in December.", "2025-02-02")
    assert [e["transit"] for e in events_of(rec, "defection")] == [[]]


def test_a_boat_whose_crew_never_meant_to_defect_is_no_flight():
    rec = extract("A North Korean boat carrying three men crossed the Northern Limit Line on Saturday. The men said they "
                  "had mistakenly drove off course and did not want to defect.", "2019-07-07")
    assert events_of(rec, "defection") == []


# --- the seventeenth session of 2026-12-06: escapees held, giving themselves up or passing through on their way ---

def test_a_double_spaced_wrapped_page_runs_its_sentences_on_over_the_blank_lines():
    lines = ["Police in the capital are holding a group of North Korean escapees, officials said on",
             "Monday, and have yet to decide what to do with them after a week of talks with the",
             "embassies concerned.",
             "A group of nine North Koreans was found in the old market district on May 2 after",
             "fleeing their country and crossing China and Laos on foot, according to a",
             "police report seen by reporters.",
             "The government has not said whether it will send the group on to a third country or",
             "hand it to the embassy of the North, which has asked for the nine to be returned."]
    rec = extract("\n\n".join(lines), "2008-05-12")
    flights = [e for e in events_of(rec, "defection") if e["count"] == 9]
    assert len(flights) == 1 and flights[0]["date"] == "2008-05-02"


def test_escapees_held_told_aside_are_a_flight_under_way():
    rec = extract("Eleven North Korean escapees, held at a river port last week, will be tried for illegal entry, "
                  "a court official said.", "2011-03-03")
    assert [e["count"] for e in events_of(rec, "defection")] == [11]


def test_escapees_who_give_themselves_up_to_the_police_are_a_flight_under_way():
    rec = extract("Three North Korean defectors turned themselves in to the police in the border town on Friday and "
                  "asked to be resettled in a third country.", "2012-02-02")
    assert [(e["count"], e["status"]) for e in events_of(rec, "defection")] == [(3, "pending")]


def test_asylum_seekers_let_through_a_third_country_are_a_flight():
    rec = extract("The government allowed 14 North Korean asylum seekers to transit in Manila last month, an official "
                  "said.", "2003-06-06")
    assert [e["count"] for e in events_of(rec, "defection")] == [14]


def test_one_deported_back_to_the_land_he_came_through_is_no_return_home():
    rec = extract("Police arrested a North Korean man near the border and deported him back to Vietnam last week, an "
                  "official said.", "2007-07-07")
    assert events_of(rec, "return") == []
    assert [e["transit"] for e in events_of(rec, "defection")] == [["VN"]]


def test_a_school_named_after_a_town_is_no_place():
    rec = extract("Five escapees from North Korea spoke at the Kennedy School on Monday about how they fled.",
                  "2021-04-21")
    assert all(e["workplace"]["city"] is None for e in events_of(rec, "defection"))


# --- the eighteenth session of 2026-12-06: two resolutions cited with their years, a happening told as possible, a
# condition put by "had" first, a flight that ended in the South ---

def test_two_resolutions_cited_with_their_years_are_two_measures():
    rec = extract("Under Security Council Resolutions 2087 (2013) and 2094 (2013), states may not hire North Korean "
                  "workers for arms work.", "2015-05-05")
    assert [(e["instrument"], e["date"]) for e in events_of(rec, "sanction")] == [("UNSCR 2087", "2013"),
                                                                                  ("UNSCR 2094", "2013")]


def test_a_happening_told_as_possible_is_reported():
    rec = extract("Six North Korean sailors possibly deported from Chile after their ship was held", "2014-04-04")
    assert [(e["count"], e["status"]) for e in events_of(rec, "return")] == [(6, "reported")]


def test_a_condition_put_by_had_first_is_no_happening():
    rec = extract("Two North Korean women won asylum in Norway. Officials said that had the two women returned to North "
                  "Korea, a prison camp awaited them.", "2012-12-12")
    assert events_of(rec, "return") == []


def test_a_flight_through_a_third_country_and_then_the_south_ends_in_the_south():
    rec = extract("Kim, a North Korean refugee, fled across the river in 2001, making his way to Laos and then South "
                  "Korea.", "2010-10-10")
    assert [(e["destination"], e["transit"]) for e in events_of(rec, "defection")] == [("KR", ["LA"])]


def test_a_flight_told_as_two_and_a_half_years_ago_is_dated_by_its_year():
    rec = extract("A North Korean family of three won asylum in Portugal. About two and a half years ago, the three "
                  "fled North Korea across the river.", "2014-02-02")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2011"]


def test_a_feature_names_a_defector_by_one_given_name():
    rec = extract("North Korean refugees now study in Leeds. Her roommate, Mira, who escaped from North Korea when she "
                  "was 12, now studies law.", "2019-09-09")
    assert [e["count"] for e in events_of(rec, "defection")] == [1]


def test_a_child_left_behind_is_no_flight_of_its_own():
    rec = extract("A North Korean couple who fled the North was granted asylum in Norway. The couple left their son in "
                  "Russia.", "2012-12-12")
    assert [(e["destination"], e["workplace"]["country"]) for e in events_of(rec, "defection")] == [("NO", None)]


def test_a_flight_its_cause_drove_them_to_is_a_flight():
    rec = extract("North Korean refugees spoke in Oslo. Hunger drove one former miner to escape from North Korea in "
                  "1998, he said.", "2016-06-06")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(1, "1998")]


# --- the nineteenth session of 2026-12-06: rules read from grown195-197's errors (tests on invented text) ---

def test_a_surname_after_a_name_in_western_order_is_that_person():
    rec = extract("North Korean refugee Sunhee Lee now teaches in Toronto. Lee had escaped North Korea and made her "
                  "way through China and Thailand into South Korea.", "2018-08-08")
    assert [(e["destination"], e["transit"]) for e in events_of(rec, "defection")] == [("KR", ["CN", "TH"])]


def test_a_flight_a_fear_propelled_them_to_is_a_flight():
    rec = extract("Hunger propelled the two North Korean sisters to flee across the river in 2011.", "2015-05-05")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(2, "2011")]


@pytest.mark.parametrize("sentence,value,country", [
    ("About 150 North Korean refugees live in Canada.", 150, "CA"),
    ("About 30 North Korean escapees now call Denver home.", 30, "US"),
    ("Nearly 40 North Korean refugees resettled in the greater Boston area gather there each spring.", 40, "US"),
])
def test_defectors_living_in_a_land_are_a_standing_count_not_a_flight(sentence, value, country):
    rec = extract("North Korea's refugees abroad. " + sentence, "2019-03-03")
    assert [(c["metric"], c["value"], c["country"], c["period"]) for c in rec["claims"]] == \
        [("defector_arrivals", value, country, "cumulative")]
    assert events_of(rec, "defection") == []


def test_the_norths_people_sent_to_work_in_a_land_are_its_workers_there():
    rec = extract("North Korea is sending 5,000 of its people to work in western Mongolia, a trade official said.",
                  "2014-04-04")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 5000, "MN")]


def test_a_campaign_against_a_practice_tells_no_return_and_a_bodys_name_no_flight():
    rec = extract("North Korea: activists marched in Seoul on Sunday protesting China's repatriation of North Korean "
                  "refugees. In 2010 she founded the North Korean Defectors Forum (NKDF) in London.", "2013-03-03")
    assert events_of(rec, "return") == [] and events_of(rec, "defection") == []


# --- the twentieth session of 2026-12-06: rules read from grown198-200's errors (tests on invented text) ---

def test_the_man_a_woman_was_sold_to_is_not_who_fled_and_where_she_was_kept_is_where_her_flight_went():
    rec = extract("A North Korean escapee's story. She escaped from North Korea in 2002 but was sold to a farmer in "
                  "China.", "2020-02-02")
    assert [(e["count"], e["male"], e["female"], e["destination"], e["transit"])
            for e in events_of(rec, "defection")] == [(1, None, 1, "CN", [])]


def test_a_visiting_party_arriving_in_the_south_is_no_flight():
    rec = extract("Seoul - Some 140 members of North Korea's orchestra, dressed in identical grey suits, arrived in "
                  "South Korea on Monday to give two concerts.", "2018-02-02")
    assert events_of(rec, "defection") == []


def test_people_jailed_at_home_after_being_forcibly_returned_were_returned_not_caught_fleeing():
    rec = extract("North Korea: the study draws on 60 interviews with North Korean men who were detained in North "
                  "Korea between 2012 and 2018 after being forcibly returned.", "2021-01-01")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "return")] == [(60, "KP")]
    assert events_of(rec, "defection") == []


def test_women_who_came_south_from_the_north_in_a_year_are_that_years_arrivals():
    rec = extract("North Korean defectors: according to figures compiled by Rep. Park Min-su of the ruling party, "
                  "1,310 women came to South Korea from North Korea last year.", "2017-03-03")
    assert [(c["value"], c["period"]) for c in rec["claims"] if c["metric"] == "defector_arrivals"] == [(1310, "year")]
    assert [c["attributed_to"] for c in rec["claims"]] == ["Rep. Park Min-su of the ruling party"]


def test_no_evidence_of_a_flight_and_a_southerner_taken_up_again_tell_no_flight():
    rec = extract("Seoul finds no evidence of defection by a missing official. The South Korean coast guard said on "
                  "Friday that a South Korean customs inspector had vanished near the border with North Korea. The "
                  "inspector, Mr Choi, went missing at sea in May.", "2021-06-06")
    assert events_of(rec, "defection") == []


def test_men_counted_as_men_are_male_and_a_banishment_from_the_capital_is_no_return():
    rec = extract("North Korea's famine refugees. Three young men crossed the Tumen into China in 1997, after their "
                  "families had been banished from Pyongyang.", "2003-03-03")
    assert [(e["count"], e["male"], e["date"]) for e in events_of(rec, "defection")] == [(3, 3, "1997")]
    assert events_of(rec, "return") == []


def test_a_surge_in_forced_returns_is_a_trend_and_another_clauses_people_are_not_those_sent_home():
    rec = extract("North Korea: the envoy said he was worried by a rise in arrests and forced repatriations of North "
                  "Koreans in China.", "2019-09-09")
    assert events_of(rec, "return") == []
    rec = extract("Australia deported the crew of a North Korean freighter. Three men held on shore were convicted of "
                  "smuggling heroin; the North Korean crew were all acquitted and deported to North Korea.", "2008-08-08")
    assert [(e["count"], e["male"]) for e in events_of(rec, "return")] == [(None, None)]


def test_a_ships_whole_crew_sent_home_is_a_return_without_a_count():
    rec = extract("A North Korean cargo ship was held in Port Louis for a month. The captain was fined; the crew "
                  "were all released and deported.", "2012-12-12")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "return")] == [(None, "KP")]


def test_defectors_a_return_sent_back_are_no_flight_of_their_own():
    rec = extract("Beijing rejected criticism over six North Korean defectors the agency says were sent back to the "
                  "North by China in March.", "2014-04-04")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "return")] == [(6, "KP")]
    assert events_of(rec, "defection") == []


# --- the twenty-first session of 2026-12-06: rules read from grown201-203's errors (tests on invented text) ---

def claim_values(rec: dict, metric: str = "defector_arrivals") -> list[float]:
    return sorted(c["value"] for c in rec["claims"] if c["metric"] == metric)


def test_the_years_of_a_series_after_a_doubled_figure_of_those_who_fled_south_are_each_a_figure():
    rec = extract("The number of North Koreans escaping their country to South Korea more than doubled to 1,230 last "
                  "year, the ministry said. The figure has grown every year, with 84 arriving in 1997, 160 in 1998 and "
                  "410 in 1999.", "2001-02-02")
    assert claim_values(rec) == [84, 160, 410, 1230]


def test_a_land_taking_in_refugees_over_years_and_its_yearly_parts_for_each_year_are_figures():
    rec = extract("Canada has accepted 57 North Korean refugees over the past five years, figures showed. That total "
                  "breaks down to eight for 2015, 14 for 2016, 12 for 2017, 13 for 2018 and ten for 2019.", "2020-03-03")
    assert claim_values(rec) == [8, 10, 12, 13, 14, 57]
    rec = extract("Seven North Korean refugees were resettled in Canada in 2014 and only two in 2015.", "2016-01-01")
    assert claim_values(rec) == [7]
    rec = extract("Thailand accepted 20 North Korean refugees on Tuesday, an official said.", "2016-01-01")
    assert claim_values(rec) == []      # (one group taken in on a day: an event, no figure)


def test_the_quarters_of_a_year_said_once_and_the_remaining_part_are_figures():
    rec = extract("A total of 900 North Korean defectors reached the South last year. By quarter, 250 arrived in "
                  "the first three months, 210 in the second quarter, 240 in the third and the remaining 200 in the "
                  "fourth.", "2020-01-20")
    assert claim_values(rec) == [200, 210, 240, 250, 900]


def test_the_number_a_figure_reached_later_and_a_sum_of_men_and_women_are_figures_but_a_part_is_not():
    rec = extract("By 2005, some 8,000 North Koreans had arrived in the South, and by June 2009 the number "
                  "reached 16,150.", "2009-07-07")
    assert claim_values(rec) == [8000, 16150]
    rec = extract("North Korea's exodus: an official said 1,500 women and 420 men from the North came to South Korea "
                  "in 2011, totalling 1,920.", "2012-01-01")
    assert claim_values(rec) == [1920]
    rec = extract("The number of North Koreans fleeing south to Seoul reached 640 in the first half, with women "
                  "accounting for 470 of them.", "2012-07-07")
    assert claim_values(rec) == [640]


def test_a_yearly_series_two_sentences_on_still_counts_the_figure_told_first():
    rec = extract("The number of North Koreans escaping to South Korea reached 840 in the first half of this year, the "
                  "ministry said. It had been much lower before the famine. The yearly number stood at 1,890 for "
                  "2004, 1,400 for 2005 and 2,010 for 2006.", "2007-07-07")
    assert claim_values(rec) == [840, 1400, 1890, 2010]


def test_a_table_of_yearly_figures_whose_cells_ran_together_is_read_row_by_row():
    text = ("North Korean defectors by year\n\nThe table shows how many North Korean defectors reached South Korea "
            "each year.\n\nYearDefectors\n2015310\n2016N/A\n20171,200\n2018 (to June)95\n\nThe numbers fell after that.")
    rec = extract(text, "2018-08-08")
    assert claim_values(rec) == [95, 310, 1200]
    assert {c["value"]: c["period"] for c in rec["claims"]} == {310: "year", 1200: "year", 95: None}
    rec = extract(text.replace("2015310", "2019 | 310"), "2020-08-08")
    assert claim_values(rec) == []      # (years out of order: no column of years)


def test_students_called_home_or_gone_home_are_a_return_and_running_across_a_river_is_a_flight():
    rec = extract("North Korean Students in Moscow Called Back Home\n\nThe 12 North Korean students at the institute "
                  "left for home before the holidays, officials said.", "2010-05-05")
    assert [e["count"] for e in events_of(rec, "return")] == [12]
    rec = extract("North Korea's famine drove him out. He ran across the icy Yalu into China in 2002.",
                  "2015-01-01")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2002"]


# --- the twenty-second session of 2026-12-06: rules read from grown204-206's errors (tests on invented text) ---

def test_a_named_man_with_his_family_counts_himself_and_those_left_behind_are_not_counted():
    rec = extract("A former North Korean wrestling coach has defected, officials said. The ministry says 51-year-old "
                  "Ri Chol-ho, along with his wife and three children, defected to South Korea.", "2008-05-05")
    assert [(e["count"], e["male"]) for e in events_of(rec, "defection")] == [(5, 1)]
    rec = extract("The North Korean boxer escaped to China in 2001, leaving his wife and two sons behind.",
                  "2008-05-05")
    assert [e["count"] for e in events_of(rec, "defection")] == [None]


def test_the_day_of_the_reports_is_not_the_flights_and_the_flight_is_dated_by_its_own_leaving():
    rec = extract("Media reports in South Korea Thursday quote officials as saying a North Korean trade official has "
                  "defected. The official sought asylum at a consulate in Shenyang in mid-February after fleeing his "
                  "post last October.", "2009-03-12")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2008-10"]


def test_two_people_each_told_fleeing_in_one_sentence_are_two_flights():
    rec = extract("North Korean athletes have fled before. A North Korean cyclist defected in 2002 and a wrestler "
                  "defected while at a meet in Italy in 2005.", "2010-01-01")
    assert sorted(e["date"] for e in events_of(rec, "defection")) == ["2002", "2005"]
    rec = extract("A North Korean man and a woman defected in 2005 from a logging camp in Russia.", "2010-01-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [2]     # (one subject: one flight)


def test_defectors_in_the_south_and_compatriots_who_fled_are_counted_but_visitors_are_not():
    assert claim_values(extract("The rower fled North Korea in 2009. Most of the 28,000 defectors in South Korea "
                                "struggle to find work.", "2014-01-01")) == [28000]
    assert claim_values(extract("Almost 400 North Koreans in South Korea for the Asian Games are minded closely by "
                                "officials.", "2014-09-01")) == []
    assert claim_values(extract("North Korea's athletes are watched. Seoul is where more than 20,000 of their "
                                "compatriots have defected over the decades.", "2010-01-01")) == [20000]


def test_workers_on_such_schemes_are_counted_and_a_source_told_after_its_time_is_the_source():
    rec = extract("Most of the 60,000 North Koreans on such contracts are working in Asia, a rights group said.",
                  "2016-01-01")
    assert claim_values(rec, "overseas_worker_count") == [60000]
    rec = extract("North Korea sends workers to Europe. In March last year the labour office told reporters that 31 "
                  "North Koreans were employed in Malta.", "2016-01-01")
    assert [c["attributed_to"] for c in rec["claims"]] == ["labour office"]


def test_an_article_on_the_norths_cheap_labour_sold_for_hard_cash_is_relevant():
    rec = extract("NORTH KOREAN LABOR IN SIBERIA\nSince the famine, North Korea's state firms have signed contracts to "
                  "give Russian builders cheap labor for hard cash, a professor in Khabarovsk says.",
                  "2004-01-01")
    assert rec["relevant"]


# --- the twenty-third session of 2026-12-06: rules read from grown207-209's errors (tests on invented text) ---


def test_those_who_have_fled_over_a_time_up_to_now_are_a_tally_not_a_flight():
    rec = extract("Some 180 North Koreans have escaped to South Korea in the past four years, nearly all through "
                  "China.", "1999-03-01")
    assert events_of(rec, "defection") == [] and claim_values(rec) == [180]
    rec = extract("Officials in Seoul say more than 120 have left North Korea in the past two years.", "1999-03-01")
    assert events_of(rec, "defection") == [] and claim_values(rec) == [120]
    rec = extract("In 2001, 410 North Koreans sought asylum in Seoul, up from 270 in 2000.", "2002-01-01")
    assert events_of(rec, "defection") == [] and sorted(claim_values(rec)) == [270, 410]
    # (a group that went is still a flight)
    rec = extract("Nineteen North Koreans have defected by boat to the South, officials said on Monday.",
                  "1999-03-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [19]


def test_close_and_closed_as_adjectives_are_no_closure():
    rec = extract("We ate at the North Korean Pyongyang restaurant in Vientiane. That was as close as the waitress "
                  "came to talking about home. The place is so closed off that few locals go.", "2015-05-01")
    assert events_of(rec, "closure") == []
    rec = extract("The North Korean Pyongyang restaurant in Vientiane closed last month.", "2015-05-01")
    assert len(events_of(rec, "closure")) == 1


def test_a_family_of_n_is_counted_and_one_family_is_no_headcount():
    rec = extract("A family of 11, the largest group of North Koreans to flee in a decade, reached South Korea on "
                  "Tuesday. An official said it was the defection of one family, not a wave.", "1998-03-05")
    assert [e["count"] for e in events_of(rec, "defection")] == [11]


def test_the_one_who_fled_with_family_members_is_counted_with_them():
    rec = extract("Last month a North Korean engineer at a trading firm in Vienna defected to the South with four "
                  "family members, officials said.", "2006-04-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [5]


def test_a_town_named_for_its_films_is_no_place():
    rec = extract("Nine North Koreans fled to Thailand in May, a trek worthy of Hollywood movies.", "2004-06-01")
    assert [e["workplace"]["city"] for e in events_of(rec, "defection")] == [None]


def test_a_dash_into_a_foreign_mission_is_a_flight_but_not_into_the_norths_own():
    rec = extract("Fifteen North Korean asylum seekers forced their way past the guards and ran into the grounds of "
                  "the Finnish Embassy in Beijing on Friday.", "2002-05-20")
    assert [e["count"] for e in events_of(rec, "defection")] == [15]
    rec = extract("More than 30 North Koreans climbed a fence and into the compound of the Canadian embassy.",
                  "2002-05-20")
    assert [e["count"] for e in events_of(rec, "defection")] == [30]
    rec = extract("A North Korean logger ran to the North Korean embassy in Moscow to ask for his wages.", "2002-05-20")
    assert events_of(rec, "defection") == []


def test_flights_a_guard_is_there_to_stop_are_none_told_and_a_guide_or_the_norths_own_restaurants_no_figure():
    rec = extract("Eleven North Koreans arrived in South Korea on Friday. Among them was a soldier whose "
                  "duty had been to stop such defections at the river.", "1999-04-03")
    assert [e["count"] for e in events_of(rec, "defection")] == [11]
    assert claims_of(extract("A North Korean minder took us to two restaurants in Pyongyang.", "2012-01-01"),
                     "restaurant_count") == []
    assert claims_of(extract("North Korea runs restaurants in Asia. The guidebook lists 45 restaurants in Hanoi.",
                             "2012-01-01"), "restaurant_count") == []


# --- the twenty-fourth session of 2026-12-06: rules read from grown210-212's errors (tests on invented text) ---


def test_workers_already_sent_home_and_the_states_that_reported_it_are_no_count_of_those_abroad():
    rec = extract("Reports submitted by 35 countries by last month show that 18,400 North Korean workers have already "
                  "been sent home. Before the deadline some 90,000 North Korean workers were in 40 countries.",
                  "2019-11-30")
    assert [v for v, _ in claims_of(rec, "overseas_worker_count")] == [90000]
    assert [v for v, _ in claims_of(rec, "host_country_count")] == [40]


def test_workers_who_died_are_no_count_of_those_abroad():
    rec = extract("Some 60 North Korean workers abroad - among them 21 in Kuwait - have died of illness this year, a "
                  "report said. About 5,000 North Korean workers are in Kuwait, where nine have died.", "2017-08-01")
    assert [v for v, _ in claims_of(rec, "overseas_worker_count")] == [5000]


def test_a_threat_of_deportation_is_no_return_and_keeping_workers_from_running_away_no_flight():
    rec = extract("North Korean men in restaurants in China were exploited by bosses who threatened the cooks with "
                  "deportation. In Russia, minders of North Korean workers took their passports to keep them from "
                  "running away.", "2016-01-01")
    assert events_of(rec, "return") == [] and events_of(rec, "defection") == []


# --- the twenty-fifth session of 2026-12-06: rules read from grown213-215's errors (tests on invented text) ---


def test_a_way_taken_to_defect_in_the_past_is_a_flight_and_used_to_defect_a_habit():
    rec = extract("Five North Koreans used a small fishing boat to cross the sea border to defect to South Korea, "
                  "officials said on Monday.", "2024-05-15")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(5, "KR")]
    rec = extract("Three North Korean soldiers rowed across the estuary to defect to the South in March.", "2024-05-15")
    assert [e["count"] for e in events_of(rec, "defection")] == [3]
    assert extract("In the 1990s North Koreans used to defect to South Korea through China, he said.",
                   "2024-05-15")["events"] == []


def test_people_who_smuggled_themselves_across_the_border_fled():
    rec = extract("Kim Sun-hee, a North Korean woman, smuggled herself across the Yalu into China in 2003; she "
                  "sold herbs at a market in Yanji.", "2019-02-01")
    [flight] = events_of(rec, "defection")
    assert flight["count"] == 1 and flight["date"] == "2003"


def test_suspected_defectors_counted_are_a_group():
    rec = extract("Japan's coast guard is questioning eight suspected North Korean defectors found on a wooden boat "
                  "off Niigata on Friday.", "2015-06-13")
    assert [e["count"] for e in events_of(rec, "defection")] == [8]


def test_a_threshold_passed_is_a_floor_and_the_souths_stock_passed_in_a_year_is_cumulative():
    rec = extract("Officials in Seoul said the number of North Korean escapees now residing in the South passed the "
                  "30,000 mark in November last year. In Seoul the number of escapees who came exceeded 1,400 in "
                  "2016.", "2017-03-01")
    claims = [(c["value"], c["period"], c["approx"], c["hedge"]) for c in rec["claims"]
              if c["metric"] == "defector_arrivals"]
    assert claims == [(30000, "cumulative", True, "more than"), (1400, "year", True, "more than")]


def test_the_south_home_to_defectors_counts_them_and_so_do_those_who_found_their_way_there():
    rec = extract("South Korea is now home to about 34,000 North Korean defectors. Last year 196 North Koreans "
                  "found their way to the South.", "2024-01-10")
    assert claims_of(rec, "defector_arrivals") == [(34000, "cumulative"), (196, "year")]


def test_a_flight_by_a_count_after_its_noun_is_one_flight_of_that_many():
    rec = extract("The talks came weeks after a daring defection by eleven North Koreans aboard a fishing boat.",
                  "2012-07-01")
    assert [e["count"] for e in events_of(rec, "defection")] == [11]


@pytest.mark.parametrize("text,count", [
    ("My mum, my sister and I escaped from North Korea in 2009.", 3),
    ("My father and I fled North Korea across the Tumen in 2009.", 2),
])
def test_the_teller_and_her_family_listed_are_counted_together(text, count):
    [flight] = events_of(extract(text, "2016-04-01"), "defection")
    assert (flight["count"], flight.get("female"), flight.get("male")) == (count, None, None)


# --- the first session of 2026-12-07: rules read from grown216's errors (tests on invented text) ---


def test_part_of_a_year_told_anywhere_in_the_sentence_is_no_running_total():
    rec = extract("Fewer North Koreans reached the South in the first half of this year. Altogether 640 North Koreans "
                  "defected to South Korea, compared with 702 in the same period a year ago, ministry data show. "
                  "Officials said 310 refugees came to South Korea from January to March.", "2014-07-20")
    claims = {c["value"]: c["period"] for c in rec["claims"] if c["metric"] == "defector_arrivals"}
    assert claims[640] is None and claims[310] is None and claims.get(702) != "cumulative"


def test_a_stock_told_beside_a_part_of_the_year_stays_a_running_total():
    rec = extract("As of July, the total number of North Korean escapees in Seoul stood at 27,518, with 1,028 "
                  "arriving in the first seven months of this year.", "2014-08-20")
    assert claims_of(rec, "defector_arrivals") == [(27518, "cumulative"), (1028, None)]


def test_arrivals_told_as_an_escape_and_a_new_life_in_the_south_are_counted():
    rec = extract("The ministry said the flow of North Korean defectors rose. Between March and June, 512 people have "
                  "successfully fled the brutal regime and started a new life in the South.", "2013-07-02")
    assert [c["value"] for c in rec["claims"] if c["metric"] == "defector_arrivals"] == [512]


def test_former_north_koreans_there_are_in_the_south_and_those_registered_are_a_running_total():
    rec = extract("By the end of May there were 26,483 former North Koreans in South Korea, an official said. About "
                  "33,000 North Korean defectors are registered with the unification ministry.", "2014-06-10")
    assert claims_of(rec, "defector_arrivals") == [(26483, "cumulative"), (33000, "cumulative")]


def test_it_changed_from_one_years_figure_to_anothers_continues_the_figure_before():
    rec = extract("The number of North Koreans reaching the South topped out at 2,874 in 2009. It fell from 2,402 in "
                  "2010 to 1,509 in 2012, the ministry said.", "2013-02-01")
    assert claims_of(rec, "defector_arrivals") == [(2874, "year"), (2402, "year"), (1509, "year")]


def test_the_total_number_of_defectors_after_them_is_theirs_not_the_workers_told_before():
    rec = extract("More North Korean elites and labourers toiling abroad fled this year. The government will help "
                  "North Korean defectors settle in as their total number here passed the 31,000 mark.", "2017-11-20")
    assert [c["metric"] for c in rec["claims"]] == ["defector_arrivals"]


def test_a_wires_dateline_dash_without_spaces_leaves_the_issuer_its_own_word():
    rec = extract("OSAKA (Kyodo)--Japanese officials on Friday warned game firms and related trade bodies about "
                  "North Korean software development engineers posing as Japanese freelancers.", "2025-02-14")
    [advisory] = events_of(rec, "sanction")
    assert rec["relevant"] and advisory["issuer"] == "JP"


# --- the second session of 2026-12-07: texts invented for the rules read from the tuning sets resolved together ---

def test_sanctions_told_as_rules_kept_are_the_regime_and_link_to_no_measure():
    kept = ("As part of its efforts to implement UN Security Council resolutions, the government has shut the "
            "trading office of a North Korean bank.")
    complies = "The ministry said the country enforces the UN sanctions in full."
    recs = extract_records([{"doc_id": "a", "published": "2018-02-20", "text": ON_WORKERS + kept},
                            {"doc_id": "b", "published": "2018-03-01", "text": ON_WORKERS + complies}])
    (a,), (b,) = (events_of(r, "sanction") for r in recs)
    assert a["regime"] and b["regime"] and a["cluster"] != b["cluster"]


def figures_of(rec: dict, metric: str) -> list[dict]:
    return [c for c in rec["claims"] if c["metric"] == metric]


def test_a_years_arrivals_compared_with_earlier_years_and_split_by_quarter_are_all_the_figure():
    rec = extract("Fewer North Koreans reached the South last year, ministry data show. A total of 402 North Koreans "
                  "settled down in the South last year. Their number was well below the 1,310 counted a year earlier "
                  "and 1,420 registered in 2016. In the first quarter 160 North Koreans fled to the South. The "
                  "figures for the next three quarters fell to 90, 85 and 67, respectively. The total number of "
                  "North Korea defectors who live in the South stood at 31,900 at the end of the year.",
                  published="2018-01-16")
    got = [(c["value"], c.get("period")) for c in figures_of(rec, "defector_arrivals")]
    assert got[:3] == [(402, "year"), (1310, "year"), (1420, "year")]
    assert [v for v, _ in got[3:]] == [160, 90, 85, 67, 31900] and got[-1][1] == "cumulative"


def test_individuals_who_made_it_south_are_arrivals_and_a_difference_is_no_figure():
    rec = extract("More North Koreans fled their country last year. New data show that 1,250 individuals made it "
                  "to the ROK last year after escaping the North. That "
                  "is only twelve more than the number who arrived the year before.", published="2016-01-20")
    assert [c["value"] for c in figures_of(rec, "defector_arrivals")] == [1250]


def test_the_norths_people_a_state_says_it_employed_and_the_taxes_their_work_yields_a_year():
    rec = extract("Moscow said it had employed 22,000 North Koreans in 2016, mostly in building. "
                  "Analysts think Pyongyang raised $300 million USD in annual taxes from its workers abroad.",
                  published="2018-05-02")
    assert [(c["value"], c["country"]) for c in figures_of(rec, "overseas_worker_count")] == [(22000, "RU")]
    assert [c["value"] for c in figures_of(rec, "overseas_worker_revenue_usd")] == [300_000_000]


# --- the third session of 2026-12-07: rules read from grown222-224's errors (tests on invented text) ---

def test_a_half_years_arrivals_are_that_years_figure_and_a_quarters_are_not():
    rec = extract("The ministry said 311 North Korean refugees entered the South from January to June, down "
                  "from 280 in the same period a year before. In the second quarter of this year, 120 North Korean "
                  "defectors arrived in the South.", published="2019-07-09")
    got = {c["value"]: c.get("period") for c in figures_of(rec, "defector_arrivals")}
    assert got[311] == "year" and got[280] == "year"
    assert got.get(120, "missing") is None


def test_a_yearly_tally_told_after_an_aside_is_the_only_figure_and_each_year_holds_its_own():
    rec = extract("Some 702 North Koreans came to the South in the first half, the ministry said. That takes the "
                  "cumulative sum of defectors in the South to 29,450. Critics blame a harsher border regime under the "
                  "new leader. Guards were added along the river, officials said. The yearly tally has slid from its "
                  "peak at 2,805 in 2008 to 1,611 in 2013, 1,322 in 2014 and 1,190 in 2015.",
                  published="2016-07-12")
    got = {c["value"]: (c.get("period"), c.get("as_of")) for c in figures_of(rec, "defector_arrivals")}
    assert got[29450][0] == "cumulative"
    assert got[2805] == ("year", "2008") and got[1611] == ("year", "2013")
    assert got[1322] == ("year", "2014") and got[1190] == ("year", "2015")


def test_north_koreans_who_crossed_the_sea_border_defected_unless_they_strayed_by_mistake():
    rec = extract("Five North Koreans crossed the maritime border aboard a small wooden boat on Tuesday and asked "
                  "to stay in the South, officials said.", published="2013-05-16")
    assert [(e["type"], e["count"]) for e in rec["events"]] == [("defection", 5)]
    rec = extract("A boat carrying eight North Korean fishermen mistakenly crossed the sea border in fog on Tuesday.",
                  published="2013-05-16")
    assert not [e for e in rec["events"] if e["type"] == "defection"]


# --- the fourth session of 2026-12-07: rules read from grown226-227's errors (tests on invented text) ---

def test_a_boat_sent_back_with_its_crew_is_their_return_on_the_day_told():
    rec = extract("The South's coast guard on Thursday returned a North Korean fishing boat and its five crew members "
                  "across the eastern sea border after they drifted south with a broken engine.",
                  published="2019-11-07")
    returns = events_of(rec, "return")
    assert [(e["count"], e["date"], e["destination"], e["status"]) for e in returns] == [
        (5, "2019-11-07", "KP", "confirmed")]


def test_workers_of_a_zone_inside_the_north_are_not_workers_abroad():
    rec = extract("Factories at the Kaesong industrial complex stood idle on Monday after 48,000 North Korean workers "
                  "stayed home. The Kaesong industrial complex houses 120 South Korean firms. Pyongyang pulled out "
                  "its workers last week, officials said.", published="2013-04-16",
                  title="Kaesong industrial park idle")
    assert figures_of(rec, "overseas_worker_count") == []
    assert events_of(rec, "return") == []


# --- the fifth session of 2026-12-07: rules read from grown228-230's errors (tests on invented text) ---

def test_a_years_arrivals_told_a_few_words_on_and_set_beside_the_year_before_are_figures_not_a_flight():
    rec = extract("Three hundred and twelve defectors entered South Korea from North Korea to settle last year, "
                  "according to the Unification Ministry – a small rise from 298 the year before.",
                  published="2031-02-10")
    got = {c["value"]: (c["period"], c["as_of"], c["attributed_to"]) for c in rec["claims"]
           if c["metric"] == "defector_arrivals"}
    assert got == {312: ("year", "2030", "Unification Ministry"), 298: ("year", "2029", "Unification Ministry")}
    assert events_of(rec, "defection") == []


def test_a_diplomat_smuggled_out_to_seoul_defected_then_and_the_first_defector_elected_is_no_second_flight():
    rec = extract("North Korea's envoy was posted to Copenhagen with his family. Recalled home amid a purge, he "
                  "decided to defect. Smuggled out of Denmark to Seoul in 2013, he later wrote a memoir. In 2021 he "
                  "became the first defector elected to a city council.", published="2024-03-01")
    got = [(e["date"], e["destination"], e["workplace"]["country"]) for e in events_of(rec, "defection")]
    assert got == [("2013", "KR", "DK")]


def test_they_after_a_sentence_that_counts_the_people_they_killed_are_the_killers():
    rec = extract("Seoul on Friday sent two North Korean sailors back across the border. Investigators learned that "
                  "they killed 12 other crew members on their boat and fled. They were deported at the truce "
                  "village the next morning.",
                  published="2030-05-10")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "return")] == [(2, "KP")]


def test_a_headline_about_fewer_defectors_gives_the_topic_of_the_numbers_that_follow():
    rec = extract("Fewer North Korean defectors as the border closes\n\nNumbers fell to only 140 last year, well below "
                  "the 980 in 2028, as North Korea sealed its border.", published="2031-01-20")
    got = {c["value"]: (c["period"], c["as_of"]) for c in figures_of(rec, "defector_arrivals")}
    assert got == {140: ("year", "2030"), 980: ("year", "2028")}


# --- the sixth session of 2026-12-07: rules read from grown231-233's errors (tests on invented text) ---

def test_an_agency_in_a_datelines_brackets_and_people_named_like_towns_are_no_places():
    from nkwatch.extract.places import gazetteer
    text = ("HAVANA, Mar. 2 (Xinhua) -- Cuba said a North Korean trade official had defected. The news came after "
            "Maria Elena Quintana, the UN's special envoy, spoke. Deputy director Jasim Uddin summoned the envoy.")
    assert [p.surface for p in gazetteer().find(text)] == ["Cuba", "North Korean"]


def test_many_of_a_workforce_gone_home_is_no_count_but_most_of_those_sent_back_counts_them():
    rec = extract("Many of the 2,000 or so North Koreans working in Kuwait are said to have since returned home.",
                  published="2031-07-01")
    assert [e["count"] for e in events_of(rec, "return")] == [None]
    rec = extract("Most of the 300 refugees from North Korea that China had sent back in May remain in labour "
                  "camps, activists say.", published="2031-07-01")
    assert [e["count"] for e in events_of(rec, "return")] == [300]


def test_a_river_crossed_is_no_one_who_fled_and_i_who_tell_it_am_one():
    rec = extract("North Korean defector tells her story\n\nI was born in Hoeryong. In March 2001, I waded across the "
                  "Tumen River and defected for the first time.", published="2031-04-12")
    flights = events_of(rec, "defection")
    assert [(e["count"], e["date"]) for e in flights] == [(1, "2001-03")]
    assert all("Tumen River" not in e.get("participants", []) for e in flights)


def test_people_counted_who_will_be_deported_are_a_return_to_come_but_a_rule_for_whoever_overstays_is_none():
    rec = extract("Some 70 North Koreans in Sabah who overstayed their permits will be deported at the earliest, the "
                  "deputy minister said.", published="2031-03-14")
    assert [(e["count"], e["status"], e["workplace"]["region"]) for e in events_of(rec, "return")] == [
        (70, "pending", "Sabah")]
    rec = extract("North Koreans who overstay their permits will be deported, the deputy minister said.",
                  published="2031-03-14")
    assert events_of(rec, "return") == []


# --- the seventh session of 2026-12-07: rules read from grown234-236's errors (tests on invented text) ---

def test_a_headlines_north_korean_told_without_an_article_is_one_person():
    rec = extract("North Korean fisherman crosses sea border into South Korea\nMore than 35,000 North Koreans have "
                  "defected to the South since the war, the ministry says.", published="2031-04-02")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(1, "KR")]


def test_defectors_living_in_the_southern_half_of_the_peninsula_are_counted_arrivals():
    rec = extract("North Korean defectors struggle with jobs. Over 36,100 defectors from North Korea now live in the "
                  "southern half of the peninsula, official data show.", published="2031-04-02")
    assert [(c["value"], c["period"]) for c in figures_of(rec, "defector_arrivals")] == [(36100, "cumulative")]


def test_one_who_had_reached_the_south_and_is_sent_away_from_a_third_land_is_no_return_north():
    rec = extract("A man who fled from North Korea to South Korea was deported from Canada last month after his "
                  "refugee claim failed.", published="2031-04-02")
    assert events_of(rec, "return") == []
    rec = extract("A man who fled from North Korea to South Korea in 2012 was sent back to North Korea by Chinese "
                  "police last month.", published="2031-04-02")
    assert [e["destination"] for e in events_of(rec, "return")] == ["KP"]


def test_a_business_run_from_an_embassy_is_no_flight():
    rec = extract("A guesthouse run from the North Korean embassy in Prague has closed for good after a court ruling, "
                  "a city official said on Friday. It earned foreign currency for Pyongyang in breach of United "
                  "Nations sanctions, officials said.", published="2031-04-02")
    assert events_of(rec, "defection") == []


def test_a_read_more_line_is_another_storys_link_not_this_ones_body():
    from nkwatch.extract.document import Document
    body = ("A guesthouse at the North Korean embassy compound in Prague has closed for good, a city official "
            "said on Friday. The court had ruled earlier in the week that it must stop all operations, and its last "
            "appeal failed. The embassy had let rooms and parking spaces on its grounds to outside firms for years, "
            "city officials said, and the rent went to Pyongyang. The embassy itself, which reopened some years "
            "ago, still stands.\n\n")
    doc = Document("t", body + "Read more: Czech cafes open their doors again under new health rules\n\nIt was popular "
                   "with backpackers.", "2031-04-02")
    link = next(i for i, s in enumerate(doc.sentences) if "Czech" in s.text)
    assert link not in doc.body_sentences and link - 1 in doc.body_sentences


def test_earlier_years_listed_after_a_years_arrivals_are_arrivals_too():
    rec = extract("Officials count 240 North Korean escapees who reached the South last year. There were 80 in "
                  "2028 and 95 in 2029.", published="2031-01-10")
    got = [(c["value"], c["period"]) for c in figures_of(rec, "defector_arrivals")]
    assert got == [(240, "year"), (80, "year"), (95, "year")]


def test_a_foreigner_expelled_from_the_north_and_one_who_left_it_go_home_to_no_north():
    rec = extract("A Canadian tourist who entered North Korea in May is back in Canadian custody after being expelled "
                  "from North Korea, officials said. Sanctions on the North remain. He left North Korea, crossing into "
                  "China by train.", published="2031-04-02")
    assert events_of(rec, "return") == []


# --- the eighth session of 2026-12-07: rules read from grown237-239's errors (tests on invented text) ---

def test_citizens_of_the_north_at_work_and_sent_to_work_in_various_countries_are_workers():
    rec = extract("Officials in Sudan said some 80 citizens of North Korea are employed at a shipyard near the coast.",
                  published="2031-04-02")
    got = [(c["value"], c["approx"], c["country"]) for c in figures_of(rec, "overseas_worker_count")]
    assert got == [(80, True, "SD")]
    rec = extract("According to the self-styled labour office, in 2030 there were about 120 nationals of the DPRK in "
                  "Sudan, who were mostly engaged in farm work. Pyongyang has sent a total of 60,000 of its people to "
                  "work in various countries to earn hard currency.", published="2031-04-02")
    got = {(c["value"], c["country"], c["attributed_to"]) for c in figures_of(rec, "overseas_worker_count")}
    assert got == {(120, "SD", "labour office"), (60000, None, None)}


def test_workers_counted_worldwide_their_yearly_remittances_and_a_figure_they_fell_from():
    rec = extract("The 60 North Korean workers in the port are few beside some 70,000 worldwide, sending home $300 "
                  "million each year, officials say. Up from 300, some 900 North Korean workers now toil in Laos.",
                  published="2031-04-02")
    got = {(c["value"], c["country"]) for c in figures_of(rec, "overseas_worker_count")}
    assert {(70000, None), (300, "LA"), (900, "LA")} <= got
    assert [c["value"] for c in figures_of(rec, "overseas_worker_revenue_usd")] == [300000000]
    rec = extract("Laos still hosted 2,000 or more North Korean workers in 2030, officials say.",
                  published="2031-04-02")
    assert [(c["value"], c["approx"]) for c in figures_of(rec, "overseas_worker_count")] == [(2000, True)]


def test_a_counted_group_at_risk_of_being_sent_back_is_a_pending_return_and_a_states_own_act_places_it():
    rec = extract("Police in Laos hold a family of 15 escapees who are now at risk of being forcibly sent back to "
                  "North Korea. Escapees caught anywhere are at risk of being sent back.",
                  published="2031-04-02")
    assert [(e["count"], e["status"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [
        (15, "pending", "LA")]
    rec = extract("PARIS (AFP) -- A France-based rights group has condemned Vietnam's forced deportation of at least "
                  "12 North Korean refugees.", published="2031-04-02")
    assert [(e["count"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [(12, "VN")]


# --- the ninth session of 2026-12-07: rules read from grown240-242's errors (tests on invented text) ---

def test_sanctions_alone_in_an_article_about_a_zone_at_home_are_not_ours():
    rec = extract("Whither the zone?\nThe Sinuiju Economic Zone (SEZ), a park in the North Korean city of Sinuiju, "
                  "joined North Korean labor and foreign capital. By 2015 the SEZ employed 9,100 North Koreans. After "
                  "the adoption of UN Security Council Resolution 2270, operations at the SEZ slowed, and the SEZ "
                  "firms cut staff.", published="2016-09-01")
    assert rec["relevant"] is False
    rec = extract("North Korea's restaurants in Laos\nAfter the adoption of UN Security Council Resolution 2270, "
                  "North Korean restaurants in Vientiane cut their staff.", published="2016-09-01")
    assert rec["relevant"] is True      # (the same measure beside the North's restaurants abroad)


def test_the_defection_of_a_named_kind_of_north_korean_is_one_flight():
    rec = extract("Defections\nNews of a surprise defection by a North Korean diplomat posted to Lisbon spread "
                  "fast among analysts.", published="2029-05-14")
    assert [(e["workplace"]["kind"], e["workplace"]["city"]) for e in events_of(rec, "defection")] == [
        ("embassy", "Lisbon")]


def test_potential_sanctions_violations_are_no_measure():
    rec = extract("Border\nA town in China is looking to workers from North Korea for a new park, setting the stage "
                  "for potential large-scale UN sanctions violations.", published="2029-05-14")
    assert events_of(rec, "sanction") == []


def test_escapees_counted_where_they_are_now_and_a_war_named_by_its_years_dates_nothing():
    rec = extract("Trafficking\nSome 40,000 to 60,000 North Korean refugees still in Laos are women, a group "
                  "says.", published="2029-05-14")
    assert [(c["value"], c["value_max"], c["country"]) for c in figures_of(rec, "defector_arrivals")] == [
        (40000, 60000, "LA")]
    rec = extract("Court\nA judge ordered North Korea to pay four former prisoners of war, who fled North Korea in "
                  "the late 1990s after capture in the 1950-53 Korean War.", published="2029-05-14")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(4, None)]


# --- the tenth session of 2026-12-07: rules read from grown243-245's errors (tests on invented text) ---

def test_another_lands_kitchen_and_a_starred_description_are_no_norths_restaurant():
    rec = extract("Kim's favourite haunts\nDiners at the Michelin-starred restaurant Lumen overlook the harbour. "
                  "The Lumen French restaurant in Macau was one of the favourite places of the North Korean "
                  "leader's brother.", published="2029-05-14")
    assert rec["restaurants"] == []


def test_a_person_named_after_said_and_a_pictures_credit_are_no_places():
    from nkwatch.extract.places import gazetteer
    text = ("\"Most escapees from North Korea head to China first,\" said Denver Collins, who runs a shelter in "
            "Denver. Seoul Tours/Wikimedia Commons")
    found = [(text[p.start:p.end], p.start) for p in gazetteer().find(text)]
    assert [n for n, _ in found if n in ("Denver", "Tours")] == ["Denver"]      # (the shelter's city, not the man)
    assert max(a for n, a in found if n == "Denver") > text.index("shelter")


def test_one_who_gave_herself_up_at_the_norths_embassy_went_back():
    rec = extract("Pressure\nHis sister, who fled North Korea for Seoul in 2020, came under pressure from home. Last "
                  "year she turned herself in to the DPRK embassy in Hanoi.", published="2029-05-14")
    assert [(e["count"], e["destination"], e["workplace"]["city"]) for e in events_of(rec, "return")] == [
        (1, "KP", "Hanoi")]


def test_the_rest_of_a_boats_people_who_chose_to_go_home_is_a_counted_return():
    rec = extract("Boat\nThe navy missed a fishing boat carrying five North Koreans. It reached a port on May 3, with "
                  "three of the crew defecting while the remaining two opted to go back home.",
                  published="2029-05-14")
    assert [e["count"] for e in events_of(rec, "defection")] == [3]
    assert [(e["count"], e["destination"]) for e in events_of(rec, "return")] == [(2, "KP")]


def test_the_norths_people_living_in_hiding_in_a_land_are_escapees_counted_there():
    rec = extract("Exodus\nAid workers say 5,000 to 90,000 North Koreans are in hiding in Thailand.",
                  published="2029-05-14")
    assert [(c["value"], c["value_max"], c["country"]) for c in figures_of(rec, "defector_arrivals")] == [
        (5000, 90000, "TH")]
    assert figures_of(rec, "overseas_worker_count") == []


# --- the eleventh session of 2026-12-07: rules read from grown246-248's errors (tests on invented text) ---

def test_n_more_who_just_slipped_away_after_a_larger_group_are_their_own_count():
    rec = extract("Waiters keep leaving\n\nFollowing the defection of 11 North Korean restaurant workers in March, "
                  "four more just slipped away in Malaysia this week.", published="2031-05-20")
    assert sorted(e["count"] for e in events_of(rec, "defection")) == [4, 11]


def test_restaurants_spread_over_n_countries_is_an_exact_count_and_a_sum_in_us_dollars_written_dollar_us():
    rec = extract("The North's restaurants are spread over 9 countries. Some 30,000 North Koreans are working on "
                  "building sites in Qatar, an aid group estimates. The group says the North earns upwards of "
                  "$US80 million every year from the scheme.", published="2031-05-20")
    assert [(c["value"], c["approx"]) for c in figures_of(rec, "host_country_count")] == [(9, False)]
    assert [c["value"] for c in figures_of(rec, "overseas_worker_revenue_usd")] == [80000000]


def test_one_of_the_norths_people_named_by_a_trade_who_defected_is_one_flight():
    rec = extract("World digest\n\nA North Korean pilot defected to South Korea, officials said.",
                  published="2031-05-20")
    assert rec["relevant"] and [e["count"] for e in events_of(rec, "defection")] == [1]


def test_a_roundups_other_stories_never_naming_the_north_tell_none_of_its_flights():
    rec = extract("Envoy urges calm in the Sahel\n\nThe UN envoy on Thursday urged the generals to end military "
                  "operations that have sent over 40,000 villagers fleeing to Chad, calling it a humanitarian "
                  "nightmare.\n\nN. Korea venture shut\n\nMongolia on Friday ordered a North Korean "
                  "restaurant in Ulaanbaatar to close under U.N. sanctions.\n\nParrot finds fame\n\nA parrot that "
                  "sings opera has won a large following.\n\nFloods hit coast\n\nRain forced 2,000 people to flee "
                  "their homes.", published="2031-05-20")
    assert events_of(rec, "defection") == []


# --- the twelfth session of 2026-12-07: rules read from grown249-251's errors (tests on invented text) ---

def test_a_flight_to_the_republic_of_korea_is_one_to_the_south():
    rec = extract("Seven DPRK citizens missing\n\nThe ministry was asked about a report that seven DPRK nationals had "
                  "gone to the Republic of Korea from a factory in a third country.", "2031-04-11")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(7, "KR")]


def test_a_dash_past_the_guards_at_an_embassy_is_a_flight():
    rec = extract("Refugees enter mission\n\nLast month 17 North Koreans ran past two policemen at the Danish embassy "
                  "in Bangkok.", "2031-04-11")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(17, "2031-03")]


def test_defectors_resettled_in_the_south_are_a_tally_of_arrivals_and_workers_on_overseas_jobs_a_count():
    rec = extract("North Korea: defectors and workers\n\nAbout 4000 defectors have been resettled in the South. "
                  "There are currently between 20,000 and 30,000 workers on overseas jobs, spy agency officials say.",
                  "2031-04-11")
    assert [(c["value"], c["period"]) for c in figures_of(rec, "defector_arrivals")] == [(4000, "cumulative")]
    assert [(c["value"], c["value_max"]) for c in figures_of(rec, "overseas_worker_count")] == [(20000, 30000)]


def test_a_correspondents_surname_is_no_town():
    from nkwatch.extract.places import gazetteer
    text = "Reporter: Mark Houston\n\nOur correspondent Mark Houston reports from Beijing."
    assert [p.surface for p in gazetteer().find(text)] == ["Beijing"]


def test_another_lands_people_who_seek_asylum_are_no_flight_of_the_norths_but_one_who_fled_the_north_is():
    rec = extract("Ministry briefing on North Korea\n\nThe spokesman was asked about North Korean workers. Two Omani "
                  "brothers stuck at the airport sought asylum and have gone to a third country.", "2031-04-11")
    assert events_of(rec, "defection") == []
    rec = extract("Japanese woman in consulate\n\nA Japanese woman who has fled North Korea was put under the "
                  "protection of the Japanese consulate in Dalian on Tuesday.", "2031-04-11")
    assert [e["count"] for e in events_of(rec, "defection")] == [1]


# --- the thirteenth session of 2026-12-07: rules read from grown252-254's errors (tests on invented text) ---

def test_a_defector_named_by_rank_is_who_the_person_is_and_the_people_after_a_time_clause_are_not_the_flights():
    rec = extract("Ex-envoy laid to rest\n\nThe top-ranking DPRK defector in the South was "
                  "buried in Busan yesterday. Mr. Pyon, who defected in 1998, was a critic of the regime. "
                  "After he defected, Mr. Pyon's wife and one daughter were sent to a camp.", "2031-04-11")
    assert [(e["count"], e["male"], e["date"]) for e in events_of(rec, "defection")] == [(1, 1, "1998")]


def test_a_re_defection_is_a_return_and_two_named_together_are_two():
    rec = extract("Re-defection to North Korea\n\nMun Hye-ok re-defected in May 2030. Ro Chol-min and Sin Ok-bun "
                  "re-defected in September 2030. A lawmaker says forty defectors have returned to the North.",
                  "2031-04-11")
    assert [(e["count"], e["date"]) for e in events_of(rec, "return")] == [(1, "2030-05"), (2, "2030-09"), (40, None)]
    assert events_of(rec, "defection") == []


def test_people_at_large_who_resettle_in_the_south_are_no_flight():
    rec = extract("North Korea: defectors\n\nA lawmaker says 40 defectors have gone back to the North, which shows "
                  "the hardships of refugees who resettle in South Korea.", "2031-04-11")
    assert events_of(rec, "defection") == []


def test_the_norths_staff_leaving_a_restaurant_is_told_and_a_manager_with_his_staff_is_no_count_of_one():
    rec = extract("Spy agency and the waitresses\n\nIn 2030 agents arranged the defection of North Korean cooks from a "
                  "restaurant in Malaysia, a news agency reported. Officials helped manager Paek Ung-chol and "
                  "his staff travel to Bangkok.", "2031-04-11")
    assert [(e["count"], e["workplace"]["kind"], e["workplace"]["country"], e["date"])
            for e in events_of(rec, "defection")] == [(None, "restaurant", "MY", "2030")]


def test_a_span_after_a_flight_dates_it_from_the_main_clause_and_a_rival_state_is_no_place():
    rec = extract("North Korean soldier speaks\n\nOn Monday, about a year after he fled across the line, a "
                  "North Korean soldier spoke to a radio station. He said he thought a war with the United States "
                  "was coming in the year he escaped.", "2031-04-11")
    assert [(e["date"], e["workplace"]["country"]) for e in events_of(rec, "defection")] == [("2030-04", None)]


def test_victims_the_north_abducted_going_home_are_no_return_to_it():
    rec = extract("Abductees' families\n\nTwo Thai women abducted by North Korea in the 1970s returned home "
                  "in 2004, and the families of others still wait.", "2031-04-11")
    assert events_of(rec, "return") == []


def test_one_told_by_a_pronoun_just_after_a_named_person_is_that_persons_flight():
    rec = extract("Defector dies\n\nThe defector, Rim Tae-sok, 80, was a North Korean party secretary. Mr. Rim, who "
                  "defected in 1999, was a critic. Mr. Rim was a leading member of the party. Later he fell out of "
                  "favour, and he defected in Beijing on his way home from Hanoi.", "2031-04-11")
    assert [(e["count"], e["date"], e["workplace"]["city"]) for e in events_of(rec, "defection")] == \
        [(1, "1999", "Beijing")]


# --- the fourteenth session of 2026-12-07: rules read from grown255-257's errors (tests on invented text) ---

def test_families_are_households_not_a_head_count_and_the_group_told_later_is():
    rec = extract("Boat lands in the South\n\nFour poor North Korean families fled across the sea to the South "
                  "on Tuesday and waded ashore at dawn. The group of 17 people was among the largest ever to flee the "
                  "North by sea, officials said.", "2031-05-09")
    assert [e["count"] for e in events_of(rec, "defection")] == [17]


def test_refugees_who_arrived_in_a_land_on_the_way_south_fled_there():
    rec = extract("Shelter opens\n\nA border official said 11 North Korean refugees arrived in Mongolia last "
                  "week and are held at a camp outside the capital.", "2031-02-09")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(11, "MN")]


def test_the_people_named_again_by_their_noun_are_the_group_counted_sentences_before():
    rec = extract("Drifting boat found\n\nA group of 9 North Koreans was found on a drifting boat off the east "
                  "coast, the navy said. A patrol ship towed the vessel to a port. The vessel had no engine. After "
                  "questioning, the North Koreans expressed a wish to defect to the South, an official said.",
                  "2031-07-21")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(9, "KR")]


def test_the_age_a_person_fled_at_is_no_head_count():
    rec = extract("Defector speaks at college\n\nChoi Eun-mi who fled North Korea at age 14 spoke to students at the "
                  "college on Monday.", "2031-03-03")
    assert [e["count"] for e in events_of(rec, "defection")] == [1]


def test_the_embassy_building_people_got_into_is_no_workplace():
    rec = extract("Four North Koreans entered a South Korean embassy office in Hanoi and asked for asylum, an official "
                  "said. Police said the North Koreans first entered the main embassy compound.", "2031-06-06")
    assert [(e["count"], e["workplace"]["kind"]) for e in events_of(rec, "defection")] == [(4, None)]


# --- the fifteenth session of 2026-12-07: rules read from grown258-260's errors (tests on invented text) ---

def test_a_rapporteur_named_with_a_capitalised_office_is_no_town():
    rec = extract("Envoy meets waitresses\n\nCarlos Ruiz Toledo, the UN’s Special Rapporteur for the North, "
                  "said the 11 waitresses had fled a North Korean restaurant in China in 2029.", "2031-04-04")
    assert all(e["workplace"]["city"] != "Toledo" for e in rec["events"])
    assert all(r["city"] != "Toledo" for r in rec["restaurants"])


def test_an_envoy_arriving_is_no_flight_of_the_people_he_met():
    rec = extract("Envoy visits\n\nThe UN envoy on human rights in North Korea told reporters he had met some of the "
                  "14 North Korean waitresses after arriving in Seoul on Monday.", "2031-04-04")
    assert events_of(rec, "defection") == []


def test_people_returned_to_dprk_without_the_article_went_back():
    rec = extract("Refugees sent back\n\nThe UN said seven North Korean refugees held in Laos had been returned to "
                  "DPRK via China.", "2031-05-30")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "return")] == [(7, "KP")]


def test_a_principle_of_what_no_state_shall_do_is_no_return():
    rec = extract("Refugees sent back\n\nNorth Korea. Under the convention no State shall expel or return a refugee to "
                  "a country where he would face persecution.", "2031-05-30")
    assert events_of(rec, "return") == []


def test_pleas_not_to_deport_a_caught_group_refused_leave_both_to_come():
    rec = extract("Beijing refuses\n\nNorth Korea. China has rejected pleas not to repatriate 24 North Koreans "
                  "recently arrested in Chinese territory.", "2031-02-21")
    assert [(e["count"], e["status"]) for e in events_of(rec, "return")] == [(24, "pending")]
    assert [(e["count"], e["status"]) for e in events_of(rec, "defection")] == [(24, "pending")]


def test_two_groups_caught_in_one_clause_are_two_flights():
    rec = extract("Crackdown\n\nNorth Korea. In addition to the 11 refugees arrested in Nanning last week, police "
                  "detained six defectors near Harbin, a group said.", "2031-11-21")
    assert sorted(e["count"] for e in events_of(rec, "defection")) == [6, 11]


def test_one_caught_after_trying_to_seek_asylum_was_on_the_way_out():
    rec = extract("Refugee deported\n\nNorth Korea. China deported Ri Sun-ok to North Korea, the embassy said. Ri was "
                  "arrested in March 2029 after trying to seek asylum at a foreign consulate.", "2031-04-01")
    assert [(e["date"], e["status"]) for e in events_of(rec, "defection")] == [("2029-03", "pending")]


def test_the_city_a_spokesman_told_journalists_in_is_not_where_it_happened():
    rec = extract("Refugees sent back\n\n“We have learned that the eight North Korean refugees were returned to "
                  "North Korea,” a UN spokesman told journalists in Vienna.", "2031-05-30")
    assert [e["workplace"]["city"] for e in events_of(rec, "return")] == [None]


def test_the_north_expelling_foreigners_is_no_return():
    rec = extract("Talks stall\n\nThe talks began in 2025 but have stalled after North Korea expelled foreign "
                  "nuclear inspectors.", "2031-02-21")
    assert events_of(rec, "return") == []


def test_a_year_told_again_as_during_the_year_dates_the_arrivals_and_their_figure():
    rec = extract("Arrivals fall\n\nThe number of North Koreans who reached South Korea fell last year, an official "
                  "said Thursday.\n\nA total of 51 North Koreans -- 30 men and 21 women -- settled in the South during "
                  "the year, compared with 90 in 2029, the official said.", "2031-01-20")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(51, "2030")]
    assert [(f["value"], f["period"]) for f in figures_of(rec, "defector_arrivals")] == [(51, "year"), (90, "year")]


def test_the_body_data_came_from_is_who_gives_the_figure():
    rec = extract("Arrivals fall\n\nOnly 17 North Koreans reached South Korea between April and June, according to "
                  "data from the Korea Hana Foundation.", "2031-07-22")
    assert [f["attributed_to"] for f in figures_of(rec, "defector_arrivals")] == ["Korea Hana Foundation"]


# --- the sixteenth session of 2026-12-07: rules read from grown261-263's errors (tests on invented text) ---

def test_a_famine_that_had_driven_many_to_flee_tells_of_flight():
    rec = extract("Inside the North\n\nNorth Korea is struggling to survive. Hunger has driven many to flee to "
                  "neighbouring China.", "2031-01-13")
    assert rec["relevant"] and [e["workplace"]["country"] for e in events_of(rec, "defection")] == ["CN"]


def test_a_city_in_a_province_named_like_a_city_gives_the_province():
    rec = extract("Refugees held\n\nThe North Korean defectors were held near the border, in Yanji in Jilin and in "
                  "Shenyang, Liaoning.", "2031-10-20")
    assert [(e["workplace"]["city"], e["workplace"]["region"]) for e in events_of(rec, "defection")] \
        == [("Yanji", "Jilin")]


def test_a_government_allegedly_planning_to_send_back_those_who_fled_holds_them():
    rec = extract("Repatriation feared\n\nThe Chinese government is reportedly preparing to deport 28 North Koreans "
                  "who fled their homeland last year.", "2031-10-05")
    assert [(e["count"], e["status"]) for e in events_of(rec, "return")] == [(28, "pending")]
    assert [(e["count"], e["status"]) for e in events_of(rec, "defection")] == [(28, "pending")]


def test_those_persuaded_to_re_defect_went_back():
    rec = extract("Couple back in Pyongyang\n\nNorth Korea paraded them. Officials said agents persuaded the couple to "
                  "re-defect to North Korea in March.", "2031-05-10")
    assert [(e["count"], e["date"], e["destination"]) for e in events_of(rec, "return")] == [(2, "2031-03", "KP")]


def test_officials_rounding_up_defectors_caught_them_and_their_helpers_are_not_counted():
    rec = extract("Crackdown\n\nChinese police rounded up 17 North Korean defectors and four people who were guiding "
                  "their journey to Seoul through Laos.", "2031-08-02")
    assert [(e["count"], e["status"]) for e in events_of(rec, "defection")] == [(17, "pending")]


# --- the seventeenth session of 2026-12-07: rules read from grown264-266's errors (tests on invented text) ---

def test_defectors_who_have_now_made_their_way_south_and_those_living_there_after_a_with_are_counted():
    lead = "A North Korean waiter defected in Laos in 2031."
    rec = extract(f"{lead} Some 41,000 escapees have now made their way to the South.", "2036-03-02")
    assert [(c["value"], c["period"]) for c in figures_of(rec, "defector_arrivals")] == [(41000, "cumulative")]
    assert [e["count"] for e in events_of(rec, "defection")] == [1]     # (the waiter; the many no flight)
    rec = extract(f"{lead} Seoul pays grants to defectors who settle in the South, with some 41,000 living in the "
                  "country by now.", "2036-03-02")
    assert [(c["value"], c["period"]) for c in figures_of(rec, "defector_arrivals")] == [(41000, "cumulative")]


def test_the_repatriation_of_funds_is_money_sent_home_no_return():
    rec = extract("The Treasury designated two firms. One handles North Korean workers' visas, departures, overseas "
                  "employment, and repatriation of funds.", "2036-03-02")
    assert events_of(rec, "return") == []


# --- the eighteenth session of 2026-12-07: rules read from grown267-269's errors (tests on invented text) ---

def test_a_day_range_with_its_year_dates_a_flight_and_the_story_keeps_its_year_for_later_months():
    rec = extract("When did you leave? Our first escape was May 3-6, 2031. We walked for two nights to the river. We "
                  "swam across and hid in a village. We were caught in Shenyang and sent back to North Korea on "
                  "August 9.\nI escaped again in 2034.", "2037-03-01")
    assert [e["date"] for e in events_of(rec, "return")] == ["2031-08-09"]
    assert "2031-05-03" in [e["date"] for e in events_of(rec, "defection")]


def test_branches_that_go_under_another_name_did_not_close():
    rec = extract("North Korea runs restaurants abroad. Its Haedang branches spread to Laos and Peru. (Not every one "
                  "of them still trades today, and some are not named Haedang at all—a few go under the nom de "
                  "guerre “Moranbong.”) A North Korean restaurant in Lima went under last year.", "2036-04-01")
    assert [(e["workplace"]["city"], e["workplace"]["name"]) for e in events_of(rec, "closure")] == [("Lima", None)]


def test_people_and_offices_named_like_towns_do_not_place_a_return():
    rec = extract("\"I fear for them,\" Florence Bakewell, the UN special rapporteur, said in Seoul of 40 North Koreans "
                  "forcibly repatriated by China.", "2036-05-02")
    assert [(e["workplace"]["city"], e["workplace"]["country"]) for e in events_of(rec, "return")] == [(None, "CN")]
    rec = extract("Jane Roe, the research director at Amnesty's London office, said China forcibly repatriated 12 "
                  "North Korean escapees last week.", "2036-05-02")
    assert [e["workplace"]["city"] for e in events_of(rec, "return")] == [None]
    rec = extract("Asked by Lord Perry of Southwark, the minister said China had forcibly returned 20 North Korean "
                  "refugees.", "2036-05-02")
    assert [e["workplace"]["country"] for e in events_of(rec, "return")] in ([None], ["CN"])
    rec = extract("China forcibly repatriated about 300 North Koreans detained in Jilin province last week, shortly after "
                  "the World Expo in Shanghai.", "2036-05-02")
    assert [(e["workplace"]["city"], e["workplace"]["region"]) for e in events_of(rec, "return")] == [(None, "Jilin")]


# --- the nineteenth session of 2026-12-07: rules read from grown270-272's errors (tests on invented text) ---


def test_one_who_crossed_the_land_border_between_the_koreas_fled_south():
    rec = extract("The army said it took a North Korean farmer into custody on Tuesday after he crossed the heavily "
                  "guarded land border between the two Koreas.", "2037-06-10")
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(1, "KR")]
    rec = extract("A North Korean fisherman crossed the Northern Limit Line and sailed on into North Korean waters before "
                  "he was picked up by a patrol boat.", "2037-06-10")
    assert all(e["destination"] != "KR" for e in events_of(rec, "defection"))


def test_a_years_count_set_beside_another_years_is_a_figure_and_its_baseline_too():
    rec = extract("Defections keep rising. The interior ministry has revealed that at least 310 North Koreans defected "
                  "to South Korea in 2036, almost twice the year before. The jump from only 104 "
                  "defectors in 2035 is put down to reopened borders.", "2037-01-20")
    assert events_of(rec, "defection") == []
    figures = figures_of(rec, "defector_arrivals")
    assert sorted((c["value"], c["period"]) for c in figures) == [(104, "year"), (310, "year")]
    assert [c["attributed_to"] for c in figures if c["value"] == 310] == ["interior ministry"]


def test_the_yearly_counts_of_those_who_escaped_through_a_route_land_are_figures():
    rec = extract("Cambodia became a route for North Korean defectors. The number of North Koreans who fled via "
                  "Cambodia in 2031 stood at 38. The figure increased to 410 in 2032 and 1,260 in 2034.", "2037-01-20")
    assert sorted(c["value"] for c in figures_of(rec, "defector_arrivals")) == [38, 410, 1260]


def test_people_in_a_boat_that_crossed_the_sea_border_fled_south():
    rec = extract("More North Koreans are fleeing by sea. Three North Koreans in a wooden boat crossed the sea border "
                  "into South Korean waters on Sunday, the coast guard said.", "2037-05-12")
    assert [(e["count"], e["destination"], e["date"]) for e in events_of(rec, "defection")] == [(3, "KR", "2037-05-10")]


def test_a_year_that_opens_a_span_is_no_story_time_for_a_bare_day_after_it():
    dates = find_dates("Only 14 escapees moved abroad from 2031 to 2034. The rebuttal comes after a return to the "
                       "North on March 3.", "2036-04")
    assert [d.value for d in dates if d.precision == "day"] == ["2036-03-03"]


# --- the twentieth session of 2026-12-07: rules read from grown273-275's errors (tests on invented text) ---


def test_the_digits_of_a_web_address_and_a_bracketed_mark_are_no_figures():
    rec = extract("Number of Defectors to the South Is Dropping\n"
                  "   http://news.example.org/nk/2035/06/14/0301AEN… [4417]\n"
                  "North Korean defectors are arriving in smaller numbers, the unification ministry said.",
                  "2035-06-20")
    assert [c["value"] for c in figures_of(rec, "defector_arrivals")] == []


def test_people_able_to_reach_the_south_in_a_part_of_the_year_and_their_apposed_part_are_yearly_figures():
    rec = extract("Defections from North Korea keep falling, the unification ministry says. Between January "
                  "and June this year, 612 escapees managed to reach South Korea. Most of the arrivals, 507, "
                  "were women.", "2036-07-15")
    figures = figures_of(rec, "defector_arrivals")
    assert sorted((c["value"], c["period"]) for c in figures) == [(507, "year"), (612, "year")]


def test_defectors_from_the_north_who_arrived_in_a_part_of_the_year_are_a_figure_of_the_ministry_whose_data_it_is():
    rec = extract("North Korean defectors keep coming. Some 640 defectors from North Korea arrived in South Korea "
                  "during the first half of this year, according to Interior Ministry data.", "2036-08-02")
    assert [(c["value"], c["attributed_to"]) for c in figures_of(rec, "defector_arrivals")] == [
        (640, "Interior Ministry")]


# --- the twenty-first session of 2026-12-07: rules read from grown276-278's errors (tests on invented text) ---


def test_the_day_a_returnee_told_a_body_her_story_is_not_the_day_she_was_sent_back():
    rec = extract("GENEVA — Sun-hee Pak, who fled North Korea in 2004, was sent back from China and escaped again, "
                  "told the Human Rights Council on Thursday that the border is now sealed.", "2037-03-13")
    returns = events_of(rec, "return")
    assert len(returns) == 1 and returns[0]["date"] is None


def test_a_sentence_given_for_a_role_in_a_deportation_is_not_the_deportations_date():
    rec = extract("Three former officials were handed suspended prison terms on Monday for their role in the forced "
                  "deportation of three North Korean sailors in 2031, a court in Seoul said.", "2036-05-13")
    assert [e["date"] for e in events_of(rec, "return")] == ["2031"]


def test_a_swim_across_a_river_to_china_is_a_flight():
    assert inflect("swim") == ["swim", "swims", "swam", "swum", "swimming"]
    rec = extract("North Korean escapees met the envoy. One of them, a teacher who swam across the Yalu River to "
                  "China in 2011, asked for help to find her son.", "2036-09-01")
    assert [e["date"] for e in events_of(rec, "defection") if e["date"]] == ["2011"]


def test_a_states_forcible_return_of_a_counted_group_is_a_return():
    rec = extract("Rights groups are pressing for a new inquiry, citing Beijing's forcible return of about 320 "
                  "North Korean escapees this autumn.", "2036-11-20")
    assert [e["count"] for e in events_of(rec, "return")] == [320]


def test_a_total_entering_the_south_in_a_named_year_is_that_years_figure_of_the_body_not_of_its_circumstances():
    rec = extract("SEOUL -- Fewer North Koreans reach the South, the ministry said Monday amid the North's tighter "
                  "watch on its borders.\nA total of 1,140 North Koreans entered South Korea through China and other "
                  "countries in 2033, down 40 percent from 1,900 recorded in 2030.", "2034-01-04")
    figures = figures_of(rec, "defector_arrivals")
    assert sorted((c["value"], c["period"]) for c in figures) == [(1140, "year"), (1900, "year")]
    from nkwatch.extract.claims import clean_source
    assert clean_source("the ministry amid the North's tighter watch on its borders") == "ministry"


# --- the twenty-second session of 2026-12-07: rules read from grown279-281's errors (tests on invented text) ---


def test_a_flight_a_review_tells_by_the_named_authors_pronoun_is_one_persons():
    rec = extract("Pak Sun-ok grew up in a North Korean mining town and lost her brother to hunger. The memoir's last "
                  "chapters trace her later escape to China and the years she hid there.", "2031-04-02")
    assert [(e["count"], e["female"], e["destination"]) for e in events_of(rec, "defection")] == [(1, 1, "CN")]
    rec = extract("Han Myong-su was a teacher in a North Korean border town. Her memoir recounts her escape to China.",
                  "2031-04-02")     # (what is recounted, when nothing before tells it)
    assert [(e["count"], e["destination"]) for e in events_of(rec, "defection")] == [(1, "CN")]


def test_a_year_before_the_people_is_no_count_of_them():
    rec = extract("In 2003 a North Korean woman and her three sons crossed the frozen river into China.", "2031-04-02")
    assert [(e["count"], e["male"], e["female"], e["date"]) for e in events_of(rec, "defection")] == [(4, 3, 1, "2003")]


def test_the_year_named_as_the_flights_is_its_date_and_a_birth_year_is_not():
    rec = extract("Ri Chol, a North Korean born in Hamhung in 1979, stayed in his home town until 2001, the year when "
                  "he and an uncle escaped to China.", "2031-04-02")
    assert [e["date"] for e in events_of(rec, "defection")] == ["2001"]
    rec = extract("Ri Chol was born in Hamhung, North Korea, in 1979. He escaped to China after the famine.", "2031-04-02")
    assert [e["date"] for e in events_of(rec, "defection")] == [None]


# --- the twenty-third session of 2026-12-07: rules read from grown282-284's errors (tests on invented text) ---

def test_arrivals_counted_in_a_route_country_and_those_arrested_coming_in_are_its_figures():
    rec = extract("North Koreans keep coming south through Laos. In 2033, there were 612 North Korean arrivals in "
                  "Cambodia, and the first half of this year saw 298 arrivals, according to figures from the Cambodian "
                  "interior ministry seen by a news agency. Some 1,900 North Korean refugees entered Cambodia in 2032, "
                  "up from 73 in 2025. Since January 411 North Koreans were arrested for illegal entry.", "2034-07-15")
    got = {c["value"]: c for c in figures_of(rec, "defector_arrivals")}
    assert {612, 298, 1900, 73, 411} <= set(got)
    assert got[612]["country"] == "KH" and got[1900]["country"] == "KH"
    assert got[298]["attributed_to"] == "Cambodian interior ministry"


def test_the_norths_people_let_into_a_host_land_are_no_refugee_arrivals():
    rec = extract("Last year 9,410 North Koreans entered Belarus, most of them on work visas, officials said.",
                  "2034-03-01")
    assert figures_of(rec, "defector_arrivals") == []


def test_a_workforce_told_by_nationality_counts_only_the_norths_people():
    rec = extract("A gas explosion killed two men at a quarry in Sabah, Malaysia, on Monday. The quarry employs 97 "
                  "foreign workers - Nepalese (31), North Koreans (38), Vietnamese (17) and Myanmar (11).",
                  "2034-05-02")
    assert [c["value"] for c in figures_of(rec, "overseas_worker_count")] == [38]


def test_north_koreans_holding_work_permits_are_the_norths_workers_there():
    rec = extract("Sabah's sawmills, in Malaysia, keep 52 North Koreans with work permits on their payrolls, the "
                  "state's labour minister told reporters.", "2034-05-02")
    assert [c["value"] for c in figures_of(rec, "overseas_worker_count")] == [52]


def test_a_surname_after_said_and_a_given_name_is_no_town():
    rec = extract("Nine North Korean refugees were forcibly returned last month, said Ellen Kingston, deputy Asia "
                  "director of the group.", "2031-05-30")
    [ret] = events_of(rec, "return")
    assert ret["workplace"]["city"] is None and ret["workplace"]["country"] != "JM"


def test_defections_that_fell_from_one_years_count_to_anothers_are_both_figures_with_the_papers_name_as_source():
    rec = extract("North Korean refugees keep fleeing to China. A scholar tied this to a slump in defections, "
                  "which have fallen from 911 in 2027 to only 37 by October. An article in Seoul Weekly said about "
                  "500 defectors a year arrived before the pandemic.", "2029-10-30")
    got = {c["value"]: c for c in figures_of(rec, "defector_arrivals")}
    assert {911, 37, 500} <= set(got)
    assert got[500]["attributed_to"] == "Seoul Weekly"


def test_a_few_people_who_dared_the_escape_in_a_year_fled_and_are_no_years_count():
    rec = extract("Three young North Korean men who dared such an escape in 2009 were caught by traffickers near the "
                  "river.", "2016-02-01")
    assert [(e["count"], e["date"]) for e in events_of(rec, "defection")] == [(3, "2009")]
    assert figures_of(rec, "defector_arrivals") == []


def test_a_restaurant_a_named_local_owns_is_not_the_norths():
    rec = extract("Hanoi readies for the DPRK leader's visit. In an interview, Pham Van Binh, owner of Binh Noodle "
                  "restaurant in Hang Bac street, Hanoi, said he hoped to serve the guests.", "2031-02-20")
    assert [r["name"] for r in rec["restaurants"]] == []


# --- the twenty-fourth session of 2026-12-07: rules read from grown285-287's errors (tests on invented text) ---


def test_park_is_a_korean_surname_first_or_after_a_given_name_but_ends_a_landmarks_name():
    for name in ("Park Sol-mi", "Haeun Park"):
        rec = extract(f"{name} escaped from North Korea. She now lives in Canada.", "2030-01-01")
        [e] = events_of(rec, "defection")
        assert e["count"] == 1 and e["participants"] == [name]
    assert events_of(extract("Olympic Park escaped from North Korea.", "2030-01-01"), "defection") == []


def test_a_memoir_that_tells_how_its_writer_escaped_is_her_flight():
    rec = extract("Minji Kang's new memoir, The Long Night, details how she escaped from North Korea. She talks "
                  "about her new life in Canada.", "2030-01-01")
    [e] = events_of(rec, "defection")
    assert e["count"] == 1 and e["female"] == 1


def test_an_escape_through_the_dmz_went_south_and_a_swimmer_who_reached_the_souths_shore_fled():
    rec = extract("Crossing is rare. In 2029, one North Korean soldier made a bold escape through the DMZ in a "
                  "truck. A year later one North Korean fisherman, wearing a wetsuit, swam for five hours, covering "
                  "4 km to reach the South Korean shore.", "2031-01-01")
    got = [(e["date"], e["destination"]) for e in events_of(rec, "defection")]
    assert got == [("2029", "KR"), ("2030", "KR")]      # a soldier and a fisherman: two people


def test_one_who_crossed_the_demarcation_line_to_return_home_did_not_flee():
    rec = extract("Few defectors go back. Pyongyang said a defector with a fever recently crossed the demarcation line "
                  "to return home.", "2030-08-01")
    assert events_of(rec, "defection") == [] and len(events_of(rec, "return")) == 1


def test_the_guards_a_man_evaded_were_not_his_post():
    rec = extract("North Korean man swam to South Korea and evaded border guards for hours", "2030-02-20")
    [e] = events_of(rec, "defection")
    assert e["destination"] == "KR" and e["workplace"]["kind"] is None


def test_a_family_that_remains_in_the_north_leaves_the_defectors_own_flight_told():
    rec = extract("Calls home are rare. A defector whose family remains in North Korea said that, since defecting in "
                  "2021, she speaks to her son once a year.", "2030-01-01")
    assert [(e["date"], e["count"]) for e in events_of(rec, "defection")] == [("2021", 1)]


def test_a_travellers_flight_home_is_no_return():
    rec = extract("Our tour of North Korea ended on the Friday. Here is the last part of my trip, and our flight "
                  "home from Pyongyang on May 2, 2030.", "2030-06-01")
    assert events_of(rec, "return") == []


def test_the_first_north_korean_restaurant_a_travel_piece_tells_of_is_where_the_writer_is():
    rec = extract("We spent three days in Vientiane, Laos, the quiet capital. On the last night we went to the North "
                  "Korean restaurant. The waitresses sang and danced.", "2030-01-01")
    assert [(r["city"], r["country"]) for r in rec["restaurants"]] == [("Vientiane", "LA")]


def test_a_reviewers_surname_that_writes_or_reviews_is_no_town():
    rec = extract("Writing for a journal, Tom Leeds reviewed a memoir by a North Korean refugee who fled in 2009. "
                  "\u201cA gripping account of her escape,\u201d Leeds writes.", "2030-01-01")
    [e] = events_of(rec, "defection")
    assert e["date"] == "2009" and e["workplace"]["city"] is None and e["workplace"]["country"] is None


def test_a_given_name_before_a_surname_and_author_of_is_no_town():
    rec = extract("A student paper interviews Chester Holm author of a book on a North Korean who escaped from a "
                  "prison camp in 2005.", "2030-01-01")
    [e] = events_of(rec, "defection")
    assert e["date"] == "2005" and e["workplace"]["city"] is None


def test_the_number_of_workers_in_a_land_estimated_to_be_some_people_is_its_workforce():
    rec = extract("North Korean workers abroad must go home under the ban. The number of North Korean workers "
                  "staying in China is estimated to stand at about 60,000 people.", "2030-01-01")
    assert [(c["value"], c["country"]) for c in figures_of(rec, "overseas_worker_count")] == [(60000, "CN")]


def test_the_number_of_workers_sent_home_is_no_count_of_the_workforce():
    rec = extract("North Korean workers abroad must go home under the ban. The number of repatriated North Korean "
                  "workers estimated by the member states' reports is about 21,000 people.", "2030-01-01")
    assert figures_of(rec, "overseas_worker_count") == []


def test_north_koreans_who_are_hiding_in_a_land_are_counted_where_they_are():
    rec = extract("Between 20,000 and 40,000 North Koreans are hiding in China, the agency estimated.", "2030-01-01")
    assert [(c["value"], c["value_max"], c["country"]) for c in figures_of(rec, "defector_arrivals")] \
        == [(20000, 40000, "CN")]


def test_a_man_who_fled_to_find_his_mother_who_had_fled_before_are_two_flights():
    rec = extract("Scholarships went to North Korean escapees. Sam Ri studies law at a city college. He escaped to "
                  "China in 2027 to look for his mother, who had fled two months before to earn money.", "2030-01-01")
    got = {(e["male"], e["female"], e["date"]) for e in events_of(rec, "defection")}
    assert got == {(1, None, "2027"), (None, 1, None)}


def test_one_told_as_the_only_person_who_has_escaped_is_that_person():
    rec = extract("A life in the camps. Kim Tae-su is the only man raised inside a North Korea labour colony "
                  "who has escaped and lived to speak of it. He now lives in Seoul.", "2030-01-01")
    [e] = events_of(rec, "defection")
    assert e["count"] == 1 and e["participants"] == ["Kim Tae-su"]
