"""An event's own date, place and casualty counts, on sentences from English Wikinews
(CC BY 2.5, © Wikinews contributors; each sentence's article URL is beside it), on hand-built parses (en_core_web_sm's, in the bank
at the end); the seed's with the model."""

from __future__ import annotations

import datetime as dt

import pytest

from dyad.events.circumstances import event_date
from dyad.nlp.cleanup import clean_text
from dyad.nlp.syntax import clause_verb
from tests.parses import Parses, parse, run_stages
from tests.parses_shared import SHARED


def _event(coded, event_text):
    (event,) = [e for e in coded.events if e.event_text == event_text]
    return event


def test_a_historical_year_in_the_events_own_clause_dates_that_event():
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    coded = PARSES.code(
        "Armenia and Azerbaijan fought a war over the Nagorno-Karabakh region in 1994.",
        "2020-10-29",
    )
    event = _event(coded, "fought")
    assert (event.event, event.date, event.date_source, event.date_granularity) == (
        "ASSAULT",
        dt.date(1994, 1, 1),
        "text",
        "year",
    )


def test_a_calendar_date_in_the_clause_dates_the_event():
    # https://en.wikinews.org/wiki/UK_Prime_Minister_Johnson_suspends_parliament_for_five_weeks_as_Brexit_deadline_approaches
    coded = PARSES.code(
        "The United Kingdom voted on June 23, 2016, to leave the European Union in the Brexit "
        "referendum.",
        "2019-09-11",
    )
    vote = _event(coded, "voted")
    assert (vote.date, vote.date_source, vote.date_granularity) == (
        dt.date(2016, 6, 23),
        "text",
        "day",
    )


def test_last_week_dates_the_event_to_the_monday_of_that_week_and_in_iraq_places_it():
    # https://en.wikinews.org/wiki/Stampede_during_funeral_procession_of_Qasem_Soleimani_causes_deaths,_delays_burial
    coded = PARSES.code(
        "He was killed last week by a United States military airstrike in Iraq.", "2020-01-09"
    )
    event = _event(coded, "airstrike")
    assert (event.date, event.date_source, event.date_granularity) == (
        dt.date(2019, 12, 30),
        "text",
        "week",
    )
    assert (event.event_loc.name, event.event_loc.geonameid) == ("Iraq", 99237)


def test_a_month_dates_its_own_clause_only():
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    coded = PARSES.code(
        "Trump said he banned travel from China in January, which Biden opposed as xenophobic.",
        "2020-11-02",
    )
    ban = _event(coded, "banned")
    assert (ban.event, ban.date, ban.date_granularity) == ("COERCE", dt.date(2020, 1, 1), "month")
    opposed = _event(coded, "opposed")
    assert (opposed.date, opposed.date_source) == (dt.date(2020, 11, 2), "article")


def test_a_place_named_only_as_an_origin_is_not_the_event_location():
    # same sentence: the ban was not carried out "in" China
    coded = PARSES.code(
        "Trump said he banned travel from China in January, which Biden opposed as xenophobic.",
        "2020-11-02",
    )
    assert _event(coded, "banned").event_loc is None


def test_a_meeting_on_wednesday_in_cairo_is_dated_and_placed():
    # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
    coded = PARSES.code(
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French "
        "counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, "
        "respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations.",
        "2020-01-11",
    )
    meeting = _event(coded, "gathered")
    assert (meeting.event, meeting.date, meeting.date_source) == (
        "CONSULT",
        dt.date(2020, 1, 8),
        "text",
    )
    assert (meeting.event_loc.name, meeting.event_loc.country, meeting.event_loc.geonameid) == (
        "Cairo",
        "EGY",
        360630,
    )


def test_troops_remaining_in_iraq_are_placed_there():
    # https://en.wikinews.org/wiki/Iraqi_Parliament_votes_for_expulsion_of_United_States_troops
    coded = PARSES.code(
        "The Iraqi government has since declared victory, but the U.S. troops have remained "
        "in Iraq to prevent ISIS from gaining ground again.",
        "2020-01-06",
    )
    assert _event(coded, "remained").event_loc.country == "IRQ"


