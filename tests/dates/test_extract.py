"""Time expressions found and resolved against the article date (`dyad.dates.extract`): the
seed's and a dateline's with the model; the rest on hand-built parses (en_core_web_sm's, in
the bank at the end) of sentences from English Wikinews and written for these tests."""

from __future__ import annotations

import pytest

from tests.parses import Parses
from tests.parses_shared import SHARED


@pytest.mark.model
def test_on_wednesday_in_the_seed_is_the_article_date(seed):
    values = {d.text: d.value for d in seed.dates}
    assert values["Wednesday"] == "2026-02-04"
    assert values["2025"] == "2025"
    assert all(d.text != "the 80th anniversary" for d in seed.dates)


def test_wikinews_yesterday_resolves_to_the_day_before_publication(wikinews_records):
    from tests.conftest import wikinews_sentence

    sentence, date = wikinews_sentence(wikinews_records, "government forces began deploying")
    (ref,) = [d for d in PARSES.code(sentence, date).dates if d.text == "yesterday"]
    assert ref.value == "2019-10-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "He was 95 when he died.",
        "Some 1846 persons were hospitalized.",
        "The council passed resolution 2259.",
        "Voting closed at 1800 UTC.",
    ],
)
def test_ages_counts_and_numbers_are_not_years(sentence):
    assert PARSES.code(sentence, "2019-09-09").dates == ()


def test_a_time_that_names_its_day_is_a_date():
    # en_core_web_sm tags "earlier today" TIME, not DATE
    (ref,) = PARSES.code("Dorian reached the Bahamas earlier today.", "2019-09-01").dates
    assert (ref.text, ref.value) == ("earlier today", "2019-09-01")


def test_a_deadline_is_read_forward():
    (ref,) = PARSES.code("Schools stay closed until May 1.", "2020-04-14").dates
    assert ref.value == "2020-05-01"


@pytest.mark.model
def test_a_dateline_paragraph_is_its_own_sentence(code):
    # the model's segmentation is the point: dyad breaks sentences at paragraphs before the
    # parser runs (dyad.nlp.extensions.paragraph_breaks)
    coded = code(
        "Tuesday, October 15, 2019\n\nLate on Sunday, Kurdish forces announced a deal.",
        "2019-10-15",
    )
    assert coded.dates[0].text == "Tuesday, October 15, 2019"
    assert [d.value for d in coded.dates] == ["2019-10-15", "2019-10-13"]


