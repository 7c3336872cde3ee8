"""Dates follow the tense of the clause they date and the article's date (issue 22): a past
event is not after the article, a future one is not before it, a range of days is its first
day, and a date more than a week after the article is flagged. On hand-built parses
(en_core_web_sm's, in the bank at the end), whose tense is read from their Penn tags; the
model's morphology (``Tense=Past``) is tested on the model's parses at the end."""

from __future__ import annotations

import datetime as dt

import pytest

from dyad.dates.extract import AFTER_ARTICLE_DAYS
from dyad.dates.tense import AROUND, FUTURE, NEAREST, PAST, PRESENT, clause_direction
from tests.parses import Parses, run_stages, span


def dated(sentence: str, date: str) -> dict[str, str]:
    """Each time expression's value, by its text."""
    return {d.text: d.value for d in PARSES.code(sentence, date).dates}


def test_a_day_range_in_a_past_clause_is_its_first_day_before_the_article():
    # dateparser read "24-25" as the 24th of the year 25: 2025 (future) or 1925 (past)
    assert dated("Leaders met in Brussels on 24-25 April.", "2018-04-15") == {
        "24-25 April": "2017-04-24"
    }


def test_a_day_range_in_a_future_clause_is_the_coming_one_not_2025():
    assert dated("Leaders will meet in Brussels on 24-25 April.", "2018-04-15") == {
        "24-25 April": "2018-04-24"
    }


def test_to_be_escorted_out_early_thursday_is_the_coming_thursday():
    sentence = "The diplomats are to be escorted out of the country early Thursday."
    assert dated(sentence, "2019-10-15") == {"early Thursday": "2019-10-17"}  # a Tuesday


def test_an_interview_airing_sunday_is_the_coming_sunday():
    sentence = "Trump said in an interview airing Sunday that he would not resign."
    assert dated(sentence, "2019-10-18") == {"Sunday": "2019-10-20"}  # a Friday


def test_an_expected_event_is_ahead_of_the_article():
    assert dated("The vote is expected to take place Thursday.", "2019-10-18") == {
        "Thursday": "2019-10-24"
    }


def test_a_plan_told_in_the_past_is_the_weekday_nearest_the_article():
    # the plan comes after the agreement, which is past: Friday is the coming one
    assert dated("Russia and Turkey agreed on Tuesday to hold talks on Friday.", "2019-10-16") == {
        "Tuesday": "2019-10-15",
        "Friday": "2019-10-18",
    }
    assert dated("The vote was expected to take place Thursday.", "2019-10-16") == {
        "Thursday": "2019-10-17"
    }


def test_what_would_happen_on_a_weekday_is_the_one_nearest_the_article():
    # English Wikinews, 2020-12-21 (a Monday), on Slovakia's lockdown from Saturday 19 December
    sentence = (
        "During that meeting, it was agreed a partial lockdown would be instated on Saturday."
    )
    assert dated(sentence, "2020-12-21") == {"Saturday": "2020-12-19"}
    assert dated(sentence, "2020-12-17") == {"Saturday": "2020-12-19"}


def test_what_someone_was_asked_to_do_is_read_around_the_article():
    sentence = "The envoy asked the three countries to meet on 10 and 11 September."
    assert dated(sentence, "2018-09-04") == {"10 and 11 September": "2018-09-10"}


def test_a_gerund_takes_the_tense_of_its_main_clause():
    assert dated("After meeting on Monday, the leaders signed the deal.", "2019-10-16") == {
        "Monday": "2019-10-14"
    }


def test_a_present_tense_schedule_reads_forward():
    assert dated("The two leaders meet Friday in Ankara.", "2019-10-16") == {"Friday": "2019-10-18"}


def test_a_present_tense_calendar_date_is_the_reading_nearest_the_article():
    assert dated("The summit opens on 3 May.", "2018-04-26") == {"3 May": "2018-05-03"}
    assert dated("The summit opens on 3 May.", "2018-06-26") == {"3 May": "2018-05-03"}


