"""Articles written in Korean: the Korean reader (extract/korean.py), through the same pipeline as any article.

Every text here is invented for the test, in the way Korean news writes (particles bound to the noun, the verb
last, counts with words of their own), never copied from an article.
"""

from __future__ import annotations

import pytest

from nkwatch.extract.korean import is_korean, read_date, revised_romanization, romanize
from nkwatch.pipeline import extract_records


def extract(text: str, published: str = "2019-12-20") -> dict:
    rec = extract_records([{"doc_id": "k", "text": text, "published": published}])[0]
    for fact in rec["events"] + rec["claims"] + rec["restaurants"]:     # every fact points at words of the text
        assert fact["evidence"] and all(text[s["start"]:s["end"]].strip() for s in fact["evidence"]), fact
    return rec


def of_type(rec: dict, t: str) -> list[dict]:
    return [e for e in rec["events"] if e["type"] == t]


def claims_of(rec: dict, metric: str) -> list[dict]:
    return [c for c in rec["claims"] if c["metric"] == metric]


def test_a_named_restaurants_closing_is_read_with_its_place_date_and_name():
    rec = extract("라오스 비엔티안의 북한 식당 '평양 옥류관'이 지난달 15일 문을 닫았다고 현지 소식통이 전했다.")
    assert rec["relevant"]
    (e,) = of_type(rec, "closure")
    assert e["workplace"] == {"kind": "restaurant", "name": "Pyongyang Okryu-gwan", "city": "Vientiane", "region": None,
                              "country": "LA"}
    assert e["date"] == "2019-11-15" and e["status"] == "reported"
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Pyongyang Okryu-gwan", "Vientiane")]


def test_workers_told_to_go_home_are_a_pending_return_with_its_count_range():
    rec = extract("네팔 카트만두의 북한 식당 두 곳이 문을 닫았다. 남은 북한 종업원 7∼8명도 이달 말 본국으로 돌아갈 예정이다.")
    (r,) = of_type(rec, "return")
    assert (r["count"], r["count_max"], r["destination"], r["status"]) == (7, 8, "KP", "pending")
    assert r["workplace"]["country"] == "NP"


def test_a_flight_through_a_third_country_keeps_the_country_it_left():
    rec = extract("캄보디아 프놈펜의 북한 식당에서 일하던 한 여성 종업원이 지난해 11월 태국을 거쳐 한국으로 탈출했다.")
    (d,) = of_type(rec, "defection")
    assert (d["workplace"]["country"], d["workplace"]["city"], d["transit"], d["destination"]) == ("KH", "Phnom Penh",
                                                                                                   ["TH"], "KR")
    assert d["date"] == "2018-11" and d["count"] == 1


def test_a_hard_wrapped_sentence_is_read_across_its_line_breaks():
    rec = extract("캄보디아 시엠레아프에 있는 북한 식당에서 일하던 한 남성 종업원이 올해 초에\n태국을 거쳐 한국으로"
                  " 탈출했다는 소식이\n뒤늦게 전해졌다.")
    (d,) = of_type(rec, "defection")
    assert d["workplace"]["city"] == "Siem Reap" and d["transit"] == ["TH"]


def test_counts_written_in_korean_words_and_units_are_claims():
    rec = extract("베트남에는 북한 식당 세 곳이 영업 중이다. 러시아는 보고서에서 최대 3만명에 달했던 북한 노동자가 "
                  "1만 1490명으로 줄었다고 밝혔다.")
    got = {(c["metric"], c["value"], c["country"]) for c in rec["claims"]}
    assert ("restaurant_count", 3, "VN") in got
    assert ("overseas_worker_count", 11490, "RU") in got and ("overseas_worker_count", 30000, "RU") in got


def test_a_resolution_by_number_and_a_states_order_are_sanctions():
    rec = extract("안보리 대북제재 결의 2397호에 따라 북한 노동자는 모두 본국으로 돌아가야 한다. 몽골 정부는 자국 내 북한 "
                  "식당을 모두 폐쇄하라고 요구했다.")
    got = {(e["issuer"], e["instrument"]) for e in of_type(rec, "sanction")}
    assert got == {("UN", "UNSCR 2397"), ("MN", None)}
    assert not of_type(rec, "closure")      # an order to close is no closing


def test_a_korean_text_on_a_noodle_shop_at_home_is_not_relevant():
    rec = extract("서울 종로의 한 평양냉면 전문점이 문을 닫았다. 주인은 임대료가 너무 올랐다고 말했다.")
    assert not rec["relevant"] and not rec["events"]


def test_korean_text_gets_no_warning_that_it_was_not_read_but_other_scripts_do():
    ko = extract("캄보디아의 북한 식당 여섯 곳이 일제히 문을 닫았다.")
    assert ko["relevant"] and "warnings" not in ko
    ja = extract("カンボジアの北朝鮮レストランが閉店した。従業員は帰国した。")
    assert any("non-Latin" in w for w in ja["warnings"])


@pytest.mark.parametrize("korean,latin", [
    ("평양 해맞이관", "Pyongyang Haemaji-gwan"), ("능라도", "Nungrado"), ("고려식당", "Koryo"), ("설봉", "Seolbong"),
    ("평양냉면관", "Pyongyang Naengmyon-gwan"), ("조선류경식당", "Choson Ryugyong")])
def test_restaurant_names_are_romanized_as_news_writes_them(korean, latin):
    assert romanize(korean) == latin


def test_the_revised_romanization_carries_a_final_over_and_reads_l_after_a_nasal():
    assert (revised_romanization("해맞이"), revised_romanization("종로"), revised_romanization("신라")) == (
        "haemaji", "jongno", "silla")


def test_relative_dates_are_read_against_the_publication_date():
    import datetime as dt
    pub = dt.date(2016, 4, 13)
    assert read_date("지난해 10월", pub, True) == "2015-10"
    assert read_date("지난 20일", pub, True) == "2016-03-20"     # a day after the publication's is last month's
    assert read_date("6일", pub, True, bare_days=False) is None    # the day a speaker said it, not a date of the event


def test_korean_is_told_from_latin_text_and_from_other_scripts():
    assert is_korean("북한 식당이 문을 닫았다는 소식이 전해졌다.")
    assert not is_korean("North Korea's restaurant in 평양 closed.")
    assert not is_korean("北朝鮮レストランが閉店した。")


def test_headlines_name_the_states_with_one_chinese_character():
    rec = extract("몽골 울란바토르 北식당 종업원 3명 귀국…현지 소식통 전해")
    (r,) = of_type(rec, "return")
    assert rec["relevant"] and (r["count"], r["workplace"]["country"], r["destination"]) == (3, "MN", "KP")


def test_each_resolution_a_sentence_names_in_brackets_is_its_own_sanction():
    rec = extract("안보리는 대북 제재 결의안으로 북한 노동자의 신규 파견을 막았고(2371호, 2017년 8월) 기존 노동자의 "
                  "허가 갱신도 금지했다(2375호, 2017년 9월). 중국 단둥의 북한 식당은 여전히 영업 중이다.")
    got = {(e["instrument"], e["date"]) for e in of_type(rec, "sanction")}
    assert got == {("UNSCR 2371", "2017-08"), ("UNSCR 2375", "2017-09")}


def test_a_quoted_word_a_headline_says_of_a_restaurant_is_no_name():
    rec = extract("라오스 비엔티안 북한식당 손님 ‘북적’…한국 단체관광객 몰려\n비엔티안의 북한 식당 '평양 금강산관'에는 "
                  "한국 손님이 가득했다.")
    assert [r["name"] for r in rec["restaurants"]] == ["Pyongyang Kumgangsan-gwan"]


def test_an_official_advice_not_to_eat_there_is_a_sanction_of_the_south():
    rec = extract("통일부는 해외 여행객에게 북한 식당 이용 자제를 권고했다. 북한 식당 수익은 북한 정권에 흘러간다.")
    assert [e["issuer"] for e in of_type(rec, "sanction")] == ["KR"]


# --- the seventh session of 2026-12-06: rules read from grown161's errors (the former blind147), texts invented ---

def test_a_resolution_is_dated_by_its_adoption_and_sanctions_told_as_a_cause_are_no_measure():
    rec = extract("중국 선양의 북한 식당 '평양 은반관'은 대북제재 여파로 지난 11월 문을 닫았다. 안보리 결의 2397호에 따라 "
                  "북한 노동자들은 본국으로 돌아가야 했다. 식당 운영은 유엔 대북제재 위반이다.", "2020-02-10")
    sanctions = of_type(rec, "sanction")
    assert [(e["issuer"], e["instrument"], e["date"]) for e in sanctions] == [("UN", "UNSCR 2397", "2017-12")]
    (c,) = of_type(rec, "closure")
    assert c["workplace"]["name"] == "Pyongyang Unban-gwan" and c["date"] == "2019-11"


def test_an_unnumbered_resolution_takes_the_date_beside_its_adoption():
    rec = extract("유엔 대북제재 결의가 통과된 작년 9월12일 기점으로 120일 안에 북한 기업은 문을 닫아야 한다. "
                  "중국 단둥의 북한 식당 종업원들은 귀국을 준비하고 있다.", "2018-01-05")
    (s,) = of_type(rec, "sanction")
    assert (s["issuer"], s["date"]) == ("UN", "2017-09")


def test_a_flight_is_placed_where_they_worked_not_where_they_fled_or_stayed():
    rec = extract("지난 5월 3일 중국의 북한 식당을 탈출해 태국에 머물고 있던 여종업원 4명이 한국으로 입국했다고 "
                  "정부가 밝혔다. 이들은 라오스를 거쳐 태국으로 탈출했다.", "2018-06-01")
    (d,) = of_type(rec, "defection")
    assert d["workplace"]["country"] == "CN" and d["count"] == 4 and d["female"] == 4
    assert set(d["transit"]) == {"LA", "TH"} and d["date"] == "2018-05-03"


def test_men_and_women_of_a_group_are_taken_when_they_add_up_to_its_count():
    rec = extract("중국 닝보의 북한 식당 종업원 7명이 집단 탈북해 지난 5일 서울에 도착했다. 이들은 남자 지배인 1명과 여성 "
                  "직원 6명이다.", "2018-06-08")
    (d,) = of_type(rec, "defection")
    assert (d["count"], d["male"], d["female"]) == (7, 1, 6)
    odd = extract("중국 닝보의 북한 식당 종업원 7명이 집단 탈북했다. 여성 직원 2명은 30대다.", "2018-06-08")
    (d,) = of_type(odd, "defection")
    assert (d["male"], d["female"]) == (None, None)       # two women of seven: the others are not said


def test_a_restaurant_that_pulls_out_closes_and_lately_is_the_publications_month():
    rec = extract("중국 훈춘의 북한 식당 '평양 칠보산관'이 최근 철수했다고 현지 소식통이 전했다.", "2019-03-20")
    assert not of_type(rec, "return")
    (c,) = of_type(rec, "closure")
    assert c["workplace"]["name"] == "Pyongyang Chilbosan-gwan" and c["date"] == "2019-03"


def test_worker_counts_leave_out_ages_one_of_them_and_told_again_figures():
    rec = extract("몽골에서 일하는 북한 노동자는 1200명으로 추정된다. 이 가운데 2명은 29세, 1명은 31세라고 한다. "
                  "몽골의 북한 노동자 1200명은 건설 현장에 있다. 노동자들 중 한 명이 현장에서 사라졌다.", "2019-03-20")
    got = [(c["metric"], c["value"], c["approx"], c["country"], len(c["evidence"])) for c in rec["claims"]]
    assert got == [("overseas_worker_count", 1200, True, "MN", 2)]


def test_a_report_to_the_un_is_not_the_uns_word():
    rec = extract("러시아는 2019년 말 북한 노동자 1천여 명만 남기고 북한에 돌려보냈다고 유엔 안보리에 보고했다.",
                  "2020-03-01")
    (c,) = [c for c in rec["claims"] if c["metric"] == "overseas_worker_count"]
    assert (c["value"], c["approx"], c["country"]) == (1000, True, "RU") and c["attributed_to"] != "UN"


def test_a_towns_name_that_is_also_a_common_word_is_no_place():
    rec = extract("상하이에서도 지난 한달새 청류관 등 북한식당 브랜드가 문을 닫고 철수했다.", "2018-01-08")
    (c,) = of_type(rec, "closure")
    assert c["workplace"]["country"] == "CN" and c["workplace"]["city"] == "Shanghai"


def test_a_closing_whose_restaurant_the_sentence_before_names_and_a_long_advisory():
    rec = extract("중국 옌지의 북한 식당 '평양 묘향산관'에는 종업원 40여 명이 있었다. 그러나 대북제재 여파로 지난 11월 "
                  "문을 닫았다.", "2018-02-15")
    (c,) = of_type(rec, "closure")
    assert (c["workplace"]["name"], c["date"]) == ("Pyongyang Myohyangsan-gwan", "2017-11")
    told = extract("정부는 유엔 안전보장이사회의 대북 제재 결의에 대한 후속 조치로 지난달 초 해외 여행객들에게 해외 북한 식당 이용 "
                   "자제 등을 요청했다. 중국 단둥의 북한 식당은 손님이 줄었다.", "2016-04-08")
    assert "KR" in {e["issuer"] for e in of_type(told, "sanction")}


# --- the eighth session of 2026-12-06: rules read from grown162's errors (the former blind148), texts invented ---

def test_arrival_counts_take_the_time_they_count_and_leave_out_parts_and_differences():
    rec = extract("통일부에 따르면 2019년 한국에 입국한 탈북민은 남성 40명, 여성 60명 등 총 100명으로 2018년 90명에 비해 "
                  "10명(11%)이 늘었다. 2019년까지 입국한 전체 탈북민은 2만 1500명이다. 분기별로는 ▲1분기 30명 ▲2분기 "
                  "70명이 입국했다.", "2020-01-15")
    got = sorted((c["value"], c["period"]) for c in rec["claims"] if c["metric"] == "defector_arrivals")
    assert got == [(30, None), (70, None), (90, "year"), (100, "year"), (21500, "cumulative")]


def test_a_groups_number_on_the_day_it_arrived_is_no_count_of_arrivals():
    rec = extract("태국을 거쳐 집단 탈출해 5일 국내에 들어온 탈북민 9명이 보호센터로 옮겨졌다.", "2017-03-08")
    assert not [c for c in rec["claims"] if c["metric"] == "defector_arrivals"]


def test_workers_already_fled_and_an_average_per_restaurant_are_no_worker_count():
    rec = extract("북한이탈주민 보호센터에 머무는 캄보디아 북한 식당 종업원 9명의 면담이 거부됐다. 캄보디아의 북한 식당은 한 "
                  "곳당 평균 15명의 종업원을 두고 있다.", "2018-05-02")
    assert not [c for c in rec["claims"] if c["metric"] == "overseas_worker_count"]