def test_an_arrest_count_is_the_size_of_the_arrest():
    # https://en.wikinews.org/wiki/Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk
    coded = PARSES.code(
        "Within roughly a day before the event, Belarusian KGB arrested 33 Russian "
        "individuals, claiming them to be mercenaries.",
        "2020-08-03",
    )
    arrest = _event(coded, "arrested")
    assert (arrest.event, arrest.size.arrested, arrest.size.dead) == ("COERCE", 33, None)
    assert _event(coded, "claiming").size is None


def test_a_date_under_a_part_of_the_day_dates_the_clause():
    coded = PARSES.code(
        "Russian police arrested two Ukrainian activists on Saturday morning.", "2019-07-22"
    )
    arrest = _event(coded, "arrested")
    assert (arrest.date, arrest.date_source) == (dt.date(2019, 7, 20), "text")


def _date_at(text: str, anchor: str, article_date: str) -> dt.date | None:
    """The date dyad gives an event at the word ``anchor`` of ``text`` (as `dyad eval
    dates` asks it: whether or not the rules code an event there)."""
    doc = run_stages(parse(clean_text(text), PARSES.table(text)), article_date)
    (token,) = [t for t in doc if t.text == anchor]
    date, _, _ = event_date(doc, {token.i, clause_verb(token).i}, doc._.dates, doc._.article_date)
    return date


def test_a_date_the_parser_hangs_on_the_object_dates_the_verb():
    # https://en.wikinews.org/wiki/Puerto_Rico_Supreme_Court_removes_Governor_Pierluisi;_Wanda_V%C3%A1zquez_becomes_governor
    text = (
        "While the House of Representatives confirmed Pierluisi's nomination on Friday, the "
        "Senate did not."
    )
    assert _date_at(text, "confirmed", "2019-08-08") == dt.date(2019, 8, 2)


def test_an_aspectual_verb_takes_its_complements_date():
    # https://en.wikinews.org/wiki/Puerto_Rico_governor_announces_resignation_following_protests
    text = "Rosselló began serving as Puerto Rico's eleventh governor on January 2, 2017."
    assert _date_at(text, "began", "2019-07-28") == dt.date(2017, 1, 2)


def test_an_agreement_to_meet_in_may_is_not_dated_may():
    assert _date_at("Russia agreed to meet Ukraine in May.", "agreed", "2019-07-22") == dt.date(
        2019, 7, 22
    )


def test_a_date_between_the_subject_and_its_verb_dates_the_verb():
    # https://en.wikinews.org/wiki/German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler
    text = "German rescue charity Sea-Eye on Sunday renamed their ship after Alan Kurdi."
    assert _date_at(text, "renamed", "2019-02-12") == dt.date(2019, 2, 10)


def test_a_date_after_according_to_dates_the_reported_act():
    # https://en.wikinews.org/wiki/New_Hampshire_crash_kills_seven,_including_former_US_Marines
    text = (
        "According to Coös County Attorney John McCormick on Saturday, the truck driver was "
        "identified as commercial driver Volodoymyr Zhukovskyy."
    )
    assert _date_at(text, "identified", "2019-06-24") == dt.date(2019, 6, 22)


def test_a_when_clause_shares_the_date_of_the_clause_it_hangs_from():
    # https://en.wikinews.org/wiki/Nickey_Iyambo,_former_vice-president_of_Namibia,_dies_aged_82
    text = "Last year, poor health was cited when he stepped down from his position."
    assert _date_at(text, "stepped", "2019-05-21") == dt.date(2018, 1, 1)


def test_an_after_clause_does_not_share_the_date_of_its_own_clause():
    text = "She resigned after the protesters stormed the parliament on Monday."
    assert _date_at(text, "resigned", "2019-05-21") == dt.date(2019, 5, 21)


def test_the_complement_of_an_aspectual_verb_takes_the_verbs_date():
    # https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
    text = "The framework we have is enough to start trading on July 1, 2020."
    assert _date_at(text, "trading", "2019-07-10") == dt.date(2020, 7, 1)


def test_a_conjunct_without_a_date_of_its_own_takes_the_fronted_date_of_its_head():
    # https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex
    text = (
        "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and "
        "helmets gathered around the police complex."
    )
    assert _date_at(text, "gathered", "2019-06-23") == dt.date(2019, 6, 21)