def test_a_headline_in_the_present_tells_a_past_event():
    doc = PARSES.doc("Kurdish forces announce deal on Sunday")
    doc._.text_part = "title"
    (ref,) = [f.record for f in run_stages(doc, "2019-10-16")._.dates]
    assert ref.value == "2019-10-13"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Leaders met in Brussels on 24-25 April.", PAST),
        ("The ministers have met on Friday.", PAST),
        ("Talks were held on 20 April.", PAST),
        ("After meeting on Monday, the leaders signed the deal.", PAST),
        ("Leaders will meet in Brussels on 24-25 April.", FUTURE),
        ("The talks will be held next month.", FUTURE),
        ("The diplomats are to be escorted out of the country early Thursday.", FUTURE),
        ("The vote is expected to take place Thursday.", FUTURE),
        ("Trump said in an interview airing Sunday that he would not resign.", PRESENT),
        ("The two leaders meet Friday in Ankara.", PRESENT),
        ("The vote was expected to take place Thursday.", AROUND),
        (
            "During that meeting, it was agreed a partial lockdown would be instated on Saturday.",
            AROUND,
        ),
    ],
)
def test_the_clause_tense_gives_the_direction(sentence, direction):
    doc = PARSES.doc(sentence)
    date = next(e for e in doc.ents if e.label_ == "DATE")
    assert clause_direction(date) == direction


def test_a_date_in_a_clause_without_a_verb_has_no_tense_and_a_weekday_is_the_last():
    doc = PARSES.doc("General election in Spain on Sunday")
    assert clause_direction(span(doc, "Sunday")) == NEAREST
    assert dated("General election in Spain on Sunday", "2019-10-16") == {"Sunday": "2019-10-13"}


ARTICLE_DAYS = [dt.date(2018, 4, 9) + dt.timedelta(days=n) for n in range(0, 60, 3)]
PAST_SENTENCES = [
    "Leaders met in Brussels on 24-25 April.",
    "The ministers have met on Friday.",
    "Talks were held on 20 April.",
    "After meeting on Monday, the leaders signed the deal.",
]
FUTURE_SENTENCES = [
    "Leaders will meet in Brussels on 24-25 April.",
    "The diplomats are to be escorted out of the country early Thursday.",
    "The vote is expected to take place Thursday.",
]


@pytest.mark.parametrize("sentence", PAST_SENTENCES)
def test_a_past_event_is_never_dated_after_its_article(sentence):
    for day in ARTICLE_DAYS:
        (ref,) = PARSES.code(sentence, day.isoformat()).dates
        assert ref.date <= day, (day, ref)
        assert not ref.after_article


@pytest.mark.parametrize("sentence", FUTURE_SENTENCES)
def test_a_future_event_is_never_dated_before_its_article(sentence):
    for day in ARTICLE_DAYS:
        (ref,) = PARSES.code(sentence, day.isoformat()).dates
        assert ref.date >= day, (day, ref)


def test_a_date_more_than_a_week_after_its_article_is_flagged():
    (ref,) = PARSES.code("The talks will be held next month.", "2019-10-16").dates
    assert (ref.value, ref.after_article) == ("2019-11", True)
    (ref,) = PARSES.code("Leaders will meet in Brussels on 24-25 April.", "2018-04-15").dates
    assert ref.after_article  # nine days ahead: a plan, or a misreading; the reader decides


def test_a_date_within_a_week_after_its_article_is_not_flagged():
    sentence = "Leaders will meet in Brussels on 24-25 April."
    at_limit = dt.date(2018, 4, 24) - dt.timedelta(days=AFTER_ARTICLE_DAYS)
    (ref,) = PARSES.code(sentence, at_limit.isoformat()).dates
    assert (ref.value, ref.after_article) == ("2018-04-24", False)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "date", "text", "value"),
    [
        (
            "The diplomats are to be escorted out of the country early Thursday.",
            "2019-10-15",
            "early Thursday",
            "2019-10-17",
        ),
        (
            "Trump said in an interview airing Sunday that he would not resign.",
            "2019-10-18",
            "Sunday",
            "2019-10-20",
        ),
        ("Leaders met in Brussels on 24-25 April.", "2018-04-15", "24-25 April", "2017-04-24"),
        (
            "Leaders will meet in Brussels on 24-25 April.",
            "2018-04-15",
            "24-25 April",
            "2018-04-24",
        ),
    ],
)
def test_the_models_morphology_gives_the_same_tense(code, sentence, date, text, value):
    assert {d.text: d.value for d in code(sentence, date).dates}[text] == value


