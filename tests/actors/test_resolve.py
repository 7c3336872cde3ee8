"""Actor mentions: phrases read and coded with the knowledge base, references resolved
(`dyad.actors`). On hand-built parses (en_core_web_sm's, in the bank at the end) of sentences
written for these tests or quoted with their source; the seed's with the model."""

from __future__ import annotations

import pytest

from tests.parses import Parses


def mention(coded, text):
    found = [m for m in coded.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in coded.mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "name", "actor_code"),
    [
        (
            "Russian President Vladimir Putin said on Wednesday that talks went well.",
            "Russian President Vladimir Putin",
            "Vladimir Putin",
            "RUSGOV",
        ),
        (
            "Putin thanked Xi for introducing a visa-free regime for Russian citizens.",
            "Russian citizens",
            None,
            "RUSCVL",
        ),
        ("Beijing said the move was unacceptable.", "Beijing", "China", "CHNGOV"),
        ("The Kremlin rejected the claims.", "The Kremlin", "Kremlin", "RUSGOV"),
        (
            "NATO troops arrived in Estonia.",
            "NATO troops",
            "North Atlantic Treaty Organization",
            "IGONATMIL",
        ),
        ("The president of France met the press.", "The president of France", None, "FRAGOV"),
        (
            "Chinese Foreign Ministry spokesperson Lin Jian said China opposes it.",
            "Chinese Foreign Ministry spokesperson Lin Jian",
            "Lin Jian",
            "CHNGOV",
        ),
        (
            "Iraqi troops launched an assault on the rebel stronghold.",
            "Iraqi troops",
            None,
            "IRQMIL",
        ),
    ],
)
def test_phrases_resolve_to_coded_actors(sentence, text, name, actor_code):
    actor = mention(PARSES.code(sentence), text).actor
    assert (actor.name, actor.code) == (name, actor_code)


@pytest.mark.parametrize(
    ("date", "actor_code"),
    [("2010-06-01", "RUSGOV"), ("1995-06-01", None), ("2026-02-04", "RUSGOV")],
)
def test_a_person_is_coded_by_the_office_held_on_the_article_date(date, actor_code):
    actor = mention(PARSES.code("Vladimir Putin visited Minsk.", date), "Vladimir Putin").actor
    assert actor.code == actor_code


def test_former_leaders_are_coded_as_elites():
    actor = mention(
        PARSES.code("Barack Obama spoke in Chicago.", "2020-05-01"), "Barack Obama"
    ).actor
    assert actor.code == "USAELI"


@pytest.mark.model
def test_the_president_and_the_russian_leader_resolve_to_putin_in_the_seed(seed):
    roles = [m for m in seed.mentions if m.kind == "role"]
    assert [(m.text, m.actor.name) for m in roles] == [
        ("the president", "Vladimir Putin"),
        ("the Russian leader", "Vladimir Putin"),
        ("the president", "Vladimir Putin"),
    ]


@pytest.mark.model
def test_a_pronoun_resolves_to_the_subject_before_it(seed):
    (he,) = [m for m in seed.mentions if m.kind == "pronoun"]
    assert he.text == "he" and he.actor.name == "Vladimir Putin"


def test_a_role_noun_does_not_resolve_across_countries():
    coded = PARSES.code(
        "Chinese President Xi Jinping met reporters. The Russian leader was not there."
    )
    leader = mention(coded, "The Russian leader")
    assert leader.actor.name is None and leader.actor.country == "RUS"


def test_a_bare_surname_takes_the_full_name_met_before():
    coded = PARSES.code(
        "Tristan Smith, a local official, spoke first. Smith said the bridge was safe."
    )
    assert mention(coded, "Smith").actor.name == "Tristan Smith"


def test_a_first_name_word_news_repeats_takes_the_full_name_met_before():
    # Malay and Korean names: news repeats the first word ("Mahathir", "Kim")
    coded = PARSES.code(
        "Mahathir Mohamad, a Malaysian official, spoke first. Mahathir said the bridge was safe."
    )
    assert mention(coded, "Mahathir").actor.name == "Mahathir Mohamad"
    assert mention(coded, "Mahathir").actor.country == "MYS"


def test_a_surname_met_before_is_the_person_not_a_capital():
    # NER calls the second "Amman" a place; the article introduced a man of that name
    coded = PARSES.code(
        "Sudesh Amman, a local man, was arrested. Amman had been released in January."
    )
    assert mention(coded, "Amman").actor.name == "Sudesh Amman"
    assert all(m.actor.country != "JOR" for m in coded.mentions)


def test_a_first_name_never_hides_a_country_the_kb_knows():
    coded = PARSES.code("Israel Katz spoke on Monday. Israel struck Gaza.")
    assert mention(coded, "Israel").actor.code == "ISR"