# Sentences from English Wikinews (CC BY 2.5, © Wikinews contributors), article URLs beside.
@pytest.mark.parametrize(
    ("sentence", "date", "text", "value", "granularity"),
    [
        # https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
        (
            "The move came after Sanders ended his own presidential bid last week.",
            "2020-04-15",
            "last week",
            "2020-W15",
            "week",
        ),
        # https://en.wikinews.org/wiki/World_Health_Organization_names_new_coronavirus_COVID-19
        (
            "On Tuesday, the World Health Organization (WHO) announced the official name of the "
            "coronavirus-induced disease first recognized about two months ago in Wuhan, China.",
            "2020-02-14",
            "about two months ago",
            "2019-12",
            "month",
        ),
        # https://en.wikinews.org/wiki/French_inventor_Franky_Zapata_successfully_crosses_English_Channel_on_jet-powered_hoverboard
        (
            "This device was invented three years ago and could reportedly serve military "
            "assault or logistics purposes.",
            "2019-08-06",
            "three years ago",
            "2016",
            "year",
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
        (
            "Trump said he banned travel from China in January, which Biden opposed as xenophobic.",
            "2020-11-02",
            "January",
            "2020-01",
            "month",
        ),
    ],
)
def test_wikinews_relative_expressions_resolve_against_the_article_date(
    sentence, date, text, value, granularity
):
    found = {d.text: (d.value, d.granularity) for d in PARSES.code(sentence, date).dates}
    assert found[text] == (value, granularity)


def test_wikinews_anniversary_is_not_a_date():
    # https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue
    coded = PARSES.code(
        "Yesterday was the 70th anniversary of the Communist Party's takeover of China.",
        "2019-10-02",
    )
    assert [(d.text, d.value) for d in coded.dates] == [("Yesterday", "2019-10-01")]


def test_a_day_of_the_story_counts_from_the_last_day_named():
    # https://en.wikinews.org/wiki/New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch
    coded = PARSES.code(
        "After his arrest on Friday, he stayed in the police station overnight before "
        "appearing in court on the next day.",
        "2019-03-17",
    )
    assert [(d.text, d.value) for d in coded.dates] == [
        ("Friday", "2019-03-15"),
        ("the next day", "2019-03-16"),
    ]


def test_a_past_day_of_the_story_does_not_count_from_a_day_ahead_of_the_article():
    coded = PARSES.code(
        "The first attack was at Al Noor Mosque on Friday. He is due to appear in court on "
        "April 5. The second attack was in Linwood Mosque on the same day.",
        "2019-03-17",
    )
    values = {d.text: d.value for d in coded.dates}
    assert (values["April 5"], values["the same day"]) == ("2019-04-05", "2019-03-15")


def test_that_night_is_the_night_of_the_day_last_named():
    coded = PARSES.code("A man set himself on fire on Wednesday. He died that night.", "2019-06-01")
    assert [(d.text, d.value) for d in coded.dates] == [
        ("Wednesday", "2019-05-29"),
        ("that night", "2019-05-29"),
    ]


def test_a_day_told_from_an_event_does_not_count_from_the_last_day_named():
    # adapted from https://en.wikinews.org/wiki/Suspect_in_Kenosha,_Wisconsin_protester_killings_released_from_jail_on_US$2_million_bond
    coded = PARSES.code(
        "Rittenhouse was released from jail on Friday. He had turned himself in to "
        "authorities on the morning following the shooting.",
        "2020-11-22",
    )
    assert [d.text for d in coded.dates] == ["Friday"]


def test_a_day_of_the_story_after_a_month_named_is_not_resolved():
    # adapted from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
    coded = PARSES.code(
        "On July 1, the city cleared the protest zone. Unrest continued after the killing of "
        "George Floyd in May. The next day, Trump held a rally.",
        "2020-08-31",
    )
    assert [d.text for d in coded.dates] == ["July 1", "May"]


def test_since_then_is_the_time_last_named():
    # https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex
    coded = PARSES.code(
        "The British relinquished control of Hong Kong to China in 1997. Since then, the "
        "territory has been governed under the model.",
        "2019-06-23",
    )
    assert [(d.text, d.value) for d in coded.dates] == [("1997", "1997"), ("then", "1997")]


def test_the_time_of_a_named_event_is_not_the_time_last_named():
    coded = PARSES.code("The cathedral was under renovation at the time of the fire.", "2019-04-16")
    assert coded.dates == ()


def test_an_entity_that_took_in_the_words_before_n_years_ago_is_cut_to_them():
    # https://en.wikinews.org/wiki/Holy_Headdress_of_Christ_carried_in_procession_through_streets_of_Cahors,_France
    coded = PARSES.code(
        "The relic has been venerated in Cahors since the construction of the cathedral 900 "
        "years ago.",
        "2019-05-03",
    )
    assert [(d.text, d.value) for d in coded.dates] == [("900 years ago", "1119")]


def test_the_last_night_of_an_event_is_not_last_night():
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
    coded = PARSES.code(
        "On the last night, Trump delivered a long acceptance speech on the South Lawn of the "
        "White House.",
        "2020-09-30",
    )
    assert coded.dates == ()


# en_core_web_sm's parses of the texts above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = According to Syrian state media, government forces began deploying into previously SDF controlled territory yesterday.
    1   According   accord   VERB   VBG  9   prep
    2   to          _        ADP    IN   1   prep
    3   Syrian      _        ADJ    JJ   5   amod      B-NORP
    4   state       _        NOUN   NN   5   compound
    5   media       medium   NOUN   NNS  2   pobj
    6   ,           _        PUNCT  ,    9   punct
    7   government  _        NOUN   NN   8   compound
    8   forces      force    NOUN   NNS  9   nsubj
    9   began       begin    VERB   VBD  0   ROOT
    10  deploying   deploy   VERB   VBG  9   xcomp
    11  into        _        ADP    IN   10  prep
    12  previously  _        ADV    RB   14  advmod
    13  SDF         _        PROPN  NNP  14  npadvmod  B-ORG
    14  controlled  control  VERB   VBN  15  amod
    15  territory   _        NOUN   NN   11  pobj
    16  yesterday   _        NOUN   NN   10  npadvmod  B-DATE
    17  .           _        PUNCT  .    9   punct

    # text = Dorian reached the Bahamas earlier today.
    1  Dorian   _      PROPN  NNP   2  nsubj
    2  reached  reach  VERB   VBD   0  ROOT
    3  the      _      DET    DT    4  det
    4  Bahamas  _      PROPN  NNPS  2  dobj      B-GPE
    5  earlier  early  ADV    RBR   6  advmod    B-TIME
    6  today    _      NOUN   NN    2  npadvmod  I-TIME
    7  .        _      PUNCT  .     2  punct

    # text = He was 95 when he died.
    1  He    _    PRON   PRP  2  nsubj
    2  was   be   AUX    VBD  0  ROOT
    3  95    _    NUM    CD   2  attr    B-DATE
    4  when  _    SCONJ  WRB  6  advmod
    5  he    _    PRON   PRP  6  nsubj
    6  died  die  VERB   VBD  2  advcl
    7  .     _    PUNCT  .    2  punct

    # text = Some 1846 persons were hospitalized.
    1  Some          _            PRON   DT   2  advmod
    2  1846          _            NUM    CD   3  nummod
    3  persons       person       NOUN   NNS  5  nsubjpass
    4  were          be           AUX    VBD  5  auxpass
    5  hospitalized  hospitalize  VERB   VBN  0  ROOT
    6  .             _            PUNCT  .    5  punct

    # text = The council passed resolution 2259.
    1  The         _     DET    DT   2  det
    2  council     _     NOUN   NN   3  nsubj
    3  passed      pass  VERB   VBD  0  ROOT
    4  resolution  _     NOUN   NN   3  dobj
    5  2259        _     NUM    CD   4  nummod
    6  .           _     PUNCT  .    3  punct

    # text = Voting closed at 1800 UTC.
    1  Voting  _      NOUN   NN   2  nsubj
    2  closed  close  VERB   VBD  0  ROOT
    3  at      _      ADP    IN   2  prep
    4  1800    _      NUM    CD   5  nummod  B-DATE
    5  UTC     _      PROPN  NNP  3  pobj    B-ORG
    6  .       _      PUNCT  .    2  punct

    # text = Schools stay closed until May 1.
    1  Schools  school  NOUN   NNS  2  nsubj
    2  stay     _       VERB   VBP  0  ROOT
    3  closed   _       ADJ    JJ   2  acomp
    4  until    _       ADP    IN   3  prep
    5  May      _       PROPN  NNP  4  pobj    B-DATE
    6  1        _       NUM    CD   5  nummod  I-DATE
    7  .        _       PUNCT  .    2  punct

    # text = The move came after Sanders ended his own presidential bid last week.
    1   The           _     DET    DT    2   det
    2   move          _     NOUN   NN    3   nsubj
    3   came          come  VERB   VBD   0   ROOT
    4   after         _     SCONJ  IN    6   mark
    5   Sanders       _     PROPN  NNP   6   nsubj     B-PERSON
    6   ended         end   VERB   VBD   3   advcl
    7   his           _     PRON   PRP$  10  poss
    8   own           _     ADJ    JJ    10  amod
    9   presidential  _     ADJ    JJ    10  amod
    10  bid           _     NOUN   NN    6   dobj
    11  last          _     ADJ    JJ    12  amod      B-DATE
    12  week          _     NOUN   NN    6   npadvmod  I-DATE
    13  .             _     PUNCT  .     3   punct

    # text = On Tuesday, the World Health Organization (WHO) announced the official name of the coronavirus-induced disease first recognized about two months ago in Wuhan, China.
    1   On            _          ADP    IN     11  prep
    2   Tuesday       _          PROPN  NNP    1   pobj      B-DATE
    3   ,             _          PUNCT  ,      11  punct
    4   the           _          DET    DT     7   det       B-ORG
    5   World         _          PROPN  NNP    7   compound  I-ORG
    6   Health        _          PROPN  NNP    7   compound  I-ORG
    7   Organization  _          PROPN  NNP    11  nsubj     I-ORG
    8   (             _          PUNCT  -LRB-  9   punct     I-ORG
    9   WHO           _          PROPN  NNP    7   appos     I-ORG
    10  )             _          PUNCT  -RRB-  7   punct
    11  announced     announce   VERB   VBD    0   ROOT
    12  the           _          DET    DT     14  det
    13  official      _          ADJ    JJ     14  amod
    14  name          _          NOUN   NN     22  nsubj
    15  of            _          ADP    IN     14  prep
    16  the           _          DET    DT     20  det
    17  coronavirus   _          NOUN   NN     19  npadvmod
    18  -             _          PUNCT  HYPH   19  punct
    19  induced       induce     VERB   VBN    20  amod
    20  disease       _          NOUN   NN     15  pobj
    21  first         _          ADV    RB     22  advmod    B-ORDINAL
    22  recognized    recognize  VERB   VBD    11  ccomp
    23  about         _          ADV    RB     24  advmod    B-DATE
    24  two           _          NUM    CD     25  nummod    I-DATE
    25  months        month      NOUN   NNS    26  npadvmod  I-DATE
    26  ago           _          ADV    RB     22  advmod    I-DATE
    27  in            _          ADP    IN     22  prep
    28  Wuhan         _          PROPN  NNP    27  pobj      B-GPE
    29  ,             _          PUNCT  ,      28  punct
    30  China         _          PROPN  NNP    28  appos     B-GPE
    31  .             _          PUNCT  .      11  punct

    # text = This device was invented three years ago and could reportedly serve military assault or logistics purposes.
    1   This        _         DET    DT   2   det
    2   device      _         NOUN   NN   4   nsubjpass
    3   was         be        AUX    VBD  4   auxpass
    4   invented    invent    VERB   VBN  0   ROOT
    5   three       _         NUM    CD   6   nummod     B-DATE
    6   years       year      NOUN   NNS  7   npadvmod   I-DATE
    7   ago         _         ADV    RB   4   advmod     I-DATE
    8   and         _         CCONJ  CC   4   cc
    9   could       _         AUX    MD   11  aux
    10  reportedly  _         ADV    RB   11  advmod
    11  serve       _         VERB   VB   4   conj
    12  military    _         ADJ    JJ   13  amod
    13  assault     _         NOUN   NN   11  dobj
    14  or          _         CCONJ  CC   13  cc
    15  logistics   logistic  NOUN   NNS  16  compound
    16  purposes    purpose   NOUN   NNS  13  conj
    17  .           _         PUNCT  .    4   punct

    # text = Yesterday was the 70th anniversary of the Communist Party's takeover of China.
    1   Yesterday    _   NOUN   NN   2   npadvmod  B-DATE
    2   was          be  AUX    VBD  0   ROOT
    3   the          _   DET    DT   5   det
    4   70th         _   ADJ    JJ   5   amod      B-ORDINAL
    5   anniversary  _   NOUN   NN   2   attr
    6   of           _   ADP    IN   5   prep
    7   the          _   DET    DT   9   det       B-ORG
    8   Communist    _   PROPN  NNP  9   compound  I-ORG
    9   Party        _   PROPN  NNP  11  poss      I-ORG
    10  's           _   PART   POS  9   case      I-ORG
    11  takeover     _   NOUN   NN   6   pobj
    12  of           _   ADP    IN   11  prep
    13  China        _   PROPN  NNP  12  pobj      B-GPE
    14  .            _   PUNCT  .    2   punct

    # text = After his arrest on Friday, he stayed in the police station overnight before appearing in court on the next day.
    1   After      _       ADP    IN    8   prep
    2   his        _       PRON   PRP$  3   poss
    3   arrest     _       NOUN   NN    1   pobj
    4   on         _       ADP    IN    3   prep
    5   Friday     _       PROPN  NNP   4   pobj      B-DATE
    6   ,          _       PUNCT  ,     8   punct
    7   he         _       PRON   PRP   8   nsubj
    8   stayed     stay    VERB   VBD   0   ROOT
    9   in         _       ADP    IN    8   prep
    10  the        _       DET    DT    12  det
    11  police     _       NOUN   NN    12  compound
    12  station    _       NOUN   NN    9   pobj
    13  overnight  _       ADV    RB    8   advmod    B-TIME
    14  before     _       ADP    IN    8   prep
    15  appearing  appear  VERB   VBG   14  pcomp
    16  in         _       ADP    IN    15  prep
    17  court      _       NOUN   NN    16  pobj
    18  on         _       ADP    IN    15  prep
    19  the        _       DET    DT    21  det       B-DATE
    20  next       _       ADJ    JJ    21  amod      I-DATE
    21  day        _       NOUN   NN    18  pobj      I-DATE
    22  .          _       PUNCT  .     8   punct

    # text = The first attack was at Al Noor Mosque on Friday. He is due to appear in court on April 5. The second attack was in Linwood Mosque on the same day.
    1   The      _   DET    DT   3   det
    2   first    _   ADJ    JJ   3   amod      B-ORDINAL
    3   attack   _   NOUN   NN   4   nsubj
    4   was      be  AUX    VBD  0   ROOT
    5   at       _   ADP    IN   4   prep
    6   Al       _   PROPN  NNP  8   compound  B-ORG
    7   Noor     _   PROPN  NNP  8   compound  I-ORG
    8   Mosque   _   PROPN  NNP  5   pobj      I-ORG
    9   on       _   ADP    IN   4   prep
    10  Friday   _   PROPN  NNP  9   pobj      B-DATE
    11  .        _   PUNCT  .    4   punct
    1   He       _   PRON   PRP  2   nsubj
    2   is       be  AUX    VBZ  0   ROOT
    3   due      _   ADJ    JJ   2   acomp
    4   to       _   PART   TO   5   aux
    5   appear   _   VERB   VB   3   xcomp
    6   in       _   ADP    IN   5   prep
    7   court    _   NOUN   NN   6   pobj
    8   on       _   ADP    IN   5   prep
    9   April    _   PROPN  NNP  8   pobj      B-DATE
    10  5        _   NUM    CD   9   nummod    I-DATE
    11  .        _   PUNCT  .    2   punct
    1   The      _   DET    DT   3   det
    2   second   _   ADJ    JJ   3   amod      B-ORDINAL
    3   attack   _   NOUN   NN   4   nsubj
    4   was      be  AUX    VBD  0   ROOT
    5   in       _   ADP    IN   4   prep
    6   Linwood  _   PROPN  NNP  7   compound  B-ORG
    7   Mosque   _   PROPN  NNP  5   pobj      I-ORG
    8   on       _   ADP    IN   4   prep
    9   the      _   DET    DT   11  det       B-DATE
    10  same     _   ADJ    JJ   11  amod      I-DATE
    11  day      _   NOUN   NN   8   pobj      I-DATE
    12  .        _   PUNCT  .    4   punct

    # text = A man set himself on fire on Wednesday. He died that night.
    1  A          _    DET    DT   2  det
    2  man        _    NOUN   NN   3  nsubj
    3  set        _    VERB   VBD  0  ROOT
    4  himself    _    PRON   PRP  3  dobj
    5  on         _    ADP    IN   3  prep
    6  fire       _    NOUN   NN   5  pobj
    7  on         _    ADP    IN   3  prep
    8  Wednesday  _    PROPN  NNP  7  pobj      B-DATE
    9  .          _    PUNCT  .    3  punct
    1  He         _    PRON   PRP  2  nsubj
    2  died       die  VERB   VBD  0  ROOT
    3  that       _    DET    DT   4  det       B-TIME
    4  night      _    NOUN   NN   2  npadvmod  I-TIME
    5  .          _    PUNCT  .    2  punct

    # text = Rittenhouse was released from jail on Friday. He had turned himself in to authorities on the morning following the shooting.
    1   Rittenhouse  _          NOUN   NN   3   nsubjpass
    2   was          be         AUX    VBD  3   auxpass
    3   released     release    VERB   VBN  0   ROOT
    4   from         _          ADP    IN   3   prep
    5   jail         _          NOUN   NN   4   pobj
    6   on           _          ADP    IN   3   prep
    7   Friday       _          PROPN  NNP  6   pobj       B-DATE
    8   .            _          PUNCT  .    3   punct
    1   He           _          PRON   PRP  3   nsubj
    2   had          have       AUX    VBD  3   aux
    3   turned       turn       VERB   VBN  0   ROOT
    4   himself      _          PRON   PRP  3   dobj
    5   in           _          ADP    RP   3   prt
    6   to           _          ADP    IN   3   prep
    7   authorities  authority  NOUN   NNS  6   pobj
    8   on           _          ADP    IN   3   prep
    9   the          _          DET    DT   10  det        B-TIME
    10  morning      _          NOUN   NN   8   pobj       I-TIME
    11  following    follow     VERB   VBG  3   prep
    12  the          _          DET    DT   13  det
    13  shooting     _          NOUN   NN   11  pobj
    14  .            _          PUNCT  .    3   punct

    # text = On July 1, the city cleared the protest zone. Unrest continued after the killing of George Floyd in May. The next day, Trump held a rally.
    1   On         _         ADP    IN   7   prep
    2   July       _         PROPN  NNP  1   pobj      B-DATE
    3   1          _         NUM    CD   2   nummod    I-DATE
    4   ,          _         PUNCT  ,    7   punct
    5   the        _         DET    DT   6   det
    6   city       _         NOUN   NN   7   nsubj
    7   cleared    clear     VERB   VBD  0   ROOT
    8   the        _         DET    DT   10  det
    9   protest    _         NOUN   NN   10  compound
    10  zone       _         NOUN   NN   7   dobj
    11  .          _         PUNCT  .    7   punct
    1   Unrest     _         PROPN  NNP  2   nsubj
    2   continued  continue  VERB   VBD  0   ROOT
    3   after      _         ADP    IN   2   prep
    4   the        _         DET    DT   5   det
    5   killing    _         NOUN   NN   3   pobj
    6   of         _         ADP    IN   5   prep
    7   George     _         PROPN  NNP  8   compound  B-PERSON
    8   Floyd      _         PROPN  NNP  6   pobj      I-PERSON
    9   in         _         ADP    IN   5   prep
    10  May        _         PROPN  NNP  9   pobj      B-DATE
    11  .          _         PUNCT  .    2   punct
    1   The        _         DET    DT   3   det       B-DATE
    2   next       _         ADJ    JJ   3   amod      I-DATE
    3   day        _         NOUN   NN   6   npadvmod  I-DATE
    4   ,          _         PUNCT  ,    6   punct
    5   Trump      _         PROPN  NNP  6   nsubj     B-ORG
    6   held       hold      VERB   VBD  0   ROOT
    7   a          _         DET    DT   8   det
    8   rally      _         NOUN   NN   6   dobj
    9   .          _         PUNCT  .    6   punct

    # text = The British relinquished control of Hong Kong to China in 1997. Since then, the territory has been governed under the model.
    1   The           _           DET    DT   2   det
    2   British       _           ADJ    JJ   4   amod       B-NORP
    3   relinquished  relinquish  VERB   VBD  4   amod
    4   control       _           NOUN   NN   0   ROOT
    5   of            _           ADP    IN   4   prep
    6   Hong          _           PROPN  NNP  7   compound   B-GPE
    7   Kong          _           PROPN  NNP  5   pobj       I-GPE
    8   to            _           ADP    IN   4   prep
    9   China         _           PROPN  NNP  8   pobj       B-GPE
    10  in            _           ADP    IN   4   prep
    11  1997          _           NUM    CD   10  pobj       B-DATE
    12  .             _           PUNCT  .    4   punct
    1   Since         _           SCONJ  IN   8   prep
    2   then          _           ADV    RB   1   pcomp
    3   ,             _           PUNCT  ,    8   punct
    4   the           _           DET    DT   5   det
    5   territory     _           NOUN   NN   8   nsubjpass
    6   has           have        AUX    VBZ  8   aux
    7   been          be          AUX    VBN  8   auxpass
    8   governed      govern      VERB   VBN  0   ROOT
    9   under         _           ADP    IN   8   prep
    10  the           _           DET    DT   11  det
    11  model         _           NOUN   NN   9   pobj
    12  .             _           PUNCT  .    8   punct

    # text = The cathedral was under renovation at the time of the fire.
    1   The         _   DET    DT   2   det
    2   cathedral   _   NOUN   NN   3   nsubj
    3   was         be  AUX    VBD  0   ROOT
    4   under       _   ADP    IN   3   prep
    5   renovation  _   NOUN   NN   4   pobj
    6   at          _   ADP    IN   3   prep
    7   the         _   DET    DT   8   det
    8   time        _   NOUN   NN   6   pobj
    9   of          _   ADP    IN   8   prep
    10  the         _   DET    DT   11  det
    11  fire        _   NOUN   NN   9   pobj
    12  .           _   PUNCT  .    3   punct

    # text = The relic has been venerated in Cahors since the construction of the cathedral 900 years ago.
    1   The           _         DET    DT   2   det
    2   relic         _         NOUN   NN   5   nsubjpass
    3   has           have      AUX    VBZ  5   aux
    4   been          be        AUX    VBN  5   auxpass
    5   venerated     venerate  VERB   VBN  0   ROOT
    6   in            _         ADP    IN   5   prep
    7   Cahors        _         PROPN  NNP  6   pobj       B-ORG
    8   since         _         SCONJ  IN   5   prep
    9   the           _         DET    DT   10  det
    10  construction  _         NOUN   NN   8   pobj
    11  of            _         ADP    IN   10  prep
    12  the           _         DET    DT   13  det        B-DATE
    13  cathedral     _         ADJ    JJ   11  pobj       I-DATE
    14  900           _         NUM    CD   15  nummod     I-DATE
    15  years         year      NOUN   NNS  16  npadvmod   I-DATE
    16  ago           _         ADV    RB   10  advmod     I-DATE
    17  .             _         PUNCT  .    5   punct

    # text = On the last night, Trump delivered a long acceptance speech on the South Lawn of the White House.
    1   On          _        ADP    IN   7   prep
    2   the         _        DET    DT   4   det       B-TIME
    3   last        _        ADJ    JJ   4   amod      I-TIME
    4   night       _        NOUN   NN   1   pobj      I-TIME
    5   ,           _        PUNCT  ,    7   punct
    6   Trump       _        PROPN  NNP  7   nsubj     B-ORG
    7   delivered   deliver  VERB   VBD  0   ROOT
    8   a           _        DET    DT   11  det
    9   long        _        ADJ    JJ   11  amod
    10  acceptance  _        NOUN   NN   11  compound
    11  speech      _        NOUN   NN   7   dobj
    12  on          _        ADP    IN   11  prep
    13  the         _        DET    DT   15  det       B-LOC
    14  South       _        PROPN  NNP  15  compound  I-LOC
    15  Lawn        _        PROPN  NNP  12  pobj      I-LOC
    16  of          _        ADP    IN   15  prep
    17  the         _        DET    DT   19  det       B-ORG
    18  White       _        PROPN  NNP  19  compound  I-ORG
    19  House       _        PROPN  NNP  16  pobj      I-ORG
    20  .           _        PUNCT  .    7   punct
    """,
    SHARED,
)
