"""Numbers, dates and places as news writes them, read the way a reader means them (sentences written for the test)."""

from __future__ import annotations

import pytest

from nkwatch.extract.document import Document
from nkwatch.extract.dates import find_dates
from nkwatch.extract.numbers import find_numbers
from nkwatch.extract.places import gazetteer


def numbers_in(text: str) -> list[tuple[str, float, float | None, bool]]:
    return [(text[n.start:n.end], n.value, n.value_max, n.approx) for n in find_numbers(text)]


# --- numbers ----------------------------------------------------------------------------------------------------

def test_hedged_number_is_approximate_with_its_value():
    assert numbers_in("Officials counted nearly 2,000 boats on the lake.") == [("nearly 2,000", 2000, None, True)]


def test_plain_number_is_exact():
    assert numbers_in("The ferry carried 48 passengers.") == [("48", 48, None, False)]


def test_number_words_with_or_are_a_range_low_to_high():
    assert numbers_in("Two or three cooks stayed behind.") == [("Two or three", 2, 3, False)]


def test_money_range_with_between_keeps_both_scaled_ends():
    [n] = find_numbers("The port earns between US$1.2bn and US$2.3bn a year.")
    assert (n.value, n.value_max, n.money) == (1.2e9, 2.3e9, True)


def test_hyphen_range_takes_the_scale_of_its_high_end():
    [n] = find_numbers("The bridge will cost US$15-20 million.")
    assert (n.value, n.value_max, n.money) == (15e6, 20e6, True)


def test_a_man_and_twelve_women_is_not_a_range():
    found = find_numbers("A man and 12 women boarded the night bus.")
    assert all(n.value_max is None for n in found)
    assert [n.value for n in found] == [12]


def test_year_is_marked_as_a_year_not_a_quantity():
    found = find_numbers("The museum had $10 million of repairs in 2015.")
    assert [(n.value, n.money, n.is_year) for n in found] == [(10e6, True, False), (2015, False, True)]


# --- dates: published on Friday 15 March 2019 -------------------------------------------------------------------

PUBLISHED = "2019-03-15"


