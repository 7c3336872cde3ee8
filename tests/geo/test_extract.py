"""Toponyms resolved to GeoNames places (`dyad.geo.extract`): the seed's with the model; the
rest on hand-built parses (en_core_web_sm's, in the bank at the end) of sentences from
English Wikinews and written for these tests."""

from __future__ import annotations

import pytest

from dyad.geo.extract import extract_locations
from dyad.geo.gazetteer import load_gazetteer
from dyad.records import Actor
from tests.parses import Parses, mention, parse
from tests.parses_shared import SHARED

CHINA_GOVERNMENT = Actor("China", "CHNGOV", "CHN", "GOV", "country:CHN")
MICHAEL_JORDAN = Actor("Michael Jordan", "USA", "USA", None, "person:michael-jordan")


def places(doc, mentions):
    return [
        (f.record.text, f.record.geonameid)
        for f in extract_locations(doc, mentions, load_gazetteer())
    ]


def scores(doc, mentions):
    return {
        f.record.text: (f.record.geonameid, f.record.score)
        for f in extract_locations(doc, mentions, load_gazetteer())
    }


def test_a_capitalised_name_the_gazetteer_knows_is_a_place_where_the_entities_miss_it():
    # "Beijing" as if the entity recognizer had missed it; the actors stage's reading of it
    # as a place makes dyad surer
    doc = parse(
        "Talks began in Beijing.",
        """
        1  Talks    talk   NOUN   NNS  2  nsubj
        2  began    begin  VERB   VBD  0  ROOT
        3  in       _      ADP    IN   2  prep
        4  Beijing  _      PROPN  NNP  3  pobj
        5  .        _      PUNCT  .    2  punct
        """,
    )
    alone = scores(doc, [])
    beijing = mention(doc, "Beijing", CHINA_GOVERNMENT, "place", locative=True)
    with_actor = scores(doc, [beijing])
    assert alone["Beijing"][0] == with_actor["Beijing"][0] == 1816670
    assert alone["Beijing"][1] < with_actor["Beijing"][1]


def test_a_name_the_knowledge_base_knows_is_no_place_even_as_an_entity():
    doc = parse(
        "Jordan spoke in Amman.",
        """
        1  Jordan  _      PROPN  NNP  2  nsubj  B-GPE
        2  spoke   speak  VERB   VBD  0  ROOT
        3  in      _      ADP    IN   2  prep
        4  Amman   _      PROPN  NNP  3  pobj   B-GPE
        5  .       _      PUNCT  .    2  punct
        """,
    )
    assert [text for text, _ in places(doc, [])] == ["Jordan", "Amman"]
    jordan = mention(doc, "Jordan", MICHAEL_JORDAN)
    assert [text for text, _ in places(doc, [jordan])] == ["Amman"]


@pytest.mark.model
def test_the_seeds_moscow_and_beijing_resolve_to_their_geonames_ids(seed):
    ids = {loc.text: loc.geonameid for loc in seed.locations}
    assert ids["Moscow"] == 524901 and ids["Beijing"] == 1816670


def test_country_context_keeps_a_city_in_the_article_country():
    (loc,) = [
        x for x in PARSES.code("Russian officials met in Moscow.").locations if x.text == "Moscow"
    ]
    assert loc.country == "RUS"


# Sentences from English Wikinews (CC BY 2.5, © Wikinews contributors), article URLs beside.
@pytest.mark.parametrize(
    ("sentence", "date", "place", "geonameid"),
    [
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
        (
            "On the last day, Biden delivered his acceptance speech at Chase Center in "
            "Wilmington, Delaware.",
            "2020-09-30",
            "Wilmington",
            4145381,  # Wilmington, Delaware, not the bigger Wilmington, North Carolina
        ),
        # https://en.wikinews.org/wiki/Guitarist_Eddie_Van_Halen_dies,_aged_65
        (
            "Van Halen was a native of the Netherlands, eventually relocating to Pasadena, "
            "California.",
            "2020-10-08",
            "Pasadena",
            5381396,  # Pasadena, California, not Pasadena, Texas
        ),
    ],
)
def test_a_place_followed_by_its_state_is_read_inside_that_state(sentence, date, place, geonameid):
    (loc,) = [x for x in PARSES.code(sentence, date).locations if x.text == place]
    assert loc.geonameid == geonameid


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # https://en.wikinews.org/wiki/Senator_Ted_Cruz_proposes_amendment_to_U.S._Constitution_setting_Congressional_term_limits
        (
            "It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and "
            "David Perdue of Georgia, all Republicans.",
            "2019-01-06",
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
        (
            "Biden limited campaigning but still made stops in Pennsylvania, Georgia, Florida, "
            "Iowa, Wisconsin, and others.",
            "2020-11-02",
        ),
    ],
)
def test_georgia_among_us_actors_is_the_us_state(sentence, date):
    (loc,) = [x for x in PARSES.code(sentence, date).locations if x.text == "Georgia"]
    assert (loc.country, loc.admin1, loc.geonameid) == ("USA", "GA", 4197000)