def test_a_deadline_set_in_the_past_is_the_one_nearest_the_article_date():
    # https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex
    text = (
        "Hong Kong student groups had given the government until Thursday to throw it out entirely."
    )
    assert dated(text, "2019-06-23") == {"Thursday": "2019-06-20"}


def test_a_deadline_in_a_present_perfect_clause_is_ahead_of_the_article():
    # https://en.wikinews.org/wiki/Holy_Headdress_of_Christ_carried_in_procession_through_streets_of_Cahors,_France
    text = "Other celebrations and other events have been planned in Cahors until December."
    assert dated(text, "2019-05-03") == {"December": "2019-12"}


def test_a_present_state_as_of_a_weekday_was_reached_by_the_last_one():
    # https://en.wikinews.org/wiki/Four_teenagers_shot_at_Pennsylvania_graduation_party
    assert dated("As of Sunday evening, all four are in stable condition.", "2019-07-23") == {
        "Sunday": "2019-07-21"
    }


def test_a_weekday_that_names_an_event_is_the_one_nearest_the_article():
    # adapted from https://en.wikinews.org/wiki/Toronto_serial_killer_Bruce_McArthur_pleads_guilty_to_eight_murders
    text = "Rachel Giese said she felt Tuesday's pleas might provide some solace for the families."
    assert dated(text, "2019-02-01") == {"Tuesday": "2019-01-29"}  # a Friday
    assert dated("Officials prepared the ballots for Sunday's election.", "2019-02-01") == {
        "Sunday": "2019-02-03"
    }


