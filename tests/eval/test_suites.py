"""Suite scoring rules on hand-built records (no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from dyad.errors import EvalError
from dyad.eval import baseline
from dyad.eval.base import SuiteResult, party_key
from dyad.eval.petrarch import _score, triples
from dyad.eval.plover import matches
from dyad.eval.polnear import Tally
from dyad.eval.seed import expectations, score
from dyad.records import (
    Actor,
    Amount,
    Article,
    CodedArticle,
    DateRef,
    Event,
    Location,
    Participant,
    Quote,
    Speaker,
)

RUS = Actor("Russia", "RUSGOV", "RUS", "GOV", None)
CHN = Actor("China", "CHNGOV", "CHN", "GOV", None)
UN = Actor("United Nations", "IGOUNO", None, "IGO", None)


def event(kind, actors, recipients, cameo="051", conf=0.8, text="x"):
    part = lambda a: Participant(a, 0, 1, a.name)  # noqa: E731
    return Event(
        "",
        dt.date(2000, 1, 1),
        kind,
        None,
        (),
        cameo,
        3.4,
        1,
        tuple(map(part, actors)),
        tuple(map(part, recipients)),
        text,
        0,
        0,
        1,
        conf,
    )


def test_party_keys_are_countries_or_igo():
    assert (party_key(RUS), party_key(UN)) == ("RUS", "IGO")


def test_a_transnational_armed_group_is_keyed_img_as_the_plover_gold_codes_al_qaeda():
    aqd = Actor("al-Qaeda", "IMGAQD", None, "REB", "group:AQD")
    assert party_key(aqd) == "IMG"


def test_plover_match_needs_type_all_parties_and_a_source_acting():
    e = event("SUPPORT", [RUS], [CHN])
    assert matches(e, "SUPPORT", {"RUS"}, {"CHN"})
    assert not matches(e, "ACCUSE", {"RUS"}, {"CHN"})
    assert not matches(e, "SUPPORT", {"RUS"}, {"USA"})
    assert not matches(e, "SUPPORT", {"CHN"}, {"RUS"})  # the gold source only receives
    assert matches(event("CONSULT", [RUS, CHN], []), "CONSULT", {"CHN"}, {"RUS"})


def coded(*events):
    return CodedArticle(Article("a", "t"), events=tuple(events))


def test_petrarch_triples_pair_actors_with_recipients_or_meeting_partners():
    assert triples(coded(event("SUPPORT", [RUS], [CHN, UN]))) == [
        ("RUSGOV", "CHNGOV", "051"),
        ("RUSGOV", "IGOUNO", "051"),
    ]
    assert triples(coded(event("CONSULT", [RUS, CHN], [], "040"))) == [("RUSGOV", "CHNGOV", "040")]


def test_petrarch_scoring_perfect_empty_and_partial():
    records = [
        {
            "id": "1",
            "text": "t",
            "expected_events": [{"source": "RUSGOV", "target": "CHNGOV", "code": "051"}],
        },
        {"id": "2", "text": "t", "expected_events": [], "expect_no_event": True},
    ]
    perfect = _score("s", records, [coded(event("SUPPORT", [RUS], [CHN])), coded()])
    assert perfect.metrics["records_right"] == 1.0 and perfect.metrics["triple_f1"] == 1.0
    empty = _score("s", records, [coded(), coded()])
    assert empty.metrics["records_right"] == 0.5 and empty.metrics["triple_f1"] == 0.0
    wrong_sub = _score(
        "s",
        records,
        [coded(event("SUPPORT", [RUS], [CHN], "057")), coded(event("SUPPORT", [RUS], [CHN]))],
    )
    assert wrong_sub.metrics["records_right"] == 0.0
    assert (
        wrong_sub.metrics["triple_precision"] == 0.0 and wrong_sub.metrics["root_precision"] == 0.5
    )
    assert wrong_sub.metrics["root_recall"] == 1.0


def test_seed_scoring_counts_what_is_missing():
    want = expectations()
    perfect_quotes = tuple(
        Quote(0, 1, s["starts"], "indirect", None, Speaker(0, 1, "x", s["speaker"], None), 0)
        for s in want["statements"]
    )
    perfect = CodedArticle(
        Article("a", "t"),
        quotes=perfect_quotes,
        events=(
            event("CONSULT", [RUS, CHN], [], "041", text="videoconference"),
            event("SUPPORT", [RUS], [CHN], text="thanked"),
            event("SUPPORT", [RUS], [CHN], text="congratulated"),
        ),
        amounts=(Amount(0, 1, "$200 billion", 2e11, "USD", "trade"),),
        dates=(DateRef(0, 1, "Wednesday", dt.date(2026, 2, 4), "day"),),
        locations=(
            Location(0, 1, "Moscow", "Moscow", "RUS", 0, 0, 524901),
            Location(0, 1, "Beijing", "Beijing", "CHN", 0, 0, 1816670),
        ),
    )
    result = score(
        perfect, {**want, "events": [{**want["events"][0], "mode": None}, *want["events"][1:]]}
    )
    assert result.metrics == {
        "statements_found": 1.0,
        "speakers_right": 1.0,
        "events_found": 1.0,
        "no_conflict": 1.0,
        "records_right": 1.0,
    }
    assert score(CodedArticle(Article("a", "t")), want).metrics == {
        "statements_found": 0.0,
        "speakers_right": 0.0,
        "events_found": 0.0,
        "no_conflict": 1.0,
        "records_right": 0.0,
    }


def test_baseline_floors_only_rise_unless_allowed():
    result = SuiteResult("s", {"m": 0.5}, 10)
    pinned = baseline.update({}, [result], {"s": "abc"}, "c1")
    assert pinned["suites"]["s"]["floors"]["m"] == 0.5
    worse = SuiteResult("s", {"m": 0.4}, 10)
    assert not baseline.verdicts(worse, pinned)[0].ok
    assert baseline.verdicts(SuiteResult("s", {"m": 0.499}, 10), pinned)[0].ok  # within epsilon
    with pytest.raises(EvalError, match="E403"):
        baseline.update(pinned, [worse], {"s": "abc"}, "c2")
    lowered = baseline.update(pinned, [worse], {"s": "abc"}, "c2", allow_regression=True)
    assert lowered["suites"]["s"]["floors"]["m"] == 0.4
    assert baseline.gold_changed("s", "other", pinned) and not baseline.gold_changed(
        "s", "abc", pinned
    )


def polnear_record(text, attributions):
    return {"doc": "d1", "text": text, "attributions": attributions}


def gold_attribution(text, content, source):
    start = text.index(content)
    return {
        "content": {"spans": [[start, start + len(content)]], "text": content},
        "source": {"text": source},
    }


def test_polnear_tally_matches_statements_by_word_overlap_and_checks_speakers():
    text = "The mayor said the bridge will open in May. Critics said it costs too much."
    record = polnear_record(
        text,
        [
            gold_attribution(text, "the bridge will open in May", "The mayor"),
            gold_attribution(text, "it costs too much", "Critics"),
        ],
    )
    start = text.index("the bridge")
    end = text.index(" in May")  # 4 of the gold's 6 words: a match at 0.3, not at 0.8
    mayor = Speaker(0, 9, "The mayor", None, None)
    found = Quote(start, end, text[start:end], "indirect", None, mayor, 0)
    tally = Tally()
    tally.add(record, text, [found])
    metrics = tally.metrics()
    assert (metrics["precision_03"], metrics["recall_03"]) == (1.0, 0.5)
    assert metrics["recall_08"] == 0.0
    assert metrics["speaker_accuracy"] == 1.0
    assert [case.got for case in tally.cases] == ["missed"]
