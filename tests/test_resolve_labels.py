"""Event labels read as words: what happened, to how many, where — and what the sources leave out is said so."""

from __future__ import annotations

from nkwatch.resolve.labels import event_label


def ev(type_, *, count=None, count_max=None, name=None, city=None, country=None, kind=None, approx=None,
       **slots):
    s = {k: {"value": v} for k, v in slots.items()}
    if approx is not None:
        s["approx"] = {"value": approx}
    if kind:
        s["workplace.kind"] = {"value": kind}
    return {"type": type_, "count": count, "count_max": count_max, "slots": s,
            "place": {k: v for k, v in (("name", name), ("city", city), ("country", country)) if v}}


def test_labels_say_who_from_where_in_words():
    assert event_label(ev("return", count=22, city="Khabarovsk", country="RU", kind="restaurant")) == \
        "Return of 22 workers from an unnamed restaurant in Khabarovsk"
    assert event_label(ev("defection", count=2, count_max=3, name="Arirang", city="Hue", country="VN",
                          kind="restaurant")) == "Defection of 2–3 workers from the Arirang restaurant in Hue"
    assert event_label(ev("closure", city="Harbin", country="CN", kind="restaurant")) == \
        "Closure of an unnamed restaurant in Harbin"
    assert event_label(ev("return", count=12, city="Khabarovsk", country="RU", kind="other")) == \
        "Return of 12 workers from Khabarovsk"
    assert event_label(ev("closure", country="LA", kind="restaurant"), restaurant="Chollima") == \
        "Closure of the Chollima restaurant in Laos"


def test_what_the_sources_leave_out_is_said_not_dropped():
    assert event_label(ev("defection")) == "Defection (place not reported)"
    assert event_label(ev("defection", count=4)) == "Defection of 4 North Koreans (place not reported)"


def test_a_workplace_is_a_restaurant_only_when_a_source_says_so():
    # ~23,000 workers sent home from 47 countries: no source says they worked in a restaurant
    assert event_label(ev("return", count=23000, country="RU", approx=True)) == \
        "Return of about 23,000 North Koreans from Russia"
    assert event_label(ev("return", count=904, country="KW")) == "Return of 904 North Koreans from Kuwait"
    assert event_label(ev("defection", count=15, city="Chiang Rai", country="TH")) == \
        "Defection of 15 North Koreans in Chiang Rai"
    # an embassy's people are diplomats and their families, not its "workers"
    assert event_label(ev("return", count=1, country="MM", kind="embassy")) == \
        "Return of 1 North Korean from the embassy in Myanmar"
    assert event_label(ev("defection", count=2, city="Rome", country="IT", kind="embassy")) == \
        "Defection of 2 North Koreans from the embassy in Rome"
    assert event_label(ev("defection", count=1, kind="other")) == "Defection of 1 worker (place not reported)"
    assert "restaurant" not in event_label(ev("return", count=600, city="Hangzhou", country="CN", approx=True))


def test_counts_keep_their_hedge_and_thousands_separators():
    assert event_label(ev("return", count=2500, country="QA", kind="restaurant", approx=True)) == \
        "Return of about 2,500 workers from an unnamed restaurant in Qatar"
    assert event_label(ev("return", count=1000, count_max=2000, city="Dandong", kind="restaurant")) == \
        "Return of 1,000–2,000 workers from an unnamed restaurant in Dandong"


def test_sanctions_are_named_by_their_instrument_or_issuer():
    assert event_label(ev("sanction", instrument="UNSCR 2321", issuer="UN")) == "UN Security Council resolution 2321"
    assert event_label(ev("sanction", issuer="JP")) == "Sanctions by Japan"
    assert event_label(ev("sanction", issuer="EU")) == "Sanctions by the EU"
    assert event_label(ev("sanction")) == "Sanctions (issuer not reported)"


def test_a_count_the_sources_disagree_on_is_labelled_with_every_count_they_give():
    """Seven by one source, eight by another: the title says '7 or 8', not the fold's pick as if settled."""
    e = ev("defection", count=7, city="Yangon", country="MM", kind="restaurant")
    e["slots"]["count"] = {"value": 7, "alternatives": [{"value": 8, "agrees": False}]}
    assert event_label(e) == "Defection of 7 or 8 workers from an unnamed restaurant in Yangon"
    e["slots"]["count"]["alternatives"] = [{"value": 8, "agrees": False}, {"value": 9, "agrees": False}]
    assert event_label(e).startswith("Defection of 7, 8 or 9 workers")
    e["slots"]["count"]["alternatives"] = [{"value": 20, "agrees": True}]     # 'about 20' beside 22: agreement
    assert event_label(e).startswith("Defection of 7 workers")