def test_georgia_beside_russia_is_the_country():
    (loc,) = [
        x
        for x in PARSES.code("Russia and Georgia fought a war in 2008.").locations
        if x.text == "Georgia"
    ]
    assert (loc.country, loc.geonameid) == ("GEO", 614540)


def test_demonyms_resolve_to_their_countries():
    # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
    coded = PARSES.code(
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French "
        "counterparts gathered in Cairo on Wednesday.",
        "2020-01-11",
    )
    countries = {loc.text: loc.country for loc in coded.locations}
    assert {k: countries[k] for k in ("Greek", "Cypriot", "French")} == {
        "Greek": "GRC",
        "Cypriot": "CYP",
        "French": "FRA",
    }


def test_a_town_under_15000_people_is_found_inside_its_state():
    # https://en.wikinews.org/wiki/World_War_II_era_plane_crashes_in_Connecticut,_US,_killing_at_least_seven
    # Windsor Locks (12,000 people) is in GeoNames' cities500, not in its cities15000
    coded = PARSES.code(
        "At least seven people were killed in the United States yesterday, when a World War "
        "II-era bomber crashed at Bradley International Airport in Windsor Locks, Connecticut.",
        "2019-10-03",
    )
    places = {loc.text: (loc.country, loc.admin1) for loc in coded.locations}
    assert places["Windsor Locks"] == ("USA", "CT")
    assert {"United States", "Connecticut"} <= set(places)