def test_a_dateline_is_no_actor():
    coded = PARSES.code("KUALA LUMPUR, Malaysia — Malaysian police arrested two men.")
    assert {m.text for m in coded.mentions if m.kind == "place"} == set()
    assert [m.actor.code for m in coded.mentions] == ["MYSCOP"]  # the police


def test_a_person_nothing_places_takes_the_article_country():
    coded = PARSES.code(
        "German police arrested Jan Novak on Monday. "
        "The German government said Novak had planned an attack."
    )
    assert mention(coded, "Jan Novak").actor.code == "DEU"
    assert mention(coded, "Novak").actor.name == "Jan Novak"


def test_locative_places_are_marked():
    coded = PARSES.code("Russia and China held talks in Beijing.")
    beijing = [m for m in coded.mentions if m.text == "Beijing"]
    assert beijing and beijing[0].kind == "place"


def test_coordinated_demonyms_make_two_actors():
    (e,) = PARSES.code(
        "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."
    ).events
    assert {p.actor.code for p in e.actor} == {"HUNGOV", "ROUGOV"}


def test_a_group_in_a_country_belongs_to_it():
    coded = PARSES.code("Opposition groups in Zimbabwe demanded new elections.")
    assert coded.mentions[0].actor.code == "ZWEOPP"


def test_a_generic_office_word_takes_its_modifiers_sector():
    coded = PARSES.code("Afghan rebel leaders met reporters.")
    assert coded.mentions[0].actor.code == "AFGREB"


@pytest.mark.parametrize(
    ("sentence", "date", "text", "actor_code"),
    [
        # https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue
        (
            "Amnesty International has called for an investigation into the shooting.",
            "2019-10-02",
            "Amnesty International",
            "NGOAMN",
        ),
        # https://en.wikinews.org/wiki/Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95
        # (a head of state from CountryInfo, out of office on the article's date)
        (
            "Robert Mugabe, former president of Zimbabwe, has died, according to current "
            "president Emmerson Mnangagwa on Friday.",
            "2019-09-09",
            "Robert Mugabe",
            "ZWEELI",
        ),
        # PLOVER-GSR01-ASSAULT-0013 (CC BY-SA 4.0, Open Event Data Alliance): a group of
        # an armed movement's members is the movement's country and sector
        (
            "Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
            "Lebanon Sunday sources on both sides said.",
            None,
            "Hezbollah guerrillas",
            "LBNREB",
        ),
        # PLOVER-GSR01-COOPERATE-0001 (CC BY-SA 4.0, Open Event Data Alliance)
        (
            "Taliban ruled Afghanistan has been sharing expertise with the Liberation Tigers of "
            "Tamil Eelam according to a special report submitted to the Canadian Security "
            "Intelligence Service.",
            None,
            "the Liberation Tigers",
            "LKAREB",
        ),
    ],
)
def test_international_organizations_groups_and_past_leaders_are_coded(
    sentence, date, text, actor_code
):
    assert mention(PARSES.code(sentence, date), text).actor.code == actor_code


def test_a_known_person_before_their_known_term_takes_the_phrases_country():
    # PLOVER-GSR01-AGREE-0021 (CC BY-SA 4.0): CountryInfo starts Kostunica's presidency on
    # 2000-10-07; on an earlier date the words "Serbian President" still code him
    coded = PARSES.code(
        "Serbian President Vojislav Kostunica promised to democratize Serbia and establish the "
        "rule of law as he succeeded Milosevic.",
        "2000-01-01",
    )
    assert mention(coded, "Serbian President Vojislav Kostunica").actor.code == "SRBGOV"


def test_an_undated_text_takes_a_persons_latest_role():
    # PLOVER-GSR01-THREATEN-0001 (CC BY-SA 4.0): the gold's dates are a placeholder, so
    # dyad eval plover-gsr codes without one; on 2000-01-01 George W. Bush held no office
    text = (
        "President Bush has threatened further action against Russia in an international "
        "television program beamed by satellite to more than 50 countries."
    )
    assert mention(PARSES.code(text, None), "President Bush").actor.code == "USAGOV"
    assert mention(PARSES.code(text, "2000-01-01"), "President Bush").actor.code is None


def test_a_title_before_an_unknown_proper_name_makes_a_person():
    # written for this test; NER tags the name an organization
    coded = PARSES.code("Vice-President Moody Awori met Kenyan lawmakers on Monday.", None)
    found = mention(coded, "Vice-President Moody Awori")
    assert found.actor.name == "Moody Awori" and found.actor.sector == "GOV"


def test_members_of_a_transnational_armed_group_are_its_own():
    # written for this test: not the country the sentence happens to name
    coded = PARSES.code("Kenyan troops killed two al-Qaeda leaders on Monday.", None)
    assert mention(coded, "two al-Qaeda leaders").actor.code == "IMGAQD"