def test_a_conjunct_with_its_own_subject_does_not_take_a_date_inside_its_heads_clause():
    text = (
        "Rittenhouse turned himself in to authorities on Friday, and his lawyers have claimed "
        "the defendant acted in self defense."
    )
    assert _date_at(text, "claimed", "2020-11-22") == dt.date(2020, 11, 22)


def test_a_date_in_an_of_phrase_of_the_object_is_the_objects_own_time():
    # https://en.wikinews.org/wiki/Thai_political_party_withdraws_nomination_of_princess_for_prime_minister
    text = (
        "The country's election commission is scheduled to discuss the events of this past "
        "weekend on Monday."
    )
    assert _date_at(text, "discuss", "2019-02-11") == dt.date(2019, 2, 11)


def test_the_participle_describing_an_event_noun_dates_it():
    # https://en.wikinews.org/wiki/Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall
    text = (
        "The delay in budgetary decisions led to a government shutdown lasting several weeks "
        "this past December and January."
    )
    assert _date_at(text, "shutdown", "2019-02-21") == dt.date(2018, 12, 1)


def test_a_deadline_dates_the_act_due_by_then_not_the_verb_that_sets_it():
    # https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex
    text = (
        "Hong Kong student groups had given the government until Thursday to throw it out entirely."
    )
    assert _date_at(text, "throw", "2019-06-23") == dt.date(2019, 6, 20)
    assert _date_at(text, "given", "2019-06-23") == dt.date(2019, 6, 23)


def test_a_stay_until_a_date_does_not_date_its_purpose():
    text = (
        "The mission's fifth rotation is to remain on the islands until January 4 to help "
        "facilitate the transition."
    )
    assert _date_at(text, "help", "2020-01-01") == dt.date(2020, 1, 1)


@pytest.mark.model
def test_the_seeds_present_day_events_keep_the_article_date_beside_an_anniversary(seed):
    # the seed speaks of "the 80th anniversary of victory in World War II" and of 2025:
    # only what "has been steadily developing in 2025" may take that year
    text = seed.article.text
    in_2025 = [e for e in seed.events if "in 2025" in text[e.sentence_start : e.sentence_end]]
    others = [e for e in seed.events if e not in in_2025]
    assert {e.date for e in others} == {dt.date(2026, 2, 4)}
    assert {e.date.year for e in in_2025} <= {2025, 2026}
    assert all(e.event_loc is None and e.size is None for e in seed.events)