def test_an_outlets_country_is_no_place_and_a_list_of_hosts_gives_none():
    rec = extract("영국 가디언 신문에 따르면 라오스 비엔티안에서 북한 노동자 약 300명이 일하고 있다. 라오스·캄보디아·태국 등에는 "
                  "약 4천 명의 북한 노동자가 있는 것으로 추정된다.", "2022-06-01")
    got = sorted((c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count")
    assert got == [(300, "LA"), (4000, None)]


def test_a_figure_told_first_without_its_place_is_one_claim_with_the_place():
    rec = extract("\"北노동자 700여명 몽골에 남아\"\n\n코로나19로 국경이 닫힌 뒤 약 700명의 북한 노동자들이 몽골에 남아 "
                  "있다.", "2021-09-01")
    (c,) = [c for c in rec["claims"] if c["metric"] == "overseas_worker_count"]
    assert (c["value"], c["country"], len(c["evidence"])) == (700, "MN", 2)


def test_restaurants_down_to_a_number_is_a_count():
    rec = extract("라오스 내 북한식당은 3곳으로 줄었다.", "2019-02-11")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("restaurant_count", 3, "LA")]


def test_restaurants_closing_in_one_sentence_are_one_closing_each_and_one_of_two_is_one():
    rec = extract("소식통은 \"옌지의 대형 북한 식당인 해당화관이 지난해 11월 말, 훈춘의 북한 식당인 칠보산관이 12월 초 영업을 "
                  "중단했다\"고 전했다.", "2018-02-10")
    got = sorted((c["workplace"]["name"], c["workplace"]["city"], c["date"]) for c in of_type(rec, "closure"))
    assert got == [("Chilbosan-gwan", "Hunchun", "2017-12"), ("Haedanghwa-gwan", "Yanji", "2017-11")]
    one = extract("방콕에 있던 북한 식당 '평양옥류관'과 '평양해당화관' 가운데 '평양해당화관'이 지난해 5월 문을 닫았다.",
                  "2019-03-01")
    assert [c["workplace"]["name"] for c in of_type(one, "closure")] == ["Pyongyang Haedanghwa-gwan"]


def test_a_reopening_is_an_opening_and_one_being_readied_is_pending():
    rec = extract("대북 제재로 문을 닫았던 단둥의 '평양해당화관'과 '평양옥류관'은 지난 3월 영업을 재개했다. 훈춘에서는 북한 "
                  "식당 '칠보산'이 다시 영업 재개를 준비하고 있다.", "2018-08-13")
    got = sorted((c["workplace"]["name"], c["date"], c["status"]) for c in of_type(rec, "opening"))
    assert got == [("Chilbosan", None, "pending"), ("Pyongyang Haedanghwa-gwan", "2018-03", "confirmed"),
                   ("Pyongyang Okryu-gwan", "2018-03", "confirmed")]


def test_asking_when_it_reopens_or_saying_it_cannot_is_no_opening():
    rec = extract("언제 영업을 재개하냐는 질문에 단둥의 북한 식당 종업원은 답하지 않았다. 선양의 북한 식당 '모란봉관' 영업 재개는 "
                  "불가능하게 됐다.", "2018-01-20")
    assert not of_type(rec, "opening")


def test_workers_who_had_to_go_home_by_a_deadline_are_no_return():
    rec = extract("유엔 안보리 결의로 몽골에서 일하던 북한 노동자들은 2019년 말까지 본국으로 돌아가야 했지만 상당수가 "
                  "남았다.", "2020-05-04")
    assert not of_type(rec, "return")


def test_a_datelines_city_is_no_place_of_the_news():
    rec = extract("(하노이=연합뉴스) 특파원 = 북한이 베트남에서 운영하는 식당이 또 문을 닫았다.", "2019-04-02")
    (c,) = of_type(rec, "closure")
    assert (c["workplace"]["city"], c["workplace"]["country"]) == (None, "VN")


def test_a_count_told_after_the_flight_and_the_souths_home_as_its_destination():
    rec = extract("러시아의 북한 식당에서 일하다 집단 탈출해 9일 국내에 들어온 종업원 6명이 보호센터로 옮겨졌다.", "2018-06-12")
    (c,) = of_type(rec, "defection")
    assert (c["count"], c["destination"], c["workplace"]["country"]) == (6, "KR", "RU")


# --- the ninth session of 2026-12-06: rules read from grown165's errors (the former blind151), texts invented ---

@pytest.mark.parametrize("written, value", [("만7천", 17000), ("천300", 1300), ("3만8천", 38000), ("6만 2천400", 62400),
                                            ("2만 3천", 23000), ("3백", 300), ("4천만", 40_000_000), ("2억5000만", 250_000_000)])
def test_korean_numbers_with_several_units_are_read_whole(written, value):
    from nkwatch.extract.korean import korean_number
    assert korean_number(written) == value


def test_a_range_takes_the_upper_ends_unit_and_a_change_is_two_figures():
    rec = extract("해외에 나가 있는 북한 노동자는 3~4만여명으로 추정된다. 북한이 노동자 파견으로 벌어들이는 돈은 연간 7억~9억달러다. "
                  "최대 3000명에 달했던 오만의 북한 노동자는 3000명에서 800명으로 줄었다.", "2016-05-02")
    got = {(c["metric"], c["value"], c["value_max"]) for c in rec["claims"]}
    assert ("overseas_worker_count", 30000, 40000) in got
    assert ("overseas_worker_revenue_usd", 700_000_000, 900_000_000) in got
    assert ("overseas_worker_count", 800, None) in got and ("overseas_worker_count", 3000, None) in got


def test_a_figure_of_all_abroad_or_several_countries_has_no_country_and_counts_its_countries():
    rec = extract("몽골 울란바토르의 건설현장에도 북한 노동자가 있다. 해외파견 북한 근로자는 4만명을 넘을 것이라는 추정도 "
                  "나온다. 몽골과 러시아 등 세계 21개국에 파견된 근로자는 3만명이 넘는다.", "2015-03-03")
    got = {(c["metric"], c["value"], c["country"], c["approx"]) for c in rec["claims"]}
    assert ("overseas_worker_count", 40000, None, True) in got
    assert ("overseas_worker_count", 30000, None, True) in got
    assert ("host_country_count", 21, None, False) in got


def test_a_list_of_hosts_after_a_count_of_workers_is_each_hosts_count():
    rec = extract("해외에 파견된 북한 근로자는 3만명에 이른다. 몽골에 6천여명, 오만 1,200여명, 앙골라(900명) 등이다.\n"
                  "북한 식당은 관광객 300명이 찾았다.", "2015-03-03")
    got = {(c["value"], c["country"]) for c in rec["claims"] if c["metric"] == "overseas_worker_count"}
    assert {(6000, "MN"), (1200, "OM"), (900, "AO")} <= got
    assert not any(c["value"] == 300 for c in rec["claims"])


def test_host_states_stopping_visas_or_work_permits_are_their_own_sanctions():
    rec = extract("오만과 바레인 등 걸프 국가들은 지난 3월부터 북한 국적자에 대한 비자 갱신과 신규 발급을 중단했다. 이번 "
                  "조치는 앞서 몽골이 북한 노동자에게 노동허가를 발급하지 않기로 한 데 이어 나왔다.", "2017-09-20")
    assert {c["issuer"] for c in of_type(rec, "sanction")} == {"OM", "BH", "MN"}


def test_the_souths_own_measures_are_its_sanctions():
    rec = extract("북한의 해외 노동자 파견은 5·24 대북제재로 남북 교역이 끊긴 뒤 늘어났다는 분석이다.", "2014-11-02")
    assert [c["issuer"] for c in of_type(rec, "sanction")] == ["KR"]


def test_asking_for_asylum_is_a_flight_and_going_back_to_the_north_a_return():
    rec = extract("몽골의 북한 건설 노동자 세 명이 5일 울란바토르 주재 한국대사관에 들어가 망명을 요구했다. 나머지 북한 "
                  "노동자 80명은 지난달 전원 북한으로 돌아갔다.", "2012-06-07")
    (d,) = of_type(rec, "defection")
    (r,) = of_type(rec, "return")
    assert (d["count"], d["workplace"]["country"]) == (3, "MN") and (r["count"], r["workplace"]["country"]) == (80, "MN")


def test_those_who_could_not_go_home_are_no_return_and_those_who_will_are_pending():
    rec = extract("국경이 닫힌 뒤 약 300명의 북한 노동자가 몽골에 남아 고국으로 돌아가지 못했다.", "2021-03-02")
    assert not of_type(rec, "return")
    soon = extract("현지 소식통은 몽골의 북한 노동자 대부분이 올해 안에 북한으로 돌아갈 것이라고 말했다.", "2017-09-20")
    assert [c["status"] for c in of_type(soon, "return")] == ["pending"]


# --- the tenth session of 2026-12-06: texts invented for the rules read from grown170's errors ---

def test_one_restaurants_yearly_sum_is_no_network_revenue():
    rec = extract("북한은 해외 식당으로 연간 5천만 달러를 번다. 식당 한 곳이 매년 본국에 바쳐야 하는 돈은 최소 20만 "
                  "달러로 알려졌다.", "2017-03-02")
    assert [c["value"] for c in claims_of(rec, "annual_revenue_usd")] == [50000000]


def test_a_figure_after_a_list_of_countries_has_no_one_country():
    rec = extract("북한은 중국, 몽골, 10여개 나라에서 식당 100여곳을 운영한다.\n\n종업원만 1500여 명으로 추산된다.",
                  "2017-03-02")
    assert [c["country"] for c in claims_of(rec, "overseas_worker_count")] == [None]


def test_a_countrys_customers_do_not_place_a_figure_and_a_yardstick_is_no_count():
    rec = extract("라오스 비엔티안의 북한식당은 손님의 절반이 베트남 고객이라고 한다. 또 \"최근 북한식당에 20여 명의 신규 "
                  "종업원이 파견됐다\"며 이는 예전 3∼4명의 신규 파견과 비교하면 크게 늘어난 것이라고 설명했다.", "2018-02-01")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] == [(20, "LA")]


def test_a_quoted_clause_is_no_restaurant_name():
    rec = extract("말레이시아 김 씨 단골 식당…\"경호 걱정에 고급식당 골라 다닌 듯\"\n\n쿠알라룸푸르의 한 한식당 주인은 그가 "
                  "자주 왔다고 말했다. 이 식당 근처에는 북한 식당도 한 곳 있다.", "2017-02-20")
    assert not [r for r in rec["restaurants"] if r["name"]]


# --- the eleventh session of 2026-12-06: texts invented for the rules read from grown173's errors ---

def places_of(rec: dict) -> list[tuple]:
    return sorted((r["name"] or "", r["city"] or "") for r in rec["restaurants"])


def test_every_name_in_a_list_closed_by_a_counted_restaurant_word_is_a_restaurant():
    rec = extract("소식통은 \"현재 옌지에는 대동호텔, 은하식당, 금강개장집, 달빛해산물 샤브샤브, 등 12개가 넘는 북한식당들이 "
                  "있다\"고 말했다.", "2017-11-03")
    assert places_of(rec) == sorted([
        ("Daedonghotel", "Yanji"), ("Eunha", "Yanji"), ("Geumganggaejangjip", "Yanji"),
        ("Dalbithaesanmul Syabeusyabeu", "Yanji")])
    quoted = extract("한편 현재 선양에는 '청운각', '대동관', '금강봉' 등 5개의 북한 음식점이 영업하고 있다.", "2004-03-06")
    assert places_of(quoted) == [("Cheongun-gak", "Shenyang"), ("Daedong-gwan", "Shenyang"),
                                 ("Geumgangbong", "Shenyang")]


def test_names_listed_after_a_restaurant_word_or_beside_a_restaurants_name_are_restaurants():
    after = extract("옌지의 북한 레스토랑 ‘청운각(靑雲閣)’과 ‘대동관(大同館)’이 영업을 중단했으며, 역 근처의 레스토랑 "
                    "‘신의주’도 폐점됐다.", "2017-12-01")
    assert places_of(after) == [("Cheongun-gak", "Yanji"), ("Daedong-gwan", "Yanji"), ("Sinuiju", "Yanji")]
    beside = extract("중국 단둥시 은하식당, 대동관, 금강식당 등에는 북한 여성들이 일한다.", "2016-05-12")
    assert places_of(beside) == [("Daedong-gwan", "Dandong"), ("Eunha", "Dandong"), ("Geumgang", "Dandong")]
    counted = extract("중국 내 북한 식당 20곳을 조사한 결과 베이징(北京)의 금강풍정(金剛風情)·청운각(靑雲閣), 닝보(寧波)의 "
                      "대동(大同)식당 등 총 4곳이 문을 닫았다.", "2016-04-24")
    assert places_of(counted) == [("Cheongun-gak", "Beijing"), ("Daedong", "Ningbo"), ("Geumgangpungjeong", "Beijing")]


def test_a_list_of_words_after_a_restaurant_word_is_no_list_of_names():
    rec = extract("이 곳은 쇼핑몰 지하에 위치한 고급 식당인 만큼, 치안이 철저하다. 그 근처에 북한 식당도 있다.", "2017-02-20")
    assert not [r for r in rec["restaurants"] if r["name"]]


def test_one_name_in_two_cities_is_two_restaurants_and_a_later_mention_places_a_headline_name():
    two = extract("상하이에서는 '대동관'이 올해 2월 개업했다. 현재 베이징에는 '은하각', '대동관' 등 4개의 북한 음식점이 "
                  "영업하고 있다.", "2004-03-06")
    assert ("Daedong-gwan", "Beijing") in places_of(two) and ("Daedong-gwan", "Shanghai") in places_of(two)
    headline = extract("北 외화벌이…\"中 은하식당 손님팁도 바쳐라\"\n\n중국 단둥시 은하식당에는 북한 여성들이 일한다.",
                       "2016-05-12")
    assert places_of(headline) == [("Eunha", "Dandong")]


def test_cities_listed_before_a_clause_on_restaurants_each_have_one():
    rec = extract("톈진, 칭다오 등 중국 전역에는 북한 식당 수십개가 문을 열고 있다.", "2004-01-20")
    assert places_of(rec) == [("", "Qingdao"), ("", "Tianjin")]


def test_dozens_of_restaurants_being_open_is_no_opening():
    rec = extract("톈진, 칭다오 등 중국 전역에는 북한 식당 수십개가 문을 열고 있다. 선양에는 지난달 '은하각'이 문을 열었다.",
                  "2004-01-20")
    assert [e["workplace"]["city"] for e in of_type(rec, "opening")] == ["Shenyang"]


def test_a_closing_told_of_a_list_of_restaurants_is_one_for_each_in_its_own_city():
    rec = extract("포털사이트는 중국 내 북한 식당 20곳을 조사한 결과 베이징(北京)의 금강풍정(金剛風情)·청운각(靑雲閣), "
                  "닝보(寧波)의 대동(大同)식당 등 총 4곳이 1년 사이에 문을 닫았다고 보도했다.", "2016-04-24")
    assert sorted((e["workplace"]["name"], e["workplace"]["city"]) for e in of_type(rec, "closure")) == [
        ("Cheongun-gak", "Beijing"), ("Daedong", "Ningbo"), ("Geumgangpungjeong", "Beijing")]


def test_a_headlines_bare_closing_and_closing_told_with_a_particle_are_closures():
    rec = extract("하얼빈 북한식당 줄줄이 문 닫아\n\n소식통은 \"하얼빈의 북한 식당 여러 곳이 폐업을 하는 등 어려움을 겪고 있다\"고 "
                  "전했다.", "2020-04-15")
    assert [e["workplace"]["city"] for e in of_type(rec, "closure")] == ["Harbin"]


def test_a_states_authorities_deciding_the_norths_workers_go_or_its_firms_close_is_its_measure():
    decided = extract("소식통은 \"러시아당국의 북한근로자 철수결정은 현지 북한식당들에 큰 타격\"이라고 말했다.", "2019-11-03")
    assert [e["issuer"] for e in of_type(decided, "sanction")] == ["RU"]
    closed = extract("몽골은 지난해 12월을 기점으로 자국 내 북한기업들을 모두 폐쇄하도록 했다.", "2019-02-01")
    assert [(e["issuer"], e["date"]) for e in of_type(closed, "sanction")] == [("MN", "2018-12")]


# --- the twelfth session of 2026-12-06: texts invented for the rules read from grown176's errors ---

def test_the_norths_people_gone_missing_or_on_the_run_abroad_is_a_flight_told():
    vanished = extract("몽골 주재 북한 대사관의 1등 서기관이 지난달 초 임지를 이탈해 잠적한 것으로 알려졌다.", "2021-05-10")
    [e] = of_type(vanished, "defection")
    assert (e["workplace"]["country"], e["workplace"]["kind"], e["date"], e["status"]) == ("MN", "embassy", "2021-04",
                                                                                           "reported")
    fled = extract("라오스에 파견된 북한 무역회사 간부가 공금 50만 달러를 빼돌려 도주했다고 소식통이 전했다.", "2022-03-02")
    assert [(e["workplace"]["country"], e["workplace"]["kind"]) for e in of_type(fled, "defection")] == [
        ("LA", "trading_company")]


def test_someone_else_gone_missing_or_workers_who_hid_then_gave_themselves_up_is_no_flight():
    missionary = extract("한국인 선교사가 중국 단둥에서 실종됐다고 외교부가 밝혔다.", "2021-05-10")
    assert of_type(missionary, "defection") == []
    surrendered = extract("쿠웨이트의 북한 근로자들은 단속이 시작되자 잠적했으나 보름 만에 자수해 북한으로 돌아갔다.", "2018-02-01")
    assert of_type(surrendered, "defection") == []
    assert [e["workplace"]["country"] for e in of_type(surrendered, "return")] == ["KW"]


def test_diplomats_called_home_are_a_return_and_a_plan_to_go_home_told_by_others_is_none():
    recalled = extract("북한은 잇단 망명 사건의 책임을 물어 캄보디아 주재 대사를 소환했다.", "2001-03-01")
    assert [e["workplace"]["kind"] for e in of_type(recalled, "return")] == ["embassy"]
    summoned = extract("북한이 러시아에 파견한 무역 일꾼들을 줄줄이 소환, 체포하고 있는 것으로 알려졌다.", "2015-07-07")
    assert [e["workplace"]["country"] for e in of_type(summoned, "return")] == ["RU"]
    told = extract("“다음 달 평양으로 철수하게 된다며 울먹이던 베트남의 북한 식당 종업원들이 아직 일하고 있다”고 전했다.", "2020-01-03")
    assert of_type(told, "return") == []