def test_the_security_council_is_the_united_nations_security_council():
    # Phoenix.International.actors.txt: THE_SECURITY_COUNCIL_ [IGOUNO]
    coded = PARSES.code("The Security Council condemned the attack on the convoy.", None)
    assert mention(coded, "The Security Council").actor.code == "IGOUNSC"


def test_a_national_security_council_is_not_the_un_one():
    coded = PARSES.code("The US National Security Council met on Monday.", None)
    assert all(m.actor.code != "IGOUNSC" for m in coded.mentions)


def test_a_compass_word_before_a_country_is_a_region_of_it_not_a_first_name():
    # written for this test
    coded = PARSES.code("Israeli troops entered South Lebanon on Monday.", None)
    assert mention(coded, "South Lebanon").actor.country == "LBN"
    assert (
        mention(PARSES.code("Troops from South Korea arrived.", None), "South Korea").actor.country
        == "KOR"
    )


@pytest.mark.parametrize(
    "text",
    [
        # written for this test: continents, and a compass word inside a longer name
        "Flights to South America resumed, officials in North America said.",
        "Floods hit New South Wales on Monday.",
    ],
)
def test_a_compass_word_does_not_make_a_continent_or_a_longer_name_a_region(text):
    coded = PARSES.code(text, None)
    assert all(m.actor is None or m.actor.country not in ("USA", "GBR") for m in coded.mentions)


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = Russian President Vladimir Putin said on Wednesday that talks went well.
    1   Russian    _     ADJ    JJ   2   amod      B-NORP
    2   President  _     PROPN  NNP  4   compound
    3   Vladimir   _     PROPN  NNP  4   compound  B-PERSON
    4   Putin      _     PROPN  NNP  5   nsubj     I-PERSON
    5   said       say   VERB   VBD  0   ROOT
    6   on         _     ADP    IN   5   prep
    7   Wednesday  _     PROPN  NNP  6   pobj      B-DATE
    8   that       _     SCONJ  IN   10  mark
    9   talks      talk  NOUN   NNS  10  nsubj
    10  went       go    VERB   VBD  5   ccomp
    11  well       _     ADV    RB   10  advmod
    12  .          _     PUNCT  .    5   punct

    # text = Putin thanked Xi for introducing a visa-free regime for Russian citizens.
    1   Putin        _          PROPN  NNP   2   nsubj     B-PERSON
    2   thanked      thank      VERB   VBD   0   ROOT
    3   Xi           _          PROPN  NNP   2   dobj      B-PERSON
    4   for          _          ADP    IN    2   prep
    5   introducing  introduce  VERB   VBG   4   pcomp
    6   a            _          DET    DT    10  det
    7   visa         _          NOUN   NN    9   npadvmod
    8   -            _          PUNCT  HYPH  9   punct
    9   free         _          ADJ    JJ    10  amod
    10  regime       _          NOUN   NN    5   dobj
    11  for          _          ADP    IN    10  prep
    12  Russian      _          ADJ    JJ    13  amod      B-NORP
    13  citizens     citizen    NOUN   NNS   11  pobj
    14  .            _          PUNCT  .     2   punct

    # text = Beijing said the move was unacceptable.
    1  Beijing       _    PROPN  NNP  2  nsubj  B-GPE
    2  said          say  VERB   VBD  0  ROOT
    3  the           _    DET    DT   4  det
    4  move          _    NOUN   NN   5  nsubj
    5  was           be   AUX    VBD  2  ccomp
    6  unacceptable  _    ADJ    JJ   5  acomp
    7  .             _    PUNCT  .    2  punct

    # text = The Kremlin rejected the claims.
    1  The       _       DET    DT   2  det
    2  Kremlin   _       PROPN  NNP  3  nsubj  B-ORG
    3  rejected  reject  VERB   VBD  0  ROOT
    4  the       _       DET    DT   5  det
    5  claims    claim   NOUN   NNS  3  dobj
    6  .         _       PUNCT  .    3  punct

    # text = NATO troops arrived in Estonia.
    1  NATO     _       PROPN  NNP  2  compound  B-ORG
    2  troops   troop   NOUN   NNS  3  nsubj
    3  arrived  arrive  VERB   VBD  0  ROOT
    4  in       _       ADP    IN   3  prep
    5  Estonia  _       PROPN  NNP  4  pobj      B-GPE
    6  .        _       PUNCT  .    3  punct

    # text = The president of France met the press.
    1  The        _     DET    DT   2  det
    2  president  _     NOUN   NN   5  nsubj
    3  of         _     ADP    IN   2  prep
    4  France     _     PROPN  NNP  3  pobj   B-GPE
    5  met        meet  VERB   VBD  0  ROOT
    6  the        _     DET    DT   7  det
    7  press      _     NOUN   NN   5  dobj
    8  .          _     PUNCT  .    5  punct

    # text = Chinese Foreign Ministry spokesperson Lin Jian said China opposes it.
    1   Chinese       _       PROPN  NNP  3  compound  B-ORG
    2   Foreign       _       PROPN  NNP  3  compound  I-ORG
    3   Ministry      _       PROPN  NNP  4  compound  I-ORG
    4   spokesperson  _       NOUN   NN   6  compound
    5   Lin           _       PROPN  NNP  6  compound  B-PERSON
    6   Jian          _       PROPN  NNP  7  nsubj     I-PERSON
    7   said          say     VERB   VBD  0  ROOT
    8   China         _       PROPN  NNP  9  nsubj     B-GPE
    9   opposes       oppose  VERB   VBZ  7  ccomp
    10  it            _       PRON   PRP  9  dobj
    11  .             _       PUNCT  .    7  punct

    # text = Iraqi troops launched an assault on the rebel stronghold.
    1   Iraqi       _       ADJ    JJ   2  amod   B-NORP
    2   troops      troop   NOUN   NNS  3  nsubj
    3   launched    launch  VERB   VBD  0  ROOT
    4   an          _       DET    DT   5  det
    5   assault     _       NOUN   NN   3  dobj
    6   on          _       ADP    IN   5  prep
    7   the         _       DET    DT   9  det
    8   rebel       _       ADJ    JJ   9  amod
    9   stronghold  _       NOUN   NN   6  pobj
    10  .           _       PUNCT  .    3  punct

    # text = Vladimir Putin visited Minsk.
    1  Vladimir  _      PROPN  NNP  2  compound  B-PERSON
    2  Putin     _      PROPN  NNP  3  nsubj     I-PERSON
    3  visited   visit  VERB   VBD  0  ROOT
    4  Minsk     _      PROPN  NNP  3  dobj      B-GPE
    5  .         _      PUNCT  .    3  punct

    # text = Barack Obama spoke in Chicago.
    1  Barack   _      PROPN  NNP  2  compound  B-PERSON
    2  Obama    _      PROPN  NNP  3  nsubj     I-PERSON
    3  spoke    speak  VERB   VBD  0  ROOT
    4  in       _      ADP    IN   3  prep
    5  Chicago  _      PROPN  NNP  4  pobj      B-GPE
    6  .        _      PUNCT  .    3  punct

    # text = Chinese President Xi Jinping met reporters. The Russian leader was not there.
    1  Chinese    _         ADJ    JJ   2  amod      B-NORP
    2  President  _         PROPN  NNP  4  compound
    3  Xi         _         PROPN  NNP  4  compound  B-PERSON
    4  Jinping    _         PROPN  NNP  5  nsubj     I-PERSON
    5  met        meet      VERB   VBD  0  ROOT
    6  reporters  reporter  NOUN   NNS  5  dobj
    7  .          _         PUNCT  .    5  punct
    1  The        _         DET    DT   3  det
    2  Russian    _         ADJ    JJ   3  amod      B-NORP
    3  leader     _         NOUN   NN   4  nsubj
    4  was        be        AUX    VBD  0  ROOT
    5  not        _         PART   RB   4  neg
    6  there      _         ADV    RB   4  advmod
    7  .          _         PUNCT  .    4  punct

    # text = Tristan Smith, a local official, spoke first. Smith said the bridge was safe.
    1   Tristan   _      PROPN  NNP  2  compound  B-PERSON
    2   Smith     _      PROPN  NNP  8  nsubj     I-PERSON
    3   ,         _      PUNCT  ,    2  punct
    4   a         _      DET    DT   6  det
    5   local     _      ADJ    JJ   6  amod
    6   official  _      NOUN   NN   2  appos
    7   ,         _      PUNCT  ,    2  punct
    8   spoke     speak  VERB   VBD  0  ROOT
    9   first     _      ADV    RB   8  advmod    B-ORDINAL
    10  .         _      PUNCT  .    8  punct
    1   Smith     _      PROPN  NNP  2  nsubj     B-PERSON
    2   said      say    VERB   VBD  0  ROOT
    3   the       _      DET    DT   4  det
    4   bridge    _      NOUN   NN   5  nsubj
    5   was       be     AUX    VBD  2  ccomp
    6   safe      _      ADJ    JJ   5  acomp
    7   .         _      PUNCT  .    2  punct

    # text = Russia and China held talks in Beijing.
    1  Russia   _     PROPN  NNP  4  nsubj  B-GPE
    2  and      _     CCONJ  CC   1  cc
    3  China    _     PROPN  NNP  1  conj   B-GPE
    4  held     hold  VERB   VBD  0  ROOT
    5  talks    talk  NOUN   NNS  4  dobj
    6  in       _     ADP    IN   5  prep
    7  Beijing  _     PROPN  NNP  6  pobj   B-GPE
    8  .        _     PUNCT  .    4  punct

    # text = Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.
    1   Senior     _         ADJ    JJ   5   amod
    2   Hungarian  _         ADJ    JJ   5   amod   B-NORP
    3   and        _         CCONJ  CC   2   cc
    4   Romanian   _         ADJ    JJ   2   conj   B-NORP
    5   officials  official  NOUN   NNS  6   nsubj
    6   agreed     agree     VERB   VBD  0   ROOT
    7   on         _         ADP    IN   6   prep
    8   Wednesday  _         PROPN  NNP  7   pobj   B-DATE
    9   to         _         PART   TO   10  aux
    10  cooperate  _         VERB   VB   6   xcomp
    11  .          _         PUNCT  .    6   punct

    # text = Opposition groups in Zimbabwe demanded new elections.
    1  Opposition  _         NOUN   NN   2  compound
    2  groups      group     NOUN   NNS  5  nsubj
    3  in          _         ADP    IN   2  prep
    4  Zimbabwe    _         PROPN  NNP  3  pobj      B-GPE
    5  demanded    demand    VERB   VBD  0  ROOT
    6  new         _         ADJ    JJ   7  amod
    7  elections   election  NOUN   NNS  5  dobj
    8  .           _         PUNCT  .    5  punct

    # text = Afghan rebel leaders met reporters.
    1  Afghan     _         ADJ    JJ   3  amod      B-NORP
    2  rebel      _         NOUN   NN   3  compound
    3  leaders    leader    NOUN   NNS  4  nsubj
    4  met        meet      VERB   VBD  0  ROOT
    5  reporters  reporter  NOUN   NNS  4  dobj
    6  .          _         PUNCT  .    4  punct

    # text = Amnesty International has called for an investigation into the shooting.
    1   Amnesty        _     PROPN  NNP  2   compound  B-ORG
    2   International  _     PROPN  NNP  4   nsubj     I-ORG
    3   has            have  AUX    VBZ  4   aux
    4   called         call  VERB   VBN  0   ROOT
    5   for            _     ADP    IN   4   prep
    6   an             _     DET    DT   7   det
    7   investigation  _     NOUN   NN   5   pobj
    8   into           _     ADP    IN   7   prep
    9   the            _     DET    DT   10  det
    10  shooting       _     NOUN   NN   8   pobj
    11  .              _     PUNCT  .    4   punct

    # text = Robert Mugabe, former president of Zimbabwe, has died, according to current president Emmerson Mnangagwa on Friday.
    1   Robert     _       PROPN  NNP  2   compound  B-PERSON
    2   Mugabe     _       PROPN  NNP  10  nsubj     I-PERSON
    3   ,          _       PUNCT  ,    2   punct
    4   former     _       ADJ    JJ   5   amod
    5   president  _       NOUN   NN   2   appos
    6   of         _       ADP    IN   5   prep
    7   Zimbabwe   _       PROPN  NNP  6   pobj      B-GPE
    8   ,          _       PUNCT  ,    2   punct
    9   has        have    AUX    VBZ  10  aux
    10  died       die     VERB   VBN  0   ROOT
    11  ,          _       PUNCT  ,    10  punct
    12  according  accord  VERB   VBG  10  prep
    13  to         _       ADP    IN   12  prep
    14  current    _       ADJ    JJ   15  amod
    15  president  _       NOUN   NN   17  compound
    16  Emmerson   _       PROPN  NNP  17  compound  B-PERSON
    17  Mnangagwa  _       PROPN  NNP  13  pobj      I-PERSON
    18  on         _       ADP    IN   12  prep
    19  Friday     _       PROPN  NNP  18  pobj      B-DATE
    20  .          _       PUNCT  .    10  punct

    # text = Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon Sunday sources on both sides said.
    1   Hezbollah   _          PROPN  NNP  2   compound  B-ORG
    2   guerrillas  guerrilla  NOUN   NNS  3   nsubj
    3   killed      kill       VERB   VBD  20  ccomp
    4   the         _          DET    DT   6   det
    5   deputy      _          ADJ    JJ   6   compound
    6   chief       _          NOUN   NN   3   dobj
    7   of          _          ADP    IN   6   prep
    8   Israel      _          PROPN  NNP  11  poss      B-GPE
    9   's          _          PART   POS  8   case
    10  militia     _          NOUN   NN   11  compound
    11  ally        _          NOUN   NN   7   pobj
    12  in          _          ADP    IN   11  prep
    13  southern    _          ADJ    JJ   14  amod
    14  Lebanon     _          PROPN  NNP  12  pobj      B-GPE
    15  Sunday      _          PROPN  NNP  3   npadvmod  B-DATE
    16  sources     source     NOUN   NNS  20  nsubj
    17  on          _          ADP    IN   16  prep
    18  both        _          DET    DT   19  det
    19  sides       side       NOUN   NNS  17  pobj
    20  said        say        VERB   VBD  0   ROOT
    21  .           _          PUNCT  .    20  punct

    # text = Taliban ruled Afghanistan has been sharing expertise with the Liberation Tigers of Tamil Eelam according to a special report submitted to the Canadian Security Intelligence Service.
    1   Taliban       _       PROPN  NNP   2   nsubj     B-ORG
    2   ruled         rule    VERB   VBD   0   ROOT
    3   Afghanistan   _       PROPN  NNP   6   nsubj     B-GPE
    4   has           have    AUX    VBZ   6   aux
    5   been          be      AUX    VBN   6   aux
    6   sharing       share   VERB   VBG   2   ccomp
    7   expertise     _       NOUN   NN    6   dobj
    8   with          _       ADP    IN    6   prep
    9   the           _       DET    DT    11  det       B-ORG
    10  Liberation    _       PROPN  NNP   11  compound  I-ORG
    11  Tigers        _       PROPN  NNPS  8   pobj      I-ORG
    12  of            _       ADP    IN    11  prep
    13  Tamil         _       PROPN  NNP   14  compound  B-NORP
    14  Eelam         _       PROPN  NNP   12  pobj
    15  according     accord  VERB   VBG   6   prep
    16  to            _       ADP    IN    15  prep
    17  a             _       DET    DT    19  det
    18  special       _       ADJ    JJ    19  amod
    19  report        _       NOUN   NN    16  pobj
    20  submitted     submit  VERB   VBN   19  acl
    21  to            _       ADP    IN    20  prep
    22  the           _       DET    DT    26  det       B-ORG
    23  Canadian      _       PROPN  NNP   26  compound  I-ORG
    24  Security      _       PROPN  NNP   26  compound  I-ORG
    25  Intelligence  _       PROPN  NNP   26  compound  I-ORG
    26  Service       _       PROPN  NNP   21  pobj      I-ORG
    27  .             _       PUNCT  .     2   punct

    # text = Serbian President Vojislav Kostunica promised to democratize Serbia and establish the rule of law as he succeeded Milosevic.
    1   Serbian      _        ADJ    JJ   2   amod      B-NORP
    2   President    _        PROPN  NNP  4   compound
    3   Vojislav     _        PROPN  NNP  4   compound  B-PERSON
    4   Kostunica    _        PROPN  NNP  5   nsubj     I-PERSON
    5   promised     promise  VERB   VBD  0   ROOT
    6   to           _        PART   TO   7   aux
    7   democratize  _        VERB   VB   5   xcomp
    8   Serbia       _        PROPN  NNP  7   dobj      B-GPE
    9   and          _        CCONJ  CC   7   cc
    10  establish    _        VERB   VB   7   conj
    11  the          _        DET    DT   12  det
    12  rule         _        NOUN   NN   10  dobj
    13  of           _        ADP    IN   12  prep
    14  law          _        NOUN   NN   13  pobj
    15  as           _        SCONJ  IN   17  mark
    16  he           _        PRON   PRP  17  nsubj
    17  succeeded    succeed  VERB   VBD  10  advcl
    18  Milosevic    _        PROPN  NNP  17  dobj      B-PERSON
    19  .            _        PUNCT  .    5   punct

    # text = President Bush has threatened further action against Russia in an international television program beamed by satellite to more than 50 countries.
    1   President      _         PROPN  NNP  2   compound
    2   Bush           _         PROPN  NNP  4   nsubj     B-PERSON
    3   has            have      AUX    VBZ  4   aux
    4   threatened     threaten  VERB   VBN  0   ROOT
    5   further        _         ADJ    JJ   6   amod
    6   action         _         NOUN   NN   4   dobj
    7   against        _         ADP    IN   6   prep
    8   Russia         _         PROPN  NNP  7   pobj      B-GPE
    9   in             _         ADP    IN   4   prep
    10  an             _         DET    DT   13  det
    11  international  _         ADJ    JJ   13  amod
    12  television     _         NOUN   NN   13  compound
    13  program        _         NOUN   NN   9   pobj
    14  beamed         beam      VERB   VBN  13  acl
    15  by             _         ADP    IN   14  agent
    16  satellite      _         NOUN   NN   15  pobj
    17  to             _         ADP    IN   14  prep
    18  more           _         ADJ    JJR  20  amod      B-CARDINAL
    19  than           _         ADP    IN   20  quantmod  I-CARDINAL
    20  50             _         NUM    CD   21  nummod    I-CARDINAL
    21  countries      country   NOUN   NNS  17  pobj
    22  .              _         PUNCT  .    4   punct

    # text = Vice-President Moody Awori met Kenyan lawmakers on Monday.
    1   Vice       _         PROPN  NNP  5  compound
    2   -          _         PROPN  NNP  5  compound
    3   President  _         PROPN  NNP  5  compound
    4   Moody      _         PROPN  NNP  5  compound  B-ORG
    5   Awori      _         PROPN  NNP  6  nsubj     I-ORG
    6   met        meet      VERB   VBD  0  ROOT
    7   Kenyan     _         ADJ    JJ   8  amod      B-NORP
    8   lawmakers  lawmaker  NOUN   NNS  6  dobj
    9   on         _         ADP    IN   6  prep
    10  Monday     _         PROPN  NNP  9  pobj      B-DATE
    11  .          _         PUNCT  .    6  punct

    # text = Kenyan troops killed two al-Qaeda leaders on Monday.
    1   Kenyan   _       ADJ    JJ    2  amod      B-NORP
    2   troops   troop   NOUN   NNS   3  nsubj
    3   killed   kill    VERB   VBD   0  ROOT
    4   two      _       NUM    CD    8  nummod    B-CARDINAL
    5   al       _       PROPN  NNP   7  compound  B-ORG
    6   -        _       PUNCT  HYPH  7  punct     I-ORG
    7   Qaeda    _       PROPN  NNP   8  compound  I-ORG
    8   leaders  leader  NOUN   NNS   3  dobj
    9   on       _       ADP    IN    3  prep
    10  Monday   _       PROPN  NNP   9  pobj      B-DATE
    11  .        _       PUNCT  .     3  punct

    # text = The Security Council condemned the attack on the convoy.
    1   The        _        DET    DT   3  det       B-ORG
    2   Security   _        PROPN  NNP  3  compound  I-ORG
    3   Council    _        PROPN  NNP  4  nsubj     I-ORG
    4   condemned  condemn  VERB   VBD  0  ROOT
    5   the        _        DET    DT   6  det
    6   attack     _        NOUN   NN   4  dobj
    7   on         _        ADP    IN   6  prep
    8   the        _        DET    DT   9  det
    9   convoy     _        NOUN   NN   7  pobj
    10  .          _        PUNCT  .    4  punct

    # text = The US National Security Council met on Monday.
    1  The       _     DET    DT   5  det       B-ORG
    2  US        _     PROPN  NNP  5  compound  I-ORG
    3  National  _     PROPN  NNP  5  compound  I-ORG
    4  Security  _     PROPN  NNP  5  compound  I-ORG
    5  Council   _     PROPN  NNP  6  nsubj     I-ORG
    6  met       meet  VERB   VBD  0  ROOT
    7  on        _     ADP    IN   6  prep
    8  Monday    _     PROPN  NNP  7  pobj      B-DATE
    9  .         _     PUNCT  .    6  punct

    # text = Israeli troops entered South Lebanon on Monday.
    1  Israeli  _      ADJ    JJ   2  amod      B-NORP
    2  troops   troop  NOUN   NNS  3  nsubj
    3  entered  enter  VERB   VBD  0  ROOT
    4  South    _      PROPN  NNP  5  compound  B-GPE
    5  Lebanon  _      PROPN  NNP  3  dobj      I-GPE
    6  on       _      ADP    IN   3  prep
    7  Monday   _      PROPN  NNP  6  pobj      B-DATE
    8  .        _      PUNCT  .    3  punct

    # text = Troops from South Korea arrived.
    1  Troops   troop   NOUN   NNS  5  nsubj
    2  from     _       ADP    IN   1  prep
    3  South    _       PROPN  NNP  4  compound  B-GPE
    4  Korea    _       PROPN  NNP  2  pobj      I-GPE
    5  arrived  arrive  VERB   VBD  0  ROOT
    6  .        _       PUNCT  .    5  punct

    # text = Flights to South America resumed, officials in North America said.
    1   Flights    flight    NOUN   NNS  5   nsubj
    2   to         _         ADP    IN   1   prep
    3   South      _         PROPN  NNP  4   compound  B-LOC
    4   America    _         PROPN  NNP  2   pobj      I-LOC
    5   resumed    resume    VERB   VBD  11  ccomp
    6   ,          _         PUNCT  ,    11  punct
    7   officials  official  NOUN   NNS  11  nsubj
    8   in         _         ADP    IN   7   prep
    9   North      _         PROPN  NNP  10  compound  B-LOC
    10  America    _         PROPN  NNP  8   pobj      I-LOC
    11  said       say       VERB   VBD  0   ROOT
    12  .          _         PUNCT  .    11  punct

    # text = Floods hit New South Wales on Monday.
    1  Floods  flood  NOUN   NNS  2  nsubj
    2  hit     _      VERB   VBD  0  ROOT
    3  New     _      PROPN  NNP  5  compound
    4  South   _      PROPN  NNP  5  compound
    5  Wales   _      PROPN  NNP  2  dobj
    6  on      _      ADP    IN   2  prep
    7  Monday  _      PROPN  NNP  6  pobj      B-DATE
    8  .       _      PUNCT  .    2  punct

    # text = Mahathir Mohamad, a Malaysian official, spoke first. Mahathir said the bridge was safe.
    1   Mahathir   _      PROPN  NNP  2  compound  B-PERSON
    2   Mohamad    _      PROPN  NNP  8  nsubj     I-PERSON
    3   ,          _      PUNCT  ,    2  punct
    4   a          _      DET    DT   6  det
    5   Malaysian  _      ADJ    JJ   6  amod      B-NORP
    6   official   _      NOUN   NN   2  appos
    7   ,          _      PUNCT  ,    2  punct
    8   spoke      speak  VERB   VBD  0  ROOT
    9   first      _      ADV    RB   8  advmod    B-ORDINAL
    10  .          _      PUNCT  .    8  punct
    1   Mahathir   _      PROPN  NNP  2  nsubj     B-PERSON
    2   said       say    VERB   VBD  0  ROOT
    3   the        _      DET    DT   4  det
    4   bridge     _      NOUN   NN   5  nsubj
    5   was        be     AUX    VBD  2  ccomp
    6   safe       _      ADJ    JJ   5  acomp
    7   .          _      PUNCT  .    2  punct

    # text = Sudesh Amman, a local man, was arrested. Amman had been released in January.
    1   Sudesh    _        PROPN  NNP  2  compound   B-PERSON
    2   Amman     _        PROPN  NNP  9  nsubjpass  I-PERSON
    3   ,         _        PUNCT  ,    2  punct
    4   a         _        DET    DT   6  det
    5   local     _        ADJ    JJ   6  amod
    6   man       _        NOUN   NN   2  appos
    7   ,         _        PUNCT  ,    2  punct
    8   was       be       AUX    VBD  9  auxpass
    9   arrested  arrest   VERB   VBN  0  ROOT
    10  .         _        PUNCT  .    9  punct
    1   Amman     _        PROPN  NNP  4  nsubjpass  B-GPE
    2   had       have     AUX    VBD  4  aux
    3   been      be       AUX    VBN  4  auxpass
    4   released  release  VERB   VBN  0  ROOT
    5   in        _        ADP    IN   4  prep
    6   January   _        PROPN  NNP  5  pobj       B-DATE
    7   .         _        PUNCT  .    4  punct

    # text = KUALA LUMPUR, Malaysia — Malaysian police arrested two men.
    1   KUALA      _       PROPN  NNP  2   compound  B-GPE
    2   LUMPUR     _       PROPN  NNP  8   nsubj     I-GPE
    3   ,          _       PUNCT  ,    2   punct
    4   Malaysia   _       PROPN  NNP  2   appos     B-GPE
    5   —          _       PUNCT  :    7   punct
    6   Malaysian  _       ADJ    JJ   7   amod      B-NORP
    7   police     _       NOUN   NNS  8   nsubj
    8   arrested   arrest  VERB   VBD  0   ROOT
    9   two        _       NUM    CD   10  nummod    B-CARDINAL
    10  men        man     NOUN   NNS  8   dobj
    11  .          _       PUNCT  .    8   punct

    # text = German police arrested Jan Novak on Monday. The German government said Novak had planned an attack.
    1   German      _       ADJ    JJ   2  amod      B-NORP
    2   police      _       NOUN   NNS  3  nsubj
    3   arrested    arrest  VERB   VBD  0  ROOT
    4   Jan         _       PROPN  NNP  5  compound  B-PERSON
    5   Novak       _       PROPN  NNP  3  dobj      I-PERSON
    6   on          _       ADP    IN   3  prep
    7   Monday      _       PROPN  NNP  6  pobj      B-DATE
    8   .           _       PUNCT  .    3  punct
    1   The         _       DET    DT   3  det
    2   German      _       ADJ    JJ   3  amod      B-NORP
    3   government  _       NOUN   NN   4  nsubj
    4   said        say     VERB   VBD  0  ROOT
    5   Novak       _       PROPN  NNP  7  nsubj     B-ORG
    6   had         have    AUX    VBD  7  aux
    7   planned     plan    VERB   VBN  4  ccomp
    8   an          _       DET    DT   9  det
    9   attack      _       NOUN   NN   7  dobj
    10  .           _       PUNCT  .    4  punct

    # text = Israel Katz spoke on Monday. Israel struck Gaza.
    1  Israel  _       PROPN  NNP  2  compound  B-PERSON
    2  Katz    _       PROPN  NNP  3  nsubj     I-PERSON
    3  spoke   speak   VERB   VBD  0  ROOT
    4  on      _       ADP    IN   3  prep
    5  Monday  _       PROPN  NNP  4  pobj      B-DATE
    6  .       _       PUNCT  .    3  punct
    1  Israel  _       PROPN  NNP  2  nsubj     B-GPE
    2  struck  strike  VERB   VBD  0  ROOT
    3  Gaza    _       PROPN  NNP  2  dobj      B-GPE
    4  .       _       PUNCT  .    2  punct
    """
)