# en_core_web_sm's parses of the texts above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = Armenia and Azerbaijan fought a war over the Nagorno-Karabakh region in 1994.
    1   Armenia     _      PROPN  NNP   4   nsubj     B-ORG
    2   and         _      CCONJ  CC    1   cc
    3   Azerbaijan  _      PROPN  NNP   1   conj      B-GPE
    4   fought      fight  VERB   VBD   0   ROOT
    5   a           _      DET    DT    6   det
    6   war         _      NOUN   NN    4   dobj
    7   over        _      ADP    IN    6   prep
    8   the         _      DET    DT    12  det       B-FAC
    9   Nagorno     _      PROPN  NNP   11  compound  I-FAC
    10  -           _      PUNCT  HYPH  11  punct     I-FAC
    11  Karabakh    _      PROPN  NNP   12  compound  I-FAC
    12  region      _      NOUN   NN    7   pobj
    13  in          _      ADP    IN    4   prep
    14  1994        _      NUM    CD    13  pobj      B-DATE
    15  .           _      PUNCT  .     4   punct

    # text = The United Kingdom voted on June 23, 2016, to leave the European Union in the Brexit referendum.
    1   The         _     DET    DT   3   det       B-GPE
    2   United      _     PROPN  NNP  3   compound  I-GPE
    3   Kingdom     _     PROPN  NNP  4   nsubj     I-GPE
    4   voted       vote  VERB   VBD  0   ROOT
    5   on          _     ADP    IN   4   prep
    6   June        _     PROPN  NNP  5   pobj      B-DATE
    7   23          _     NUM    CD   6   nummod    I-DATE
    8   ,           _     PUNCT  ,    6   punct     I-DATE
    9   2016        _     NUM    CD   6   nummod    I-DATE
    10  ,           _     PUNCT  ,    4   punct
    11  to          _     PART   TO   12  aux
    12  leave       _     VERB   VB   4   xcomp
    13  the         _     DET    DT   15  det       B-ORG
    14  European    _     PROPN  NNP  15  compound  I-ORG
    15  Union       _     PROPN  NNP  12  dobj      I-ORG
    16  in          _     ADP    IN   12  prep
    17  the         _     DET    DT   19  det
    18  Brexit      _     PROPN  NNP  19  compound  B-PERSON
    19  referendum  _     NOUN   NN   16  pobj
    20  .           _     PUNCT  .    4   punct

    # text = He was killed last week by a United States military airstrike in Iraq.
    1   He         _     PRON   PRP  3   nsubjpass
    2   was        be    AUX    VBD  3   auxpass
    3   killed     kill  VERB   VBN  0   ROOT
    4   last       _     ADJ    JJ   5   amod       B-DATE
    5   week       _     NOUN   NN   3   npadvmod   I-DATE
    6   by         _     ADP    IN   3   agent
    7   a          _     DET    DT   11  det
    8   United     _     PROPN  NNP  9   nmod       B-GPE
    9   States     _     PROPN  NNP  11  nmod       I-GPE
    10  military   _     ADJ    JJ   11  amod
    11  airstrike  _     NOUN   NN   6   pobj
    12  in         _     ADP    IN   11  prep
    13  Iraq       _     PROPN  NNP  12  pobj       B-GPE
    14  .          _     PUNCT  .    3   punct

    # text = Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations.
    1   Egyptian         _            ADJ    JJ    3   amod      B-NORP
    2   foreign          _            ADJ    JJ    3   amod
    3   minister         _            NOUN   NN    5   compound
    4   Sameh            _            PROPN  NNP   5   compound  B-PERSON
    5   Shoukry          _            PROPN  NNP   29  nsubj     I-PERSON
    6   and              _            CCONJ  CC    5   cc
    7   his              _            PRON   PRP$  13  poss
    8   Greek            _            ADJ    JJ    13  amod      B-NORP
    9   ,                _            PUNCT  ,     8   punct
    10  Cypriot          _            ADJ    JJ    8   conj      B-NORP
    11  and              _            CCONJ  CC    10  cc
    12  French           _            ADJ    JJ    10  conj      B-NORP
    13  counterparts     counterpart  NOUN   NNS   5   conj
    14  ,                _            PUNCT  ,     5   punct
    15  Nikos            _            PROPN  NNP   16  compound  B-PERSON
    16  Dendias          _            PROPN  NNP   5   appos     I-PERSON
    17  ,                _            PUNCT  ,     16  punct
    18  Nikos            _            PROPN  NNP   19  compound  B-ORG
    19  Christodoulides  _            PROPN  NNP   16  conj      I-ORG
    20  and              _            CCONJ  CC    19  cc
    21  Jean             _            PROPN  NNP   25  compound  B-PERSON
    22  -                _            PUNCT  HYPH  25  punct     I-PERSON
    23  Yves             _            PROPN  NNP   25  compound  I-PERSON
    24  Le               _            PROPN  NNP   25  compound  I-PERSON
    25  Drian            _            PROPN  NNP   19  conj      I-PERSON
    26  ,                _            PUNCT  ,     29  punct
    27  respectively     _            ADV    RB    29  advmod
    28  ,                _            PUNCT  ,     29  punct
    29  gathered         gather       VERB   VBD   0   ROOT
    30  in               _            ADP    IN    29  prep
    31  Cairo            _            PROPN  NNP   30  pobj      B-GPE
    32  on               _            ADP    IN    29  prep
    33  Wednesday        _            PROPN  NNP   32  pobj      B-DATE
    34  to               _            PART   TO    35  aux
    35  discuss          _            VERB   VB    29  advcl
    36  Libya            _            PROPN  NNP   39  nmod      B-GPE
    37  –                _            PUNCT  :     36  punct
    38  Turkey           _            PROPN  NNP   39  compound  B-GPE
    39  relations        relation     NOUN   NNS   35  dobj
    40  .                _            PUNCT  .     29  punct

    # text = The Iraqi government has since declared victory, but the U.S. troops have remained in Iraq to prevent ISIS from gaining ground again.
    1   The         _        DET    DT   3   det
    2   Iraqi       _        ADJ    JJ   3   amod      B-NORP
    3   government  _        NOUN   NN   6   nsubj
    4   has         have     AUX    VBZ  6   aux
    5   since       _        SCONJ  IN   6   advmod
    6   declared    declare  VERB   VBN  0   ROOT
    7   victory     _        NOUN   NN   6   dobj
    8   ,           _        PUNCT  ,    6   punct
    9   but         _        CCONJ  CC   6   cc
    10  the         _        DET    DT   12  det
    11  U.S.        _        PROPN  NNP  12  compound  B-GPE
    12  troops      troop    NOUN   NNS  14  nsubj
    13  have        _        AUX    VBP  14  aux
    14  remained    remain   VERB   VBN  6   conj
    15  in          _        ADP    IN   14  prep
    16  Iraq        _        PROPN  NNP  15  pobj      B-GPE
    17  to          _        PART   TO   18  aux
    18  prevent     _        VERB   VB   14  advcl
    19  ISIS        _        NOUN   NN   18  dobj      B-ORG
    20  from        _        ADP    IN   18  prep
    21  gaining     gain     VERB   VBG  20  pcomp
    22  ground      _        NOUN   NN   21  dobj
    23  again       _        ADV    RB   21  advmod
    24  .           _        PUNCT  .    14  punct

    # text = Within roughly a day before the event, Belarusian KGB arrested 33 Russian individuals, claiming them to be mercenaries.
    1   Within       _           ADP    IN   11  prep
    2   roughly      _           ADV    RB   4   advmod    B-DATE
    3   a            _           DET    DT   4   det       I-DATE
    4   day          _           NOUN   NN   1   pobj      I-DATE
    5   before       _           ADP    IN   4   prep
    6   the          _           DET    DT   7   det
    7   event        _           NOUN   NN   5   pobj
    8   ,            _           PUNCT  ,    11  punct
    9   Belarusian   _           PROPN  NNP  10  compound  B-NORP
    10  KGB          _           PROPN  NNP  11  nsubj     I-NORP
    11  arrested     arrest      VERB   VBD  0   ROOT
    12  33           _           NUM    CD   14  nummod    B-CARDINAL
    13  Russian      _           ADJ    JJ   14  amod      B-NORP
    14  individuals  individual  NOUN   NNS  11  dobj
    15  ,            _           PUNCT  ,    11  punct
    16  claiming     claim       VERB   VBG  11  advcl
    17  them         they        PRON   PRP  19  nsubj
    18  to           _           PART   TO   19  aux
    19  be           _           AUX    VB   16  ccomp
    20  mercenaries  mercenary   NOUN   NNS  19  attr
    21  .            _           PUNCT  .    11  punct

    # text = Russian police arrested two Ukrainian activists on Saturday morning.
    1   Russian    _         ADJ    JJ   2  amod      B-NORP
    2   police     _         NOUN   NNS  3  nsubj
    3   arrested   arrest    VERB   VBD  0  ROOT
    4   two        _         NUM    CD   6  nummod    B-CARDINAL
    5   Ukrainian  _         ADJ    JJ   6  amod      B-NORP
    6   activists  activist  NOUN   NNS  3  dobj
    7   on         _         ADP    IN   3  prep
    8   Saturday   _         PROPN  NNP  9  compound  B-DATE
    9   morning    _         NOUN   NN   7  pobj      B-TIME
    10  .          _         PUNCT  .    3  punct

    # text = While the House of Representatives confirmed Pierluisi's nomination on Friday, the Senate did not.
    1   While            _        SCONJ  IN    6   mark
    2   the              _        DET    DT    3   det    B-ORG
    3   House            _        PROPN  NNP   6   nsubj  I-ORG
    4   of               _        ADP    IN    3   prep   I-ORG
    5   Representatives  _        PROPN  NNPS  4   pobj   I-ORG
    6   confirmed        confirm  VERB   VBD   15  advcl
    7   Pierluisi        _        PROPN  NNP   9   poss   B-PERSON
    8   's               _        PART   POS   7   case
    9   nomination       _        NOUN   NN    6   dobj
    10  on               _        ADP    IN    9   prep
    11  Friday           _        PROPN  NNP   10  pobj   B-DATE
    12  ,                _        PUNCT  ,     15  punct
    13  the              _        DET    DT    14  det
    14  Senate           _        PROPN  NNP   15  nsubj  B-ORG
    15  did              do       VERB   VBD   0   ROOT
    16  not              _        PART   RB    15  neg
    17  .                _        PUNCT  .     15  punct

    # text = Rosselló began serving as Puerto Rico's eleventh governor on January 2, 2017.
    1   Rosselló  _      PROPN  NNP  2   nsubj
    2   began     begin  VERB   VBD  0   ROOT
    3   serving   serve  VERB   VBG  2   xcomp
    4   as        _      ADP    IN   3   prep
    5   Puerto    _      PROPN  NNP  6   compound  B-GPE
    6   Rico      _      PROPN  NNP  9   poss      I-GPE
    7   's        _      PART   POS  6   case      I-GPE
    8   eleventh  _      ADJ    JJ   9   amod      B-ORDINAL
    9   governor  _      NOUN   NN   4   pobj
    10  on        _      ADP    IN   3   prep
    11  January   _      PROPN  NNP  10  pobj      B-DATE
    12  2         _      NUM    CD   11  nummod    I-DATE
    13  ,         _      PUNCT  ,    11  punct     I-DATE
    14  2017      _      NUM    CD   11  nummod    I-DATE
    15  .         _      PUNCT  .    2   punct

    # text = Russia agreed to meet Ukraine in May.
    1  Russia   _      PROPN  NNP  2  nsubj  B-GPE
    2  agreed   agree  VERB   VBD  0  ROOT
    3  to       _      PART   TO   4  aux
    4  meet     _      VERB   VB   2  xcomp
    5  Ukraine  _      PROPN  NNP  4  dobj   B-GPE
    6  in       _      ADP    IN   4  prep
    7  May      _      PROPN  NNP  6  pobj   B-DATE
    8  .        _      PUNCT  .    2  punct

    # text = German rescue charity Sea-Eye on Sunday renamed their ship after Alan Kurdi.
    1   German   _       ADJ    JJ    3   amod      B-NORP
    2   rescue   _       NOUN   NN    3   compound
    3   charity  _       NOUN   NN    6   compound
    4   Sea      _       PROPN  NNP   6   compound  B-ORG
    5   -        _       PUNCT  HYPH  6   punct     I-ORG
    6   Eye      _       PROPN  NNP   9   nsubj     I-ORG
    7   on       _       ADP    IN    6   prep
    8   Sunday   _       PROPN  NNP   7   pobj      B-DATE
    9   renamed  rename  VERB   VBD   0   ROOT
    10  their    _       PRON   PRP$  11  poss
    11  ship     _       NOUN   NN    9   dobj
    12  after    _       ADP    IN    9   prep
    13  Alan     _       PROPN  NNP   14  compound  B-PERSON
    14  Kurdi    _       PROPN  NNP   12  pobj      I-PERSON
    15  .        _       PUNCT  .     9   punct

    # text = Last year, poor health was cited when he stepped down from his position.
    1   Last      _     ADJ    JJ    2   amod       B-DATE
    2   year      _     NOUN   NN    7   npadvmod   I-DATE
    3   ,         _     PUNCT  ,     7   punct
    4   poor      _     ADJ    JJ    5   amod
    5   health    _     NOUN   NN    7   nsubjpass
    6   was       be    AUX    VBD   7   auxpass
    7   cited     cite  VERB   VBN   0   ROOT
    8   when      _     SCONJ  WRB   10  advmod
    9   he        _     PRON   PRP   10  nsubj
    10  stepped   step  VERB   VBD   7   advcl
    11  down      _     ADV    RB    10  advmod
    12  from      _     ADP    IN    10  prep
    13  his       _     PRON   PRP$  14  poss
    14  position  _     NOUN   NN    12  pobj
    15  .         _     PUNCT  .     7   punct

    # text = The framework we have is enough to start trading on July 1, 2020.
    1   The        _      DET    DT   2   det
    2   framework  _      NOUN   NN   5   nsubj
    3   we         _      PRON   PRP  4   nsubj
    4   have       _      VERB   VBP  2   relcl
    5   is         be     AUX    VBZ  0   ROOT
    6   enough     _      ADJ    JJ   5   acomp
    7   to         _      PART   TO   8   aux
    8   start      _      VERB   VB   6   xcomp
    9   trading    trade  VERB   VBG  8   xcomp
    10  on         _      ADP    IN   8   prep
    11  July       _      PROPN  NNP  10  pobj    B-DATE
    12  1          _      NUM    CD   11  nummod  I-DATE
    13  ,          _      PUNCT  ,    11  punct   I-DATE
    14  2020       _      NUM    CD   11  nummod  I-DATE
    15  .          _      PUNCT  .    5   punct

    # text = On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and helmets gathered around the police complex.
    1   On          _          ADP    IN   9   prep
    2   Friday      _          PROPN  NNP  1   pobj      B-DATE
    3   ,           _          PUNCT  ,    9   punct
    4   thousands   thousand   NOUN   NNS  9   nsubj     B-CARDINAL
    5   of          _          ADP    IN   4   prep
    6   Hong        _          PROPN  NNP  7   compound  B-GPE
    7   Kong        _          PROPN  NNP  8   compound  I-GPE
    8   protesters  protester  NOUN   NNS  5   pobj
    9   wearing     wear       VERB   VBG  0   ROOT
    10  black       _          ADJ    JJ   11  amod
    11  clothes     clothe     NOUN   NNS  9   dobj
    12  ,           _          PUNCT  ,    11  punct
    13  face        _          NOUN   NN   14  compound
    14  masks       mask       NOUN   NNS  11  conj
    15  ,           _          PUNCT  ,    9   punct
    16  and         _          CCONJ  CC   9   cc
    17  helmets     helmet     NOUN   NNS  18  nsubj
    18  gathered    gather     VERB   VBD  9   conj
    19  around      _          ADP    IN   18  prep
    20  the         _          DET    DT   22  det
    21  police      _          NOUN   NN   22  compound
    22  complex     _          NOUN   NN   19  pobj
    23  .           _          PUNCT  .    18  punct

    # text = She resigned after the protesters stormed the parliament on Monday.
    1   She         _          PRON   PRP  2  nsubj
    2   resigned    resign     VERB   VBD  0  ROOT
    3   after       _          SCONJ  IN   6  mark
    4   the         _          DET    DT   5  det
    5   protesters  protester  NOUN   NNS  6  nsubj
    6   stormed     storm      VERB   VBD  2  advcl
    7   the         _          DET    DT   8  det
    8   parliament  _          NOUN   NN   6  dobj
    9   on          _          ADP    IN   6  prep
    10  Monday      _          PROPN  NNP  9  pobj   B-DATE
    11  .           _          PUNCT  .    2  punct

    # text = According to Coös County Attorney John McCormick on Saturday, the truck driver was identified as commercial driver Volodoymyr Zhukovskyy.
    # en_core_web_sm's parse in its article; alone, it hangs "on Saturday" on McCormick
    1   According   accord    VERB   VBG  15  prep
    2   to          _         ADP    IN   1   prep
    3   Coös        _         PROPN  NNP  4   compound   B-GPE
    4   County      _         PROPN  NNP  5   compound   I-GPE
    5   Attorney    _         PROPN  NNP  7   compound
    6   John        _         PROPN  NNP  7   compound   B-PERSON
    7   McCormick   _         PROPN  NNP  2   pobj       I-PERSON
    8   on          _         ADP    IN   1   prep
    9   Saturday    _         PROPN  NNP  8   pobj       B-DATE
    10  ,           _         PUNCT  ,    15  punct
    11  the         _         DET    DT   13  det
    12  truck       _         NOUN   NN   13  compound
    13  driver      _         NOUN   NN   15  nsubjpass
    14  was         be        AUX    VBD  15  auxpass
    15  identified  identify  VERB   VBN  0   ROOT
    16  as          _         ADP    IN   15  prep
    17  commercial  _         ADJ    JJ   18  amod
    18  driver      _         NOUN   NN   20  compound
    19  Volodoymyr  _         PROPN  NNP  20  compound   B-PERSON
    20  Zhukovskyy  _         PROPN  NNP  16  pobj       I-PERSON
    21  .           _         PUNCT  .    15  punct

    # text = Rittenhouse turned himself in to authorities on Friday, and his lawyers have claimed the defendant acted in self defense.
    1   Rittenhouse  _          PROPN  NNP   2   nsubj     B-ORG
    2   turned       turn       VERB   VBD   0   ROOT
    3   himself      _          PRON   PRP   2   dobj
    4   in           _          ADP    RP    2   prt
    5   to           _          ADP    IN    2   prep
    6   authorities  authority  NOUN   NNS   5   pobj
    7   on           _          ADP    IN    2   prep
    8   Friday       _          PROPN  NNP   7   pobj      B-DATE
    9   ,            _          PUNCT  ,     2   punct
    10  and          _          CCONJ  CC    2   cc
    11  his          _          PRON   PRP$  12  poss
    12  lawyers      lawyer     NOUN   NNS   14  nsubj
    13  have         _          AUX    VBP   14  aux
    14  claimed      claim      VERB   VBN   2   conj
    15  the          _          DET    DT    16  det
    16  defendant    _          NOUN   NN    17  nsubj
    17  acted        act        VERB   VBD   14  ccomp
    18  in           _          ADP    IN    17  prep
    19  self         _          NOUN   NN    20  compound
    20  defense      _          NOUN   NN    18  pobj
    21  .            _          PUNCT  .     14  punct

    # text = The country's election commission is scheduled to discuss the events of this past weekend on Monday.
    1   The         _         DET    DT   2   det
    2   country     _         NOUN   NN   5   poss
    3   's          _         PART   POS  2   case
    4   election    _         NOUN   NN   5   compound
    5   commission  _         NOUN   NN   7   nsubjpass
    6   is          be        AUX    VBZ  7   auxpass
    7   scheduled   schedule  VERB   VBN  0   ROOT
    8   to          _         PART   TO   9   aux
    9   discuss     _         VERB   VB   7   xcomp
    10  the         _         DET    DT   11  det
    11  events      event     NOUN   NNS  9   dobj
    12  of          _         ADP    IN   11  prep
    13  this        _         DET    DT   15  det        B-DATE
    14  past        _         ADJ    JJ   15  amod       I-DATE
    15  weekend     _         NOUN   NN   12  pobj       I-DATE
    16  on          _         ADP    IN   9   prep
    17  Monday      _         PROPN  NNP  16  pobj       B-DATE
    18  .           _         PUNCT  .    7   punct

    # text = The delay in budgetary decisions led to a government shutdown lasting several weeks this past December and January.
    1   The         _         DET    DT   2   det
    2   delay       _         NOUN   NN   0   ROOT
    3   in          _         ADP    IN   2   prep
    4   budgetary   _         ADJ    JJ   5   amod
    5   decisions   decision  NOUN   NNS  3   pobj
    6   led         lead      VERB   VBN  2   acl
    7   to          _         ADP    IN   6   prep
    8   a           _         DET    DT   10  det
    9   government  _         NOUN   NN   10  compound
    10  shutdown    _         NOUN   NN   7   pobj
    11  lasting     last      VERB   VBG  10  acl
    12  several     _         ADJ    JJ   13  amod      B-DATE
    13  weeks       week      NOUN   NNS  11  npadvmod  I-DATE
    14  this        _         DET    DT   16  det       B-DATE
    15  past        _         ADJ    JJ   16  amod      I-DATE
    16  December    _         PROPN  NNP  11  npadvmod  I-DATE
    17  and         _         CCONJ  CC   16  cc
    18  January     _         PROPN  NNP  16  conj      B-DATE
    19  .           _         PUNCT  .    2   punct

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

    # text = The mission's fifth rotation is to remain on the islands until January 4 to help facilitate the transition.
    1   The         _       DET    DT   2   det
    2   mission     _       NOUN   NN   5   poss
    3   's          _       PART   POS  2   case
    4   fifth       _       ADJ    JJ   5   amod    B-ORDINAL
    5   rotation    _       NOUN   NN   6   nsubj
    6   is          be      AUX    VBZ  0   ROOT
    7   to          _       PART   TO   8   aux
    8   remain      _       VERB   VB   6   xcomp
    9   on          _       ADP    IN   8   prep
    10  the         _       DET    DT   11  det
    11  islands     island  NOUN   NNS  9   pobj
    12  until       _       ADP    IN   8   prep
    13  January     _       PROPN  NNP  12  pobj    B-DATE
    14  4           _       NUM    CD   13  nummod  I-DATE
    15  to          _       PART   TO   16  aux
    16  help        _       VERB   VB   8   advcl
    17  facilitate  _       VERB   VB   16  xcomp
    18  the         _       DET    DT   19  det
    19  transition  _       NOUN   NN   17  dobj
    20  .           _       PUNCT  .    6   punct
    """,
    SHARED,
)