# en_core_web_sm's parses of the sentences above (written for these tests, after the issue's
# cases read on unseen news)
PARSES = Parses(
    r"""
    # text = Leaders met in Brussels on 24-25 April.
    1   Leaders   leader  NOUN   NNS  2  nsubj
    2   met       meet    VERB   VBD  0  ROOT
    3   in        _       ADP    IN   2  prep
    4   Brussels  _       PROPN  NNP  3  pobj    B-GPE
    5   on        _       ADP    IN   2  prep
    6   24        _       NUM    CD   9  nummod  B-DATE
    7   -         _       SYM    SYM  8  punct   I-DATE
    8   25        _       NUM    CD   6  prep    I-DATE
    9   April     _       PROPN  NNP  5  pobj    I-DATE
    10  .         _       PUNCT  .    2  punct

    # text = Leaders will meet in Brussels on 24-25 April.
    1   Leaders   leader  NOUN   NNS  3   nsubj
    2   will      _       AUX    MD   3   aux
    3   meet      _       VERB   VB   0   ROOT
    4   in        _       ADP    IN   3   prep
    5   Brussels  _       PROPN  NNP  4   pobj    B-GPE
    6   on        _       ADP    IN   3   prep
    7   24        _       NUM    CD   10  nummod  B-DATE
    8   -         _       SYM    SYM  9   punct   I-DATE
    9   25        _       NUM    CD   7   prep    I-DATE
    10  April     _       PROPN  NNP  6   pobj    I-DATE
    11  .         _       PUNCT  .    3   punct

    # text = The diplomats are to be escorted out of the country early Thursday.
    1   The        _         DET    DT   2   det
    2   diplomats  diplomat  NOUN   NNS  3   nsubj
    3   are        be        AUX    VBP  0   ROOT
    4   to         _         PART   TO   6   aux
    5   be         _         AUX    VB   6   auxpass
    6   escorted   escort    VERB   VBN  3   xcomp
    7   out        _         ADP    IN   6   prep
    8   of         _         ADP    IN   7   prep
    9   the        _         DET    DT   10  det
    10  country    _         NOUN   NN   8   pobj
    11  early      _         ADV    RB   12  advmod    B-DATE
    12  Thursday   _         PROPN  NNP  6   npadvmod  I-DATE
    13  .          _         PUNCT  .    3   punct

    # text = Trump said in an interview airing Sunday that he would not resign.
    1   Trump      _    PROPN  NNP  2   nsubj     B-ORG
    2   said       say  VERB   VBD  0   ROOT
    3   in         _    ADP    IN   2   prep
    4   an         _    DET    DT   5   det
    5   interview  _    NOUN   NN   3   pobj
    6   airing     air  VERB   VBG  5   acl
    7   Sunday     _    PROPN  NNP  6   npadvmod  B-DATE
    8   that       _    SCONJ  IN   12  mark
    9   he         _    PRON   PRP  12  nsubj
    10  would      _    AUX    MD   12  aux
    11  not        _    PART   RB   12  neg
    12  resign     _    VERB   VB   6   ccomp
    13  .          _    PUNCT  .    2   punct

    # text = The vote is expected to take place Thursday.
    1  The       _       DET    DT   2  det
    2  vote      _       NOUN   NN   4  nsubjpass
    3  is        be      AUX    VBZ  4  auxpass
    4  expected  expect  VERB   VBN  0  ROOT
    5  to        _       PART   TO   6  aux
    6  take      _       VERB   VB   4  xcomp
    7  place     _       NOUN   NN   6  dobj
    8  Thursday  _       PROPN  NNP  6  npadvmod   B-DATE
    9  .         _       PUNCT  .    4  punct

    # text = The vote was expected to take place Thursday.
    1  The       _       DET    DT   2  det
    2  vote      _       NOUN   NN   4  nsubjpass
    3  was       be      AUX    VBD  4  auxpass
    4  expected  expect  VERB   VBN  0  ROOT
    5  to        _       PART   TO   6  aux
    6  take      _       VERB   VB   4  xcomp
    7  place     _       NOUN   NN   6  dobj
    8  Thursday  _       PROPN  NNP  6  npadvmod   B-DATE
    9  .         _       PUNCT  .    4  punct

    # text = Russia and Turkey agreed on Tuesday to hold talks on Friday.
    1   Russia   _      PROPN  NNP  4   nsubj  B-GPE
    2   and      _      CCONJ  CC   1   cc
    3   Turkey   _      PROPN  NNP  1   conj   B-GPE
    4   agreed   agree  VERB   VBD  0   ROOT
    5   on       _      ADP    IN   4   prep
    6   Tuesday  _      PROPN  NNP  5   pobj   B-DATE
    7   to       _      PART   TO   8   aux
    8   hold     _      VERB   VB   4   xcomp
    9   talks    talk   NOUN   NNS  8   dobj
    10  on       _      ADP    IN   8   prep
    11  Friday   _      PROPN  NNP  10  pobj   B-DATE
    12  .        _      PUNCT  .    4   punct

    # text = After meeting on Monday, the leaders signed the deal.
    1   After    _       ADP    IN   8   prep
    2   meeting  meet    VERB   VBG  1   pcomp
    3   on       _       ADP    IN   2   prep
    4   Monday   _       PROPN  NNP  3   pobj   B-DATE
    5   ,        _       PUNCT  ,    8   punct
    6   the      _       DET    DT   7   det
    7   leaders  leader  NOUN   NNS  8   nsubj
    8   signed   sign    VERB   VBD  0   ROOT
    9   the      _       DET    DT   10  det
    10  deal     _       NOUN   NN   8   dobj
    11  .        _       PUNCT  .    8   punct

    # text = The two leaders meet Friday in Ankara.
    1  The      _       DET    DT   3  det
    2  two      _       NUM    CD   3  nummod    B-CARDINAL
    3  leaders  leader  NOUN   NNS  4  nsubj
    4  meet     _       VERB   VBP  0  ROOT
    5  Friday   _       PROPN  NNP  4  npadvmod  B-DATE
    6  in       _       ADP    IN   4  prep
    7  Ankara   _       PROPN  NNP  6  pobj      B-GPE
    8  .        _       PUNCT  .    4  punct

    # text = Kurdish forces announce deal on Sunday
    1  Kurdish   _      ADJ    JJ   2  amod   B-NORP
    2  forces    force  NOUN   NNS  3  nsubj
    3  announce  _      VERB   VBP  0  ROOT
    4  deal      _      NOUN   NN   3  dobj
    5  on        _      ADP    IN   3  prep
    6  Sunday    _      PROPN  NNP  5  pobj   B-DATE

    # text = The ministers have met on Friday.
    1  The        _         DET    DT   2  det
    2  ministers  minister  NOUN   NNS  4  nsubj
    3  have       _         AUX    VBP  4  aux
    4  met        meet      VERB   VBN  0  ROOT
    5  on         _         ADP    IN   4  prep
    6  Friday     _         PROPN  NNP  5  pobj   B-DATE
    7  .          _         PUNCT  .    4  punct

    # text = The summit opens on 3 May.
    1  The     _     DET    DT   2  det
    2  summit  _     NOUN   NN   3  nsubj
    3  opens   open  VERB   VBZ  0  ROOT
    4  on      _     ADP    IN   3  prep
    5  3       _     NUM    CD   6  nummod  B-DATE
    6  May     _     PROPN  NNP  4  pobj    I-DATE
    7  .       _     PUNCT  .    3  punct

    # text = The talks will be held next month.
    1  The    _     DET    DT   2  det
    2  talks  talk  NOUN   NNS  5  nsubjpass
    3  will   _     AUX    MD   5  aux
    4  be     _     AUX    VB   5  auxpass
    5  held   hold  VERB   VBN  0  ROOT
    6  next   _     ADJ    JJ   7  amod       B-DATE
    7  month  _     NOUN   NN   5  npadvmod   I-DATE
    8  .      _     PUNCT  .    5  punct

    # text = Talks were held on 20 April.
    1  Talks  talk  NOUN   NNS  3  nsubjpass
    2  were   be    AUX    VBD  3  auxpass
    3  held   hold  VERB   VBN  0  ROOT
    4  on     _     ADP    IN   3  prep
    5  20     _     NUM    CD   6  nummod     B-DATE
    6  April  _     PROPN  NNP  4  pobj       I-DATE
    7  .      _     PUNCT  .    3  punct

    # text = During that meeting, it was agreed a partial lockdown would be instated on Saturday.
    1   During    _        ADP    IN   7   prep
    2   that      _        DET    DT   3   det
    3   meeting   _        NOUN   NN   1   pobj
    4   ,         _        PUNCT  ,    7   punct
    5   it        _        PRON   PRP  7   nsubjpass
    6   was       be       AUX    VBD  7   auxpass
    7   agreed    agree    VERB   VBN  0   ROOT
    8   a         _        DET    DT   10  det
    9   partial   _        ADJ    JJ   10  amod
    10  lockdown  _        NOUN   NN   13  nsubjpass
    11  would     _        AUX    MD   13  aux
    12  be        _        AUX    VB   13  auxpass
    13  instated  instate  VERB   VBN  7   ccomp
    14  on        _        ADP    IN   13  prep
    15  Saturday  _        PROPN  NNP  14  pobj       B-DATE
    16  .         _        PUNCT  .    7   punct

    # text = The envoy asked the three countries to meet on 10 and 11 September.
    1   The        _        DET    DT   2   det
    2   envoy      _        NOUN   NN   3   nsubj
    3   asked      ask      VERB   VBD  0   ROOT
    4   the        _        DET    DT   6   det
    5   three      _        NUM    CD   6   nummod  B-CARDINAL
    6   countries  country  NOUN   NNS  3   dobj
    7   to         _        PART   TO   8   aux
    8   meet       _        VERB   VB   3   xcomp
    9   on         _        ADP    IN   8   prep
    10  10         _        NUM    CD   13  nummod  B-DATE
    11  and        _        CCONJ  CC   10  cc      I-DATE
    12  11         _        NUM    CD   10  conj    I-DATE
    13  September  _        PROPN  NNP  9   pobj    I-DATE
    14  .          _        PUNCT  .    3   punct

    # text = General election in Spain on Sunday
    1  General   _  ADJ    JJ   2  amod
    2  election  _  NOUN   NN   0  ROOT
    3  in        _  ADP    IN   2  prep
    4  Spain     _  PROPN  NNP  3  pobj  B-GPE
    5  on        _  ADP    IN   2  prep
    6  Sunday    _  PROPN  NNP  5  pobj  B-DATE

    # text = Hong Kong student groups had given the government until Thursday to throw it out entirely.
    1   Hong        _      PROPN  NNP  2   compound  B-GPE
    2   Kong        _      PROPN  NNP  3   compound  I-GPE
    3   student     _      NOUN   NN   4   compound
    4   groups      group  NOUN   NNS  6   nsubj
    5   had         have   AUX    VBD  6   aux
    6   given       give   VERB   VBN  0   ROOT
    7   the         _      DET    DT   8   det
    8   government  _      NOUN   NN   6   dobj
    9   until       _      ADP    IN   6   prep
    10  Thursday    _      PROPN  NNP  9   pobj      B-DATE
    11  to          _      PART   TO   12  aux
    12  throw       _      VERB   VB   6   advcl
    13  it          _      PRON   PRP  12  dobj
    14  out         _      ADP    RP   12  prt
    15  entirely    _      ADV    RB   12  advmod
    16  .           _      PUNCT  .    6   punct

    # text = Other celebrations and other events have been planned in Cahors until December.
    1   Other         _            ADJ    JJ   2   amod
    2   celebrations  celebration  NOUN   NNS  8   nsubjpass
    3   and           _            CCONJ  CC   2   cc
    4   other         _            ADJ    JJ   5   amod
    5   events        event        NOUN   NNS  2   conj
    6   have          _            AUX    VBP  8   aux
    7   been          be           AUX    VBN  8   auxpass
    8   planned       plan         VERB   VBN  0   ROOT
    9   in            _            ADP    IN   8   prep
    10  Cahors        _            PROPN  NNP  9   pobj       B-ORG
    11  until         _            ADP    IN   8   prep
    12  December      _            PROPN  NNP  11  pobj       B-DATE
    13  .             _            PUNCT  .    8   punct

    # text = As of Sunday evening, all four are in stable condition.
    1   As         _   ADP    IN   8   prep
    2   of         _   ADP    IN   1   prep
    3   Sunday     _   PROPN  NNP  4   compound  B-DATE
    4   evening    _   NOUN   NN   2   pobj      B-TIME
    5   ,          _   PUNCT  ,    8   punct
    6   all        _   DET    DT   7   det
    7   four       _   NUM    CD   8   nsubj     B-CARDINAL
    8   are        be  AUX    VBP  0   ROOT
    9   in         _   ADP    IN   8   prep
    10  stable     _   ADJ    JJ   11  amod
    11  condition  _   NOUN   NN   9   pobj
    12  .          _   PUNCT  .    8   punct

    # text = Rachel Giese said she felt Tuesday's pleas might provide some solace for the families.
    1   Rachel    _       PROPN  NNP  2   compound  B-PERSON
    2   Giese     _       PROPN  NNP  3   nsubj     I-PERSON
    3   said      say     VERB   VBD  0   ROOT
    4   she       _       PRON   PRP  5   nsubj
    5   felt      feel    VERB   VBD  3   ccomp
    6   Tuesday   _       PROPN  NNP  8   poss      B-DATE
    7   's        _       PART   POS  6   case
    8   pleas     plea    NOUN   NNS  10  nsubj
    9   might     _       AUX    MD   10  aux
    10  provide   _       VERB   VB   5   ccomp
    11  some      _       DET    DT   12  det
    12  solace    _       NOUN   NN   10  dobj
    13  for       _       ADP    IN   10  prep
    14  the       _       DET    DT   15  det
    15  families  family  NOUN   NNS  13  pobj
    16  .         _       PUNCT  .    3   punct

    # text = Officials prepared the ballots for Sunday's election.
    1  Officials  official  NOUN   NNS  2  nsubj
    2  prepared   prepare   VERB   VBD  0  ROOT
    3  the        _         DET    DT   4  det
    4  ballots    ballot    NOUN   NNS  2  dobj
    5  for        _         ADP    IN   2  prep
    6  Sunday     _         PROPN  NNP  8  poss   B-DATE
    7  's         _         PART   POS  6  case
    8  election   _         NOUN   NN   5  pobj
    9  .          _         PUNCT  .    2  punct
    """
)