# en_core_web_sm's parses of the texts above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = Russian officials met in Moscow.
    1  Russian    _         ADJ    JJ   2  amod   B-NORP
    2  officials  official  NOUN   NNS  3  nsubj
    3  met        meet      VERB   VBD  0  ROOT
    4  in         _         ADP    IN   3  prep
    5  Moscow     _         PROPN  NNP  4  pobj   B-GPE
    6  .          _         PUNCT  .    3  punct

    # text = On the last day, Biden delivered his acceptance speech at Chase Center in Wilmington, Delaware.
    1   On          _        ADP    IN    7   prep
    2   the         _        DET    DT    4   det       B-DATE
    3   last        _        ADJ    JJ    4   amod      I-DATE
    4   day         _        NOUN   NN    1   pobj      I-DATE
    5   ,           _        PUNCT  ,     7   punct
    6   Biden       _        PROPN  NNP   7   nsubj     B-PERSON
    7   delivered   deliver  VERB   VBD   0   ROOT
    8   his         _        PRON   PRP$  10  poss
    9   acceptance  _        NOUN   NN    10  compound
    10  speech      _        NOUN   NN    7   dobj
    11  at          _        ADP    IN    7   prep
    12  Chase       _        PROPN  NNP   13  compound  B-ORG
    13  Center      _        PROPN  NNP   11  pobj      I-ORG
    14  in          _        ADP    IN    13  prep
    15  Wilmington  _        PROPN  NNP   14  pobj      B-GPE
    16  ,           _        PUNCT  ,     15  punct
    17  Delaware    _        PROPN  NNP   15  appos     B-GPE
    18  .           _        PUNCT  .     7   punct

    # text = Van Halen was a native of the Netherlands, eventually relocating to Pasadena, California.
    1   Van          _         PROPN  NNP   2   compound  B-PERSON
    2   Halen        _         PROPN  NNP   3   nsubj     I-PERSON
    3   was          be        AUX    VBD   0   ROOT
    4   a            _         DET    DT    5   det
    5   native       _         NOUN   NN    3   attr
    6   of           _         ADP    IN    5   prep
    7   the          _         DET    DT    8   det
    8   Netherlands  _         PROPN  NNPS  6   pobj      B-GPE
    9   ,            _         PUNCT  ,     3   punct
    10  eventually   _         ADV    RB    11  advmod
    11  relocating   relocate  VERB   VBG   3   advcl
    12  to           _         ADP    IN    11  prep
    13  Pasadena     _         PROPN  NNP   12  pobj      B-GPE
    14  ,            _         PUNCT  ,     13  punct
    15  California   _         PROPN  NNP   13  appos     B-GPE
    16  .            _         PUNCT  .     3   punct

    # text = It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia, all Republicans.
    1   It           _        PRON   PRP   2   nsubj
    2   was          be       AUX    VBD   0   ROOT
    3   co           _        VERB   VBN   2   acomp
    4   -            _        VERB   VBN   2   acomp
    5   sponsored    sponsor  VERB   VBN   2   acomp
    6   by           _        ADP    IN    5   agent
    7   Senators     _        PROPN  NNPS  9   compound
    8   Marco        _        PROPN  NNP   9   compound  B-PERSON
    9   Rubio        _        PROPN  NNP   6   pobj      I-PERSON
    10  of           _        ADP    IN    9   prep
    11  Florida      _        PROPN  NNP   10  pobj      B-GPE
    12  ,            _        PUNCT  ,     9   punct
    13  Mike         _        PROPN  NNP   14  compound  B-PERSON
    14  Lee          _        PROPN  NNP   9   appos     I-PERSON
    15  of           _        ADP    IN    14  prep
    16  Utah         _        PROPN  NNP   15  pobj      B-GPE
    17  ,            _        PUNCT  ,     9   punct
    18  and          _        CCONJ  CC    9   cc
    19  David        _        PROPN  NNP   20  compound  B-PERSON
    20  Perdue       _        PROPN  NNP   9   conj      I-PERSON
    21  of           _        ADP    IN    20  prep
    22  Georgia      _        PROPN  NNP   21  pobj      B-GPE
    23  ,            _        PUNCT  ,     20  punct
    24  all          _        DET    DT    25  det
    25  Republicans  _        PROPN  NNPS  20  appos     B-NORP
    26  .            _        PUNCT  .     2   punct

    # text = Biden limited campaigning but still made stops in Pennsylvania, Georgia, Florida, Iowa, Wisconsin, and others.
    1   Biden         _      PROPN  NNP  2   nsubj   B-PERSON
    2   limited       limit  VERB   VBD  0   ROOT
    3   campaigning   _      NOUN   NN   2   dobj
    4   but           _      CCONJ  CC   2   cc
    5   still         _      ADV    RB   6   advmod
    6   made          make   VERB   VBD  2   conj
    7   stops         stop   NOUN   NNS  6   dobj
    8   in            _      ADP    IN   6   prep
    9   Pennsylvania  _      PROPN  NNP  8   pobj    B-GPE
    10  ,             _      PUNCT  ,    9   punct
    11  Georgia       _      PROPN  NNP  9   conj    B-GPE
    12  ,             _      PUNCT  ,    11  punct
    13  Florida       _      PROPN  NNP  11  conj    B-GPE
    14  ,             _      PUNCT  ,    13  punct
    15  Iowa          _      PROPN  NNP  13  conj    B-GPE
    16  ,             _      PUNCT  ,    15  punct
    17  Wisconsin     _      PROPN  NNP  15  conj    B-GPE
    18  ,             _      PUNCT  ,    17  punct
    19  and           _      CCONJ  CC   17  cc
    20  others        other  NOUN   NNS  17  conj
    21  .             _      PUNCT  .    2   punct

    # text = Russia and Georgia fought a war in 2008.
    1  Russia   _      PROPN  NNP  4  nsubj  B-GPE
    2  and      _      CCONJ  CC   1  cc
    3  Georgia  _      PROPN  NNP  1  conj   B-GPE
    4  fought   fight  VERB   VBD  0  ROOT
    5  a        _      DET    DT   6  det
    6  war      _      NOUN   NN   4  dobj
    7  in       _      ADP    IN   4  prep
    8  2008     _      NUM    CD   7  pobj   B-DATE
    9  .        _      PUNCT  .    4  punct

    # text = Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts gathered in Cairo on Wednesday.
    1   Egyptian      _            ADJ    JJ    3   amod      B-NORP
    2   foreign       _            ADJ    JJ    3   amod
    3   minister      _            NOUN   NN    5   compound
    4   Sameh         _            PROPN  NNP   5   compound  B-PERSON
    5   Shoukry       _            PROPN  NNP   14  nsubj     I-PERSON
    6   and           _            CCONJ  CC    5   cc
    7   his           _            PRON   PRP$  13  poss
    8   Greek         _            ADJ    JJ    13  amod      B-NORP
    9   ,             _            PUNCT  ,     8   punct
    10  Cypriot       _            ADJ    JJ    8   conj      B-NORP
    11  and           _            CCONJ  CC    10  cc
    12  French        _            ADJ    JJ    10  conj      B-NORP
    13  counterparts  counterpart  NOUN   NNS   5   conj
    14  gathered      gather       VERB   VBD   0   ROOT
    15  in            _            ADP    IN    14  prep
    16  Cairo         _            PROPN  NNP   15  pobj      B-GPE
    17  on            _            ADP    IN    14  prep
    18  Wednesday     _            PROPN  NNP   17  pobj      B-DATE
    19  .             _            PUNCT  .     14  punct
    """,
    SHARED,
)