def dates_in(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize("sentence,surface,value", [
    ("The bakery closed last Thursday.", "last Thursday", "2019-03-14"),
    ("The bakery closed on Thursday.", "Thursday", "2019-03-14"),           # news looks back, never forward
    ("The bakery closed on Friday.", "Friday", "2019-03-15"),               # the publication day itself
    ("The bakery opened on the 7th of last month.", "the 7th of last month", "2019-02-07"),
    ("The bakery shut in mid-December.", "mid-December", "2018-12"),        # last December, month precision
    ("The bakery opened in February.", "February", "2019-02"),             # before the publication month: this year
    ("The bakery opened in April.", "April", "2018-04"),                   # after it: last year
    ("The bakery opened two years ago.", "two years ago", "2017"),          # year precision only
    ("The bakery opened on March 3, 2012.", "March 3, 2012", "2012-03-03"),
])
def test_relative_dates_resolve_against_publication(sentence, surface, value):
    assert (surface, value) in dates_in(sentence)


@pytest.mark.parametrize("sentence,published,expected", [
    ("The bakery closed in October.", "2019", [("October", "2019-10")]),     # dated to its year: a month inside it
    ("The bakery closed on May 3.", "2019", [("May 3", "2019-05-03")]),
    ("The bakery opened two years ago.", "2019", [("two years ago", "2017")]),
    # a day next to the publication's, told in a story dated to its month: that month (rarely the one before)
    ("The bakery closed yesterday.", "2019-03", [("yesterday", "2019-03")]),
    ("The bakery closed three weeks ago.", "2019", []),
    ("The bakery closed last month.", "2019-03", [("last month", "2019-02")]),
    ("The bakery closed in December.", "2019-03", [("December", "2018-12")]),
])
def test_relative_dates_against_a_publication_dated_coarsely(sentence, published, expected):
    assert dates_in(sentence, published) == expected


def test_without_publication_date_relative_dates_are_not_guessed():
    assert dates_in("The bakery closed last Thursday.", published=None) == []
    assert dates_in("The bakery opened in May 2014.", published=None) == [("May 2014", "2014-05")]


# --- places -----------------------------------------------------------------------------------------------------

def places_in(text: str):
    return [(m.surface, m.place) for m in gazetteer().find(text)]


def test_danang_spelled_as_one_word_is_da_nang_vietnam():
    [(surface, place)] = places_in("The ferry left Danang at dawn.")
    assert surface == "Danang"
    assert (place.name, place.kind, place.country) == ("Da Nang", "city", "VN")


def test_shaanxi_and_shanxi_are_two_chinese_provinces():
    found = places_in("Coal from Shanxi and apples from Shaanxi reached the market.")
    assert [(s, p.kind, p.country) for s, p in found] == [("Shanxi", "region", "CN"), ("Shaanxi", "region", "CN")]
    assert found[0][1].name != found[1][1].name


def test_siem_reap_is_a_cambodian_city_with_coordinates():
    [(surface, place)] = places_in("A new hotel opened in Siem Reap.")
    assert (place.name, place.kind, place.country) == ("Siem Reap", "city", "KH")
    assert 13.0 < place.lat < 13.7 and 103.5 < place.lon < 104.2


def test_country_names_give_iso2_codes():
    found = places_in("Flights from Vietnam to Cambodia and Mongolia resumed.")
    assert [p.country for _, p in found] == ["VN", "KH", "MN"]
    assert all(p.kind == "country" for _, p in found)


def test_lowercase_words_are_not_places():
    assert places_in("the nice reading of a china plate") == []


def test_the_longest_name_at_a_word_wins_and_names_inside_words_are_not_found():
    found = places_in("Koreans from Ho Chi Minh City, via South Korea and North Korea.")
    assert [s for s, _ in found] == ["Ho Chi Minh City", "South Korea", "North Korea"]
    assert [p.country for _, p in found] == ["VN", "KR", "KP"]


def test_a_name_must_end_at_a_word_end():
    """"Seoulite" is not Seoul, nor is "Seoul-based" (a compound word); "Seoul-2" is."""
    assert [s for s, _ in places_in("A Seoulite, a Seoul-based firm and Seoul-2.")] == ["Seoul"]
    assert places_in("A Seoul-2 team.")[0][0] == "Seoul"


def test_names_written_with_the_are_found_in_lower_case():
    found = places_in("Workers flown to the Netherlands, not bathe Netherlands.")
    assert [s for s, _ in found] == ["the Netherlands", "Netherlands"]
    assert all(p.country == "NL" for _, p in found)


def test_folding_a_text_keeps_every_offset():
    """Place names are found in the folded text and cut from the original: one character for one character."""
    from nkwatch.extract.places import fold_in_place
    text = "In Đà Nẵng’s café — Улан-Батор, and ﬁve Zürich diners"
    folded = fold_in_place(text)
    assert len(folded) == len(text)
    assert folded.isascii()
    assert folded[text.index("Nẵng"):text.index("Nẵng") + 4] == "Nang"
    assert folded[text.index("café"):text.index("café") + 4] == "cafe"
    assert folded[text.index("Zürich"):text.index("Zürich") + 6] == "Zurich"
    assert folded[text.index("’")] == "'"
    assert fold_in_place("plain ASCII") == "plain ASCII"


@pytest.mark.parametrize("sentence", ["Same story in Yangon, where the North Korean restaurant shut in 2018.",
                                      "Much of the staff had left the North Korean restaurant in Yangon by then.",
                                      "Mine was the only table taken at the North Korean restaurant in Yangon."])
def test_an_english_function_word_at_a_sentences_start_is_no_city(sentence):
    from nkwatch.extract.document import Document
    doc = Document("t", sentence, "2019-01-01", None)
    assert [p.place.name for p in doc.places if p.place.kind == "city"] == ["Yangon"]


def test_a_landform_or_a_guard_named_after_a_place_is_no_town_and_a_prefecture_is_its_region():
    # "off the Noto Peninsula": no town in Sicily; "the Japan Coast Guard": no coastal region of Tanzania
    assert [(s, p.kind) for s, p in places_in("Nine people were held off the Noto Peninsula by the Japan Coast Guard.")] \
        == [("Japan", "country")]
    assert [(s, p.kind, p.country) for s, p in places_in("They drifted ashore in Aomori Prefecture.")] \
        == [("Aomori", "region", "JP")]
    assert [(s, p.kind) for s, p in places_in("They drifted ashore in Aomori.")] == [("Aomori", "city")]
    # a region that gives the landform its name still places it
    assert [(s, p.kind, p.country) for s, p in places_in("Loggers worked along the Amur River.")] == [("Amur", "region", "RU")]


def test_a_nickname_or_landmark_in_a_citys_alternate_names_is_no_city():
    """geonames lists nicknames among a city's alternate names (a search engine's name for a Kansas town, a palace's
    for a Moroccan port): a reader sees a company and a building, not Topeka or Casablanca."""
    found = places_in("Staff checked Google listings and a White House statement about the Moscou branch.")
    assert [(s, p.name, p.country) for s, p in found] == [("Moscou", "Moscow", "RU")]


def test_a_city_is_found_by_the_name_news_writes_today_where_the_gazetteer_keeps_an_older_one():
    [(surface, place)] = places_in("The eatery in Lalitpur served cold noodles.")
    assert (place.name, place.country) == ("Lalitpur", "NP")


@pytest.mark.parametrize("text,city", [
    ("Cold-Noodle Diner Shuts Its Doors\n\nVIENTIANE – A North Korean eatery near the river closed last week.", "Vientiane"),
    ("Border Notes\n\nMaria Costa Tuesday, 4 June 2019, 09:10\n\nThree waiters left a North Korean eatery, it was said.", None)])
def test_the_dateline_is_a_line_that_opens_with_a_city_and_a_dash(text, city):
    """A hyphen inside a headline's word is no dateline's dash; a byline that starts with a name that is also a town's
    is no dateline."""
    from nkwatch.extract.document import Document
    doc = Document("t", text, "2019-06-04", None)
    assert (doc.dateline.place.name if doc.dateline else None) == city


def test_a_given_name_after_a_trade_is_a_persons_wherever_the_text_names_him():
    """ "Adam" is also a town of Oman; named as "farmer Adam Nowak", then "Adam", he is no place (but "in Adam" is)."""
    text = ("The farmer Adam Nowak lives south of Warsaw. Adam knows the neighbours well. Crews of labourers build "
            "roads in Kuwait and Oman. A convoy later drove to Adam.")
    found = [(s, p.country) for s, p in places_in(text)]
    assert found == [("Warsaw", "PL"), ("Kuwait", "KW"), ("Oman", "OM"), ("Adam", "OM")]


def test_a_family_name_before_a_korean_given_name_is_a_persons_wherever_named():
    """ "Koo" is also a Polish town (Koło); "Koo Min-ho ... said Koo" is the ministry's spokesman."""
    text = "Koo Min-ho, who speaks for the ministry in Seoul, took questions. The talks failed, said Koo."
    assert [s for s, _ in places_in(text)] == ["Seoul"]


def test_young_is_an_adjective_not_a_town():
    assert [s for s, _ in places_in("Young escapees held placards outside the embassy in Oslo.")] == ["Oslo"]


def test_a_small_town_named_only_by_a_word_that_opens_a_sentence_is_that_word():
    doc = Document("t", "The waitresses in China are picked from cadres' families. Normal recruits are turned away. "
                        "Dandong diners tip well.", "2016-06-01", None)
    assert [p.surface for p in doc.places] == ["China", "Dandong"]      # (a big city may open a sentence)


def test_a_towns_name_after_the_norths_capital_is_the_rest_of_a_restaurants_name():
    doc = Document("t", "We dined at the Pyongyang Kumi in Yangon.", "2013-10-01", None)
    assert [(p.surface, p.candidates[0].country) for p in doc.places] == [("Pyongyang", "KP"), ("Yangon", "MM")]