def test_a_post_named_by_the_land_it_is_stationed_in_places_its_diplomat():
    rec = extract("2020년 5월 한국에 들어온 것으로 알려진 북한 김철 전 주헝가리 대사대리도 가족과 함께 탈북했다.", "2021-02-01")
    assert [e["workplace"]["country"] for e in of_type(rec, "defection")] == ["HU"]
    owner = extract("헝가리 부다페스트의 북한 식당이 문을 닫았다고 가게 주인도 말했다.", "2021-02-01")
    assert [e["workplace"]["country"] for e in of_type(owner, "closure")] == ["HU"]


def test_the_day_of_the_telling_is_not_the_day_of_the_flight():
    rec = extract("대북 소식통은 12일 연합뉴스에 “라오스 주재 북한 무역대표부 직원이 가족과 함께 탈북했다”고 말했다.", "2022-03-14")
    assert [e["date"] for e in of_type(rec, "defection")] == [None]
    year_only = extract("중국 선양의 북한 식당 종업원 3명이 지난 9일 탈북했다.", "2018")
    assert [e["date"] for e in of_type(year_only, "defection")] == [None]


def test_a_closing_told_lately_and_on_its_day_is_one_closing():
    rec = extract("캄보디아 프놈펜의 북한 식당이 최근 문을 닫았다.\n\n3일 교민들에 따르면 프놈펜 시내의 북한 '백두산식당'이 지난달 "
                  "25일 폐업했다.", "2018-06-03")
    assert [(e["date"], e["workplace"]["city"]) for e in of_type(rec, "closure")] == [("2018-05-25", "Phnom Penh")]


# --- the thirteenth session of 2026-12-06: escapees caught in third countries and sent back ---

def test_escapees_caught_on_the_way_are_a_flight_under_way_and_their_helpers_are_not():
    rec = extract("미얀마로 가려던 탈북자 7명이 중국 윈난성 쿤밍에서 공안에 3일 붙잡혔다. 이들은 모두 여성인 것으로 전해졌다.",
                  "2015-06-05")
    assert [(e["count"], e["female"], e["status"], e["workplace"]["city"], e["date"]) for e in of_type(rec, "defection")] \
        == [(7, 7, "pending", "Kunming", "2015-06-03")]
    helper = extract("탈북자를 도와 온 한국인 목사(52)가 지난달 중국 단둥에서 공안에 체포됐다.", "2015-06-05")
    assert of_type(helper, "defection") == []
    border = extract("탈북민 6명이 어제 캄보디아 접경 지역에서 베트남 경찰에 적발됐다.", "2016-02-02")
    assert [e["workplace"]["country"] for e in of_type(border, "defection")] == ["VN"]


def test_escapees_sent_back_to_the_north_are_a_return_and_a_plea_against_it_is_none():
    rec = extract("중국 투먼 수용소에 있던 탈북자 150여 명이 지난 5일 강제북송됐다고 인권단체가 밝혔다.", "2022-08-08")
    assert [(e["count"], e["destination"], e["workplace"]["city"]) for e in of_type(rec, "return")] == [(150, "KP", "Tumen")]
    plea = extract("정부는 중국 정부에 탈북민의 강제북송에 반대한다는 입장을 전했다.", "2022-08-08")
    assert of_type(plea, "return") == []


def test_escapees_expelled_to_a_third_land_go_there_not_to_the_north():
    rec = extract("탈북자 4명은 지난 9일 라오스 경찰에 의해 중국 국경지대로 추방됐다.", "2012-03-20")
    assert [(e["destination"], e["workplace"]["country"]) for e in of_type(rec, "return")] == [("CN", "LA")]


def test_asylum_sought_in_a_land_does_not_place_those_who_fled():
    rec = extract("러시아의 북한 노동자 3명이 하바롭스크 주재 한국영사관에 들어가 캐나다 망명을 요청했다.", "2011-04-04")
    assert [e["workplace"]["country"] for e in of_type(rec, "defection")] == ["RU"]


def test_escapees_pushed_on_to_a_third_land_on_their_way_south_are_not_sent_back():
    rec = extract("지난달 라오스 당국에 체포돼 태국으로 추방됐던 북한 노동자 8명이 모두 한국에 입국했다.", "2010-05-05")
    assert of_type(rec, "return") == []
    assert [e["destination"] for e in of_type(rec, "defection")] == ["KR"]


# --- the fourteenth session of 2026-12-06: voices of those who fled, read from grown181's errors ---

def test_a_flight_told_as_a_noun_is_a_flight_to_the_south():
    rec = extract("통일부는 지난 5일 몽골 주재 북한대사관 서기관의 귀순 사실을 발표했다.", "2021-05-10")
    assert [(e["destination"], e["workplace"]["kind"], e["workplace"]["country"]) for e in of_type(rec, "defection")] \
        == [("KR", "embassy", "MN")]


def test_two_people_named_with_their_year_of_arrival_are_two_flights_of_one():
    rec = extract("베트남의 북한 건설 현장을 탈출한 박민수(가명, 08년 입국) 씨와 최영호(가명, 2012년 입국) 씨를 만나 이야기를 "
                  "들었다.", "2015-01-01")
    assert sorted((e["date"], e["count"], e["destination"]) for e in of_type(rec, "defection")) \
        == [("2008", 1, "KR"), ("2012", 1, "KR")]


def test_two_diplomats_by_name_are_two_flights_even_when_the_second_is_not_placed():
    rec = extract("베트남 주재 북한 대사대리인 김영철이 한국으로 망명했다고 한다. 2015년 봄 한국에 도착한 박정남 참사관은 지금 "
                  "강연을 한다.", "2021-02-01")
    assert sorted(e["date"] or "" for e in of_type(rec, "defection")) == ["", "2015"]


def test_coming_over_to_the_south_is_a_flight_and_a_decade_is_no_year():
    rec = extract("1980년대 후반 쿠웨이트의 북한 건설 현장에서 일하던 그는 2003년 쿠웨이트에서 한국으로 넘어왔다.", "2019-03-03")
    assert [(e["date"], e["destination"], e["workplace"]["country"]) for e in of_type(rec, "defection")] \
        == [("2003", "KR", "KW")]
    decade = extract("1990년대 초 러시아 벌목장을 탈출한 북한 노동자들이 있다.", "2019-03-03")
    assert [e["date"] for e in of_type(decade, "defection")] == [None]


def test_years_ago_date_a_flight_told_on_the_day_an_outlet_reported_it():
    rec = extract("8일(현지시각) 미국 일간지 뉴욕타임스가 7년 전 러시아 북한 식당에서 일하다 탈북한 여성을 소개했다.",
                  "2018-06-09")
    assert [(e["date"], e["workplace"]["country"]) for e in of_type(rec, "defection")] == [("2011", "RU")]


def test_the_least_and_the_most_are_one_range_and_not_one_is_none():
    rec = extract("해외에 나가 있는 북한 근로자는 적게는 3만 명에서 많게는 6만 명에 이른다.", "2017-01-01")
    assert [(c["value"], c["value_max"]) for c in claims_of(rec, "overseas_worker_count")] == [(30000, 60000)]
    none = extract("현재 카타르에 북한 노동자는 한 명도 없는 것으로 알려졌다.", "2021-01-01")
    assert [(c["value"], c["country"]) for c in claims_of(none, "overseas_worker_count")] == [(0, "QA")]


def test_people_sent_back_or_beside_someone_are_no_count_of_workers():
    rec = extract("몽골 정부는 북한 노동자 750명을 본국으로 송환했다고 밝혔다.", "2019-05-05")
    assert claims_of(rec, "overseas_worker_count") == []
    assert [e["count"] for e in of_type(rec, "return")] == [750]
    together = extract("그녀는 중국 선양의 식당에서 다른 북한 종업원 11명과 함께 지냈다.", "2016-01-01")
    assert claims_of(together, "overseas_worker_count") == []


def test_a_resolution_that_requires_sending_workers_home_is_no_return():
    rec = extract("안보리 결의 2397호는 2019년 말까지 모든 북한 노동자를 북한으로 돌려 보내도록 명시하고 있다.", "2020-01-01")
    assert of_type(rec, "return") == []


# --- the fifteenth session of 2026-12-06: broadcast newsrooms' figures, read from grown184's errors ---

def test_a_figure_hedged_in_the_body_is_approximate_even_if_the_headline_is_not():
    rec = extract("北 노동자 30개국서 일해\n북한 노동자들이 전 세계 30여개 국에서 일하고 있는 것으로 알려졌습니다.", "2018-03-03")
    assert [(c["value"], c["approx"]) for c in claims_of(rec, "host_country_count")] == [(30, True)]


def test_a_yearly_sum_told_with_yeon_and_an_estimate_is_the_workers_yield_hedged():
    rec = extract("해외 파견 노동자를 통한 북한의 외화 수입은 연 3억 달러에 이르는 것으로 추산됩니다.", "2018-03-03")
    assert [(c["value"], c["approx"]) for c in claims_of(rec, "overseas_worker_revenue_usd")] == [(300_000_000, True)]


def test_restaurants_counted_before_their_noun_or_up_to_a_figure_are_a_count():
    rec = extract("북한은 여러 나라에서 70여 곳의 식당을 운영하고 있으며 러시아 내 북한 식당만 9곳에 이릅니다.", "2018-03-03")
    assert sorted((c["value"], c["approx"], c["country"]) for c in claims_of(rec, "restaurant_count")) \
        == [(9, False, "RU"), (70, True, None)]


def test_women_sent_to_work_in_bars_abroad_are_counted_as_workers():
    rec = extract("중국 동북 지역의 북한 식당 등 업소에 파견된 북한 여성이 2만여명에 이릅니다.", "2018-03-03")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] == [(20000, "CN")]


# --- the sixteenth session of 2026-12-06: wire desks' figures and happenings, read from grown187's errors ---

def test_countries_counted_before_the_restaurants_figure_are_no_restaurants():
    rec = extract("북한 해외 식당은 작년 말 기준 15개 나라에 140여 개에 달하며, 연간 수천만달러를 본국에 보낸다.", "2017-02-02")
    assert [c["value"] for c in claims_of(rec, "host_country_count")] == [15]
    assert [(c["value"], c["approx"]) for c in claims_of(rec, "restaurant_count")] == [(140, True)]
    assert [(c["value"], c["approx"]) for c in claims_of(rec, "annual_revenue_usd")] == [(10_000_000, True)]


def test_people_who_crossed_back_home_are_an_event_not_a_count_of_workers():
    rec = extract("소식통에 따르면 이날 훈춘에서 북한 노동자 200∼250명이 버스를 타고 나선으로 넘어갔다.", "2023-09-09")
    assert claims_of(rec, "overseas_worker_count") == []


def test_workers_of_the_kaesong_complex_are_not_abroad():
    rec = extract("개성공단에서 일하는 북한 근로자가 5만3천명을 넘어선 것으로 집계됐다.", "2014-03-03")
    assert claims_of(rec, "overseas_worker_count") == []


def test_nationals_at_work_below_a_figure_are_a_hedged_count_and_none_to_come_is_no_count():
    rec = extract("대사는 연말 이후 러시아에는 북한 노동자가 한 명도 없을 것이라고 말했다. 그는 러시아에서 일하는 북한 국적자들이 "
                  "현재 2만 명 미만이라고 덧붙였다.", "2019-08-08")
    assert [(c["value"], c["approx"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] \
        == [(20000, True, "RU")]


def test_a_korean_outlet_named_by_its_latin_letters_places_nothing():
    rec = extract("최대 규모의 북한 식당이 영업을 중단했다고 일본 TBS 방송이 보도했다.", "2017-12-12")
    assert [e["workplace"]["country"] for e in of_type(rec, "closure")] == [None]      # (not Japan: who tells it)


def test_a_second_flight_told_after_the_first_takes_none_of_its_places():
    rec = extract("지난 4월 상하이의 평양식당에서 일하던 북한 종업원 9명이 집단 탈북한 데 이어 중국 소재 한 북한식당 종업원 "
                  "4명이 또 탈출한 것으로 알려졌다.", "2016-06-06")
    second = [e for e in of_type(rec, "defection") if e["count"] == 4]
    assert len(second) == 1 and second[0]["workplace"]["city"] is None and second[0]["date"] != "2016-04"


def test_half_of_the_people_singled_out_were_sent_home():
    rec = extract("북한 당국은 시위를 이끈 노동자 약 300명을 특정해 이 중 절반은 북한으로 송환했다고 전해졌다.", "2024-02-02")
    assert [e["count"] for e in of_type(rec, "return")] == [150]
    assert claims_of(rec, "overseas_worker_count") == []


# --- the seventeenth session of 2026-12-06: a hedged count of restaurants, lands named as several, a return put as a
# condition ---

def test_a_count_of_restaurants_hedged_before_the_noun_is_read():
    rec = extract("북한 무역회사들은 중국 러시아 캄보디아 베트남 등의 관광지를 중심으로 120개가 넘는 식당을 운영한다.", "2013-03-03")
    assert [(c["value"], c["approx"], c["country"]) for c in claims_of(rec, "restaurant_count")] == [(120, True, None)]


def test_places_of_one_land_named_as_several_keep_their_land():
    rec = extract("북한과 가까운 라오스에는 수도 비엔티안과 관광지 방비엥 등지에 북한 식당 4곳이 영업 중이다.", "2019-12-12")
    assert [c["country"] for c in claims_of(rec, "restaurant_count")] == ["LA"]


def test_a_return_put_as_a_condition_is_none():
    rec = extract("북한 노동자들은 북한으로 강제 송환된다면 처벌을 받을 것이라고 말했다.", "2018-08-08")
    assert of_type(rec, "return") == []


# --- the eighteenth session of 2026-12-06: sentences glued without a space, a flight told with its outcome, a return
# only feared, restaurants closed all at once, the South's advice to stay away ---

def test_sentences_glued_without_a_space_are_read_apart():
    text = "북한 식당 종업원 5명이 한국에 들어온 것으로 전해졌다.정부는 이날 대북 제재를 새로 발표했다."
    rec = extract(text, "2015-05-05")
    [flight] = of_type(rec, "defection")
    assert flight["count"] == 5 and all(s["end"] <= text.index("정부") for s in flight["evidence"])
    [measure] = of_type(rec, "sanction")
    assert all(s["start"] >= text.index("정부") for s in measure["evidence"])


def test_a_flight_told_with_its_outcome_is_read():
    rec = extract("북한 식당에서 일하던 여종업원 2명은 몰래 숙소를 빠져나와 탈북에 성공했다.", "2020-02-02")
    assert [(e["count"], e["type"]) for e in of_type(rec, "defection")] == [(2, "defection")]


def test_a_return_only_feared_is_none():
    rec = extract("북한 노동자 4명이 본국으로 송환될 위기에 처하자 현지 교회에 몸을 숨겼다.", "2019-09-09")
    assert of_type(rec, "return") == []


def test_restaurants_closed_all_at_once_are_a_closure_but_one_demanded_is_not():
    rec = extract("라오스 정부의 요구에 따라 북한 식당 4곳이 지난달 말 모두 폐쇄하고 직원들은 짐을 쌌다.", "2019-12-12")
    assert [e["workplace"]["country"] for e in of_type(rec, "closure")] == ["LA"]
    rec = extract("라오스 정부는 북한 측에 식당을 모두 폐쇄하고 북한 노동자를 돌려보내라고 요구했다.", "2019-12-12")
    assert of_type(rec, "closure") == []


def test_the_souths_advice_to_keep_away_from_the_norths_restaurants_is_its_measure():
    rec = extract("통일부는 해외 여행객들에게 북한 식당 이용을 자제해 달라고 당부했다.", "2016-03-03")
    assert [e["issuer"] for e in of_type(rec, "sanction")] == ["KR"]


def test_sanctions_told_as_a_cause_are_no_measure_but_one_named_by_its_day_is_dated_by_its_year():
    rec = extract("북한 식당들은 대북제재로 손님이 줄어 경영난을 겪고 있다.", "2017-07-07")
    assert of_type(rec, "sanction") == []
    rec = extract("북한의 해외 노동자 파견은 2006년 첫 핵실험과 2010년 5·24 대북제재로 외화 수입이 줄어든 뒤 늘었다는 분석이다.",
                  "2014-11-02")
    assert [(e["issuer"], e["date"]) for e in of_type(rec, "sanction")] == [("KR", "2010")]


# --- the nineteenth session of 2026-12-06: rules read from grown195-197's errors (tests on invented text) ---

def test_a_restaurant_set_up_or_opened_under_a_borrowed_word_is_an_opening():
    rec = extract("라오스 비엔티안의 이 식당은 북한이 2005년 처음 개설한 식당이다. 이 식당은 2007년 3월 2호점을 오픈하기도 했다.",
                  "2008-08-08")
    assert [e["date"] for e in of_type(rec, "opening")] == ["2005", "2007-03"]


def test_a_notice_to_keep_away_from_the_norths_restaurants_is_the_souths_measure():
    rec = extract("교민 여러분은 북한 식당이나 북한 관련 시설 출입을 자제하는 등 안전에 유의하시기 바랍니다.", "2016-04-04")
    assert [e["issuer"] for e in of_type(rec, "sanction")] == ["KR"]


def test_south_koreans_asylum_abroad_is_no_flight():
    rec = extract("북한 인권 단체가 통계를 냈다. 미국 이민법원은 지난해 한국인 12명의 망명을 승인했다.", "2013-03-03")
    assert of_type(rec, "defection") == []


def test_arrivals_in_another_land_and_those_living_there_are_counted_with_it():
    rec = extract("북한을 떠나 난민 자격으로 캐나다에 입국한 탈북민의 수는 2019년 7명, 2020년 3명이었다. 일본에 거주하는 북한 이탈 "
                  "주민의 수는 약 300명으로 추산된다.", "2021-05-05")
    assert [(c["value"], c["country"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == \
        [(7, "CA", "year"), (3, "CA", "year"), (300, "JP", "cumulative")]


def test_a_helper_who_arranged_the_way_south_tells_a_flight_and_his_expulsion_is_no_return():
    rec = extract("선교사 김모씨는 2010년 북한 탈북자 30여명의 한국행을 주선하다 추방됐다.", "2012-02-02")
    assert [(e["count"], e["destination"]) for e in of_type(rec, "defection")] == [(30, "KR")]
    assert of_type(rec, "return") == []


def test_removals_of_those_settled_abroad_and_why_they_happen_are_no_returns():
    rec = extract("북한 출신으로 영국에 정착한 탈북자 수십 명이 추방됐다. 탈북자들이 추방되는 까닭은 한국 국적 때문이다.", "2018-08-08")
    assert of_type(rec, "return") == []


def test_one_who_fled_with_a_relative_makes_two():
    rec = extract("북한 출신 박모씨는 2010년 어머니와 함께 탈북했다.", "2016-06-06")
    assert [e["count"] for e in of_type(rec, "defection")] == [2]


# --- the twentieth session of 2026-12-06: rules read from grown198-200's errors (tests on invented text) ---

def test_the_place_right_after_a_figure_is_its_place_and_a_whole_split_among_lands_has_none():
    rec = extract("해외에 나가 있는 북한 노동자는 8만 명이 넘는다. 이 가운데 4만여 명이 중국, 2만여 명이 러시아에서 일한다.",
                  "2021-01-01")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] == \
        [(80000, None), (40000, "CN"), (20000, "RU")]


def test_a_few_workers_told_with_no_place_abroad_near_are_no_figure():
    rec = extract("북한 식당 종업원 집단 탈북 사건은 지금도 논란이다. 기자회견에 나온 3명의 여종업원은 자유의사였다고 말했다.",
                  "2019-09-09")
    assert claims_of(rec, "overseas_worker_count") == []


def test_a_post_named_by_its_lands_first_syllable_is_there_and_the_republic_is_the_south():
    rec = extract("김모씨는 2019년 3월 대한민국으로 망명한 북한 주러 공사다.", "2020-03-03")
    assert [(e["workplace"]["kind"], e["workplace"]["country"], e["destination"], e["date"])
            for e in of_type(rec, "defection")] == [("embassy", "RU", "KR", "2019-03")]


# --- the twenty-first session of 2026-12-06: rules read from grown201-203's errors (tests on invented text) ---

def test_a_page_in_korean_with_a_run_together_menu_in_latin_letters_is_read_as_korean():
    menu = "arrow-downarrow-leftarrow-rightburgerchevron-downchevron-upclosedownloademailexternal-linkfacebookfilterglobe"
    text = menu + ("\n\n미국 국무부는 중국 단둥에 북한 노동자 2만여 명이 일하고 있다고 추산했다. 이들은 수산물 가공 공장에서 일하며 "
                   "감시를 받는다. 임금의 대부분은 북한 당국이 가져간다.")
    assert len(menu) > len([c for c in text if "가" <= c <= "힣"])     # (more Latin letters than Hangul)
    assert is_korean(text)
    assert [c["value"] for c in claims_of(extract(text, "2024-01-01"), "overseas_worker_count")] == [20000]


def test_a_yearly_series_of_arrivals_goes_on_in_the_next_sentences_and_a_list_keeps_its_year():
    rec = extract("통일부에 따르면 지난해 국내에 입국한 탈북민은 총 180명으로 집계됐다. 2020년(210명)과 2021년(75명)보다 늘어난 "
                  "규모다. 2016년과 2017년에는 탈북민이 각각 1400명, 1100명에 달했다.", "2023-01-15")
    assert sorted(c["value"] for c in claims_of(rec, "defector_arrivals")) == [75, 180, 210, 1100, 1400]


def test_settlers_who_came_to_the_south_are_counted_with_their_years_and_their_sum():
    rec = extract("올들어 북한을 떠나 남한을 찾은 새터민은 8월 말 현재 640명이다. 국내에 정착한 새터민은 1990년까지 입국한 500명을 포함해 "
                  "2001년 300명, 2002년 1천100명 등 도합 5천명이다.", "2005-09-01")
    assert sorted(c["value"] for c in claims_of(rec, "defector_arrivals")) == [300, 500, 640, 1100, 5000]


def test_defectors_who_went_back_north_are_a_return():
    rec = extract("국정원은 최근 5년간 탈북민 중 재입북한 사람은 12명이라고 밝혔다.", "2020-09-09")
    assert [(e["count"], e["destination"]) for e in of_type(rec, "return")] == [(12, "KP")]


def test_so_far_this_year_dates_a_flight_apart_from_last_years():
    rec = extract("올 들어 북한의 해외 주재원 12명이 한국에 귀순했고, 지난해에도 15명의 북한 해외 주재원이 귀순했다고 국정원이 밝혔다.",
                  "2016-10-20")
    assert sorted((e["count"], e["date"]) for e in of_type(rec, "defection")) == [(12, "2016"), (15, "2015")]


# --- the twenty-second session of 2026-12-06: rules read from grown204-206's errors (tests on invented text) ---

def test_the_hosts_foreign_workers_and_a_ranking_of_nationalities_are_no_count_of_the_norths():
    rec = extract("라오스에서 일하는 북한 노동자는 3천 명 가까운 것으로 알려졌다. 북한 노동자는 라오스 내 전체 외국 노동자(80개국, "
                  "4만2천명)의 7%다. 이는 베트남(1만1천명)에 이어 두 번째로 많은 숫자로 태국(900명), 일본(300명) 등이 뒤를 "
                  "이었다.", "2015-05-05")
    assert [(c["value"], c["country"], c["approx"]) for c in claims_of(rec, "overseas_worker_count")] \
        == [(3000, "LA", True)]
    assert claims_of(rec, "host_country_count") == []


def test_foreign_workers_expelled_a_return_none_plans_and_a_resolutions_demand_are_no_return():
    for text in ("지난해 라오스에서 강제 추방된 외국인 노동자가 900명에 이르지만 북한 노동자는 거의 없었다.",
                 "라오스 정부는 \"북한 노동자를 추방할 계획도 없다\"고 밝혔다.",
                 "안보리 결의 2397호는 해외의 모든 북한 노동자를 본국으로 돌려보낼 것을 정하고 있다."):
        assert of_type(extract(text, "2019-05-05"), "return") == [], text


def test_a_headlines_workers_sent_home_and_those_who_went_back_are_a_return_and_one_lands_part_its_own():
    rec = extract("\"北노동자, 제재로 1만8천여 명 송환\"\n\n유엔 결의 이후 지금까지 최소 1만8천여 명이 돌아간 것으로 나타났다.\n\n"
                  "카타르는 지난 3월 보고서에서 지금까지 북한 노동자 700명을 송환했다고 밝혔다.", "2019-12-12")
    assert sorted(e["count"] for e in of_type(rec, "return")) == [700, 18000]
    assert claims_of(rec, "overseas_worker_count") == []


def test_entering_a_consulate_is_a_flight_another_time_told_with_also_is_another_and_a_dispatch_year_no_date():
    rec = extract("러시아에서 일하던 북한 벌목공 3명이 지난 5일 하바롭스크 한국영사관에 진입했다. 이들은 2001년과 2004년에 러시아 "
                  "벌목장에 파견 나온 사람들이다. 지난 2월에도 북한 벌목공 두 명이 비슷한 이유로 한국영사관에 들어갔다. 한편 "
                  "지난 2008년 9월 러시아에서 일하던 북한 노동자 11명이 집단 망명을 신청, 한국에 왔다.", "2011-06-10")
    assert sorted((e["count"], e["date"]) for e in of_type(rec, "defection")) \
        == [(2, "2011-02"), (3, "2011-06-05"), (11, "2008-09")]


def test_officials_counted_are_no_workers_and_their_land_no_place_and_a_figure_sent_to_many_lands_has_none():
    rec = extract("쿠웨이트 공보부는 국내 북한 노동자가 5천명이라고 밝혔다. 이는 미국의 관리 3명이 밝힌 3천여명보다 많다.",
                  "2017-08-08")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] \
        == [(5000, "KW"), (3000, "KW")]
    rec = extract("정부 당국은 북한이 IT 인력 900명 이상을 20여 개국에 파견했다고 밝혔다.", "2017-08-08")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] == [(900, None)]


def test_a_flight_does_not_take_the_date_of_a_return_told_before_it_in_its_sentence():
    rec = extract("러시아의 북한 벌목공 2명이 4일 한국영사관에 진입했다. 이들은 2월 말 함께 일하던 벌목공 최모 씨가 북한 당국에 "
                  "체포돼 강제 송환되자 한국 공관에 진입한 것으로 알려졌다.", "2012-03-06")
    assert [(e["count"], e["date"]) for e in of_type(rec, "defection")] == [(2, "2012-03-04")]
    assert [e["date"] for e in of_type(rec, "return")] == ["2012-02"]


# --- the twenty-third session of 2026-12-06: rules read from grown207-209's errors (tests on invented text) ---


def test_workers_who_came_into_the_country_fled_and_a_land_they_may_be_sent_to_is_not_theirs():
    rec = extract("중동에 파견됐던 북한 노동자 6명이 지난해 말 국내로 입국한 것으로 알려졌다. 일부는 시리아 재건 현장에 투입될 수 "
                  "있다는 우려 때문에 탈출한 것으로 전해졌다.", "2023-02-01")
    assert [(e["count"], e["date"]) for e in of_type(rec, "defection")] == [(6, "2022")]


def test_sent_on_to_a_land_not_named_is_no_return_to_the_north():
    rec = extract("제3국 한국대사관에 망명을 요청했다가 인접국으로 추방됐던 탈북자 3명이 20일 서울에 도착했다.", "1998-05-21")
    assert of_type(rec, "return") == []
    assert [e["count"] for e in of_type(rec, "defection")] == [3]


def test_a_figure_in_lands_listed_then_counted_has_no_one_country():
    rec = extract("북한 노동자 약 5만 명이 중국과 러시아 등 20여 개 국에서 일하고 있는 것으로 추정된다.", "2019-01-01")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] == [(50000, None)]


def test_a_years_count_of_arrivals_and_their_trend_are_no_flight():
    rec = extract("지난해 한국에 입국한 탈북민은 총 71명으로 집계됐다. 코로나19 사태로 국내로 입국하는 탈북민이 크게 줄었다.",
                  "2023-01-15")
    assert of_type(rec, "defection") == []
    assert [c["value"] for c in claims_of(rec, "defector_arrivals")] == [71]


def test_the_day_an_outlet_reported_and_a_camp_on_the_way_do_not_split_a_flight():
    rec = extract("중국의 북한 식당에서 일하던 여종업원 4명이 지난 3월 9일 탈출해 한국으로 입국했다. 지난 2일 'KBS'는 "
                  "여종업원 4명이 태국 소재 탈북자 수용소에서 기다리다 한국으로 들어왔다고 보도했다.", "2016-04-05")
    assert [(e["count"], e["date"], e["workplace"]["country"]) for e in of_type(rec, "defection")] \
        == [(4, "2016-03-09", "CN")]


# --- the twenty-fourth session of 2026-12-06: rules read from grown210-212's errors (tests on invented text) ---


def test_the_people_of_a_flight_cut_off_from_it_by_a_comma_after_its_days_are_its_count():
    rec = extract("시베리아 벌목장을 떠난 북한 벌목공 30여명 가운데 6명이 3일과 5일, 두 차례로 나뉘어 국내로 들어온 것으로 "
                  "알려졌다.", "2013-05-08")
    assert [e["count"] for e in of_type(rec, "defection")] == [6]


def test_a_rise_in_the_number_of_workers_is_no_count_of_them():
    rec = extract("러시아 연해주에서 일하는 북한 노동자가 2년 사이 3천 명 이상 증가했다고 현지 언론이 전했다.", "2014-03-01")
    assert claims_of(rec, "overseas_worker_count") == []


def test_a_defector_who_tried_to_go_back_north_through_china_is_a_return_under_way():
    rec = extract("부산 경찰서는 중국을 통해 북한으로 재입국하려 한 탈북자 31살 김 모씨를 붙잡았다고 밝혔다. 김씨는 지난 2014년 "
                  "3월 혼자 탈북해 부산에서 살아왔다.", "2016-09-02")
    assert [(e["status"], e["destination"]) for e in of_type(rec, "return")] == [("pending", "KP")]
    assert [e["date"] for e in of_type(rec, "defection")] == ["2014-03"]


def test_people_caught_abroad_and_brought_to_the_south_are_not_sent_back_north():
    rec = extract("이들 탈북민 모자는 2015년 5월 다시 탈북했고 베트남에서 붙잡혀 한국으로 송환됐다.", "2017-01-10")
    assert of_type(rec, "return") == []


def test_a_defector_captioned_by_the_year_of_her_flight_fled_to_the_south_that_year():
    rec = extract("하나원에서 만난 교육생의 말이다. - 탈북민 B 씨(2016년 탈북) 장사가 막혀서 북한을 떠났습니다.", "2020-06-01")
    assert [(e["count"], e["date"], e["destination"]) for e in of_type(rec, "defection")] == [(1, "2016", "KR")]


def test_north_korean_women_sent_back_north_are_a_return():
    rec = extract("현지 공안은 인신매매 조직에서 북한 여성 9명을 구출해 북한으로 돌려보냈다고 밝혔다.", "2014-02-03")
    assert [(e["count"], e["destination"]) for e in of_type(rec, "return")] == [(9, "KP")]


def test_the_yearly_intake_of_hanawon_is_a_count_of_arrivals():
    rec = extract("북한이탈주민 교육 기관인 하나원에는 2020년에 210명, 지난해에는 88명이 입소했다.", "2022-02-01")
    assert [(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == [(210, "year"), (88, "year")]


def test_a_return_takes_the_time_told_after_an_earlier_flight_in_its_clause():
    rec = extract("지난 2010년 탈북했던 북한 주민 부부는 2013년 3월 재입북 해 평양에서 기자회견을 열었다.", "2015-01-01")
    assert [e["date"] for e in of_type(rec, "return")] == ["2013-03"]
    assert [e["date"] for e in of_type(rec, "defection")] == ["2010"]


# --- the twenty-fifth session of 2026-12-06: rules read from grown214's errors (tests on invented text) ---


def test_workers_named_after_their_figure_and_sent_home_are_no_count_of_those_abroad():
    rec = extract("카자흐스탄은 보고서에서 지난해 말 현재 320명의 북한 노동자를 송환했다고 밝혔다. 집계 결과 북한 해외 "
                  "노동자 1만 2천여 명이 귀환한 것으로 파악됐다. 카자흐스탄에는 아직 북한 노동자 80명이 남아 있다.",
                  "2019-06-01")
    assert [c["value"] for c in claims_of(rec, "overseas_worker_count")] == [80]


def test_persons_a_measure_names_are_no_workers():
    rec = extract("미국 재무부는 북한 노동자 해외 파견에 관여한 무역회사 1곳과 개인 4명을 제재했다고 밝혔다.", "2023-03-01")
    assert claims_of(rec, "overseas_worker_count") == []


# --- the first session of 2026-12-07: rules read from grown217's errors (tests on invented text) ---


def test_a_years_arrivals_after_its_parts_by_sex_and_the_whole_number_to_date_are_read_and_a_forecast_is_not():
    rec = extract("통일부에 따르면 지난 해 입국한 탈북자 수는 남성 5백12 명, 여성 1천3백4 명 등 모두 1천8백16 명으로 "
                  "집계됐다. 지난 해까지의 총 탈북자 수는 2만3천1백명으로 올해 안에 2만5천 명을 넘길 것으로 보인다. "
                  "한국으로 들어오는 탈북자는 2001년에 처음 1천 명을 넘었다.", "2012-01-10")
    assert [(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == [
        (1816, "year"), (23100, "cumulative"), (1000, "year")]


def test_a_yearly_sum_with_a_conversion_between_its_ends_is_one_range_and_wages_taken_are_the_workers():
    rec = extract("북한 노동자 2만여명이 해외에 파견돼 있다. 북한 당국이 임금 대부분을 떼어가며, 그렇게 모이는 돈이 연간 "
                  "5억 달러(5천억원)∼7억 달러(7천억원)로 추정된다.", "2016-03-02")
    [money] = claims_of(rec, "overseas_worker_revenue_usd")
    assert (money["value"], money["value_max"]) == (500_000_000, 700_000_000)


# --- the second session of 2026-12-07: rules read from the tuning sets resolved together (tests on invented text) ---


def test_a_state_keeping_the_councils_resolutions_tells_no_measure():
    rec = extract("북한 노동자 300명이 남아 있는 이 나라는 보고서에서 안보리 대북제재 결의를 충실히 준수하고 있다고 밝혔다.",
                  "2020-02-11")
    assert [e for e in rec["events"] if e["type"] == "sanction"] == []


def test_a_state_the_sentences_before_are_about_is_the_doer_of_a_measure_told_without_it():
    rec = extract("카자흐스탄은 지난해 보고서를 제출했는데, 북한 노동자 150명을 송환했다고 밝혔다. 그리고 안보리 결의에 "
                  "따라 북한 국적자에게 신규 노동허가를 발급하지 않고 있다고 설명했다. 안보리가 채택한 결의는 회원국이 "
                  "북한 노동자에게 취업 허가를 발급하는 것을 금지했다.", "2019-05-01")
    issuers = sorted(e["issuer"] for e in rec["events"] if e["type"] == "sanction")
    assert issuers == ["KZ", "UN"]


# --- the third session of 2026-12-07: rules read from grown222's errors (tests on invented text) ---

def test_groups_sent_back_apart_from_a_running_total_are_their_own_returns_with_their_counts():
    rec = extract("인권단체에 따르면 중국은 지난해 이후 탈북민 최소 350명을 강제 북송했다. 단체는 또 2023년 3월 중국 랴오닝성 "
                  "단둥에서 시위가 있은 뒤 북한으로 송환된 95명의 북한 노동자들이 수용소에 갇혔다고 전했다. 중국은 "
                  "탈북 여성 최소 31명을 북한에 돌려보낸 것으로 파악된다.", "2024-11-02")
    counts = sorted(e["count"] or 0 for e in of_type(rec, "return"))
    assert counts == [31, 95, 350]


def test_a_restaurant_told_by_a_foreign_outlet_is_placed_where_it_stands_not_its_former_tenant():
    rec = extract("일본의 북한 전문 매체에 따르면 '금강관'이라는 이름의 북한 식당이 블라디보스토크 시내에 있던 옛 카페 '라스토치카' "
                  "자리에 새 간판을 달고 문을 열었다.", "2024-05-20")
    got = [(r["name"], r["city"], r["country"]) for r in rec["restaurants"]]
    assert got == [("Geumgang-gwan", "Vladivostok", "RU")]


def test_a_restaurant_whose_name_leads_with_its_city_is_one_restaurant_in_that_city():
    rec = extract("네덜란드의 북한 식당 '암스테르담 해당화식당'이 지난해 문을 닫았다. 해당화식당은 손님이 적었다.", "2016-04-10")
    got = [(r["name"], r["city"], r["country"]) for r in rec["restaurants"]]
    assert got == [("Haedanghwa", "Amsterdam", "NL")]


def test_eateries_in_a_text_that_names_no_land_abroad_are_no_restaurants_of_the_network():
    rec = extract("북한 함경남도 함흥 장마당 주변에 '만원 식당'이 생겨 서민들의 인기를 얻고 있다고 소식통이 전했다. 이 식당은 "
                  "개인이 운영한다.", "2020-03-02")
    assert rec["restaurants"] == []


def test_a_greeting_and_a_remark_on_the_telephone_name_no_restaurants_and_late_last_year_is_dated():
    rec = extract("벨기에의 북한 식당 '브뤼셀 백두산식당'이 지난 해 말에 다시 문을 열었다.\n[녹취] “안녕하십니까 백두산식당입니다.”\n"
                  "[녹취: 한 교민] “ 예전 식당은 외진 곳에 있던 그런 식당이었는데요, 이번에는 시내에 있더라고요.”",
                  "2021-01-20")
    assert [r["name"] for r in rec["restaurants"]] == ["Paektusan"]
    assert [e["date"] for e in of_type(rec, "opening")] == ["2020"]


def test_hundreds_sent_back_are_no_head_count_and_link_to_no_group_of_a_hundred():
    rec = extract("중국이 지난해 10월 탈북민 수백 명을 강제 북송했다고 인권단체가 밝혔다.", "2024-03-05")
    returns = of_type(rec, "return")
    assert len(returns) == 1 and returns[0]["count"] is None and returns[0]["date"] == "2023-10"


def test_a_day_told_with_its_hour_in_what_a_group_said_is_when_the_return_happened():
    rec = extract("인권단체는 지난 12일 중국 지린성에 억류됐던 탈북민 300여명이 지난 8일 밤 북한으로 강제 송환됐다고 밝혔다.",
                  "2022-06-14")
    assert [e["date"] for e in of_type(rec, "return")] == ["2022-06-08"]


def test_a_city_naming_a_gathering_held_there_is_a_time_not_the_place_of_a_return():
    rec = extract("중국이 지난해 9월 베이징 올림픽을 전후해 탈북민 50명을 북송했다고 단체가 밝혔다.", "2009-02-10")
    returns = of_type(rec, "return")
    assert len(returns) == 1 and returns[0]["workplace"]["city"] is None and returns[0]["workplace"]["country"] == "CN"


# --- the fourth session of 2026-12-07: rules read from grown225's errors (tests on invented text) ---

def test_escapees_landing_at_the_souths_airport_arrived_with_their_number_and_day():
    rec = extract("주태국 한국대사관에 들어갔던 탈북자 11명이 라오스를 거쳐 5일 오후 김포공항에 도착했다.", "2003-09-06")
    flights = of_type(rec, "defection")
    assert [(e["count"], e["date"], e["destination"]) for e in flights] == [(11, "2003-09-05", "KR")]


def test_a_group_led_by_one_named_is_the_whole_group_and_came_late_last_year():
    rec = extract("국정원은 2일 양강도에서 농장원으로 일하다 탈북한 박영호(44.가명) 씨 등 북한이탈주민 9명이 지난 연말 "
                  "제3국을 거쳐 입국했다고 밝혔다.", "2005-01-03")
    flights = of_type(rec, "defection")
    assert [(e["count"], e["date"], e["destination"]) for e in flights] == [(9, "2004", "KR")]


def test_an_entry_still_to_come_is_pending_on_a_day_later_this_month_and_a_part_of_them_is_the_same_flight():
    rec = extract("제3국에 머물던 탈북자 300여명이 25일과 26일 두 차례에 걸쳐 특별기 편으로 입국할 것으로 알려졌다. 이들 "
                  "탈북자 중 140여명이 1차로 25일 서울공항에 도착하게 되며, 나머지는 26일 들어온다.", "2005-06-22")
    flights = of_type(rec, "defection")
    assert len(flights) == 1
    assert (flights[0]["count"], flights[0]["status"], flights[0]["date"]) == (300, "pending", "2005-06-25")


def test_arrivals_told_as_who_came_or_as_a_yearly_rate_are_counts_not_a_flight():
    rec = extract("분단 이후 입국한 탈북자는 총 3,900명이 됐다. 2001년부터 연간 500명에 달하는 탈북민이 입국했지만 "
                  "올해는 줄었다.", "2003-12-10")
    assert of_type(rec, "defection") == []


def test_loggers_at_work_in_a_land_abroad_are_a_count_of_workers_but_not_those_who_entered_a_consulate():
    rec = extract("아무르주 벌목회사 산하 벌목장 8곳에는 북한 벌목공 9천200명이 일하고 있다.", "1998-03-02")
    assert [(c["metric"], c["value"], c["country"]) for c in rec["claims"]] == [("overseas_worker_count", 9200, "RU")]
    rec = extract("러시아 北벌목공 3명 한국영사관 진입\n러시아 극동에서 일하던 북한 벌목공 3명이 한국 총영사관에 진입했다.",
                  "2011-04-02")
    assert [c for c in rec["claims"] if c["metric"] == "overseas_worker_count"] == []


def test_a_time_told_in_a_clause_about_the_people_is_not_the_time_they_were_sent_back():
    rec = extract("지난해 11월28일 몽골에서 넘겨졌던 탈북 주민 6명이 9일 중국 당국에 의해 북한으로 송환된 사실이 밝혀졌다.",
                  "2001-01-11")
    assert [(e["count"], e["date"]) for e in of_type(rec, "return")] == [(6, "2001-01-09")]


def test_a_sending_back_denied_is_none():
    rec = extract("외교부 당국자는 \"이들은 태국 당국에 의해 추방된 것이 아니며 스스로 출국한 것\"이라고 말했다.", "2006-05-02")
    assert of_type(rec, "return") == []


def test_others_asking_for_asylum_at_a_consulate_are_another_flight_in_the_land_where_it_stands():
    rec = extract("지난해 베이징을 거쳐 한국에 들어온 최명수(20)씨의 가족 4명이 7일 중국 다롄에서 체포됐다. 일본 정부는 "
                  "이들의 신병 인도를 요구했다. 이날 또 다른 탈북자 두명이 인근 캐나다 총영사관에 들어가 망명을 요구 중이라고 "
                  "캐나다 대사관이 확인했다.", "2003-06-09")
    flights = of_type(rec, "defection")
    assert (2, "CN") in [(e["count"], e["workplace"]["country"]) for e in flights]
    assert len(flights) == 2


def test_escapees_who_entered_a_third_states_embassy_fled_the_land_they_left_not_where_they_landed():
    rec = extract("지난 3일 주중 캐나다 대사관에 진입했던 탈북자 11명이 5일 중국을 떠나 태국에 도착했다. 이들은 태국을 "
                  "경유해 곧 서울로 온다. 정부는 태국에 도착한 이들의 건강을 살피고 있다.", "2003-09-06")
    flights = of_type(rec, "defection")
    assert [(e["count"], e["workplace"]["country"]) for e in flights] == [(11, "CN")]


def test_escapees_held_and_then_sent_back_are_a_return_only():
    rec = extract("헤이룽장성에 억류됐던 탈북민 120여명이 지난달 말 북한으로 강제 송환됐다고 단체가 밝혔다.", "2021-05-03")
    assert of_type(rec, "defection") == []
    assert [(e["count"], e["workplace"]["country"]) for e in of_type(rec, "return")] == [(120, "CN")]


def test_arrivals_since_the_division_are_a_running_total_and_those_of_this_year_so_far_are_the_years():
    rec = extract("통일부는 지난해 입국한 탈북자가 1,120명이라고 밝혔다. 분단 이후 입국한 탈북자는 총 3,950명이 됐다. "
                  "통일부는 또 올 들어 3월 말까지 입국한 탈북자는 301명이라고 덧붙였다.", "2004-04-12")
    got = {c["value"]: c["period"] for c in rec["claims"] if c["metric"] == "defector_arrivals"}
    assert got == {1120: "year", 3950: "cumulative", 301: "year"}


# --- the fifth session of 2026-12-07: rules read from grown228-230's errors (tests on invented text) ---

def test_escapees_who_landed_in_a_land_of_refuge_fled_there_from_a_land_not_told():
    rec = extract("탈북자 5명이 제3국을 거쳐 12일 오후 항공편으로 캐나다 토론토에 도착했다고 현지 소식통이 13일 밝혔다. "
                  "이들의 캐나다 입국은 난민 심사를 거친 첫 사례다.", "2031-03-14")
    flights = of_type(rec, "defection")
    assert [(e["count"], e["date"], e["destination"], e["workplace"]["country"]) for e in flights] == [
        (5, "2031-03-12", "CA", None)]
    rec = extract("탈북자 4명이 라오스를 거쳐 태국 치앙라이에 도착했다고 현지 소식통이 13일 밝혔다.", "2031-03-14")
    assert all(e["destination"] != "TH" for e in of_type(rec, "defection"))


def test_a_half_years_arrivals_in_the_thousands_are_a_figure_told_once_not_a_flight():
    rec = extract("통일부에 따르면 지난해 상반기에만 1,400여명의 탈북자가 입국했다. 상반기에만 1,400명이 입국함에 따라 "
                  "연간 기록 경신이 예상됐다.", "2031-01-05")
    assert of_type(rec, "defection") == []
    assert [(c["value"], c["approx"]) for c in rec["claims"] if c["metric"] == "defector_arrivals"] == [(1400, True)]


def test_a_few_workers_seen_at_work_on_a_day_are_a_scene_not_the_count_of_workers_there():
    rec = extract("지난 3일 러시아 하바롭스크 시내 공사장에서 북한 노동자 7명이 벽돌을 나르며 일하고 있다. 하바롭스크에는 "
                  "약 2000명의 북한 노동자가 일하는 것으로 알려졌다.", "2031-08-10")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] == [(2000, "RU")]


# --- the sixth session of 2026-12-07: rules read from grown231-233's errors (tests on invented text) ---

def test_restaurants_counted_as_most_of_them_as_a_part_of_them_or_after_at_work_are_counts():
    rec = extract("북한은 현재 15개국에서 150여 개의 식당을 운영하고 있다. 이 중 러시아에 있는 식당이 약 40개로 대부분을 "
                  "차지한다.", "2031-03-09")
    assert {(c["value"], c["country"]) for c in claims_of(rec, "restaurant_count")} == {(150, None), (40, "RU")}
    rec = extract("외신에 따르면 해외에서 영업하는 북한 식당은 150여 곳, 종업원은 3000여 명으로 추산된다. 베트남이 20여 곳으로 "
                  "가장 많다.", "2031-03-09")
    assert {(c["value"], c["country"]) for c in claims_of(rec, "restaurant_count")} == {(150, None), (20, "VN")}
    rec = extract("두 달 만에 15개 나라 150여개의 북한 식당 중 5분의 1 정도가 문을 닫았다.", "2031-03-09")
    assert [c["value"] for c in claims_of(rec, "restaurant_count")] == [150]


def test_a_years_earnings_told_as_yeon_suik_are_the_restaurants_and_of_no_land_named_before():
    rec = extract("러시아에 있는 북한 식당이 약 40개다. 정부는 이들 식당이 벌어들이는 연 수익이 2000만 달러(약 240억원)에 "
                  "달하는 것으로 파악하고 있다.", "2031-03-09")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "annual_revenue_usd")] == [(20000000, None)]


def test_a_regime_that_came_in_is_no_opening_and_an_order_to_close_is_a_closure_to_come():
    rec = extract("북한의 해외 식당은 2010년만 해도 80개 남짓이었지만 새 체제가 들어선 이후 크게 늘었다. 라오스와 태국 등에서도 "
                  "북한 식당이 성업 중이다.", "2031-03-09")
    assert of_type(rec, "opening") == []
    rec = extract("하노이시 당국은 북한 식당 최소 3곳에 대해 \"30일 이내에 영업을 중단하라\"는 공문을 보냈다고 한다.",
                  "2031-03-09")
    assert [(e["status"], e["workplace"]["city"]) for e in of_type(rec, "closure")] == [("pending", "Hanoi")]
    assert [(c["value"], c["approx"]) for c in claims_of(rec, "restaurant_count")] == [(3, True)]


def test_restaurants_told_as_known_or_crowded_are_counted_and_a_measure_named_tells_nothing():
    rec = extract("유엔 안보리 대북 제재 결의에 따라 중국 내 북한 식당들이 문을 닫아야 한다. 다만 80곳 안팎으로 알려진 북한 "
                  "식당들은 대부분 영업 중이다. 단둥에는 북한 식당 10여 곳이 밀집해 있다.", "2031-03-09")
    got = {(c["value"], c["approx"], c["attributed_to"]) for c in claims_of(rec, "restaurant_count")}
    assert got == {(80, True, None), (10, True, None)}


# --- the seventh session of 2026-12-07: rules read from grown234-236's errors (tests on invented text) ---

def test_escapees_caught_with_their_guide_and_a_failed_entry_into_a_mission_are_flights_under_way():
    rec = extract("탈북자 7명과 이들을 데려가던 한국인 선교사 박모씨가 지난 4일 지린성 옌지에서 공안에 체포됐다.", "2031-05-06")
    assert [(e["count"], e["status"], e["date"]) for e in of_type(rec, "defection")] == [(7, "pending", "2031-05-04")]
    rec = extract("탈북자를 도와 온 목사가 체포됐다. 북한 출신 탈북자 9명이 5일 베이징의 한 대사관 진입에 실패했다.", "2031-05-06")
    assert [(e["count"], e["date"]) for e in of_type(rec, "defection")] == [(9, "2031-05-05")]


def test_people_who_came_by_boat_are_the_flights_subject_and_a_soldier_who_asks_to_come_over_defects():
    rec = extract("북한 주민 4명이 작은 어선을 타고 오늘 새벽 동해 먼바다를 지나 귀순했다.", "2031-05-06")
    assert [(e["count"], e["destination"], e["date"]) for e in of_type(rec, "defection")] == [(4, "KR", "2031-05-06")]
    rec = extract("북한군 병사 1명이 6일 오후 군사분계선을 넘어와 귀순 의사를 밝혔다고 합참이 밝혔다.", "2031-05-07")
    assert [(e["count"], e["date"]) for e in of_type(rec, "defection")] == [(1, "2031-05-06")]


def test_one_who_fled_and_went_back_north_is_a_return():
    rec = extract("평안남도에서 살던 최모 씨는 2024년 탈북했다가 지난 2월 3일 북한으로 돌아갔다고 북한 매체가 보도했다.",
                  "2031-05-06")
    assert [(e["destination"], e["date"]) for e in of_type(rec, "return")] == [("KP", "2031-02-03")]


def test_a_whole_told_before_its_part_and_the_restaurants_money_comes_from_are_counts():
    rec = extract("하얼빈의 북한 식당 12곳 중 2곳이 최근 폐업했다. 해외 북한식당 90여 곳에서 북한으로 가던 돈은 "
                  "한 해 5천만 달러. 한때 러시아에서만 30개에 육박할 정도로 성업했다.", "2031-05-06")
    got = {(c["value"], c["approx"]) for c in claims_of(rec, "restaurant_count")}
    assert got == {(12, False), (90, True), (30, True)}


def test_earnings_from_a_least_to_a_most_are_one_range():
    rec = extract("북한식당들은 연간 2천만 달러에서 최고 5천만 달러까지 수입을 올렸다.", "2031-05-06")
    assert [(c["value"], c["value_max"]) for c in claims_of(rec, "annual_revenue_usd")] == [(20000000, 50000000)]


def test_restaurants_listed_each_with_its_own_place_close_each_there():
    rec = extract("북한 식당인 다롄의 '해당화관', 연변의 '모란봉식당'도 최근 문을 닫았다.", "2031-05-06")
    got = {(e["workplace"]["name"], e["workplace"]["city"]) for e in of_type(rec, "closure")}
    assert got == {("Haedanghwa-gwan", "Dalian"), ("Moranbong", None)}
    assert {(r["name"], r["city"]) for r in rec["restaurants"]} == {("Haedanghwa-gwan", "Dalian"), ("Moranbong", None)}


def test_lately_in_a_years_article_is_that_year_and_workers_at_an_inland_zone_are_not_abroad():
    rec = extract("중국 다롄의 북한 식당 한 곳이 최근 문을 닫았다.", "2031")
    assert [e["date"] for e in of_type(rec, "closure")] == ["2031"]
    rec = extract("통일부는 개성공단 북측 근로자 임금을 5% 올리기로 했다. 근로자 최저임금은 70달러가 된다.", "2031-05-06")
    assert rec["relevant"] is False


# --- the eighth session of 2026-12-07: rules read from grown237-239's errors (tests on invented text) ---

def test_arrivals_beside_the_same_span_a_year_before_a_share_and_those_living_here():
    rec = extract("올해 1분기 하나원에 들어온 탈북자는 210명이라고 정부가 밝혔다. 작년 같은 기간(260명)에 비해 적다. "
                  "2027년 1분기(190명)보다는 많았다. 이후 2028년 880명, 2029년 910명을 기록했다. 올해 들어온 탈북자 중 "
                  "여성의 비율은 75%(158명)다. 국내에 살고 있는 탈북자는 2만9500명에 달하며 그 중 65%인 1만9175명이 "
                  "여성이다.", "2031-04-20")
    got = {(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")}
    assert got == {(210, "year"), (260, "year"), (190, "year"), (880, "year"), (910, "year"), (29500, "cumulative")}
    assert of_type(rec, "defection") == []      # (a quarter's count that shrank is no flight)


def test_refugees_entering_a_refuge_land_a_fiscal_years_tally_and_a_total_grown_since_a_law():
    rec = extract("국무부 자료에 따르면 지난 9월에 탈북 난민 5명이 미국에 입국했으며, 2006년 시행된 북한인권법에 따라 "
                  "미국 땅을 밟은 탈북 난민은 310명으로 증가했다. 2029 회계연도에는 탈북 난민 14명이, 그 전 회계연도에는 "
                  "12명이 미국에 입국했다. 탈북 난민이 미국에 입국한 것은 작년 3월 2명 이후 반년 만에 처음이다.",
                  "2031-10")
    assert [(e["count"], e["destination"], e["date"]) for e in of_type(rec, "defection")] == [(5, "US", "2031-09")]
    got = {(c["value"], c["period"], c["attributed_to"]) for c in claims_of(rec, "defector_arrivals")}
    assert got == {(310, "cumulative", "State Department"), (14, "year", None), (12, "year", None)}


def test_escapees_a_pastor_helped_enter_fled_and_workers_sent_home_are_no_count_of_workers():
    rec = extract("지난 12일 탈북자 7명의 국내 입국을 도운 김모 목사는 소감을 밝혔다.", "2031-05-20")
    assert [(e["count"], e["destination"], e["date"]) for e in of_type(rec, "defection")] == [(7, "KR", "2031-05-12")]
    rec = extract("중국에서 일하다 숨진 북한 노동자 40명의 시신이 화장돼 북한으로 송환된 데 이어, 북한 노동자 600명도 "
                  "본국으로 송환된 사실이 밝혀졌다.", "2031-05-20")
    assert sorted(e["count"] for e in of_type(rec, "return")) == [40, 600]
    assert claims_of(rec, "overseas_worker_count") == []


def test_a_lands_only_restaurant_is_a_count_of_one_and_a_networks_lands_are_no_restaurant_count():
    rec = extract("라오스의 유일한 북한식당이 돌연 문을 닫았다. 정보기관은 3개국에서 가장 큰 조직망을 갖고 있고, 이 조직은 "
                  "공장과 한국 식당을 운영하고 있다고 전했다.", "2031-05-20")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "restaurant_count")] == [(1, "LA")]
    assert claims_of(rec, "host_country_count") == []


# --- the ninth session of 2026-12-07: rules read from grown240-242's errors (tests on invented text) ---

def test_two_people_each_with_a_year_in_two_digits_are_two_flights_of_one():
    rec = extract("국정원은 4일 북한 주민 두 명이 귀순을 요청해 조사 중이라고 밝혔다. 국정원에 따르면 정씨는 평북 정주 출신으로 "
                  "교원으로 일하다 94년 5월 북한을 탈출했다. 또 한씨는 자강도 출신으로 운전수로 일하다가 96년 2월 북한을 "
                  "탈출해 제3국에 머물렀다고 진술했다.", "1998-03-05")
    assert sorted((e["count"], e["date"]) for e in of_type(rec, "defection")) == [(1, "1994-05"), (1, "1996-02")]


def test_one_who_came_over_the_line_fled_south_and_crossing_south_is_no_vietnam():
    rec = extract("북한 남성이 서해 갯벌로 걸어서 군사분계선(MDL)을 넘어온 것으로 알려졌다. 군은 이 남성이 물때를 이용해 "
                  "월남한 것으로 추정했다.", "2030-08-12")
    assert [(e["destination"], e["workplace"]["country"]) for e in of_type(rec, "defection")] == [("KR", None)]


def test_a_definition_of_escapees_is_no_flight():
    rec = extract("탈북민은 북한의 굶주림과 박해를 피해 탈출한 사람들이다. 중국은 지난 3일 억류했던 탈북민 수십 명을 "
                  "강제 북송했다.", "2030-11-06")
    assert of_type(rec, "defection") == []
    assert [(e["date"], e["destination"]) for e in of_type(rec, "return")] == [("2030-11-03", "KP")]


def test_standing_counts_of_escapees_as_of_a_day_passing_a_mark_or_come_here_are_cumulative():
    rec = extract("도에 따르면 지난 5월말 기준 남한에 입국한 북한이탈주민 수는 3만6천418명이다.", "2031-07-10")
    assert [(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == [(36418, "cumulative")]
    assert of_type(rec, "defection") == []      # (a standing count is no group's flight)
    rec = extract("자료에서 보듯 북한이탈주민이 4만명을 넘으면서 지원 조례가 필요해졌다.", "2031-07-10")
    assert [(c["value"], c["approx"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == \
        [(40000, True, "cumulative")]
    rec = extract("이렇게 이 땅에 온 탈북자들은 올 9월 말까지 1만2천여 명. 이들의 정착은 쉽지 않다.", "2031-10-20")
    assert [(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == [(12000, "cumulative")]


def test_a_round_mark_passed_beside_its_exact_figure_is_one_count_unless_dated_apart():
    rec = extract("국내에 입국한 탈북민이 4만명을 넘어섰다. 통일부에 따르면 지난달 말 기준 입국한 탈북민은 4만27명이다.",
                  "2031-02-10")
    assert [(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == [(40027, "cumulative")]
    rec = extract("국내에 들어온 탈북민은 지난해 6월에 4만명을 넘어섰고, 지난달 말 현재 총 4만512명이다.", "2031-02-10")
    assert sorted(c["value"] for c in claims_of(rec, "defector_arrivals")) == [40000, 40512]


def test_a_boats_flag_places_no_flight_and_those_told_as_them_are_counted():
    rec = extract("지난 2일 어선에 괴선박이 다가왔다. 선장은 처음에 일본 배인 줄 알았다. 배에 탄 북한 주민 4명 중 3명은 우리 측으로 귀순 "
                  "의사를 밝혔다고 통일부가 전했다.", "2029-07-04")
    assert [(e["count"], e["workplace"]["country"]) for e in of_type(rec, "defection")] == [(3, None)]
    rec = extract("해경은 지난 7일 표류하던 북한 어선과 선원 5명을 구조했고, 이들을 9일 판문점을 통해 북한으로 돌려보냈다.",
                  "2029-07-11")
    assert [(e["count"], e["date"]) for e in of_type(rec, "return")] == [(5, "2029-07-09")]


def test_a_flight_told_as_following_another_is_another_and_its_waiting_is_its_own():
    rec = extract("지난 2월 중국 다롄의 한 북한식당에서 일하던 종업원 10명 중 6명이 탈북한 데 이어 중국의 다른 북한식당 "
                  "종업원들이 최근 또 탈출해 제3국에서 한국행을 기다리고 있는 것으로 알려졌다.", "2030-04-15")
    got = sorted((e["count"] or 0, e["status"]) for e in of_type(rec, "defection"))
    assert got == [(0, "pending"), (6, "reported")]


# --- the tenth session of 2026-12-07: rules read from grown243-245's errors (tests on invented text) ---

def test_a_states_listing_is_dated_where_its_day_is_told_and_a_sentence_naming_no_issuer_is_that_measure():
    rec = extract("美, 북한 노동자 송출 도운 업체 제재\n미국 정부가 북한 노동자 송출에 관여한 업체 3곳을 제재했다. 미 재무부는 "
                  "9일(현지시간) 이 업체들을 제재 명단에 올렸다고 발표했다. 제재 대상 업체는 몽골에서 활동해 왔다.",
                  "2031-03-10")
    assert [(e["issuer"], e["date"]) for e in of_type(rec, "sanction")] == [("US", "2031-03-09")]


def test_a_states_own_sanctions_beside_the_councils_cooperation_are_that_states_signed_this_month():
    rec = extract("국제사회의 대북제재 공조가 긴밀해질 것으로 보이고 미국도 북한에 대한 독자제재를 발의했다고 밝혔다. 미국의 "
                  "독자제재는 이달 초 대통령이 서명한 법안을 말한다. 북한 노동자들이 해외에서 외화를 번다.", "2031-05-20")
    assert [(e["issuer"], e["date"]) for e in of_type(rec, "sanction")] == [("US", "2031-05")]


def test_advice_to_keep_away_from_the_norths_restaurants_is_a_measure_beside_the_governments_sanctions():
    rec = extract("정부가 7일 내놓은 독자적 대북제재 조치에는 북한의 해외 식당 이용 자제를 권고하는 내용이 포함됐다. 정부는 "
                  "교민들에게 북한 식당 출입을 자제해 달라고 당부했다.", "2031-04-08")
    assert [e["issuer"] for e in of_type(rec, "sanction")] == ["KR", "KR"]


def test_the_same_advice_given_years_before_is_another_measure_not_the_new_ones_date():
    rec = extract("정부는 최근 교민들에게 외국의 북한 음식점 이용을 자제해 달라고 재외공관을 통해 권고했다. 정부는 지난 "
                  "2019년에도 북한 음식점 출입 자제를 재외공관을 통해 권고한 바 있다.", "2031-04-08")
    assert sorted((e["issuer"], e["date"] or "") for e in of_type(rec, "sanction")) == [("KR", ""), ("KR", "2019")]


def test_a_restaurant_reopened_on_a_day_after_closing_last_year_and_an_opening_ceremony_held_the_day_before():
    rec = extract("보도에 따르면 작년 말 문을 닫은 하바롭스크의 북한 식당이 3일 영업을 재개했다.", "2031-02-04")
    assert [e["date"] for e in of_type(rec, "opening")] == ["2031-02-03"]
    rec = extract("주북 러시아대사관은 전날 블라디보스토크에서 북한 식당 개업식이 열렸다고 전했다. 식당 이름은 "
                  "'대동강식당'이다.", "2031-06-12")
    assert [(e["date"], e["workplace"]["city"]) for e in of_type(rec, "opening")] == [("2031-06-11", "Vladivostok")]


# --- the eleventh session of 2026-12-07: rules read from grown246-248's errors (tests on invented text) ---

def test_an_opening_ceremony_had_and_business_begun_in_earnest_is_an_opening_and_the_crowd_at_it_no_worker_count():
    rec = extract("훈춘의 북한 식당 '평양 은하관'이 5일 개업식을 갖고 본격 영업에 들어갔다. 행사에는 시 관계자와 여성 "
                  "봉사원 30여명 등 모두 80여 명이 참석했다. 은하관에는 봉사원 60여 명이 일한다.", "2031-03-06")
    assert [(e["date"], e["workplace"]["city"]) for e in of_type(rec, "opening")] == [("2031-03-05", "Hunchun")]
    assert [c["value"] for c in claims_of(rec, "overseas_worker_count")] == [60]


def test_a_ranking_of_other_lands_workers_and_those_ranked_ahead_of_the_norths_are_no_count_of_its_workers():
    rec = extract("카자흐스탄에서 일하는 외국 노동자는 키르기스스탄이 12만명으로 가장 많았다. 북한은 중국 3만명과 "
                  "몽골 1만5000명에 이어 네번째로 많은 4천여명의 노동자를 카자흐스탄에 보냈다.", "2031-05-02")
    assert [(c["value"], c["country"]) for c in claims_of(rec, "overseas_worker_count")] == [(4000, "KZ")]


def test_a_sum_earned_through_the_workers_the_sentence_before_counted_is_their_yield():
    rec = extract("해외에 나가 있는 북한 노동자는 3만여명에 이른다. 북한 당국은 이들을 통해 연간 1억달러가량을 챙기는 "
                  "것으로 알려졌다.", "2031-05-02")
    assert [c["value"] for c in claims_of(rec, "overseas_worker_revenue_usd")] == [100000000]


def test_a_couple_who_went_back_are_two_and_a_bare_month_before_a_comma_dates_its_restaurant():
    rec = extract("중국에 살던 탈북자 부부가 북한으로 재입북한 사실이 3일 북한 매체를 통해 알려졌다.", "2031-07-05")
    assert [e["count"] for e in of_type(rec, "return")] == [2]
    rec = extract("라오스 비엔티안의 북한 식당들이 잇따라 문을 닫고 있다. 은하식당이 지난 1월, 모란봉식당이 2월 문을 "
                  "각각 닫았다고 현지 교민은 전했다.", "2031-04-01")
    assert sorted((e["workplace"]["name"], e["date"]) for e in of_type(rec, "closure") if e["workplace"]["name"]) \
        == [("Eunha", "2031-01"), ("Moranbong", "2031-02")]


def test_an_order_calling_the_norths_people_abroad_home_is_a_return_under_way_and_sounding_out_asylum_a_flight():
    rec = extract("북한 당국이 지난달 해외 파견 근무자들에게 귀국 명령을 내렸다. 노동당 산하 회사의 몽골 지사장이 지난 "
                  "8월 제3국에 망명을 타진한 일이 발단이 됐다고 신문은 전했다.", "2031-10-20")
    assert [(e["status"], e["date"]) for e in of_type(rec, "return")] == [("pending", "2031-09")]
    assert [e["date"] for e in of_type(rec, "defection")] == ["2031-08"]


# --- the twelfth session of 2026-12-07: rules read from grown249-251's errors (tests on invented text) ---

def test_that_day_after_the_day_of_the_telling_dates_a_flight_and_men_and_women_all_of_whom_fled_are_counted():
    rec = extract("3일 해양경찰에 따르면 이날 새벽 서해 NLL을 넘어온 북한 목선 1척이 발견됐다. 배에는 남성 2명, 여성 "
                  "3명이 타고 있었고, 모두 귀순 의사를 밝혔다. 2029년 5월 구조된 북한 주민 6명이 귀순한 뒤 처음이다.",
                  "2031-04-03")
    fled = sorted((e["date"], e["count"], e["male"], e["female"]) for e in of_type(rec, "defection"))
    assert fled == [("2029-05", 6, None, None), ("2031-04-03", 5, 2, 3)]


def test_all_of_those_counted_who_went_back_are_the_count_of_the_return():
    rec = extract("해경은 지난달 표류하던 북한 어선의 선원 7명을 구조했지만 모두 북한으로 돌아갔다.", "2031-04-03")
    assert [e["count"] for e in of_type(rec, "return")] == [7]


def test_a_caption_dated_before_an_agencys_dateline_does_not_date_the_measure_told_after_it():
    rec = extract("사진 설명: 지난해 여름 한 식당 앞을 지나는 시민들 모습. 북한 노동자들이 일하고 있다. 2030.6.14\n"
                  "  【서울=뉴시스】 홍길동 기자 = 쿠웨이트는 9일(현지시간) 북한 노동자들에 대한 비자 발급을 중단할 것"
                  "이라고 밝혔다.", "2031-03-11")
    assert [(e["issuer"], e["date"]) for e in of_type(rec, "sanction")] == [("KW", "2031-03-09")]


def test_thousands_of_workers_are_no_figure():
    rec = extract("현재 수천명의 북한 노동자들이 중동 각국에서 일하고 있다. 카타르에는 북한 노동자 2800명이 있다.",
                  "2031-03-11")
    assert [c["value"] for c in claims_of(rec, "overseas_worker_count")] == [2800]


def test_a_door_opened_for_a_guest_is_no_opening_and_a_name_told_again_on_its_own_is_the_restaurant():
    rec = extract("하노이의 대형 북한식당, 청류관은 손님이 많았다. 종업원이 반갑게 문을 열어줍니다. 북한 식당 은하관과 "
                  "청류관 가운데 은하관은 지난해 10월 문을 닫았다.", "2031-03-11")
    assert of_type(rec, "opening") == []
    assert sorted(r["name"] for r in rec["restaurants"]) == ["Chongryu-gwan", "Eunha-gwan"]
    assert [(e["workplace"]["name"], e["date"]) for e in of_type(rec, "closure")] == [("Eunha-gwan", "2030-10")]


def test_a_state_that_has_the_norths_firms_and_restaurants_closed_issues_a_measure_of_its_own():
    rec = extract("베트남이 유엔의 대북제재를 이행하기 위해 자국 내 북한 기업과 식당을 모두 폐쇄하도록 하고, 시한을 "
                  "지난 9일까지로 정했다.", "2031-03-11")
    assert "VN" in [e["issuer"] for e in of_type(rec, "sanction")]


def test_a_place_told_only_after_a_restaurant_already_placed_does_not_make_it_another():
    rec = extract("하노이에 있는 북한 식당 '묘향식당'에 갔다. 안내원 말로는 여기 묘향식당에서 일하던 종업원이 방콕의 한국 "
                  "대사관으로 탈출했다고 한다.", "2031-03-11")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Myohyang", "Hanoi")]


def test_unnamed_restaurants_of_two_cities_closed_together_are_two_closings():
    rec = extract("라오스 관광부는 지난달 수도 비엔티안에 있는 북한 식당 세 곳과 루앙프라방에 있던 북한 식당 한 곳을 모두 "
                  "폐쇄했다.", "2031-03-11")
    assert sorted((e["workplace"]["city"], e["date"]) for e in of_type(rec, "closure")) == \
        [("Luang Prabang", "2031-02"), ("Vientiane", "2031-02")]


# --- the thirteenth session of 2026-12-07: rules read from grown252-254's errors (tests on invented text) ---

def test_one_told_by_surname_after_the_relative_clause_of_the_flight_is_one_and_so_is_one_who_went_back():
    rec = extract("법원은 북한에 무단으로 들어간 탈북민에게 징역형을 선고했다. 지난 2027년 5월 탈북한 박씨는 생활고를 "
                  "이유로 재입북을 결심했다. 탈북민 A씨는 지난해 3월 중국을 거쳐 재입북했다.", "2031-04-03")
    assert [e["count"] for e in of_type(rec, "defection")] == [1]
    assert [e["count"] for e in of_type(rec, "return")] == [1]


def test_one_who_came_to_the_south_is_a_flight_and_this_one_person_is_one():
    rec = extract("정부는 북한 주민을 돌려보낼 수 없다고 밝혔다. 2029년 4월 남한에 온 탈북자 최은별씨는 기자회견을 "
                  "열었다.", "2031-04-03")
    assert [(e["count"], e["date"]) for e in of_type(rec, "defection")] == [(1, "2029-04")]
    rec = extract("동해 해상에서 표류하던 북한 주민 1명을 구조했다고 통일부가 10일 밝혔다. 이 북한 주민은 12일 판문점을 "
                  "통해 송환할 계획이다.", "2031-04-10")
    assert [(e["count"], e["date"], e["status"]) for e in of_type(rec, "return")] == [(1, "2031-04-12", "pending")]


def test_a_bare_flight_after_its_subject_and_a_land_named_once_for_a_later_visit_is_not_whence():
    rec = extract("북한 내각의 국장급 간부 한 명이 최근 탈북, 당국이 조사 중인 것으로 17일 알려졌다.", "2031-04-18")
    assert [e["count"] for e in of_type(rec, "defection")] == [1]
    rec = extract("북한 무역회사 사장이던 정씨는 2020년 3월 한국으로 망명했다. 정씨는 이후 독일을 방문하려고 여권을 "
                  "신청했다.", "2031-04-18")
    assert [e["workplace"]["country"] for e in of_type(rec, "defection")] == [None]


def test_a_story_about_bodies_of_defectors_is_no_flight():
    rec = extract("법원은 북한 인권 활동을 해 온 탈북민단체 두 곳의 설립 허가 취소를 두고 엇갈린 판결을 냈다. 다른 "
                  "탈북자단체도 소송을 냈다.", "2031-04-18")
    assert rec["relevant"] is False


# --- the fourteenth session of 2026-12-07: rules read from grown255-257's errors (tests on invented text) ---

def test_the_escapees_counted_before_their_helpers_are_the_flight_not_the_total():
    rec = extract("라오스로 가려던 탈북민 12명과 이들을 안내하던 선교사 등 15명이 지난 3일 중국 난닝에서 공안에 붙잡힌 것으로 "
                  "알려졌다.", "2031-04-10")
    assert [e["count"] for e in of_type(rec, "defection")] == [12]


def test_escapees_facing_return_to_the_north_are_a_return_yet_to_come():
    rec = extract("단체 관계자는 \"붙잡힌 탈북민들이 국경 도시의 변방대로 옮겨져 북송 위기에 처했다\"고 밝혔다.", "2031-04-10")
    assert [(e["destination"], e["status"]) for e in of_type(rec, "return")] == [("KP", "pending")]


def test_the_day_a_programme_was_broadcast_is_not_the_day_of_the_flight_it_tells():
    rec = extract("12일 방송된 한 시사 프로그램은 2019년 5월3일 러시아의 북한 건설현장에서 일하던 노동자 6명이 탈출한 사건을 "
                  "다뤘다.", "2031-04-13")
    assert [(e["count"], e["date"]) for e in of_type(rec, "defection")] == [(6, "2019-05-03")]


def test_the_states_trade_is_no_earnings_and_workers_who_left_are_no_standing_count():
    rec = extract("해외에 나가 있던 북한 노동자 8만명 가운데 3만명이 이미 현지를 떠난 것으로 보인다. 이들은 해마다 4억 달러를 "
                  "벌어들였다. 같은 해 북한의 연간 수출액은 2억 달러에 그쳤다.", "2031-01-05")
    assert sorted(c["value"] for c in claims_of(rec, "overseas_worker_count")) == [80000]
    assert [c["value"] for c in claims_of(rec, "overseas_worker_revenue_usd")] == [400000000]


def test_a_restaurant_named_after_its_city_that_closed_too_is_another_closing_and_joseon_is_no_name():
    rec = extract("지난 8월 말 손님이 끊겨 문을 닫은 한 북한 식당 종업원들이 아직 귀국하지 않았다. 한 소식통은 \"중국 내 조선 "
                  "식당 가운데 가장 큰 훈춘의 대동강관도 최근 문을 닫았다\"고 전했다.", "2031-10-20")
    assert [(e["workplace"]["name"], e["workplace"]["city"], e["date"]) for e in of_type(rec, "closure")] \
        == [(None, None, "2031-08"), ("Taedonggang-gwan", "Hunchun", "2031-10")]


# --- the fifteenth session of 2026-12-07: rules read from grown258-260's errors (tests on invented text) ---

def test_one_who_crossed_the_border_river_fled_into_china():
    rec = extract("북한 혜산 출신의 여성은 2028년 3월 딸을 업고 압록강을 건넜다.", "2031-05-05")
    assert [(e["date"], e["destination"]) for e in of_type(rec, "defection")] == [("2028-03", "CN")]


def test_people_crossing_the_river_back_north_are_no_flight():
    rec = extract("북한 주민 4명이 두만강을 건너 다시 북한으로 돌아갔다.", "2031-05-05")
    assert of_type(rec, "defection") == []


# --- the sixteenth session of 2026-12-07: rules read from grown261-263's errors (tests on invented text) ---

def test_marks_the_running_total_passed_in_a_month_are_counts_to_date():
    rec = extract("국내 입국한 탈북민은 2031년 3월 1만 명, 2035년 5월 2만 명을 돌파했다. 탈북민 숫자는 2030년 1천281명을 기록한 "
                  "이후 늘었다. 지난해 입국한 탈북민은 1천 명을 넘었다.", "2037-06-10")
    assert [(c["value"], c["period"], c["approx"]) for c in claims_of(rec, "defector_arrivals")] \
        == [(10000, "cumulative", True), (20000, "cumulative", True), (1281, "year", False), (1000, "year", True)]


def test_a_group_entering_as_the_total_is_told_as_of_that_day():
    rec = extract("통일부는 지난 11일 제3국을 통해 탈북민 9명이 입국하면서 이날 기준 탈북민 숫자가 4만12명이 됐다고 13일 밝혔다.",
                  "2036-04-13")
    assert [(e["count"], e["destination"], e["date"]) for e in of_type(rec, "defection")] == [(9, "KR", "2036-04-11")]
    assert [(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == [(40012, "cumulative")]


def test_a_quoted_word_closing_a_headline_and_never_told_again_is_no_restaurant_name():
    rec = extract("해외 북한식당 ‘호황’\n러시아 블라디보스토크에 있는 북한 식당입니다. 손님이 늘었습니다.", "2031-09-24")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [(None, "Vladivostok")]
    rec = extract("북한식당 ‘모란봉’\n러시아 블라디보스토크에 있는 북한 식당 ‘모란봉’입니다.", "2031-09-24")
    assert [(r["name"], r["city"]) for r in rec["restaurants"]] == [("Moranbong", "Vladivostok")]


def test_a_whole_years_entries_told_as_a_verb_are_a_tally_not_a_group():
    rec = extract("15일 통일부에 따르면 지난해 1년간 탈북민 48명이 국내로 입국했다.", "2036-01-15")
    assert of_type(rec, "defection") == []
    assert [(c["value"], c["period"]) for c in claims_of(rec, "defector_arrivals")] == [(48, "year")]


def test_fishermen_handed_over_to_the_north_went_back_and_those_who_wished_to_stay_defected():
    rec = extract("지난 3일 동해에서 발견된 북한 목선 선원 5명 가운데 3명이 7일 판문점을 통해 귀환했다. 나머지 2명은 귀순 의사를 "
                  "밝혀 남쪽에 남았다.", "2034-09-08")
    assert [(e["count"], e["date"], e["destination"]) for e in of_type(rec, "return")] == [(3, "2034-09-07", "KP")]
    assert [(e["count"], e["destination"]) for e in of_type(rec, "defection")] == [(2, "KR")]
    rec = extract("당국자는 \"선원 4명을 판문점을 통해 북측에 인도했다\"고 밝혔다.", "2034-09-08")
    assert [(e["count"], e["destination"]) for e in of_type(rec, "return")] == [(4, "KP")]


# --- the seventeenth session of 2026-12-07: rules read from grown264-266's errors (tests on invented text) ---

def test_a_return_told_as_happening_again_is_another_and_the_report_dates_it():
    rec = extract("[앵커]\n지난해 8월 중국은 구금했던 탈북민 수백명을 북한으로 강제송환했습니다. 석 달 만에 또 탈북민 50여 명을 "
                  "북송한 것으로 알려졌습니다.\n[리포트]\n지난달 초, 단둥 구류소에 구금돼 있던 탈북민 50여명이 강제 송환된 것으로 "
                  "전해졌습니다.", "2036-12-10")
    assert sorted((e["date"], e["count"]) for e in of_type(rec, "return")) == [("2035-08", None), ("2036-11", 50)]
    assert of_type(rec, "defection") == []      # (those held were who was sent back, no flight of their own)


def test_workers_who_ran_off_past_their_minders_are_a_flight_of_that_many_not_a_count_of_workers():
    rec = extract("오만에서 일하던 북한 노동자 3명이 지난 달 9일 감독관의 감시를 뚫고 현지 경찰서로 달아났습니다.", "2035-06-20")
    assert [(e["count"], e["date"], e["workplace"]["country"]) for e in of_type(rec, "defection")] \
        == [(3, "2035-05-09", "OM")]
    assert claims_of(rec, "overseas_worker_count") == []


def test_ten_written_as_a_word_is_counted_and_a_flight_stopped_by_a_catch_is_under_way():
    rec = extract("북한을 탈출한 탈북민 6명이 지난 4일 다롄에서 중국 공안에 붙잡혔습니다. 단체는 칭다오에서도 탈북민 십여 명이 "
                  "붙잡혔다고 밝혔습니다.", "2037-03-09")
    assert sorted((e["count"], e["status"], e["workplace"]["city"]) for e in of_type(rec, "defection")) \
        == [(6, "pending", "Dalian"), (10, "pending", "Qingdao")]
    rec = extract("부부는 2036년 6월 재탈북했고 중국에서 체포돼 한국으로 송환됐다.", "2037-03-09")
    assert [e["status"] for e in of_type(rec, "defection")] == ["confirmed"]     # (brought South after all)


def test_a_means_spelled_as_sudan_is_is_no_place():
    rec = extract("북한 식당은 북한의 주요 외화벌이 수단이죠. 손님이 줄면서 아예 문을 닫은 곳도 있습니다.\n"
                  "베이징 중심가에 있는 북한 식당 한 곳이 폐업했습니다.", "2036-04-02")
    assert {e["workplace"]["country"] for e in of_type(rec, "closure")} == {"CN"}
    rec = extract("수단에서 일하던 북한 노동자 2명이 한국으로 망명했다.", "2036-04-02")
    assert [e["workplace"]["country"] for e in of_type(rec, "defection")] == ["SD"]


def test_a_script_without_full_stops_is_read_sentence_by_sentence():
    rec = extract("[앵커] 노동자 송환 시한이 정해졌습니다 [기자] 유엔 안보리는 북한 노동자들을 24개월 안에 송환하도록 했습니다 "
                  "북한은 그동안 30여 개국에 최대 8만 명의 근로자를 파견한 것으로 알려졌습니다", "2036-12-23")
    assert [(c["value"], c["attributed_to"]) for c in claims_of(rec, "overseas_worker_count")] == [(80000, None)]


def test_a_script_hard_wrapped_mid_sentence_keeps_its_place_and_time_with_its_flight():
    rec = extract("[앵커]\n북한 외교관이 한국으로 망명한 것이 확인됐습니다.\n[리포트]\n\n가나 소재 북한 무역대표부 직원이\n"
                  "지난 5월 한국으로 망명했습니다.\n\n앞서 2031년에는 중국 다롄 주재 북한 무역일꾼 3명이\n망명했습니다.",
                  "2036-09-15")
    assert sorted((e["date"] or "", e["workplace"]["country"]) for e in of_type(rec, "defection")) \
        == [("2031", "CN"), ("2036-05", "GH")]


def test_those_who_entered_up_to_a_month_are_a_tally_not_a_group():
    rec = extract("올해는 5월까지 북한 이탈 주민 87명이\n입국해 지난해보다 더 적을 전망입니다.", "2036-06-10")
    assert of_type(rec, "defection") == []
    assert [c["value"] for c in claims_of(rec, "defector_arrivals")] == [87]


# --- the eighteenth session of 2026-12-07: rules read from grown267-269's errors (tests on invented text) ---

def test_workers_hurt_or_gone_are_a_toll_not_a_count_of_the_workers_there():
    rec = extract("카타르의 공사장에서 일하던 북한 노동자 4명이 철근에 깔려 다쳤다고 현지 신문이 전했다. 같은 달 북한 근로자 "
                  "160명이 한꺼번에 잠적해 행방이 묘연하다.", "2034-05-02")
    assert claims_of(rec, "overseas_worker_count") == []
    rec = extract("북한 노동자 9명, 감독관과 함께 사라져. 숙소에서 사라진 여성 노동자들은 9명이며 지배인도 함께 사라졌다.",
                  "2034-05-02")
    assert claims_of(rec, "overseas_worker_count") == []
    rec = extract("카타르에서 일하는 북한 노동자는 약 3천 명에 이른다.", "2034-05-02")
    assert [c["value"] for c in claims_of(rec, "overseas_worker_count")] == [3000]


def test_the_norths_own_embassy_entered_is_no_flight_and_last_months_date_is_the_news():
    rec = extract("2029년 3월 1일 북한 여성들이 주중 북한대사관으로 들어가고 있다. 〈사진=홈페이지 캡처〉\n"
                  "지난달 초 중국 톈진에 파견된 북한 여성 노동자 15명이 숙소를 빠져나와 탈북했다.", "2034-05-02")
    assert [(e["date"], e["workplace"]["kind"]) for e in of_type(rec, "defection")] == [("2034-04", None)]


def test_a_months_sum_is_not_the_years_revenue():
    rec = extract("북한 노동자들이 매달 500만 달러, 연간 6000만 달러를 북한에 보내고 있다.", "2034-05-02")
    assert [c["value"] for c in claims_of(rec, "overseas_worker_revenue_usd")] == [60000000]


def test_a_fall_from_a_larger_count_keeps_the_earlier_count_and_permit_holders_are_workers():
    rec = extract("체코 정부는 북한 노동자 수가 줄었다고 밝혔다. 체코 내 북한 노동자 수는 2031년 5월 212명에서 190명 "
                  "줄었다. 체코에서 노동허가를 받은 북한 국적자는 22명이다.", "2033-02-10")
    assert sorted(c["value"] for c in claims_of(rec, "overseas_worker_count")) == [22, 212]


def test_workers_who_left_the_land_they_worked_in_went_home():
    rec = extract("외화벌이를 위해 해외에 파견된 북한 의료진이 다시 늘고 있다. 내전으로 2029년 여름 예멘을 떠났던 북한 의료진 "
                  "20여명이 다시 예멘으로 돌아왔다.", "2036-01-11")
    assert [(e["date"], e["workplace"]["country"]) for e in of_type(rec, "return")] == [("2029", "YE")]
    rec = extract("외화벌이를 위해 해외에 파견된 북한 노동자가 늘고 있다. 북한 노동자 5명은 태국을 떠나 라오스로 향했다.",
                  "2036-01-11")
    assert of_type(rec, "return") == []


# --- the nineteenth session of 2026-12-07: rules read from grown270-272's errors (tests on invented text) ---


def test_a_flight_told_in_a_bare_noun_and_an_entry_into_the_country_are_one_flight_south():
    rec = extract("외화벌이를 위해 해외에 파견된 북한 노동자가 늘고 있다. 북한 해외식당에서 일하던 종업원 9명이 집단으로 탈출, "
                  "5일 국내에 입국했다고 정부가 밝혔다.", "2037-06-08")
    assert [(e["count"], e["destination"]) for e in of_type(rec, "defection")] == [(9, "KR")]


def test_those_counted_as_having_entered_the_country_are_no_flight():
    rec = extract("외화벌이를 위해 해외에 파견된 북한 노동자가 늘고 있다. 정부에 따르면 지금까지 국내에 입국한 탈북자는 "
                  "3만1000명으로 집계됐다.", "2037-06-08")
    assert of_type(rec, "defection") == []


def test_the_day_a_programme_told_of_a_flight_is_not_the_flights_date():
    rec = extract("외화벌이를 위해 해외에 파견된 북한 노동자가 늘고 있다. 지난 5일 KBS ‘시사초점’에서 2031년 3월 북한 식당 "
                  "종업원들의 집단 탈북이 기획된 일이라는 주장이 나왔다.", "2033-02-10")
    assert [e["date"] for e in of_type(rec, "defection")] == ["2031-03"]


# --- the twentieth session of 2026-12-07: rules read from grown273-275's errors (tests on invented text) ---


def test_a_sum_per_head_is_no_count_of_workers():
    rec = extract("외화벌이를 위해 해외에 파견된 북한 노동자가 늘고 있다. 보도에 따르면 무역회사가 파견한 노동자 800여명이 "
                  "러시아 공장에서 일한다. 회사는 노동자 한 명당 월 40만원을 받는다.", "2037-03-02")
    assert sorted(c["value"] for c in claims_of(rec, "overseas_worker_count")) == [800]


def test_a_worker_posted_abroad_who_fled_at_a_stop_on_the_way_home_fled_from_the_land_of_the_post():
    rec = extract("외화벌이를 위해 해외에 파견된 북한 노동자가 늘고 있다. 카타르에 파견됐다가 귀국하던 한 노동자가 지난 3월 "
                  "경유지인 중국 상하이에서 도망쳤다. 상하이에서 붙잡혀 북송된 이 노동자는 “임금을 받지 못해 도망쳤다”고 말했다.",
                  "2037-06-08")
    flights = of_type(rec, "defection")
    assert [(e["count"], e["workplace"]["country"], e["workplace"]["city"]) for e in flights] == [(1, "QA", None)]
    assert [e["workplace"]["country"] for e in of_type(rec, "return")] == ["CN"]


# --- the twenty-first session of 2026-12-07: rules read from grown276-278's errors (tests on invented text) ---


def test_a_defector_who_stole_back_into_the_north_went_back_and_one_who_dared_flight_again_fled():
    rec = extract("경찰에 따르면 탈북민 B씨는 지난해 5월 중국으로 건너가 두만강을 건너 밀입북한 혐의를 받고 있다.\n"
                  "입북에 성공한 B씨는 반년 만에 다시 탈북을 감행, 지난달 3일 입국하다 붙잡혔다.", "2036-03-10")
    assert of_type(rec, "return") and of_type(rec, "defection")


def test_the_people_a_count_says_were_killed_are_not_those_sent_back():
    rec = extract("정부는 지난해 3월 동해에서 나포한 북한 선원 3명이 동료 선원 11명을 살해하고 도주한 범죄인이라는 이유로 "
                  "이들을 북측으로 추방했다.", "2036-01-20")
    assert [e["count"] for e in of_type(rec, "return")] == [3]


def test_a_deportation_spoken_of_as_the_matter_of_a_complaint_is_the_one_told_before():
    rec = extract("정부는 2035년 4월 9일 나포한 북한 선원 2명을 판문점을 거쳐 북으로 추방했다.\n"
                  "이에 한 변호사단체는 같은 달 21일, 선원들을 강제추방한 사실을 두고 진정서를 인권위에 냈다.\n"
                  "인권위는 선원들이 이미 북한으로 추방된 상황에서 조사가 어렵다고 했다.", "2036-02-01")
    assert [(e["count"], e["date"]) for e in of_type(rec, "return")] == [(2, "2035-04-09")]


# --- the twenty-second session of 2026-12-07: rules read from grown279-281's errors (tests on invented text) ---


def test_a_flight_told_in_the_norths_words_then_a_return_each_take_their_own_month():
    rec = extract("북한 매체는 재입북한 주민 두 명의 좌담회를 열었다고 보도했다.\n"
                  "매체는 \"박순녀는 2031년 8월 남조선에 갔다가 올해 2월 다시 재입북했으며, 최명길은 2030년 3월 남조선으로 "
                  "끌려가 지난해 9월에 재입북했다\"고 전했다.\n"
                  "또 \"한영호는 2029년 5월 남조선에 갔다가 올해 3월 배를 타고 재입북했다\"고 소개했다.", "2034-05-02")
    flights = of_type(rec, "defection")
    assert sorted(e["date"] for e in flights) == ["2029-05", "2030-03", "2031-08"]
    assert {e["destination"] for e in flights} == {"KR"}
    assert sorted(e["date"] for e in of_type(rec, "return")) == ["2033-09", "2034-02", "2034-03"]


def test_people_who_set_out_meaning_to_come_over_fled_and_the_rest_sent_to_the_north_went_back():
    rec = extract("지난 8일 동해에서 발견된 목선에는 북한 주민 5명이 타고 있었다.\n"
                  "당국자는 \"5명 중 3명은 처음부터 귀순 의도를 갖고 출항했다고 진술했다\"면서 \"나머지 2명은 본인 뜻에 따라 "
                  "북한으로 송환됐다\"고 말했다.", "2035-07-12")
    assert of_type(rec, "defection")
    assert [e["count"] for e in of_type(rec, "return")] == [2]


def test_a_daily_average_is_no_head_count_and_the_workers_arrested_are_no_count_of_workers():
    rec = extract("소식통은 \"명절을 앞둔 지난 1월 10일부터 15일까지 하루 평균 300명이 넘는 북한 노동자들이 북한으로 "
                  "돌아갔다\"고 말했다.\n"
                  "지난주 경찰은 라오스의 한 북한 식당을 급습해 지배인 한 명과 여종업원 5명을 체포했다.", "2035-02-03")
    assert [e["count"] for e in of_type(rec, "return")] == [None]
    assert claims_of(rec, "overseas_worker_count") == []


def test_one_lands_share_of_a_total_sent_back_is_its_own_return_and_the_lands_ranked_after_it_no_worker_counts():
    rec = extract("각국의 보고서를 보면 모두 1만 2천 347명의 북측 해외 파견 인력이 북한에 송환됐음이 드러났다.\n"
                  "특히 러시아는 2만 여명의 노동자 가운데 9천 812명을 북한으로 돌려보냈다고 밝혔다.\n"
                  "이어 오만이 1천 204명, 바레인이 611명으로 그 뒤를 이었다.", "2034-06-20")
    returns = {e["count"]: e["workplace"]["country"] for e in of_type(rec, "return")}
    assert 12347 in returns and returns.get(9812) == "RU"
    assert sorted(c["value"] for c in claims_of(rec, "overseas_worker_count")) == [20000]


def test_the_day_a_source_tells_it_is_not_the_day_the_diplomat_came():
    rec = extract("오늘(11일) 정부 소식통에 따르면 북한 대사관의 참사관이 지난해 10월 가족과 함께 국내로 들어왔습니다.",
                  "2035-04-11")
    assert [e["date"] for e in of_type(rec, "defection")] == ["2034-10"]


# --- the twenty-third session of 2026-12-07: rules read from grown282-284's errors (tests on invented text) ---

def test_fishermen_who_came_by_sea_fled_and_their_sending_back_is_dated_by_its_own_day():
    rec = extract("정부는 지난 2일 서해로 넘어온 북한 어민 3명을 돌려보내겠다고 북측에 통보했다. 북측이 8일 \"받겠다\"고 하자 "
                  "9일 곧바로 북송했다.\n"
                  "지난 4월 목포항에 닿은 어민 5명 중 2명을 북송할 때도 그랬다.", "2036-05-20")
    assert [e["count"] for e in of_type(rec, "defection")] == [3]
    assert sorted(e["date"] for e in of_type(rec, "return")) == ["2036-04", "2036-05-09"]


def test_a_return_that_cannot_happen_is_none_and_youths_who_escaped_then_sent_back_are_no_part_of_a_group_caught():
    rec = extract("정부는 귀순 의사를 밝힌 주민 3명을 송환할 수 없다는 입장이다.", "2036-02-02")
    assert of_type(rec, "return") == []
    rec = extract("태국으로 가려던 탈북자 12명이 중국 광저우에서 공안에 체포됐다.\n"
                  "올해 3월 미얀마로 탈출했던 청소년 7명이 북한으로 강제 송환됐다.", "2036-10-01")
    assert sorted(e["count"] for e in of_type(rec, "defection")) == [7, 12]
    assert [(e["count"], e["date"]) for e in of_type(rec, "return")] == [(7, "2036-03")]


def test_each_flight_in_a_list_of_them_told_as_nouns_keeps_its_own_time_and_place():
    rec = extract("지난 2월 북한 식당 종업원들의 집단 탈출, 5월 싱가포르 대회에 왔던 북한 선수의 망명, 무역 간부의 잠적, "
                  "보위부 장교의 한국 망명, 외교관 등 6명의 한국 입국 등이 잇따르고 있다. 특히 스웨덴 주재 공사였던 그의 망명은 "
                  "충격이었다.", "2037-08-30")
    flights = of_type(rec, "defection")
    assert len(flights) == 6
    dates = sorted(e["date"] or "" for e in flights)
    assert dates == ["", "", "", "", "2037-02", "2037-05"]
    assert [e["workplace"]["country"] for e in flights if e["date"] == "2037-02"] == [None]
    assert [e["destination"] for e in flights if e["count"] == 6] == ["KR"]


def test_the_land_a_diplomat_fled_to_is_the_one_told_right_before_the_flight():
    rec = extract("1999년 김모 주스웨덴 북한 대사는 가족과 캐나다로 망명했다.", "2036-01-09")
    assert [e["destination"] for e in of_type(rec, "defection")] == ["CA"]


# --- the twenty-fourth session of 2026-12-07: rules read from grown285's errors (tests on invented text) ---


def test_one_who_fled_the_north_in_a_piece_set_in_a_land_of_refuge_went_there():
    rec = extract("캐나다의 한인 마을 노스요크에 탈북민 쉼터가 생겼다. 쉼터를 세운 사람은 12년 전 탈북해 목사가 된 "
                  "이모 씨다.", "2030-05-01")
    [e] = of_type(rec, "defection")
    assert e["destination"] == "CA" and e["workplace"]["country"] is None and e["date"] == "2018"


def test_one_who_fled_the_north_and_settled_as_a_refugee_in_a_land_went_there():
    rec = extract("북한을 탈출해 캐나다에 난민으로 정착한 박모 씨가 자서전을 냈다.", "2030-05-01")
    [e] = of_type(rec, "defection")
    assert e["destination"] == "CA" and e["workplace"]["country"] is None


def test_the_voice_of_america_is_no_place():
    rec = extract("미국의소리(VOA)에 따르면 지난 2027년 탈북해 현재 한국에 사는 최모 씨가 증언했다.", "2030-05-01")
    [e] = of_type(rec, "defection")
    assert e["destination"] == "KR" and e["workplace"]["country"] is None


def test_the_defectors_settled_in_a_land_counted_about_some_hundreds_are_its_tally():
    rec = extract("캐나다 토론토에 탈북민 센터가 문을 열었다. 현재 캐나다에 정착한 새터민은 300여 명으로 추산된다.",
                  "2030-05-01")
    got = [(c["value"], c["country"], c["period"]) for c in claims_of(rec, "defector_arrivals")]
    assert got == [(300, "CA", "cumulative")]


def test_those_who_sought_asylum_in_a_land_since_a_law_are_a_tally_not_one_flight():
    rec = extract("토론토의 한인 교회가 탈북자 가족을 도왔다. 지난 2021년 난민법이 개정된 후 캐나다에 망명한 탈북자들은 "
                  "57명이다.", "2030-05-01")
    got = [(c["value"], c["country"], c["period"]) for c in claims_of(rec, "defector_arrivals")]
    assert got == [(57, "CA", "cumulative")]
    assert [e["count"] for e in of_type(rec, "defection")] == []
